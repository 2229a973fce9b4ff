//! meaning-drift examples of a near word ("nearly", "almost", "virtually",
//! "practically") made whole: dropped before the same head, replaced by a
//! word of the whole, or its head told in another form; the nearness kept by
//! any approximator beside the head, misspelt or a phrase, passes.

use super::*;

#[test]
fn a_near_word_dropped_or_made_whole_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The old pier was left with almost no railings after the storm.",
                "After the storm the old pier was left with no railings, largely because of rust.",
                "no",
            ),
            (
                "The choir sang in a nearly empty hall on Friday.",
                "The choir sang in a completely empty hall on Friday.",
                "completely empty",
            ),
            (
                "The ferry has almost twice as many crossings as last year.",
                "The ferry has well over twice as many crossings as last year.",
                "twice",
            ),
            (
                "Her brother inherited almost her entire collection of clocks.",
                "Her brother inherited the whole of her collection of clocks.",
                "whole",
            ),
            (
                "Bookings at the campsite have fallen by almost half since May.",
                "Bookings at the campsite have more than halved since May.",
                "halved",
            ),
            (
                "The library depends on donations for almost all of its new stock.",
                "The library depends on donations for every piece of its new stock.",
                "every",
            ),
        ],
    );
}

#[test]
fn a_near_word_kept_by_an_approximator_beside_its_head_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Repairs to the bridge took almost a week.",
                "Repairs to the bridge took the best part of a week.",
            ),
            (
                "Repairs to the bridge took nearly a week.",
                "Repairs to the bridge took the better part of a week.",
            ),
            (
                "The orchard lost practically half its trees in the frost.",
                "The orchard lost practicaly half its trees in the frost.",
            ),
            (
                "Membership has nearly doubled since the club moved.",
                "Membership has more or less doubled since the club moved.",
            ),
            (
                "The vote was almost unanimous, the chairman said.",
                "The vote was all but unanimous, the chairman said.",
            ),
            (
                "The stall sold virtually every cake by noon.",
                "The stall sold just about every cake by noon.",
            ),
            (
                "The repairs took almost a month.",
                "The repairs took a month or so.",
            ),
            (
                "Queues at the tip have almost halved since the booking system began.",
                "Queues at the tip have roughly halved since the booking system began.",
            ),
        ],
    );
}
