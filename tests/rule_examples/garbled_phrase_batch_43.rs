//! garbled-phrase: the forty-third batch of curated spinner swaps is garbled.

use super::*;

/// The forty-third batch of spinner swaps by the same rule with
/// `t2656`–`t2673` newly readable (session 62).
#[test]
fn forty_third_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Two riders were taken to hospital with serious injuries after the crash.",
                "Two riders were taken to hospital with solemn injuries after the crash.",
                "solemn",
            ),
            (
                "The restorer applied new gold leaf to the weathervane last week.",
                "The restorer applied new gold foliage to the weathervane last week.",
                "foliage",
            ),
            (
                "More than 900 people have signed a petition against the closure.",
                "More than 900 people have marked a petition against the closure.",
                "marked",
            ),
            (
                "Traders say the pitch fees at the Sunday market have doubled.",
                "Traders say the throw fees at the Sunday market have doubled.",
                "throw",
            ),
            (
                "The club will keep the ground on a peppercorn rent for 25 years.",
                "The club will keep the ground on a peppercorn lease for 25 years.",
                "lease",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and so do the
/// right senses: a solemn face, a tree's foliage, a route marked, and
/// the established variants of the two fixed terms (a stall fee, a nominal rent).
#[test]
fn forty_third_batch_rewordings_and_right_senses_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Two riders were taken to hospital with serious injuries after the crash.",
                "Two riders were taken to hospital with severe injuries after the crash.",
            ),
            (
                "The judge wore a serious expression as the verdict was read.",
                "The judge wore a solemn expression as the verdict was read.",
            ),
            (
                "The oak's leaves turned brown early in the drought.",
                "The oak's foliage turned brown early in the drought.",
            ),
            (
                "The new cycle route is signed from the station to the harbour.",
                "The new cycle route is marked from the station to the harbour.",
            ),
            (
                "Traders say the pitch fees at the Sunday market have doubled.",
                "Traders say the stall fees at the Sunday market have doubled.",
            ),
            (
                "The club will keep the ground on a peppercorn rent for 25 years.",
                "The club will keep the ground on a nominal rent for 25 years.",
            ),
        ],
    );
}
