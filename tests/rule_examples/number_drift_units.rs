//! number-drift: units of measure (metres, miles, areas, money, fares, temperatures) and the
//! conversions between them.

use super::*;

#[test]
fn lengths_in_metres_written_with_an_m_restate_metres_in_another_sentence() {
    let source = "In the women's 800 metres, Hale finished fourth after a fall on the last bend. Kiprop won in 1:58.3.";
    assert_cases(
        "number-drift",
        &[
            (
                source,
                "Kiprop won the women's 800m in 1:58.3. Hale fell on the last bend and finished fourth.",
                "",
            ),
            (
                source,
                "Kiprop won the women's 600m in 1:58.3. Hale fell on the last bend and finished fourth.",
                "600m",
            ),
        ],
    );
}

#[test]
fn spaced_m_is_metres_and_breaching_denies_compliance() {
    assert_clean(
        "number-drift",
        &[
            (
                "The tapestry measures 4.2 metres across.",
                "The tapestry measures 4.2 m across.",
            ),
            (
                "Crews rowed the 2,000-metre course.",
                "Crews rowed the 2,000 m course.",
            ),
        ],
    );
    assert_eq!(
        findings_of(
            "number-drift",
            "The club was sold for £2 m.",
            "The club was sold for £2 million."
        ),
        Vec::<String>::new()
    );
    assert!(
        findings_of(
            "polarity-drift",
            "He was convicted of breaching fire-safety notices.",
            "He was convicted of failing to comply with fire-safety notices."
        )
        .is_empty()
    );
}

#[test]
fn pence_written_with_p_are_money() {
    assert_clean(
        "number-drift",
        &[(
            "Dividend raised\n\nThe board proposed a final dividend of 14.2 pence per share, taking the total for the year to 21 pence, up from 19.5 pence a year earlier.",
            "Dividend raised\n\nDirectors recommended a final dividend of 14.2p a share, bringing the full-year payout to 21p, 1.5p more than the 19.5p paid a year before.",
        )],
    );
}

#[test]
fn money_times_a_count_passes() {
    assert_clean(
        "number-drift",
        &[(
            "The operator will add 14 electric trains, built at a cost of £9.5 million each.",
            "The operator will add 14 electric trains at £9.5 million apiece, £133 million in total.",
        )],
    );
}

#[test]
fn conversions_the_suspect_adds_are_checked_against_their_own_figure() {
    assert_cases(
        "number-drift",
        &[
            // A right conversion the source did not give passes, even
            // beside a changed figure.
            (
                "The glacier retreated 64 metres and now lies 1.9 kilometres up the valley.",
                "The glacier retreated 46 metres and now lies 1.9 kilometres (about 1.2 miles) up the valley.",
                "46 metres",
            ),
            (
                "A driver was clocked at 212 km/h where the limit is 100 km/h.",
                "A driver was clocked at 212 km/h (about 132 mph) where the limit is 80 km/h.",
                "80 km/h",
            ),
            // A wrong one is flagged on the conversion.
            (
                "The old record of 42.9C was set in 1947.",
                "The old record of 42.9C (107.2F) was set in 1947.",
                "107.2F",
            ),
            // Both ends of "44-45C" carry the unit.
            (
                "Temperatures would peak at 44C to 45C on Wednesday.",
                "Temperatures would peak on Wednesday at 44-45C.",
                "",
            ),
            // "a quarter-mile" is a quarter of a mile.
            (
                "Visibility dropped below a quarter of a mile for six hours.",
                "For six hours visibility was under a quarter-mile.",
                "",
            ),
        ],
    );
}

#[test]
fn compound_units_and_foreseen_figures_restated_are_clean() {
    assert_clean(
        "number-drift",
        &[
            (
                "The team hoped to build a 1-kilowatt-hour pack for field testing next year.",
                "The team hoped to build a 1 kWh pack for field testing next year.",
            ),
            (
                "The firm had installed a 3,000-cubic-metre storage tank to reduce demand.",
                "The firm said a storage tank holding 3,000 cubic metres had been installed.",
            ),
            (
                "The council wants to close a projected budget gap of £6.3 million, officials said.",
                "The council wants to plug a forecast £6.3m budget shortfall, officials said.",
            ),
            (
                "Her costs will be paid from public funds, estimated by her lawyers at around 610,000 pounds.",
                "Her costs, which her lawyers estimate at roughly £610,000, will be paid from public funds.",
            ),
        ],
    );
    assert_cases(
        "number-drift",
        &[(
            "The firm had installed a 3,000-cubic-metre storage tank to reduce demand.",
            "The firm said a storage tank of 3,000 square metres had been installed.",
            "3,000 square metres",
        )],
    );
}

