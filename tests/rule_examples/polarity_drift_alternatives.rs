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

/// "Rather than" before a figure compares two figures, and so does a "not"
/// setting a figure against one just before it: no negation added. A denial
/// dropped in the sentence before is still flagged.
#[test]
fn figures_set_against_each_other_by_not_deny_nothing() {
    let source = "The theatre said it would not reduce the actors' fees. The shorter tour will run for seven weeks rather than fourteen.";
    assert_cases(
        "polarity-drift",
        &[
            (
                source,
                "The theatre said it would not reduce the actors' fees. The shorter tour will run for seven weeks, not fourteen.",
                "",
            ),
            (
                source,
                "The theatre said the actors' fees would be reduced. The shorter tour will run for seven weeks, not fourteen.",
                "reduced",
            ),
        ],
    );
}
