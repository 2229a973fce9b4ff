//! garbled-phrase: the seventeenth and later batches of curated spinner
//! swaps are garbled.

use super::*;

/// The seventeenth batch of spinner swaps, by the same rule with
/// `t2188`–`t2199` newly readable (session 50).
#[test]
fn seventeenth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The union urged both sides to seek help from the conciliation service.",
                "The union urged both sides to seek help from the appeasement service.",
                "appeasement",
            ),
            (
                "A private investment group has agreed to buy nine dental practices.",
                "A private speculation group has agreed to buy nine dental practices.",
                "speculation",
            ),
            (
                "The fee paid for each case has been frozen since 2019, the practice said.",
                "The fee paid for each case has been solidified since 2019, the practice said.",
                "solidified",
            ),
            (
                "Damage to the building, including ruined flooring and wiring, has been repaired.",
                "Damage to the building, including demolished flooring and wiring, has been repaired.",
                "demolished",
            ),
        ],
    );
}

/// The same sentences reworded with words that keep the sense pass.
#[test]
fn seventeenth_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The union urged both sides to seek help from the conciliation service.",
                "The union urged both sides to seek help from the conciliation body.",
            ),
            (
                "A private investment group has agreed to buy nine dental practices.",
                "A private investment firm has agreed to buy nine dental practices.",
            ),
            (
                "The fee paid for each case has been frozen since 2019, the practice said.",
                "The fee paid for each case has not changed since 2019, the practice said.",
            ),
            (
                "Damage to the building, including ruined flooring and wiring, has been repaired.",
                "Damage to the building, including wrecked flooring and wiring, has been repaired.",
            ),
        ],
    );
}
