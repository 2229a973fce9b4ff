//! garbled-phrase: the forty-sixth batch of curated spinner swaps is garbled.

use super::*;

/// The forty-sixth batch of spinner swaps by the same rule with
/// `t2734`–`t2763` newly readable (session 65).
#[test]
fn forty_sixth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Tickets will cost six pounds, with concessions for pensioners.",
                "Tickets will cost six pounds, with compromises for pensioners.",
                "compromises",
            ),
            (
                "The team was relegated to the second division last season.",
                "The team was relegated to the second partition last season.",
                "partition",
            ),
            (
                "Families will instead be offered a plaque on an existing bench.",
                "Families will instead be proffered a plaque on an existing bench.",
                "proffered",
            ),
            (
                "The couple will keep the market stall as their only outlet.",
                "The couple will keep the market stall as their only socket.",
                "socket",
            ),
            (
                "Free sessions are kept for people referred by housing charities.",
                "Free sessions are kept for people alluded by housing charities.",
                "alluded",
            ),
            (
                "Traders who break the rules again will lose their pitches.",
                "Traders who break the rules again will lose their tosses.",
                "tosses",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and so do the
/// right senses: concessions made in talks, a power outlet and a ball
/// pitched.
#[test]
fn forty_sixth_batch_rewordings_and_right_senses_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The union made concessions in the pay talks.",
                "The union made compromises in the pay talks.",
            ),
            (
                "Plug the charger into a power outlet by the door.",
                "Plug the charger into a power socket by the door.",
            ),
            (
                "He pitches the ball to the batter.",
                "He tosses the ball to the batter.",
            ),
            (
                "Tickets will cost six pounds, with concessions for pensioners.",
                "Tickets will cost six pounds, with discounts for pensioners.",
            ),
            (
                "Families will instead be offered a plaque on an existing bench.",
                "Families will instead be given a plaque on an existing bench.",
            ),
        ],
    );
}
