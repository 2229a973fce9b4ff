//! polarity-drift examples: each test is a table of source/suspect cases and what the rule must flag or pass.

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

/// A negation carried inside a word ("lose", "unable", "free") answers an
/// explicit one; one the other side also has does not: (source, suspect, flagged).
#[test]
fn bounds_restated_and_phrasal_particles_keep_polarity() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The temperature did not fall below 29C on Monday night, the weather office said.",
                "On Monday night the temperature stayed at or above 29C, the weather office said.",
            ),
            (
                "Scientists had thought the flares would strip nearby planets of their air.",
                "Scientists had assumed the flares would leave nearby planets without air.",
            ),
            (
                "Two cases were reported, which the company said may or may not be linked to the shot.",
                "Two cases were reported, which the company said were linked to the shot.",
            ),
            (
                "Teacher vacancies hit a record in Norvale as trainee numbers slump",
                "Norvale teacher vacancies reach a record as fewer trainees sign up",
            ),
        ],
    );
}

#[test]
fn news_opposites_and_prefix_denials_are_polarity_drift() {
    let cases = [
        (
            "The regulator on Monday cleared the proposed merger of the two dairies.",
            "The regulator on Monday blocked the proposed merger of the two dairies.",
            "blocked",
        ),
        (
            "The union called off a 48-hour strike planned for next week.",
            "The union went ahead with a 48-hour strike planned for next week.",
            "went ahead with",
        ),
        (
            "The judge released Ashcombe on bail until the hearing in March.",
            "The judge remanded Ashcombe in custody until the hearing in March.",
            "in custody",
        ),
        (
            "Patients with non-urgent appointments should stay at home on Tuesday.",
            "Patients with urgent appointments should stay at home on Tuesday.",
            "urgent",
        ),
        (
            "The cuts will come mostly through voluntary redundancy, the council said.",
            "The cuts will come mostly through compulsory redundancy, the council said.",
            "compulsory",
        ),
        (
            "Patients with non-urgent appointments should stay at home on Tuesday.",
            "Patients whose appointments are not urgent should stay at home on Tuesday.",
            "",
        ),
        (
            "Governors warned the school was at risk of running out of money by 2027.",
            "Governors warned the school was safe from running out of money by 2027.",
            "safe from",
        ),
        (
            "Economists are divided on the likely effect of the rent cap.",
            "Economists broadly agree on the likely effect of the rent cap.",
            "agree",
        ),
        (
            "The minister stopped short of promising long-term funding for the posts.",
            "The minister did not promise long-term funding for the posts.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn opposite_news_phrases_of_timing_powers_and_advice() {
    let cases = [
        (
            "The trust said it would delay the opening of its new cancer wing until 2028.",
            "The trust said it would bring forward the opening of its new cancer wing to 2028.",
            "bring forward",
        ),
        (
            "Ministers agreed to defer the road scheme to the following spending round.",
            "Ministers agreed to bring forward the road scheme to the following spending round.",
            "bring forward",
        ),
        (
            "The tribunal found that the regulator had exceeded its powers in issuing the fine.",
            "The tribunal found that the regulator had acted within its powers in issuing the fine.",
            "within its powers",
        ),
        (
            "The planning board did approve a smaller extension to the depot.",
            "The planning board turned down a smaller extension to the depot.",
            "turned down",
        ),
        (
            "The mayor signed the contract against the advice of the city's lawyers.",
            "The mayor signed the contract on the advice of the city's lawyers.",
            "on the advice of",
        ),
        (
            "Analysts said the sharp fall in sales came as no surprise.",
            "Analysts said the sharp fall in sales was unexpected.",
            "unexpected",
        ),
        (
            "The club said the stand's reopening would be delayed until spring.",
            "The club said the stand's reopening would be pushed back until spring.",
            "",
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

/// A negation inside a clause the rewrite inserted, denying a word the source
/// never uses, is new content; a negator slipped in before a source word flips.
#[test]
fn polarity_negation_in_inserted_clause() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "A freight train derailed near Holm on Sunday, the operator said.",
                "Nobody was hurt when a freight train derailed near Holm on Sunday, the operator said.",
                "",
            ),
            (
                "The ministry said the new bridge would cost 40 million euros.",
                "The ministry said the new bridge would cost 40 million euros, though it gave no date for its opening.",
                "",
            ),
            (
                "The union said it would appeal the ruling.",
                "The union said it would not appeal the ruling.",
                "not",
            ),
        ],
    );
}

/// A superlative restated as a denied comparative keeps its meaning; a
/// superlative denied on one side only is a flip.
#[test]
fn polarity_superlative_as_denied_comparative() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The fine is the largest ever imposed on a bus operator, the regulator said.",
                "No bus operator has ever been fined more heavily, the regulator said.",
                "",
            ),
            (
                "Twenty schools will get music teachers for the first time, the ministry said.",
                "Twenty schools that have never had music teachers before will get them, the ministry said.",
                "",
            ),
            (
                "The fine is the largest ever imposed on a bus operator, the regulator said.",
                "The fine is not the largest ever imposed on a bus operator, the regulator said.",
                "not",
            ),
        ],
    );
}

/// "Last" before a participle denies as "not … since" does; "last year" does not.
#[test]
fn polarity_last_done_is_not_since() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The bridge has not been inspected since 2016, the report found.",
                "The bridge was last inspected in 2016, the report found.",
            ),
            (
                "The rare orchid had not been recorded in the valley since 1987.",
                "The rare orchid was last recorded in the valley in 1987.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The bridge has not been inspected since 2016, the report found.",
                "The bridge has been inspected since 2016, the report found.",
            ),
            (
                "The bridge was not inspected last year, the report found.",
                "The bridge was inspected last year, the report found.",
            ),
        ],
    );
}

/// "Intact" and "elsewhere" carry a negation as "lost" does.
#[test]
fn polarity_intact_and_elsewhere_carry_a_negation() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The minister said the school budget would not be cut next year.",
                "The minister said the school budget would stay intact next year.",
            ),
            (
                "The depot will not be rebuilt on the same site, the firm said.",
                "The depot will be rebuilt elsewhere, the firm said.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The depot will not be rebuilt on the same site, the firm said.",
            "The depot will be rebuilt on the same site, the firm said.",
        )],
    );
}

/// "Nor" continuing a negation restates "not … or"; on its own it denies.
#[test]
fn polarity_nor_after_a_negation_is_one_denial() {
    assert_clean(
        "polarity-drift",
        &[(
            "The ministry did not say when the road would reopen or how much the repairs would cost.",
            "The ministry did not say when the road would reopen. Nor did it say how much the repairs would cost.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The ministry said when the road would reopen and how much the repairs would cost.",
            "The ministry said when the road would reopen, nor how much the repairs would cost.",
        )],
    );
}

/// "Still awaiting" carries the "not yet" it restates.
#[test]
fn polarity_still_awaiting_is_not_yet() {
    assert_clean(
        "polarity-drift",
        &[(
            "Neither of the two drivers has yet been sentenced, the court said.",
            "Both drivers are still awaiting sentencing, the court said.",
        )],
    );
}

#[test]
fn careful_rewrites_keep_polarity_and_stance() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Developers that miss the deadline face penalties, the ministry said.",
                "Developers who fail to meet the deadline face penalties, the ministry said.",
                "",
            ),
            (
                "Visitors will be able to buy passes online from next month.",
                "Passes will be sold online from next month, officials said.",
                "",
            ),
            (
                "Indonesia sits on the Pacific Ring of Fire and has 127 active volcanoes.",
                "Indonesia lies on the Pacific Ring of Fire and has 127 active volcanoes.",
                "",
            ),
            (
                "Shoppers will buy more gold this year, the council said.",
                "Shoppers will sell more gold this year, the council said.",
                "sell",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[
            (
                "The firm did not give a figure for the losses and declined to comment further.",
                "The firm gave no figure for the losses and would not comment further.",
                "",
            ),
            (
                "The former treasurer went on trial on Monday accused of embezzling 2 million crowns.",
                "The former treasurer went on trial on Monday for embezzling 2 million crowns.",
                "for embezzling",
            ),
            (
                "The former treasurer went on trial on Monday accused of embezzling 2 million crowns.",
                "The former treasurer, accused of embezzling 2 million crowns, went on trial on Monday.",
                "",
            ),
            (
                "The former treasurer, who is accused of embezzling 2 million crowns, went on trial.",
                "The former treasurer, who embezzled 2 million crowns, went on trial.",
                "embezzled",
            ),
            (
                "The former treasurer, who is accused of embezzling 2 million crowns, went on trial.",
                "The former treasurer, who prosecutors claim embezzled 2 million crowns, went on trial.",
                "",
            ),
            // The count of a charge is no act: the act is the offence.
            (
                "The former adviser has been charged with 11 counts of fraud and two of theft.",
                "The former adviser has been indicted on 11 counts of fraud and two of theft.",
                "",
            ),
            (
                "The former adviser has been charged with 11 counts of fraud and two of theft.",
                "The former adviser, who committed 11 counts of fraud and two of theft, is on trial.",
                "fraud",
            ),
            (
                "The ferry could not return to service until repairs were checked.",
                "The ferry will stay out of service until repairs are checked.",
                "",
            ),
            (
                "The ferry cannot return to service until repairs are checked.",
                "The ferry will stay out of service until repairs are checked.",
                "",
            ),
            (
                "The ferry could return to service in May.",
                "The ferry will return to service in May.",
                "will return",
            ),
            (
                "Much of the money was spent on property, prosecutors said.",
                "Most of the money went on property, prosecutors said.",
                "Most",
            ),
            (
                "Much of the money was spent on property, prosecutors said.",
                "A large part of the money went on property, prosecutors said.",
                "",
            ),
            (
                "Some large customers would see rises of about 4% under the plan, the utility said.",
                "Large customers would see rises of around 4% under the plan, the utility said.",
                "Large",
            ),
            (
                "The scheme will be funded partly by a loan, which will cover about 60 percent of it.",
                "About 60 percent of the scheme will be covered by a loan.",
                "",
            ),
            (
                "Seagrass is thought to account for about 10% of the carbon stored, the study said.",
                "Seagrass accounts for about 10% of the carbon stored, the study said.",
                "accounts",
            ),
            (
                "The gap between the candidates has shrunk since March, the poll showed.",
                "The gap between the candidates has collapsed since March, the poll showed.",
                "collapsed",
            ),
            (
                "Shares in the brewer fell 30% on Monday, traders said.",
                "Shares in the brewer slumped 30% on Monday, traders said.",
                "",
            ),
            (
                "Storm Idris brought gusts of up to 148 km/h to the coast on Sunday.",
                "Storm Idris brought gusts reaching 148 km/h to the coast on Sunday.",
                "",
            ),
            (
                "The mayor said it was too early to estimate the cost of the damage.",
                "The mayor said it was too soon to put a figure on the damage.",
                "",
            ),
            (
                "The ministry said it would consider the findings before the next season.",
                "The ministry said the findings would be taken into account before the next season.",
                "",
            ),
            (
                "The team plans to repeat the survey next year, the university said.",
                "The team will repeat the survey next year, the university said.",
                "will",
            ),
            (
                "The team plans to repeat the survey next year, the university said.",
                "The team intends to repeat the survey next year, the university said.",
                "",
            ),
            (
                "The city had no plans to increase its contribution, the mayor said.",
                "The city did not plan to raise its contribution, the mayor said.",
                "",
            ),
            (
                "The judge said the board should have ordered a new noise study.",
                "The judge said the board ought to have ordered a fresh noise study.",
                "",
            ),
            (
                "The striker is expected to make his debut on Saturday, the club said.",
                "The striker is in line to make his debut on Saturday, the club said.",
                "",
            ),
            (
                "The health board has applied for emergency funds to run the clinics.",
                "The health board has secured emergency funds to run the clinics.",
                "secured",
            ),
            (
                "The health board has applied for emergency funds to run the clinics.",
                "The health board has asked for emergency funds to run the clinics.",
                "",
            ),
            (
                "Residents voiced concern about the noise, the council said.",
                "Residents voiced alarm about the noise, the council said.",
                "alarm",
            ),
            (
                "Shares in the brewer fell slightly on Monday, traders said.",
                "Shares in the brewer slumped on Monday, traders said.",
                "slumped",
            ),
            (
                "Shares in the brewer fell slightly on Monday, traders said.",
                "Shares in the brewer dipped on Monday, traders said.",
                "",
            ),
            (
                "The prosecutor said the money appeared to have been moved through shell firms.",
                "The prosecutor said the money had been moved through shell firms.",
                "had",
            ),
            (
                "The study, published in the journal Apis, appeared in print on Monday.",
                "The study, which appeared in the journal Apis, was printed on Monday.",
                "",
            ),
            (
                "The fishing lobby, which says it has 4,500 members, opposed the plan.",
                "The fishing lobby, which has 4,500 members, opposed the plan.",
                "which has",
            ),
            (
                "The fishing lobby, which says it has 4,500 members, opposed the plan.",
                "The fishing lobby, which says it counts 4,500 members, opposed the plan.",
                "",
            ),
            (
                "The board said it would consider extending the subsidy to small farms.",
                "The board said it would extend the subsidy to small farms.",
                "extend",
            ),
            (
                "The board said it would consider extending the subsidy to small farms.",
                "The board said it would think about extending the subsidy to small farms.",
                "",
            ),
            (
                "The club said it had not decided whether to appeal the fine.",
                "The club said it had decided to appeal the fine.",
                "",
            ),
            (
                "Not all analysts expect the rally to last, the report said.",
                "Some analysts doubt the rally will last, the report said.",
                "",
            ),
            (
                "The garage will stay shut until at least September, the council said.",
                "The garage will stay shut until September, the council said.",
                "September",
            ),
            (
                "The garage will stay shut until at least September, the council said.",
                "The garage will stay shut at least until September, the council said.",
                "",
            ),
            (
                "Scientists said some reefs had committed to recovery, the survey found.",
                "Scientists said some reefs might commit to recovery, the survey found.",
                "might",
            ),
            (
                "Those given the highest dose lost an average of 2.9 units, the study found.",
                "Those given the highest dose appeared to lose an average of 2.9 units, the study found.",
                "appeared",
            ),
            (
                "The recall covers pots sold in May, the company said.",
                "The recall covers pots sold in May and June, the company said.",
                "",
            ),
            (
                "Business groups broadly welcomed the plan on Tuesday.",
                "Business groups unanimously welcomed the plan on Tuesday.",
                "unanimously",
            ),
            (
                "The bank, as expected, kept rates on hold and said a cut would start in spring.",
                "The bank kept rates on hold and said a cut would start in spring.",
                "",
            ),
            (
                "The ministry expects demand to peak in May, officials said.",
                "The ministry expected demand to peak in May, officials said.",
                "",
            ),
            (
                "A small eruption was the most likely outcome, she said.",
                "A small eruption was the most probable outcome, she said.",
                "",
            ),
            (
                "The firm expects the number of daily van routes to fall by 2026.",
                "The number of daily van routes will fall by 2026, the firm said.",
                "will fall",
            ),
            (
                "The board said it would consider extending the scheme next year.",
                "The board said it would extend the scheme next year.",
                "extend",
            ),
            (
                "Only robots weighing less than 2 kilograms may enter the contest.",
                "Only robots under 2 kilograms may enter the contest.",
                "",
            ),
            (
                "The new ward would reduce infection risks, the hospital said.",
                "The new ward would eliminate infection risks, the hospital said.",
                "eliminate",
            ),
            (
                "Musicians remained concerned about the merger, the union said.",
                "Musicians remained alarmed about the merger, the union said.",
                "alarmed",
            ),
            (
                "Residents were moved out, some for up to 10 weeks, officials said.",
                "Residents were moved out, some for 10 weeks, officials said.",
                "10",
            ),
            (
                "The car will stay closed for at least two weeks, the operator said.",
                "The car will remain closed for a minimum of two weeks, the operator said.",
                "",
            ),
            (
                "The mayor criticised a £4.5 million contract on Tuesday.",
                "The mayor slammed a £4.5 million contract on Tuesday.",
                "slammed",
            ),
            (
                "Conservationists estimate that fewer than 30,000 remain in the wild.",
                "Conservationists confirm that fewer than 30,000 remain in the wild.",
                "confirm",
            ),
            (
                "The strike grounded an estimated 260,000 passengers, analysts said.",
                "The strike grounded roughly 260,000 passengers, analysts said.",
                "",
            ),
            (
                "Small shops may accept bottles by hand under the scheme.",
                "Small shops can take bottles back by hand under the scheme.",
                "",
            ),
            (
                "The merger is expected to save about 38 million pounds a year.",
                "The merger will save about 38 million pounds a year.",
                "will save",
            ),
            (
                "Officials could not say when the pass would reopen.",
                "Officials had no timetable for reopening the pass.",
                "",
            ),
            (
                "The win earns Port Aldren a place in Europe next season.",
                "The win may earn Port Aldren a spot in Europe next season.",
                "may",
            ),
            (
                "Gusts reached 240 km/h and forecasters warned of surges along the coast.",
                "Gusts reached 240 km/h and forecasters warned that surges could strike the coast.",
                "",
            ),
            (
                "The company hoped to fly six missions next year, it said.",
                "The company will fly six missions next year, it said.",
                "will fly",
            ),
            (
                "British media reported that the fee was 40 million euros.",
                "British media confirmed that the fee was 40 million euros.",
                "confirmed",
            ),
            (
                "Residents have been asked to keep showers short, officials said.",
                "Residents have been ordered to keep showers short, officials said.",
                "ordered",
            ),
            (
                "Analysts were sceptical of the plan, he said on Tuesday.",
                "Analysts were deeply sceptical of the plan, he said on Tuesday.",
                "deeply",
            ),
            (
                "The storm caused losses of up to 180 million euros, insurers said.",
                "The storm caused losses of at least 180 million euros, insurers said.",
                "at least",
            ),
            (
                "The storm caused losses of up to 180 million euros, insurers said.",
                "The storm caused losses of as much as 180 million euros, insurers said.",
                "",
            ),
            (
                "The win is expected to lift him to about 18th in the rankings.",
                "The win should push him up to about 18th in the rankings.",
                "",
            ),
            (
                "Critics said the price was too high for consumers.",
                "Detractors argued the price was excessive for consumers.",
                "",
            ),
            (
                "Growers estimated the losses at 40 million euros on Monday.",
                "Growers put the losses at 40 million euros on Monday.",
                "",
            ),
            (
                "Owners are allowed to register dogs online from March, the council said.",
                "Owners are required to register dogs online from March, the council said.",
                "required",
            ),
            (
                "The regulator urged the firm to close the plant, the report said.",
                "The regulator ordered the firm to close the plant, the report said.",
                "ordered",
            ),
            (
                "Rare stamps usually sell for twice their estimate, the auctioneer said.",
                "Rare stamps always sell for twice their estimate, the auctioneer said.",
                "always",
            ),
            (
                "Flights could be diverted if ash reached cruising altitude, it said.",
                "Flights will be diverted if ash reached cruising altitude, it said.",
                "will be",
            ),
        ],
    );
}

