//! garbled-phrase: the thirty-fifth batch of curated spinner swaps is
//! garbled.

use super::*;

/// The thirty-fifth batch of spinner swaps, a word and a phrase, by the same
/// rule with `t2524`–`t2535` newly readable (session 58).
#[test]
fn thirty_fifth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The director spoke to a packed meeting in the main auditorium.",
                "The director spoke to a stuffed meeting in the main auditorium.",
                "stuffed",
            ),
            (
                "The rise came on top of soaring prices for steel and diesel.",
                "The rise came on top of taking off prices for steel and diesel.",
                "taking off",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and "stuffed"
/// before "with", where it means filled, passes.
#[test]
fn thirty_fifth_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The director spoke to a packed meeting in the main auditorium.",
                "The director spoke to a crowded meeting in the main auditorium.",
            ),
            (
                "Volunteers packed the van with sandbags before dawn.",
                "Volunteers stuffed the van with sandbags before dawn.",
            ),
            (
                "The rise came on top of soaring prices for steel and diesel.",
                "The rise came on top of rocketing prices for steel and diesel.",
            ),
        ],
    );
}
