//! number-drift: lengths of time, frequencies and rates restated in words, bounds or other units
//! keep their figure; changed ones are flagged.

use super::*;

/// A count over a length of time restated per one unit of time is worked
/// out, not new ("1,920 calls in 24 hours" → "about 80 an hour"); a wrong
/// sum is still flagged.
#[test]
fn a_count_over_hours_restated_per_hour() {
    assert_cases(
        "number-drift",
        &[
            (
                "The helpline took 1,920 calls in the 24 hours to midnight.",
                "The helpline took 1,920 calls in the 24 hours to midnight, about 80 an hour.",
                "",
            ),
            (
                "The helpline took 1,920 calls in the 24 hours to midnight.",
                "The helpline took 1,920 calls in the 24 hours to midnight, about 95 an hour.",
                "95",
            ),
        ],
    );
}

#[test]
fn durations_told_in_words_pass_clean() {
    let cases = [
        (
            "Rovers went ahead in the 17th minute.",
            "Rovers went ahead after 17 minutes.",
        ),
        (
            "The plant will run around the clock.",
            "The plant will run 24 hours a day.",
        ),
        (
            "She won in 2 hours, 6 minutes and 41 seconds.",
            "She won in 2:06:41.",
        ),
        (
            "Job cuts will follow over the next 18 months.",
            "Job cuts will follow over the next year and a half.",
        ),
    ];
    assert_clean("number-drift", &cases);
    assert_eq!(
        findings_of(
            "number-drift",
            "Rovers went ahead after 19 minutes.",
            "Rovers went ahead in the 17th minute."
        ),
        ["19 minutes"]
    );
}

#[test]
fn abbreviated_durations_and_a_lone_one_are_no_new_figures() {
    assert_clean(
        "number-drift",
        &[
            (
                "The median wait rose by 22 minutes from January to 2 hours 47 minutes.",
                "The median wait went up by 22 minutes from January, to 2 hr 47 min.",
            ),
            (
                "Local resident Anneke Brauer, 67, said an ambulance took 65 minutes to arrive.",
                "One resident, Anneke Brauer, 67, said an ambulance took 65 minutes to arrive.",
            ),
        ],
    );
    // "one" counted against others is a figure.
    assert_flagged(
        "number-drift",
        &[(
            "The bank will keep rates on hold for two more months.",
            "The bank will keep rates on hold for one more month.",
        )],
    );
}

#[test]
fn a_length_of_time_in_words_stated_as_a_bound_holds_the_figure() {
    let source = "Harbour City won the cup for the first time in 22 years on Saturday.";
    assert_clean(
        "number-drift",
        &[(
            source,
            "Harbour City won the cup for the first time in more than two decades on Saturday.",
        )],
    );
    assert_cases(
        "number-drift",
        &[(
            source,
            "Harbour City won the cup for the first time in less than two decades on Saturday.",
            "two decades",
        )],
    );
}

#[test]
fn a_frequency_restated_keeps_its_figure() {
    assert_clean(
        "number-drift",
        &[
            (
                "Buses on the new route will run every 15 minutes, the operator said.",
                "Buses on the new route will run four times an hour, the operator said.",
            ),
            (
                "The pool is open from 7 a.m. to 9 p.m. every day, the council said.",
                "The pool is open from 7am to 9pm seven days a week, the council said.",
            ),
            (
                "The council said the land could be sold only once, raising about £8 million.",
                "The council said the land could be sold only as a one-off, raising about £8 million.",
            ),
        ],
    );
    assert_flagged(
        "number-drift",
        &[(
            "Buses on the new route will run every 15 minutes, the operator said.",
            "Buses on the new route will run five times an hour, the operator said.",
        )],
    );
}

#[test]
fn a_scale_joined_to_its_rate_keeps_the_figure() {
    assert_clean(
        "number-drift",
        &[(
            "The firm cleans the stations under a deal worth $4.6 million a year.",
            "The firm cleans the stations on a $4.6 million-a-year deal.",
        )],
    );
}

#[test]
fn a_period_counted_from_now_moved_is_number_drift() {
    assert_cases(
        "number-drift",
        &[
            (
                "The museum expects the new wing to open late next year, the director said.",
                "The museum expects the new wing to open late this year, the director said.",
                "this year",
            ),
            (
                "Sales at the bakery rose sharply last month, the owner said.",
                "Sales at the bakery rose sharply over the past month, the owner said.",
                "",
            ),
            (
                "The club hopes to sign two new forwards before the coming season.",
                "The club hopes to sign two new forwards before this season.",
                "",
            ),
        ],
    );
}

#[test]
fn a_bound_on_the_gap_between_two_durations_is_worked_out() {
    // "38.5 minutes, against a goal of 30" → "more than eight minutes over".
    assert_cases(
        "number-drift",
        &[
            (
                "The average journey took 38.5 minutes, against a goal of 30 minutes.",
                "The average journey took 38.5 minutes, more than eight minutes over the 30-minute goal.",
                "",
            ),
            (
                "The average journey took 38.5 minutes, against a goal of 30 minutes.",
                "The average journey took 38.5 minutes, more than twelve minutes over the 30-minute goal.",
                "twelve minutes",
            ),
        ],
    );
}

