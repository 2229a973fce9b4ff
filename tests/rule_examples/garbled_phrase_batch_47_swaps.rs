//! garbled-phrase: the forty-seventh batch of curated spinner swaps is garbled.

use super::*;

/// The forty-seventh batch of spinner swaps by the same rule with
/// `t2764`–`t2793` newly readable (session 66).
#[test]
fn forty_seventh_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The club won the cup at the first attempt.",
                "The club won the cup at the first endeavor.",
                "endeavor",
            ),
            (
                "The association said it would challenge the decision in court.",
                "The association said it would dare the decision in court.",
                "dare",
            ),
            (
                "The scheme is funded by a grant from a local charity.",
                "The scheme is funded by a concession from a local charity.",
                "concession",
            ),
            (
                "A lottery grant will pay for the new roof.",
                "A raffle grant will pay for the new roof.",
                "raffle",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass.
#[test]
fn forty_seventh_batch_rewordings_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The club won the cup at the first attempt.",
                "The club won the cup at the first try.",
            ),
            (
                "The association said it would challenge the decision in court.",
                "The association said it would contest the decision in court.",
            ),
            (
                "The scheme is funded by a grant from a local charity.",
                "The scheme is funded by an award from a local charity.",
            ),
        ],
    );
}
