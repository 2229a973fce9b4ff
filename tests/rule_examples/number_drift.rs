//! number-drift examples: each test is a table of source/suspect cases and what the rule must flag or pass.

use super::*;

#[test]
fn changed_placings_and_ranks_in_words_are_number_drift() {
    assert_cases(
        "number-drift",
        &[
            (
                "Okafor won the sprint. She finished second at the national trials in June.",
                "Okafor won the sprint. She was third at the national trials in June.",
                "third",
            ),
            (
                "The club had never gone beyond the second round of the cup before this year.",
                "The club had never got past the first round of the cup before this year.",
                "first",
            ),
            // A rank stated again in another sentence still counts as changed here.
            (
                "The club had never gone beyond the second round. It lost the second leg 2-0.",
                "The club had never got past the first round. It lost the second leg 2-0.",
                "first",
            ),
            // An adverb between the placing word and the rank.
            (
                "Her crew had finished only fifth at last year's regatta in Turin.",
                "Her crew had completed just third at last year's regatta in Turin.",
                "third",
            ),
            // Restyled, not changed.
            (
                "Her crew had finished only fifth at last year's regatta in Turin.",
                "Last year in Turin her crew came just fifth.",
                "",
            ),
            (
                "Okafor won the sprint. Lindqvist finished second in the final.",
                "Okafor won the sprint. Lindqvist was runner-up in the final.",
                "",
            ),
            (
                "Lindqvist finished 2nd and Moreau third in the final on Sunday.",
                "Lindqvist was second in the final on Sunday, with Moreau third.",
                "",
            ),
            (
                "Ruiz finished second in 2:06:10, with Moreau third in 2:07:02.",
                "Ruiz clocked 2:06:10 and Moreau was third in 2:07:02.",
                "",
            ),
        ],
    );
}

#[test]
fn a_figure_changed_in_one_half_of_a_split_sentence_is_not_also_missing() {
    let source = "Recount confirms Hallam as Calder Falls mayor by 214 votes\n\nCALDER FALLS, Oregon, Nov 21 (Wire) - A hand recount of the Calder Falls mayoral election has confirmed Democrat Lena Hallam as the winner, county officials said on Tuesday, though her margin over Republican Victor Szabo narrowed from 262 votes to 214.\n\nThe recount, requested by Szabo's campaign after the Nov 5 vote, took nine days and involved 46 election workers checking 38,912 paper ballots by hand. It cost the county about $87,000, of which the Szabo campaign paid a $15,000 deposit under state law.\n";
    let suspect = "Calder Falls recount upholds Hallam victory as margin is trimmed to 214 votes\n\nCALDER FALLS, Oregon, Nov 21 (Wire) - Democrat Lena Hallam has been confirmed as the winner of the Calder Falls mayoral election after a hand recount, although her lead over Republican Victor Szabo shrank from 262 votes to 214, county officials announced on Tuesday.\n\nSzabo's campaign demanded the recount following the Nov 5 vote. Over eleven days, 46 election workers went through 38,912 paper ballots by hand, at a cost to the county of $87,000, with the Szabo campaign covering a $15,000 deposit as state law requires.\n";
    assert_eq!(
        findings_of("number-drift", suspect, source),
        ["eleven days"]
    );
}

#[test]
fn damage_in_a_repeated_sentence_is_reported_once() {
    let source = "Larchmont said it would invest £25 million over three years in its stores.\n\nThe sale is expected to close in June.";
    let suspect = "Larchmont said it would invest £25 million over two years in its stores.\n\nThe sale is expected to close in June.\n\nLarchmont said it would invest £25 million over two years in its stores.";
    assert_eq!(findings_of("number-drift", suspect, source), ["two years"]);
    assert_eq!(findings_of("duplicate-sentence", suspect, source).len(), 1);
}

#[test]
fn a_repeated_figure_is_matched_where_the_source_has_it() {
    let source =
        "The union said 78 percent of its members backed a strike, on a turnout of 64 percent.";
    let suspect =
        "The union said 64 percent of its members backed a strike, on a turnout of 64 percent.";
    let starts: Vec<usize> = findings(suspect, source)
        .into_iter()
        .filter(|f| f.rule == "number-drift")
        .map(|f| f.start)
        .collect();
    assert_eq!(starts, [suspect.find("64").unwrap()]);
}

/// A dropped figure is shown where its rewording stands, when the word diff
/// pairs one with it.
#[test]
fn missing_figures_point_at_their_rewording() {
    let source = "The storm damaged 1,140 homes and cut power to 50,000 people.";
    let suspect = "The storm damaged many homes and cut power to 50,000 people.";
    assert_eq!(findings_of("number-drift", suspect, source), ["many"]);
}

/// A figure softened into a vague amount that covers it ("hundreds of" for
/// 640, "several" for 19) is no figure lost; a plural scale that does not
/// cover it is.
#[test]
fn figures_softened_into_vague_amounts() {
    assert_clean(
        "number-drift",
        &[
            (
                "Flooding forced 640 families from their homes in Marlow.",
                "Flooding forced hundreds of families from their homes in Marlow.",
            ),
            (
                "The ferry sat at the quay for 19 hours before it sailed.",
                "The ferry sat at the quay for several hours before it sailed.",
            ),
        ],
    );
    let source = "Flooding forced 64 families from their homes in Marlow.";
    let suspect = "Flooding forced thousands of families from their homes in Marlow.";
    assert_eq!(findings_of("number-drift", suspect, source), ["thousands"]);
}

/// A figure said with a fraction ("two and a quarter million") is rounded to
/// that fraction, hedged or not; beyond half a step it is a changed figure.
#[test]
fn spoken_fractions_round_the_figure() {
    assert_clean(
        "number-drift",
        &[
            (
                "The trust has been given $2.23 million for the new ward.",
                "The trust has been given two and a quarter million dollars for the new ward.",
            ),
            (
                "The scheme is $5.4 million short of its goal.",
                "The scheme is nearly five and a half million dollars short of its goal.",
            ),
        ],
    );
    let source = "The trust has been given $2.4 million for the new ward.";
    let suspect = "The trust has been given two and a quarter million dollars for the new ward.";
    assert_eq!(
        findings_of("number-drift", suspect, source),
        ["two and a quarter million dollars"]
    );
}

/// "After half-time" and "into the second half" name the same part of a
/// match; "halfway" is the half of a course.
#[test]
fn halves_of_a_match_or_course() {
    assert_clean(
        "number-drift",
        &[
            (
                "Okafor scored again four minutes after half-time to settle the tie.",
                "Okafor scored again four minutes into the second half to settle the tie.",
            ),
            (
                "She dropped out just after the halfway point with a hamstring injury.",
                "She dropped out just after half of the course with a hamstring injury.",
            ),
            // A half that is a part of a place, not a share.
            (
                "Dry weather stunted crops across the western half of the state, officials said.",
                "Dry weather stunted crops across western Dakota, officials said.",
            ),
        ],
    );
    let source = "Okafor scored again four minutes after the restart to settle the tie.";
    let suspect = "Okafor scored again four minutes into the second half to settle the tie.";
    assert_eq!(findings_of("number-drift", suspect, source), ["second"]);
}

/// "After 23 minutes" restates "the 23rd minute" and uses it up, so a later
/// "his second" is not taken for a changed "23rd".
#[test]
fn minute_of_play_after_minutes_is_used() {
    let source = "Ivanov struck in the 23rd minute and again on 58 minutes.";
    let suspect = "Ivanov struck after 23 minutes and got his second on 58 minutes.";
    let messages: Vec<String> = findings(suspect, source)
        .into_iter()
        .filter(|f| f.rule == "number-drift")
        .map(|f| f.message)
        .collect();
    assert_eq!(messages, ["\"second\" is not in the source"]);
    let suspect = "Ivanov struck after 28 minutes and got his second on 58 minutes.";
    assert_eq!(
        findings_of("number-drift", suspect, source),
        ["28 minutes", "second"]
    );
}

/// "Doubled the lead" tells a second goal in words.
#[test]
fn second_goal_told_as_doubled_lead() {
    assert_clean(
        "number-drift",
        &[(
            "Lindqvist doubled the lead with a volley just before the interval.",
            "Lindqvist scored her second with a volley just before the interval.",
        )],
    );
    let source = "Lindqvist extended the lead with a volley just before the interval.";
    let suspect = "Lindqvist scored her second with a volley just before the interval.";
    assert_eq!(findings_of("number-drift", suspect, source), ["second"]);
}

/// Two figures that traded places are both flagged.
#[test]
fn number_swaps() {
    let source = "The storm damaged 1,140 properties and forced 2,300 people from their homes.";
    let suspect = "The storm damaged 2,300 properties and forced 1,140 people from their homes.";
    assert_eq!(
        findings_of("number-drift", suspect, source),
        ["2,300", "1,140"]
    );
    let source = "Fines blocked about 6,800 accounts last year. The union represents about 430 staff at the libraries.";
    let suspect = "Fines blocked about 430 accounts last year. The union represents about 6,800 staff at the libraries.";
    assert_eq!(
        findings_of("number-drift", suspect, source),
        ["430", "6,800"]
    );
    let source =
        "Researchers took 412 cores from 38 meadows between 2019 and 2023, the study said.";
    let suspect = "From 2019 to 2023, researchers took 412 cores from 38 meadows, the study said.";
    assert!(findings_of("number-drift", suspect, source).is_empty());
    let source = "Output will fall by £9.3 million to £41 million next year, the council said.";
    let suspect = "Output will fall by £41 million to £9.3 million next year, the council said.";
    assert_eq!(
        findings_of("number-drift", suspect, source),
        ["£41 million", "£9.3 million"]
    );
}

