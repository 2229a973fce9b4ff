//! meaning-drift examples of a deliberation told from the side of what is
//! weighed, in the passive of a verb of examining or by "go before" the body
//! (session 58), each with the drift it still flags.

use super::*;

#[test]
fn a_consideration_told_as_a_passive_examination_keeps_the_hedge() {
    let source =
        "The planning board will consider the hotel's application at its meeting on May 4.";
    assert_clean(
        "meaning-drift",
        &[
            (
                source,
                "The hotel's application will be examined by the planning board at its meeting on May 4.",
            ),
            (
                source,
                "The hotel's application will go before the planning board at its meeting on May 4.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "The hotel's application will be approved by the planning board at its meeting on May 4.",
            "approved",
        )],
    );
}

#[test]
fn a_consideration_told_as_looked_at_keeps_the_hedge() {
    let source = "The operator said it would consider complaints from shift workers individually, though the late buses will end in March.";
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "The operator said complaints from shift workers would be looked at individually, though the late buses will end in March.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "The operator said complaints from shift workers would be upheld individually, though the late buses will end in March.",
            "would be",
        )],
    );
}

#[test]
fn the_sources_own_examination_restated_keeps_no_other_hedge() {
    let source = "The operator said it would review the timetable in June and could restore the late buses where demand justified it.";
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "The operator said the timetable would be reviewed in June and the late buses could return where demand justified it.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "The operator said the timetable would be reviewed in June and the late buses would return where demand justified it.",
            "would return",
        )],
    );
}

/// A review still weighed in other words, or an outcome the source states by
/// a synonym of the same kind, is not told as decided; an outcome the source
/// does not state is.
#[test]
fn an_outcome_the_source_states_by_a_synonym_is_no_review_settled() {
    let source = "The club has been granted a new pitch lease after members urged the board to reconsider a rent rise.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The club has been awarded a new pitch lease after members urged the board to rethink a rent rise.",
                "",
            ),
            (
                "The board was reviewing the club's request for a new pitch lease.",
                "The board had approved the club's request for a new pitch lease.",
                "approved",
            ),
        ],
    );
}

/// An examination told by a verb of comparing or attending ("check the two
/// bids" → "compare the two bids") still only looks at the matter; one told
/// by a verb of an outcome is told as decided.
#[test]
fn an_examination_told_as_a_comparison_is_no_outcome() {
    let source = "The auditors said they would check the two bids before the end of the month.";
    let studied = "The panel said it was studying the rival designs for the new footbridge.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The auditors said they would compare the two bids before the end of the month.",
                "",
            ),
            (
                studied,
                "The panel said it was comparing the rival designs for the new footbridge.",
                "",
            ),
            (
                source,
                "The auditors said they would reject the two bids before the end of the month.",
                "reject",
            ),
            (
                studied,
                "The panel said it was rejecting the rival designs for the new footbridge.",
                "rejecting",
            ),
        ],
    );
}
