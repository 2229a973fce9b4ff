//! meaning-drift examples of an expectation the source puts on two things,
//! told of one as certain while the copy keeps it on the other: "Officials
//! expect sales to rise and numbers to stay level" → "Sales will rise, and
//! officials expect numbers to stay level". A word of forecast before the
//! "will", or a trailing "officials expect", passes.

use super::*;

#[test]
fn a_forecast_kept_on_one_item_and_told_as_certain_of_the_other_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Officials expect ticket sales to rise this summer and visitor numbers to stay level.",
                "Ticket sales will rise this summer, and officials expect visitor numbers to stay level.",
                "will rise",
            ),
            (
                "The bridge will close on Monday, with repairs expected to finish in March and traffic diverted.",
                "Repairs will finish in March, with the bridge closing on Monday and diversions expected.",
                "will finish",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "Officials expect ticket sales to rise this summer and visitor numbers to stay level.",
                "Officials predict ticket sales will rise this summer, and they expect visitor numbers to stay level.",
            ),
            (
                "Officials expect ticket sales to rise this summer.",
                "Ticket sales will rise this summer, officials expect.",
            ),
            (
                "Officials expect ticket sales to rise this summer and visitor numbers to stay level.",
                "Ticket sales are expected to rise this summer, and officials expect visitor numbers to stay level.",
            ),
        ],
    );
}
