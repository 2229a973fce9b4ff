//! polarity-drift: negations carried inside words ("lose", "intact", "axed",
//! "reluctant", "closed") that answer an explicit denial or leave a dropped one standing.

use super::*;

/// A negation carried inside a word ("lose", "unable", "free") answers an
/// explicit one; one the other side also has does not: (source, suspect, flagged).
#[test]
fn bounds_restated_and_phrasal_particles_keep_polarity() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The temperature did not fall below 29C on Monday night, the weather office said.",
                "On Monday night the temperature stayed at or above 29C, the weather office said.",
            ),
            (
                "Scientists had thought the flares would strip nearby planets of their air.",
                "Scientists had assumed the flares would leave nearby planets without air.",
            ),
            (
                "Two cases were reported, which the company said may or may not be linked to the shot.",
                "Two cases were reported, which the company said were linked to the shot.",
            ),
            (
                "Teacher vacancies hit a record in Norvale as trainee numbers slump",
                "Norvale teacher vacancies reach a record as fewer trainees sign up",
            ),
        ],
    );
}

/// "Intact" and "elsewhere" carry a negation as "lost" does.
#[test]
fn polarity_intact_and_elsewhere_carry_a_negation() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The minister said the school budget would not be cut next year.",
                "The minister said the school budget would stay intact next year.",
            ),
            (
                "The depot will not be rebuilt on the same site, the firm said.",
                "The depot will be rebuilt elsewhere, the firm said.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The depot will not be rebuilt on the same site, the firm said.",
            "The depot will be rebuilt on the same site, the firm said.",
        )],
    );
}

#[test]
fn negations_carried_by_first_since_power_cuts_leaving_and_lessened_opposites_pass_clean() {
    let cases = [
        (
            "The win was the club's first national title since 1986.",
            "The club had not won a national title since 1986.",
        ),
        (
            "The storm left 180,000 homes without power.",
            "The storm cut power to 180,000 homes.",
        ),
        (
            "The storm left 180,000 homes without electricity.",
            "The storm knocked out electricity to 180,000 homes.",
        ),
        (
            "He no longer sits on the council.",
            "He has left the council.",
        ),
        (
            "The airline says its new jets are quieter.",
            "The airline says its new jets are less noisy.",
        ),
    ];
    assert_clean("polarity-drift", &cases);
    // A synonym swap to "cut" carries no negation of its own.
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Farmers said the line cut their land in two and that the underpasses had been built.",
            "Farmers said the line split their land in two and that the underpasses had not been built."
        ),
        ["been built"]
    );
}

#[test]
fn implicit_negatives_restate_a_negation() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The judge said he had shown little remorse during the trial.",
                "The judge said he had shown scant remorse throughout the trial.",
            ),
            (
                "Ridership has recovered, but fare revenue had not kept pace.",
                "Ridership has recovered, but fare income has lagged.",
            ),
            (
                "She said she had not expected to reach the final in her first season.",
                "She said reaching the final in her first season had come as a surprise.",
            ),
        ],
    );
}

#[test]
fn a_negative_word_restated_by_its_synonym_carries_no_dropped_negation() {
    assert_cases(
        "polarity-drift",
        &[(
            "The defence argued that the clerk was told to hide the records and did not benefit from the scheme.",
            "The defence argued that the clerk was told to conceal the records and that she benefited from the scheme.",
            "that she benefited",
        )],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "The storm cut power to 9,000 homes, and crews could not reach the valley.",
            "The storm left 9,000 homes without power, and crews could not reach the valley.",
        )],
    );
}

#[test]
fn polarity_negation_carried_by_axed_stuck_and_capped() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The brewer will not pay an interim dividend this year.",
                "The brewer has axed its interim dividend this year.",
            ),
            (
                "Dozens of lorries could not leave the port because of the strike.",
                "Dozens of lorries were stuck at the port because of the strike.",
            ),
            (
                "The subsidy was set at 12 million euros and will not rise.",
                "The subsidy was capped at 12 million euros.",
            ),
        ],
    );
}

/// A negative verb restating a word the other sentence does not deny
/// ("closed" → "shut") carries none of the negation the rewrite dropped.
#[test]
fn polarity_restated_verb_carries_no_dropped_negation() {
    assert_cases(
        "polarity-drift",
        &[(
            "The first inquiry failed to find the gunman, and the file was closed in 2004.",
            "The first inquiry did find the gunman, and the file was shut in 2004.",
            "did",
        )],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "The club would not drop its ban until the review ended.",
            "The club would lift its ban only once the review ended.",
        )],
    );
}

