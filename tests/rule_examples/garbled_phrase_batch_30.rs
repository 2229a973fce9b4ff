//! garbled-phrase: the thirtieth batch of curated spinner swaps is
//! garbled.

use super::*;

/// The thirtieth batch of spinner swaps, by the same rule with
/// `t2446`–`t2463` newly readable (session 55).
#[test]
fn thirtieth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The council took enforcement action against three kennels last year.",
                "The council took requirement action against three kennels last year.",
                "requirement",
            ),
            (
                "The survey combined satellite measurements with readings from 40 gauges.",
                "The survey combined satellite estimations with readings from 40 gauges.",
                "estimations",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass.
#[test]
fn thirtieth_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The council took enforcement action against three kennels last year.",
                "The council took legal action against three kennels last year.",
            ),
            (
                "The survey combined satellite measurements with readings from 40 gauges.",
                "The survey combined satellite data with readings from 40 gauges.",
            ),
        ],
    );
}

/// "independent" told as "autonomous" is garbled for shops, reviews and
/// experts (nine authors' tune pairs); a self-governing body keeps the sense.
#[test]
fn independent_told_as_autonomous_is_garbled_except_for_a_governing_body() {
    assert_cases(
        "garbled-phrase",
        &[(
            "Trade at independent shops on the high street rose by a fifth last year.",
            "Trade at autonomous shops on the high street rose by a fifth last year.",
            "autonomous",
        )],
    );
    assert_clean(
        "garbled-phrase",
        &[(
            "The quota is set by the independent body that advises the four governments.",
            "The quota is set by the autonomous body that advises the four governments.",
        )],
    );
}
