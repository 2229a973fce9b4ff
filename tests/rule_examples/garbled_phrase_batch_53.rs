//! garbled-phrase: the fifty-third batch of curated spinner swaps is garbled.

use super::*;

/// The fifty-third batch of spinner swaps by the same rule, each held
/// back before only by a clean label that context words now let pass
/// (session 69).
#[test]
fn fifty_third_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The council will start a new food waste collection in May.",
                "The council will start a new food squander collection in May.",
                "food squander",
            ),
            (
                "The marsh is a breeding ground for wading birds.",
                "The marsh is a reproducing ground for wading birds.",
                "reproducing",
            ),
        ],
    );
}

/// Money squandered and fish left to reproduce are the right sense and pass.
#[test]
fn fifty_third_batch_right_senses_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The report said the council had wasted money on consultants.",
                "The report said the council had squandered money on consultants.",
            ),
            (
                "Cod must be left long enough to breed, the scientists said.",
                "Cod must be left long enough to reproduce, the scientists said.",
            ),
        ],
    );
}
