//! number-drift: levels and the changes that reach them, caps, multiples and doublings told in
//! other words.

use super::*;

#[test]
fn the_start_of_a_doubling_is_worked_out() {
    assert_clean(
        "number-drift",
        &[(
            "The library doubled the number of study desks to 36 this spring.",
            "The library doubled the number of study desks from 18 to 36 this spring.",
        )],
    );
}

#[test]
fn a_level_told_as_the_size_of_a_change_is_number_drift() {
    assert_cases(
        "number-drift",
        &[
            (
                "Ticket income at the zoo rose 12% to £4.5 million in the spring, the trust said.",
                "Ticket income at the zoo rose by £4.5 million, or 12%, in the spring, the trust said.",
                "£4.5 million",
            ),
            (
                "Parking fines collected by the town reached $820,000, up from $610,000 a year earlier.",
                "Parking fines collected by the town reached $820,000, up $610,000 on a year earlier.",
                "$610,000",
            ),
            (
                "Ticket income at the zoo rose 12% to £4.5 million in the spring, the trust said.",
                "Ticket income at the zoo climbed to £4.5 million in the spring, up 12%, the trust said.",
                "",
            ),
            (
                "The board expects costs to rise by up to 8% next year.",
                "The board expects costs to rise by 8% next year.",
                "",
            ),
        ],
    );
}

#[test]
fn a_cap_on_rises_is_no_level_reached() {
    assert_clean(
        "number-drift",
        &[(
            "Under the new law, rents may rise by up to 4% a year.",
            "Under the new law, yearly rent increases are limited to 4%.",
        )],
    );
}

#[test]
fn the_level_a_multiple_reaches_is_worked_out() {
    // "a fund of 2,500 dollars … to be doubled" → "doubled to 5,000 dollars".
    assert_cases(
        "number-drift",
        &[
            (
                "The union asked for the hardship fund of 2,500 dollars per family to be doubled.",
                "The union asked for the 2,500-dollar hardship fund per family to be doubled to 5,000 dollars.",
                "",
            ),
            (
                "The union asked for the hardship fund of 2,500 dollars per family to be doubled.",
                "The union asked for the 2,500-dollar hardship fund per family to be doubled to 6,000 dollars.",
                "6,000 dollars",
            ),
        ],
    );
}

/// A multiple stated by a verb that changed ("doubled" → "tripled") is a
/// changed figure; one turned from a rise into a fall is polarity's, and
/// two multiples reordered keep their figures.
#[test]
fn a_multiplying_verb_changed_is_flagged() {
    assert_cases(
        "number-drift",
        &[
            (
                "The library doubled its reading space last year, the council said.",
                "The library tripled its reading space last year, the council said.",
                "tripled",
            ),
            (
                "Fares have more than doubled since 2015, campaigners said.",
                "Fares have nearly quadrupled since 2015, campaigners said.",
                "quadrupled",
            ),
            (
                "The library doubled its reading space last year, the council said.",
                "The library halved its reading space last year, the council said.",
                "",
            ),
            (
                "Last year sales doubled and profits trebled, the firm said.",
                "Last year profits trebled and sales doubled, the firm said.",
                "",
            ),
        ],
    );
}

#[test]
fn number_a_multiple_stated_as_a_bound_holds_the_ratio_past_it() {
    assert_sentences(
        "number-drift",
        &[(
            "Ambulance crews took 214 calls on Sunday, up from 96 a week earlier.",
            "Ambulance crews took 214 calls on Sunday, more than double the 96 of a week earlier.",
        )],
        &[(
            "Ambulance crews took 180 calls on Sunday, up from 96 a week earlier.",
            "Ambulance crews took 180 calls on Sunday, more than double the 96 of a week earlier.",
        )],
    );
}

#[test]
fn number_the_date_of_a_level_replaced_by_the_change_goes_with_it() {
    assert_sentences(
        "number-drift",
        &[(
            "The waiting list fell to 61,200 in February, from 63,900 in January.",
            "The waiting list fell by 2,700 to 61,200 in February.",
        )],
        &[(
            "The waiting list fell to 61,200 in February, from 63,900 in January.",
            "The waiting list fell by 2,700 from 63,900 to 61,200 in February.",
        )],
    );
}

#[test]
fn a_run_a_multiple_or_a_year_retold_in_other_words_is_kept() {
    assert_cases(
        "number-drift",
        &[
            // An ordinal in a run told as a count in a row, and back.
            (
                "It was the 14th consecutive month in which the depot missed its target.",
                "The depot has now missed its target for 14 months in a row.",
                "",
            ),
            (
                "The depot has missed its target for 14 straight months.",
                "It was the 14th successive month in which the depot missed its target.",
                "",
            ),
            (
                "It was the 14th consecutive month in which the depot missed its target.",
                "The depot has now missed its target for 15 months in a row.",
                "15 months",
            ),
            // A multiple in "-fold" is the multiple in a verb.
            (
                "The council wants to raise recycling capacity roughly fourfold by 2030.",
                "The council aims to roughly quadruple recycling capacity by 2030.",
                "",
            ),
            (
                "The council wants to raise recycling capacity roughly fourfold by 2030.",
                "The council aims to roughly triple recycling capacity by 2030.",
                "triple",
            ),
            // A year told from the story's own.
            (
                "Ostland lost 212 orchards in 2023, leaving about 900 in the region.",
                "The region lost 212 orchards last year, leaving about 900 in Ostland.",
                "",
            ),
        ],
    );
}
