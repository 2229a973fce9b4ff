//! polarity-drift: broad tables of negation counted in context, and of implicit
//! negations restated or flipped.

use super::*;

/// Negation is counted in context: (source, suspect, flagged text or "" for clean).
#[test]
fn polarity_negations_in_context() {
    let cases = [
        (
            "Reserves may fall as low as 8% in February, the grid operator said.",
            "Reserves could drop to as little as 8% in February, the grid operator said.",
            "",
        ),
        (
            "Shops said their shelves were not yet empty, the retail group said.",
            "Shops said their shelves were still stocked, the retail group said.",
            "",
        ),
        (
            "The ban ends her hopes of defending her continental title.",
            "The ban means she cannot defend her continental title.",
            "",
        ),
        (
            "Police said the man was carrying an unlicensed firearm.",
            "Police said the man was carrying a licensed firearm.",
            "licensed",
        ),
        (
            "Planning officers had advised refusal of the scheme.",
            "Planning officers had advised approval of the scheme.",
            "approval",
        ),
        (
            "Schools in the 11 towns will stay closed until Monday, officials said.",
            "Schools in the 11 towns will not reopen until Monday, officials said.",
            "",
        ),
        (
            "Schools in the 11 towns will stay closed on Monday, officials said.",
            "Schools in the 11 towns will reopen on Monday, officials said.",
            "reopen",
        ),
        (
            "Some homes might not be reconnected until Wednesday, the utility said.",
            "Some homes could remain without power until Wednesday, the utility said.",
            "",
        ),
        (
            "The former director was acquitted of fraud charges on Tuesday.",
            "The former director was found not guilty of fraud charges on Tuesday.",
            "",
        ),
        (
            "Fares are the same as on the rest of the network, the operator said.",
            "Fares do not differ from those on the rest of the network, the operator said.",
            "",
        ),
        (
            "The company said its net debt narrowed to 6.1 billion crowns.",
            "The company said its net debt widened to 6.1 billion crowns.",
            "widened",
        ),
        (
            "A collector, who asked not to be named, contacted the museum in May.",
            "A collector, who requested anonymity, got in touch with the museum in May.",
            "",
        ),
        (
            "Schools should not vaccinate pupils without written consent, the department said.",
            "Schools should vaccinate pupils only with written consent, the department said.",
            "",
        ),
        (
            "The court said it would wait for the prosecution before taking any further step.",
            "The court said it would take no further step until the prosecution had decided.",
            "",
        ),
        (
            "The operator suspended all services on Tuesday, the company said.",
            "The operator resumed all services on Tuesday, the company said.",
            "resumed",
        ),
        (
            "The judge refused to lift a travel ban on the former director.",
            "The judge refused to uphold a travel ban on the former director.",
            "uphold",
        ),
        (
            "The minister said he would not appoint a mediator unless both sides asked.",
            "The minister said he would only appoint a mediator if both sides asked.",
            "",
        ),
        (
            "The club will receive 10 percent of any future sale under a sell-on clause.",
            "The club will receive 10 percent of any future sale under a sell-off clause.",
            "",
        ),
        (
            "Buses will enter from the ring road and not from residential streets.",
            "Buses will enter from the ring road rather than from residential streets.",
            "",
        ),
        (
            "Buses will use the ring road instead of residential streets, the council said.",
            "Buses will use the ring road and not residential streets, the council said.",
            "",
        ),
        (
            "The mayor said the town had no choice but to close the bridge on Monday.",
            "The mayor said the town had little choice but to close the bridge on Monday.",
            "",
        ),
        (
            "The mayor said the small town would close the old bridge on Monday.",
            "The mayor said the little town would close the old bridge on Monday.",
            "",
        ),
        (
            "The mayor said the town would not close the old bridge on Monday.",
            "The mayor said the town would close the old bridge on Monday.",
            "close",
        ),
        (
            "A poll found that 61% of voters opposed the reform, while 32% supported it.",
            "A poll showed 61 percent of voters were against the reform and 32 percent in favour.",
            "",
        ),
        (
            "A poll found that 61% of voters opposed the reform on Tuesday.",
            "A poll found that 61% of voters were in favour of the reform on Tuesday.",
            "in favour",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn polarity_implicit_negation() {
    let cases = [
        (
            "Some rural parishes will lose their direct links to the city centre.",
            "Some rural parishes will no longer have direct links to the city centre.",
            "",
        ),
        (
            "The society said the funding was not enough to save the reef.",
            "The society said the funding was insufficient to save the reef.",
            "",
        ),
        (
            "Farmers can request the seed back free of charge, the bank said.",
            "Farmers can ask for the seed back at no cost, the bank said.",
            "",
        ),
        (
            "No one was admitted to hospital after the recall, officials said.",
            "Nobody was admitted to hospital after the recall, officials said.",
            "",
        ),
        (
            "The meeting ran until 11:15 p.m. on Tuesday, the council said.",
            "The meeting did not finish until 11:15 p.m. on Tuesday, the council said.",
            "",
        ),
        (
            "Drones must fly no lower than 60 metres over homes under the bill.",
            "Drones must fly at least 60 metres over homes under the bill.",
            "",
        ),
        (
            "The plant did not stop production despite the shortage, it said.",
            "The plant stopped production because of the shortage, it said.",
            "stopped",
        ),
    ];
    assert_cases("polarity-drift", &cases);
    assert_cases(
        "polarity-drift",
        &[
            (
                "She did not rule out further delays to the tram line, officials said.",
                "She left open the possibility of further delays to the tram line, officials said.",
                "",
            ),
            (
                "She did not rule out further delays to the tram line, officials said.",
                "She ruled out further delays to the tram line, officials said.",
                "ruled",
            ),
            (
                "The route was not practical for day trips, the airline said.",
                "The route was impractical for day trips, the airline said.",
                "",
            ),
            (
                "Not everyone welcomed the project, which will use river water.",
                "The project has its critics, as it will use river water.",
                "",
            ),
            (
                "Redmoor finished fifth, missing qualification by two points.",
                "Redmoor finished fifth and missed out on qualification by two points.",
                "",
            ),
            (
                "For most families a heat pump will now cost less than a new boiler.",
                "For most families a heat pump will now cost no more than a new boiler.",
                "",
            ),
            (
                "Night temperatures were not expected to fall below 28C, forecasters said.",
                "Night temperatures were expected to stay above 28C, forecasters said.",
                "",
            ),
            (
                "The ferry will sail four days a week, down from seven, from May.",
                "The ferry will sail four days a week rather than seven from May.",
                "",
            ),
            (
                "Teachers will get five hours of planning time, up from three, the ministry said.",
                "Teachers will get five hours of planning time instead of three, the ministry said.",
                "",
            ),
            (
                "The ministry welcomed the decision on Friday, officials said.",
                "The ministry opposed the decision on Friday, officials said.",
                "opposed",
            ),
            (
                "Three amendments that would have exempted miners were rejected on Monday.",
                "Three amendments that would have spared miners were rejected on Monday.",
                "",
            ),
            (
                "Nurses were cautiously supportive of the merger, the union said.",
                "Nurses were cautiously opposed to the merger, the union said.",
                "opposed",
            ),
            (
                "The board could lift the ban early if heavy rain arrived, it said.",
                "The board could lift the ban early unless heavy rain arrived, it said.",
                "unless",
            ),
            (
                "Shares in Skyline's parent, Skyline Group, rose 4.6 percent in early trading.",
                "Shares in Skyline Group, the airline's parent, fell 4.6% in early trade.",
                "fell",
            ),
            (
                "Shares in Skyline's parent, Skyline Group, rose 4.6 percent in early trading.",
                "Shares in Skyline Group, the airline's parent, climbed 4.6% in early trade.",
                "",
            ),
            (
                "Critics in parliament have questioned the cost of the satellite.",
                "Critics in parliament have rarely questioned the cost of the satellite.",
                "rarely",
            ),
            (
                "The central bank unexpectedly cut its main rate on Thursday.",
                "The central bank, as expected, cut its main rate on Thursday.",
                "as expected",
            ),
            (
                "Nine Republicans voted against the bill on Wednesday, aides said.",
                "Nine Republicans voted for the bill on Wednesday, aides said.",
                "voted for",
            ),
        ],
    );
}