#[test]
fn a_flip_in_another_clause_does_not_cancel_a_negation() {
    let found = findings_of(
        "polarity-drift",
        "The agency, which rejected the plan in 2023, said it had found evidence of damage.",
        "The agency, which approved the plan in 2023, said it had found no evidence of damage.",
    );
    assert_eq!(found, ["rejected", "evidence"]);
}

#[test]
fn a_double_negation_whose_denied_word_flipped_stands_alone() {
    let found = findings_of(
        "polarity-drift",
        "The side had not won a match in three seasons, and it often allowed chances.",
        "The side had not lost a match in three seasons, and it rarely allowed chances.",
    );
    assert_eq!(found, ["won", "often"]);
}

#[test]
fn a_negation_answered_by_its_own_opposite_leaves_the_others() {
    let found = findings_of(
        "polarity-drift",
        "She said the results might not apply to tropical meadows, which were included, and the risk was low.",
        "She said the results might not apply to tropical meadows, which were not included, and the risk was not high.",
    );
    assert_eq!(found, ["included"]);
}

#[test]
fn a_negation_moved_within_its_clause_is_no_flip() {
    let found = findings_of(
        "polarity-drift",
        "The airline said there would be no layoffs this year, and the route would close in May.",
        "The airline said no staff would be laid off this year, and the route would not close in May.",
    );
    assert_eq!(found, ["close"]);
}

#[test]
fn a_negation_dropped_beside_one_an_opposite_answers_is_still_flagged() {
    let source = "Professor Otieno, who was not involved in the study, cautioned that the \
trial was too short to show whether the benefit lasts.";
    let suspect = "Professor Otieno, who was involved in the study, warned that the \
trial was not long enough to show whether the benefit lasts.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["involved"]);
    let kept = "Professor Otieno, who was not involved in the study, warned that the \
trial was not long enough to show whether the benefit lasts.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}

#[test]
fn hard_negation_paraphrases_pass_clean() {
    let cases = [
        (
            "The drug did not reduce the use of painkillers.",
            "The drug failed, however, to reduce the use of painkillers.",
        ),
        (
            "She said the change was not harmless.",
            "She said the change was far from harmless.",
        ),
        (
            "Police urged people not to drive through floodwater.",
            "Police warned against driving through floodwater.",
        ),
        (
            "The club wants a forward on a permanent deal rather than a loan.",
            "The club would rather sign a forward permanently than on loan.",
        ),
        (
            "The retrial is expected to begin no earlier than January.",
            "The retrial is not expected to start before January.",
        ),
        (
            "The judge had wrongly admitted the evidence.",
            "The judge should not have admitted the evidence.",
        ),
        (
            "The rule means no search takes place without a warrant.",
            "The rule means every search now requires a warrant.",
        ),
        (
            "The motion was passed unanimously.",
            "The motion was passed without a single vote against.",
        ),
        (
            "The firm weighs cutting up to 600 jobs.",
            "The firm will cut 600 jobs.",
        ),
    ];
    assert_clean("polarity-drift", &cases);
    // The same words still count where they deny nothing.
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Police said they would take action against the group.",
            "Police said they would not take any action against the group."
        ),
        ["take"]
    );
}

#[test]
fn a_negation_dropped_while_another_is_carried_into_a_word_is_flagged() {
    let source = "The operator said it did not expect widespread outages, though some \
rural areas could lose electricity for several hours.";
    let suspect = "The operator said it expected widespread outages, though some \
rural areas might be without power for several hours.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["expected"]);
    let kept = "The operator said it did not expect widespread outages, though some \
rural areas might be without power for several hours.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}

#[test]
fn negations_carried_by_first_since_power_cuts_leaving_and_lessened_opposites_pass_clean() {
    let cases = [
        (
            "The win was the club's first national title since 1986.",
            "The club had not won a national title since 1986.",
        ),
        (
            "The storm left 180,000 homes without power.",
            "The storm cut power to 180,000 homes.",
        ),
        (
            "The storm left 180,000 homes without electricity.",
            "The storm knocked out electricity to 180,000 homes.",
        ),
        (
            "He no longer sits on the council.",
            "He has left the council.",
        ),
        (
            "The airline says its new jets are quieter.",
            "The airline says its new jets are less noisy.",
        ),
    ];
    assert_clean("polarity-drift", &cases);
    // A synonym swap to "cut" carries no negation of its own.
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Farmers said the line cut their land in two and that the underpasses had been built.",
            "Farmers said the line split their land in two and that the underpasses had not been built."
        ),
        ["been built"]
    );
}

#[test]
fn negation_carried_by_prefix_verb_or_a_second_negator_passes_clean() {
    let cases = [
        (
            "The inspector judged it not urgent.",
            "The inspector considered it non-urgent.",
        ),
        (
            "The inspector judged it not urgent, documents show.",
            "The inspector considered it non-urgent, documents show.",
        ),
        (
            "The council had ignored repeated warnings.",
            "The council had failed to act on repeated warnings.",
        ),
        (
            "The defendant did not give evidence.",
            "The defendant stayed out of the witness box.",
        ),
        (
            "He had not missed a penalty all season.",
            "He had scored every penalty all season.",
        ),
        (
            "The drug fails to beat placebo.",
            "The drug does no better than placebo.",
        ),
        ("The A71 remained closed.", "The A71 had not reopened."),
    ];
    assert_clean("polarity-drift", &cases);
    assert_cases(
        "polarity-drift",
        &[
            (
                "Side effects occurred at similar rates in both groups.",
                "Side effects occurred at different rates in both groups.",
                "different",
            ),
            (
                "Calder were favourites with most bookmakers.",
                "Calder were outsiders with most bookmakers.",
                "outsiders",
            ),
        ],
    );
}

#[test]
fn opposites_swapped_inside_moved_text_are_polarity_drift() {
    let cases = [
        (
            "Net debt narrowed to 6.1 billion crowns, and the board proposed a dividend.",
            "The board proposed a dividend, while net debt widened to 6.1 billion crowns.",
            "widened",
        ),
        (
            "Voters approved the levy in a referendum that drew the highest turnout in a decade.",
            "In a referendum that drew the lowest turnout in a decade, voters approved the levy.",
            "lowest",
        ),
        (
            "The authority's chief executive, Patrice Obuya, rejected the criticism.",
            "Patrice Obuya, chief executive of the authority, accepted the criticism.",
            "accepted",
        ),
    ];
    assert_cases("polarity-drift", &cases);
    // Both words kept, only moved: no flip.
    assert!(
        findings_of(
            "polarity-drift",
            "Shares rose 3% while bonds fell, and the board proposed a dividend.",
            "The board proposed a dividend, while shares rose 3% and bonds fell."
        )
        .is_empty()
    );
}

#[test]
fn refusals_without_to_bounds_and_news_opposites_flip() {
    let flagged = [
        (
            "The judge refused a prosecution request.",
            "The judge granted a prosecution request.",
            "granted",
        ),
        (
            "The tank had failed an inspection.",
            "The tank had passed an inspection.",
            "passed",
        ),
        (
            "The bridge is closed to trucks over 10 tonnes.",
            "The bridge is closed to trucks under 10 tonnes.",
            "under",
        ),
        (
            "The margin was within the 2% threshold.",
            "The margin was beyond the 2% threshold.",
            "beyond",
        ),
        (
            "The drug was generally well tolerated.",
            "The drug was generally poorly tolerated.",
            "poorly",
        ),
    ];
    assert_cases("polarity-drift", &flagged);
    let clean = [
        (
            "Firefighters brought them down over nearly two hours.",
            "Firefighters brought them down in just under two hours.",
        ),
        (
            "She missed last year's semi-final with a knee injury.",
            "She sat out last year's semi-final with a knee injury.",
        ),
        (
            "The line opens in June but has not yet received national funding.",
            "The line opens in June, but it is still waiting for national funding.",
        ),
    ];
    assert_clean("polarity-drift", &clean);
}

#[test]
fn votes_open_questions_particles_and_misaligned_opposites_pass_clean() {
    let cases = [
        (
            "Four councillors were among those voting against.",
            "Among the four who voted no were councillors.",
        ),
        (
            "Water may exist there, although the question remains open.",
            "Water may exist there, though the question has not been settled.",
        ),
        (
            "The clinics are aimed at easing pressure on emergency rooms.",
            "The clinics are meant to take pressure off emergency rooms.",
        ),
        (
            "The council approves a 4.9% tax rise, cuts library hours.",
            "The council backs a 4.9% tax increase and trims library hours.",
        ),
    ];
    assert_clean("polarity-drift", &cases);
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Staff switched the lights off.",
            "Staff switched the lights on."
        ),
        ["off"]
    );
}

#[test]
fn opposite_bounds_and_news_opposites_flip() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The arena will now open no earlier than the start of 2028.",
                "The arena will now open no later than the start of 2028.",
                "later",
            ),
            (
                "Retailer Ovo lost 54 million crowns last year.",
                "Retailer Ovo earned 54 million crowns last year.",
                "earned",
            ),
            (
                "Prices fell because of a glut of chips.",
                "Prices fell because of a shortage of chips.",
                "shortage",
            ),
        ],
    );
}

#[test]
fn figures_moving_the_other_way_permission_made_a_ban_and_standards_missed_flip() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Sales were down 9% on the year.",
                "Sales showed a 9% rise on the year.",
                "rise",
            ),
            (
                "The rule lets the city draw on the reserve fund.",
                "The rule bars the city from drawing on the reserve fund.",
                "bars",
            ),
            (
                "Inspectors found the plant met current safety standards.",
                "Inspectors found the plant fell short of current safety standards.",
                "fell short of",
            ),
            (
                "Rents rose after years of slow growth.",
                "Rents rose after years of rapid growth.",
                "rapid",
            ),
            // A denied opposite restates, a few words back too.
            (
                "Drones will be banned across the park from June.",
                "Drones will no longer be allowed anywhere in the park from June.",
                "",
            ),
        ],
    );
}

#[test]
fn affirming_idioms_one_negation_in_neither_nor_and_too_early_to_pass_clean() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "When auditors asked, he had an answer ready every time.",
                "When auditors asked, he had an answer ready without fail.",
            ),
            (
                "He advertised flats that he neither owned nor managed.",
                "He advertised flats that he didn't own or manage.",
            ),
            (
                "She said it was too early to link a single storm to climate change.",
                "She said a single storm could not yet be tied to climate change.",
            ),
        ],
    );
}

#[test]
fn news_opposites_of_pace_verdicts_and_lobbying_flip() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Officials said the rate of new infections appeared to be slowing.",
                "Officials said the rate of new infections appeared to be accelerating.",
                "accelerating",
            ),
            (
                "The jury acquitted him on a single count of witness tampering.",
                "The jury also found him guilty on a single count of witness tampering.",
                "found him guilty",
            ),
            (
                "The union had lobbied against the merger for a year.",
                "The union had lobbied for the merger for a year.",
                "lobbied for",
            ),
            // A denied opposite restates.
            (
                "Schools will stay closed until Monday.",
                "Schools will not reopen until Monday.",
                "",
            ),
        ],
    );
}

#[test]
fn a_negation_carried_by_a_prefixed_word_counts_once_and_answers_its_own_edit() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The company did not admit wrongdoing but agreed to pay the fine and to refund \
customers who were charged fees that the regulator said were not properly disclosed.",
                "Quillfin admitted wrongdoing and agreed to pay the fine and to refund customers \
who were charged undisclosed early-repayment fees.",
                // The finding names the verb the source denied.
                "admitted",
            ),
            (
                "The hospital said the trust could not show that its staffing was safe, and it \
did not say when it would.",
                "The hospital said the trust was unable to show that its staffing was safe, and it \
did not say when it would.",
                "",
            ),
        ],
    );
}

#[test]
fn a_negation_dropped_beside_a_carried_not_until_and_requests_declined_flip() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The regulator said the damage posed no immediate danger to passengers but that \
the vessel could not return to service until repairs were completed.",
                "According to the regulator, it posed an immediate danger to passengers, and the \
vessel will stay out of service until repairs have been completed.",
                "an",
            ),
            (
                "He was given a lawyer after he had asked for one.",
                "He was given a lawyer after he had declined one.",
                "declined",
            ),
            (
                "The union welcomed the findings on Tuesday.",
                "The union dismissed the findings on Tuesday.",
                "dismissed",
            ),
        ],
    );
}

#[test]
fn litotes_silence_sidelining_and_decisions_still_pending_restate_a_negation() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Waits were not unlike those seen at the height of the pandemic.",
                "Waits were similar to those seen at the height of the pandemic.",
            ),
            (
                "Delaine did not speak at the hearing.",
                "Delaine stayed silent at the hearing.",
            ),
            (
                "The agency said it had not yet decided whether to appeal.",
                "The agency said it was still deciding whether to appeal.",
            ),
        ],
    );
    // The litotes' own denial dropped is still a flip.
    assert_cases(
        "polarity-drift",
        &[(
            "He said a single stuck gate in a first trial was not unusual.",
            "He said a single stuck gate in a first trial was unusual.",
            "unusual",
        )],
    );
}

#[test]
fn a_converse_verb_with_its_parties_swapped_or_its_voice_changed_is_no_flip() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The trust bought the land from three farming families in 2016.",
                "Three farming families sold the land to the trust in 2016.",
            ),
            (
                "Patients given the drug had fewer attacks.",
                "Patients who took the drug had fewer attacks.",
            ),
        ],
    );
    // The same parties on the same sides: the deal went the other way.
    assert_cases(
        "polarity-drift",
        &[(
            "The trust bought the land from three farming families in 2016.",
            "The trust sold the land to three farming families in 2016.",
            "sold",
        )],
    );
}

#[test]
fn beat_and_lost_to_flip_unless_the_teams_changed_sides() {
    let source =
        "The Harbour Lions beat the Northgate Rovers 3-1 on Saturday to reach the cup final.";
    assert_cases(
        "polarity-drift",
        &[
            (
                source,
                "The Harbour Lions lost to the Northgate Rovers 3-1 on Saturday to reach the cup final.",
                "lost",
            ),
            (
                source,
                "The Northgate Rovers lost 3-1 to the Harbour Lions on Saturday.",
                "",
            ),
        ],
    );
}

#[test]
fn pay_and_receive_flip_unless_payer_and_payee_changed_sides() {
    let source = "Tervana must pay Quellix a break fee of $40 million if the deal collapses.";
    assert_cases(
        "polarity-drift",
        &[
            (
                source,
                "Tervana will receive a break fee of $40 million from Quellix if the deal collapses.",
                "receive",
            ),
            (
                source,
                "Quellix would receive a break fee of $40 million from Tervana if the deal collapses.",
                "",
            ),
        ],
    );
}

