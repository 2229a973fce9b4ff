//! meaning-drift examples of a passive judgement dropped ("are considered
//! more vulnerable" → "are far more vulnerable") and of a meeting still to
//! come told as decided ("are due to discuss" → "will decide on").

use super::*;

#[test]
fn passive_judgement_dropped_is_meaning_drift() {
    let flagged = [
        (
            "Older residents are considered more vulnerable to the virus, health officials said.",
            "Older residents are far more vulnerable to the virus, health officials said.",
            "far",
        ),
        (
            "The bridge is widely regarded as unsafe for heavy lorries, the report found.",
            "The bridge is unsafe for heavy lorries, the report found.",
            "is",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
}

#[test]
fn passive_judgement_restated_or_weighed_passes() {
    let clean = [
        (
            "Older residents are considered more vulnerable to the virus, health officials said.",
            "Older residents are seen as more vulnerable to the virus, health officials said.",
        ),
        (
            "The bridge is considered unsafe for heavy lorries, the report found.",
            "The bridge is regarded as unsafe for heavy lorries, the report found.",
        ),
        (
            "The findings would be considered as part of the planning application.",
            "The findings would be taken into account as part of the planning application.",
        ),
        (
            "No redundancies are planned at this stage, the director said.",
            "No redundancies are planned for now, the director said.",
        ),
        (
            "The survey suggests the roost is used by breeding bats.",
            "The survey indicates the roost is used by breeding bats.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn meeting_to_come_told_as_decided_is_meaning_drift() {
    let flagged = [
        (
            "Councillors are due to discuss funding options for the bridge in January.",
            "Councillors will decide on funding options for the bridge in January.",
            "decide",
        ),
        (
            "Members will vote on the proposed merger at a meeting in March.",
            "Members will approve the merger at a meeting in March.",
            "approve",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
    let clean = [
        (
            "Councillors are due to discuss funding options for the bridge in January.",
            "Councillors will talk about funding options for the bridge in January.",
        ),
        (
            "Members will vote on the proposed merger at a meeting in March.",
            "Members will decide on the merger at a meeting in March.",
        ),
        (
            "The committee will decide on the application next month.",
            "The committee will rule on the application next month.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}
