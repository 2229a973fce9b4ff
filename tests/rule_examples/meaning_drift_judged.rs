//! meaning-drift examples of a passive judgement dropped ("are considered
//! more vulnerable" → "are far more vulnerable").

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