#[test]
fn from_and_to_swapped_before_the_same_party_flip() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Skyreach leased two aircraft from Solmar last year.",
                "Skyreach leased two aircraft to Solmar last year.",
                "to",
            ),
            (
                "Shippers diverted cargo to the rival port of Castrelo.",
                "Shippers diverted cargo from the rival port of Castrelo.",
                "from",
            ),
            // "from 2019 to 2023" restyled keeps its ends.
            (
                "Prices rose from 2019 to 2023.",
                "Prices rose between 2019 and 2023.",
                "",
            ),
        ],
    );
}

#[test]
fn a_misspelt_negator_is_spelling_s_to_report() {
    assert_clean(
        "polarity-drift",
        &[(
            "Residents with disabled badges will be exempt from the levy.",
            "Residents with disabled badges will be exampt from the levy.",
        )],
    );
    assert_cases(
        "spelling",
        &[(
            "Residents with disabled badges will be exempt from the levy.",
            "Residents with disabled badges will be exampt from the levy.",
            "exampt",
        )],
    );
}

#[test]
fn a_removed_negation_is_flagged_on_the_word_it_denied() {
    // The rewrite moved the clause, so the edit holding the lost "not" is
    // long; the finding names the verb the source denied, not the stretch.
    assert_cases(
        "polarity-drift",
        &[(
            "Harlow & Finch, the largest bakery chain, said it would not lower the prices of its bread, which it raised by 6 percent in March despite cheaper wheat.",
            "Harlow & Finch, the largest bakery chain, raised the prices of its bread by 6 percent in March despite cheaper wheat, and said it would now lower them.",
            "lower",
        )],
    );
}

#[test]
fn a_negation_dropped_without_replacement_is_flagged_on_the_word_it_denied() {
    assert_cases(
        "polarity-drift",
        &[(
            "The minister said he was disappointed but not surprised by the result of the ballot.",
            "The result of the ballot had disappointed and surprised him, the minister said.",
            "surprised",
        )],
    );
}

#[test]
fn a_negation_the_source_states_with_the_same_word_is_not_added() {
    assert_clean(
        "polarity-drift",
        &[(
            "Dealers will replace the hinge with a stronger part, a repair that takes about an hour. Owners will be told by letter starting March 2, but parts for all models may not be available until the summer.",
            "Dealers will swap the hinge for a stronger part, a repair that takes about an hour. Owners will be told by letter starting March 2, but parts might not be available for all models until the summer.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Dealers will replace the bracket. Owners will be told by mail from Nov. 14.",
            "Dealers will replace the bracket. Owners will not be told by mail from Nov. 14.",
        )],
    );
}

#[test]
fn outcomes_told_as_their_opposites_are_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "Speed limits of 20 mph remain in place on three other curves.",
                "Speed limits of 20 mph on three other curves have been lifted.",
            ),
            (
                "The two youth clubs named in the complaint remain open.",
                "The two youth clubs named in the complaint have since shut their doors.",
            ),
            (
                "The councillor said many residents were relieved that work had stopped.",
                "The councillor said many residents were dismayed that work had stopped.",
            ),
        ],
    );
}

#[test]
fn opposites_of_pace_margin_and_performance_are_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "Lapwing numbers rose more slowly than the survey had expected.",
                "Lapwing numbers grew faster than the survey had expected.",
            ),
            (
                "The plan was rejected by 55% to 45%.",
                "The plan was backed by 55% to 45%.",
            ),
            (
                "The rest of the loan book was performing well, the bank said.",
                "The rest of the loan book was underperforming, the bank said.",
            ),
            (
                "The council narrowly approved the plan on Tuesday.",
                "The council comfortably approved the plan on Tuesday.",
            ),
            (
                "It was a sharper drop than economists had forecast.",
                "It was a smaller drop than economists had forecast.",
            ),
        ],
    );
}

#[test]
fn ended_up_doing_is_no_denial() {
    assert_flagged(
        "polarity-drift",
        &[(
            "The company did not pay the ransom, its chief executive said.",
            "The company ended up paying the ransom, its chief executive said.",
        )],
    );
}

#[test]
fn implicit_negatives_restate_a_negation() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The judge said he had shown little remorse during the trial.",
                "The judge said he had shown scant remorse throughout the trial.",
            ),
            (
                "Ridership has recovered, but fare revenue had not kept pace.",
                "Ridership has recovered, but fare income has lagged.",
            ),
            (
                "She said she had not expected to reach the final in her first season.",
                "She said reaching the final in her first season had come as a surprise.",
            ),
        ],
    );
}

#[test]
fn a_failure_restated_as_its_opposite_phrase_is_clean() {
    // "most hospitals still failed to meet targets" → "still fell short of
    // their targets", in a whole article whose other edits leave the
    // negation count to this phrase alone.
    let found = eval_pair_findings("polarity-drift", "t781-hospital-waiting-list");
    assert!(!found.iter().any(|t| t == "fell short of"), "{found:?}");
}

#[test]
fn hard_made_easy_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[(
            "The government has pledged to build 300,000 homes, but officials acknowledged the target would be hard to meet.",
            "The government has promised to build 300,000 homes, and officials said the target would be easy to meet.",
            "easy",
        )],
    );
}

#[test]
fn denial_moved_to_the_other_term_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The hearings were adjourned, not abandoned, the tribunal said on Monday.",
                "The hearings were abandoned, not adjourned, the tribunal said on Monday.",
                "abandoned, not",
            ),
            (
                "The club said the stand would be repaired rather than demolished before next season.",
                "The club said the stand would be demolished rather than repaired before next season.",
                "demolished rather",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "Officials said there were no reports of injuries after the blaze.",
            "Officials said no injuries were reported after the blaze.",
        )],
    );
}

#[test]
fn opposite_in_a_rebuilt_sentence_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[(
            "The new timetable was welcomed by the drivers' union on Tuesday.",
            "The drivers' union criticised the new timetable on Tuesday.",
            "criticised",
        )],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "Volunteers spent the weekend blocking old drains and removing fallen branches.",
            "Volunteers spent the weekend plugging old drains and clearing fallen branches.",
        )],
    );
}

#[test]
fn general_news_opposites_are_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Inspectors said testing at the quarry had been limited last year.",
                "Inspectors said testing at the quarry had been extensive last year.",
                "extensive",
            ),
            (
                "Residents said seating in the new hall was inadequate for concerts.",
                "Residents said seating in the new hall was ample for concerts.",
                "ample",
            ),
            (
                "The driver was cleared of dangerous driving at Leeds Crown Court.",
                "The driver was convicted of dangerous driving at Leeds Crown Court.",
                "convicted",
            ),
            (
                "Police said the man had been carrying an imitation rifle.",
                "Police said the man had been carrying a real rifle.",
                "real",
            ),
        ],
    );
}

#[test]
fn relative_position_with_parties_swapped_is_no_flip() {
    assert_clean(
        "polarity-drift",
        &[(
            "In the junior race, Tomas Ferreira won in 31:02, finishing 14 seconds ahead of last year's winner Ivo Marsh of Dunmore.",
            "Tomas Ferreira won the junior race in 31:02. Dunmore's Ivo Marsh, last year's winner, finished 14 seconds behind him.",
        )],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "In the junior race, Tomas Ferreira finished 14 seconds ahead of last year's winner Ivo Marsh.",
            "In the junior race, Tomas Ferreira finished 14 seconds behind last year's winner Ivo Marsh.",
            "behind",
        )],
    );
}

#[test]
fn a_shortfall_restated_as_a_need_for_more_keeps_polarity() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Cyclists praised the new lanes but said the scheme did not go far enough.",
                "Cyclists praised the new lanes but said the scheme ought to go further.",
            ),
            (
                "Parents said the school had not done enough to stop bullying.",
                "Parents said the school had to do more to stop bullying.",
            ),
        ],
    );
}

#[test]
fn an_opposite_phrase_the_source_also_states_is_no_flip() {
    assert_clean(
        "polarity-drift",
        &[(
            "The planning board rejected a request to extend opening hours but approved a new car park.",
            "The planning board turned down a bid to extend opening hours while backing a new car park.",
        )],
    );
}

#[test]
fn easing_halving_and_stopping_are_opposite_movements() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The dairy's profit slipped last year as fuel costs climbed and milk prices fell.",
                "The dairy's profit slipped last year as fuel costs eased and milk prices fell.",
                "eased",
            ),
            (
                "After the collapse the operator said it had since doubled its safety budget for the tunnel.",
                "After the collapse the operator said it had since halved its safety budget for the tunnel.",
                "halved",
            ),
            (
                "The mayor said free parking at the stadium would continue until the end of the season.",
                "The mayor said free parking at the stadium would stop at the end of the season.",
                "stop",
            ),
        ],
    );
}

#[test]
fn cleared_of_a_charge_restates_found_not_guilty() {
    assert_clean(
        "polarity-drift",
        &[(
            "The harbour master was found not guilty of theft on Friday after a two-week trial.",
            "The harbour master was cleared of theft on Friday after a two-week trial.",
        )],
    );
}

#[test]
fn a_removed_negation_is_flagged_in_its_own_clause() {
    assert_cases(
        "polarity-drift",
        &[(
            "The goalkeeper, who disputed both penalties, showed no anger when the whistle went.",
            "The goalkeeper, who contested each penalty, hurled abuse at the referee when the whistle went.",
            "hurled abuse at the referee",
        )],
    );
}

#[test]
fn little_before_a_plural_noun_is_a_size() {
    assert_clean(
        "polarity-drift",
        &[(
            "The new parking charges would hit small cafes on the high street hardest, the traders said.",
            "The traders said the new parking charges would hit little cafes on the high street hardest.",
        )],
    );
}

#[test]
fn no_change_to_a_subject_restated_as_all_kept() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The hospital said that no nursing posts would be axed next year.",
                "The hospital said every nursing post would be retained next year.",
            ),
            (
                "The club said deposits for the cancelled tour would not be refunded.",
                "The club said deposits for the cancelled tour would be retained.",
            ),
        ],
    );
    // A keeping word answers only the denial next to its change.
    assert_cases(
        "polarity-drift",
        &[(
            "The mayor said she did not expect the strike to close the port and would not revise the budget.",
            "The mayor said she expected the strike to close the port, but would keep the budget unchanged.",
            "expected",
        )],
    );
}

#[test]
fn every_few_years_denies_nothing() {
    assert_clean(
        "polarity-drift",
        &[(
            "\"This is not a fluke. Storms like this now arrive every few winters,\" said the chief forecaster, Dr Ann Lee.",
            "The chief forecaster, Dr Ann Lee, said: \"This is not a fluke. Storms like this now arrive every few winters.\"",
        )],
    );
}

#[test]
fn a_removed_subject_quantifier_is_flagged_on_the_predicate() {
    assert_cases(
        "polarity-drift",
        &[(
            "The harbour master said none of the stranded sailors was in danger, and most had gone home by night.",
            "The harbour master said the stranded sailors were in danger, and most had gone home by night.",
            "were",
        )],
    );
}

#[test]
fn a_denial_restated_by_a_prefix_beside_a_double_negation_passes() {
    assert_clean(
        "polarity-drift",
        &[(
            "The critic said the sequel was weak but not surprising.",
            "The critic said the sequel was weak but unsurprising.",
        )],
    );
}

#[test]
fn opposites_elsewhere_answer_a_negation_beside_a_flip_in_another_clause() {
    assert_cases(
        "polarity-drift",
        &[(
            "The warden said crews cleared the trail before dawn and kept the north gate open all week.",
            "The warden said crews cleared the trail after dawn and had not closed the north gate all week.",
            "after",
        )],
    );
}

#[test]
fn not_until_a_few_words_on_says_when() {
    assert_clean(
        "polarity-drift",
        &[(
            "The lawyer told the court that the board had held only one hearing, on a Monday morning, and had not released the safety review until after the vote.",
            "The lawyer told the court the board had held just one hearing, on a Monday morning, and had released the safety review only after the vote.",
        )],
    );
}

#[test]
fn no_case_that_was_not_solved_is_every_case_solved() {
    assert_clean(
        "polarity-drift",
        &[(
            "Nobody has been arrested, and there have been no burglaries that could not be traced, the constable said.",
            "There have been no arrests, and every burglary so far has been traced, the constable said.",
        )],
    );
}

#[test]
fn a_denial_split_off_into_a_sentence_of_its_own_passes() {
    assert_clean(
        "polarity-drift",
        &[(
            "Prosecutors said Marsh created a sham consulting company, Northgate Supply Advisors, to bill the county for work that was never done, and approved 96 invoices from it between 2015 and 2021. Much of the money paid for a beach house, two cars and private school fees, District Attorney Ruth Kale told jurors during closing arguments.",
            "Prosecutors said Marsh set up a sham consulting company, Northgate Supply Advisors. To bill the county for work that was never done. He also approved 96 invoices from it between 2015 and 2021, prosecutors said. According to District Attorney Ruth Kale, who addressed jurors during closing arguments, much of the money paid for a beach house, two cars and private school fees.",
        )],
    );
}

#[test]
fn unproven_cause_stated_as_fact_is_left_to_meaning_drift() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The council found that the rise in complaints coincided with the closure of six depots between 2018 and 2022, but said it could not establish that the closures were the main cause.",
                "The council found that the closure of six depots between 2018 and 2022 caused the rise in complaints.",
            ),
            (
                "Officials said the depot had logged two spills in March but that there was no evidence yet linking them to the fish deaths.",
                "Officials said two spills at the depot in March were behind the fish deaths.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Inspectors found no evidence that the wiring had been tampered with.",
            "Inspectors found evidence that the wiring had been tampered with.",
        )],
    );
}

#[test]
fn a_denial_made_an_admission_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[(
            "The company denies the claim, the agency said.",
            "The company has acknowledged the claim, the agency said.",
            "acknowledged",
        )],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "Officials said a decision was unlikely before 2026.",
            "Officials said a decision was expected before 2026.",
            "expected",
        )],
    );
}

#[test]
fn a_denied_equal_comparison_is_flagged_on_the_comparative() {
    assert_cases(
        "polarity-drift",
        &[(
            "The mill said it would hire 40 workers this year and would not cut costs as deeply as in the past.",
            "The mill said it would hire 40 workers this year and would cut costs more deeply than before.",
            "more deeply",
        )],
    );
}

#[test]
fn a_negation_restated_as_a_state_or_a_distance_passes_polarity_drift() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The mural had not been shown in public since 1962.",
                "The mural had been out of public sight since 1962.",
            ),
            (
                "The blaze had not been brought under control by Friday night.",
                "The blaze was still raging out of control on Friday night.",
            ),
            (
                "The mayor said the new bridge would not open for at least three years.",
                "The mayor said the new bridge was at least three years away.",
            ),
            (
                "The chef had no previous convictions, the court heard.",
                "The chef had a clean record, the court heard.",
            ),
            (
                "The win ended a nine-year run without a trophy for the village side.",
                "The win ended a nine-year wait for a trophy for the village side.",
            ),
        ],
    );
    // "out of" after a verb it completes, or before a determiner, is no state.
    assert_flagged(
        "polarity-drift",
        &[(
            "The club said it would not withdraw from the league.",
            "The club said it would pull out of the league.",
        )],
    );
}

#[test]
fn stopping_short_of_an_act_then_doing_it_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[(
            "The regulator stopped short of naming the firms involved, citing legal advice.",
            "The regulator named the firms involved, citing legal advice.",
            "named",
        )],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "The regulator stopped short of naming the firms involved.",
            "The regulator did not name the firms involved.",
        )],
    );
}

#[test]
fn an_opposite_moved_beside_one_shared_word_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[(
            "The union said that conditions at four of the depots had worsened.",
            "The union said that conditions had improved at four of the depots.",
            "improved",
        )],
    );
    // The source sentence holds both sides: "backed" may restate either.
    assert_clean(
        "polarity-drift",
        &[(
            "Members rejected a longer season but approved a new trophy.",
            "Members voted down a longer season but backed a new trophy.",
        )],
    );
}

#[test]
fn a_denied_word_moved_with_a_negative_prefix_is_no_dropped_negation() {
    // "not properly disclosed" → "undisclosed", moved before its noun; the
    // other negation dropped in the sentence still counts.
    assert_cases(
        "polarity-drift",
        &[(
            "The bakery did not admit fault but agreed to refund about 4,000 shoppers who were billed charges for late delivery that inspectors said were not properly disclosed.",
            "The bakery admitted fault and agreed to refund about 4,000 shoppers who were billed undisclosed late-delivery charges.",
            "admitted",
        )],
    );
}

