//! number-drift: dates, years, decades, quarters, months, weekdays and times of day restated in
//! other words keep their value; moved ones are flagged.

use super::*;

/// "The three months to Dec. 31" named as a quarter or a span of months
/// drops no figure: the abbreviated month's day goes with it.
#[test]
fn three_months_to_an_abbreviated_date_restated_as_a_quarter() {
    assert_clean(
        "number-drift",
        &[
            (
                "Sales for the three months to Sept. 30 reached $410 million.",
                "In the July-September quarter, sales came to $410 million.",
            ),
            (
                "Sales for the three months to Sept. 30 reached $410 million.",
                "In the July-September period, sales came to $410 million.",
            ),
        ],
    );
}

/// "A single day" or "a whole week" states one unit of time as "a day"
/// does: "24 hours" restated so is not dropped.
#[test]
fn a_single_day_states_twenty_four_hours() {
    assert_clean(
        "number-drift",
        &[(
            "Up to 70 millimetres of rain fell in 24 hours at the airport.",
            "Up to 70 millimetres of rain fell in a single day at the airport.",
        )],
    );
}

#[test]
fn three_months_to_a_date_restated_as_a_quarter_pass_clean() {
    assert_clean(
        "number-drift",
        &[(
            "Net profit rose to 612 million euros in the three months to December 31.",
            "In the October-December quarter, net profit rose to 612 million euros.",
        )],
    );
    // Without a quarter named, the three months, the month and the day are missing.
    assert_eq!(
        findings_of(
            "number-drift",
            "Net profit rose to 612 million euros in the period.",
            "Net profit rose to 612 million euros in the three months to December 31."
        ),
        ["period", "period", "period"]
    );
}

#[test]
fn a_quarter_restated_as_three_months_passes() {
    assert_clean(
        "number-drift",
        &[(
            "Donations to the charity fell sharply in the final quarter of last year.",
            "Donations to the charity fell sharply in the last three months of last year.",
        )],
    );
}

#[test]
fn a_wire_clock_time_before_a_time_zone_is_a_time() {
    assert_clean(
        "number-drift",
        &[(
            "Shares in the group rose 5.3% to 412 pence by 1030 GMT.",
            "Shares in the group were up 5.3% at 412p by 10:30 GMT.",
        )],
    );
}

#[test]
fn a_year_moved_to_another_part_of_itself_is_number_drift() {
    assert_cases(
        "number-drift",
        &[
            (
                "The trust expects to open the ward by the end of 2027, a spokesman said.",
                "The trust expects to open the ward by mid-2027, a spokesman said.",
                "mid-2027",
            ),
            (
                "Work on the bridge will start in early 2026, officials said.",
                "Work on the bridge will start in late 2026, officials said.",
                "2026",
            ),
        ],
    );
    assert_clean(
        "number-drift",
        &[(
            "The trust expects to open the ward by the end of 2027, a spokesman said.",
            "The ward should open by late 2027, according to a spokesman for the trust.",
        )],
    );
}

#[test]
fn a_half_year_is_six_months() {
    assert_clean(
        "number-drift",
        &[(
            "The fault was first reported in March, nearly six months before the ban.",
            "The fault was first reported in March, almost a half year before the ban.",
        )],
    );
    assert_cases(
        "number-drift",
        &[(
            "The fault was first reported in March, nearly four months before the ban.",
            "The fault was first reported in March, almost a half year before the ban.",
            "a half year",
        )],
    );
}

#[test]
fn weekdays_spelt_out_as_day_names_are_no_drift() {
    assert_clean(
        "number-drift",
        &[
            (
                "The depot lends out tools on weekdays from 7 a.m.",
                "The depot lends out tools Monday to Friday from 7 a.m.",
            ),
            (
                "The pool shuts at weekends for the repairs.",
                "The pool shuts on Saturday and Sunday for the repairs.",
            ),
        ],
    );
    assert_flagged(
        "number-drift",
        &[(
            "The depot lends out tools on weekdays from 7 a.m.",
            "The depot lends out tools Monday to Thursday from 7 a.m.",
        )],
    );
}

#[test]
fn a_day_written_with_an_ordinal_suffix_is_the_same_date() {
    assert_clean(
        "number-drift",
        &[
            (
                "Next year's race is scheduled for April 13.",
                "Next year's race is planned for April 13th.",
            ),
            (
                "Next year's race is scheduled for April 13.",
                "Next year's race is planned for the 13th of April.",
            ),
        ],
    );
    assert_flagged(
        "number-drift",
        &[(
            "Next year's race is scheduled for April 13.",
            "Next year's race is planned for April 14th.",
        )],
    );
}

#[test]
fn hours_worked_out_across_midnight_are_number_drift_clean() {
    assert_clean(
        "number-drift",
        &[(
            "The bridge was shut to traffic from 9 p.m. on Sunday. It reopened at 7 a.m. on Monday.",
            "The bridge was shut to traffic from 9 p.m. on Sunday. It reopened 10 hours later, at 7 a.m. on Monday.",
        )],
    );
}

#[test]
fn times_of_day_in_words_keep_their_value() {
    assert_cases(
        "number-drift",
        &[
            (
                "The fire alarm sounded at about 4:30 a.m. at the depot.",
                "The fire alarm sounded at around half past four in the morning at the depot.",
                "",
            ),
            (
                "The ferry left the harbour at 6:45 p.m. on Friday.",
                "The ferry left the harbour at a quarter to seven in the evening on Friday.",
                "",
            ),
            (
                "The polls opened at 6:30 a.m. on Thursday.",
                "The polls opened at half past seven on Thursday.",
                "half past seven",
            ),
        ],
    );
}