/// A percentage restated as "one in N" is the same share (5% is one in 20,
/// 0.5% one in 200); a share that does not work out is still flagged.
#[test]
fn a_share_restated_as_one_in_n_passes() {
    assert_clean(
        "number-drift",
        &[
            (
                "The insurer will cut 600 jobs, or 5% of its staff, by March.",
                "The insurer will cut 600 jobs, roughly one in 20 of its staff, by March.",
            ),
            (
                "Officials said 940 ballots, about 0.5% of those cast, were spoiled.",
                "Officials said 940 ballots, about one in 200 of those cast, were spoiled.",
            ),
        ],
    );
    assert_flagged(
        "number-drift",
        &[(
            "The insurer will cut 600 jobs, or 8% of its staff, by March.",
            "The insurer will cut 600 jobs, roughly one in 20 of its staff, by March.",
        )],
    );
}

/// A small count the source says twice and the suspect once is one count
/// lost: a figure of its unit that the source states elsewhere stands for it
/// ("the two upper decks" → "the three upper decks"), though it is not
/// reported missing on its own.
#[test]
fn a_repeated_count_said_fewer_times_can_be_the_changed_one() {
    let source =
        "Engineers found rust on the two upper decks. The garage has three exits and two lifts.";
    let suspect =
        "Engineers found rust on the three upper decks. The garage has three exits and two lifts.";
    assert_eq!(findings_of("number-drift", suspect, source), ["three"]);
    assert_clean(
        "number-drift",
        &[(
            "The council runs two depots. It will close the two depots in May.",
            "The council runs two depots. It will close them in May.",
        )],
    );
}

/// An ordinal compound the source reads as no figure ("a rise in
/// fourth-quarter profit") is the same words in the suspect ("its
/// fourth-quarter profit"), not a new figure.
#[test]
fn an_ordinal_compound_kept_whole_is_no_new_figure() {
    assert_clean(
        "number-drift",
        &[(
            "Delmar Foods reported a 12% rise in third-quarter profit on Monday.",
            "Delmar Foods said on Monday its third-quarter profit rose 12%.",
        )],
    );
}

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

/// "Almost" or "nearly" a fraction holds a share just below it ("almost a
/// third" for 31%), not one above it nor one far below ("nearly half" for 41%).
#[test]
fn almost_a_fraction_holds_a_share_just_below_it() {
    assert_cases(
        "number-drift",
        &[
            (
                "Patients filled 31% of the hospital's 220 beds on Monday.",
                "Patients filled almost a third of the hospital's 220 beds on Monday.",
                "",
            ),
            (
                "Patients filled 36% of the hospital's 220 beds on Monday.",
                "Patients filled almost a third of the hospital's 220 beds on Monday.",
                "a third",
            ),
            (
                "Growers said 46% of the crop was lost to the frost.",
                "Growers said nearly half of the crop was lost to the frost.",
                "",
            ),
            (
                "Growers said 41% of the crop was lost to the frost.",
                "Growers said nearly half of the crop was lost to the frost.",
                "half",
            ),
        ],
    );
}

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

/// Figures restyled in words pass; a changed currency or unit does not.
#[test]
fn number_restyling_and_changed_units() {
    assert_cases(
        "number-drift",
        &[
            (
                "The striker scored in the 95th minute on Sunday.",
                "The striker scored in the ninety-fifth minute on Sunday.",
                "",
            ),
            (
                "Regulators cleared the 2.4 billion-dollar merger on Friday.",
                "Regulators cleared the $2.4 billion merger on Friday.",
                "",
            ),
            (
                "Regulators cleared the 2.4 billion-dollar merger on Friday.",
                "Regulators cleared the $4.2 billion merger on Friday.",
                "$4.2 billion",
            ),
            (
                "The chain employs 6,940 people in 212 shops, the company said.",
                "The chain employs nearly 7,000 people in 212 shops, the company said.",
                "",
            ),
            (
                "Turnout reached 95.7% in the second round, the commission said.",
                "Turnout reached 96% in the second round, the commission said.",
                "",
            ),
            (
                "The chain employs 6,940 people in 212 shops, the company said.",
                "The chain employs 7,000 people in 212 shops, the company said.",
                "7,000",
            ),
            (
                "The levy raised 4 million euros in its first year, the court said.",
                "The levy raised €4m in its first 12 months, the court said.",
                "",
            ),
            (
                "Construction will begin in the first half of 2025, the airport said.",
                "Work will start in the first six months of 2025, the airport said.",
                "",
            ),
            (
                "The region had only 4.2 millimetres of rain in June.",
                "The region had only 4.2 centimetres of rain in June.",
                "4.2 centimetres",
            ),
            (
                "Power costs 7 cents per kilowatt-hour, the firm said.",
                "Power costs 7 cents per megawatt-hour, the firm said.",
                "7 cents",
            ),
            (
                "The completion rate was about 87 percent, down from 94 percent.",
                "The completion rate was about 87%, down from 94%.",
                "",
            ),
            (
                "The race raised 1.3 million euros for charities, a third more than in 2023.",
                "The race raised €1.3m for charities, about 33% more than in 2023.",
                "",
            ),
            (
                "The list grew to 6,720 households, a rise of a fifth since 2021.",
                "The list grew to 6,720 households, a rise of 20% since 2021.",
                "",
            ),
            (
                "The club won a third title in a row on Sunday.",
                "The club won a 3rd title in a row on Sunday.",
                "",
            ),
            (
                "The airline ordered 24 new jets on Monday.",
                "The airline ordered two dozen new jets on Monday.",
                "",
            ),
            (
                "Leaks affect one in eight kilometres of its network.",
                "Leaks affect an eighth of its network.",
                "",
            ),
            (
                "The plant serves a city of 250,000 people.",
                "The plant serves a city of a quarter of a million people.",
                "",
            ),
            (
                "The plant serves a city of 250,000 people.",
                "The plant serves a city of a quarter of a billion people.",
                "a quarter of a billion",
            ),
            (
                "Trains will run at up to 320 km/h on the line.",
                "Trains will run at up to about 200 mph on the line.",
                "",
            ),
            (
                "The plant will use 40 million litres of water a day.",
                "The plant will use 40,000 cubic metres of water a day.",
                "",
            ),
            (
                "Members would lose about £1,200 a year, the union said on Monday.",
                "Members would lose roughly £1,200 annually, the union said on Monday.",
                "",
            ),
            (
                "Designers will be barred from using fur, organisers said on Tuesday.",
                "Designers will be barred from using fur, organisers said overnight.",
                "",
            ),
            (
                "Kipkemboi won the race on Sunday in 2 hours 4 minutes 51 seconds, a record.",
                "Kipkemboi won Sunday's race in 2:04:51, a record.",
                "",
            ),
            (
                "Three members favoured a cut of a quarter of a percentage point, minutes showed.",
                "Three members favoured a quarter-point cut, minutes showed.",
                "",
            ),
            (
                "Twenty-two companies won contracts, out of 58 that submitted bids.",
                "Of the 58 companies that bid, 22 won contracts.",
                "",
            ),
            (
                "The rules take effect on July 1 and apply to 14 of the 24 parishes.",
                "Applying to 14 of the 24 parishes, the rules take effect on 1 July.",
                "",
            ),
            (
                "Buses will add roughly 45 minutes and cost 3.12 pounds, the operator said.",
                "Buses will add about three-quarters of an hour and cost 312p, the operator said.",
                "",
            ),
            (
                "It sells a $40-a-month plan, and a drop of more than 25% is feared.",
                "It sells a plan costing $40 a month, and a drop of more than a quarter is feared.",
                "",
            ),
            (
                "She won the match in 78 minutes and 1.5 GW of turbines were sold.",
                "She won the match in an hour and 18 minutes and 1.5GW of turbines were sold.",
                "",
            ),
            (
                "The plant employs 380 people, half of them in skilled technical jobs.",
                "The plant employs 380 people, with around half in skilled technical jobs.",
                "",
            ),
            (
                "The committee voted 8-1 to hold rates on Thursday, minutes showed.",
                "The committee voted 7-2 to hold rates on Thursday, minutes showed.",
                "7-2",
            ),
            (
                "Designers will be barred from using fur, organisers said on Tuesday.",
                "Designers will be barred from using fur, organisers said on Monday.",
                "Monday",
            ),
            (
                "The route has now had its third landslide since 2019, the operator said.",
                "The route has now suffered three landslides since 2019, the operator said.",
                "",
            ),
            (
                "She finished third in the final, her coach said.",
                "She finished second in the final, her coach said.",
                "second",
            ),
            (
                "Members would lose about £1,200 a year, the union said on Monday.",
                "Members would lose about £1,200 a month, the union said on Monday.",
                "£1,200",
            ),
            (
                "The bank cut rates by 150 basis points on Thursday, it said.",
                "The bank cut rates by 1.5 percentage points on Thursday, it said.",
                "",
            ),
            (
                "The levy was 18 cents per cubic metre of water, the court said.",
                "The levy was 18 cents per litre of water, the court said.",
                "18 cents",
            ),
            (
                "The rocket lifted off at 06:14 local time and the bridge shut at 7:40 a.m.",
                "The rocket lifted off at 6:14am local time and the bridge shut at 7.40 a.m.",
                "",
            ),
            (
                "The bridge fell at 7:40 a.m. on Monday, the inquiry found.",
                "The bridge fell at 7.45 a.m. on Monday, the inquiry found.",
                "7.45 a.m",
            ),
            (
                "It will cover a 92,000-square-metre site near the port, the firm said.",
                "It will cover 92,000 square metres near the port, the firm said.",
                "",
            ),
            (
                "He will wear the number 9 shirt, the club said on Friday.",
                "He will wear the No. 9 shirt, the club said on Friday.",
                "",
            ),
            (
                "Tree cover could lower street temperatures by 1.5 to 2 degrees Celsius.",
                "Tree cover could bring street temperatures down by 1.5-2°C.",
                "",
            ),
            (
                "Scientists surveyed the reefs between 18 February and 7 March, the agency said.",
                "Scientists surveyed the reefs from Feb. 18 to March 7, the agency said.",
                "",
            ),
            (
                "Designers who break the rules could be dropped for one season, organisers said.",
                "Designers who break the rules could be dropped for a season, organisers said.",
                "",
            ),
            (
                "Designers who break the rules could be dropped for one season, organisers said.",
                "Designers who break the rules could be dropped for two seasons, organisers said.",
                "two",
            ),
            (
                "The rule takes effect on January 1 and affects a fifth of the fleet.",
                "Taking effect on Jan. 1, the rule affects 20% of the fleet.",
                "",
            ),
            (
                "Fees rose 9.5% in the 12 months to December, three times the inflation rate.",
                "Fees rose 9.5% in the year to December, triple the inflation rate.",
                "",
            ),
            (
                "LONDON, 12 March - Households can claim up to £9,000 from 1 April, the government said.",
                "LONDON - Households can claim up to £9,000, or about $11,400, from April 1, the government said.",
                "",
            ),
            (
                "The robots, 1.2 metres tall, carry up to 80kg and cover 348,000 square kilometres.",
                "The robots, 4 feet tall, carry up to 176 pounds and cover 134,000 square miles.",
                "",
            ),
            (
                "The government might commit 1.2 billion Australian dollars to the reef by 2030.",
                "The government might commit 1.2 billion Australian dollars (about $790 million) to the reef by 2030.",
                "",
            ),
            (
                "Growers can borrow up to $4,000 each at a rate of 3%.",
                "Growers can borrow up to €4,000 each at a rate of 3%.",
                "€4,000",
            ),
            (
                "The wells were drilled to depths of up to 2,800 metres last year.",
                "The wells were drilled to depths of up to 2,800 feet last year.",
                "2,800 feet",
            ),
            (
                "New hives now sell for 180 to 220 dollars each, the association said.",
                "New hives now sell for 180 to 220 euros each, the association said.",
                "220 euros",
            ),
            (
                "The island's twice-weekly ferry will be cut to once a week from June.",
                "The island will lose one of its two weekly ferries from June.",
                "",
            ),
            (
                "The airport must cut emissions by 50% by 2035, the ministry said.",
                "The airport has to halve its emissions by 2035, the ministry said.",
                "",
            ),
            (
                "At least 35% of travellers must arrive by train. The share is now 22%.",
                "At least a third of travellers must arrive by train, up from 22% now.",
                "a third",
            ),
            (
                "Tax will rise by 4.5% from April, adding about $58 a year to the average bill.",
                "Tax will rise by 4.5% from April, adding roughly $58 a month to the average bill.",
                "$58",
            ),
            (
                "The ferries will cut emissions by around 80%, or 95,000 tonnes a year, it said.",
                "The ferries will cut emissions by around 80%, or 95,000 tonnes a month, it said.",
                "95,000 tonnes",
            ),
            (
                "The line carries 30 freight trains a week. Buses will run for 30 days.",
                "The line carries 30 freight trains a day. Buses will run for 30 days.",
                "30",
            ),
            (
                "The budget sets aside $2.1 million for the bridge and $900,000 for buses.",
                "The budget sets aside $1.2 million for the bridge and $900,000 for buses.",
                "$1.2 million",
            ),
            (
                "The operator said demand could hit a record of around 9,400 megawatts.",
                "The operator said demand could hit a record of around 9,700 megawatts.",
                "9,700 megawatts",
            ),
            (
                "Half of the cost is paid by the state and a quarter by the fund, it said.",
                "Half of the cost is paid by the state and 25% by the fund, it said.",
                "",
            ),
            (
                "The firm lost 1.2 billion crowns in 2023, against a profit of 860 million crowns a year earlier.",
                "The firm lost 1.2 billion crowns in 2023, against a profit of 860 million crowns in 2022.",
                "",
            ),
            (
                "At least 35% of travellers must arrive by train, the ruling said.",
                "At least a third of travellers must arrive by train, the ruling said.",
                "a third",
            ),
            (
                "Side effects were similar in both groups, the company said.",
                "Side effects were similar in the two groups, the company said.",
                "",
            ),
            (
                "The line will stay shut for at least a week, the operator said.",
                "The line will stay shut for a minimum of seven days, the operator said.",
                "",
            ),
            (
                "Electric cars will pay half price until 2030.",
                "Electric cars will pay 50% of the charge until 2030.",
                "",
            ),
            (
                "\"My father searched for years,\" said Anna Holt, 71.",
                "\"My father searched for decades,\" said Anna Holt, 71.",
                "",
            ),
        ],
    );
}