#[test]
fn a_failed_condition_restated_as_an_alternative_is_clean() {
    let source = "The company has 120 days to comply. If it fails to do so, the permit will lapse.";
    assert_clean(
        "polarity-drift",
        &[(
            source,
            "The company has 120 days to comply, or the permit will lapse.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            source,
            "The company has 120 days to comply. If it does so, the permit will lapse.",
        )],
    );
}

#[test]
fn a_negative_word_restated_by_its_synonym_carries_no_dropped_negation() {
    assert_cases(
        "polarity-drift",
        &[(
            "The defence argued that the clerk was told to hide the records and did not benefit from the scheme.",
            "The defence argued that the clerk was told to conceal the records and that she benefited from the scheme.",
            "that she benefited",
        )],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "The storm cut power to 9,000 homes, and crews could not reach the valley.",
            "The storm left 9,000 homes without power, and crews could not reach the valley.",
        )],
    );
}

#[test]
fn without_being_restated_as_before_being_keeps_polarity() {
    assert_clean(
        "polarity-drift",
        &[(
            "The share of callers who hung up without being answered fell to 6%.",
            "Fewer callers, 6%, hung up before being answered.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The share of callers who hung up without being answered fell to 6%.",
            "The share of callers who hung up after being answered fell to 6%.",
        )],
    );
}

#[test]
fn kept_and_dropped_accepted_and_disputed_beaten_and_short_are_opposites() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The late bus will be dropped on Sundays, the operator said.",
                "The late bus will be retained on Sundays, the operator said.",
            ),
            (
                "The union said it disputed the findings of the review.",
                "The union said it accepted the findings of the review.",
            ),
            (
                "The crowd of 7,100 beat the ground's record of 6,800.",
                "The crowd of 7,100 fell short of the ground's record of 6,800.",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "The late bus will be dropped on Sundays, the operator said.",
            "The late bus will be scrapped on Sundays, the operator said.",
        )],
    );
}

#[test]
fn a_level_that_stays_high_restates_one_that_does_not_ease() {
    assert_clean(
        "polarity-drift",
        &[(
            "Fares could rise again in spring if energy prices do not ease.",
            "Fares could rise again in spring if energy prices remain high.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Fares could rise again in spring if energy prices do not remain high.",
            "Fares could rise again in spring if energy prices remain high.",
        )],
    );
}

#[test]
fn few_after_past_or_little_after_what_denies_nothing() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Grain prices had started to ease in recent weeks.",
                "Grain prices had begun to soften over the past few weeks.",
            ),
            (
                "Donors gave what little they had to the shelter.",
                "Donors gave everything they had to the shelter.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Grain prices had started to ease in recent weeks.",
            "Few grain prices had started to ease in recent weeks.",
        )],
    );
}

#[test]
fn a_negation_moved_across_a_comma_denying_the_same_word_is_kept() {
    // "barely changed" → ", with waits little changed": moved, not added and
    // removed; only the lost "not" stands.
    let found = findings_of(
        "polarity-drift",
        "Scans, which are also offered at the clinic, stand at about nine weeks, with waits little changed.",
        "Scans, which are not offered at the clinic, have barely changed and stand at about nine weeks.",
    );
    assert_eq!(found, ["also"]);
}

#[test]
fn a_denied_change_restated_as_keeping_is_no_polarity_flip() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The bank said it would not revise its inflation forecast.",
                "The bank said it would keep its inflation forecast.",
            ),
            (
                "The maker said it would not withdraw the kettle from shops.",
                "The maker said it would retain the kettle in shops.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The bank said it would not revise its inflation forecast.",
                "The bank said it would revise its inflation forecast.",
            ),
            (
                "The maker said it would not withdraw the kettle from shops.",
                "The maker said it would keep withdrawing the kettle from shops.",
            ),
        ],
    );
}

#[test]
fn polarity_barely_before_an_amount_measures() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The reservoir held about 30 days of water, the utility said.",
                "The reservoir held barely 30 days of water, the utility said.",
            ),
            (
                "The hall was running at about 55 percent of capacity, the trust said.",
                "The hall was barely half full, the trust said.",
            ),
        ],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "Ticket prices rose sharply after the merger, the regulator said.",
            "Ticket prices barely rose after the merger, the regulator said.",
            "barely",
        )],
    );
}

#[test]
fn polarity_nowhere_near_denies_as_not_does() {
    assert_clean(
        "polarity-drift",
        &[(
            "The grant was not enough to cover the repairs to the pier, the council said.",
            "The grant was nowhere near enough to cover the repairs to the pier, the council said.",
        )],
    );
}

#[test]
fn polarity_missed_before_a_noun_describes() {
    assert_clean(
        "polarity-drift",
        &[(
            "The regulator fined the rail operator over missed punctuality targets.",
            "The rail operator was fined by the regulator over punctuality targets.",
        )],
    );
}

#[test]
fn polarity_negation_carried_by_axed_stuck_and_capped() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The brewer will not pay an interim dividend this year.",
                "The brewer has axed its interim dividend this year.",
            ),
            (
                "Dozens of lorries could not leave the port because of the strike.",
                "Dozens of lorries were stuck at the port because of the strike.",
            ),
            (
                "The subsidy was set at 12 million euros and will not rise.",
                "The subsidy was capped at 12 million euros.",
            ),
        ],
    );
}

#[test]
fn polarity_converse_verbs_with_an_unnamed_party_or_both_passive() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Harwick led 3-1 at the interval, and Dunmore did not score until late.",
                "Dunmore trailed 3-1 at the interval, and did not score until late.",
            ),
            (
                "The tablet was given twice a day for six months.",
                "The tablet was taken twice a day for six months.",
            ),
        ],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "Harwick led 3-1 at the interval against Dunmore.",
            "Harwick trailed 3-1 at the interval against Dunmore.",
            "trailed",
        )],
    );
}

#[test]
fn polarity_suffix_lemma_is_no_particle_opposite() {
    assert_clean(
        "polarity-drift",
        &[(
            "The union said 64% of members who voted backed the offer. Turnout was 49%.",
            "The union said the offer was backed by 64% of members who voted, on a turnout of 49%.",
        )],
    );
}

#[test]
fn polarity_denied_giving_up_is_still_pursuing() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The club had not given up on the stadium plan, the chairman said.",
                "The club was still pursuing the stadium plan, the chairman said.",
                "",
            ),
            (
                "The rescuers did not stop the search overnight, the coastguard said.",
                "The rescuers continued the search overnight, the coastguard said.",
                "",
            ),
        ],
    );
}

#[test]
fn polarity_share_told_by_its_complement_passes() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The side has won nine of its 12 games this season, the coach said.",
                "The side has lost three of its 12 games this season, the coach said.",
                "",
            ),
            (
                "The side has won nine of its 12 games this season, the coach said.",
                "The side has lost nine of its 12 games this season, the coach said.",
                "lost",
            ),
        ],
    );
}

#[test]
fn polarity_phrase_answered_by_another_opposite_is_one_flip() {
    assert_cases(
        "polarity-drift",
        &[(
            "Sales were slightly ahead of the plan but below the 800 units that analysts had expected.",
            "Sales were slightly behind the plan and short of the 800 units that analysts had expected.",
            "behind",
        )],
    );
}

#[test]
fn polarity_carried_negation_leaves_a_flip_beside_it_standing() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The cap covers 9,000 homes. It does not apply to flats completed after 2015 or to social housing.",
                "The cap covers 9,000 homes, excluding flats completed before 2015 as well as social housing.",
                "before",
            ),
            (
                "The minister said he would not appoint an arbiter unless both unions asked for one.",
                "The minister said he would only appoint an arbiter if both unions requested one.",
                "",
            ),
        ],
    );
}

#[test]
fn polarity_hyphenated_opposites_and_news_opposites() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The ferry service remained loss-making last year, the operator said.",
                "The ferry service remained profitable last year, the operator said.",
                "profitable",
            ),
            (
                "The winner of the regatta will receive 5,000 pounds and a trophy.",
                "The runner-up of the regatta will receive 5,000 pounds and a trophy.",
                "runner-up",
            ),
            (
                "Three of the clinics started the winter with a nursing post unfilled.",
                "Three of the clinics ended the winter with a nursing post unfilled.",
                "ended",
            ),
            (
                "At a hearing on Monday the former treasurer denied all charges against him.",
                "At a hearing on Monday the former treasurer pleaded guilty to all charges against him.",
                "pleaded guilty",
            ),
        ],
    );
}

#[test]
fn negative_quantifier_made_universal_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The fair ran smoothly, with six complaints, none of them about the food.",
                "The fair ran without problems, with six complaints, all of them about the food.",
                "all",
            ),
            (
                "The firm said no drivers would be laid off this year.",
                "The firm said every driver would be kept on this year.",
                "",
            ),
        ],
    );
}

#[test]
fn a_denying_verb_swapped_for_its_opposite_is_one_flip() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The bakery chain posted higher sales in spring, beating analysts' estimates.",
                "The bakery chain posted higher sales in spring, missing analysts' estimates.",
                "missing",
            ),
            (
                "The bakery chain posted higher sales in spring but did not beat analysts' estimates.",
                "The bakery chain posted higher sales in spring, missing analysts' estimates.",
                "",
            ),
            (
                "The committee did not approve the harbour plan on Tuesday.",
                "The committee rejected the harbour plan on Tuesday.",
                "",
            ),
        ],
    );
}

#[test]
fn easing_holding_and_vacancy_opposites() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Forecasters expect the gales to ease on Friday afternoon.",
                "Forecasters expect the gales to strengthen on Friday afternoon.",
                "strengthen",
            ),
            (
                "Forecasters expect the gales to ease on Friday afternoon.",
                "Forecasters expect the gales to let up on Friday afternoon.",
                "",
            ),
            (
                "Nine of the 40 shop units on the parade are vacant, the survey found.",
                "Nine of the 40 shop units on the parade are occupied, the survey found.",
                "occupied",
            ),
            (
                "The harbour wall held during Sunday's storm, the council said.",
                "The harbour wall gave way during Sunday's storm, the council said.",
                "gave way",
            ),
        ],
    );
}

#[test]
fn every_reversal_in_a_rebuilt_sentence_is_polarity_drift() {
    let source = "The league said it had tightened its doping controls since the scandal and that every race above 10 kilometres now requires a blood test.";
    let suspect = "According to the league, its doping controls have been relaxed since the scandal, and every race below 10 kilometres now needs a blood test.";
    let found = findings_of("polarity-drift", suspect, source);
    assert_eq!(found, ["relaxed", "below"], "{suspect}");
}

#[test]
fn a_figure_bound_is_no_comparative_restating_a_superlative() {
    assert_cases(
        "polarity-drift",
        &[(
            "The early search covered more than 40 miles but failed to find the boat, and it ended in May.",
            "The first search covered over 40 miles but managed to find the boat, and it ended in May.",
            "managed",
        )],
    );
}

/// A negative verb restating a word the other sentence does not deny
/// ("closed" → "shut") carries none of the negation the rewrite dropped.
#[test]
fn polarity_restated_verb_carries_no_dropped_negation() {
    assert_cases(
        "polarity-drift",
        &[(
            "The first inquiry failed to find the gunman, and the file was closed in 2004.",
            "The first inquiry did find the gunman, and the file was shut in 2004.",
            "did",
        )],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "The club would not drop its ban until the review ended.",
            "The club would lift its ban only once the review ended.",
        )],
    );
}

/// The same verb with its parties swapped says the reverse; a passive, a
/// shared act or two movements told in another order restate.
#[test]
fn polarity_parties_of_one_verb_swapped() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The Hawks defeated the Lions in the final on Sunday.",
                "The Lions defeated the Hawks in the final on Sunday.",
                "defeated",
            ),
            (
                "The ruling favoured owners over tenants, the court said.",
                "The ruling favoured tenants over owners, the court said.",
                "favoured",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[
            (
                "The Hawks defeated the Lions in the final on Sunday.",
                "The Lions were defeated by the Hawks in the final on Sunday.",
            ),
            (
                "Mole met Hart in the final on Sunday.",
                "Hart met Mole in the final on Sunday.",
            ),
            (
                "Arco rose 3% and Bexa fell 2% on Monday.",
                "Bexa fell 2% and Arco rose 3% on Monday.",
            ),
        ],
    );
}

#[test]
fn a_fall_to_an_amount_is_no_refusal() {
    assert_clean(
        "polarity-drift",
        &[(
            "Quarterly sales at the Orlen bakery chain fell to 42 million pounds from 50 million pounds.",
            "Quarterly sales at the Orlen bakery chain declined to 42 million pounds from 50 million pounds.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The Orlen bakery chain agreed to name the buyer of its flagship store.",
            "The Orlen bakery chain declined to name the buyer of its flagship store.",
        )],
    );
}

#[test]
fn a_denial_rewritten_away_with_its_clause_is_no_flip() {
    let source =
        "The Veldt trust said it might sell the mill but had not yet decided whether to list it.";
    let rewritten = "The Veldt trust said it will sell the mill and list it this spring.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
    // The hedge dropped, and the open decision told as settled, are
    // meaning-drift's.
    assert_eq!(
        findings_of("meaning-drift", rewritten, source),
        ["will sell", "list"]
    );
    // The denied word kept, the denial gone: a flip.
    let flipped = "The Veldt trust said it might sell the mill and had decided to list it.";
    assert!(!findings_of("polarity-drift", flipped, source).is_empty());
}

#[test]
fn little_restating_a_small_amount_is_no_denial() {
    assert_clean(
        "polarity-drift",
        &[(
            "The new timetable had a small effect on late trains, the operator said.",
            "The new timetable had little effect on late trains, the operator said.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The new timetable had an effect on late trains, the operator said.",
            "The new timetable had little effect on late trains, the operator said.",
        )],
    );
}

#[test]
fn remaining_closed_until_restates_not_reopening_before() {
    assert_clean(
        "polarity-drift",
        &[(
            "The Kelby road bridge will not reopen before Friday, engineers said.",
            "The Kelby road bridge will remain closed until Friday, engineers said.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The Kelby road bridge will not reopen before Friday, engineers said.",
            "The Kelby road bridge will reopen before Friday, engineers said.",
        )],
    );
}

#[test]
fn polarity_denied_opposite_phrase_answers_the_negation() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The board did not approve the tower plan in March.",
            "The board turned down the tower plan in March.",
        )],
        &[(
            "The board approved the tower plan in March.",
            "The board turned down the tower plan in March.",
        )],
    );
}

#[test]
fn polarity_less_restates_a_denied_equal_comparison() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Some residents were less enthusiastic about the depot.",
            "Not every resident was as enthusiastic about the depot.",
        )],
        &[(
            "Residents were less enthusiastic about the depot.",
            "Residents were not enthusiastic about the depot.",
        )],
    );
}

#[test]
fn polarity_last_occurrence_restates_not_since() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Their last title came in 2019, under a different coach.",
            "They have not won a title since 2019, under a different coach.",
        )],
        &[],
    );
}

#[test]
fn polarity_deciding_against_an_act_denies_it() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The members voted against striking before the summer.",
            "The members voted not to strike before the summer.",
        )],
        &[(
            "The members voted against striking before the summer.",
            "The members voted to strike before the summer.",
        )],
    );
}

#[test]
fn polarity_a_negative_word_denied_on_its_own_side_carries_nothing() {
    assert_sentences(
        "polarity-drift",
        &[],
        &[(
            "Neither school will close, and no teaching posts will be cut this year.",
            "Neither school will shut, and teaching posts will be cut this year.",
        )],
    );
}

#[test]
fn polarity_a_denied_negative_word_restated_undenied_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The city would not scrap the tram project.",
            "The city would not cancel the tram project.",
        )],
        &[(
            "The city would not scrap the tram project.",
            "The city would cancel the tram project.",
        )],
    );
}

#[test]
fn polarity_opposing_carries_a_negation_unless_it_flips_a_word() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The union would oppose any compulsory job cuts.",
            "The union would accept no compulsory job cuts.",
        )],
        &[(
            "The agency, which approved the extension, found no evidence of harm.",
            "The agency, which rejected the extension, found evidence of harm.",
        )],
    );
}

#[test]
fn polarity_a_kept_state_restates_a_denied_act() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Brasi said he had not panicked when the attack came.",
            "Brasi said he had kept calm when the attack came.",
        )],
        &[(
            "Brasi said he had not stayed calm when the attack came.",
            "Brasi said he had kept calm when the attack came.",
        )],
    );
}

#[test]
fn polarity_a_comparison_turned_round_with_its_figures_restates() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Hart's campaign raised $1.2 million, less than half the $2.6 million raised by Moss.",
            "Moss's campaign raised $2.6 million, more than twice the $1.2 million raised by Hart.",
        )],
        &[(
            "Hart's campaign raised $1.2 million, less than half the $2.6 million raised by Moss.",
            "Hart's campaign raised $1.2 million, more than half the $2.6 million raised by Moss.",
        )],
    );
}