#[test]
fn a_misspelt_month_is_no_missing_figure() {
    assert_clean(
        "number-drift",
        &[(
            "The store will close for good in September, the company said.",
            "The store will close for good in Septmber, the company said.",
        )],
    );
}

/// A year restated by its decade in words ("1974" → "the mid-seventies",
/// also in a sentence split off) is not lost; a decade it is not in is.
#[test]
fn a_year_told_by_its_decade_is_not_lost() {
    let source =
        "Officials said the pier was built in 1974 and that an inspection in 2021 had found rust.";
    assert_clean(
        "number-drift",
        &[(
            source,
            "The pier dates from the mid seventies. Officials say an inspection in 2021 had found rust.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            source,
            "The pier dates from the early seventies. Officials say an inspection in 2021 had found rust.",
        )],
    );
}

#[test]
fn the_end_of_december_told_as_the_year_end_is_kept() {
    let signed = "Signed in October, the striker had scored 12 goals by";
    assert_clean(
        "number-drift",
        &[
            (
                &format!("{signed} the end of December."),
                &format!("{signed} year-end."),
            ),
            (
                &format!("{signed} December 31."),
                &format!("{signed} the end of the year."),
            ),
        ],
    );
    assert_eq!(
        findings_of(
            "number-drift",
            &format!("{signed} year-end."),
            &format!("{signed} the end of November.")
        )
        .len(),
        1
    );
}

#[test]
fn the_end_of_the_decade_told_as_its_closing_year_is_kept() {
    assert_cases(
        "number-drift",
        &[
            (
                "Prices could fall by another 5% by the end of the decade if rates ease.",
                "Prices could fall by another 5% by 2030 if rates ease.",
                "",
            ),
            (
                "Prices could fall by another 5% by the end of the decade if rates ease.",
                "Prices could fall by another 5% by 2035 if rates ease.",
                "2035",
            ),
        ],
    );
}

#[test]
fn a_count_of_years_told_as_the_stated_year_it_runs_from_is_kept() {
    let source = "Rovers reached the final for the first time in 27 years on Saturday. \
They last reached the final in 1997.";
    let told = |year: &str| {
        format!(
            "Rovers reached the final for the first time since {year} on Saturday. \
They last reached the final in 1997."
        )
    };
    assert_cases(
        "number-drift",
        &[(source, &told("1997"), ""), (source, &told("1987"), "1987")],
    );
}

#[test]
fn a_month_name_ending_a_persons_name_is_no_date() {
    let source = article(
        "\"These are encouraging signals,\" said Professor Leona Marsh, who led the study.",
    );
    let suspect = article(
        "\"These are encouraging signals,\" said Professor Leona March, who led the study.",
    );
    assert_clean("number-drift", &[(&source, &suspect)]);
    assert_eq!(findings_of("entity-drift", &suspect, &source), ["March"]);
}

/// A clock time with its part of the day in words ("4:17 on the afternoon
/// of", "11 at night") is the same time as "4:17 p.m.", "11 p.m."; the
/// other half of the day is still flagged.
#[test]
fn a_part_of_the_day_in_words_is_a_half_of_the_clock() {
    assert_sentences(
        "number-drift",
        &[
            (
                "The clock stopped at 4:17 on the afternoon of Sept. 2, the council said.",
                "The clock stopped at 4:17 p.m. on Sept. 2, the council said.",
            ),
            (
                "The fire was reported at about 11 at night by a neighbour.",
                "A neighbour reported the fire at about 11 p.m.",
            ),
            (
                "The polls close at 10 in the evening on Thursday.",
                "The polls close at 10 p.m. on Thursday.",
            ),
            (
                "The ship docked at 6:45 that morning after a stormy crossing.",
                "The ship docked at 6:45 a.m. after a stormy crossing.",
            ),
        ],
        &[
            (
                "The clock stopped at 4:17 on the afternoon of Sept. 2, the council said.",
                "The clock stopped at 4:17 a.m. on Sept. 2, the council said.",
            ),
            (
                "The polls close at 10 in the evening on Thursday.",
                "The polls close at 10 a.m. on Thursday.",
            ),
        ],
    );
}

/// A count of things in another sentence ("two of its pools") states no
/// length of time ("the past year" → "the past two years"); "early in the
/// year" states no length a figure may restate; and a minute of play may be
/// told from the restart.
#[test]
fn a_length_of_time_is_not_excused_by_a_count_or_a_date() {
    assert_cases(
        "number-drift",
        &[
            (
                "Two of the town's pools are closed. Fourteen lifeguards have left in the past year.",
                "Two of the town's pools are closed. Fourteen lifeguards have left in the past two years.",
                "two years",
            ),
            (
                "Smith, 61, denied the charges. The court heard the case in the past year.",
                "The 61-year-old denied the charges. The court heard the case in the past year.",
                "",
            ),
            (
                "Parents raised concerns about the food early in the year. The district changed caterers after 46 complaints in six weeks.",
                "Parents raised concerns about the food early in the year, and the district switched caterers after 46 complaints in six months.",
                "six months",
            ),
            (
                "Rovers won 2-1. Tulloch was sent off in the 55th minute.",
                "Rovers won 2-1. Ten minutes after the restart, Tulloch was sent off.",
                "",
            ),
        ],
    );
}
