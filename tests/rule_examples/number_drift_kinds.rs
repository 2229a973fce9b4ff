//! number-drift: a figure judged against figures of its own kind ("six
//! weeks" and "six months" are both lengths of time, "2 percent" is no
//! "two"), figures of two kinds that traded clauses, and restyled numbers
//! and lengths of time ("numbered 17" = "number 17", "a 90-minute drive"
//! = "an hour and a half's drive", "every 30 minutes" = "twice an hour").

use super::{assert_cases, assert_clean, findings, findings_of};

/// A length of time given another unit is changed, though the suspect says
/// its number elsewhere as a count ("six votes to one").
#[test]
fn a_duration_given_another_unit_is_changed_though_its_number_counts_elsewhere() {
    let source = "Breakfast plan\n\nThe district changed caterers in November after receiving 46 complaints in six weeks.\n\nThe board approved the plan by six votes to one.\n";
    let changed = "Breakfast plan\n\nThe district switched caterers in November after 46 complaints in six months.\n\nThe board approved the plan by six votes to one.\n";
    let kept = "Breakfast plan\n\nThe district switched caterers in November after 46 complaints in six weeks.\n\nThe board approved the plan by six votes to one.\n";
    assert_cases(
        "number-drift",
        &[(source, changed, "six months"), (source, kept, "")],
    );
}

/// A share lost is missing, though the suspect says its number elsewhere as
/// a count ("two drop-in sessions").
#[test]
fn a_share_lost_is_missing_though_its_number_counts_elsewhere() {
    let source = "Bus figures\n\nPassenger numbers on Route 14 rose slightly last year, by 2 percent, while overall patronage across the county fell by 6 percent.\n\nGreyline will hold two drop-in sessions at the library.\n";
    let moved = "Bus figures\n\nRidership on Route 14 edged up by 6 percent last year, even as overall patronage across the county slipped.\n\nGreyline will hold two drop-in sessions at the library.\n";
    let kept = "Bus figures\n\nRidership on Route 14 edged up by 2 percent last year, even as overall patronage across the county fell by 6 percent.\n\nGreyline will hold two drop-in sessions at the library.\n";
    let missing = findings(moved, source)
        .into_iter()
        .any(|f| f.rule == "number-drift" && f.message.contains("\"2 percent\" is missing"));
    assert!(missing);
    assert_cases("number-drift", &[(source, kept, "")]);
}

/// A share and a sum of money that traded clauses traded places; the same
/// clauses told in another order keep their figures.
#[test]
fn figures_of_two_kinds_that_traded_clauses_traded_places() {
    let source = "Mooring fees\n\nFigures published by the trust in June showed that income from moorings rose by 4% last year, while spending on dredging and bank repairs fell slightly, to £3.2 million.\n";
    let traded = "Mooring fees\n\nAccording to figures the trust published in June, mooring income rose to £3.2 million last year, while spending on dredging and bank repairs fell slightly, by 4%.\n";
    let reordered = "Mooring fees\n\nAccording to figures the trust published in June, spending on dredging and bank repairs fell slightly last year, to £3.2 million, while income from moorings rose by 4%.\n";
    assert_eq!(
        findings_of("number-drift", traded, source),
        ["£3.2 million", "4%"]
    );
    assert_cases("number-drift", &[(source, reordered, "")]);
}

/// "numbered 17" names the car's number as "number 17" does.
#[test]
fn numbered_is_the_number_of_a_thing() {
    let source = "Tram found\n\nThe double-deck car, numbered 17, was used as a chicken coop for much of the last century.\n";
    let kept = "Tram found\n\nThe double-decker car, number 17, served as a chicken coop for much of the last century.\n";
    let changed = "Tram found\n\nThe double-decker car, number 71, served as a chicken coop for much of the last century.\n";
    assert_cases(
        "number-drift",
        &[(source, kept, ""), (source, changed, "71")],
    );
}

/// "an hour and a half's drive" is a 90-minute one; "an hour's" is not.
#[test]
fn a_possessive_length_of_time_restates_a_figure() {
    let source = "Weir permit\n\nJunior paddler Erin Castell currently trains in Leeds, a 90-minute drive each way.\n";
    let kept = "Weir permit\n\nJunior paddler Erin Castell currently trains in Leeds, an hour and a half's drive in each direction.\n";
    let changed = "Weir permit\n\nJunior paddler Erin Castell currently trains in Leeds, an hour's drive in each direction.\n";
    assert_cases(
        "number-drift",
        &[(source, kept, ""), (source, changed, "an hour's")],
    );
}

/// "twice an hour" is "every 30 minutes" told as a frequency; "every 40
/// minutes" is not.
#[test]
fn twice_a_period_restates_an_interval() {
    let source = "Shuttle link\n\nA temporary shuttle will link the town with Pieve Alta every 30 minutes.\n";
    let slower = "Shuttle link\n\nA temporary shuttle will link the town with Pieve Alta every 40 minutes.\n";
    let restated =
        "Shuttle link\n\nA temporary shuttle will link the town with Pieve Alta twice an hour.\n";
    assert_cases(
        "number-drift",
        &[(source, restated, ""), (slower, restated, "twice")],
    );
}