#[test]
fn polarity_opposites_standing_by_their_own_figures_are_no_flip() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Exports totalled 4.2 billion euros in May, while imports rose 3% to 3.9 billion euros.",
                "Imports climbed 3% to 3.9 billion euros in May, while exports came to 4.2 billion euros.",
            ),
            (
                "Demand reached 9,100 MW, about 6% above the usual June peak but well below the record of 11,800 MW set in 2019.",
                "Demand hit 9,100 MW, some 6% higher than a normal June peak but short of the record 11,800 MW set in 2019.",
            ),
        ],
        &[(
            "Exports totalled 4.2 billion euros in May, while imports rose 3% to 3.9 billion euros.",
            "Imports totalled 4.2 billion euros in May, while exports rose 3% to 3.9 billion euros.",
        )],
    );
}

#[test]
fn polarity_a_removed_negation_leaving_nothing_new_is_flagged_on_its_predicate() {
    let cases = [
        (
            "The inspectors said no urgent repairs were needed, but no action had been taken on the roof.",
            "The inspectors said no urgent repairs were needed, and had been dealt with on the roof.",
            "and had been dealt",
        ),
        (
            "The union said no compulsory redundancies are planned this year.",
            "The union said compulsary redundancies are planned this year.",
            "compulsary redundancies",
        ),
    ];
    let cases: Vec<(String, String, &str)> = cases
        .iter()
        .map(|(a, b, f)| (article(a), article(b), *f))
        .collect();
    let cases: Vec<(&str, &str, &str)> = cases
        .iter()
        .map(|(a, b, f)| (a.as_str(), b.as_str(), *f))
        .collect();
    assert_cases("polarity-drift", &cases);
}

#[test]
fn polarity_a_phrase_kept_in_a_clause_split_off_leaves_the_other_flipped() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The board did not approve the plan in March, but granted permission by five votes to two in May.",
            "The board turned down the plan in March. It granted permission by five votes to two in May.",
        )],
        &[(
            "The board approved the plan in March, and granted permission by five votes to two in May.",
            "The board turned down the plan in March. It granted permission by five votes to two in May.",
        )],
    );
}

#[test]
fn polarity_a_denial_merged_from_a_neighbouring_sentence_is_not_added() {
    let source = |denied: &str| {
        format!(
            "The inquest heard from six witnesses over two days. \"Having heard all of the evidence from every \
witness, I am satisfied that Mr Hale was {denied}driving carelessly,\" the coroner told the hearing. \"He was \
travelling at about 12 mph and had indicated for at least four seconds.\""
        )
    };
    let suspect = "The inquest heard from six witnesses over two days. The coroner found that Hale had not driven \
carelessly, had been travelling at about 12 mph and had indicated for at least four seconds.";
    assert_sentences(
        "polarity-drift",
        &[(&source("not "), suspect)],
        &[(&source(""), suspect)],
    );
}

#[test]
fn polarity_a_negation_that_balanced_a_flipped_quantifier_stands() {
    let found = findings_of(
        "polarity-drift",
        &article(
            "The operator said it would no longer keep the night service, and that all of the 20 drivers would lose their jobs.",
        ),
        &article(
            "The operator said it would still keep the night service, and that none of the 20 drivers would lose their jobs.",
        ),
    );
    assert_eq!(found, ["no", "all"]);
    let found = findings_of(
        "polarity-drift",
        &article(
            "The firm said it would no longer open on Sundays, and that all of its 30 drivers would be laid off.",
        ),
        &article(
            "The firm said it would still open on Sundays, and that none of its 30 drivers would be laid off.",
        ),
    );
    assert_eq!(found, ["no", "all"]);
    // "without trouble" restates "peacefully": it denies no word of the source.
    let found = findings_of(
        "polarity-drift",
        &article(
            "Police said the march passed off without trouble, with six arrests, all of them near the square.",
        ),
        &article(
            "Police said the march passed off peacefully, with six arrests, none of them near the square.",
        ),
    );
    assert_eq!(found, ["all"]);
}

#[test]
fn polarity_a_denied_negative_word_restating_a_plain_denial_is_counted() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The choir said it would not close this year but could not continue beyond 2027 without new sponsors.",
            "The choir said it would not shut this year but could not continue beyond 2027 without new sponsors.",
        )],
        &[(
            "The choir said it would not close this year but could not continue beyond 2027 without new sponsors.",
            "The choir said it would not shut this year but could not continue beyond 2027 with new sponsors.",
        )],
    );
}

#[test]
fn polarity_a_denial_moved_onto_another_form_of_a_verb_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The firm kept its profit forecast unchanged and said it would not raise fees this year.",
            "The firm held its profit forecast steady and said it would not raise fees this year.",
        )],
        &[(
            "The firm kept its profit forecast unchanged and said it would not raise fees this year.",
            "The firm did not keep its profit forecast unchanged and said it would raise fees this year.",
        )],
    );
}

#[test]
fn polarity_two_opposites_reversing_a_verb_and_what_it_governs_cancel() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The board dropped plans to close two depots.",
            "The board kept two depots open.",
        )],
        &[(
            "The board dropped plans to close two depots.",
            "The board kept plans to close two depots.",
        )],
    );
}

#[test]
fn polarity_a_resulting_leaving_carries_no_negation() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The captain said he would not stay at the club after May.",
            "The captain said he was leaving the club in May.",
        )],
        &[(
            "Rain fell all week and the ground could not absorb more water.",
            "Rain fell all week, leaving the ground saturated and able to absorb more water.",
        )],
    );
}

#[test]
fn polarity_closed_carries_a_negation_as_shut_does() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The factory could not operate after the fire.",
                "The factory was shut after the fire.",
            ),
            (
                "The factory could not operate after the fire.",
                "The factory was closed after the fire.",
            ),
        ],
        &[(
            "The factory could not operate after the fire.",
            "The factory operated after the fire.",
        )],
    );
}

#[test]
fn polarity_a_sale_made_a_purchase_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The fee was covered by the sale of its striker.",
            "The fee was paid for by the sale of its striker.",
        )],
        &[(
            "The fee was covered by the sale of its striker.",
            "The fee was covered by the purchase of its striker.",
        )],
    );
}

#[test]
fn polarity_rather_than_a_figure_phrase_compares_figures() {
    // "rather than the earlier estimate of 310 million" sets two figures side
    // by side, as "rather than 310 million" does; it denies nothing.
    assert_sentences(
        "polarity-drift",
        &[(
            "The new bridge will cost 420 million pounds, up from an earlier estimate of 310 million, the council said.",
            "The new bridge will cost 420 million pounds rather than the earlier estimate of 310 million, the council said.",
        )],
        &[],
    );
}

#[test]
fn polarity_denial_covering_the_same_verb_did_not_move() {
    // "no flights had been cancelled" → "no cancellations": the suspect's
    // denied noun is the verb the source's denial covers; the affirmed
    // "cancelled" of the other clause is the source's affirmed one.
    assert_sentences(
        "polarity-drift",
        &[(
            "The airport said no flights had been cancelled because of the strike, unlike last year, when dozens of flights were cancelled.",
            "There were no cancellations caused by the strike, the airport said, in contrast to last year, when it cancelled dozens of flights.",
        )],
        &[],
    );
}

#[test]
fn polarity_a_freeze_restates_a_denied_rise() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Season tickets will be frozen for a year.",
                "Season tickets will not rise for a year.",
            ),
            (
                "Season tickets will not be raised for a year.",
                "Season tickets will be frozen for a year.",
            ),
            (
                "The club said it would not change its plans for the stand.",
                "The club said it would press ahead with its plans for the stand.",
            ),
        ],
        &[(
            "The club said it would not change its plans for the stand.",
            "The club said it would change its plans for the stand.",
        )],
    );
}

#[test]
fn polarity_compliance_restates_a_denied_breach() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The inquiry found the two wardens did not break the law.",
                "The inquiry found the two wardens acted lawfully.",
            ),
            (
                "The regulator said the bakery had not broken any rules.",
                "The regulator said the bakery had complied with the rules.",
            ),
            (
                "The harbour wall was never at risk, engineers said.",
                "The harbour wall was safe, engineers said.",
            ),
        ],
        &[
            (
                "The inquiry found the two wardens broke the law.",
                "The inquiry found the two wardens acted lawfully.",
            ),
            (
                "The harbour wall was at risk, engineers said.",
                "The harbour wall was safe, engineers said.",
            ),
        ],
    );
}

#[test]
fn polarity_words_of_standing_still_carry_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The mayor said the cuts would not affect libraries.",
                "The mayor said libraries would be protected from the cuts.",
            ),
            (
                "Visitor numbers have not recovered since the flood in 2019.",
                "Visitor numbers are still below their level before the flood in 2019.",
            ),
            (
                "The cinema will not reopen after the fire, its owners said.",
                "The cinema will close for good after the fire, its owners said.",
            ),
        ],
        &[(
            "The mayor said the cuts would not affect libraries.",
            "The mayor said the cuts would affect libraries.",
        )],
    );
}

#[test]
fn polarity_litotes_and_graded_superlatives_pass() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The bypass plan is not without its critics.",
                "The bypass plan has its critics.",
            ),
            (
                "River levels have not been this low since 2015.",
                "River levels are at their lowest since 2015.",
            ),
        ],
        &[(
            "The bypass plan is without its critics.",
            "The bypass plan has its critics.",
        )],
    );
}

#[test]
fn polarity_a_movement_told_as_no_change_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Ticket prices did not rise last season.",
                "Ticket prices held steady last season.",
            ),
            (
                "Membership was largely unchanged at 4,100.",
                "Membership slipped to 4,100.",
            ),
            (
                "Membership rose in May and was unchanged in June.",
                "Membership climbed in May and held steady in June.",
            ),
        ],
        &[
            (
                "Ticket prices had fallen by 8% since 2021.",
                "Ticket prices had held steady since 2021.",
            ),
            (
                "The bakery kept its dividend unchanged at 3p.",
                "The bakery raised its dividend to 3p.",
            ),
        ],
    );
}

#[test]
fn polarity_an_upper_bound_or_a_wait_carries_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Rainfall did not exceed 40 millimetres in any county.",
                "Rainfall was 40 millimetres or less in every county.",
            ),
            (
                "The library has not yet opened its new reading room.",
                "The library's new reading room is still to open.",
            ),
        ],
        &[(
            "Rainfall did not exceed 40 millimetres in any county.",
            "Rainfall exceeded 40 millimetres in every county.",
        )],
    );
}

#[test]
fn polarity_a_decision_against_an_effort_still_made_or_a_hold_carries_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The regulator said it respected the ruling and would not appeal.",
                "The regulator said it respected the ruling and had decided against an appeal.",
            ),
            (
                "Detectives said they had not yet identified the lorry.",
                "Detectives said they were still trying to identify the lorry.",
            ),
            (
                "The brewer would not raise its final dividend, which it kept at 6p.",
                "The brewer held its final dividend at 6p.",
            ),
        ],
        &[
            (
                "The regulator said it respected the ruling and would not appeal.",
                "The regulator said it respected the ruling and had decided to appeal.",
            ),
            (
                "Detectives said they had not yet identified the lorry.",
                "Detectives said they had identified the lorry.",
            ),
            (
                "The board held the dividend at 2p, rather than cutting it as investors had feared.",
                "The board held the dividend at 2p, as investors had feared.",
            ),
        ],
    );
}

#[test]
fn polarity_a_motion_defeated_is_one_that_did_not_pass() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Opposition councillors proposed free Sunday parking, but the amendment was defeated.",
            "An amendment from opposition councillors proposing free Sunday parking did not pass.",
        )],
        &[(
            "Opposition councillors proposed free Sunday parking, and the amendment was passed.",
            "An amendment from opposition councillors proposing free Sunday parking did not pass.",
        )],
    );
}

/// A denied "more than" restated as an upper bound ("at most") passes; a
/// denied shelving restated as abandonment is flagged, restated denied it
/// passes.
#[test]
fn polarity_bounds_and_shelving_restated() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The fever, which did not last more than two days, was mild.",
                "The fever, which lasted two days at most, was mild.",
            ),
            (
                "Officials said the census report would not be shelved.",
                "Officials said the census report would not be abandoned.",
            ),
        ],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "Officials said the census report would not be shelved.",
            "Officials said the census report would be abandoned.",
            "be abandoned",
        )],
    );
}

/// A vote against that one side denies and the other states is a flip.
#[test]
fn polarity_a_denied_vote_against_stated() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "Senator Ruth Kaine, who had threatened to block the bill, did not vote against it.",
                "Senator Ruth Kaine, who had threatened to block the bill, voted against it.",
            ),
            (
                "Senator Ruth Kaine voted against the water bill on Wednesday.",
                "Senator Ruth Kaine did not vote against the water bill on Wednesday.",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "Councillors voted unanimously on Tuesday to approve the housing plan.",
            "No councillor voted against the housing plan on Tuesday.",
        )],
    );
}

/// Two-word names count as one party; a verb that may be a noun ("beat")
/// counts between two names; the voice turned with the parties in place is
/// a flip, turned with them swapped a restatement.
#[test]
fn polarity_named_parties_and_voice() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Kestrel Vale beat Oakhurst 2-0 in the regional cup final on Sunday.",
                "Oakhurst beat Kestrel Vale 2-0 in the regional cup final on Sunday.",
                "beat",
            ),
            (
                "The Hawks defeated the Lions in the final on Sunday.",
                "The Hawks were defeated by the Lions in the final on Sunday.",
                "defeated",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[
            (
                "Kestrel Vale beat Oakhurst in the regional cup final on Sunday.",
                "Oakhurst was beaten by Kestrel Vale in the regional cup final on Sunday.",
            ),
            (
                "The team measured how starlight filtered through its atmosphere.",
                "The team measured how the starlight was filtered by its atmosphere.",
            ),
        ],
    );
}

/// Converse verbs of order and trade, and the agent noun of a converse of
/// handing over, restate with the parties swapped.
#[test]
fn polarity_more_converses() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The electric buses will follow the diesel fleet onto the routes in April.",
                "The diesel fleet will precede the electric buses onto the routes in April.",
            ),
            (
                "The chief executive said the company had not been looking to sell.",
                "The chief executive said the company had not been seeking a buyer.",
            ),
        ],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "The electric buses will follow the diesel fleet onto the routes in April.",
            "The electric buses will precede the diesel fleet onto the routes in April.",
            "precede",
        )],
    );
}

/// A litotes beside another restated negation: together they still
/// restate; the litotes undone is flagged.
#[test]
fn polarity_a_litotes_beside_a_carried_negation() {
    assert_clean(
        "polarity-drift",
        &[(
            "Officers said the turbines would not be visible from the village and that the scheme was not without risks to birds.",
            "Officers said the turbines would be hidden from the village and that the scheme carried some risks to birds.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Officers said the turbines would not be visible from the village and that the scheme was not without risks to birds.",
            "Officers said the turbines would be hidden from the village and that the scheme was without risks to birds.",
        )],
    );
}

/// The giver and the receiver of one verb swapped ("A lent money to B" →
/// "B lent money to A") is a flip; the converse verb restates.
#[test]
fn polarity_giver_and_receiver_swapped() {
    assert_cases(
        "polarity-drift",
        &[(
            "Lanbridge Bank lent 40 million euros to the Ostrava shipyard on Tuesday.",
            "The Ostrava shipyard lent 40 million euros to Lanbridge Bank on Tuesday.",
            "lent",
        )],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "Lanbridge Bank lent 40 million euros to the Ostrava shipyard on Tuesday.",
            "The Ostrava shipyard borrowed 40 million euros from Lanbridge Bank on Tuesday.",
        )],
    );
}

#[test]
fn a_handing_over_told_from_the_other_side_is_no_reversal() {
    assert_clean(
        "polarity-drift",
        &[(
            "Hollin Group leased the depot to Crane Haulage in 2021, the filing shows.",
            "Crane Haulage leased the depot from Hollin Group in 2021, the filing shows.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Hollin Group leased the depot to Crane Haulage in 2021, the filing shows.",
            "Crane Haulage leased the depot to Hollin Group in 2021, the filing shows.",
        )],
    );
}

#[test]
fn neglected_to_denies_as_failed_to_does() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Landlords who fail to register a deposit face a fine of up to £5,000.",
                "Landlords who neglect to register a deposit face a fine of up to £5,000.",
            ),
            (
                "The contractor neglected to seal the joints, the inspectors found.",
                "The contractor did not seal the joints, the inspectors found.",
            ),
        ],
        &[(
            "The contractor neglected to seal the joints, the inspectors found.",
            "The contractor sealed the joints, the inspectors found.",
        )],
    );
}