#[test]
fn polarity_a_negative_word_denied_on_its_own_side_carries_nothing() {
    assert_sentences(
        "polarity-drift",
        &[],
        &[(
            "Neither school will close, and no teaching posts will be cut this year.",
            "Neither school will shut, and teaching posts will be cut this year.",
        )],
    );
}

#[test]
fn polarity_a_denied_negative_word_restated_undenied_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The city would not scrap the tram project.",
            "The city would not cancel the tram project.",
        )],
        &[(
            "The city would not scrap the tram project.",
            "The city would cancel the tram project.",
        )],
    );
}

#[test]
fn polarity_opposing_carries_a_negation_unless_it_flips_a_word() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The union would oppose any compulsory job cuts.",
            "The union would accept no compulsory job cuts.",
        )],
        &[(
            "The agency, which approved the extension, found no evidence of harm.",
            "The agency, which rejected the extension, found evidence of harm.",
        )],
    );
}

#[test]
fn polarity_a_denied_negative_word_restating_a_plain_denial_is_counted() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The choir said it would not close this year but could not continue beyond 2027 without new sponsors.",
            "The choir said it would not shut this year but could not continue beyond 2027 without new sponsors.",
        )],
        &[(
            "The choir said it would not close this year but could not continue beyond 2027 without new sponsors.",
            "The choir said it would not shut this year but could not continue beyond 2027 with new sponsors.",
        )],
    );
}

#[test]
fn polarity_a_resulting_leaving_carries_no_negation() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The captain said he would not stay at the club after May.",
            "The captain said he was leaving the club in May.",
        )],
        &[(
            "Rain fell all week and the ground could not absorb more water.",
            "Rain fell all week, leaving the ground saturated and able to absorb more water.",
        )],
    );
}

#[test]
fn polarity_closed_carries_a_negation_as_shut_does() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The factory could not operate after the fire.",
                "The factory was shut after the fire.",
            ),
            (
                "The factory could not operate after the fire.",
                "The factory was closed after the fire.",
            ),
        ],
        &[(
            "The factory could not operate after the fire.",
            "The factory operated after the fire.",
        )],
    );
}

#[test]
fn polarity_words_of_standing_still_carry_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The mayor said the cuts would not affect libraries.",
                "The mayor said libraries would be protected from the cuts.",
            ),
            (
                "Visitor numbers have not recovered since the flood in 2019.",
                "Visitor numbers are still below their level before the flood in 2019.",
            ),
            (
                "The cinema will not reopen after the fire, its owners said.",
                "The cinema will close for good after the fire, its owners said.",
            ),
        ],
        &[(
            "The mayor said the cuts would not affect libraries.",
            "The mayor said the cuts would affect libraries.",
        )],
    );
}

#[test]
fn polarity_reluctant_carries_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The dockers said they had never wanted to stop work.",
            "The dockers said they had always been reluctant to stop work.",
        )],
        &[(
            "The dockers said they had never wanted to stop work.",
            "The dockers said they had always wanted to stop work.",
        )],
    );
}

#[test]
fn polarity_limits_out_of_reach_and_beyond_means_carry_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "A new ferry was beyond the island council's means, its leader said.",
                "A new ferry was not affordable for the island council, its leader said.",
            ),
            (
                "A second title remained out of reach for the Larks.",
                "The Larks could not win a second title.",
            ),
        ],
        &[
            (
                "A second title remained out of reach for the Larks.",
                "A second title was within reach for the Larks.",
            ),
            (
                "The rower finished three seconds short of her own best.",
                "The rower improved on her own best by three seconds.",
            ),
            (
                "A new ferry was beyond the island council's means, its leader said.",
                "A new ferry was within the island council's means, its leader said.",
            ),
        ],
    );
}

#[test]
fn a_negative_word_restating_the_other_sides_negator_carries_it() {
    let source = "A magistrate on Tuesday refused to release the ferry operator's manager.";
    let rewritten = "A magistrate on Tuesday denied bail to the ferry operator's manager.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
    let granted = "A magistrate on Tuesday granted bail to the ferry operator's manager.";
    assert!(!findings_of("polarity-drift", granted, source).is_empty());
}

#[test]
fn a_double_negative_restated_beside_a_carried_negation_passes() {
    let source = "The trust said the ward was not short of porters but lacked cleaners.";
    let rewritten = "The trust said the ward had enough porters but too few cleaners.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
}
