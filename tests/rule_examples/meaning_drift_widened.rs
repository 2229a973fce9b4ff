//! meaning-drift examples of a word that qualifies a noun told as "any":
//! the claim now covers every amount or kind, not the one the source
//! named; "any" that restates the source's qualifier ("additional" → "any
//! further", "little" → "hardly any") passes.

use super::*;

#[test]
fn a_qualifier_told_as_any_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The firm was fined for failing to keep proper safety records.",
                "The firm was fined for failing to keep any safety records.",
                "any safety",
            ),
            (
                "The warden said heavy commercial fishing harmed the reef.",
                "The warden said any commercial fishing harmed the reef.",
                "any commercial",
            ),
            (
                "Growers can claim if they show a serious loss of yield.",
                "Growers can claim if they show any loss of yield.",
                "any loss",
            ),
            (
                "The charity said it had little spare room for more animals.",
                "The charity said it had hardly any spare room for more animals.",
                "",
            ),
            (
                "Claims for additional compensation will be heard in May.",
                "Any further compensation claims will be heard in May.",
                "",
            ),
        ],
    );
}
