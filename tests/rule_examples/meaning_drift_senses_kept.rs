//! meaning-drift examples of a stance word read in the sense the copy keeps:
//! a hope told as a wish ("hope to" → "aspire to", "hoping to" → "who
//! want") keeps its hedge, and goods "ordered" told as "requested" give no
//! command to soften.

use super::*;

#[test]
fn a_hope_told_as_a_wish_keeps_its_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The brothers said they hope to open a second bakery on the quay next year.",
                "The brothers said they aspire to open a second bakery on the quay next year.",
            ),
            (
                "Growers hoping to sell at the show must register by Friday.",
                "Growers who want to sell at the show must register by Friday.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The brothers said they hope to open a second bakery on the quay next year.",
            "The brothers said they will open a second bakery on the quay next year.",
            "will open",
        )],
    );
}

#[test]
fn goods_ordered_told_as_requested_give_no_command() {
    assert_clean(
        "meaning-drift",
        &[(
            "The trust said a new boiler had been ordered from a supplier in Leeds.",
            "The trust said a new boiler had been requested from a supplier in Leeds.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The landlord was ordered to repay the deposit within a month.",
            "The landlord was requested to repay the deposit within a month.",
            "requested",
        )],
    );
}