#[test]
fn number_currencies_rates_remainders_and_traded_roles() {
    assert_cases(
        "number-drift",
        &[
            (
                "The harbour board approved a NZ$18 million dredging contract on Monday.",
                "The harbour board approved an A$18 million dredging contract on Monday.",
                "A$18 million",
            ),
            (
                "The harbour board approved a NZ$18 million dredging contract on Monday.",
                "The harbour board approved an $18 million dredging contract on Monday.",
                "",
            ),
            (
                "The harbour board approved an 18 million Australian dollar contract.",
                "The harbour board approved an A$18 million contract.",
                "",
            ),
            (
                "The library will cost £6.4 million. Of that, £2.5 million comes from a lottery grant. The rest will come from the council.",
                "The library will cost £6.4m. A lottery grant covers £2.5m. The remaining £3.9m will come from the council.",
                "",
            ),
            (
                "The library will cost £6.4 million. Of that, £2.5 million comes from a lottery grant. The rest will come from the council.",
                "The library will cost £6.4m. A lottery grant covers £2.5m. The remaining £4.9m will come from the council.",
                "£4.9m",
            ),
            (
                "The depot spends about £48,000 a month on agency drivers, the audit found.",
                "The depot spends about £48,000 a week on agency drivers, the audit found.",
                "£48,000",
            ),
            (
                "A year on, the depot still spends £48,000 on agency drivers.",
                "One year on, the depot still spends £48,000 on agency drivers.",
                "",
            ),
            (
                "Wool sales totalled 84.2 million rand, while meat sales rose 3% to 79.5 million rand.",
                "Meat sales rose 3% to 79.5 million rand, while wool sales came to 84.2 million rand.",
                "",
            ),
            (
                "Bus revenue rose to 640 million pesos, up from 590 million pesos, while running costs climbed 4% to 910 million pesos. The state covers the shortfall.",
                "Bus revenue increased by 50 million pesos to 640 million pesos. Running costs climbed 4% to 910 million pesos, leaving a shortfall that the state covers.",
                "",
            ),
        ],
    );
    // Figures that traded the nouns they are "of".
    assert_flagged(
        "number-drift",
        &[(
            "The start-up reported sales of $41 million and a loss of $17 million, its founder said.",
            "The start-up reported sales of $17 million and a loss of $41 million, its founder said.",
        )],
    );
}

#[test]
fn spoken_compound_and_european_figures() {
    assert_cases(
        "number-drift",
        &[
            (
                "The shelter took in 240 dogs last winter, the charity said.",
                "The shelter took in two hundred and forty dogs last winter, the charity said.",
                "",
            ),
            (
                "The shelter took in 240 dogs last winter, the charity said.",
                "The shelter took in two hundred and fourteen dogs last winter, the charity said.",
                "two hundred and fourteen",
            ),
            (
                "The choir has 140 singers, most of them retired.",
                "The choir has a hundred and forty singers, most of them retired.",
                "",
            ),
            (
                "The county set aside $2.25 million for the bridge.",
                "The county set aside two and a quarter million dollars for the bridge.",
                "",
            ),
            (
                "Thieves took €312,000 from the depot, police said.",
                "Thieves took 312 000 euros from the depot, police said.",
                "",
            ),
            (
                "Thieves took €312,000 from the depot, police said.",
                "Thieves took 321 000 euros from the depot, police said.",
                "321 000 euros",
            ),
            (
                "The clerk kept €12,500 of the takings, the court heard.",
                "The clerk kept 12.500 euros of the takings, the court heard.",
                "",
            ),
            (
                "The clerk kept €12,500 of the takings, the court heard.",
                "The clerk kept 15.500 euros of the takings, the court heard.",
                "15.500 euros",
            ),
            (
                "She finished in 1 hour 12 minutes and 5 seconds on Sunday.",
                "She finished in 1 h 12 min 5 s on Sunday.",
                "",
            ),
        ],
    );
}

/// A share in words stated as a bound holds a percentage another source
/// sentence gives, and "more than half" holds a part of three-fifths.
#[test]
fn number_bounded_share_elsewhere_and_round_fractions() {
    assert_cases(
        "number-drift",
        &[
            (
                "Harlow Mills said its output fell sharply. The 29% drop followed a strike.",
                "Harlow Mills said its output fell by nearly a third. The 29% drop followed a strike.",
                "",
            ),
            (
                "Harlow Mills said its output fell sharply. The 29% drop followed a strike.",
                "Harlow Mills said its output fell by more than a third. The 29% drop followed a strike.",
                "a third",
            ),
            (
                "The new pier cost $59 million. The town paid $36 million and a state fund the rest.",
                "The new pier cost $59 million. The town paid $36 million, more than half the total, and a state fund the rest.",
                "",
            ),
            (
                "The new pier cost $59 million. The town paid $36 million and a state fund the rest.",
                "The new pier cost $59 million. The town paid $36 million, less than half the total, and a state fund the rest.",
                "half",
            ),
        ],
    );
}

#[test]
fn race_times_and_unscaled_degrees_restyle() {
    assert_cases(
        "number-drift",
        &[
            (
                "The crew finished in 6 minutes 12.8 seconds to take the title.",
                "The crew stopped the clock at 6:12.8 to take the title.",
                "",
            ),
            (
                "The crew finished in 6 minutes 12.8 seconds to take the title.",
                "The crew stopped the clock at 6:21.8 to take the title.",
                "6:21.8",
            ),
            (
                "Forecasters expect the valley to reach 104 degrees on Friday.",
                "Forecasters expect the valley to reach 40C on Friday.",
                "",
            ),
            (
                "Forecasters expect the valley to reach 104 degrees on Friday.",
                "Forecasters expect the valley to reach 46C on Friday.",
                "46C",
            ),
        ],
    );
}

