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

/// "four-decade-old" is "40-year-old", "over half a century" holds almost
/// 60 years and "a century and a half" is 150 years; a length they do not
/// hold is flagged.
#[test]
fn decades_and_centuries_count_years() {
    assert_cases(
        "number-drift",
        &[
            (
                "The farm will replace its 40-year-old milking parlour with robots.",
                "The farm will replace its four-decade-old milking parlour with robots.",
                "",
            ),
            (
                "The farm will replace its 30-year-old milking parlour with robots.",
                "The farm will replace its four-decade-old milking parlour with robots.",
                "four-decade-old",
            ),
            (
                "It is the first sighting of the fungus in the county for almost 60 years.",
                "It is the first sighting of the fungus in the county in over half a century.",
                "",
            ),
            (
                "It is the first sighting of the fungus in the county for almost 30 years.",
                "It is the first sighting of the fungus in the county in over half a century.",
                "half a century",
            ),
            (
                "Many blocks were eroded by a century and a half of coal smoke and rain.",
                "Many blocks were worn away by 150 years of coal smoke and rain.",
                "",
            ),
            (
                "Many blocks were eroded by a century and a half of coal smoke and rain.",
                "Many blocks were worn away by 200 years of coal smoke and rain.",
                "200 years",
            ),
        ],
    );
}
