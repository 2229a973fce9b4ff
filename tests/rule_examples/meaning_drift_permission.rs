//! meaning-drift examples of an ability or a possibility the copy restates
//! by "let" (session 55), a rule's "may" or "should" told by "allow" or
//! "require" (session 61), each with the drift it still flags.

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

#[test]
fn a_may_or_should_of_a_rule_told_by_allow_or_require_keeps_the_hedge() {
    let may =
        "Under the new licence, stallholders may trade only between 9 a.m. and 4 p.m. on Sundays.";
    let should = "Under the housing code, a landlord should repair a broken boiler within a day of being told.";
    assert_clean(
        "meaning-drift",
        &[
            (
                may,
                "The new licence allows stallholders to trade only between 9 a.m. and 4 p.m. on Sundays.",
            ),
            (
                should,
                "The housing code requires a landlord to repair a broken boiler within a day of being told.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[
            // The permission dropped with no word of permission put in.
            (
                may,
                "Under the new licence, stallholders trade only between 9 a.m. and 4 p.m. on Sundays.",
                "trade",
            ),
            (
                should,
                "Under the housing code, a landlord repairs a broken boiler within a day of being told.",
                "repairs",
            ),
            // The source's own "allow" was what the "may" hedged.
            (
                "Engineers said the new bridge may allow lorries to cross the river by next year.",
                "Engineers said the new bridge allows lorries to cross the river by next year.",
                "allows",
            ),
            // "may help" told as "allows": a possibility made firm.
            (
                "The council said the new scheme may help families stay in their homes.",
                "The council said the new scheme allows families to stay in their homes.",
                "allows",
            ),
        ],
    );
}
