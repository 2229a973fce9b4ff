//! meaning-drift examples of a plan or wish told as decided ("planned to
//! keep" → "had committed to keeping", "hope to extend" → "plan to
//! extend"); an aim, a bid or a yardstick ("longer than we hoped") passes.

use super::*;

#[test]
fn a_plan_told_as_decided_is_flagged_past_its_auxiliary() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Garside said he intended to rebuild the herd once restrictions were lifted.",
                "Garside said he had decided to rebuild the herd once restrictions were lifted.",
                "decided",
            ),
            (
                "The firm said it planned to keep steam services on summer weekends.",
                "The firm said it had committed to keeping steam services on summer weekends.",
                "committed",
            ),
        ],
    );
}

#[test]
fn a_wish_told_as_a_plan_or_a_decision_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The union said the society also wanted to change rotas in the summer.",
                "The union said the society has also decided to change rotas in the summer.",
                "decided",
            ),
            (
                "If the trial is a success, the partners hope to extend the grazing area by 2030.",
                "If the trial is a success, the partners plan to extend the grazing area by 2030.",
                "plan",
            ),
        ],
    );
}

#[test]
fn an_aim_a_bid_a_wish_restated_or_a_yardstick_passes() {
    assert_sentences(
        "meaning-drift",
        &[
            (
                "The company hopes to begin work in May.",
                "The company aims to begin work in May.",
            ),
            (
                "The company wants to build a depot.",
                "The company is seeking to build a depot.",
            ),
            (
                "The company had hoped to open in May.",
                "The company had wanted to open in May.",
            ),
            (
                "The refit took longer than we hoped, she said.",
                "The refit took longer than we planned, she said.",
            ),
            (
                "The firm said it planned to keep steam services on summer weekends.",
                "The firm said it intended to keep steam services on summer weekends.",
            ),
        ],
        &[],
    );
}
