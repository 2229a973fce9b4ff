//! meaning-drift examples of a promised act told as done ("has promised to
//! pay for the roof" → "has paid for the roof"); a promise kept as one
//! passes.

use super::*;

#[test]
fn a_promised_act_told_as_done_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[(
            "The brewery has promised to pay for the new roof on the village hall.",
            "The brewery has paid for the new roof on the village hall.",
            "has paid",
        )],
    );
}

#[test]
fn a_promise_kept_as_one_passes() {
    assert_clean(
        "meaning-drift",
        &[(
            "The brewery has promised to pay for the new roof on the village hall.",
            "The brewery has pledged to pay for the new roof on the village hall.",
        )],
    );
}
