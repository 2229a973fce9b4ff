//! garbled-phrase: the thirty-eighth batch of curated spinner swaps is
//! garbled.

use super::*;

/// The thirty-eighth batch of spinner swaps, by the same rule with
/// `t2566`–`t2583` newly readable (session 59).
#[test]
fn thirty_eighth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The original registers are kept in a fireproof cabinet at the town hall.",
                "The original registers are kept in a fireproof closet at the town hall.",
                "closet",
            ),
            (
                "Funeral directors were unable to use the lower section after the rain.",
                "Funeral directors were incapable of using the lower section after the rain.",
                "incapable",
            ),
            (
                "A bank of cloud threatens the view from the ridge, the team said.",
                "A bank of cloud menaces the view from the ridge, the team said.",
                "menaces",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass.
#[test]
fn thirty_eighth_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The original registers are kept in a fireproof cabinet at the town hall.",
                "The original registers are kept in a fireproof safe at the town hall.",
            ),
            (
                "Funeral directors were unable to use the lower section after the rain.",
                "Funeral directors could not use the lower section after the rain.",
            ),
            (
                "A bank of cloud threatens the view from the ridge, the team said.",
                "A bank of cloud may spoil the view from the ridge, the team said.",
            ),
        ],
    );
}
