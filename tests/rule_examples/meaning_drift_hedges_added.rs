//! meaning-drift examples of a modal hedge put before a verb the source
//! states plainly, and of a "could" before a verb of understanding, which
//! tells a capacity rather than a possibility.

use super::*;

#[test]
fn a_modal_put_before_a_plain_verb_is_meaning_drift() {
    let flagged = [
        (
            "The new depot saves the council 40,000 pounds a year, officials said.",
            "The new depot could save the council 40,000 pounds a year, officials said.",
            "could",
        ),
        (
            "A resident said the plan understated the cost of the repairs.",
            "A resident said the plan might understate the cost of the repairs.",
            "might",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
}

#[test]
fn could_before_a_verb_of_understanding_passes() {
    let clean = [
        (
            "Resident Tom Ashworth, 81, said he understood the decision.",
            "Resident Tom Ashworth, 81, said he could understand the decision.",
        ),
        (
            "The chairman said he appreciated the concerns of the neighbours.",
            "The chairman said he could appreciate the concerns of the neighbours.",
        ),
        (
            "She said she sympathised with the traders who had lost income.",
            "She said she could sympathise with the traders who had lost income.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}
