//! garbled-phrase: the fourteenth and fifteenth batches of curated spinner swaps are garbled.

use super::*;

/// The fourteenth batch of spinner swaps, by the same rule with `t2200`–`t2223`
/// newly readable (session 49).
#[test]
fn fourteenth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Volunteers said dismantling the old stage would take about two weeks.",
                "Volunteers said destroying the old stage would take about two weeks.",
                "destroying",
            ),
            (
                "The council approved the scheme for 40 new homes in March.",
                "The council approved the conspiracy for 40 new homes in March.",
                "conspiracy",
            ),
            (
                "Residents want the library listed as an asset of community value.",
                "Residents want the library listed as an asset of community esteem.",
                "esteem",
            ),
            (
                "The firm said development costs for the new bridge had doubled.",
                "The firm said improvement costs for the new bridge had doubled.",
                "improvement",
            ),
            (
                "Workers put up crash barriers around the track before the race.",
                "Workers put up crash obstructions around the track before the race.",
                "obstructions",
            ),
            (
                "Most of the fans arrived by special train from the city on Saturday.",
                "Most of the fans arrived by extraordinary train from the city on Saturday.",
                "extraordinary",
            ),
            (
                "Parking on surrounding streets was the main worry raised by residents.",
                "Parking on encompassing streets was the main worry raised by residents.",
                "encompassing",
            ),
            (
                "The parish council lets the hall to the club for a nominal fee of £1.",
                "The parish council lets the hall to the club for an ostensible fee of £1.",
                "ostensible",
            ),
        ],
    );
}

/// The fourteenth batch's spinner phrase: "older" put as "more seasoned".
#[test]
fn fourteenth_batch_spinner_phrase_is_garbled() {
    let found = findings_of(
        "garbled-phrase",
        "The charity said the cuts would hit more seasoned and disabled residents hardest.",
        "The charity said the cuts would hit older and disabled residents hardest.",
    );
    assert!(!found.is_empty(), "{found:?}");
}

/// The fifteenth batch of spinner swaps, by the same rule with `t2224`–`t2241`
/// newly readable (session 49).
#[test]
fn fifteenth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The judge said the firm's safety culture had been complacent.",
                "The judge said the firm's safety civilization had been complacent.",
                "civilization",
            ),
            (
                "The shop is one of three branches on the Netherfield estate.",
                "The shop is one of three branches on the Netherfield bequest.",
                "bequest",
            ),
            (
                "The stylist applied permanent dye without a skin allergy test.",
                "The stylist applied perpetual dye without a skin allergy test.",
                "perpetual",
            ),
        ],
    );
}
