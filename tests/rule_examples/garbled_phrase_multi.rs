//! garbled-phrase examples of multi-word swaps: terms and phrases a spinner
//! rebuilt word by word. Each test is a table of source/suspect cases and what
//! the rule must flag or pass.

use super::*;

/// A noun term whose words were each swapped for one the known tortured
/// phrases put for it is garbled, though WordNet lists only one of the two
/// swaps; an adjective swapped with its noun is as often a careful choice.
#[test]
fn a_noun_term_swapped_as_tortured_phrases_swap_it_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Residents said the noise level near the depot rose sharply after midnight.",
                "Residents said the upheaval stage near the depot rose sharply after midnight.",
                "upheaval stage",
            ),
            (
                "The trade association will meet the minister in Calderbury next week.",
                "The commerce affiliation will meet the minister in Calderbury next week.",
                "commerce affiliation",
            ),
            (
                "The total cost of the footbridge was put at 4 million pounds.",
                "The complete expense of the footbridge was put at 4 million pounds.",
                "",
            ),
        ],
    );
}
