//! meaning-drift examples of an intention told by the conditional of what
//! will happen ("intended to stay" → "would stay"); a noun of intention, or
//! an intention kept, passes.

use super::*;

#[test]
fn an_intention_told_as_would_is_meaning_drift() {
    let flagged = [
        (
            "The owner said the family intended to keep the mill open.",
            "The owner said the family would keep the mill open.",
            "would",
        ),
        (
            "The bank said it was planning to close the branch in March.",
            "The bank said it would close the branch in March.",
            "would",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
}

#[test]
fn a_noun_of_intention_or_an_intention_kept_passes() {
    let passing = [
        (
            "She said the council would need to see a repayment plan first.",
            "She said the council would need to see how the money would be paid back.",
        ),
        (
            "The owner said the family intended to keep the mill open.",
            "The owner said the family meant to keep the mill open.",
        ),
    ];
    assert_clean("meaning-drift", &passing);
}
