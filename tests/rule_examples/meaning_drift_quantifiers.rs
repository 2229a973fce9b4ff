//! meaning-drift examples of a quantifier put before a generic plural the
//! source gives bare at the opening of its clause; an existential plural
//! ("paring gains" → "giving back some gains") passes.

use super::*;

#[test]
fn a_quantifier_before_a_bare_generic_plural_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Customers reacted angrily to the closure of the shop.",
                "Some customers reacted angrily to the closure of the shop.",
                "Some customers",
            ),
            (
                "Boats that have already switched report lower fuel bills.",
                "Every boat that has already switched reports lower fuel bills.",
                "Every boat",
            ),
            (
                "Shares in the lender slipped after it was forced into paring gains.",
                "Shares in the lender slipped after it was forced into giving back some gains.",
                "",
            ),
            (
                "The watchdog received a number of complaints about the scheme.",
                "The watchdog received several complaints about the scheme.",
                "",
            ),
        ],
    );
}
