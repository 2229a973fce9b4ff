//! number-drift: a unit of time said in words ("year-long", "every
//! fortnight", "the fortnight after") keeps the figure it restates; a
//! length it does not hold is flagged.

use super::*;

/// "a year-long trial" is "a 12-month trial", either way round; "an
/// 18-month trial" is not.
#[test]
fn a_year_long_compound_is_twelve_months() {
    assert_cases(
        "number-drift",
        &[
            (
                "The city will test the buses in a year-long trial.",
                "The city will test the buses in a 12-month trial.",
                "",
            ),
            (
                "The city will test the buses in a 12-month trial.",
                "The city will test the buses in a year-long trial.",
                "",
            ),
            (
                "The city will test the buses in a year-long trial.",
                "The city will test the buses in an 18-month trial.",
                "18-month",
            ),
        ],
    );
}

/// "the fortnight after" and "every fortnight" are two weeks; three weeks
/// is not a fortnight.
#[test]
fn a_fortnight_is_two_weeks() {
    assert_cases(
        "number-drift",
        &[
            (
                "The council logged 90 complaints in the fortnight after the work.",
                "The council logged 90 complaints in the two weeks after the work.",
                "",
            ),
            (
                "The council logged 90 complaints in the fortnight after the work.",
                "The council logged 90 complaints in the three weeks after the work.",
                "three weeks",
            ),
            (
                "Inspectors will review the ban every two weeks, the board said.",
                "Inspectors will review the ban every fortnight, the board said.",
                "",
            ),
            (
                "Inspectors will review the ban every three weeks, the board said.",
                "Inspectors will review the ban every fortnight, the board said.",
                "fortnight",
            ),
        ],
    );
}
