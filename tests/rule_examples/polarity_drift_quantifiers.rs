//! polarity-drift: quantifiers that deny or do not ("nor", "few", "little", "none of",
//! "never", "every"), and counts told by their remainder.

use super::*;

/// "Nor" continuing a negation restates "not … or"; on its own it denies.
#[test]
fn polarity_nor_after_a_negation_is_one_denial() {
    assert_clean(
        "polarity-drift",
        &[(
            "The ministry did not say when the road would reopen or how much the repairs would cost.",
            "The ministry did not say when the road would reopen. Nor did it say how much the repairs would cost.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The ministry said when the road would reopen and how much the repairs would cost.",
            "The ministry said when the road would reopen, nor how much the repairs would cost.",
        )],
    );
}

#[test]
fn affirming_idioms_one_negation_in_neither_nor_and_too_early_to_pass_clean() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "When auditors asked, he had an answer ready every time.",
                "When auditors asked, he had an answer ready without fail.",
            ),
            (
                "He advertised flats that he neither owned nor managed.",
                "He advertised flats that he didn't own or manage.",
            ),
            (
                "She said it was too early to link a single storm to climate change.",
                "She said a single storm could not yet be tied to climate change.",
            ),
        ],
    );
}

#[test]
fn little_before_a_plural_noun_is_a_size() {
    assert_clean(
        "polarity-drift",
        &[(
            "The new parking charges would hit small cafes on the high street hardest, the traders said.",
            "The traders said the new parking charges would hit little cafes on the high street hardest.",
        )],
    );
}

#[test]
fn every_few_years_denies_nothing() {
    assert_clean(
        "polarity-drift",
        &[(
            "\"This is not a fluke. Storms like this now arrive every few winters,\" said the chief forecaster, Dr Ann Lee.",
            "The chief forecaster, Dr Ann Lee, said: \"This is not a fluke. Storms like this now arrive every few winters.\"",
        )],
    );
}

#[test]
fn no_case_that_was_not_solved_is_every_case_solved() {
    assert_clean(
        "polarity-drift",
        &[(
            "Nobody has been arrested, and there have been no burglaries that could not be traced, the constable said.",
            "There have been no arrests, and every burglary so far has been traced, the constable said.",
        )],
    );
}

#[test]
fn few_after_past_or_little_after_what_denies_nothing() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Grain prices had started to ease in recent weeks.",
                "Grain prices had begun to soften over the past few weeks.",
            ),
            (
                "Donors gave what little they had to the shelter.",
                "Donors gave everything they had to the shelter.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Grain prices had started to ease in recent weeks.",
            "Few grain prices had started to ease in recent weeks.",
        )],
    );
}

#[test]
fn polarity_share_told_by_its_complement_passes() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The side has won nine of its 12 games this season, the coach said.",
                "The side has lost three of its 12 games this season, the coach said.",
                "",
            ),
            (
                "The side has won nine of its 12 games this season, the coach said.",
                "The side has lost nine of its 12 games this season, the coach said.",
                "lost",
            ),
        ],
    );
}

#[test]
fn negative_quantifier_made_universal_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The fair ran smoothly, with six complaints, none of them about the food.",
                "The fair ran without problems, with six complaints, all of them about the food.",
                "all",
            ),
            (
                "The firm said no drivers would be laid off this year.",
                "The firm said every driver would be kept on this year.",
                "",
            ),
        ],
    );
}

#[test]
fn little_restating_a_small_amount_is_no_denial() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The new timetable had a small effect on late trains, the operator said.",
                "The new timetable had little effect on late trains, the operator said.",
            ),
            (
                "Deliveries may use the lane before 7 a.m., when cycle traffic is light.",
                "Deliveries may use the lane before 7 a.m., when few cyclists are about.",
            ),
            (
                "He said the terraces would be too narrow for the machines to turn.",
                "He said the terraces would leave the machines too little room to turn.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The new timetable had an effect on late trains, the operator said.",
                "The new timetable had little effect on late trains, the operator said.",
            ),
            (
                "Deliveries may use the lane before 7 a.m., when cycle traffic is heavy.",
                "Deliveries may use the lane before 7 a.m., when few cyclists are about.",
            ),
        ],
    );
}

/// "little" or "few" before a noun swapped for its opposite is a flip, not
/// a negation answered by it.
#[test]
fn little_before_a_noun_for_its_opposite() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Hardly any residents attended the consultation evening.",
            "Few residents attended the consultation evening.",
        )],
        &[(
            "The scheme has had a big effect on air quality.",
            "The scheme has had little effect on air quality.",
        )],
    );
}

#[test]
fn few_after_a_clause_opening_that_denies() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The survey found that few residents used the towpath.",
            "The survey found that not many residents used the towpath.",
        )],
        &[(
            "The survey found that few residents used the towpath.",
            "The survey found that many residents used the towpath.",
        )],
    );
}

