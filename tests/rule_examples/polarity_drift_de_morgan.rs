//! polarity-drift: a negative quantifier and a universal one told with the
//! predicate turned to its opposite ("no X is P" is "every X is not P").

use super::*;

/// "All … were correct" → "none … were wrong" restates; the predicate kept,
/// or told by a word of its own meaning, still flips.
#[test]
fn a_quantifier_swapped_with_its_predicate_opposite_restates() {
    let source = "The printer said the mistake affected only the April page, and all other dates in the calendar were correct.";
    assert_cases(
        "polarity-drift",
        &[
            (
                source,
                "The printer said the mistake affected only the April page, and none of the other dates in the calendar were wrong.",
                "",
            ),
            (
                source,
                "The printer said the mistake affected only the April page, and none of the other dates in the calendar were correct.",
                "none",
            ),
            (
                "The printer said that none of the other dates in this year's calendar were wrong.",
                "The printer said that all of the other dates in this year's calendar were inaccurate.",
                "all",
            ),
        ],
    );
}

/// A "no" before the subject's noun and its auxiliaries denies the curated
/// phrase after them ("no judge would be allowed" → "judges would be
/// barred"); dropped with the phrase kept, or with no "no" to answer the
/// phrase, it still flips.
#[test]
fn no_before_the_subject_denies_an_opposite_phrase() {
    let source = "The organisers said that from next year no judge would be allowed to assess a class in which a fellow member had entered a car.";
    assert_cases(
        "polarity-drift",
        &[
            (
                source,
                "The organisers said that from next year judges would be barred from assessing a class in which a fellow member had entered a car.",
                "",
            ),
            (
                source,
                "The organisers said that from next year judges would be allowed to assess a class in which a fellow member had entered a car.",
                "judges",
            ),
            (
                "The organisers said that from next year judges would be allowed to assess a class in which a fellow member had entered a car.",
                "The organisers said that from next year judges would be barred from assessing a class in which a fellow member had entered a car.",
                "barred",
            ),
        ],
    );
}
