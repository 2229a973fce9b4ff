//! meaning-drift examples of an ability or a possibility the copy restates
//! by "let" (session 55), each with the drift it still flags.

use super::*;

#[test]
fn a_could_of_leave_told_by_let_keeps_the_hedge() {
    let source = "The neighbouring club said members could store aircraft at its clubhouse until a new hangar was built.";
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "The neighbouring club offered to let members store aircraft at its clubhouse until a new hangar was built.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The neighbouring club said members stored aircraft at its clubhouse until a new hangar was built.",
                "stored",
            ),
            // A leave the source only weighs, told as given.
            (
                "The neighbouring club said it could let members store aircraft at its clubhouse.",
                "The neighbouring club let members store aircraft at its clubhouse.",
                "let",
            ),
        ],
    );
}

#[test]
fn a_can_of_ability_told_by_lets_is_no_possibility_stated() {
    let source =
        "The boat can work a full eight-hour shift on a single charge, according to the yard.";
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "According to the yard, the boat's battery lets it work a full eight-hour shift on one charge.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "According to the yard, the boat works a full eight-hour shift on one charge.",
            "works",
        )],
    );
}