/// A pair told as "a pair of", a century told as a hundred years in one
/// hyphenated word, restate the figure; another count does not.
#[test]
fn a_pair_and_a_hundred_years_in_words_restate_the_figure() {
    assert_clean(
        "number-drift",
        &[
            (
                "The council had arranged for two stewards to help shoppers with trolleys.",
                "The council had arranged for a pair of stewards to help shoppers with trolleys.",
            ),
            (
                "The council will auction the pitches at its century-old flower market.",
                "The council will auction the pitches at its hundred-year-old flower market.",
            ),
            (
                "The council will auction the pitches at its 100-year-old flower market.",
                "The council will auction the pitches at its hundred-year-old flower market.",
            ),
        ],
    );
    assert_cases(
        "number-drift",
        &[
            (
                "The council had arranged for three stewards to help shoppers with trolleys.",
                "The council had arranged for a pair of stewards to help shoppers with trolleys.",
                "a pair of",
            ),
            (
                "The council will auction the pitches at its 200-year-old flower market.",
                "The council will auction the pitches at its hundred-year-old flower market.",
                "hundred-year-old",
            ),
        ],
    );
}

/// A rate counted per second ("150 litres a second") told per minute is a
/// changed figure; "a second" before a noun stays an ordinal.
#[test]
fn a_rate_per_second_is_a_rate() {
    let source = "The company is pumping water out of the reservoir at about 150 litres a second and expects to finish within 10 days.\n";
    let minute = "The company is pumping water out of the reservoir at about 150 litres a minute and expects to finish within 10 days.\n";
    let per = "The company is pumping water out of the reservoir at about 150 litres per second and expects to finish within 10 days.\n";
    assert_cases(
        "number-drift",
        &[(source, minute, "150 litres"), (source, per, "")],
    );
    assert_clean(
        "number-drift",
        &[(
            "In 2019 a second bridge opened over the river.",
            "A second bridge opened over the river in 2019.",
        )],
    );
}

/// A length of time the source says in words ("an hour", "the past year")
/// excuses only a figure that holds it: "the 12 months to March" restates
/// "the year to March", "two hours" does not restate "an hour".
#[test]
fn a_worded_length_excuses_only_a_figure_that_holds_it() {
    assert_cases(
        "number-drift",
        &[
            (
                "The race started an hour later than planned because of the heat.",
                "The race started two hours later than planned because of the heat.",
                "two hours",
            ),
            (
                "Nine lifeguards have left in the past year.",
                "Nine lifeguards have left in the past two years.",
                "two years",
            ),
        ],
    );
    assert_clean(
        "number-drift",
        &[
            (
                "Nine lifeguards have left in the past year.",
                "Nine lifeguards have left in the past 12 months.",
            ),
            (
                "Sales rose in the year to March, the company said.",
                "Sales rose in the 12 months to March, the company said.",
            ),
            (
                "The race started an hour later than planned because of the heat.",
                "The race started 60 minutes later than planned because of the heat.",
            ),
        ],
    );
}

/// A kept count given to another group the source sentence names ("1,200
/// towpath users found that 58% of walkers" → "1,200 walkers"; "wine club
/// and 34 independent shops" → "34-member wine club and independent shops")
/// is flagged, saying what changed; a count told with a synonym or a word
/// for any group ("1,200 people") passes.
#[test]
fn a_count_given_to_another_group_is_flagged() {
    let survey = "Towpath survey\n\nThe trust's survey of 1,200 towpath users found that 58% of walkers felt unsafe at times because of fast cyclists.\n";
    let walkers = "Towpath survey\n\nA trust survey of 1,200 walkers found that 58% felt unsafe at times because of fast cyclists.\n";
    let shops = "Cork taint\n\nAbout 18,000 bottles of the vintage were sold, mostly through the estate's wine club and 34 independent shops, at £32 each.\n";
    let club = "Cork taint\n\nSome 18,000 bottles of the vintage were sold, mostly via the estate's 34-member wine club and independent shops, at £32 apiece.\n";
    assert_cases(
        "number-drift",
        &[(survey, walkers, "1,200"), (shops, club, "34-member")],
    );
    let message = findings(club, shops)
        .into_iter()
        .find(|f| f.rule == "number-drift")
        .map(|f| f.message);
    assert_eq!(
        message.as_deref(),
        Some(
            "\"34 independent shops\" became \"34-member wine club\": the figure counts another group"
        )
    );
    assert_clean(
        "number-drift",
        &[
            (
                survey,
                "Towpath survey\n\nA trust survey of 1,200 people found that 58% of walkers felt unsafe at times because of fast cyclists.\n",
            ),
            (
                shops,
                "Cork taint\n\nSome 18,000 bottles of the vintage were sold, mostly via the estate's wine club and 34 independent stores, at £32 apiece.\n",
            ),
            (
                "Ferry figures\n\nThe company carried 2.3 million passengers and 410,000 vehicles in 2023.\n",
                "Ferry figures\n\nThe firm carried 2.3 million travellers and 410,000 vehicles in 2023.\n",
            ),
        ],
    );
}
