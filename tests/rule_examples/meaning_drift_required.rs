//! meaning-drift examples of verbs of proof or checking that are required
//! or asked for ("would need to show" → "would have to prove"): a requirement
//! on both sides asserts no finding; one made a finding still shifts.

use super::*;

#[test]
fn a_proof_told_as_done_is_flagged_and_a_required_one_passes() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The lawyer said the firm would need to show which premises were to blame.",
                "The lawyer said the firm had proved which premises were to blame.",
                "proved",
            ),
            (
                "The charity said it would check that the cleaner had followed care labels.",
                "The charity said it would confirm that the cleaner had followed care labels.",
                "confirm",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The lawyer said the firm would need to show which premises were to blame.",
                "The lawyer said the firm would have to prove which premises were to blame.",
            ),
            (
                "The charity urged customers to check that a cleaner would follow care labels.",
                "The charity urged customers to confirm that a cleaner would follow care labels.",
            ),
        ],
    );
}
