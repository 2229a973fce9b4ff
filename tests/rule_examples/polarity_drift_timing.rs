//! polarity-drift: denials of time: "not until", "not … since", "last", "yet to",
//! "still awaiting", "not yet".

use super::*;

/// "Last" before a participle denies as "not … since" does; "last year" does not.
#[test]
fn polarity_last_done_is_not_since() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The bridge has not been inspected since 2016, the report found.",
                "The bridge was last inspected in 2016, the report found.",
            ),
            (
                "The rare orchid had not been recorded in the valley since 1987.",
                "The rare orchid was last recorded in the valley in 1987.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The bridge has not been inspected since 2016, the report found.",
                "The bridge has been inspected since 2016, the report found.",
            ),
            (
                "The bridge was not inspected last year, the report found.",
                "The bridge was inspected last year, the report found.",
            ),
        ],
    );
}

/// "Still awaiting" carries the "not yet" it restates.
#[test]
fn polarity_still_awaiting_is_not_yet() {
    assert_clean(
        "polarity-drift",
        &[(
            "Neither of the two drivers has yet been sentenced, the court said.",
            "Both drivers are still awaiting sentencing, the court said.",
        )],
    );
}

#[test]
fn ended_up_doing_is_no_denial() {
    assert_flagged(
        "polarity-drift",
        &[(
            "The company did not pay the ransom, its chief executive said.",
            "The company ended up paying the ransom, its chief executive said.",
        )],
    );
}

#[test]
fn not_until_a_few_words_on_says_when() {
    assert_clean(
        "polarity-drift",
        &[(
            "The lawyer told the court that the board had held only one hearing, on a Monday morning, and had not released the safety review until after the vote.",
            "The lawyer told the court the board had held just one hearing, on a Monday morning, and had released the safety review only after the vote.",
        )],
    );
}

#[test]
fn remaining_closed_until_restates_not_reopening_before() {
    assert_clean(
        "polarity-drift",
        &[(
            "The Kelby road bridge will not reopen before Friday, engineers said.",
            "The Kelby road bridge will remain closed until Friday, engineers said.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The Kelby road bridge will not reopen before Friday, engineers said.",
            "The Kelby road bridge will reopen before Friday, engineers said.",
        )],
    );
}

#[test]
fn polarity_last_occurrence_restates_not_since() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Their last title came in 2019, under a different coach.",
            "They have not won a title since 2019, under a different coach.",
        )],
        &[],
    );
}

/// "has yet to" denies as "has not" does: dropped, it is flagged; restated
/// as "not yet", "remains to", "still needs" or "awaiting", it passes.
#[test]
fn yet_to_is_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The company has yet to name a new chief executive.",
                "The company has not yet named a new chief executive.",
            ),
            (
                "The date of the hearing has yet to be set.",
                "The date of the hearing remains to be set.",
            ),
            (
                "The board has yet to approve the deal.",
                "The deal still needs the approval of the board.",
            ),
            (
                "The board has yet to approve the deal.",
                "The deal is awaiting the board's approval.",
            ),
            (
                "About 1.4 million pounds has yet to be found.",
                "Around 1.4 million pounds is still to be found.",
            ),
        ],
        &[
            (
                "The company has yet to name a new chief executive.",
                "The company has named a new chief executive.",
            ),
            (
                "The board has yet to approve the deal.",
                "The board has approved the deal.",
            ),
        ],
    );
}

/// An opposite for a word denied by "not … until" restates it.
#[test]
fn an_opposite_for_a_word_denied_until() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The port did not reopen until Friday.",
            "The port stayed shut until Friday.",
        )],
        &[(
            "The port reopened on Friday.",
            "The port stayed shut on Friday.",
        )],
    );
}

#[test]
fn polarity_a_not_yet_restated_as_yet_to_beside_a_real_flip() {
    assert_cases(
        "polarity-drift",
        &[(
            &article(
                "Corvane said it had not yet reached a deal with the supplier on refunds, and Ms Hale did not rule out legal action.",
            ),
            &article(
                "Corvane said it had yet to agree refunds with the supplier, and Ms Hale ruled out legal action.",
            ),
            "ruled",
        )],
    );
}

#[test]
fn a_first_in_a_span_told_by_the_time_since_the_last_passes() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Ferries will sail to the island in May for the first time in 30 years.",
            "Ferries will sail to the island in May, 30 years after the last crossing.",
        )],
        &[(
            "Ferries will sail to the island in May for the first time this decade.",
            "Ferries will sail to the island in May for the last time this decade.",
        )],
    );
}

#[test]
fn a_question_under_investigation_is_not_yet_settled() {
    let source = "The cause of the blaze at the grain store is under investigation.";
    let rewritten =
        "Investigators have not yet determined what caused the blaze at the grain store.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
}

#[test]
fn a_not_until_dropped_with_its_verb_and_until_kept_is_flagged() {
    let source = "The Tolsey footbridge was not reopened until late on Friday, the council said.";
    let dropped = "The Tolsey footbridge was reopened until late on Friday, the council said.";
    assert_eq!(findings_of("polarity-drift", dropped, source), ["reopened"]);
    let shut = "The Tolsey footbridge stayed shut until late on Friday, the council said.";
    assert!(findings_of("polarity-drift", shut, source).is_empty());
    let source = "The ferry could not return to service until repairs were checked.";
    let out = "The ferry will stay out of service until repairs were checked.";
    assert!(findings_of("polarity-drift", out, source).is_empty());
}
