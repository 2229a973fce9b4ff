//! garbled-phrase: the thirty-first batch of curated spinner swaps is
//! garbled.

use super::*;

/// The thirty-first batch of spinner swaps, by the same rule with
/// `t2464`–`t2475` newly readable (session 56).
#[test]
fn thirty_first_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The rest is expected to come from individual donors.",
                "The rest is expected to come from singular donors.",
                "singular",
            ),
            (
                "The cinema has hosted screenings for local schools.",
                "The cinema has facilitated screenings for local schools.",
                "facilitated",
            ),
            (
                "They said the strongest contender had been excluded.",
                "They said the most grounded contender had been excluded.",
                "most grounded",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass.
#[test]
fn thirty_first_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The rest is expected to come from individual donors.",
                "The rest is expected to come from private donors.",
            ),
            (
                "The cinema has hosted screenings for local schools.",
                "The cinema has held screenings for local schools.",
            ),
            (
                "They said the strongest contender had been excluded.",
                "They said the leading contender had been excluded.",
            ),
        ],
    );
}