#[test]
fn a_count_told_by_its_remainder() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Only 44 of the 70 apprentices who sat the welding test passed.",
                "Of the 70 apprentices who sat the welding test, 26 failed.",
            ),
            (
                "Officials said 8,210 riders set off and 7,940 finished.",
                "Of the 8,210 riders who set off, 7,940 finished, so about 270 did not complete the route.",
            ),
            (
                "Only three of the eleven trustees voted against the sale.",
                "Eight of the eleven trustees voted in favour of the sale.",
            ),
        ],
        &[
            (
                "Of the 70 apprentices, 44 passed.",
                "Of the 70 apprentices, 44 failed.",
            ),
            (
                "Of the 30 kiosks, 11 were let.",
                "Of the 30 kiosks, 11 were not let.",
            ),
            (
                "Three of the eleven trustees voted against the sale.",
                "Three of the eleven trustees voted in favour of the sale.",
            ),
            // A score is no count of the same whole.
            (
                "Lind won 7-5 6-2 in the semi-final, denying Ortega a first final.",
                "Lind won 7-5 6-2 in the semi-final, handing Ortega a first final.",
            ),
        ],
    );
}

#[test]
fn none_of_denies_a_curated_phrase_after_its_noun() {
    assert_sentences(
        "polarity-drift",
        &[(
            "None of the village councils opposed the quarry.",
            "Every village council backed the quarry.",
        )],
        &[
            (
                "None of the village councils opposed the quarry.",
                "None of the village councils backed the quarry.",
            ),
            (
                "None of the village councils opposed the quarry.",
                "Every village council opposed the quarry.",
            ),
        ],
    );
}

#[test]
fn a_no_vote_is_a_vote_against_not_a_denial() {
    let source =
        "Councillor Mira Dastow, who cast the lone vote against, said the scheme was rushed.";
    let rewritten = "Councillor Mira Dastow, the only no vote, said the scheme was rushed.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
    let denied = "Councillor Mira Dastow said no vote had been held on the scheme.";
    let held = "Councillor Mira Dastow said a vote had been held on the scheme.";
    assert!(!findings_of("polarity-drift", held, denied).is_empty());
}

#[test]
fn few_and_many_after_the_same_determiner_are_a_flip() {
    let source = "The few ferries that still call at Dorrin Quay will stop in May.";
    let swapped = "The many ferries that still call at Dorrin Quay will stop in May.";
    assert_eq!(findings_of("polarity-drift", swapped, source), ["many"]);
    assert!(findings_of("meaning-drift", swapped, source).is_empty());
    let source = "Dorrin Ferry's few remaining crews will move to Harl Quay.";
    let swapped = "Dorrin Ferry's many remaining crews will move to Harl Quay.";
    assert!(!findings_of("polarity-drift", swapped, source).is_empty());
    assert!(findings_of("meaning-drift", swapped, source).is_empty());
    let source = "The few ferries that still call at Dorrin Quay will stop in May.";
    let kept = "The handful of ferries that still call at Dorrin Quay will stop in May.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}

#[test]
fn never_restated_as_only_once_is_flagged() {
    let source = "Her lawyer said Ms Velt had never visited the Harlow depot.";
    let once = "Her lawyer said Ms Velt had visited the Harlow depot only once.";
    assert!(!findings_of("polarity-drift", once, source).is_empty());
    let source = "Her lawyer said Ms Velt had not visited the depot until March.";
    let only = "Her lawyer said Ms Velt had visited the depot only in March.";
    assert!(findings_of("polarity-drift", only, source).is_empty());
}

#[test]
fn a_remainder_of_a_whole_stated_in_another_sentence_adds_no_negation() {
    let source = "A gale cut water supplies to about 12,000 homes in Darrow overnight. The utility said crews had restored supplies to 7,500 homes by noon and hoped to finish the work on Friday.";
    let remainder = "A gale cut water supplies to about 12,000 homes in Darrow overnight. By noon crews had restored supplies to 7,500 homes, leaving some 4,500 still without water.";
    assert!(findings_of("polarity-drift", remainder, source).is_empty());
    let wrong = "A gale cut water supplies to about 12,000 homes in Darrow overnight. By noon crews had restored supplies to 7,500 homes, leaving some 3,000 still without water.";
    assert!(!findings_of("polarity-drift", wrong, source).is_empty());
}

/// "few" swapped for "many" after any possessive turns a group's size round
/// ("my few volunteers" → "my many volunteers", as "its few" does); the same
/// group restated passes.
#[test]
fn few_made_many_after_a_first_person_possessive_is_a_flip() {
    let source =
        "The chairman thanked my few remaining volunteers for their work at the weekend fair.";
    assert_cases(
        "polarity-drift",
        &[
            (
                source,
                "The chairman thanked my many remaining volunteers for their work at the weekend fair.",
                "many",
            ),
            (
                source,
                "The chairman thanked my few remaining volunteers for all their work at the weekend fair.",
                "",
            ),
        ],
    );
}