#[test]
fn criticising_told_as_defending_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Opposition leader Ruth Okafor criticised the delay.",
            "Opposition leader Ruth Okafor condemned the delay.",
        )],
        &[(
            "Opposition leader Ruth Okafor criticised the delay.",
            "Opposition leader Ruth Okafor defended the delay.",
        )],
    );
}

/// Converse verbs with parties told apart by a modifier, comparisons turned
/// round with their parties, a deal told from the other side with its
/// prepositions, and words that carry a denial pass; the same words with
/// the parties kept are flagged.
#[test]
fn converses_comparisons_turned_round_and_carried_denials_pass() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The Liberal candidate led the Labour candidate by four points in the latest poll.",
                "The Labour candidate trailed the Liberal candidate by four points in the latest poll.",
            ),
            (
                "The home side trailed 2-0 at half-time.",
                "The visitors led 2-0 at half-time.",
            ),
            (
                "Prices in Northvale were higher than in Southmere last year.",
                "Prices in Southmere were lower than in Northvale last year.",
            ),
            (
                "Inflation was lower in May than in April, the statistics office said.",
                "Inflation in April was higher than in May, the statistics office said.",
            ),
            (
                "The museum received a grant from the lottery fund.",
                "The lottery fund gave a grant to the museum.",
            ),
            (
                "The museum received a grant from the lottery fund.",
                "The lottery fund awarded a grant to the museum.",
            ),
            (
                "The factory has been idle since March.",
                "The factory has not operated since March.",
            ),
            (
                "The regulator did not approve the merger, saying it would harm competition.",
                "The regulator blocked the merger, saying it would harm competition.",
            ),
            (
                "The hospital has not been able to recruit enough nurses.",
                "The hospital has struggled to recruit enough nurses.",
            ),
            (
                "The minister admitted the scheme had not worked.",
                "The minister acknowledged the scheme had failed.",
            ),
            (
                "The referee did not award a penalty.",
                "The referee turned down appeals for a penalty.",
            ),
            (
                "The goalkeeper kept a clean sheet.",
                "The goalkeeper did not concede a goal.",
            ),
            (
                "The rescue was nothing but a success, the coastguard said.",
                "The rescue was a complete success, the coastguard said.",
            ),
        ],
        &[
            (
                "The Liberal candidate led the Labour candidate by four points in the latest poll.",
                "The Liberal candidate trailed the Labour candidate by four points in the latest poll.",
            ),
            (
                "The home side trailed 2-0 at half-time.",
                "The home side led 2-0 at half-time.",
            ),
            (
                "Prices in Northvale were higher than in Southmere last year.",
                "Prices in Northvale were lower than in Southmere last year.",
            ),
            (
                "The museum received a grant from the lottery fund.",
                "The museum gave a grant to the lottery fund.",
            ),
            (
                "The minister admitted the scheme had failed to work.",
                "The minister acknowledged the scheme had worked.",
            ),
        ],
    );
}

/// "has yet to" denies as "has not" does: dropped, it is flagged; restated
/// as "not yet", "remains to", "still needs" or "awaiting", it passes.
#[test]
fn yet_to_is_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The company has yet to name a new chief executive.",
                "The company has not yet named a new chief executive.",
            ),
            (
                "The date of the hearing has yet to be set.",
                "The date of the hearing remains to be set.",
            ),
            (
                "The board has yet to approve the deal.",
                "The deal still needs the approval of the board.",
            ),
            (
                "The board has yet to approve the deal.",
                "The deal is awaiting the board's approval.",
            ),
            (
                "About 1.4 million pounds has yet to be found.",
                "Around 1.4 million pounds is still to be found.",
            ),
        ],
        &[
            (
                "The company has yet to name a new chief executive.",
                "The company has named a new chief executive.",
            ),
            (
                "The board has yet to approve the deal.",
                "The board has approved the deal.",
            ),
        ],
    );
}

/// Opposite parties of a comparison turned round pass; the same
/// comparison with only its parties swapped is flagged.
#[test]
fn opposite_parties_of_a_comparison_turned_round() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Turnout intentions were higher in the northern wards than in the southern wards.",
            "Turnout intentions were lower in the southern wards than in the northern wards.",
        )],
        &[(
            "Migraine is about three times more common in women than in men, the survey found.",
            "Migraine is about three times more common in men than in women, the survey found.",
        )],
    );
}

/// A Latin prefix denies as "not" does ("inexpensive" → "does not cost
/// much"), but not the opposite of the word the other side denies.
#[test]
fn a_latin_prefix_denies_its_listed_opposite() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The new scanner is inexpensive to run.",
            "The new scanner does not cost much to run.",
        )],
        &[(
            "The parking fines at the hospital are not cheap.",
            "The parking fines at the hospital are inexpensive.",
        )],
    );
}

/// A particle after the object ("turned the request down") carries the
/// denial of its verb; so do "dismissed", "vetoed" and "broken".
#[test]
fn denials_carried_by_split_particles_and_verbs_of_refusal() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The ministry did not approve the request for extra funding.",
                "The ministry turned the request for extra funding down.",
            ),
            (
                "The court did not allow the appeal.",
                "The court dismissed the appeal.",
            ),
            (
                "The governor vetoed the bill.",
                "The governor refused to sign the bill.",
            ),
            (
                "The school's heating was not working.",
                "The school's heating was broken.",
            ),
        ],
        &[(
            "The president signed the trade bill into law.",
            "The president vetoed the trade bill.",
        )],
    );
}

/// A condition turned round with a denial in what it governs restates
/// ("if funding is secured" → "unless funding falls short").
#[test]
fn a_condition_turned_round_with_its_condition_denied() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The course will run if funding is secured.",
            "The course will run unless funding falls short.",
        )],
        &[(
            "The bridge will reopen if repairs are finished.",
            "The bridge will reopen unless repairs are finished.",
        )],
    );
}

/// "little" or "few" before a noun swapped for its opposite is a flip, not
/// a negation answered by it.
#[test]
fn little_before_a_noun_for_its_opposite() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Hardly any residents attended the consultation evening.",
            "Few residents attended the consultation evening.",
        )],
        &[(
            "The scheme has had a big effect on air quality.",
            "The scheme has had little effect on air quality.",
        )],
    );
}

/// An opposite for a word denied by "not … until" restates it.
#[test]
fn an_opposite_for_a_word_denied_until() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The port did not reopen until Friday.",
            "The port stayed shut until Friday.",
        )],
        &[(
            "The port reopened on Friday.",
            "The port stayed shut on Friday.",
        )],
    );
}

/// A refusal denies a curated phrase ("refused to rule out" → "left open"),
/// and "not as much as" is "less than".
#[test]
fn refusals_deny_phrases_and_less_than_restates_not_as_much() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The finance minister refused to rule out a rise in fuel duty.",
                "The finance minister left open the possibility of a rise in fuel duty.",
            ),
            (
                "Prices did not fall as much as hoped.",
                "Prices fell less than hoped.",
            ),
        ],
        &[
            (
                "Ministers ruled out a second vote.",
                "Ministers kept open the option of a second vote.",
            ),
            (
                "Prices fell more than hoped.",
                "Prices fell less than hoped.",
            ),
        ],
    );
}

/// Opposites that cancel a changed negation leave a flip in another clause
/// standing.
#[test]
fn a_flip_in_another_clause_outlives_a_cancelled_negation() {
    assert_flagged(
        "polarity-drift",
        &[(
            "The institute said the results were encouraging but warned that the sample was too small to draw conclusions.",
            "The institute called the results discouraging and warned that the sample was not large enough to draw conclusions.",
        )],
    );
}

/// Curated opposites of news copy: on time and late, far from and close
/// to, went ahead and called off, re-elected and lost a seat, included and
/// left out, disclosed and kept secret, held and broke down.
#[test]
fn curated_opposites_of_schedules_seats_and_secrets() {
    assert_sentences(
        "polarity-drift",
        &[
            ("The trains were not on time.", "The trains were late."),
            (
                "The depot is not far from the river.",
                "The depot is close to the river.",
            ),
            (
                "The senator was not re-elected.",
                "The senator lost her seat.",
            ),
            (
                "The ceasefire has held.",
                "The ceasefire has not broken down.",
            ),
        ],
        &[
            (
                "The trains were on time all week.",
                "The trains were late all week.",
            ),
            (
                "The town hall is far from the station.",
                "The town hall is close to the station.",
            ),
            ("The strike was called off.", "The strike went ahead."),
            (
                "The senator was re-elected in November.",
                "The senator lost her seat in November.",
            ),
            (
                "The striker was included in the squad.",
                "The striker was left out of the squad.",
            ),
            (
                "The firm disclosed the price it paid.",
                "The firm kept secret the price it paid.",
            ),
            (
                "The ceasefire has held since March.",
                "The ceasefire has broken down since March.",
            ),
            (
                "The coach praised the referee.",
                "The coach blamed the referee.",
            ),
        ],
    );
}

/// A curated phrase with its particle after the object ("turned the offer
/// from the board down") is that phrase, flipped when undenied.
#[test]
fn a_curated_phrase_split_round_its_object() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The players did not accept the pay offer.",
            "The players turned the pay offer down.",
        )],
        &[(
            "The players accepted the offer from the board.",
            "The players turned the offer from the board down.",
        )],
    );
}

#[test]
fn polarity_a_not_yet_restated_as_yet_to_beside_a_real_flip() {
    assert_cases(
        "polarity-drift",
        &[(
            &article(
                "Corvane said it had not yet reached a deal with the supplier on refunds, and Ms Hale did not rule out legal action.",
            ),
            &article(
                "Corvane said it had yet to agree refunds with the supplier, and Ms Hale ruled out legal action.",
            ),
            "ruled",
        )],
    );
}

#[test]
fn polarity_a_curated_phrase_with_a_tally_inside_is_matched() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Councillors voted 9-6 against the cut on Tuesday.",
            "Councillors rejected the cut by 9 votes to 6 on Tuesday.",
        )],
        &[(
            "Councillors voted 9-6 against the cut on Tuesday.",
            "Councillors voted 9-6 in favour of the cut on Tuesday.",
        )],
    );
}

/// A figure's bound turned to the other side in other words is a flip; the
/// same side in other words, or a denied bound restated, is not.
#[test]
fn a_bound_turned_to_the_other_side_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Fewer than 40 of the painter's works are known to survive, the curator said.",
                "Over 40 of the painter's works are known to survive, the curator said.",
                "Over",
            ),
            (
                "The scheme pays out only when losses exceed 30 percent of a harvest.",
                "The scheme pays out only when losses fall below 30 percent of a harvest.",
                "below",
            ),
            (
                "Turnout was just short of the 95 percent needed to pass the motion.",
                "Turnout was just above the 95 percent needed to pass the motion.",
                "above",
            ),
            (
                "Fewer than 40 of the painter's works are known to survive, the curator said.",
                "Under 40 of the painter's works are known to survive, the curator said.",
                "",
            ),
            (
                "No more than 40 of the painter's works are known to survive, the curator said.",
                "Under 40 of the painter's works are known to survive, the curator said.",
                "",
            ),
            (
                "The scheme pays out only when losses exceed 30 percent of a harvest.",
                "The scheme pays out only when losses are above 30 percent of a harvest.",
                "",
            ),
            (
                "The drug was not effective in children under five, the trial found.",
                "The trial found the drug was ineffective in children under 5.",
                "",
            ),
            (
                "Rents rose over the 12 months to March, the agency said.",
                "Rents rose in the 12 months to March, though under 12 agencies reported.",
                "",
            ),
        ],
    );
}

#[test]
fn polarity_a_prefixed_word_restating_another_leaves_a_dropped_denial_standing() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The curator said she was disappointed that the trust had not extended the loan.",
                "The curator said she was unhappy that the trust had not extended the loan.",
            ),
            (
                "The curator said she was not pleased that the trust had ended the loan.",
                "The curator said she was unhappy that the trust had ended the loan.",
            ),
            (
                "The curator said she was not happy that the trust had ended the loan.",
                "The curator said she was unhappy that the trust had ended the loan.",
            ),
        ],
        &[
            (
                "The curator said she was disappointed that the trust had not extended the loan.",
                "The curator said she was unhappy that the trust had extended the loan.",
            ),
            (
                "The skipper was annoyed but did not blame the crew for the delay.",
                "The skipper was unhappy about the delay but blamed the crew for it.",
            ),
        ],
    );
}

#[test]
fn polarity_a_denied_expectation_restated_as_exceeded_passes() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Traders had not expected the drop in orders to be so sharp.",
                "The drop in orders was sharper than traders had expected.",
            ),
            (
                "Brokers did not anticipate such a steep rise in rents.",
                "Rents rose more steeply than brokers had anticipated.",
            ),
        ],
        &[
            (
                "Traders had not expected the drop in orders to be so sharp.",
                "Traders had expected the drop in orders to be so sharp.",
            ),
            (
                "The drop in orders was not sharper than traders had expected.",
                "The drop in orders was sharper than traders had expected.",
            ),
        ],
    );
}

#[test]
fn polarity_reluctant_carries_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The dockers said they had never wanted to stop work.",
            "The dockers said they had always been reluctant to stop work.",
        )],
        &[(
            "The dockers said they had never wanted to stop work.",
            "The dockers said they had always wanted to stop work.",
        )],
    );
}

#[test]
fn polarity_limits_out_of_reach_and_beyond_means_carry_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "A new ferry was beyond the island council's means, its leader said.",
                "A new ferry was not affordable for the island council, its leader said.",
            ),
            (
                "A second title remained out of reach for the Larks.",
                "The Larks could not win a second title.",
            ),
        ],
        &[
            (
                "A second title remained out of reach for the Larks.",
                "A second title was within reach for the Larks.",
            ),
            (
                "The rower finished three seconds short of her own best.",
                "The rower improved on her own best by three seconds.",
            ),
            (
                "A new ferry was beyond the island council's means, its leader said.",
                "A new ferry was within the island council's means, its leader said.",
            ),
        ],
    );
}

#[test]
fn polarity_a_converse_in_the_other_voice_keeps_its_parties_in_place() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The harbour trust was lent 12 million by the regional bank.",
                "The harbour trust borrowed 12 million from the regional bank.",
            ),
            (
                "The regional bank lent 12 million to the harbour trust.",
                "The harbour trust borrowed 12 million from the regional bank.",
            ),
        ],
        &[(
            "The harbour trust was lent 12 million by the regional bank.",
            "The regional bank borrowed 12 million from the harbour trust.",
        )],
    );
}

#[test]
fn polarity_more_than_any_other_restated_as_no_other_as_much_passes() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The Kessel field produces more gas than any other in the basin.",
            "No other field in the basin produces as much gas as Kessel.",
        )],
        &[(
            "The Kessel field produces more gas than any other in the basin.",
            "The Kessel field does not produce more gas than any other in the basin.",
        )],
    );
}

#[test]
fn polarity_a_curated_phrase_of_the_same_side_carries_no_negation() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Marsh, who voted against the budget, said the board had done enough to consult tenants.",
            "Marsh, who opposed the budget, said the board had done enough to consult tenants.",
        )],
        &[(
            "Marsh, who voted against the budget, said the board had not done enough to consult tenants.",
            "Marsh, who opposed the budget, said the board had done enough to consult tenants.",
        )],
    );
}

#[test]
fn polarity_an_open_question_settled_with_a_verb_of_settling_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The inspectors had not yet decided whether to close the mine or to fine its owner.",
            "The inspectors said they would fine the mine's owner rather than close the mine.",
        )],
        &[(
            "Ostrander said the firm had not yet determined whether the fault lay with the installer or with its own staff.",
            "Ostrander said the firm had established that the fault lay with the installer rather than its own staff.",
        )],
    );
}

#[test]
fn polarity_an_excess_told_as_a_sufficiency_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The grant was too small to cover the repairs.",
                "The grant was not large enough to cover the repairs.",
            ),
            (
                "The photographs were sharp enough to identify the driver.",
                "The photographs were not too blurred to identify the driver.",
            ),
        ],
        &[
            (
                "Tenants called the freeze welcome but too modest to halt years of increases.",
                "Tenants called the freeze welcome and enough to halt years of increases.",
            ),
            (
                "The photographs were sharp enough to identify the driver.",
                "The photographs were too blurred to identify the driver.",
            ),
        ],
    );
}

#[test]
fn polarity_a_denied_equal_comparison_or_change_restated_passes() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Grain prices had not climbed as fast as traders expected.",
                "Grain prices had climbed more slowly than traders expected.",
            ),
            (
                "Bus services on Sundays will not be reduced, the operator said.",
                "Bus services on Sundays will stay the same, the operator said.",
            ),
        ],
        &[
            (
                "Grain prices had not climbed as slowly as traders expected.",
                "Grain prices had climbed more slowly than traders expected.",
            ),
            (
                "Bus services on Sundays will not be reduced, the operator said.",
                "Bus services on Sundays will be reduced, the operator said.",
            ),
        ],
    );
}

