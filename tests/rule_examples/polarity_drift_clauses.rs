//! polarity-drift: negations and flips across clauses: moved, inserted, split off,
//! cancelled, or left standing beside another.

use super::*;

/// A negation inside a clause the rewrite inserted, denying a word the source
/// never uses, is new content; a negator slipped in before a source word flips.
#[test]
fn polarity_negation_in_inserted_clause() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "A freight train derailed near Holm on Sunday, the operator said.",
                "Nobody was hurt when a freight train derailed near Holm on Sunday, the operator said.",
                "",
            ),
            (
                "The ministry said the new bridge would cost 40 million euros.",
                "The ministry said the new bridge would cost 40 million euros, though it gave no date for its opening.",
                "",
            ),
            (
                "The union said it would appeal the ruling.",
                "The union said it would not appeal the ruling.",
                "not",
            ),
        ],
    );
}

#[test]
fn a_flip_in_another_clause_does_not_cancel_a_negation() {
    let found = findings_of(
        "polarity-drift",
        "The agency, which rejected the plan in 2023, said it had found evidence of damage.",
        "The agency, which approved the plan in 2023, said it had found no evidence of damage.",
    );
    assert_eq!(found, ["rejected", "evidence"]);
}

#[test]
fn a_double_negation_whose_denied_word_flipped_stands_alone() {
    let found = findings_of(
        "polarity-drift",
        "The side had not won a match in three seasons, and it often allowed chances.",
        "The side had not lost a match in three seasons, and it rarely allowed chances.",
    );
    assert_eq!(found, ["won", "often"]);
}

#[test]
fn a_negation_answered_by_its_own_opposite_leaves_the_others() {
    let found = findings_of(
        "polarity-drift",
        "She said the results might not apply to tropical meadows, which were included, and the risk was low.",
        "She said the results might not apply to tropical meadows, which were not included, and the risk was not high.",
    );
    assert_eq!(found, ["included"]);
}

#[test]
fn a_negation_moved_within_its_clause_is_no_flip() {
    let found = findings_of(
        "polarity-drift",
        "The airline said there would be no layoffs this year, and the route would close in May.",
        "The airline said no staff would be laid off this year, and the route would not close in May.",
    );
    assert_eq!(found, ["close"]);
}

#[test]
fn denial_moved_to_the_other_term_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The hearings were adjourned, not abandoned, the tribunal said on Monday.",
                "The hearings were abandoned, not adjourned, the tribunal said on Monday.",
                "abandoned, not",
            ),
            (
                "The club said the stand would be repaired rather than demolished before next season.",
                "The club said the stand would be demolished rather than repaired before next season.",
                "demolished rather",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "Officials said there were no reports of injuries after the blaze.",
            "Officials said no injuries were reported after the blaze.",
        )],
    );
}

#[test]
fn opposite_in_a_rebuilt_sentence_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[(
            "The new timetable was welcomed by the drivers' union on Tuesday.",
            "The drivers' union criticised the new timetable on Tuesday.",
            "criticised",
        )],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "Volunteers spent the weekend blocking old drains and removing fallen branches.",
            "Volunteers spent the weekend plugging old drains and clearing fallen branches.",
        )],
    );
}

#[test]
fn opposites_elsewhere_answer_a_negation_beside_a_flip_in_another_clause() {
    assert_cases(
        "polarity-drift",
        &[(
            "The warden said crews cleared the trail before dawn and kept the north gate open all week.",
            "The warden said crews cleared the trail after dawn and had not closed the north gate all week.",
            "after",
        )],
    );
}

#[test]
fn a_denial_split_off_into_a_sentence_of_its_own_passes() {
    assert_clean(
        "polarity-drift",
        &[(
            "Prosecutors said Marsh created a sham consulting company, Northgate Supply Advisors, to bill the county for work that was never done, and approved 96 invoices from it between 2015 and 2021. Much of the money paid for a beach house, two cars and private school fees, District Attorney Ruth Kale told jurors during closing arguments.",
            "Prosecutors said Marsh set up a sham consulting company, Northgate Supply Advisors. To bill the county for work that was never done. He also approved 96 invoices from it between 2015 and 2021, prosecutors said. According to District Attorney Ruth Kale, who addressed jurors during closing arguments, much of the money paid for a beach house, two cars and private school fees.",
        )],
    );
}

#[test]
fn a_negation_moved_across_a_comma_denying_the_same_word_is_kept() {
    // "barely changed" → ", with waits little changed": moved, not added and
    // removed; only the lost "not" stands.
    let found = findings_of(
        "polarity-drift",
        "Scans, which are also offered at the clinic, stand at about nine weeks, with waits little changed.",
        "Scans, which are not offered at the clinic, have barely changed and stand at about nine weeks.",
    );
    assert_eq!(found, ["also"]);
}

#[test]
fn polarity_phrase_answered_by_another_opposite_is_one_flip() {
    assert_cases(
        "polarity-drift",
        &[(
            "Sales were slightly ahead of the plan but below the 800 units that analysts had expected.",
            "Sales were slightly behind the plan and short of the 800 units that analysts had expected.",
            "behind",
        )],
    );
}