/// A length of time the source sentence puts in words excuses one the
/// suspect puts in figures, but not a figure changed from a length of time
/// in the same unit that the source gives in figures.
#[test]
fn a_worded_duration_excuses_no_changed_duration() {
    assert_cases(
        "number-drift",
        &[
            (
                "Waiting times fell to 17 days, down from 23 days a year earlier, the board said.",
                "Waiting times fell to 17 days, down from 32 days a year earlier, the board said.",
                "32 days",
            ),
            (
                "Rents rose 9.4% in the year to June, the fastest rise in at least ten years.",
                "Rents climbed 9.4% in the 12 months to June, their fastest rise in at least a decade.",
                "",
            ),
        ],
    );
}

/// A length of time in words may be told by a left-out source sentence
/// merged into the suspect's; weeks may be months at four a month over a few
/// months; a rate may be glossed per another period beside it.
#[test]
fn durations_and_rates_restated_are_not_new_figures() {
    assert_clean(
        "number-drift",
        &[
            (
                "The ferry firm cancelled half its sailings after the storm. It said the harbour would stay shut for at least a week. Passengers were offered refunds.",
                "The ferry firm cancelled half its sailings after the storm and said the harbour would remain closed for a minimum of seven days. Passengers were offered refunds.",
            ),
            (
                "The pilot scheme will run for eight weeks from May, the council said.",
                "The pilot scheme will run for two months from May, the council said.",
            ),
        ],
    );
    assert_cases(
        "number-drift",
        &[
            (
                "The pilot scheme will run for ten weeks from May, the council said.",
                "The pilot scheme will run for two months from May, the council said.",
                "two months",
            ),
            (
                "The change will add about $84 to the annual bill for a typical home valued at $250,000, officials said.",
                "The change will add about $84 a year, or $7 a month, to the bill for a typical home valued at $520,000, officials said.",
                "$520,000",
            ),
        ],
    );
}

#[test]
fn a_length_of_time_told_past_its_adjectives_is_restyled() {
    assert_sentences(
        "number-drift",
        &[(
            "Flooding is unlikely because soils were relatively dry after a cold, settled fortnight.",
            "Flooding is unlikely as soils were fairly dry following two cold, settled weeks.",
        )],
        &[],
    );
}

#[test]
fn a_length_of_time_told_in_words_must_hold_the_figure() {
    assert_cases(
        "number-drift",
        &[
            (
                "Ndiaye broke the course record by 41 seconds on Sunday.",
                "Ndiaye broke the course record by nearly a minute on Sunday.",
                "nearly a minute",
            ),
            (
                "The thieves fled in under 90 seconds, police said.",
                "The thieves fled in under a minute, police said.",
                "under a minute",
            ),
            // A duration the source sentence states too restates nothing.
            (
                "More cases are expected in the coming weeks, as symptoms can take up to 21 days to appear.",
                "More cases are expected in the coming weeks, as symptoms can take up to 12 days to appear.",
                "12 days",
            ),
            // Held within the hedge, or the same length in words.
            (
                "The talks lasted 90 minutes on Monday.",
                "The talks lasted an hour and a half on Monday.",
                "",
            ),
            (
                "The delay was 30 minutes in all.",
                "The delay was half an hour in all.",
                "",
            ),
            (
                "The thieves fled in 50 seconds, police said.",
                "The thieves fled in under a minute, police said.",
                "",
            ),
            (
                "About 1,800 patients had waited more than 52 weeks for surgery.",
                "Some 1,800 patients had been waiting over a year for surgery.",
                "",
            ),
            // A share of a unit states no length of its own.
            (
                "Trains will run every 15 minutes from May.",
                "Trains will run every quarter of an hour from May.",
                "",
            ),
        ],
    );
}

/// A rate of time followed by "from" and a place or a start is still a rate
/// ("1.1 million litres of water a day from the local aquifer"); only "a
/// year from now" is a time.
#[test]
fn a_rate_followed_by_from_keeps_its_period() {
    assert_cases(
        "number-drift",
        &[
            (
                "The plant could draw up to 1.1 million litres of water a day from the local aquifer.",
                "The factory will draw as much as 1.1 million litres a week from the local aquifer.",
                "1.1 million litres",
            ),
            (
                "Parking will cost £94 a year from January.",
                "Parking will cost £94 a month from January.",
                "£94",
            ),
            (
                "Parking will cost £94 a year from January.",
                "From January, parking will cost £94 a year.",
                "",
            ),
        ],
    );
}

/// A total over a length of time made a rate of time ("$3 million over five
/// years" → "$3 million a year for five years") is flagged; a span of one
/// period ("80mm over 24 hours" → "80mm a day") and a span still given
/// ("$540 over half a year") are not.
#[test]
fn a_total_over_a_span_made_a_rate_is_flagged() {
    assert_cases(
        "number-drift",
        &[
            (
                "A donor pledged $3 million over five years toward salaries.",
                "A donor pledged $3 million a year for five years toward salaries.",
                "$3 million",
            ),
            (
                "The thieves spent roughly nine hours over two days in the warehouse.",
                "The thieves spent about nine hours a day over two days in the warehouse.",
                "nine hours",
            ),
            (
                "The storm dropped 80mm over 24 hours.",
                "The storm dropped 80mm a day.",
                "",
            ),
            (
                "Vireo received nine fines totalling $540 over six months.",
                "Vireo got nine fines adding up to $540 over half a year.",
                "",
            ),
        ],
    );
}
