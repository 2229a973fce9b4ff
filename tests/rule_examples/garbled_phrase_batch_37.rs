//! garbled-phrase: the thirty-seventh batch of curated spinner swaps is
//! garbled.

use super::*;

/// The thirty-seventh batch of spinner swaps and idioms, by the same rule
/// with `t2554`–`t2565` newly readable (session 59).
#[test]
fn thirty_seventh_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The robot uses less paint because it sprays a narrower line.",
                "The robot uses less paint because it splashes a narrower line.",
                "splashes",
            ),
            (
                "The sheep must be removed before any spraying with fungicides.",
                "The sheep must be removed before any splashing with fungicides.",
                "splashing",
            ),
            (
                "The county council withdrew its subsidy last year.",
                "The county council retracted its subsidy last year.",
                "retracted",
            ),
            (
                "Some older coaches could have to be withdrawn from service.",
                "Some older coaches could have to be retracted from service.",
                "retracted",
            ),
            (
                "Cutting the mowing rota is a false economy, the groundsman said.",
                "Cutting the mowing rota is a fake economy, the groundsman said.",
                "fake",
            ),
            (
                "Cutting the mowing rota is a false economy, the groundsman said.",
                "Cutting the mowing rota is a bogus economy, the groundsman said.",
                "bogus",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and so do the
/// right senses: mud splashed rather than sprayed, a claim retracted.
#[test]
fn thirty_seventh_batch_rewordings_and_right_senses_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The robot uses less paint because it sprays a narrower line.",
                "The robot uses less paint because it paints a narrower line.",
            ),
            (
                "Passing lorries sprayed mud over the bus queue.",
                "Passing lorries splashed mud over the bus queue.",
            ),
            (
                "The county council withdrew its subsidy last year.",
                "The county council ended its subsidy last year.",
            ),
            (
                "The company later withdrew the claim.",
                "The company later retracted the claim.",
            ),
            (
                "Cutting the mowing rota is a false economy, the groundsman said.",
                "Cutting the mowing rota will cost more in the end, the groundsman said.",
            ),
        ],
    );
}