#[test]
fn polarity_carried_negation_leaves_a_flip_beside_it_standing() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The cap covers 9,000 homes. It does not apply to flats completed after 2015 or to social housing.",
                "The cap covers 9,000 homes, excluding flats completed before 2015 as well as social housing.",
                "before",
            ),
            (
                "The minister said he would not appoint an arbiter unless both unions asked for one.",
                "The minister said he would only appoint an arbiter if both unions requested one.",
                "",
            ),
        ],
    );
}

#[test]
fn every_reversal_in_a_rebuilt_sentence_is_polarity_drift() {
    let source = "The league said it had tightened its doping controls since the scandal and that every race above 10 kilometres now requires a blood test.";
    let suspect = "According to the league, its doping controls have been relaxed since the scandal, and every race below 10 kilometres now needs a blood test.";
    let found = findings_of("polarity-drift", suspect, source);
    assert_eq!(found, ["relaxed", "below"], "{suspect}");
}

#[test]
fn a_denial_rewritten_away_with_its_clause_is_no_flip() {
    let source =
        "The Veldt trust said it might sell the mill but had not yet decided whether to list it.";
    let rewritten = "The Veldt trust said it will sell the mill and list it this spring.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
    // The hedge dropped, and the open decision told as settled, are
    // meaning-drift's.
    assert_eq!(
        findings_of("meaning-drift", rewritten, source),
        ["will sell", "list"]
    );
    // The denied word kept, the denial gone: a flip.
    let flipped = "The Veldt trust said it might sell the mill and had decided to list it.";
    assert!(!findings_of("polarity-drift", flipped, source).is_empty());
}

#[test]
fn polarity_a_phrase_kept_in_a_clause_split_off_leaves_the_other_flipped() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The board did not approve the plan in March, but granted permission by five votes to two in May.",
            "The board turned down the plan in March. It granted permission by five votes to two in May.",
        )],
        &[(
            "The board approved the plan in March, and granted permission by five votes to two in May.",
            "The board turned down the plan in March. It granted permission by five votes to two in May.",
        )],
    );
}

#[test]
fn polarity_a_negation_that_balanced_a_flipped_quantifier_stands() {
    let found = findings_of(
        "polarity-drift",
        &article(
            "The operator said it would no longer keep the night service, and that all of the 20 drivers would lose their jobs.",
        ),
        &article(
            "The operator said it would still keep the night service, and that none of the 20 drivers would lose their jobs.",
        ),
    );
    assert_eq!(found, ["no", "all"]);
    let found = findings_of(
        "polarity-drift",
        &article(
            "The firm said it would no longer open on Sundays, and that all of its 30 drivers would be laid off.",
        ),
        &article(
            "The firm said it would still open on Sundays, and that none of its 30 drivers would be laid off.",
        ),
    );
    assert_eq!(found, ["no", "all"]);
    // "without trouble" restates "peacefully": it denies no word of the source.
    let found = findings_of(
        "polarity-drift",
        &article(
            "Police said the march passed off without trouble, with six arrests, all of them near the square.",
        ),
        &article(
            "Police said the march passed off peacefully, with six arrests, none of them near the square.",
        ),
    );
    assert_eq!(found, ["all"]);
}

/// Opposites that cancel a changed negation leave a flip in another clause
/// standing.
#[test]
fn a_flip_in_another_clause_outlives_a_cancelled_negation() {
    assert_flagged(
        "polarity-drift",
        &[(
            "The institute said the results were encouraging but warned that the sample was too small to draw conclusions.",
            "The institute called the results discouraging and warned that the sample was not large enough to draw conclusions.",
        )],
    );
}

#[test]
fn a_denying_verb_turned_opposite_in_a_long_rewrite_is_flagged_on_the_opposite() {
    let source = "Quarterly profit at the brewer fell 12% to $88 million, missing analyst forecasts, the company said.";
    let rewritten = "Quarterly profit at the brewer fell 12 percent to 88 million dollars, beating analyst forecasts, the company said.";
    assert_eq!(
        findings_of("polarity-drift", rewritten, source),
        ["beating"]
    );
}

#[test]
fn opposites_moved_with_their_names_in_reordered_clauses_pass() {
    let source =
        "Footfall rose at Kettle Street market but fell at Harrow Cross arcade, the council said.";
    let rewritten = "At Harrow Cross arcade footfall fell, while at Kettle Street market it rose, the council said.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
    let swapped =
        "Footfall fell at Kettle Street market but rose at Harrow Cross arcade, the council said.";
    assert!(!findings_of("polarity-drift", swapped, source).is_empty());
}

#[test]
fn a_preposition_turned_with_its_verb_is_one_flip() {
    let source = "Dunmere Freight sold its oldest tug to Cawley Marine in June.";
    let rewritten = "Dunmere Freight bought its oldest tug from Cawley Marine in June.";
    assert_eq!(findings_of("polarity-drift", rewritten, source), ["bought"]);
}

#[test]
fn a_negative_subject_and_its_predicate_both_turned_restate() {
    let source = "No lorries will be barred from the bridge while it is resurfaced.";
    let rewritten = "All lorries will still be allowed onto the bridge while it is resurfaced.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
}
