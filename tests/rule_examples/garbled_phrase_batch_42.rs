//! garbled-phrase: the forty-second batch of curated spinner swaps is garbled.

use super::*;

/// The forty-second batch of spinner swaps by the same rule with
/// `t2626`–`t2655` newly readable (session 62).
#[test]
fn forty_second_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The stolen bench turned up at a car boot sale near the ring road.",
                "The stolen bench turned up at a car trunk sale near the ring road.",
                "trunk",
            ),
            (
                "The farm plans to build a new hay barn before the winter.",
                "The farm plans to build a new hay stable before the winter.",
                "stable",
            ),
            (
                "Water had seeped past a worn seal on the freezer door.",
                "Water had seeped past a worn stamp on the freezer door.",
                "stamp",
            ),
            (
                "The dealer said he had bought the painting in good faith.",
                "The dealer said he had bought the painting in good religion.",
                "religion",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and so do the
/// right senses: the trunk of a car, a stamp of approval, a religious faith.
#[test]
fn forty_second_batch_rewordings_and_right_senses_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The stolen bench turned up at a car boot sale near the ring road.",
                "The stolen bench turned up at a jumble sale near the ring road.",
            ),
            (
                "Officers found the tools in the boot of his car.",
                "Officers found the tools in the trunk of his car.",
            ),
            (
                "The farm plans to build a new hay barn before the winter.",
                "The farm plans to build a new hay shed before the winter.",
            ),
            (
                "The scheme has won the seal of approval from the fire service.",
                "The scheme has won the stamp of approval from the fire service.",
            ),
            (
                "The dealer said he had bought the painting in good faith.",
                "The dealer said he had bought the painting honestly.",
            ),
            (
                "The centre welcomes people of every faith and none.",
                "The centre welcomes people of every religion and none.",
            ),
        ],
    );
}
