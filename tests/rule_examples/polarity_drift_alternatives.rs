//! polarity-drift examples of an alternative set aside in other words: "in
//! place of", "as opposed to" or "over" after a verb of choice restate a
//! "rather than" or "instead of" that sets aside the same thing.

use super::*;

#[test]
fn an_alternative_in_other_words_denies_nothing_new() {
    let source =
        "Volunteers said the village now heats its hall with wood pellets in place of oil.";
    assert!(
        findings_of(
            "polarity-drift",
            "Volunteers said the village now heats its hall with wood pellets instead of oil.",
            source
        )
        .is_empty()
    );
    let source =
        "More families chose the ferry over the bridge during the repairs, the operator said.";
    assert!(
        findings_of(
            "polarity-drift",
            "More families opted for the ferry rather than the bridge during the repairs, the operator said.",
            source
        )
        .is_empty()
    );
    // What is set aside may be told by a synonym.
    let source = "The society would add a free family area in place of the heavy horse ring.";
    assert!(
        findings_of(
            "polarity-drift",
            "The society would add a free family zone instead of the weighty horse ring.",
            source
        )
        .is_empty()
    );
}

#[test]
fn an_alternative_turned_round_is_still_flagged() {
    let source =
        "Volunteers said the village now heats its hall with wood pellets in place of oil.";
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Volunteers said the village now heats its hall with oil instead of wood pellets.",
            source
        ),
        vec!["instead"]
    );
}
