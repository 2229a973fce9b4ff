//! meaning-drift examples of a "can" or "could" of possibility told as what
//! happens, is or has happened ("can also infect" → "also infects", "could
//! face claims" → "is now facing claims", "can be wrong" → "is usually
//! wrong", "could be lost" → "have been lost"); a possibility or an
//! ability kept passes.

use super::*;

#[test]
fn a_possibility_past_a_word_between_or_told_in_progress_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The beetle can also damage young ash trees planted along the river.",
                "The beetle also damages young ash trees planted along the river.",
                "damages",
            ),
            (
                "Lawyers for the tenants said the landlord could face further claims.",
                "The landlord is now facing further claims, lawyers for the tenants said.",
                "is now facing",
            ),
        ],
    );
}

#[test]
fn a_possible_state_told_as_what_is_or_has_been_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Readings taken by hand can be inaccurate by several degrees, the report said.",
                "Readings taken by hand are usually inaccurate by several degrees, the report said.",
                "are usually inaccurate",
            ),
            (
                "The guild said two studios had shut and warned that dozens of posts could be lost if grants kept shrinking.",
                "The guild said two studios had shut and warned that dozens of posts have been lost due to shrinking grants.",
                "have been lost",
            ),
        ],
    );
}

#[test]
fn a_possibility_or_ability_kept_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The beetle can also damage young ash trees planted along the river.",
                "The beetle may also damage young ash trees planted along the river.",
            ),
            (
                "Each locker can be opened with a code sent by text message.",
                "Each locker is opened with a code sent by text message.",
            ),
            (
                "Readings taken by hand can be inaccurate by several degrees, the report said.",
                "Readings taken by hand can sometimes be inaccurate by several degrees, the report said.",
            ),
        ],
    );
}

#[test]
fn a_hedge_modal_or_plan_told_in_fair_other_words_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The mill may close its second shift before the winter, the union said.",
                "The mill might close its second shift before the winter, the union said.",
            ),
            (
                "The new bridge could open to cyclists in the spring.",
                "The new bridge may open to cyclists in the spring.",
            ),
            (
                "Visitor numbers are expected to rise by a fifth this summer.",
                "Visitor numbers are forecast to rise by a fifth this summer.",
            ),
            (
                "The trust plans to reopen the walled garden next year.",
                "The trust intends to reopen the walled garden next year.",
            ),
        ],
    );
}
