//! polarity-drift examples of a denying word swapped for a WordNet synonym
//! of itself: "close to giving up baking" → "near to surrendering baking"
//! restates (or garbles) the source's word; no truth is reversed.

use super::*;

#[test]
fn a_denying_phrase_told_by_its_synonym_passes_and_an_unrelated_verb_is_flagged() {
    let source =
        "The baker said he had been close to giving up baking last winter because of rising rents.";
    assert_cases(
        "polarity-drift",
        &[
            (
                source,
                "The baker said he had been near to surrendering baking last winter due to rising rents.",
                "",
            ),
            (
                source,
                "The baker said he had been near to expanding baking last winter due to rising rents.",
                "expanding",
            ),
        ],
    );
}
