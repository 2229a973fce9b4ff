//! garbled-phrase: the thirty-third batch of curated spinner swaps is
//! garbled.

use super::*;

/// The thirty-third batch of spinner swaps, by the same rule with
/// `t2494`–`t2505` newly readable (session 57).
#[test]
fn thirty_third_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Drivers accepted the lower figure after a consultation.",
                "Drivers accepted the lower character after a consultation.",
                "character",
            ),
            (
                "The bikes will be repainted in the council's green livery.",
                "The bikes will be repainted in the council's green uniform.",
                "uniform",
            ),
            (
                "Most members followed the rules closely, the federation said.",
                "Most members followed the rules intimately, the federation said.",
                "intimately",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass.
#[test]
fn thirty_third_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Drivers accepted the lower figure after a consultation.",
                "Drivers accepted the lower amount after a consultation.",
            ),
            (
                "The bikes will be repainted in the council's green livery.",
                "The bikes will be repainted in the council's green colours.",
            ),
            (
                "Most members followed the rules closely, the federation said.",
                "Most members followed the rules carefully, the federation said.",
            ),
            (
                "She has been closely involved in the campaign since 2019.",
                "She has been intimately involved in the campaign since 2019.",
            ),
        ],
    );
}
