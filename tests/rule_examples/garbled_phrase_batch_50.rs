//! garbled-phrase: the fiftieth batch of curated spinner swaps is garbled.

use super::*;

/// The fiftieth batch of spinner swaps by the same rule with
/// `t2836`–`t2853` newly readable (session 68).
#[test]
fn fiftieth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The club said recruitment had become its biggest worry.",
                "The club said enlistment had become its biggest worry.",
                "enlistment",
            ),
            (
                "The pool will reopen in April, subject to final safety checks.",
                "The pool will reopen in April, topic to final safety checks.",
                "topic",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and army
/// enlistment or the topic of a talk is the right sense.
#[test]
fn fiftieth_batch_rewordings_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The pool will reopen in April, subject to final safety checks.",
                "The pool will reopen in April, pending final safety checks.",
            ),
            (
                "The base has seen army recruitment rise this year.",
                "The base has seen army enlistment rise this year.",
            ),
            (
                "The subject of the talk was the history of the pier.",
                "The topic of the talk was the history of the pier.",
            ),
        ],
    );
}