#[test]
fn race_times_with_units_written_onto_the_figures_restyle() {
    let source = "Moreau won the hill climb in 1 hour 4 minutes and 37 seconds, 52 seconds ahead of Lund, with Ortega third at 1:32.";
    assert_cases(
        "number-drift",
        &[
            (
                source,
                "Moreau won the hill climb in 1hr 4min 37sec, 52sec ahead of Lund, with Ortega third at 1min 32sec.",
                "",
            ),
            (
                source,
                "Moreau won the hill climb in 1hr 4min 39sec, 52sec ahead of Lund, with Ortega third at 1min 32sec.",
                "1hr 4min 39sec",
            ),
            (
                source,
                "Moreau won the hill climb in 1hr 4min 37sec, 52sec ahead of Lund, with Ortega third at 1min 23sec.",
                "1min 23sec",
            ),
            (
                "Okoro missed the national record by three hundredths of a second, clocking 10.07 seconds.",
                "Okoro clocked 10.07sec, just 0.03sec outside the national record.",
                "",
            ),
            (
                "Okoro missed the national record by three hundredths of a second, clocking 10.07 seconds.",
                "Okoro clocked 10.07sec, just 0.3sec outside the national record.",
                "0.3sec",
            ),
        ],
    );
}

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
fn one_and_a_half_of_a_noun_restates_a_noun_and_a_half() {
    let source = "Their last win came in 2019, when they won by a length and a half.";
    assert_cases(
        "number-drift",
        &[
            (
                source,
                "They last won in 2019, by one and a half lengths.",
                "",
            ),
            (
                source,
                "They last won in 2019, by two and a half lengths.",
                "two and a half",
            ),
        ],
    );
}

#[test]
fn the_next_win_of_a_run_being_chased_counts_one_past_the_run() {
    let source = "Dunmore Rovers go into Saturday's final as favourites, having won the last two editions of the cup.";
    assert_clean(
        "number-drift",
        &[
            (
                source,
                "Dunmore Rovers go into Saturday's final as favourites, chasing a third straight cup win.",
            ),
            (
                "Dunmore Rovers have won two consecutive cup finals and meet Kells on Saturday.",
                "Dunmore Rovers, bidding for a third consecutive cup, meet Kells on Saturday.",
            ),
        ],
    );
    assert_flagged(
        "number-drift",
        &[
            (
                source,
                "Dunmore Rovers go into Saturday's final as favourites, chasing a fourth straight cup win.",
            ),
            // A run already won is no run chased.
            (
                source,
                "Dunmore Rovers go into Saturday's final as favourites after a third straight cup win.",
            ),
        ],
    );
}

#[test]
fn a_count_restated_as_its_complement_with_the_opposite_verb_is_no_drift() {
    let source = "Okafor missed four of her nine penalty kicks in the shootout.";
    assert_cases(
        "number-drift",
        &[
            (
                source,
                "Okafor converted just five of her nine penalty kicks in the shootout.",
                "",
            ),
            (
                source,
                "Okafor converted just six of her nine penalty kicks in the shootout.",
                "six",
            ),
            (
                source,
                "Okafor missed five of her nine penalty kicks in the shootout.",
                "five",
            ),
        ],
    );
}

#[test]
fn a_count_of_the_names_listed_after_it_may_go_when_the_names_stay() {
    let source = "The 30-man squad for the Carlow trip includes two debutants, winger Tomas Rielly and prop Owen Marsh.";
    assert_clean(
        "number-drift",
        &[(
            source,
            "The 30-man squad for the Carlow trip includes debutants Tomas Rielly and Owen Marsh.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            source,
            "The 30-man squad for the Carlow trip includes debutants such as winger Tomas Rielly.",
        )],
    );
}

#[test]
fn hedged_round_figures_keep_to_their_side_and_roundness() {
    assert_cases(
        "number-drift",
        &[
            (
                "The orchard trust planted 47 walnut trees along the canal.",
                "The orchard trust planted nearly fifty walnut trees along the canal.",
                "",
            ),
            (
                "The orchard trust planted 47 walnut trees along the canal.",
                "The orchard trust planted nearly sixty walnut trees along the canal.",
                "sixty",
            ),
            (
                "The ferry operator carried 7,400 cyclists last summer.",
                "The ferry operator carried more than seven thousand cyclists last summer.",
                "",
            ),
            (
                "The ferry operator carried 6,800 cyclists last summer.",
                "The ferry operator carried more than seven thousand cyclists last summer.",
                "seven thousand",
            ),
            (
                "The museum's roof repair cost $8.3 million in total.",
                "The museum's roof repair cost around eight million dollars in total.",
                "",
            ),
            (
                "The guild raised $2.46 million for the new hall.",
                "The guild raised about two and a half million dollars for the new hall.",
                "",
            ),
            (
                "The guild raised $3.1 million for the new hall.",
                "The guild raised about two and a half million dollars for the new hall.",
                "two and a half million dollars",
            ),
        ],
    );
}

#[test]
fn number_share_in_words_rounds_a_percentage() {
    assert_cases(
        "number-drift",
        &[
            (
                "Some 59% of the orchard's trees were lost to the frost in April.",
                "Three in five of the orchard's trees were lost to the frost in April.",
                "",
            ),
            (
                "The ferry company cut its timetable by 39% over the winter.",
                "The ferry company cut its timetable by two-fifths over the winter.",
                "",
            ),
            (
                "The ferry company cut its timetable by 39% over the winter.",
                "The ferry company cut its timetable by three-fifths over the winter.",
                "three-fifths",
            ),
            (
                "At least 38% of the seats must go to local members, the rules say.",
                "At least a third of the seats must go to local members, the rules say.",
                "a third",
            ),
        ],
    );
}

#[test]
fn figures_lost_with_a_cut_are_the_fragment_s_to_report() {
    let source = "The last strike, in 2019, lasted nine days and cost the company an \
estimated 4 million euros.";
    let suspect = "The last strike, in 2019, lasted nine days and cost the company an estimated.";
    assert!(findings_of("number-drift", suspect, source).is_empty());
    assert_eq!(findings_of("fragment", suspect, source), [suspect]);
}

#[test]
fn figures_restyled_as_times_centuries_and_shares_of_units_pass_clean() {
    let cases = [
        (
            "The storm left up to three-quarters of an inch of ice.",
            "The storm left up to 19 millimetres of ice.",
        ),
        (
            "The warning runs until noon on Tuesday.",
            "The warning is in force until 12 p.m. Tuesday.",
        ),
        (
            "The panels date from the early 18th century.",
            "The panels were made in the early 1700s.",
        ),
        (
            "Headcount stood at 38,200 at the end of September.",
            "The company employed 38,200 people as of end-September.",
        ),
        (
            "The committee backed the scheme by a single vote.",
            "The committee backed the scheme by just one vote.",
        ),
    ];
    assert_clean("number-drift", &cases);
    assert_eq!(
        findings_of(
            "number-drift",
            "The storm left up to 9 millimetres of ice.",
            "The storm left up to three-quarters of an inch of ice."
        ),
        ["9 millimetres"]
    );
}

