//! number-drift: numbers restyled (in words, with scales, in other styles) pass, and figures given
//! changed units are flagged.

use super::*;

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
