//! meaning-drift examples from session 41's scope work: a count word of a
//! group ("several", "most", "many", "a few") dropped before its noun makes
//! a part of the group the whole; restating it in other words passes.

use super::*;

#[test]
fn a_count_word_dropped_before_its_group_makes_the_part_whole() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Several residents along the route complained on Sunday.",
                "Residents along the route were furious on Sunday.",
                "Residents",
            ),
            (
                "Most analysts polled by the agency expect a cut in June.",
                "Analysts polled by the agency expect a cut in June.",
                "Analysts",
            ),
            (
                "The council said many parents opposed the new timetable.",
                "The council said parents opposed the new timetable.",
                "parents",
            ),
            (
                "A few shops have closed since the works began.",
                "Shops have closed since the works began.",
                "Shops",
            ),
            (
                "Most local traders backed the plan, the chamber said.",
                "Local traders backed the plan, the chamber said.",
                "Local",
            ),
        ],
    );
}

#[test]
fn a_count_word_restated_or_no_count_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Several shop owners said the plan would hurt trade.",
                "A number of shop owners said the plan would hurt trade.",
            ),
            (
                "Several shop owners said the plan would hurt trade.",
                "A handful of shop owners said the plan would hurt trade.",
            ),
            (
                "Many residents opposed the plan.",
                "Numerous residents opposed the plan.",
            ),
            (
                "Most residents opposed the plan.",
                "A majority of residents opposed the plan.",
            ),
            (
                "A few shops have closed since the works began.",
                "A small number of shops have closed since the works began.",
            ),
            // A superlative, no count: "most affected" → "worst affected".
            (
                "Brass and percussion players were most affected by the noise.",
                "Brass and percussion players were the worst affected by the noise.",
            ),
            (
                "The club has as many members as it had in 2019.",
                "The club has members, as it had in 2019.",
            ),
        ],
    );
}

/// Only words that restate the part keep it: "about" before an amount, an
/// "of" before the group ("a number of residents"); "complained about the
/// noise", "residents of the old town", the source's own "small" after its
/// noun, restate nothing. "some of the residents" → "residents" drops the
/// article with the part.
#[test]
fn a_part_made_whole_beside_a_preposition_drifts() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Some residents complained about the noise from the works.",
                "Residents complained about the noise from the works.",
                "Residents",
            ),
            (
                "Some residents of the old town objected to the plan.",
                "Residents of the old town objected to the plan.",
                "Residents",
            ),
            (
                "A few owners of small shops objected to the plan.",
                "Owners of small shops objected to the plan.",
                "Owners",
            ),
            (
                "Some of the residents objected to the plan.",
                "Residents objected to the plan.",
                "Residents",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "Some residents complained about the noise from the works.",
                "About a third of residents complained about the noise from the works.",
            ),
            (
                "Some residents complained about the noise from the works.",
                "A number of residents complained about the noise from the works.",
            ),
            (
                "Some of the residents objected to the plan.",
                "Several residents objected to the plan.",
            ),
            (
                "Most of the residents objected to the plan.",
                "The bulk of the residents objected to the plan.",
            ),
            (
                "A few owners of small shops objected to the plan.",
                "A small number of owners of small shops objected to the plan.",
            ),
        ],
    );
}

/// A figure or a loose count in the count word's place restates it: no part
/// is made whole.
#[test]
fn a_count_word_restated_as_a_figure_or_a_loose_count_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Several residents opposed the plan at the meeting.",
                "Three residents opposed the plan at the meeting.",
            ),
            (
                "A few residents opposed the plan at the meeting.",
                "Two residents opposed the plan at the meeting.",
            ),
            (
                "Several residents opposed the plan at the meeting.",
                "Various residents opposed the plan at the meeting.",
            ),
            (
                "Many residents opposed the plan at the meeting.",
                "Multiple residents opposed the plan at the meeting.",
            ),
            (
                "Many residents opposed the plan at the meeting.",
                "Countless residents opposed the plan at the meeting.",
            ),
        ],
    );
}