#[test]
fn figures_worked_out_from_the_source_pass_clean() {
    let cases = [
        (
            "The grocer will refit a third of its 312 shops.",
            "The grocer will refit 104 of the 312 shops it runs.",
        ),
        (
            "The annual bill will rise by £87.40 to £1,871.",
            "The annual bill will go up from £1,783.60 to £1,871.",
        ),
        (
            "The change will save £420,000 a year.",
            "The change will save £35,000 a month.",
        ),
        (
            "Online sales doubled in the last quarter.",
            "Online sales rose 100% in the last quarter.",
        ),
        (
            "The studios employ about 2,600 of its 7,900 staff.",
            "The studios employ roughly a third of its 7,900 workers.",
        ),
        (
            "Health takes 41 cents of every dollar the province spends.",
            "Health takes 41% of what the province spends.",
        ),
        (
            "The game sold 9.4 million copies against a target of 6 million.",
            "The game beat its target of 6 million by 3.4 million copies, selling 9.4 million.",
        ),
    ];
    assert_clean("number-drift", &cases);
    assert!(
        findings_of(
            "number-drift",
            "The glacier could vanish within three to four decades.",
            "The glacier could vanish within 30 to 40 years."
        )
        .is_empty()
    );
    assert_clean(
        "number-drift",
        &[
            (
                "Finishers rose to 31,240 from 27,900 last year.",
                "Finishers rose to 31,240, a rise of about 12% on last year's 27,900.",
            ),
            (
                "Net profit fell 18% to 214 million euros.",
                "Net profit fell 18% to 214 million euros, from about 261 million euros.",
            ),
        ],
    );
    // A currency changed is no sum: "$4,000" gives no "€4,000".
    assert_eq!(
        findings_of(
            "number-drift",
            "Loans of up to 15,000 soles (about €4,000) at 3.5%.",
            "Loans of up to 15,000 soles (about $4,000) at 3.5%."
        ),
        ["€4,000"]
    );
    // Chance sums of counts, or of a figure with a tiny one, explain nothing.
    assert_eq!(
        findings_of(
            "number-drift",
            "A crowd of 58,142 saw the 2 goals.",
            "A crowd of 58,412 saw the 2 goals."
        ),
        ["58,142"]
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
fn point_gaps_duration_gaps_money_changes_and_ratios_worked_out_pass_clean() {
    let cases = [
        (
            "Produce made up 38% of sales, up from 34% a year ago.",
            "Produce made up 38% of sales, a rise of four percentage points on a year ago.",
        ),
        (
            "Margin narrowed to 24.1% from 24.6%.",
            "Margin narrowed by half a percentage point, to 24.1%.",
        ),
        (
            "The tram cuts the trip to 19 minutes, from about 45 minutes by bus.",
            "The tram cuts the trip to 19 minutes, a saving of about 26 minutes on the bus.",
        ),
        (
            "Road repairs get $3.2 million, up from $2.5 million last year.",
            "Road repairs get $3.2 million, a 28% increase on last year's $2.5 million.",
        ),
        (
            "Waits were 31 days in the north and 12 days in the city.",
            "Waits in the north, at 31 days, were more than two and a half times the city's 12 days.",
        ),
        // A count and a duration that merely swapped sentence order.
        (
            "He admitted to 12 counts of fraud. He had faced a maximum of 10 years.",
            "He, who had faced up to 10 years, admitted 12 counts of fraud.",
        ),
    ];
    assert_clean("number-drift", &cases);
    // A frequency is no difference of two others; a wrong ratio is a wrong figure.
    assert_cases(
        "number-drift",
        &[
            (
                "Images will come every five minutes, against every 15 minutes now.",
                "Images will come every ten minutes, against every 15 minutes now.",
                "ten minutes",
            ),
            (
                "Waits were 31 days in the north and 12 days in the city.",
                "Waits in the north, at 31 days, were 3.6 times the city's 12 days.",
                "3.6",
            ),
        ],
    );
}

#[test]
fn a_figure_worked_out_from_a_figure_merged_in_from_another_sentence_passes_clean() {
    let source = "Hospitals in the region admitted 1,470 patients with influenza in the week \
to January 5, the highest weekly total in five years, the health authority said on Thursday. \
That was up from 1,050 the previous week and more than double the 690 recorded in the same \
week last winter.";
    let suspect = |change: &str| {
        format!(
            "Influenza admissions to hospitals in the region climbed to 1,470 in the week to \
January 5, a {change} jump from 1,050 a week earlier and the highest weekly figure in five \
years, the health authority said on Thursday. The total was more than double the 690 \
recorded a year earlier."
        )
    };
    assert_clean("number-drift", &[(source, &suspect("40%"))]);
    // The merged figure must be the source's own: a wrong change is still wrong.
    assert_cases("number-drift", &[(source, &suspect("30%"), "30%")]);
}

#[test]
fn a_share_of_a_grouped_count_is_worked_out_not_read_as_a_year() {
    assert_clean(
        "number-drift",
        &[(
            "About 1,900 of the 31,500 starters did not finish.",
            "Around 1,900 of the 31,500 who started, about 6%, failed to finish.",
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
fn a_forecast_the_source_gave_in_other_words_keeps_its_role() {
    assert_clean(
        "number-drift",
        &[
            (
                "The council proposed raising taxes to help close a projected $18.2 million budget shortfall.",
                "The council proposed raising taxes to help close a forecast $18.2 million budget shortfall.",
            ),
            (
                "Revenue of $6.2 billion was below the $6.9 billion average analyst estimate.",
                "Revenue of $6.2 billion was short of the average analyst estimate of $6.9 billion.",
            ),
        ],
    );
    // A reported figure made a forecast is still flagged, even beside the
    // estimates it beat.
    assert_cases(
        "number-drift",
        &[
            (
                "The council closed a $18.2 million budget shortfall last year.",
                "The council closed a forecast $18.2 million budget shortfall last year.",
                "$18.2 million",
            ),
            (
                "Revenue rose 12 percent, beating analysts' estimates to reach $4.2 billion.",
                "Revenue rose 12 percent, exceeding analysts' estimates of $4.2 billion.",
                "$4.2 billion",
            ),
        ],
    );
}

#[test]
fn a_changed_figure_is_not_excused_by_a_figure_of_another_measure() {
    // "38 km/h" elsewhere in the source does not stand for "38 seconds", and
    // the lost "28 seconds", stated again later, leaves it unexplained.
    assert_cases(
        "number-drift",
        &[(
            "The stage was ridden at an average speed of just under 38 km/h.\n\nVarga now leads the standings by 28 seconds over Ardenne.\n\n\"Twenty-eight seconds is nothing,\" Ardenne said.",
            "The stage was ridden at an average speed of just under 38 km/h.\n\nVarga now heads the standings by 38 seconds over Ardenne.\n\n\"Twenty-eight seconds is nothing,\" Ardenne said.",
            "38 seconds",
        )],
    );
}

#[test]
fn a_fraction_after_close_to_is_a_share() {
    assert_clean(
        "number-drift",
        &[(
            "Operating profit shrank by almost a third to 212 million euros.",
            "Operating profit fell by close to a third to €212 million.",
        )],
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
fn figures_that_exchanged_the_words_after_them_traded_places() {
    let findings = findings_of(
        "number-drift",
        "In the poll, 51% of adults supported lowering the age while 38% opposed it.",
        "In the poll, 38% of adults supported lowering the age while 51% opposed it.",
    );
    assert_eq!(findings, ["51%", "38%"]);
    // One figure taking the other's noun in a restructured sentence is no trade.
    assert_clean(
        "number-drift",
        &[(
            "Twenty-two companies won contracts, out of 58 that submitted bids.",
            "Of the 58 companies that bid, 22 secured contracts.",
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
fn a_fraction_stated_as_a_bound_of_a_share_passes() {
    assert_clean(
        "number-drift",
        &[(
            "Only 29% of homes that can get full fibre have signed up for it.",
            "Fewer than a third of homes able to get full fibre, 29%, have subscribed.",
        )],
    );
    // A bound in digits is a figure of its own.
    assert_cases(
        "number-drift",
        &[(
            "The vaccine is offered to children under 10.",
            "The vaccine is offered to children under 12.",
            "12",
        )],
    );
}

#[test]
fn a_gap_worked_out_from_a_figure_of_another_sentence_passes() {
    assert_clean(
        "number-drift",
        &[
            (
                "The museum drew 1.46 million visitors last year. Attendance in 2023 was 1.19 million, and the previous record was 1.31 million, set in 2019.",
                "The museum drew 1.46 million visitors last year. That was 270,000 more than the 1.19 million who came in 2023, and 150,000 above the record of 1.31 million set in 2019.",
            ),
            (
                "The new timetable will cut the fastest journey to 1 hour 48 minutes. The fastest journey currently takes 2 hours 15 minutes.",
                "The new timetable will cut the fastest journey to 1 hour 48 minutes. That is 27 minutes faster than the current best of 2 hours 15 minutes.",
            ),
        ],
    );
    // A gap that no source figure gives is still flagged.
    assert_cases(
        "number-drift",
        &[(
            "The museum drew 1.46 million visitors last year. Attendance in 2023 was 1.19 million.",
            "The museum drew 1.46 million visitors last year. That was 320,000 more than the 1.19 million who came in 2023.",
            "320,000",
        )],
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
fn basis_points_and_a_half_hour_in_one_word_restate_their_figures() {
    assert_clean(
        "number-drift",
        &[
            (
                "Markets now price a 70% chance of a quarter-point cut in July.",
                "Markets now price a 70% chance of a 25-basis-point cut in July.",
            ),
            (
                "Parking will stay free for the first 30 minutes.",
                "Parking will stay free for the first half-hour.",
            ),
        ],
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
fn fractions_centuries_and_hedged_units_read_as_figures() {
    assert_clean(
        "number-drift",
        &[
            (
                "The mine produced 68,000 tonnes, a quarter of the region's output.",
                "The mine produced 68,000 tonnes, about a fourth of the region's output.",
            ),
            (
                "The show brings together 140 paintings from the 19th century.",
                "The show features 140 nineteenth-century paintings.",
            ),
            (
                "Her shop was flooded to a depth of about a metre.",
                "Her shop was flooded to a depth of around one metre.",
            ),
        ],
    );
    assert_cases(
        "number-drift",
        &[(
            "The show brings together 140 paintings from the 19th century.",
            "The show features 140 eighteenth-century paintings.",
            "eighteenth-century",
        )],
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
fn a_share_worked_out_from_a_figure_of_another_sentence_is_no_drift() {
    let source = "HARWICK (Wire) - The county approved a $2.5 billion budget on Monday after a long debate.\n\n\
                  Schools will receive $500 million, the largest share, officials said.";
    let suspect = "HARWICK (Wire) - The county approved a $2.5 billion budget on Monday after a long debate.\n\n\
                   Schools will receive $500 million, a fifth of the total and the largest share, officials said.";
    assert_clean("number-drift", &[(source, suspect)]);
    let wrong = suspect.replace("a fifth", "a quarter");
    assert_cases("number-drift", &[(source, &wrong, "a quarter")]);
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
fn a_minute_of_play_counted_from_the_end_is_the_same_minute() {
    assert_clean(
        "number-drift",
        &[
            (
                "Okoye made it 2-0 with a header in the 84th minute, the club said.",
                "Okoye made it 2-0 with a header six minutes from time, the club said.",
            ),
            (
                "Vance equalised four minutes before the end of normal time to force extra time.",
                "Vance equalised in the 86th minute to force extra time.",
            ),
        ],
    );
    assert_flagged(
        "number-drift",
        &[(
            "Okoye made it 2-0 with a header in the 84th minute, the club said.",
            "Okoye made it 2-0 with a header three minutes from time, the club said.",
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
fn an_age_given_as_a_bare_number_of_years_keeps_its_figure() {
    assert_clean(
        "number-drift",
        &[(
            "Admissions of infants under 12 months old fell by a third.",
            "Admissions of infants aged under one who fell ill dropped by a third.",
        )],
    );
    assert_cases(
        "number-drift",
        &[(
            "Admissions of infants under 12 months old fell by a third.",
            "Admissions of infants aged under two who fell ill dropped by a third.",
            "two",
        )],
    );
}

#[test]
fn a_share_of_a_term_in_other_units_is_worked_out() {
    assert_clean(
        "number-drift",
        &[(
            "The treasurer was given four years in jail, of which 24 months were suspended.",
            "The treasurer was given a four-year jail term, half of it suspended.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            "The treasurer was given four years in jail, of which 12 months were suspended.",
            "The treasurer was given a four-year jail term, half of it suspended.",
        )],
    );
}

#[test]
fn a_share_stated_as_a_bound_between_two_figures_holds() {
    assert_clean(
        "number-drift",
        &[(
            "The new bridge cuts the crossing to 25 minutes, from about 55 minutes by ferry.",
            "The crossing now takes 25 minutes, less than half the roughly 55 minutes the ferry needs.",
        )],
    );
    assert_cases(
        "number-drift",
        &[(
            "The new bridge cuts the crossing to 35 minutes, from about 55 minutes by ferry.",
            "The crossing now takes 35 minutes, less than half the roughly 55 minutes the ferry needs.",
            "half",
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
fn a_race_time_worked_out_from_a_margin_is_no_drift() {
    assert_clean(
        "number-drift",
        &[(
            "Okafor won the Lakeside marathon in 2:11:14, six seconds ahead of Brandt, and cut 19 seconds off the race record.",
            "Okafor won the Lakeside marathon in 2:11:14, beating Brandt's 2:11:20 and the old race record of 2:11:33.",
        )],
    );
    assert_cases(
        "number-drift",
        &[(
            "Okafor won the Lakeside marathon in 2:11:14, six seconds ahead of Brandt, and cut 19 seconds off the race record.",
            "Okafor won the Lakeside marathon in 2:11:14, beating Brandt's 2:11:20 and the old race record of 2:11:43.",
            "2:11:43",
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
fn minutes_after_half_time_name_a_minute_of_play() {
    assert_clean(
        "number-drift",
        &[(
            "Athletic pulled one back with a header seven minutes after half-time.",
            "Athletic pulled one back with a header in the 52nd minute.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            "Athletic pulled one back with a header seven minutes after half-time.",
            "Athletic pulled one back with a header in the 57th minute.",
        )],
    );
}

#[test]
fn one_of_n_things_is_a_share_of_them() {
    assert_clean(
        "number-drift",
        &[(
            "The cuts forced the council to close one of its four depots, it said.",
            "The cuts forced the council to shut a quarter of its depots, it said.",
        )],
    );
    assert_cases(
        "number-drift",
        &[(
            "The cuts forced the council to close one of its four depots, it said.",
            "The cuts forced the council to shut a third of its depots, it said.",
            "a third",
        )],
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
fn the_first_time_restates_never_before_and_adds_no_figure() {
    assert_clean(
        "number-drift",
        &[(
            "The swimmer had never finished the race in under 58 seconds before.",
            "It was the first time the swimmer had finished the race in under 58 seconds.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            "The swimmer finished the race in under 58 seconds on Sunday.",
            "The swimmer finished the race in under 58 seconds for the first time on Sunday.",
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
fn a_gap_in_points_between_shares_of_two_sentences_is_worked_out() {
    assert_clean(
        "number-drift",
        &[(
            "In 2010, about 57% of the town's households recycled their glass. In 2024 the figure was 81%, the survey found.",
            "In 2010, about 57% of the town's households recycled their glass. In 2024 the figure was 81%, 24 percentage points higher, the survey found.",
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

#[test]
fn totals_stated_beside_their_parts_are_worked_out() {
    assert_clean(
        "number-drift",
        &[
            (
                "The jury convicted Marsh on 9 counts of theft and four counts of forgery.",
                "The jury found Marsh guilty on 13 counts, 9 of theft and four of forgery.",
            ),
            (
                "The firm was fined £1.2 million. It must also pay £84,000 in costs and a £190 surcharge.",
                "The firm was fined £1.2 million. It must also pay £84,000 in costs and a £190 surcharge, bringing the total to £1,284,190.",
            ),
        ],
    );
}

#[test]
fn the_other_members_of_a_group_are_counted_without_the_one_named() {
    assert_cases(
        "number-drift",
        &[
            (
                "Bus use fell most in Tarrow of the region's six biggest towns.",
                "Bus use fell more in Tarrow than in any of the region's other five biggest towns.",
                "",
            ),
            (
                "The group runs Oakfield Academy and three other schools in the district.",
                "The group runs four schools in the district, including Oakfield Academy.",
                "",
            ),
            (
                "The survey will be extended to three other rivers next year.",
                "The survey will be extended to four more rivers next year.",
                "four",
            ),
        ],
    );
}

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
fn minutes_left_restate_the_minute_of_play() {
    assert_clean(
        "number-drift",
        &[(
            "Okoro scored the winner in the 84th minute.",
            "With six minutes left, Okoro scored the winner.",
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

#[test]
fn a_sum_of_money_from_another_sentence_replaces_no_lost_count() {
    assert_clean(
        "number-drift",
        &[(
            "Aldana earns $50,000 for the win. Her training partner, Petra Lunde, finished one place behind her.",
            "Aldana earns $50,000 for the win. Her training partner, Petra Lunde, finished just behind her and also earns $50,000.",
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
fn a_count_stated_as_a_percentage_is_drift() {
    // "12 volunteers left" → "12% left": the same number, another figure.
    assert_cases(
        "number-drift",
        &[
            (
                "Side effects were rare, and 12 volunteers left the study early because of headaches.",
                "Side effects were rare, and 12% left the study early because of headaches.",
                "12%",
            ),
            (
                "About 30% of members voted against the deal.",
                "About 30 members voted against the deal.",
                "30",
            ),
            (
                "Side effects were rare, and 12 volunteers left the study early because of headaches.",
                "Side effects were rare, and 12 volunteers quit the study early because of headaches.",
                "",
            ),
        ],
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

/// A share judged by a quantifier ("nearly half" → "most") changed in
/// degree, meaning-drift's to judge, and a group named by its share ("the
/// largest 10 percent" → "the biggest tenth") keeps it: no figure missing.
/// A headline leaves figures out, the body telling them.
#[test]
fn shares_judged_or_named_and_headlines_lose_no_figure() {
    assert_clean(
        "number-drift",
        &[
            (
                "Nearly half of the lost hours were at Kell Hospital, the report said. The union said 41 of its 65 members backed the strike.",
                "Most of the lost hours were at Kell Hospital, the report said. The union said nearly all of its 65 members backed the strike.",
            ),
            (
                "The largest 10 percent of recipients collect almost half of the total.",
                "Nearly half of the money goes to the biggest tenth of recipients.",
            ),
            (
                "Police recover stolen paintings after 14-month search\n\nPolice have recovered four paintings stolen from the Harlow gallery.",
                "Stolen paintings recovered by police\n\nPolice have recovered four paintings stolen from the Harlow gallery.",
            ),
        ],
    );
    // A count with no share in it, softened to "many", is still lost.
    assert_eq!(
        findings_of(
            "number-drift",
            "The storm damaged many homes and cut power to 50,000 people.",
            "The storm damaged 1,140 homes and cut power to 50,000 people."
        ),
        ["many"]
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

/// A missing figure is shown on the words of the rewording that state an
/// amount, or on a new figure of its kind that may have taken its place.
#[test]
fn missing_figures_point_at_the_amount_that_replaced_them() {
    assert_cases(
        "number-drift",
        &[
            (
                "The judge said she had reduced the fine by about a third to reflect the early guilty plea.",
                "The judge said she had cut the fine by half because the firm pleaded guilty early.",
                "half",
            ),
            (
                "The clinic said the new scanner was expected to cut waiting times by about a third.",
                "The new scanner will cut waiting times by half, according to the clinic.",
                "half",
            ),
        ],
    );
    assert_eq!(
        findings_of(
            "number-drift",
            "The panel told the agency to repay every fee in full and to pay 12 of the workers an extra sum equivalent to the fee.",
            "The panel told the agency to repay each fee in full and to pay an additional sum equal to one times the fee to 21 of the workers."
        ),
        ["12", "12"]
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

#[test]
fn a_couple_resized_in_vague_words_is_number_drift() {
    assert_cases(
        "number-drift",
        &[
            (
                "A couple of lifeguards were hurt when the pier gave way.",
                "Several lifeguards were hurt when the pier gave way.",
                "Several",
            ),
            (
                "Staff moved a couple of hundred books to the annexe.",
                "Staff moved several hundred books to the annexe.",
                "several",
            ),
            // "two" said elsewhere ("two weeks") is no count of lifeguards.
            (
                "A couple of lifeguards were hurt after two weeks of storms, the mayor said.",
                "Several lifeguards were hurt after two weeks of storms, the mayor said.",
                "Several",
            ),
        ],
    );
    assert_clean(
        "number-drift",
        &[
            (
                "A couple of lifeguards were hurt when the pier gave way.",
                "Two lifeguards were hurt when the pier gave way.",
            ),
            (
                "Two lifeguards were hurt when the pier gave way.",
                "A couple of lifeguards were hurt when the pier gave way.",
            ),
            (
                "The pier may stay shut for a few months, the mayor said.",
                "The pier may stay shut for a couple of months, the mayor said.",
            ),
            (
                "A couple of lifeguards were hurt when the pier gave way.",
                "A handful of lifeguards were hurt when the pier gave way.",
            ),
            (
                "A dozen lifeguards were hurt when the pier gave way.",
                "Twelve lifeguards were hurt when the pier gave way.",
            ),
        ],
    );
}

#[test]
fn a_decimal_comma_keeps_its_figure() {
    assert_clean(
        "number-drift",
        &[
            (
                "The Liberals took 27.3% of the vote on Sunday.",
                "The Liberals took 27,3% of the vote on Sunday.",
            ),
            (
                "The new bypass is 4.8 km long and opens in May.",
                "The new bypass, of 4,8 km, opens in May.",
            ),
            (
                "A day ticket costs 3.60 euros from Monday.",
                "A day ticket costs 3,60 euros from Monday.",
            ),
        ],
    );
    assert_cases(
        "number-drift",
        &[(
            "The Liberals took 27.3% of the vote on Sunday.",
            "The Liberals took 27,8% of the vote on Sunday.",
            "27,8%",
        )],
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

/// Figures that traded the words of their roles in a reworded sentence are
/// flagged; reworded figures that kept their roles are not.
#[test]
fn figures_that_traded_reworded_roles_are_number_drift() {
    let source = "Buses will come every 8 minutes in the morning and every 20 minutes at night.";
    let suspect =
        "Services will run every 20 minutes during the morning and every 8 minutes at night.";
    assert_eq!(
        findings_of("number-drift", suspect, source),
        ["20 minutes", "8 minutes"]
    );
    let source =
        "Operating profit reached £3.6 million, against £2.9 million in the previous season.";
    let suspect =
        "Operating profit was £2.9 million, compared with £3.6 million in the prior season.";
    assert_eq!(
        findings_of("number-drift", suspect, source),
        ["£2.9 million", "£3.6 million"]
    );
    let source =
        "Operating profit reached £3.6 million, against £2.9 million in the previous season.";
    let suspect =
        "Against £2.9 million in the prior season, operating profit came to £3.6 million.";
    assert!(findings_of("number-drift", suspect, source).is_empty());
}

/// An ordinal that numbers the next one after a count of the same noun is
/// worked out from it; one of another noun is still new.
#[test]
fn the_next_after_a_count_is_no_new_figure() {
    assert_clean(
        "number-drift",
        &[(
            "The coach, who left after four seasons, joined the club in 2015.",
            "The coach, who did not stay for a fifth season, joined the club in 2015.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            "The coach, who left after four seasons, joined the club in 2015.",
            "The coach, who did not stay for a fifth title, joined the club in 2015.",
        )],
    );
}

/// "The second" in a race may name the runner-up.
#[test]
fn the_runner_up_is_the_second() {
    assert_clean(
        "number-drift",
        &[(
            "She finished well clear of runner-up Mia Roth of the harbour club.",
            "She finished well clear of the second, Mia Roth of the harbour club.",
        )],
    );
}

/// Two figures of a list that traded places keep the figure before them in
/// the source's order ("14 shots, four of them on target, against 9 shots,
/// three" → "14 shots, 3 of them on target, to 9, with 4").
#[test]
fn figures_that_traded_places_in_a_list_are_flagged() {
    let source = "Rovers had 14 shots, four of them on target, against Albion's 9 shots, three of them on target.";
    let suspect = "Rovers had 14 shots, 3 of them on target, to Albion's 9, with 4 on target.";
    let found = findings_of("number-drift", suspect, source);
    assert_eq!(found, ["3", "4"], "{found:?}");
    let kept = "Rovers had 14 shots, 4 of them on target, to Albion's 9, with 3 on target.";
    assert!(findings_of("number-drift", kept, source).is_empty());
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

/// Of a value the suspect repeats, the copy after the figure the source has
/// before it states it, so the other copy is the one that changed.
#[test]
fn a_repeated_value_is_matched_by_the_figure_before_it() {
    let source = "Drivers want a 7% rise over two years, while the operator has offered 4% over three years.";
    let suspect = "Drivers want a 7% rise over three years, while the operator has offered 4% over three years.";
    let found = findings(suspect, source);
    let drift: Vec<_> = found.iter().filter(|f| f.rule == "number-drift").collect();
    assert_eq!(drift.len(), 1, "{found:?}");
    assert_eq!(drift[0].text, "three years");
    assert!(drift[0].start < suspect.find("4%").unwrap(), "{found:?}");
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

/// A length of time said vaguely by a plural word of time that covers it
/// ("for a decade" → "for years") is softened, not lost; one that cannot
/// count it ("for weeks") lost it.
#[test]
fn a_length_said_as_plural_time_words_is_not_lost() {
    assert_clean(
        "number-drift",
        &[(
            "The club has tried to buy the ground for a decade, its chairman said.",
            "The club has tried to buy the ground for years, its chairman said.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            "The club has tried to buy the ground for a decade, its chairman said.",
            "The club has tried to buy the ground for weeks, its chairman said.",
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

/// Ages given to other people ("Maya Lund, 31 … Tom Berg, 26" → "26-year-old
/// Maya Lund … Tom Berg, the 31-year-old") traded places.
#[test]
fn ages_given_to_other_people_are_flagged() {
    let source =
        "Ivo Marsh, 52, and Maya Lund, 31, were each fined, and driver Tom Berg, 26, was cleared.";
    let suspect = "Ivo Marsh, 52, and 26-year-old Maya Lund were each fined, while Tom Berg, the 31-year-old driver, was cleared.";
    let found = findings_of("number-drift", suspect, source);
    assert_eq!(found, ["26-year-old", "31-year-old"], "{found:?}");
    let kept = "Ivo Marsh, 52, and 31-year-old Maya Lund were each fined, while Tom Berg, the 26-year-old driver, was cleared.";
    assert!(findings_of("number-drift", kept, source).is_empty());
}

/// A figure the source gives for each of a group, made the total ("£900
/// each" → "£900 in total"), is flagged.
#[test]
fn a_figure_for_each_made_the_total_is_flagged() {
    assert_cases(
        "number-drift",
        &[
            (
                "The council compensated 14 families, paying £900 each, it said.",
                "The council paid £900 in total to 14 families, it said.",
                "£900",
            ),
            (
                "The council compensated 14 families, paying £900 each, it said.",
                "The council paid 14 families £900 each, it said.",
                "",
            ),
        ],
    );
}

#[test]
fn a_figure_worked_out_in_steps_leaves_no_operand_missing() {
    let term = "The jury heard that Marlow was jailed for eight years in 2019.";
    let votes = "A total of 48,200 people voted in the election.";
    let (half, post) = (
        format!("{term} He was freed after serving half of that term."),
        format!("{votes} Of those, 4,830 voted by post."),
    );
    assert_clean(
        "number-drift",
        &[
            (
                &half,
                &format!("{term} He was freed after serving four years."),
            ),
            (
                &post,
                &format!("{votes} About one in 10 of them voted by post."),
            ),
        ],
    );
    // Worked out wrong, the figure is new and its operand still lost.
    let wrong = format!("{term} He was freed after serving five years.");
    assert_eq!(
        findings_of("number-drift", &wrong, &half),
        ["five years", "five years"]
    );
    let wrong = format!("{votes} About one in 5 of them voted by post.");
    assert_eq!(
        findings_of("number-drift", &wrong, &post),
        ["one in 5", "them"]
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
fn the_extra_thirty_minutes_of_a_match_told_as_extra_time_is_kept() {
    let (before, after) = (
        "The game went to penalties after the",
        "failed to separate the sides.",
    );
    assert_cases(
        "number-drift",
        &[
            (
                &format!("{before} extra 30 minutes {after}"),
                &format!("The game went to penalties after extra time {after}"),
                "",
            ),
            (
                &format!("{before} extra 15 minutes {after}"),
                &format!("The game went to penalties after extra time {after}"),
                "time",
            ),
        ],
    );
}

#[test]
fn the_from_figure_of_a_raised_forecast_is_a_forecast_too() {
    // "raised its forecast … to 2.4 percent from 1.9 percent": both figures
    // are forecasts, though the other figure stands between.
    assert_sentences(
        "number-drift",
        &[(
            "The agency raised its forecast for exports this year to 2.4 percent from 1.9 percent.",
            "The agency now expects exports to grow 2.4 percent this year, up from its earlier forecast of 1.9 percent.",
        )],
        &[],
    );
}

#[test]
fn after_the_break_is_the_second_half() {
    assert_sentences(
        "number-drift",
        &[(
            "Diaz scored twice in the first half, and Kemp added a third after the break.",
            "Diaz struck twice before half-time and Kemp made it three in the second half.",
        )],
        &[],
    );
}

#[test]
fn the_two_companies_counts_the_names_before_it() {
    // "the companies" → "the two companies", two firms named just before.
    assert_sentences(
        "number-drift",
        &[(
            "Harbor Foods has agreed to buy rival baker Lund & Sons for 900 million dollars, the companies said on Monday.",
            "Harbor Foods will buy Lund & Sons, a rival baker, for 900 million dollars, the two companies announced on Monday.",
        )],
        &[(
            "Harbor Foods, Lund & Sons and Pike Mills have agreed to merge, the companies said on Monday.",
            "Harbor Foods, Lund & Sons and Pike Mills have agreed to merge, the two companies said on Monday.",
        )],
    );
}

#[test]
fn a_figure_worded_into_an_overstatement_is_left_to_meaning_drift() {
    let source = article(
        "Shares fell 9% on Monday, their steepest one-day drop since June 2019, before recovering slightly.",
    );
    let suspect = article(
        "Shares fell 9% on Monday, their sharpest single-day fall on record, before recovering slightly.",
    );
    assert_clean("number-drift", &[(&source, &suspect)]);
    assert!(!findings_of("meaning-drift", &suspect, &source).is_empty());
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
fn a_name_said_twice_is_one_name_of_a_counted_list() {
    assert_sentences(
        "number-drift",
        &[(
            "The discharges came from two treatment works, at Kelby and Stonehurst, and a monitor at Kelby had been switched off.",
            "The discharges came from the Kelby and Stonehurst treatment works, and a monitor at Kelby had been switched off.",
        )],
        &[],
    );
}

#[test]
fn a_side_left_with_ten_men_is_a_man_down() {
    let sent_off = |left: &str, now: &str| {
        (
            format!(
                "Weller was sent off in the 71st minute, leaving his side with {left} for the rest of the game."
            ),
            format!(
                "Weller was sent off in the 71st minute, leaving his team {now} for the rest of the game."
            ),
        )
    };
    let (kept, lost) = (
        sent_off("10 men", "a man down"),
        sent_off("nine men", "a man down"),
    );
    assert_sentences("number-drift", &[(&kept.0, &kept.1)], &[(&lost.0, &lost.1)]);
    // The other way round: the side's ten men worked out from the sending-off.
    let source = "Rovers had Weller sent off for a second booking in stoppage time.";
    assert_sentences(
        "number-drift",
        &[(
            source,
            "Rovers finished with 10 men after Weller was shown a second yellow card.",
        )],
        &[(
            source,
            "Rovers finished with eight men after Weller was shown a second yellow card.",
        )],
    );
}

#[test]
fn figures_a_subject_expects_are_forecasts_already() {
    assert_sentences(
        "number-drift",
        &[(
            "The firm now expects sales of $5.3 billion to $5.5 billion, up from a previous range of $4.9 billion to $5.1 billion.",
            "The firm now sees sales of $5.3-5.5 billion, compared with its earlier forecast of $4.9-5.1 billion.",
        )],
        &[(
            "Sales rose to $5.3 billion, up from $4.9 billion a year earlier.",
            "Sales rose to $5.3 billion, above the forecast of $4.9 billion.",
        )],
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
fn number_one_standing_for_a_noun_is_no_count() {
    assert_sentences(
        "number-drift",
        &[(
            "It was the airline's second serious incident in 12 months.",
            "The incident was the airline's second serious one in a year.",
        )],
        &[(
            "Two of the five reactors were shut in 12 months.",
            "Only one of the five reactors was shut in a year.",
        )],
    );
}

#[test]
fn number_a_ratio_with_its_noun_inside_is_one_share() {
    assert_sentences(
        "number-drift",
        &[(
            "The operator said it may have to cancel up to one in ten summer sailings.",
            "As many as one summer sailing in ten may have to be cancelled, the operator said.",
        )],
        &[(
            "The operator said it may have to cancel up to one in ten summer sailings.",
            "As many as one summer sailing in five may have to be cancelled, the operator said.",
        )],
    );
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

#[test]
fn number_bare_points_between_two_percentages_are_percentage_points() {
    assert_sentences(
        "number-drift",
        &[(
            "Reservoir levels stood at 54%, against 79% at the same point last year.",
            "Reservoirs were 54% full, against 79% a year ago, a fall of 25 points.",
        )],
        &[(
            "Reservoir levels stood at 54%, against 79% at the same point last year.",
            "Reservoirs were 54% full, against 79% a year ago, a fall of 35 points.",
        )],
    );
}

#[test]
fn number_a_decimal_said_in_words_keeps_its_value() {
    assert_sentences(
        "number-drift",
        &[
            (
                "The ban covers 1.2 million households in the valley.",
                "The ban covers one point two million households in the valley.",
            ),
            (
                "Unemployment rose to 4.25 percent in May.",
                "Unemployment rose to four point two five percent in May.",
            ),
            (
                "At one point two officers left the hall, the report said.",
                "At one point two officers left the hall, according to the report.",
            ),
        ],
        &[(
            "The ban covers 1.2 million households in the valley.",
            "The ban covers one point five million households in the valley.",
        )],
    );
}

#[test]
fn number_the_two_companies_after_a_dateline_count_the_names() {
    assert_sentences(
        "number-drift",
        &[(
            "LYON, May 3 (Wire) - Corvane, the rail operator, has ordered 12 trains worth $2 billion from Halstrom, the companies said on Monday.",
            "LYON, May 3 (Wire) - Corvane, the rail operator, has ordered 12 trains worth $2 billion from Halstrom, the two companies said on Monday.",
        )],
        &[(
            "LYON, May 3 (Wire) - Corvane, the rail operator, has ordered 12 trains worth $2 billion from Halstrom, the companies said on Monday.",
            "LYON, May 3 (Wire) - Corvane, the rail operator, has ordered 12 trains worth $2 billion from Halstrom, the four companies said on Monday.",
        )],
    );
}

#[test]
fn number_an_age_limit_told_as_the_oldest_age_let_in_passes() {
    assert_sentences(
        "number-drift",
        &[
            (
                "Entry will stay free for under-16s after the museum reopens.",
                "Children aged 15 and under will get in free after the museum reopens.",
            ),
            (
                "Players aged 17 or younger need a parent's consent, the club said.",
                "Players under 18 need a parent's consent, the club said.",
            ),
        ],
        &[(
            "Entry will stay free for under-16s after the museum reopens.",
            "Children aged 14 and under will get in free after the museum reopens.",
        )],
    );
}

#[test]
fn number_half_of_a_total_stated_before_is_worked_out() {
    let source = "The trial followed 6,200 patients for a year. Half were given the drug and half a dummy pill.";
    assert_cases(
        "number-drift",
        &[
            (
                &article(source),
                &article(
                    "The trial followed 6,200 patients for a year. Some 3,100 were given the drug and the other 3,100 a dummy pill.",
                ),
                "",
            ),
            (
                &article(source),
                &article(
                    "The trial followed 6,200 patients for a year. Some 3,400 were given the drug and the rest a dummy pill.",
                ),
                "3,400",
            ),
            (
                &article("Rovers led 15-6 and scored two tries early in the second half."),
                &article("Rovers led 15-6 and scored three tries early in the second half."),
                "three",
            ),
        ],
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

#[test]
fn a_size_without_a_figure_moved_to_another_order_is_number_drift() {
    assert_cases(
        "number-drift",
        &[
            (
                "Each stolen part sells for several hundred pounds, detectives said.",
                "Each stolen part fetches several thousand pounds, detectives said.",
                "thousand",
            ),
            (
                "Hundreds of residents were moved out of the estate on Friday.",
                "Thousands of residents were moved out of the estate on Friday.",
                "Thousands",
            ),
            (
                "Some families could be out of their homes for weeks, the council said.",
                "Some families could be displaced for months, the council said.",
                "months",
            ),
            // The same size in other words.
            (
                "Some families could be out of their homes for weeks, the council said.",
                "Some families could be displaced for several weeks, the council said.",
                "",
            ),
            // A figure with its scale is matched as a figure, once.
            (
                "The scheme will cost 3 million pounds, the council said.",
                "The scheme will cost 3 billion pounds, the council said.",
                "3 billion pounds",
            ),
            // Inside a quotation misquote reports it.
            (
                "\"It took us years to find it,\" said Orla Quinn.",
                "\"It took us decades to find it,\" said Orla Quinn.",
                "",
            ),
        ],
    );
}

/// A count the source gives as a group of that size restates it; another
/// count does not.
#[test]
fn a_group_named_by_its_size_is_counted() {
    assert_clean(
        "number-drift",
        &[
            (
                "A pair of otter pups has been born at Fenwick Wildlife Park, keepers said.",
                "Two otter pups have been born at Fenwick Wildlife Park, keepers said.",
            ),
            (
                "The hospital said the triplets were doing well after the birth.",
                "The hospital said the three babies were doing well after the birth.",
            ),
        ],
    );
    assert_cases(
        "number-drift",
        &[(
            "A pair of otter pups has been born at Fenwick Wildlife Park, keepers said.",
            "Three otter pups have been born at Fenwick Wildlife Park, keepers said.",
            "Three",
        )],
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

/// A headline takes its figures from the whole story: a figure of the body in
/// the suspect headline, where the source headline had another, is no figure
/// changed.
#[test]
fn a_headline_figure_from_the_body() {
    let source = "Three Harwick libraries to close as visits fall\n\n\
                  The council voted on Tuesday to close three branch libraries next spring, \
                  despite a petition signed by more than 1,800 residents.\n";
    let suspect = "Harwick libraries to close despite 1,800-name petition\n\n\
                   The council voted on Tuesday to close three branch libraries next spring, \
                   despite a petition signed by more than 1,800 residents.\n";
    assert_eq!(
        findings_of("number-drift", suspect, source),
        Vec::<String>::new()
    );
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

/// A rate per day totalled over the week ("2,300 visits a day last week" →
/// "16,100 in all") is worked out from the source; a wrong total is not.
#[test]
fn a_daily_rate_totalled_over_the_week_is_worked_out() {
    assert_sentences(
        "number-drift",
        &[(
            "Emergency departments saw an average of 2,300 visits a day last week.",
            "Emergency departments handled an average of 2,300 visits a day last week, roughly 16,100 in all.",
        )],
        &[(
            "Emergency departments saw an average of 2,300 visits a day last week.",
            "Emergency departments handled an average of 2,300 visits a day last week, roughly 19,600 in all.",
        )],
    );
}

#[test]
fn a_figure_with_its_digits_reordered_in_a_sentence_reworded_past_alignment_is_changed() {
    let source = "Morgan wins snooker title\n\nRhys Morgan won the Welsh Open in Llandudno on Sunday, beating Tom Hale 9-6 in the final. The champion collects £120,000. The runner-up receives £65,000. Morgan's victory lifts him about 40 places in the rankings.\n";
    let changed = "Morgan wins snooker title\n\nRhys Morgan won the Welsh Open in Llandudno on Sunday, beating Tom Hale 9-6 in the final. The champion collects £120,000. The beaten finalist takes home £56,000. Morgan's victory lifts him about 40 places in the rankings.\n";
    let kept = "Morgan wins snooker title\n\nRhys Morgan won the Welsh Open in Llandudno on Sunday, beating Tom Hale 9-6 in the final. The champion collects £120,000. The beaten finalist takes home £65,000. Morgan's victory lifts him about 40 places in the rankings.\n";
    assert_cases(
        "number-drift",
        &[(source, changed, "£56,000"), (source, kept, "")],
    );
}

#[test]
fn a_figure_changed_in_the_unaligned_half_of_a_split_sentence_is_changed_not_missing() {
    // "left Brannock at 2:15 p.m. and was climbing through 9,000 feet when
    // the crew reported …" → "… as the plane climbed through 9,000 meters.
    // It had taken off from Brannock at 2:51 p.m.", the second half
    // unaligned.
    let found = eval_pair_findings("number-drift", "t513-engine-failure-landing");
    assert!(found.iter().any(|f| f == "2:51 p.m"), "{found:?}");
    assert!(
        !found.iter().any(|f| f.starts_with("Air traffic")),
        "{found:?}"
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
