//! polarity-drift: a stance turned round, a decision defended told as one
//! conceded to be a mistake and backing told as wariness.

use super::*;

#[test]
fn a_defended_decision_told_as_a_mistake_is_flagged() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The council said it would review the timing but defended the decision to close the road at dawn.",
                "The council said it would look again at the timing and conceded that closing the road at dawn had been a mistake.",
                "been a mistake",
            ),
            (
                "The chairman said he accepted the result but defended the original decision.",
                "The chairman said he accepted the outcome but conceded that the original decision was a mistake.",
                "was a mistake",
            ),
        ],
    );
}

#[test]
fn backing_told_as_wariness_is_flagged() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The trust said it supported more moorings on the canal.",
                "The trust said it was wary of more moorings on the canal.",
                "wary",
            ),
            (
                "The cycling group welcomed the move, its chairman said.",
                "The cycling group was unconvinced by the move, its chairman said.",
                "unconvinced",
            ),
        ],
    );
}

#[test]
fn a_defence_or_backing_kept_passes() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The council defended the decision to close the road at dawn.",
                "The council stood by its decision to close the road at dawn.",
            ),
            (
                "Some groups were cautious about the plan.",
                "Some groups were wary of the plan.",
            ),
            (
                "The trust said it supported more moorings on the canal.",
                "The trust said it backed more moorings on the canal.",
            ),
        ],
    );
}