#[test]
fn a_figure_left_out_with_its_words_is_no_drift_unless_one_of_its_unit_stays() {
    assert_clean(
        "number-drift",
        &[(
            "The ferry, in service since 2009, carries 300 passengers on each crossing.",
            "The ferry carries 300 passengers on each crossing.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            "Sales rose to $4.1 billion, below the $4.3 billion that analysts had expected.",
            "Sales rose to $4.3 billion, below what analysts had expected.",
        )],
    );
}

#[test]
fn a_one_way_fare_is_a_single() {
    assert_clean(
        "number-drift",
        &[
            (
                "A one-way ticket on the new tram line will cost $3, the operator said.",
                "A single on the new tram line will cost $3, the operator said.",
            ),
            (
                "Shares fell 9% on Friday, their worst one-day drop in a year.",
                "Shares fell 9% on Friday, their worst single-day drop in a year.",
            ),
        ],
    );
}

#[test]
fn metres_written_with_an_m_are_the_same_length() {
    assert_clean(
        "number-drift",
        &[(
            "The crews raced over a 1,500-metre stretch of the canal.",
            "The crews raced over a 1,500m stretch of the canal.",
        )],
    );
    assert_cases(
        "number-drift",
        &[(
            "The crews raced over a 1,500-metre stretch of the canal.",
            "The crews raced over a 1,200m stretch of the canal.",
            "1,200m",
        )],
    );
}

#[test]
fn a_bound_in_another_unit_of_time_holds_the_figure() {
    assert_clean(
        "number-drift",
        &[(
            "The plant has not had a recordable accident in the 21 months since the audit.",
            "The plant has not had a recordable accident in almost two years since the audit.",
        )],
    );
}

#[test]
fn a_figure_goes_to_the_source_figure_of_its_own_unit_first() {
    assert_cases(
        "number-drift",
        &[(
            "About 12 lorries were queuing at the border on Sunday, and drivers were told to expect waits of at least 36 hours.",
            "About 36 lorries were queuing at the border on Sunday, and drivers were told to expect waits of a day and a half or more.",
            "36",
        )],
    );
}

/// Figures worked out from the source's: a temperature as another less a
/// difference, and a percentage change between two measured amounts,
/// however small.
#[test]
fn temperature_differences_and_changes_of_measured_amounts_are_worked_out() {
    assert_clean(
        "number-drift",
        &[
            (
                "Temperatures at the station averaged 8.9 degrees Celsius between June and August, 1.6 degrees above the long-term average.",
                "Between June and August, temperatures at the station averaged 8.9C, against a long-term average of 7.3C.",
            ),
            (
                "Redmere had 118 millimetres of rain in a day, more than its October average of 94 mm.",
                "Redmere had 118 millimetres of rain in a day, beating its October average of 94 mm by about a quarter.",
            ),
        ],
    );
}

/// Two numbers that took each other's unit traded places ("five new
/// branches over the next 12 months" → "12 new branches over the next five
/// months").
#[test]
fn numbers_that_traded_units_are_flagged() {
    let source = "The bank will open five new branches over the next 12 months, it said.";
    let suspect = "The bank will open 12 new branches over the next five months, it said.";
    let found = findings_of("number-drift", suspect, source);
    assert_eq!(found, ["12", "five months"], "{found:?}");
}

#[test]
fn number_nautical_miles_convert_to_miles_and_kilometres() {
    assert_sentences(
        "number-drift",
        &[
            (
                "The ship ran aground 12 nautical miles off the coast on Sunday.",
                "The ship ran aground about 14 miles off the coast on Sunday.",
            ),
            (
                "The 54-nautical-mile crossing to the island takes three hours.",
                "The 100km crossing to the island takes three hours.",
            ),
        ],
        &[(
            "The ship ran aground 12 nautical miles off the coast on Sunday.",
            "The ship ran aground about 30 miles off the coast on Sunday.",
        )],
    );
}

#[test]
fn number_sq_ft_is_an_area() {
    assert_sentences(
        "number-drift",
        &[(
            "The project added a new gallery of 320 square metres.",
            "The project added a new 3,400 sq ft gallery.",
        )],
        &[(
            "The project added a new gallery of 320 square metres.",
            "The project added a new 320 sq ft gallery.",
        )],
    );
}
