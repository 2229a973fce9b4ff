//! garbled-phrase: spinner swaps of news words by topic (trade, court, money, events, groups,
//! farms, roles, sites, plants and deals) are garbled in their wrong sense.

use super::*;

#[test]
fn spinner_swaps_of_trade_and_court_words_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The lab said hackers had copied the files overnight.",
                "The lab said programmers had copied the files overnight.",
                "programmers",
            ),
            (
                "The tribunal heard that the contract was signed in March.",
                "The tribunal listened that the contract was signed in March.",
                "listened",
            ),
            (
                "Two councillors broke ranks to back the budget.",
                "Two councillors broke rows to back the budget.",
                "rows",
            ),
            (
                "Bus fares will stay frozen until next spring.",
                "Bus fares will stay iced until next spring.",
                "iced",
            ),
            // The reverse swap is not in the table.
            (
                "The tribunal listened to both sides for an hour.",
                "The tribunal heard both sides for an hour.",
                "",
            ),
        ],
    );
}

#[test]
fn spinner_swaps_of_group_and_farm_words_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "A group of residents petitioned the council.",
                "A bunch of residents petitioned the council.",
                "bunch",
            ),
            (
                "The offshore wind farm will power 40,000 homes.",
                "The offshore wind ranch will power 40,000 homes.",
                "ranch",
            ),
        ],
    );
}

#[test]
fn spinner_swaps_of_roles_and_plain_news_words_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The club's chairman thanked the home crowd after the match.",
                "The club's administrator thanked the home crowd after the match.",
                "administrator",
            ),
            (
                "Dairy farmers say the price cut will close small herds.",
                "Dairy ranchers say the price cut will close small herds.",
                "ranchers",
            ),
            (
                "Contractors will build a new jetty at the harbour.",
                "Contractors will fabricate a new jetty at the harbour.",
                "fabricate",
            ),
            (
                "The county's treasurer approved the transfer.",
                "The county's financier approved the transfer.",
                "financier",
            ),
            (
                "Bus fares will double from next spring.",
                "Bus fares will twofold from next spring.",
                "twofold",
            ),
        ],
    );
    // "last" in the sense of "persist" may be "endure".
    assert_clean(
        "garbled-phrase",
        &[(
            "Growers hope the higher yields will last beyond a decade.",
            "Growers hope the higher yields will endure beyond a decade.",
        )],
    );
}

#[test]
fn declared_and_sentenced_are_spun_only_in_their_news_sense() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The governor declared a state of emergency in four counties.",
                "The governor pronounced a state of emergency in four counties.",
                "pronounced",
            ),
            (
                "The former clerk was sentenced to four years in prison.",
                "The former clerk was condemned to four years in prison.",
                "condemned",
            ),
        ],
    );
    // A death is "pronounced" as well as "declared".
    assert_clean(
        "garbled-phrase",
        &[(
            "The driver was declared dead at the scene.",
            "The driver was pronounced dead at the scene.",
        )],
    );
}

#[test]
fn spinner_swaps_of_site_plant_and_deal_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The carmaker will open a battery plant near the port.",
                "The carmaker will open a battery vegetation near the port.",
                "vegetation",
            ),
            (
                "The union called the deal a fair one for workers.",
                "The union called the manage a fair one for workers.",
                "manage",
            ),
            (
                "The site of the new school is a former car park.",
                "The website of the new school is a former car park.",
                "website",
            ),
            (
                "The ferry operator cancelled six crossings on Monday.",
                "The ferry driver cancelled six crossings on Monday.",
                "driver",
            ),
            (
                "The minister said prices would rise again next month.",
                "The minister quoth prices would rise again next month.",
                "quoth",
            ),
        ],
    );
}

#[test]
fn wrong_senses_of_common_news_words_and_terms_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The court heard that the pair fled in a stolen van.",
                "The courtyard heard that the pair fled in a stolen van.",
                "courtyard",
            ),
            (
                "Households face higher energy bills this winter, the regulator said.",
                "Households face higher vigour bills this winter, the regulator said.",
                "vigour",
            ),
            (
                "The carrier said flights to Dublin would resume on Friday.",
                "The porter said flights to Dublin would resume on Friday.",
                "porter",
            ),
            (
                "The chief operating officer of the firm will step down in May.",
                "The chief working officer of the firm will step down in May.",
                "working officer",
            ),
            (
                "Two new cafes opened on the high street last month.",
                "Two new cafes opened on the tall street last month.",
                "tall street",
            ),
        ],
    );
}

#[test]
fn spinner_swaps_of_money_court_and_event_words_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The closure was a blow to the harbour town, traders said.",
                "The closure was a stroke to the harbour town, traders said.",
                "stroke",
            ),
            (
                "His defence counsel asked for the hearing to be adjourned.",
                "His defence advice asked for the hearing to be adjourned.",
                "advice",
            ),
            (
                "The pair admitted money laundering at the crown court.",
                "The pair admitted money washing at the crown court.",
                "washing",
            ),
            (
                "Fruit pickers from abroad will need a seasonal visa.",
                "Fruit choosers from abroad will need a seasonal visa.",
                "choosers",
            ),
            // The reverse swap is not in the table.
            (
                "She suffered a stroke at home last spring.",
                "She suffered a blow at home last spring.",
                "",
            ),
        ],
    );
}