#[test]
fn polarity_no_change_to_any_restated_as_all_kept_passes() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "None of the four depots will be closed next year.",
                "All the depots will remain open next year.",
            ),
            (
                "No routes will be withdrawn in the winter timetable.",
                "All routes will stay in the winter timetable.",
            ),
        ],
        &[(
            "None of the four depots will be closed next year.",
            "All of the four depots will be closed next year.",
        )],
    );
}

/// A particle may follow a long object ("turned the application for a new
/// bridge over the river down"), and "missing from" describes what is absent
/// as "absent from" does; a flip on either is still flagged.
#[test]
fn long_split_particles_and_missing_from_keep_polarity() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The planning board did not approve the application for a new footbridge over the Marl.",
                "The planning board turned the application for a new footbridge over the Marl down.",
            ),
            (
                "Inspectors found 12,000 pounds missing from the charity's accounts.",
                "Inspectors found 12,000 pounds absent from the charity's accounts.",
            ),
        ],
        &[
            (
                "The planning board did not approve the application for a new footbridge over the Marl.",
                "The planning board approved the application for a new footbridge over the Marl.",
            ),
            (
                "The striker kept missing the target in the second half.",
                "The striker kept hitting the target in the second half.",
            ),
        ],
    );
}

/// "Flawed" and "sound" are opposites: a denied flaw restated as soundness
/// passes, as "did not approve" → "rejected" does; a flaw made sound is flagged.
#[test]
fn a_denied_flaw_restated_as_sound() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The auditors said the tender process had not been flawed.",
            "The auditors said the tender process had been sound.",
        )],
        &[(
            "The auditors said the tender process had been flawed.",
            "The auditors said the tender process had been sound.",
        )],
    );
}

/// A comparison with the present turned round ("lower than at the last
/// census" → "higher at the last census than this year") states the same
/// relation; the comparative flipped in place, or against another past
/// party, is flagged.
#[test]
fn a_comparison_with_the_present_turned_round() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Membership of the angling club was lower than at the previous annual meeting.",
            "Membership of the angling club was higher at the previous annual meeting than this year.",
        )],
        &[
            (
                "Membership of the angling club was lower than at the previous annual meeting.",
                "Membership of the angling club was higher than at the previous annual meeting.",
            ),
            (
                "Membership of the angling club was lower than at the previous annual meeting.",
                "Membership of the angling club was higher at the previous annual meeting than at the first.",
            ),
        ],
    );
}

#[test]
fn money_lost_told_as_money_made() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The bakery chain lost 3.4 million pounds in its first half.",
                "The bakery chain made 3.4 million pounds in its first half.",
                "made",
            ),
            (
                "The co-operative said it made about $90,000 on the fair.",
                "The co-operative said it lost about $90,000 on the fair.",
                "lost",
            ),
            (
                "The market stalls lost money over the winter.",
                "The market stalls made money over the winter.",
                "made",
            ),
            // "make" before no money is no gain.
            (
                "The mill lost 40 staff in the spring.",
                "The mill made 40 staff redundant in the spring.",
                "",
            ),
        ],
    );
}

#[test]
fn a_quote_recast_around_a_new_denial_is_left_to_misquote() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "\"The crews have worked hard, but the backlog is growing,\" the manager said.",
                "\"The crews have failed to keep up, and the backlog is growing,\" the manager said.",
                "",
            ),
            // A denial put before the speaker's own word is a flip.
            (
                "\"We can afford the repairs this year,\" the treasurer said.",
                "\"We cannot afford the repairs this year,\" the treasurer said.",
                "cannot",
            ),
            // Outside a quotation the new denial counts.
            (
                "The crews have worked hard, but the backlog is growing, the manager said.",
                "The crews have failed to keep up, and the backlog is growing, the manager said.",
                "failed",
            ),
        ],
    );
}

#[test]
fn few_after_a_clause_opening_that_denies() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The survey found that few residents used the towpath.",
            "The survey found that not many residents used the towpath.",
        )],
        &[(
            "The survey found that few residents used the towpath.",
            "The survey found that many residents used the towpath.",
        )],
    );
}

#[test]
fn a_count_told_by_its_remainder() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Only 44 of the 70 apprentices who sat the welding test passed.",
                "Of the 70 apprentices who sat the welding test, 26 failed.",
            ),
            (
                "Officials said 8,210 riders set off and 7,940 finished.",
                "Of the 8,210 riders who set off, 7,940 finished, so about 270 did not complete the route.",
            ),
            (
                "Only three of the eleven trustees voted against the sale.",
                "Eight of the eleven trustees voted in favour of the sale.",
            ),
        ],
        &[
            (
                "Of the 70 apprentices, 44 passed.",
                "Of the 70 apprentices, 44 failed.",
            ),
            (
                "Of the 30 kiosks, 11 were let.",
                "Of the 30 kiosks, 11 were not let.",
            ),
            (
                "Three of the eleven trustees voted against the sale.",
                "Three of the eleven trustees voted in favour of the sale.",
            ),
            // A score is no count of the same whole.
            (
                "Lind won 7-5 6-2 in the semi-final, denying Ortega a first final.",
                "Lind won 7-5 6-2 in the semi-final, handing Ortega a first final.",
            ),
        ],
    );
}

#[test]
fn none_of_denies_a_curated_phrase_after_its_noun() {
    assert_sentences(
        "polarity-drift",
        &[(
            "None of the village councils opposed the quarry.",
            "Every village council backed the quarry.",
        )],
        &[
            (
                "None of the village councils opposed the quarry.",
                "None of the village councils backed the quarry.",
            ),
            (
                "None of the village councils opposed the quarry.",
                "Every village council opposed the quarry.",
            ),
        ],
    );
}

#[test]
fn handing_over_is_the_converse_of_taking() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The trust took over the ferry service from the county council.",
            "The county council handed the ferry service to the trust.",
        )],
        &[(
            "The trust took over the ferry service from the county council.",
            "The trust handed the ferry service to the county council.",
        )],
    );
}

#[test]
fn refused_a_thing_carries_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The developer was refused planning permission for the tower.",
            "The developer was not given planning permission for the tower.",
        )],
        &[(
            "The developer was refused planning permission for the tower.",
            "The developer was granted planning permission for the tower.",
        )],
    );
}

#[test]
fn a_denial_carried_by_the_suffix_less() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The shelter takes in homeless families every winter.",
                "The shelter takes in families without homes every winter.",
            ),
            (
                "The gale left 9,000 homes without power.",
                "The gale left 9,000 homes powerless.",
            ),
        ],
        &[
            (
                "The gale left 9,000 homes without power.",
                "The gale left 9,000 homes with power.",
            ),
            (
                "The club has countless rivals in the league.",
                "The club has no rivals in the league.",
            ),
        ],
    );
}

#[test]
fn shed_is_a_fall_and_cleared_is_not_guilty() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The jury convicted her on four counts and cleared her on the remaining two.",
                "She was found guilty on four counts and not guilty on the other two.",
            ),
            (
                "The shares shed 8% over the year.",
                "The shares fell 8% over the year.",
            ),
        ],
        &[(
            "The shares gained 8% over the year.",
            "The shares shed 8% over the year.",
        )],
    );
}

#[test]
fn a_comparison_turned_the_other_way_in_other_words_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "About a third of callers waited longer than the ten-minute target.",
                "About a third of callers waited more than the ten minutes set as the target.",
            ),
            (
                "The harbour board reported fewer than 40 landings in March.",
                "The harbour board reported less than 40 landings in March.",
            ),
        ],
        &[
            (
                "About a third of callers waited longer than the ten-minute target.",
                "About a third of callers waited less than the ten minutes set as the target.",
            ),
            (
                "The new hall holds more than the old one did.",
                "The new hall holds fewer than the old one did.",
            ),
            (
                "Turnout was higher than the county average.",
                "Turnout was smaller than the county average.",
            ),
        ],
    );
}

#[test]
fn a_denied_surprise_restated_as_shock_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The broker said the weak harvest had not surprised grain traders.",
                "The broker said the weak harvest had been expected by grain traders.",
            ),
            (
                "The broker said the weak harvest had come as a surprise to grain traders.",
                "The broker said the weak harvest had shocked grain traders.",
            ),
        ],
        &[
            (
                "The broker said the weak harvest had not surprised grain traders.",
                "The broker said the weak harvest had stunned grain traders.",
            ),
            (
                "The broker said the weak harvest had not come as a surprise to grain traders.",
                "The broker said the weak harvest had caught grain traders off guard.",
            ),
        ],
    );
}

#[test]
fn a_prefixed_word_on_both_sides_carries_no_denial() {
    assert_sentences(
        "polarity-drift",
        &[],
        &[(
            "The trust said the cuts had closed a ward at its inpatient clinic, but that patient safety had not been affected.",
            "The trust said the cuts had shut a ward at its inpatient clinic, and that patient safety had also suffered.",
        )],
    );
}

#[test]
fn a_pronoun_is_the_party_of_a_converse_verb() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The coach praised his squad, saying they had beaten the Falcons twice.",
            "The coach praised his squad, noting that the Falcons had lost to them twice.",
        )],
        &[(
            "The coach praised his squad, saying they had lost only three of their 20 games.",
            "The coach praised his squad, pointing out that they had won only three of their 20 games.",
        )],
    );
}

#[test]
fn a_progressive_is_active_and_a_name_is_entity_drifts() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Potato growers are receiving the lowest prices for their crop in four years.",
                "Potato growers are being paid less for their crop than at any time in four years.",
            ),
            (
                "The appeal was lodged by the campaign group Heathwatch North on Monday.",
                "The appeal was lodged by the campaign group Heathwatch South on Monday.",
            ),
        ],
        &[
            (
                "Potato growers are receiving the lowest prices for their crop in four years.",
                "Potato growers are paying the lowest prices for their crop in four years.",
            ),
            (
                "The campaign group said the north side of the valley would flood first.",
                "The campaign group said the south side of the valley would flood first.",
            ),
        ],
    );
}

#[test]
fn broad_and_narrow_raised_and_trimmed_are_opposites() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The bakery chain trimmed its sales outlook on Monday.",
            "The bakery chain cut its sales outlook on Monday.",
        )],
        &[
            (
                "The survey found unusually broad leaves on the island's oaks.",
                "The survey found unusually narrow leaves on the island's oaks.",
            ),
            (
                "The bakery chain raised its sales outlook to 4% on Monday.",
                "The bakery chain trimmed its sales outlook to 4% on Monday.",
            ),
        ],
    );
}

#[test]
fn a_movement_graded_the_other_way_before_its_noun_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The plan cuts waiting times at three clinics from May.",
                "The plan means shorter waiting times at three clinics from May.",
            ),
            (
                "Diesel vans cost more to insure than electric vans, the broker said.",
                "Diesel vans are dearer to insure than electric vans, the broker said.",
            ),
            (
                "Diesel vans cost more to insure than electric vans, the broker said.",
                "Electric vans are cheaper to insure than diesel vans, the broker said.",
            ),
        ],
        &[
            (
                "The plan cuts waiting times at three clinics from May.",
                "The plan means longer waiting times at three clinics from May.",
            ),
            (
                "Diesel vans cost more to insure than electric vans, the broker said.",
                "Diesel vans are cheaper to insure than electric vans, the broker said.",
            ),
        ],
    );
}

#[test]
fn a_comparison_before_the_same_than_reworded_at_length_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Engineers said the old pier was weaker than inspections had shown.",
            "Engineers said the old pier turned out to be in poorer condition than inspections had shown.",
        )],
        &[(
            "Engineers said the old pier was worse than inspections had shown.",
            "Engineers said the old pier turned out to be in better shape than inspections had shown.",
        )],
    );
}

#[test]
fn a_switch_restated_with_rather_than_passes() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The county will move its grit stores from the old quarry to the new depot.",
            "The county's grit will be kept at the new depot rather than the old quarry.",
        )],
        &[(
            "The county will keep its grit stores at the old quarry and the new depot.",
            "The county's grit will be kept at the new depot rather than the old quarry.",
        )],
    );
}

#[test]
fn a_first_in_a_span_told_by_the_time_since_the_last_passes() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Ferries will sail to the island in May for the first time in 30 years.",
            "Ferries will sail to the island in May, 30 years after the last crossing.",
        )],
        &[(
            "Ferries will sail to the island in May for the first time this decade.",
            "Ferries will sail to the island in May for the last time this decade.",
        )],
    );
}

#[test]
fn a_denied_prefix_noun_restated_plainly_passes() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The auditors found no irregularities in the council's accounts.",
            "The auditors found the council's accounts to be in order.",
        )],
        &[(
            "The auditors found no irregularities in the council's accounts.",
            "The auditors found irregularities in the council's accounts.",
        )],
    );
}

#[test]
fn a_shortfall_below_a_figure_restated_as_a_denied_size_passes() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Spring rainfall in the valley was 40 millimetres, less than half the usual amount, the weather office said.",
            "Spring rainfall in the valley was 40 millimetres, not a large share of the usual amount, the weather office said.",
        )],
        &[(
            "Spring rainfall in the valley was 40 millimetres, more than half the usual amount, the weather office said.",
            "Spring rainfall in the valley was 40 millimetres, not a large share of the usual amount, the weather office said.",
        )],
    );
}

#[test]
fn missed_describing_the_object_of_an_infinitive_passes() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The courier will install 900 lockers in the region's towns, the company said.",
            "The courier will install 900 lockers in the region's towns to cut missed deliveries, the company said.",
        )],
        &[(
            "The courier said its drivers were expected to reach every address on time.",
            "The courier said its drivers were expected to have missed some addresses.",
        )],
    );
}

#[test]
fn a_denying_verb_turned_opposite_in_a_long_rewrite_is_flagged_on_the_opposite() {
    let source = "Quarterly profit at the brewer fell 12% to $88 million, missing analyst forecasts, the company said.";
    let rewritten = "Quarterly profit at the brewer fell 12 percent to 88 million dollars, beating analyst forecasts, the company said.";
    assert_eq!(
        findings_of("polarity-drift", rewritten, source),
        ["beating"]
    );
}

#[test]
fn a_why_question_restated_as_no_reason_passes() {
    let rewritten = "The driver said the roads were empty and he saw no reason to stop. \"The light was green,\" he said.";
    let asked = "\"The roads were empty, so I thought, why stop?\" the driver said. \"The light was green.\"";
    assert!(findings_of("polarity-drift", rewritten, asked).is_empty());
    let stopped =
        "\"The roads were empty, so I stopped,\" the driver said. \"The light was green.\"";
    assert!(!findings_of("polarity-drift", rewritten, stopped).is_empty());
}

#[test]
fn a_denied_act_told_as_a_state_kept_beside_a_real_flip_passes() {
    let source = "The island bus has run hourly since May but cannot carry bicycles, and it did not operate on two days last week because of flooding.";
    let kept = "The island bus, which can carry bicycles, has run hourly since May, although flooding kept it in the depot on two days last week.";
    assert_eq!(findings_of("polarity-drift", kept, source).len(), 1);
    let ran = "The island bus, which can carry bicycles, has run hourly since May, and it operated on two days last week despite flooding.";
    assert_eq!(findings_of("polarity-drift", ran, source).len(), 2);
}

#[test]
fn a_no_vote_is_a_vote_against_not_a_denial() {
    let source =
        "Councillor Mira Dastow, who cast the lone vote against, said the scheme was rushed.";
    let rewritten = "Councillor Mira Dastow, the only no vote, said the scheme was rushed.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
    let denied = "Councillor Mira Dastow said no vote had been held on the scheme.";
    let held = "Councillor Mira Dastow said a vote had been held on the scheme.";
    assert!(!findings_of("polarity-drift", held, denied).is_empty());
}

#[test]
fn a_question_under_investigation_is_not_yet_settled() {
    let source = "The cause of the blaze at the grain store is under investigation.";
    let rewritten =
        "Investigators have not yet determined what caused the blaze at the grain store.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
}

#[test]
fn a_negative_word_restating_the_other_sides_negator_carries_it() {
    let source = "A magistrate on Tuesday refused to release the ferry operator's manager.";
    let rewritten = "A magistrate on Tuesday denied bail to the ferry operator's manager.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
    let granted = "A magistrate on Tuesday granted bail to the ferry operator's manager.";
    assert!(!findings_of("polarity-drift", granted, source).is_empty());
}

#[test]
fn a_double_negative_restated_beside_a_carried_negation_passes() {
    let source = "The trust said the ward was not short of porters but lacked cleaners.";
    let rewritten = "The trust said the ward had enough porters but too few cleaners.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
}

