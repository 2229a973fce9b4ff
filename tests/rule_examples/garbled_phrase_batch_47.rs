//! garbled-phrase: the forty-seventh batch of curated idioms, fixed terms and
//! a wrong sense in context, one word swapped with the rest kept.

use super::*;

/// Set phrases and fixed terms a spinner broke in tune pairs and no author
/// swapped clean, and "due to" as scheduled put as "owing to" (session 65).
#[test]
fn a_phrase_of_the_forty_seventh_batch_with_one_word_swapped_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Hire fees will rise on top of the deposit already paid.",
                "Hire fees will rise on high of the deposit already paid.",
                "high",
            ),
            (
                "The bench was moved to make room for a new path.",
                "The bench was moved to make chamber for a new path.",
                "chamber",
            ),
            (
                "The council said it would act in a bid to cut costs.",
                "The council said it would act in a tender to cut costs.",
                "tender",
            ),
            (
                "The appeal fell short, the club said.",
                "The appeal dropped short, the club said.",
                "dropped",
            ),
            (
                "The parish agreed in principle to fund the bench.",
                "The parish agreed in rule to fund the bench.",
                "rule",
            ),
            (
                "Children tackled an obstacle course on the green.",
                "Children tackled an obstruction course on the green.",
                "obstruction",
            ),
            (
                "Work on the hall is due to begin in March.",
                "Work on the hall is owing to begin in March.",
                "owing",
            ),
        ],
    );
}

/// The same phrases put in another listed wording, and "due to" as a
/// cause put as "owing to", pass.
#[test]
fn a_phrase_of_the_forty_seventh_batch_in_a_listed_wording_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The bench was moved to make room for a new path.",
                "The bench was moved to make way for a new path.",
            ),
            (
                "The bench was moved to make room for a new path.",
                "The bench was moved to make space for a new path.",
            ),
            (
                "The council said it would act in a bid to cut costs.",
                "The council said it would act in a move to cut costs.",
            ),
            (
                "The parish agreed in principle to fund the bench.",
                "The parish agreed in theory to fund the bench.",
            ),
            (
                "Children tackled an obstacle course on the green.",
                "Children tackled an assault course on the green.",
            ),
            (
                "The hall closed due to storm damage last week.",
                "The hall closed owing to storm damage last week.",
            ),
        ],
    );
}