#[test]
fn opposites_moved_with_their_names_in_reordered_clauses_pass() {
    let source =
        "Footfall rose at Kettle Street market but fell at Harrow Cross arcade, the council said.";
    let rewritten = "At Harrow Cross arcade footfall fell, while at Kettle Street market it rose, the council said.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
    let swapped =
        "Footfall fell at Kettle Street market but rose at Harrow Cross arcade, the council said.";
    assert!(!findings_of("polarity-drift", swapped, source).is_empty());
}

#[test]
fn a_preposition_turned_with_its_verb_is_one_flip() {
    let source = "Dunmere Freight sold its oldest tug to Cawley Marine in June.";
    let rewritten = "Dunmere Freight bought its oldest tug from Cawley Marine in June.";
    assert_eq!(findings_of("polarity-drift", rewritten, source), ["bought"]);
}

#[test]
fn a_negative_subject_and_its_predicate_both_turned_restate() {
    let source = "No lorries will be barred from the bridge while it is resurfaced.";
    let rewritten = "All lorries will still be allowed onto the bridge while it is resurfaced.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
}

#[test]
fn few_and_many_after_the_same_determiner_are_a_flip() {
    let source = "The few ferries that still call at Dorrin Quay will stop in May.";
    let swapped = "The many ferries that still call at Dorrin Quay will stop in May.";
    assert_eq!(findings_of("polarity-drift", swapped, source), ["many"]);
    assert!(findings_of("meaning-drift", swapped, source).is_empty());
    let source = "Dorrin Ferry's few remaining crews will move to Harl Quay.";
    let swapped = "Dorrin Ferry's many remaining crews will move to Harl Quay.";
    assert!(!findings_of("polarity-drift", swapped, source).is_empty());
    assert!(findings_of("meaning-drift", swapped, source).is_empty());
    let source = "The few ferries that still call at Dorrin Quay will stop in May.";
    let kept = "The handful of ferries that still call at Dorrin Quay will stop in May.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}

#[test]
fn never_restated_as_only_once_is_flagged() {
    let source = "Her lawyer said Ms Velt had never visited the Harlow depot.";
    let once = "Her lawyer said Ms Velt had visited the Harlow depot only once.";
    assert!(!findings_of("polarity-drift", once, source).is_empty());
    let source = "Her lawyer said Ms Velt had not visited the depot until March.";
    let only = "Her lawyer said Ms Velt had visited the depot only in March.";
    assert!(findings_of("polarity-drift", only, source).is_empty());
}

#[test]
fn a_denial_moved_off_a_verb_of_telling_is_flagged() {
    let source = "Tarrow Mills did not say whether it would sell its flour division.";
    let moved = "Tarrow Mills said it would not sell its flour division.";
    assert_eq!(findings_of("polarity-drift", moved, source), ["not sell"]);
    // A verb of belief raises its denial: "did not expect to" is "expected not to".
    let source = "Tarrow Mills did not expect to raise its flour prices this year.";
    let raised = "Tarrow Mills expected not to raise its flour prices this year.";
    assert!(findings_of("polarity-drift", raised, source).is_empty());
    // The same object denied: "did not announce any" is "announced no".
    let source = "Tarrow Mills did not announce any job cuts on Tuesday.";
    let object = "Tarrow Mills announced no job cuts on Tuesday.";
    assert!(findings_of("polarity-drift", object, source).is_empty());
}

#[test]
fn objecting_told_as_welcoming_and_a_handful_as_plenty_are_flagged() {
    let source = "Parents had objected to the closure of the Mardle Lane crossing.";
    let welcomed = "Parents had welcomed the closure of the Mardle Lane crossing.";
    assert_eq!(
        findings_of("polarity-drift", welcomed, source),
        ["welcomed"]
    );
    let opposed = "Parents had opposed the closure of the Mardle Lane crossing.";
    assert!(findings_of("polarity-drift", opposed, source).is_empty());
    let source = "Only a handful of stalls at Fenner Market opened on Sunday.";
    let plenty = "Plenty of stalls at Fenner Market opened on Sunday.";
    assert!(!findings_of("polarity-drift", plenty, source).is_empty());
    let few = "Just a few stalls at Fenner Market opened on Sunday.";
    assert!(findings_of("polarity-drift", few, source).is_empty());
}

#[test]
fn a_denied_attainment_told_as_a_shortfall_passes() {
    let source = "Harlow Mills said annual sales did not reach the 90 million euros it had forecast, coming in at 84 million.";
    let below = "Harlow Mills said annual sales came in at 84 million euros, below the 90 million it had forecast.";
    assert!(findings_of("polarity-drift", below, source).is_empty());
    let short = "Harlow Mills said annual sales fell short of the 90 million euros it had forecast, coming in at 84 million.";
    assert!(findings_of("polarity-drift", short, source).is_empty());
    // The mark attained after all is still a flip.
    let reached = "Harlow Mills said annual sales reached the 90 million euros it had forecast, coming in at 84 million.";
    assert!(!findings_of("polarity-drift", reached, source).is_empty());
}

#[test]
fn opposite_verbs_paired_by_their_object_across_voices_are_flagged() {
    let source = "Members approved a new pension scheme, and rejected by 61% to 39% a motion to merge the two branches.";
    let backed = "Members endorsed a new pension scheme, while a motion to merge the two branches was backed 61% to 39%.";
    assert_eq!(findings_of("polarity-drift", backed, source), ["backed"]);
    let kept = "Members endorsed a new pension scheme, while a motion to merge the two branches was rejected 61% to 39%.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
    let source = "Members approved a motion to merge the two branches.";
    let passive = "A motion to merge the two branches was rejected by members.";
    assert_eq!(findings_of("polarity-drift", passive, source), ["rejected"]);
}

#[test]
fn far_from_restating_a_denied_adjective_and_adverbs_of_negative_words_pass() {
    let source = "The minister said the settlement was not perfect but called it fair.";
    let far = "The minister said the settlement was far from perfect but called it fair.";
    assert!(findings_of("polarity-drift", far, source).is_empty());
    let source = "A resident who spoke anonymously said the gates had been left open.";
    let without = "A resident, speaking without giving a name, said the gates had been left open.";
    assert!(findings_of("polarity-drift", without, source).is_empty());
}

#[test]
fn opposite_adjectives_describing_the_same_noun_are_paired_before_and_after_be() {
    let source = "Inspectors will visit depots with low staffing this winter.";
    let high = "Inspectors will visit depots where staffing is high this winter.";
    assert_eq!(findings_of("polarity-drift", high, source), ["high"]);
    let kept = "Inspectors will visit depots where staffing is low this winter.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
    let source = "Dealers said grain stocks remained low after the harvest.";
    let remained = "Dealers reported high grain stocks after the harvest.";
    assert_eq!(findings_of("polarity-drift", remained, source), ["high"]);
}

#[test]
fn denied_disruption_raised_denials_and_levels_restated_pass() {
    let cases = [
        (
            "The ferry operator said sailings would not be affected by the strike.",
            "The ferry operator said sailings would run as normal despite the strike.",
        ),
        (
            "Copper did not fall as far as traders had feared.",
            "Copper fell less than traders had feared.",
        ),
        (
            "The smelter did not operate at full capacity last year.",
            "The smelter ran below full capacity last year.",
        ),
    ];
    assert_clean("polarity-drift", &cases);
    let source = "The ferry operator said sailings would not be affected by the strike.";
    let flipped = "The ferry operator said sailings would be affected by the strike.";
    assert!(!findings_of("polarity-drift", flipped, source).is_empty());
    let source = "The smelter did not operate at full capacity last year.";
    let full = "The smelter ran at full capacity last year.";
    assert!(!findings_of("polarity-drift", full, source).is_empty());
}

#[test]
fn an_opposite_verb_the_source_uses_for_another_act_flips_on_the_same_object() {
    let source = "Members of the Arlow town council approved a new harbour wall fund on Monday, and rejected by 19 votes to 11 a proposal to charge a toll on ferry cars.";
    let approved = "Arlow town councillors backed a new harbour wall fund on Monday, while a plan to charge a toll on ferry cars was approved by 19 votes to 11.";
    assert_eq!(
        findings_of("polarity-drift", approved, source),
        ["approved"]
    );
    let kept = "Arlow town councillors approved a new harbour wall fund on Monday, while a plan to charge a toll on ferry cars was rejected by 19 votes to 11.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}

#[test]
fn a_remainder_of_a_whole_stated_in_another_sentence_adds_no_negation() {
    let source = "A gale cut water supplies to about 12,000 homes in Darrow overnight. The utility said crews had restored supplies to 7,500 homes by noon and hoped to finish the work on Friday.";
    let remainder = "A gale cut water supplies to about 12,000 homes in Darrow overnight. By noon crews had restored supplies to 7,500 homes, leaving some 4,500 still without water.";
    assert!(findings_of("polarity-drift", remainder, source).is_empty());
    let wrong = "A gale cut water supplies to about 12,000 homes in Darrow overnight. By noon crews had restored supplies to 7,500 homes, leaving some 3,000 still without water.";
    assert!(!findings_of("polarity-drift", wrong, source).is_empty());
}

#[test]
fn a_keeping_word_in_a_headline_aligned_beside_the_lead_leaves_its_denial_restated() {
    let source = "Tarn bridge tolls frozen\n\nTolls on the Tarn bridge will not rise next year, the county said on Friday.\n";
    let frozen = "Tarn bridge tolls frozen\n\nTolls on the Tarn bridge will be frozen next year, the county said on Friday.\n";
    assert!(findings_of("polarity-drift", frozen, source).is_empty());
    let risen = "Tarn bridge tolls frozen\n\nTolls on the Tarn bridge will rise next year, the county said on Friday.\n";
    assert!(!findings_of("polarity-drift", risen, source).is_empty());
}

#[test]
fn a_synonym_of_an_adjectives_wordnet_opposite_is_an_opposite() {
    let source =
        "Observers from the regional forum described the count in Harlow as largely orderly.";
    let chaotic =
        "Observers from the regional forum described the count in Harlow as largely chaotic.";
    assert_eq!(findings_of("polarity-drift", chaotic, source), ["chaotic"]);
    let source = "The rise in ferry fares this spring was not large, the operator said.";
    let modest = "The rise in ferry fares this spring was modest, the operator said.";
    assert!(findings_of("polarity-drift", modest, source).is_empty());
    let large = "The rise in ferry fares this spring was large, the operator said.";
    assert!(!findings_of("polarity-drift", large, source).is_empty());
}

#[test]
fn barely_restates_a_small_amount_stated_by_an_adverb() {
    let source = "In the other schools the truancy rate dipped slightly, from 12.1% to 11.9%.";
    let barely =
        "In the other schools the truancy rate barely moved, edging down from 12.1% to 11.9%.";
    assert!(findings_of("polarity-drift", barely, source).is_empty());
    let source = "In the other schools the truancy rate dipped, from 12.1% to 11.9%.";
    let added = "In the other schools the truancy rate did not move, from 12.1% to 11.9%.";
    assert!(!findings_of("polarity-drift", added, source).is_empty());
}

#[test]
fn an_act_held_back_by_its_gerund_restates_a_denied_verb() {
    let source = "The Corby savings bank did not raise its mortgage rates on Thursday.";
    let cases = [
        "The Corby savings bank refrained from raising its mortgage rates on Thursday.",
        "The Corby savings bank held off raising its mortgage rates on Thursday.",
    ];
    for held in cases {
        assert!(findings_of("polarity-drift", held, source).is_empty());
    }
    let moved =
        "The Corby savings bank moved from raising its mortgage rates to cutting them on Thursday.";
    assert!(!findings_of("polarity-drift", moved, source).is_empty());
}

#[test]
fn a_denied_equal_comparison_with_an_expectation_denies_the_comparison() {
    let source =
        "Quarterly sales at the Brenton glassworks were not as bad as analysts had expected.";
    let better =
        "Quarterly sales at the Brenton glassworks were better than analysts had expected.";
    assert!(findings_of("polarity-drift", better, source).is_empty());
    let worse = "Quarterly sales at the Brenton glassworks were worse than analysts had expected.";
    assert!(!findings_of("polarity-drift", worse, source).is_empty());
}

#[test]
fn a_noun_phrase_kept_in_a_state_restates_its_denied_act() {
    let source = "The Islay ferry did not sail on Monday because of high winds.";
    let kept = "High winds kept the Islay ferry in port on Monday.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
    let sailed = "The Islay ferry sailed on Monday despite high winds.";
    assert!(!findings_of("polarity-drift", sailed, source).is_empty());
}

#[test]
fn a_not_until_dropped_with_its_verb_and_until_kept_is_flagged() {
    let source = "The Tolsey footbridge was not reopened until late on Friday, the council said.";
    let dropped = "The Tolsey footbridge was reopened until late on Friday, the council said.";
    assert_eq!(findings_of("polarity-drift", dropped, source), ["reopened"]);
    let shut = "The Tolsey footbridge stayed shut until late on Friday, the council said.";
    assert!(findings_of("polarity-drift", shut, source).is_empty());
    let source = "The ferry could not return to service until repairs were checked.";
    let out = "The ferry will stay out of service until repairs were checked.";
    assert!(findings_of("polarity-drift", out, source).is_empty());
}

#[test]
fn denial_of_the_act_restated_with_only_is_flagged() {
    let source = "The ministry said it had not consulted the fishing unions on the quota.";
    let briefly =
        "The ministry said it had only briefly consulted the fishing unions on the quota.";
    assert!(!findings_of("polarity-drift", briefly, source).is_empty());
    let source = "Inspectors found no working pumps at four of the stations.";
    let four = "Inspectors found working pumps at only four of the stations.";
    assert!(!findings_of("polarity-drift", four, source).is_empty());
    // A denial of what lies beyond a limit, an "only" of time, condition
    // or place, a sole one, and an "only" after a modal restate it.
    let source = "The union said it would not resume talks while the lockout continued.";
    let once = "The union said it would resume talks only once the lockout was over.";
    assert!(findings_of("polarity-drift", once, source).is_empty());
    let source = "The vaccine is not yet available outside hospitals.";
    let inside = "For now, the vaccine is available only in hospitals.";
    assert!(findings_of("polarity-drift", inside, source).is_empty());
    let source = "Councillor Ana Brell, who cast the lone no vote, said the plan was rushed.";
    let sole = "Councillor Ana Brell, the only member to vote against, said the plan was rushed.";
    assert!(findings_of("polarity-drift", sole, source).is_empty());
}

#[test]
fn denied_belief_lost_with_the_attribution_moved_is_flagged_on_the_clause() {
    let source = "\"We do not accept that the new timetable is unsafe for pupils,\" council leader Ana Brell said.";
    let suspect = "Council leader Ana Brell said that the new timetable was unsafe for pupils.";
    let found = findings_of("polarity-drift", suspect, source);
    assert!(found.iter().any(|f| f.contains("was unsafe")), "{found:?}");
    // A long attribution moved to the front: the "that" comes nine words on.
    let source = "\"We do not accept that the new timetable is unsafe for pupils,\" council leader Ana Brell said in a statement.";
    let suspect = "Council leader Ana Brell said in a statement that the new timetable was unsafe for pupils.";
    let found = findings_of("polarity-drift", suspect, source);
    assert!(found.iter().any(|f| f.contains("was unsafe")), "{found:?}");
}

#[test]
fn denied_clause_dropped_with_only_moved_words_in_its_place_is_not_flagged() {
    // The deliberation told as settled is meaning-drift's; the dropped
    // "no decision" clause is no flip of its own ("has" keeps nothing).
    let source = "Harbour officials said the port authority was weighing a second ferry berth for the island route, though no decision has been made.";
    let suspect = "The port authority has approved a second ferry berth for the island route, harbour officials said.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    assert!(!findings_of("meaning-drift", suspect, source).is_empty());
}

#[test]
fn a_claim_left_untold_and_told_as_confirmed_is_flagged() {
    // The source denies a verb of saying or finding; the copy attributes the
    // claim as confirmed or found.
    let flagged = [
        (
            "Pellham Rail did not say whether the faulty brake was fitted to its other trains.",
            "Pellham Rail confirmed that the faulty brake was fitted to its other trains.",
        ),
        (
            "The mill's owner did not rule out further job losses at the Denholt site.",
            "The mill's owner confirmed that there would be further job losses at the Denholt site.",
        ),
    ];
    for (source, suspect) in flagged {
        assert!(
            !findings_of("polarity-drift", suspect, source).is_empty(),
            "{suspect}"
        );
    }
    // Kept uncommitted, the claim passes.
    let source =
        "Pellham Rail did not say whether the faulty brake was fitted to its other trains.";
    let kept =
        "Pellham Rail declined to confirm whether the faulty brake was fitted to its other trains.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
    let source = "The mill's owner did not rule out further job losses at the Denholt site.";
    let kept =
        "The mill's owner left open the possibility of further job losses at the Denholt site.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}
