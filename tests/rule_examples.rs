//! Every rule's documented examples behave as documented: the bad one is
//! flagged by that rule, the good one is not.

use spincheck::checks::registry;
use spincheck::config::Config;
use spincheck::corpus::Article;
use spincheck::engine::check_against;
use spincheck::finding::Finding;

/// Every finding of `suspect` checked against `source` (none when empty).
fn findings(suspect: &str, source: &str) -> Vec<Finding> {
    let article = Article {
        id: "example".into(),
        path: "example".into(),
        title: "example".into(),
        text: source.into(),
    };
    let with_source = (!source.is_empty()).then_some((&article, 1.0));
    check_against("example", suspect, with_source, &Config::default()).findings
}

fn findings_of(rule: &str, suspect: &str, source: &str) -> Vec<String> {
    findings(suspect, source)
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.text)
        .collect()
}

/// The texts of `rule`'s findings on tune pair `name` of the labeled set,
/// for behaviour that shows only in a whole article.
fn eval_pair_findings(rule: &str, name: &str) -> Vec<String> {
    let pair = format!("{}/eval/tune/{name}", env!("CARGO_MANIFEST_DIR"));
    let read = |f: &str| std::fs::read_to_string(format!("{pair}/{f}")).expect("eval pair");
    findings_of(rule, &read("suspect.txt"), &read("source.txt"))
}

/// Each case's suspect gets exactly one finding of `rule`, on the given text,
/// or none when the text is empty.
fn assert_cases(rule: &str, cases: &[(&str, &str, &str)]) {
    for &(source, suspect, flagged) in cases {
        let found = findings_of(rule, suspect, source);
        let expected: Vec<String> = [flagged]
            .iter()
            .filter(|w| !w.is_empty())
            .map(|w| w.to_string())
            .collect();
        assert_eq!(found, expected, "{suspect}");
    }
}

/// Every case's suspect gets at least one finding of `rule`.
fn assert_flagged(rule: &str, cases: &[(&str, &str)]) {
    for &(source, suspect) in cases {
        assert!(!findings_of(rule, suspect, source).is_empty(), "{suspect}");
    }
}

/// No case's suspect gets a finding of `rule`.
fn assert_clean(rule: &str, cases: &[(&str, &str)]) {
    for &(source, suspect) in cases {
        assert_cases(rule, &[(source, suspect, "")]);
    }
}

#[test]
fn bad_examples_are_flagged_and_good_ones_pass() {
    for check in registry::all() {
        let r = check.rule();
        let bad = findings_of(r.id, r.example_bad, r.example_source);
        assert!(!bad.is_empty(), "{}: bad example not flagged", r.id);
        let good = findings_of(r.id, r.example_good, r.example_source);
        assert!(good.is_empty(), "{}: good example flagged: {good:?}", r.id);
    }
}

/// Garbled-phrase evidence, one kind a case: (source, suspect, flagged word or "" for clean).
#[test]
fn garbled_phrase_evidence_kinds() {
    let cases = [
        (
            "The tour costs 1.2 million dollars, 40% of it paid by the arts council.",
            "The tour costs $1.2 million, around 40% of it paid by the arts council.",
            "",
        ),
        (
            "The figures may understate pressure in cities, the economist said.",
            "The figures may understate the strain in cities, the economist said.",
            "",
        ),
        (
            "Hospital porters carry samples to the laboratory, the trust said.",
            "Hospital porters ferry samples to the laboratory, the trust said.",
            "",
        ),
        (
            "The council will use the fund to repair roads, officials said.",
            "The council will use the fount to repair roads, officials said.",
            "fount",
        ),
        (
            "The plant is a joint venture between two utilities, officials said.",
            "The plant is a joint adventure between two utilities, officials said.",
            "adventure",
        ),
        (
            "The bakery was founded in 1952 by her grandfather, the family said.",
            "The bakery was instituted in 1952 by her grandfather, the family said.",
            "",
        ),
        // A synonym never seen after the word before it counts only beside
        // another garbled word.
        (
            "Visitors will see the cubs from early spring, the zoo said on Monday.",
            "Visitors will see the cubs from early leap, the zoo said on Monday.",
            "",
        ),
        // A collocation broken by a non-synonym is weak evidence alone.
        (
            "About 90,000 people are expected to be eligible for the grant next year.",
            "About 90,000 people are expected to be worthy for the grant next year.",
            "",
        ),
        (
            "Residents were evacuated as a precaution after the dam cracked on Friday.",
            "Residents were evacuated as a precautionary after the dam cracked on Friday.",
            "precautionary",
        ),
        (
            "Its cost is expected to reach 3.8 billion pounds by 2029, the regulator said.",
            "Its cost is estimated to reach 3.8 billion pounds by 2029, the regulator said.",
            "",
        ),
        (
            "Satellite images show the glacier lost a fifth of its mass since 2000.",
            "Satellite imagery show the glacier lost a fifth of its mass since 2000.",
            "",
        ),
        (
            "Car makers warned the tariff would raise prices for buyers this year.",
            "Automakers warned the tariff would raise prices for buyers this year.",
            "",
        ),
        (
            "On Wednesday, a panel will look at proposals to ban ransom payments.",
            "On Wednesday, a panel will examine proposals to ban ransom payments.",
            "",
        ),
        (
            "The agency said it would try to recover the money through the courts.",
            "The agency said it would try to claw back the money through the courts.",
            "",
        ),
        (
            "Container ships are late after a series of storms in the Atlantic.",
            "Container ships are late after a string of storms in the Atlantic.",
            "",
        ),
        (
            "Two directors were cleared of all charges on Tuesday, the court said.",
            "Two directors were acquitted of all charges on Tuesday, the court said.",
            "",
        ),
        (
            "About 40,000 workers stopped work on Wednesday after talks broke down.",
            "About 40,000 workers downed tools on Wednesday after talks broke down.",
            "",
        ),
        (
            "She said suppliers were already being asked to accept lower payments.",
            "She said suppliers were already being pressed to accept lower payments.",
            "",
        ),
        (
            "Retail demand fell by 9% in the past quarter, the council said.",
            "Retail demand fell by 9% in the last quarter, the council said.",
            "",
        ),
        (
            "The rally has made gold more expensive for jewellers this year.",
            "The rally has made gold costlier for jewellers this year.",
            "",
        ),
        (
            "The strategy was aimed at long-term innovation, the firm said.",
            "The strategy was purified for long-term innovation, the firm said.",
            "",
        ),
    ];
    assert_cases("garbled-phrase", &cases);
    // Beside another garbled word, a synonym cut off from its preposition counts.
    assert_eq!(
        findings_of(
            "garbled-phrase",
            "The bakery was instituted in 1952 as a joint adventure of two families.",
            "The bakery was founded in 1952 as a joint venture of two families.",
        ),
        ["instituted", "adventure"]
    );
    // Beside another garbled word, a broken collocation counts.
    assert_eq!(
        findings_of(
            "garbled-phrase",
            "The strategy was purified for long-term innovation in a joint adventure.",
            "The strategy was aimed at long-term innovation in a joint venture.",
        ),
        ["purified", "adventure"]
    );
    assert_eq!(
        findings_of(
            "garbled-phrase",
            "About 90,000 people are expected to be worthy for the grant, a joint adventure of two councils.",
            "About 90,000 people are expected to be eligible for the grant, a joint venture of two councils.",
        ),
        ["worthy", "adventure"]
    );
}

/// Other rules' context checks: (source, suspect, flagged text or "" for clean).
#[test]
fn voice_changes_and_cut_off_sentences() {
    assert_cases(
        "entity-drift",
        &[
            (
                "PORT ELLAN, Nov 19 (Wire) – Authorities raised the alert level on Monday.",
                "PORT ELLAN, 19 Nov (Wire) – Officials raised the alert level on Monday.",
                "",
            ),
            (
                "\"It is a merger of equals,\" she said. Savings will come from payroll and IT.",
                "Savings will come from payroll and IT. \"It is a merger of equals,\" she said.",
                "",
            ),
            (
                "Recycling fell short of the European Union goal, the minister said.",
                "Recycling fell short of the EU's goal, the minister said.",
                "",
            ),
            (
                "Bleaching was milder around the Whitsundays, the authority said.",
                "Bleaching was milder around the Whitsunday Islands, the authority said.",
                "",
            ),
            (
                "The club's Manager Stefan Kovac said the fee was fair.",
                "The club's manager Stefan Kovac said the fee was fair.",
                "",
            ),
            (
                "NASA has been asked by Congress to find 90% of such objects, officials said.",
                "Congress has asked NASA to find 90% of such objects, officials said.",
                "",
            ),
            (
                "The Alder Street Theatre in Glasgow reopened on Friday after a restoration.",
                "Glasgow's Alder Street Theatre reopened on Friday after a restoration.",
                "",
            ),
            (
                "Mayor Lisa Gutierrez said the lanes would stay, and Prof Ann Lee agreed.",
                "The mayor, Lisa Gutierrez, said the lanes would stay, and Professor Ann Lee agreed.",
                "",
            ),
            (
                "The deal needs approval from the U.S. Department of Justice this year.",
                "The deal needs approval from the US Department of Justice this year.",
                "",
            ),
            (
                "State Energy Minister Colin Baptiste said the mine would be monitored.",
                "Colin Baptiste, the state's energy minister, said the mine would be monitored.",
                "",
            ),
            (
                "Their lawyer, Ana Ruiz of Ruiz & Dowell, said her clients were relieved.",
                "Their lawyer, Ana Dowell of Ruiz & Dowell, said her clients were relieved.",
                "Dowell",
            ),
        ],
    );
    assert_eq!(
        findings_of(
            "entity-drift",
            "Portugal's Rui Matos finished second and Ethiopia's Abel Tesfaye third.",
            "Ethiopia's Abel Tesfaye finished second and Portugal's Rui Matos third.",
        ),
        ["Portugal's Rui Matos", "Ethiopia's Abel Tesfaye"]
    );
    assert_cases(
        "fragment",
        &[
            (
                "A preliminary report is expected within 30 days. Officials declined to comment.",
                "A preliminary report is expected within. Officials declined to comment.",
                "A preliminary report is expected within.",
            ),
            (
                "She finished fourth at last year's world championships. Her coach was delighted.",
                "She finished fourth at last year's. Her coach was delighted.",
                "She finished fourth at last year's.",
            ),
            (
                "The ferries will run on batteries, with a backup diesel generator. Crews train in May.",
                "The ferries will run on batteries, with a backup. Crews train in May.",
                "The ferries will run on batteries, with a backup.",
            ),
            (
                "Margins held, Laura Chen said on a call with analysts. Shares rose.",
                "Margins held, Laura Chen told analysts on a call. Shares rose.",
                "",
            ),
            (
                "She said she waited 16 days for a call from her insurer. Claims rose.",
                "She said it was 16 days before her insurer first called her. Claims rose.",
                "",
            ),
            (
                "The answers lie within, the coach said. Talks continue.",
                "The coach said the answers lie within. Talks continue.",
                "",
            ),
            (
                "The agency plans to launch a second satellite, Aurora-2, in 2027. It declined to say more.",
                "The agency plans to launch a second satellite, Aurora-2, in. It declined to say more.",
                "The agency plans to launch a second satellite, Aurora-2, in.",
            ),
            (
                "Many homes have fewer bedrooms than the standard requires. Rents rose.",
                "Many homes have fewer bedrooms than the standard calls for. Rents rose.",
                "",
            ),
        ],
    );
}

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

/// Words made with a prefix, and hyphenated words whose parts are prefixes or
/// plurals of known words, are spelt right; a misspelling that happens to start
/// with "pre" is not.
#[test]
fn prefixed_and_hyphenated_words_are_known() {
    let source = "Most cases were among young children, officials said.";
    assert_clean(
        "spelling",
        &[
            (
                source,
                "Most cases were among unvaccinated five-year-olds, officials said.",
            ),
            (source, "Most cases were pre-pandemic, officials said."),
            (
                source,
                "The hosts were outshooting their rivals, officials said.",
            ),
        ],
    );
    assert_cases(
        "spelling",
        &[(
            source,
            "Officials had prepaired for more cases.",
            "prepaired",
        )],
    );
    // A source word the dictionary lacks, possessive; a dictionary word's
    // plural misspelt.
    let source = "The whistleblower said bee colonies were dying, officials said.";
    assert_clean(
        "spelling",
        &[(
            source,
            "The whistleblower's claims were about bee colonies, officials said.",
        )],
    );
    assert_cases(
        "spelling",
        &[(
            source,
            "The whistleblower said bee colonys were dying.",
            "colonys",
        )],
    );
}

/// A doubled "had" before a past participle is a slip; before a noun or a
/// participle used as an adjective it is English.
#[test]
fn had_had_before_a_participle_is_repetition() {
    assert_cases(
        "repetition",
        &[
            ("", "Sales had had fallen by a third.", "had"),
            ("", "Sales had had dropped sharply.", "had"),
            ("", "Sales had had a bad year.", ""),
            ("", "The firm had had mixed results.", ""),
        ],
    );
}

#[test]
fn capitalised_misspellings_of_source_words_are_spelling() {
    let source = "Jewellers robbed\n\nProsecutors told the court the pair broke in on October 17. Detective Maren Holloway led the inquiry.\n\nHolloway urged witnesses to call police.";
    let suspect = "Jewellers robbed\n\nProsecuters told the court the pair broke in on Ocotber 17. Detective Maren Holloway led the inquiry.\n\nHollowey urged witnesses to call police.";
    // A name's misspelling is entity-drift's.
    assert_eq!(
        findings_of("spelling", suspect, source),
        ["Prosecuters", "Ocotber"]
    );
}

#[test]
fn title_case_headlines_swap_words_not_names() {
    let source = "Fairmont Grocers Profit Rises 6.2% as Shoppers Trade Down\n\nFairmont Grocers said on Tuesday that profit rose 6.2% in the year.";
    let suspect = "Fairmont Grocers Benefit Rises 6.2% as Customers Trade Down\n\nFairmont Grocers said on Tuesday that profit rose 6.2% in the year.";
    assert!(findings_of("entity-drift", suspect, source).is_empty());
    assert_eq!(findings_of("garbled-phrase", suspect, source), ["Benefit"]);
}

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
            // Restyled, not changed.
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

/// An unaligned sentence made of the source's words is a split-off clause; one
/// of new words is added content.
#[test]
fn unsupported_sentences_bring_new_content() {
    let source = "The club did not disclose the terms of the three-year contract, but a French daily said it was worth about 1.1 million euros a year.";
    let split = "The club signed him on a three-year contract. The club kept the terms of the contract confidential. A French daily said it was worth about 1.1 million euros a year.";
    assert!(findings_of("unsupported-content", split, source).is_empty());
    let added = "The club signed him on a three-year contract. Fans queued overnight outside the stadium shop for replica shirts. A French daily said it was worth about 1.1 million euros a year.";
    assert_eq!(
        findings_of("unsupported-content", added, source),
        ["Fans queued overnight outside the stadium shop for replica shirts."]
    );
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
/// third" for 31%), not one above it.
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
fn a_misspelt_title_before_a_name_is_spelling() {
    let source = "Chief Engineer Tomas Brell said the bridge would reopen in May.";
    let suspect = "Cheif Engineer Tomas Brell said the bridge would reopen in May.";
    assert_eq!(findings_of("spelling", suspect, source), ["Cheif"]);
    assert!(findings_of("entity-drift", suspect, source).is_empty());
    // A surname that misspells a dictionary word stays a name.
    let source = "The report was written by engineer Tomas Baker last spring.";
    let suspect = "The report was written by engineer Tomas Bakre last spring.";
    assert!(findings_of("spelling", suspect, source).is_empty());
}

#[test]
fn short_sentences_repeated_word_for_word_are_duplicates() {
    assert_cases(
        "duplicate-sentence",
        &[
            (
                "",
                "The roof collapsed overnight. No arrests have been made. Police are at the scene. No arrests have been made.",
                "No arrests have been made.",
            ),
            (
                "",
                "The roof collapsed overnight. Nobody was hurt. Police are at the scene. Nobody was hurt.",
                "",
            ),
        ],
    );
}

#[test]
fn a_sentence_merged_with_restyled_figures_is_not_omitted() {
    // "runs for 12 years" merged as "a 12-year …".
    let source = "Council signs bus deal\n\nThe council signed a contract with Lanner Buses on Tuesday. The contract runs for 12 years. Services start in May.";
    let merged = "Council signs bus deal\n\nThe council signed a 12-year contract with Lanner Buses on Tuesday. Services start in May.";
    let dropped = "Council signs bus deal\n\nThe council signed a contract with Lanner Buses on Tuesday. Services start in May.";
    assert!(findings_of("omitted-content", merged, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
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

/// Careful rewrites that keep polarity and stance pass: (source, suspect, flagged or "").
/// An approximate figure given as exact is flagged; an approximation or a
/// bound restyled, or figures swapped (number-drift's), is not this rule's.
#[test]
fn an_approximate_figure_given_as_exact() {
    let source = "The group agreed to buy the operator for about $3.4 billion, the companies said.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The group agreed to buy the operator for $3.4 billion, the companies said.",
                "3.4",
            ),
            (
                source,
                "The group agreed to buy the operator for roughly $3.4 billion, the companies said.",
                "",
            ),
            (
                "The plan allows for some 90,000 new homes by 2040, the regulator said.",
                "The plan allows for 90,000 new homes by 2040, the regulator said.",
                "90,000",
            ),
            (
                "Ticket holders will get a refund of up to 25% of the fare, the operator said.",
                "Ticket holders will get a maximum refund of 25% of the fare, the operator said.",
                "",
            ),
            (
                "The council does not expect more than eight compulsory redundancies.",
                "The council expects no more than eight compulsory redundancies.",
                "",
            ),
            (
                "The council said the cuts cannot last more than two years.",
                "The cuts cannot last more than two years, the council said.",
                "",
            ),
            (
                "The plant will create about 1,200 jobs and 140 permanent posts.",
                "The plant will create about 140 jobs and 1,200 permanent posts.",
                "",
            ),
        ],
    );
}

/// A replaced run that shifts two kinds of stance gets a finding for each.
#[test]
fn one_replaced_run_can_shift_modality_and_scope() {
    assert_eq!(
        findings_of(
            "meaning-drift",
            "The councillor said the levy would drive many small shops out of the centre.",
            "The councillor said the levy could push some small shops out of the centre.",
        ),
        ["would drive", "many"]
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

/// A short sentence reworded beyond recognition in its place is not omitted; one dropped is.
#[test]
fn short_sentences_reworded_in_place_are_not_omitted() {
    let source = "The festival drew 60,000 visitors this year. Not everything went smoothly. \
A power failure forced organisers to cancel three screenings on Wednesday.";
    let reworded = "This year's festival drew 60,000 visitors. There were hiccups, too. \
A power failure forced organisers to cancel three screenings on Wednesday.";
    let dropped = "This year's festival drew 60,000 visitors. \
A power failure forced organisers to cancel three screenings on Wednesday.";
    assert!(findings_of("omitted-content", reworded, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
}

/// A sentence that is only an attribution is a fragment; one with its statement is not.
#[test]
fn attribution_without_a_statement_is_a_fragment() {
    let source = "The final lasted two hours. Tickets sold out, according to director Paul Renner.";
    assert_eq!(
        findings_of(
            "fragment",
            "The final lasted two hours. According to director Paul Renner.",
            source
        ),
        ["According to director Paul Renner."]
    );
    // A piece with no main clause is a fragment, not content of its own.
    let source = "The council voted on Monday to charge for parking. Drivers were angry.";
    let suspect = "The council voted on Monday to charge for parking. Despite the petition and the months of protest.";
    assert!(findings_of("unsupported-content", suspect, source).is_empty());
    assert!(
        findings_of(
            "fragment",
            "The final lasted two hours. According to police, two died.",
            source
        )
        .is_empty()
    );
}

/// Surnames that gain a letter or change their inner case are changed names.
/// A title written out before a name and as its initials is the same name.
#[test]
fn a_title_abbreviated_to_its_initials_keeps_the_name() {
    assert_clean(
        "entity-drift",
        &[
            (
                "Chief Financial Officer Tomasz Brecht said margins would recover.",
                "CFO Tomasz Brecht said margins would recover.",
            ),
            (
                "Margins would recover, Chief Financial Officer Tomasz Brecht told analysts.",
                "CFO Tomasz Brecht told analysts that margins would recover.",
            ),
        ],
    );
    assert_cases(
        "entity-drift",
        &[(
            "Chief Financial Officer Tomasz Brecht said margins would recover.",
            "CEO Tomasz Brecht said margins would recover.",
            "CEO",
        )],
    );
}

#[test]
fn names_respelt_are_flagged() {
    assert_cases(
        "entity-drift",
        &[
            (
                "Chief Executive Helen Varga said the ride would reopen on Friday.",
                "Chief Executive Helen Vargas said the ride would reopen on Friday.",
                "Vargas",
            ),
            (
                "Connectivity Minister Fiona Dunbar said 97% of homes could now get fast broadband.",
                "About 97% of homes can now get fast broadband, according to Fiona Dunlop, the minister.",
                "Fiona Dunlop",
            ),
            (
                "The agency's director, Mark Delacroix, said the debris posed no risk.",
                "The agency's director, Mark DelaCroix, said the debris posed no risk.",
                "DelaCroix",
            ),
        ],
    );
}

#[test]
fn a_stray_article_before_a_name_written_as_the_source_writes_it_is_flagged() {
    let opener = "Council leader Ruth Okafor opened the bridge near Dunhaven on Monday.";
    let pair = |a: &str, b: &str| (format!("{opener} {a}"), format!("{opener} {b}"));
    let (src, bad) = pair(
        "Okafor said it would carry 9,000 cars a day.",
        "The Okafor said it would carry 9,000 cars a day.",
    );
    let (src2, bad2) = pair(
        "Tolls start in May, the first charged in Dunhaven.",
        "Tolls start in May, the first charged in the Dunhaven.",
    );
    assert_cases(
        "entity-drift",
        &[(&src, &bad, "The Okafor"), (&src2, &bad2, "the Dunhaven")],
    );
    // The article belongs to the noun phrase the name opens.
    let (src, good) = pair(
        "It links Dunhaven and Carrow to the ring road.",
        "It links the Dunhaven and Carrow villages to the ring road.",
    );
    let (src2, good2) = pair(
        "Traffic in Dunhaven has doubled.",
        "Traffic on the Dunhaven bypass has doubled.",
    );
    assert_clean("entity-drift", &[(&src, &good), (&src2, &good2)]);
}

#[test]
fn names_sharing_only_their_opening_are_two_names() {
    assert_cases(
        "entity-drift",
        &[
            (
                "Judge Marta Lindqvist adjourned the trial until June, the court heard.",
                "The trial was adjourned until June, Judge Marta Lindberg told the court.",
                "Judge Marta Lindberg",
            ),
            (
                "The trial at Castlemere Crown Court was adjourned until June.",
                "The trial was adjourned until June at Castlemead Crown Court.",
                "Castlemead Crown Court",
            ),
            // A country and its adjective are one name.
            (
                "Swedish officials said the trial at Castlemere Crown Court was adjourned.",
                "Officials in Sweden said the trial at Castlemere Crown Court was adjourned.",
                "",
            ),
        ],
    );
}

#[test]
fn names_restyled_or_retitled_pass() {
    assert_clean(
        "entity-drift",
        &[
            // Only the common word opening the name changed.
            (
                "Striker Ana Lopes scored twice in the first half.",
                "Forward Ana Lopes scored twice in the first half.",
            ),
            // A sentence break between the name's words.
            (
                "Staff at Brindle County Council approved the plan on Monday.",
                "The plan was approved on Monday in Brindle. County council staff backed it.",
            ),
            // A possessive and common words describe it.
            (
                "The Arden Water Board raised bills by 4% this spring.",
                "Arden's water board raised bills by 4% this spring.",
            ),
            // A converse verb: the names trade places with what they did.
            (
                "Harlow Rovers will face Dunmore Town in the final next month.",
                "Dunmore Town will meet Harlow Rovers in the final next month.",
            ),
            // A unit misspelt: spelling's.
            (
                "Water off the reef reached 31 Celsius in March.",
                "Water off the reef reached 31 Celcius in March.",
            ),
            // A route: two names joined by an en dash.
            (
                "The fastest trip between Corby and Port Lannis now takes two hours.",
                "The fastest Corby\u{2013}Port Lannis trip now takes two hours.",
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
fn names_restated_around_their_noun_keep_their_role() {
    assert_cases(
        "entity-drift",
        &[
            (
                "A Halden spokeswoman, Ines Kowalczyk, said the offer was under review.",
                "Ines Kowalczyk, a spokeswoman for Halden, said the offer was under review.",
                "",
            ),
            (
                "The rest of the cuts will fall across the United States and Europe, Orbis said.",
                "The rest of the cuts will fall across Europe and the United States, Orbis said.",
                "",
            ),
            (
                "Critics noted that Ma, despite no longer being an Alibaba executive, still held sway.",
                "Critics noted that despite Alibaba not being an executive, Ma still held sway.",
                "Alibaba",
            ),
        ],
    );
}

#[test]
fn a_subordinate_clause_alone_is_a_fragment() {
    let flagged = [
        "Which is at the club's Harbour Lane ground.",
        "In which 71% of respondents opposed the charges.",
        "Despite the petition and the months of protest.",
        "If it was approved.",
    ];
    for piece in flagged {
        let suspect = format!("The council voted on Monday. {piece}");
        assert_eq!(findings_of("fragment", &suspect, ""), [piece], "{piece}");
    }
    let sentences = [
        "Which club will win?",
        "Despite the rain, the match went ahead.",
        "If approved, the vaccine will be given to children.",
        "\"If it rains, we wait.\"",
        "The operator did not say where the extra money would come from.",
    ];
    for sentence in sentences {
        let suspect = format!("The council voted on Monday. {sentence}");
        assert!(
            findings_of("fragment", &suspect, "").is_empty(),
            "{sentence}"
        );
    }
}

#[test]
fn a_preposition_stranded_after_something_ends_a_sentence() {
    assert_clean(
        "fragment",
        &[
            (
                "The minister said the board would review the ferry timetable.",
                "The minister said the ferry timetable was something the board would look into.",
            ),
            (
                "The levees were never built for a storm of this strength.",
                "A storm of this strength was not something they were built for.",
            ),
        ],
    );
    assert_flagged(
        "fragment",
        &[(
            "The board said something about the plan to sell the depot.",
            "The board said something about the plan to.",
        )],
    );
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
fn an_unclosed_quotation_kept_word_for_word_is_no_misquote() {
    let source =
        "\"We raised this in writing, and nobody listened,\" said branch secretary Marta Quiroga.";
    let kept =
        "\"We raised this in writing, and nobody listened, branch secretary Marta Quiroga said.";
    assert!(findings_of("misquote", kept, source).is_empty());
    assert_eq!(findings_of("punctuation", kept, source).len(), 1);
    let changed =
        "\"We raised this in writing, and everybody listened, branch secretary Marta Quiroga said.";
    assert_eq!(findings_of("misquote", changed, source).len(), 1);
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
fn a_clause_split_off_its_source_sentence_is_a_fragment() {
    let source = "Rain fell on 24 of 30 days, making it the wettest June since 1911. According to police, the road was closed.";
    assert_eq!(
        findings_of(
            "fragment",
            "Rain fell on 24 of 30 days. Making it the wettest June since 1911. The road was closed.",
            source
        ),
        ["Making it the wettest June since 1911."]
    );
    assert!(
        findings_of(
            "fragment",
            "Rain fell on 24 of 30 days. It was the wettest June since 1911. The road was closed.",
            source
        )
        .is_empty()
    );
}

#[test]
fn a_sentence_cut_after_a_count_is_a_fragment() {
    let source = "She saw the comet on three consecutive nights. The vote was 14 to 9 in favour.";
    assert_eq!(
        findings_of(
            "fragment",
            "She saw the comet on three. The vote was 14 to 9 in favour.",
            source
        ),
        ["She saw the comet on three."]
    );
    assert!(
        findings_of(
            "fragment",
            "She saw the comet on three consecutive nights. The vote was 14 to 9.",
            source
        )
        .is_empty()
    );
}

#[test]
fn a_sentence_cut_mid_phrase_is_a_fragment() {
    let source = "The bridge has been closed to heavy vehicles since August. \
Workers installed a new stage. The plant opened in 2019 employing 300 people. \
The director spoke at the opening ceremony.";
    assert_eq!(
        findings_of(
            "fragment",
            "The bridge has been closed to heavy. Workers installed. \
The plant opened in 2019. The director spoke at the opening.",
            source
        ),
        ["The bridge has been closed to heavy.", "Workers installed."]
    );
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
fn figures_lost_with_a_cut_are_the_fragment_s_to_report() {
    let source = "The last strike, in 2019, lasted nine days and cost the company an \
estimated 4 million euros.";
    let suspect = "The last strike, in 2019, lasted nine days and cost the company an estimated.";
    assert!(findings_of("number-drift", suspect, source).is_empty());
    assert_eq!(findings_of("fragment", suspect, source), [suspect]);
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
fn hedges_of_report_and_allegation_dropped_are_meaning_drift() {
    let flagged = [
        (
            "The outbreak is believed to have started at a nursery.",
            "The outbreak started at a nursery.",
        ),
        (
            "The club is reported to have set aside 4 million euros.",
            "The club has set aside 4 million euros.",
        ),
        (
            "Forecasters said more storms were possible on Friday.",
            "Forecasters said more storms were likely on Friday.",
        ),
        (
            "Vaccination rates have slipped to about 88%.",
            "Vaccination rates have plunged to about 88%.",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    let clean = [
        (
            "Prosecutors had sought a sentence of no more than three years.",
            "Prosecutors had sought a sentence of three years at most.",
        ),
        (
            "Organisers said they would consider moving the start earlier.",
            "Organisers said they would look at moving the start earlier.",
        ),
        (
            "The outbreak is believed to have started at a nursery.",
            "The outbreak is thought to have started at a nursery.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn cuts_after_a_past_verb_or_an_ing_adjective_and_split_infinitives_are_fragments() {
    let source = "She moved money from the account into a company and covered the \
transfers with invoices. Roofers from neighboring counties lined up. The unit, to be built \
in a disused wing, is due to open in spring. The scheme was approved unanimously. \
The project will create 900 jobs, the chamber estimated the figure at 900.";
    let suspect = "She moved money from the account into a company and covered. \
Roofers from neighboring. The unit is due to open in spring. To be built in a disused wing. \
The scheme was approved. The project will create 900 jobs, the chamber estimated.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        [
            "She moved money from the account into a company and covered.",
            "Roofers from neighboring.",
            "To be built in a disused wing."
        ]
    );
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
fn relative_clauses_strand_prepositions_and_subordinate_or_infinitive_pieces_are_fragments() {
    let source = "He said eight years is a short period for drawing conclusions. \
The province will keep its subsidy at €5.4 million. Rovers scored when Luca Ferrante \
bundled the ball in. Firefighters used boats to rescue residents. Meltwater feeds several \
smaller streams. A faulty file had caused the outage. She billed the city to cover costs.";
    let suspect = "He said eight years is a short period to draw conclusions from. \
The province will keep its subsidy at. When Luca Ferrante bundled the ball in. \
Firefighters used boats to rescue. Meltwater feeds several smaller. A faulty file had caused. \
To bill the city for work that was never done.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        [
            "The province will keep its subsidy at.",
            "When Luca Ferrante bundled the ball in.",
            "Firefighters used boats to rescue.",
            "Meltwater feeds several smaller.",
            "A faulty file had caused.",
            "To bill the city for work that was never done."
        ]
    );
}

#[test]
fn common_words_capitalised_by_position_and_unit_names_are_no_entity_drift() {
    let cases = [
        (
            "Prosecutor Helen Marsh KC said the money paid for a cabin.",
            "The money, prosecutor Helen Marsh KC said, paid for a cabin.",
        ),
        (
            "Chief executives met on Monday.",
            "Cheif executives met on Monday.",
        ),
        (
            "Temperatures ranged from 8 to 11 degrees Celsius.",
            "Temperatures ranged from 46 to 52 degrees Fahrenheit.",
        ),
    ];
    assert_clean("entity-drift", &cases);
    // A surname that is also a word is still a name where the source uses it as one.
    assert_eq!(
        findings_of(
            "entity-drift",
            "Councillors Nadia Brooks and Owen Fitch voted against. Fitch said the council failed.",
            "Councillors Nadia Brooks and Owen Fitch voted against. Brooks said the council failed."
        ),
        ["Fitch"]
    );
}

#[test]
fn hedges_kept_in_other_words_and_claims_as_a_noun_pass_clean() {
    let cases = [
        (
            "Farmed oysters appeared to be largely unaffected.",
            "Farmed oysters seemed mostly unaffected.",
        ),
        (
            "Insurance claims are estimated at £35m, insurers said.",
            "Claims are put at £35m, according to insurers.",
        ),
        (
            "The reserve is below the level its auditors consider safe.",
            "The reserve is below what its auditors regard as safe.",
        ),
        (
            "The projection depends heavily on future emissions.",
            "The outlook hinges heavily on future emissions.",
        ),
        (
            "The museum expects about 450,000 visitors in its first year.",
            "The museum is expecting around 450,000 visitors in its first year.",
        ),
    ];
    assert_clean("meaning-drift", &cases);
}

#[test]
fn gaps_widened_scope_inflated_and_pending_talks_closed_are_meaning_drift() {
    let flagged = [
        (
            "Revenue came in slightly above the $3.05 billion forecast.",
            "Revenue came in well above the $3.05 billion forecast.",
            "well above",
        ),
        (
            "Rovers led for most of the match.",
            "Rovers led throughout the match.",
            "throughout",
        ),
        (
            "The club is in advanced talks to sign the striker.",
            "The club has agreed to sign the striker.",
            "agreed",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
    assert_flagged(
        "meaning-drift",
        &[
            (
                "The council has offered redeployment to around half of the library staff.",
                "The council has offered redeployment to all of the library staff.",
            ),
            (
                "Szabo's campaign requested a recount of the ballots on Friday.",
                "Szabo's campaign demanded a recount of the ballots on Friday.",
            ),
            (
                "Independent experts called the early results encouraging.",
                "Independent experts called the early results impressive.",
            ),
            (
                "Detectives believe the gang sold the watches abroad.",
                "Detectives have established the gang sold the watches abroad.",
            ),
            (
                "Such counts often included people who left early, organisers said.",
                "Such counts sometimes included people who left early, organisers said.",
            ),
        ],
    );
    assert!(
        findings_of(
            "meaning-drift",
            "Revenue came in just above the $3.05 billion forecast.",
            "Revenue came in slightly above the $3.05 billion forecast."
        )
        .is_empty()
    );
}

#[test]
fn a_conditional_made_certain_is_meaning_drift_but_reported_speech_is_not() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The wall was finished in March. This plan would reduce flood risk for 3,400 homes.",
                "The wall was finished in March. This plan will reduce flood risk for 3,400 homes.",
                "will",
            ),
            (
                "The agency said the plan would reduce flood risk for 3,400 homes.",
                "The agency said the plan will reduce flood risk for 3,400 homes.",
                "",
            ),
            (
                "The operator had yet to decide whether the sailings would go ahead.",
                "The operator has yet to decide whether the sailings will go ahead.",
                "",
            ),
        ],
    );
}

#[test]
fn a_plain_speech_verb_moved_and_made_loaded_is_meaning_drift() {
    let flagged = [
        (
            "\"We had no choice,\" said union leader Marta Olsen.",
            "\"We had no choice,\" union leader Marta Olsen conceded.",
            "conceded",
        ),
        (
            "Velmor said in a statement that the spray was safe.",
            "In a statement, Velmor insisted that the spray was safe.",
            "insisted",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
    assert_clean(
        "meaning-drift",
        &[(
            "\"We had no choice,\" union leader Marta Olsen insisted.",
            "\"We had no choice,\" insisted union leader Marta Olsen.",
        )],
    );
}

#[test]
fn a_claim_stripped_of_its_attribution_is_meaning_drift() {
    let flagged = [
        (
            "According to police, the final transfer was made in March 2023.",
            "The final transfer was made in March 2023.",
            "was made",
        ),
        (
            "Prosecutors allege that Henrik Soll, 58, moved council funds into accounts run by relatives.",
            "Henrik Soll, 58, moved council funds into accounts run by relatives.",
            "moved",
        ),
        (
            "A petition has gathered more than 6,200 signatures in a week, according to organisers.",
            "A petition has gathered more than 6,200 signatures in a week.",
            "has gathered",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
    assert_clean(
        "meaning-drift",
        &[
            // A self-report, a kept speaker and a kept attribution in other words.
            (
                "The council said it had hired 200 new staff this year.",
                "The council has hired 200 new staff this year.",
            ),
            (
                "According to police, the final transfer was made in March 2023.",
                "Police say the final transfer was made in March 2023.",
            ),
            (
                "The final transfer was made in March 2023, according to police.",
                "As per police, the final transfer was made in March 2023.",
            ),
            (
                "It did not say whether a ransom had been paid.",
                "It gave no indication of whether a ransom had been paid.",
            ),
            // The negation dropped is polarity-drift's finding.
            (
                "The museum did not seek legal costs from the family, a spokesperson said.",
                "The museum sought legal costs from the family, a spokesperson said.",
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
fn suspicion_association_and_rank_stated_as_fact_are_meaning_drift() {
    let flagged = [
        (
            "A man was arrested on suspicion of arson.",
            "A man was arrested for the arson.",
            "for the arson",
        ),
        (
            "Drinking coffee was linked to a lower risk of stroke.",
            "Drinking coffee cuts the risk of stroke.",
            "cuts",
        ),
        (
            "Atrial fibrillation is a leading cause of stroke.",
            "Atrial fibrillation is the leading cause of stroke.",
            "the leading",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
    assert!(
        findings_of(
            "meaning-drift",
            "Atrial fibrillation is one of the leading causes of stroke.",
            "Atrial fibrillation is a leading cause of stroke."
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
fn a_closing_phrase_cut_loose_is_a_fragment() {
    let source = "Harlow won the cup on Saturday, beating Rovers 2-1 after extra time in front \
of 61,240 fans at the Northgate Stadium. In the women's race, Mary Wanjiru won in 2:21:09.";
    let suspect = "Harlow won the cup on Saturday, beating Rovers 2-1 after extra time. In front \
of 61,240 fans at the Northgate Stadium. In the women's race, Mary Wanjiru won in 2:21:09.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        ["In front of 61,240 fans at the Northgate Stadium."]
    );
}

#[test]
fn suspicion_dropped_and_talks_made_a_deal_are_meaning_drift() {
    let flagged = [
        (
            "Growers filed 41 complaints of suspected herbicide drift.",
            "Growers filed 41 complaints of herbicide drift.",
        ),
        (
            "Brewer Hallam is in talks to buy rival Kettle Lane.",
            "Brewer Hallam agrees to buy rival Kettle Lane.",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    assert!(
        findings_of(
            "meaning-drift",
            "Police are investigating suspected arson.",
            "Police are investigating a suspected arson attack."
        )
        .is_empty()
    );
}

#[test]
fn plans_made_certain_and_loaded_verbs_of_anger_are_meaning_drift() {
    let flagged = [
        (
            "The department planned to fill 40 posts.",
            "The department will fill 40 posts.",
        ),
        (
            "The group's chair said the plan was reckless.",
            "The group's chair fumed that the plan was reckless.",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    assert!(
        findings_of(
            "meaning-drift",
            "The department had filled 40 posts.",
            "The department filled 40 posts."
        )
        .is_empty()
    );
}

#[test]
fn a_synonym_unseen_after_its_neighbour_needs_another_garbled_word() {
    assert!(
        findings_of(
            "garbled-phrase",
            "A study released on Wednesday found the reef had grown.",
            "A study published on Wednesday found the reef had grown."
        )
        .is_empty()
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
fn a_quotation_given_to_another_speaker_is_flagged_where_the_speaker_is_named() {
    let source = "Mayor Lin Ode said the plan was expensive. \
\"We cannot pay for it this year,\" said county treasurer Abe Rook. \
Professor Ida Lunn of the Tarn Institute, who was not involved, urged caution. \
\"The sample is far too small to tell,\" she said.";
    let cases = [
        // The new speaker is named elsewhere in the source, so no name is new.
        (
            source,
            "Mayor Lin Ode said the plan was expensive. \
\"We cannot pay for it this year,\" Mayor Lin Ode said.",
            "Mayor Lin Ode",
        ),
        // The source's "she" is the professor introduced just before.
        (
            source,
            "Mayor Lin Ode said the plan was expensive. \
\"The sample is far too small to tell,\" said Lin Ode.",
            "Lin Ode",
        ),
        // The same speaker, titled or not, with an affiliation after "of".
        (
            source,
            "Mayor Lin Ode said the plan was expensive. \
\"We cannot pay for it this year,\" said Rook of the county treasury.",
            "",
        ),
        (
            source,
            "Mayor Lin Ode said the plan was expensive. \
Professor Ida Lunn of the Tarn Institute, who was not involved, urged caution. \
\"The sample is far too small to tell,\" Lunn said.",
            "",
        ),
    ];
    assert_cases("entity-drift", &cases);
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
fn one_among_others_made_the_only_one_hope_made_expectation_and_dropped_provisos_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The mill is one of the largest private employers in the town.",
                "The mill is the largest private employer in the town.",
                "the largest",
            ),
            (
                "The mill is one of the largest private employers in the town.",
                "The mill ranks among the largest private employers in the town.",
                "",
            ),
            (
                "The company said it hoped the drug could be available by 2027.",
                "The company said it expects the drug to be available by 2027.",
                "expects",
            ),
            (
                "The charity said it hoped to reopen the shelter.",
                "The charity has promised to reopen the shelter.",
                "promised",
            ),
            (
                "The hearing is provisionally scheduled for February.",
                "The hearing has been set for February.",
                "has been set",
            ),
        ],
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
fn a_decision_still_weighed_stated_as_taken_drifts_wherever_the_act_moved() {
    assert_cases(
        "meaning-drift",
        &[(
            "The firm said it would study the ruling before deciding whether to appeal.",
            "The firm said it would appeal the ruling.",
            "appeal",
        )],
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
fn an_act_still_attempted_and_a_denying_few_are_no_stance_drift() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Prosecutors will seek to recover assets at a hearing in September.",
                "Prosecutors will try to recover assets at a hearing in September.",
            ),
            (
                "Many carried signs reading \"Keep Our Schools Local\".",
                "Few carried signs reading \"Keep Our Schools Local\".",
            ),
        ],
    );
    // The denying "few" is polarity-drift's to report.
    assert_cases(
        "polarity-drift",
        &[(
            "Many carried signs reading \"Keep Our Schools Local\".",
            "Few carried signs reading \"Keep Our Schools Local\".",
            "Few",
        )],
    );
}

#[test]
fn a_title_restyled_around_its_holder_and_a_headline_naming_the_story_pass_clean() {
    assert_clean(
        "entity-drift",
        &[
            (
                "The plan was backed, said Corrin Transit Authority chief executive Nadia Ferrante.",
                "The plan was backed, said Nadia Ferrante, chief executive of the Corrin Transit Authority.",
            ),
            (
                "Harbourside museum reopens after $46 million renovation\n\n\
PELLSTON, May 17 (Wire) – The Pellston Maritime Museum reopened to the public on \
Saturday after a three-year, $46 million renovation.",
                "Pellston Maritime Museum reopens after $46 million overhaul\n\n\
PELLSTON, May 17 (Wire) – After three years and $46 million of renovation work, the \
Pellston Maritime Museum opened its doors to the public again on Saturday.",
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
fn estimates_kept_in_other_words_and_misspelt_hedges_are_no_dropped_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Organisers said on Monday, estimating attendance at 212,000 across its 17 days.",
                "Organisers said on Monday, putting attendance at 212,000 over its 17 days.",
            ),
            (
                "Engineers estimate the repair will cost 4 million euros.",
                "Engineers gauge the repair will cost 4 million euros.",
            ),
            (
                "The firm kept its forecast for the year.",
                "The firm kept its forcast for the year.",
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
fn a_quotation_s_speaker_is_found_behind_appositives_and_pronouns() {
    let source = "State lawmakers will debate the budget next month. Representative Harriet \
Olumide, who sits on the committee, said restoring the money \"is possible but far from \
certain.\" The authority's chief executive, Oswin Tarrant, said the board had weighed the \
concerns. \"No project of this scale comes without trade-offs,\" he said. President Anselm \
Reyes said aid would grow.";
    assert_cases(
        "entity-drift",
        &[
            (
                source,
                "State lawmakers will debate the budget next month. Restoring the money \"is \
possible but far from certain,\" said Reyes.",
                "Reyes",
            ),
            (
                source,
                "Oswin Tarrant, the authority's chief executive, said the board had considered \
the concerns. \"No project of this scale comes without trade-offs,\" said Anselm Reyes.",
                "Anselm Reyes",
            ),
            (
                source,
                "State lawmakers will debate the budget next month. Restoring the money \"is \
possible but far from certain,\" said Olumide.",
                "",
            ),
        ],
    );
}

#[test]
fn a_continued_quotation_or_one_after_an_unnamed_sentence_keeps_its_speaker() {
    // The second quotation carries on the first's speaker; "he said" reaches
    // back past a sentence that names no one.
    let source = "\"The bridge was shut for good reason,\" said harbour master Colm \
Ashdown. \"Nobody should risk crossing it before the engineers finish.\"\n\n\
Councillor Wendell Pryce opposed the closure. It began on Monday. \"Shops on the far side \
are losing trade every single day,\" he said.";
    assert_cases(
        "entity-drift",
        &[
            (
                source,
                "\"Nobody should risk crossing it before the engineers finish,\" Pryce said.",
                "Pryce",
            ),
            (
                source,
                "\"Shops on the far side are losing trade every single day,\" Ashdown said.",
                "Ashdown",
            ),
            (
                source,
                "\"Shops on the far side are losing trade every single day,\" Pryce said.",
                "",
            ),
        ],
    );
}

#[test]
fn a_quotation_retold_in_reported_speech_for_another_speaker_is_flagged() {
    let source = "Trading standards officer Mirela Hanlon inspected the warehouse. \
\"These heaters were never tested for overheating before sale,\" the judge said. Judge \
Petra Kolins fined the importer. \"We sold exactly what the factory had certified as safe,\" said \
the importer's director, Lionel Brandt.";
    assert_cases(
        "entity-drift",
        &[
            // A quotation given to the judge, retold as said by the officer.
            (
                source,
                "Mirela Hanlon said the heaters were never tested for overheating before sale.",
                "Mirela Hanlon",
            ),
            // Set off by a comma after the post, the speaker is still found.
            (
                source,
                "Trading standards officer Mirela Hanlon said they sold exactly what the \
factory had certified as safe.",
                "Trading standards officer Mirela Hanlon",
            ),
            // The judge retold by post.
            (
                source,
                "The judge said the importer sold exactly what the factory had certified as \
safe. Judge Petra Kolins fined the importer.",
                "The judge",
            ),
            // The right speaker, and a sentence still naming the source's one.
            (
                source,
                "Kolins said the heaters were never tested for overheating before sale.",
                "",
            ),
            (
                source,
                "The importer, whose director Lionel Brandt spoke, said it sold exactly what \
the factory had certified as safe.",
                "",
            ),
        ],
    );
}

#[test]
fn a_first_name_swapped_for_the_same_person_s_surname_is_no_new_name() {
    let source = "Kenya's Wanjiru Otieno beat Norway's Ingrid Solheim in the final. \
\"I was only watching Ingrid on the last lap,\" Otieno said.";
    assert_cases(
        "entity-drift",
        &[
            (
                source,
                "Kenya's Wanjiru Otieno beat Norway's Ingrid Solheim in the final. \
\"I was only watching Solheim on the last lap,\" Otieno said.",
                "",
            ),
            (
                source,
                "Kenya's Wanjiru Otieno beat Norway's Ingrid Solheim in the final. \
\"I was only watching Wanjiru on the last lap,\" Otieno said.",
                "Wanjiru",
            ),
        ],
    );
}

#[test]
fn accented_and_british_forms_of_known_words_are_spelt_right() {
    for (source, suspect) in [
        (
            "The reading room was replaced by a cafe.",
            "The reading room was replaced by a café.",
        ),
        (
            "The chain will cut 40 stores.",
            "The chain will axe 40 stores.",
        ),
        (
            "The office promotes public health.",
            "The office promotes public wellbeing.",
        ),
    ] {
        assert_clean("spelling", &[(source, suspect)]);
    }
    assert_clean(
        "garbled-phrase",
        &[(
            "The reading room was replaced by a cafe.",
            "The reading room was replaced by a café.",
        )],
    );
    assert_clean(
        "misquote",
        &[(
            "\"We will open a cafe by the door,\" she said.",
            "\"We will open a café by the door,\" she said.",
        )],
    );
}

#[test]
fn ex_names_titles_further_on_and_spans_of_time_pass_clean() {
    assert_clean(
        "entity-drift",
        &[
            (
                "Former Veltra finance chief jailed for six years over $9.6 million fraud\n\n\
HALDEN CITY, May 30 (Wire) – A former finance director of logistics firm Veltra Freight was \
sentenced on Friday to six years in prison.",
                "Ex-Veltra finance chief gets six-year sentence for $9.6 million fraud\n\n\
HALDEN CITY, May 30 (Wire) – A former finance director at logistics company Veltra Freight \
was jailed for six years on Friday.",
            ),
            (
                "Allied Care Workers Union branch secretary Paul Mbeki said members were tired.",
                "Paul Mbeki, branch secretary of the Allied Care Workers Union, said members were tired.",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "He moved the money into accounts he controlled over a period of five years.",
            "He moved the money into accounts under his control across a five-year period.",
        )],
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
fn a_count_whose_noun_the_sentence_already_gave_is_no_cut() {
    assert_clean(
        "fragment",
        &[(
            "At 41 of the sites, bleaching rates did not fall at all, and at nine sites they rose.",
            "Bleaching rates failed to fall at all at 41 of the sites, and went up at nine.",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Her team estimates that this explanation is less likely but cannot rule it out.",
            "Her team judges this explanation less likely but cannot rule it out.",
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
fn a_bound_dropped_from_an_amount_with_an_article_or_a_mid_month_drifts() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Traffic was suspended for at least a week.",
                "Traffic was suspended for a week.",
                "a week",
            ),
            (
                "Growers lost up to a third of their crop.",
                "Growers lost a third of their crop.",
                "a third",
            ),
            (
                "The line will stay closed until at least mid-August, the operator said.",
                "The line will stay closed until mid-August, the operator said.",
                "mid-August",
            ),
            (
                "Traffic was suspended for at least a week.",
                "Traffic was suspended for a week at least.",
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
fn burdens_weights_estimates_put_at_and_denied_expectations_are_no_dropped_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Higher wages could weigh on margins this year.",
                "Higher wages could drag on margins this year.",
            ),
            (
                "The company estimated the recall would cost it between $14 million and $18 million.",
                "The company put the cost of the recall at between $14 million and $18 million.",
            ),
            (
                "Drones will carry packages weighing no more than 2.5 kilograms.",
                "Drones will carry packages of up to 2.5 kilograms.",
            ),
            (
                "Engineers did not consider the ridge a safe landing site.",
                "Engineers considered the ridge an unsafe landing site.",
            ),
        ],
    );
    // "not likely" still hedges as "unlikely" does.
    assert_clean(
        "meaning-drift",
        &[(
            "He warned that waits were unlikely to improve quickly.",
            "He warned that waits were not likely to improve quickly.",
        )],
    );
}

#[test]
fn a_total_of_rain_is_no_scope() {
    assert_clean(
        "meaning-drift",
        &[(
            "Storm Ilse dumped 142 millimetres of rain on Kessington in 24 hours, the most \
ever recorded in a single day in the city, the bureau said.",
            "Storm Ilse dropped 142 millimetres of rain on Kessington over 24 hours, the \
highest single-day total ever recorded in the city, the bureau said.",
        )],
    );
    // "all" for "most" still widens the scope.
    assert_cases(
        "meaning-drift",
        &[(
            "Most residents were evacuated before the river burst.",
            "All residents were evacuated before the river burst.",
            "All",
        )],
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
fn a_dropped_hedge_is_flagged_on_the_certainty_that_replaced_it() {
    assert_cases(
        "meaning-drift",
        &[(
            "Chief executive Ama Oduya said the group expected cargo volumes to grow by 3% to 5% in 2025.",
            "Chief executive Ama Oduya guaranteed that cargo volumes would grow by 3% to 5% in 2025.",
            "guaranteed",
        )],
    );
}

#[test]
fn a_plan_stated_as_done_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The university also plans to freeze hiring until 2027, a spokeswoman said.",
                "The university has also frozen hiring until 2027, a spokeswoman said.",
                "has also frozen",
            ),
            (
                "The operator said it would hold public meetings in each town before flights began.",
                "The operator said it had already held public meetings in each town before flights began.",
                "had already held",
            ),
        ],
    );
    // An act the source states as done too passes.
    assert_clean(
        "meaning-drift",
        &[(
            "The council will review the scheme, which it has reviewed every year.",
            "The council has reviewed the scheme every year and will review it again.",
        )],
    );
}

#[test]
fn a_partial_or_near_statement_made_whole_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Visitor numbers have nearly doubled since the levy was introduced, the board said.",
                "Visitor numbers have doubled since the levy was introduced, the board said.",
                "doubled",
            ),
            (
                "The court ordered him to repay part of the money within a year.",
                "The court ordered him to repay the money within a year.",
                "the money",
            ),
            (
                "The judge cut the claim, saying some of the hours billed were excessive.",
                "Saying the hours billed were excessive, the judge cut the claim.",
                "the hours",
            ),
        ],
    );
    // The part restated, a shift of degree named elsewhere, or membership.
    assert_clean(
        "meaning-drift",
        &[
            (
                "Ridership has recovered partly since the pandemic.",
                "Ridership has recovered only partially since the pandemic.",
            ),
            (
                "The scheme will be paid for partly by a loan.",
                "About 60% of the scheme will be paid for by a loan.",
            ),
            (
                "The event is part of the ATP 500 series.",
                "The event is in the ATP 500 series.",
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
fn a_sentence_merged_into_its_neighbour_is_not_omitted() {
    let source = "Heirs sue Marlow gallery over landscape they say was seized in 1941\n\nThe gallery has not removed the landscape from display. It hangs in Room 4 beside two other works by the painter.";
    let merged = "Family sues Marlow gallery over landscape it says was seized in 1941\n\nThe landscape is still on display at the gallery, hanging in Room 4 beside two other works by the painter.";
    let dropped = "Family sues Marlow gallery over landscape it says was seized in 1941\n\nIt hangs in Room 4 beside two other works by the painter.";
    assert!(findings_of("omitted-content", merged, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
}

#[test]
fn a_sentence_moved_into_a_distant_one_is_not_omitted() {
    let source = "Dunmore library reopens after roof repairs\n\nThe Dunmore library reopened on Monday after six months of roof repairs. The work cost the town council far more than planned. Outside architects praised the new roof but questioned the timber. Staff carried the books back to the shelves over the weekend. The reading room will open later in the spring.";
    let moved = "Dunmore library reopens after roof repairs\n\nThe Dunmore library reopened on Monday after six months of roof repairs, which outside architects praised while questioning the timber. The work cost the town council far more than planned. Staff carried the books back to the shelves over the weekend. The reading room will open later in the spring.";
    let dropped = "Dunmore library reopens after roof repairs\n\nThe Dunmore library reopened on Monday after six months of roof repairs. The work cost the town council far more than planned. Staff carried the books back to the shelves over the weekend. The reading room will open later in the spring.";
    assert!(findings_of("omitted-content", moved, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
}

#[test]
fn an_adjective_left_for_a_dropped_ones_is_no_cut() {
    let source = "Moth count\n\nVolunteers counted 30 moths in the lit gardens, compared with 12 in the unlit ones. The count ran for a week.";
    let elided = "Moth count\n\nVolunteers counted 30 moths in the lit gardens, against 12 in the unlit. The count ran for a week.";
    assert!(findings_of("fragment", elided, source).is_empty());
    let source = "Moth count\n\nVolunteers counted 30 moths in the lit gardens and 12 in the unlit meadows. The count ran for a week.";
    let cut = "Moth count\n\nVolunteers counted 30 moths in the lit gardens and 12 in the unlit. The count ran for a week.";
    assert_eq!(findings_of("fragment", cut, source).len(), 1);
}

#[test]
fn a_dropped_closing_yet_is_no_cut() {
    let source = "Parade plans\n\nThe mayor said the parade was going well. She would not call it a triumph yet, she added.";
    let suspect = "Parade plans\n\nThe mayor said the parade was going well. She would not call it a triumph.";
    assert!(findings_of("fragment", suspect, source).is_empty());
    let source = "Parade plans\n\nThe mayor said the parade was going well. The crew fitted a backup generator.";
    let cut = "Parade plans\n\nThe mayor said the parade was going well. The crew fitted a backup.";
    assert_eq!(findings_of("fragment", cut, source).len(), 1);
}

#[test]
fn a_scraped_page_prompt_is_unsupported_however_short() {
    let source = "Kiln fire closes pottery museum\n\nA fire in the old kiln room closed the Brindle pottery museum on Sunday. Staff moved the collection to a store nearby.";
    let suspect = "Kiln fire closes pottery museum\n\nA fire in the old kiln room closed the Brindle pottery museum on Sunday.\n\nScroll down for video\n\nStaff moved the collection to a store nearby.";
    assert_eq!(
        findings_of("unsupported-content", suspect, source),
        ["Scroll down for video"]
    );
    assert!(findings_of("fragment", suspect, source).is_empty());
}

#[test]
fn a_sentence_merged_in_synonyms_is_not_omitted() {
    let source = "Harbour board approves new ferry terminal\n\nThe harbour board approved a new ferry terminal on Monday. Construction will begin quickly. The chairman said the project was overdue.";
    let merged = "Harbour board approves new ferry terminal\n\nThe harbour board approved a new ferry terminal on Monday, and work will start rapidly. The chairman said the project was overdue.";
    let dropped = "Harbour board approves new ferry terminal\n\nThe harbour board approved a new ferry terminal on Monday. The chairman said the project was overdue.";
    assert!(findings_of("omitted-content", merged, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
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
fn coincidence_made_cause_spread_widened_and_one_among_made_the_only() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The deficit coincided with a sharp fall in commuter numbers.",
                "The deficit was driven by a sharp fall in commuter numbers.",
                "driven",
            ),
            (
                "It is a drop that scientists have linked mainly to lower rainfall.",
                "It is a drop caused by lower rainfall, according to scientists.",
                "caused",
            ),
            (
                "Pharmacies have reported occasional shortages of the drug.",
                "Pharmacies have reported widespread shortages of the drug.",
                "widespread",
            ),
            (
                "Storm surges were among the main drivers of the erosion, the report said.",
                "Storm surges were the main driver of the erosion, the report said.",
                "the main",
            ),
        ],
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
fn an_unclosed_mark_after_a_quoted_title_is_no_misquote() {
    assert_clean(
        "misquote",
        &[
            (
                "The studio said preorders for \"Ashen Tide\" would remain open until the new date.",
                "The studio said preorders for \"Ashen Tide would stay open until the new date.",
            ),
            (
                "The company did not say how many copies the game has sold.",
                "The company did not say how many copies \"the game has sold.",
            ),
        ],
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
fn a_denied_expectation_is_polarity_not_a_dropped_hedge() {
    let source = "The operator cancelled all services on Monday and said it expected disruption to continue into Tuesday.";
    let suspect = "The operator called off all services on Monday and said it did not expect disruption to continue into Tuesday.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["not"]);
    assert!(findings_of("meaning-drift", suspect, source).is_empty());
    assert_clean(
        "meaning-drift",
        &[(
            "The group expected profit to rise this year.",
            "The group was anticipating a rise in profit this year.",
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
fn a_statement_made_a_finding_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[(
            "Tobias Renn, a security researcher, said the flaw exposed the records of 40,000 users.",
            "Tobias Renn, a security researcher, found that the flaw exposed the records of 40,000 users.",
            "found",
        )],
    );
    // A record shows or finds; a finding told as a statement claims no more.
    assert_clean(
        "meaning-drift",
        &[
            (
                "The audit said the project was two years late.",
                "The audit found the project was two years late.",
            ),
            (
                "The report showed that waits had grown.",
                "The report said that waits had grown.",
            ),
        ],
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
fn a_country_named_as_its_people_keeps_the_name() {
    assert_clean(
        "entity-drift",
        &[(
            "Tessema, 24, pulled away from Kenya's Wilson Ruto after 35 kilometres.",
            "The 24-year-old broke away from Kenyan Wilson Ruto after 35 km.",
        )],
    );
    assert_flagged(
        "entity-drift",
        &[(
            "Tessema pulled away from Kenya's Wilson Ruto after 35 kilometres.",
            "Tessema pulled away from Uganda's Wilson Ruto after 35 kilometres.",
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
fn a_requirement_made_advice_and_the_only_one_made_one_of_several_are_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The fine was the largest ever imposed by the office, the judge said.",
                "The fine was one of the largest ever imposed by the office, the judge said.",
                "one of the largest",
            ),
            (
                "Visits to the bathhouse must be booked in advance, the trust said.",
                "Visits to the bathhouse should be booked in advance, the trust said.",
                "should",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The fine was one of the largest ever imposed by the office.",
            "The fine ranks among the largest the office has ever imposed.",
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
fn a_currency_prefix_is_no_doubled_word() {
    assert_cases(
        "repetition",
        &[
            ("", "The study was funded by a A$3.4 million grant.", ""),
            ("", "The study was funded by a a grant.", "a"),
        ],
    );
}

#[test]
fn a_question_left_open_stated_as_answered_is_meaning_drift() {
    let source = "She said the deal would not push up fares this year. The operator has not said whether fares will rise in 2026.";
    let suspect = "She said the deal would not push up fares this year. Fares will, however, rise in 2026, the operator said.";
    assert_eq!(findings_of("meaning-drift", suspect, source), ["Fares"]);
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    assert_cases(
        "meaning-drift",
        &[
            (
                "Penhallow did not say whether he would stay on as leader.",
                "Penhallow confirmed he would stay on as leader.",
                "confirmed",
            ),
            // Still open in other words.
            (
                "Penhallow did not say whether he would stay on as leader.",
                "Penhallow did not say if he would stay on as leader.",
                "",
            ),
        ],
    );
    // A decision denied is a negation removed, for polarity-drift.
    assert_cases(
        "polarity-drift",
        &[(
            "The club said he had not decided whether to retire.",
            "The club said he had decided to retire.",
            "decided",
        )],
    );
}

#[test]
fn spinner_swaps_in_the_wrong_sense_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Harrowgate shares fell 4% in afternoon trade.",
                "Harrowgate offers fell 4% in afternoon trade.",
                "offers",
            ),
            (
                "The study was published in the journal Marine Frontiers.",
                "The study was published in the diary Marine Frontiers.",
                "diary",
            ),
            (
                "The bridge is expected to open in May.",
                "The bridge is relied upon to open in May.",
                "relied",
            ),
            (
                "The bank's loan book grew by 4% in the quarter.",
                "The bank's advance book grew by 4% in the quarter.",
                "advance",
            ),
            (
                "A jury convicted both men of burglary on Friday.",
                "A jury condemned both men of burglary on Friday.",
                "condemned",
            ),
            // The debate ended → finished: no entry, however spinners use it.
            (
                "The debate ended just before midnight.",
                "The debate finished just before midnight.",
                "",
            ),
            // The reverse swap, or a swap not in the table, is not flagged.
            (
                "Harrowgate said its offers were final.",
                "Harrowgate stated its offers were final.",
                "",
            ),
        ],
    );
}

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
fn spinner_phrases_for_a_word_or_term_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Kessler Foods said fruit sales rose by a fifth.",
                "Kessler Foods said natural product sales rose by a fifth.",
                "natural product",
            ),
            (
                "Two patients were moved to the county hospital overnight.",
                "Two patients were moved to the county emergency clinic overnight.",
                "emergency clinic",
            ),
            (
                "The mayor will not stand in the next election.",
                "The mayor will not stand in the following political race.",
                "political race",
            ),
            (
                "The lender's managing director resigned on Monday.",
                "The lender's overseeing chief resigned on Monday.",
                "overseeing chief",
            ),
            (
                "Tankers were waiting outside the harbour on Sunday.",
                "Tankers were holding up outside the harbour on Sunday.",
                "holding up",
            ),
            // The source uses the phrase itself: no swap.
            (
                "The lab studies natural products such as fruit.",
                "The lab studies natural products like fruit.",
                "",
            ),
            // The copy keeps the word: the phrase was added, not swapped in.
            (
                "The hospital reopened its wards.",
                "The hospital reopened its emergency clinic and wards.",
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
fn spinner_swaps_to_compounds_or_british_spellings_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            // A compound of the original word is still the wrong sense.
            (
                "Engineers found a tear in the roof membrane.",
                "Engineers found a teardrop in the roof membrane.",
                "teardrop",
            ),
            // So is a British spelling.
            (
                "The marsh orchid is listed as vulnerable on the national register.",
                "The marsh orchid is listed as defenceless on the national register.",
                "defenceless",
            ),
        ],
    );
}

#[test]
fn more_thesaurus_confusions_are_spinner_swaps() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Savers earned more interest on fixed accounts this spring.",
                "Savers earned more curiosity on fixed accounts this spring.",
                "curiosity",
            ),
            (
                "The new cable links the island to the national grid.",
                "The new cable links the island to the national matrix.",
                "matrix",
            ),
            (
                "The opposition called the budget reckless.",
                "The resistance called the budget reckless.",
                "resistance",
            ),
            (
                "Pupils at the village school will get free lunches.",
                "Irises at the village school will get free lunches.",
                "Irises",
            ),
            (
                "Members voted to accept the pay offer on Monday.",
                "Members polled to accept the pay offer on Monday.",
                "polled",
            ),
            // The reverse swap is not in the table.
            (
                "The plan met fierce resistance from tenants.",
                "The plan met fierce opposition from tenants.",
                "",
            ),
        ],
    );
}

#[test]
fn common_thesaurus_confusions_are_spinner_swaps() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The bakery employs 60 people at its Leeds site.",
                "The bakery utilizes 60 people at its Leeds site.",
                "utilizes",
            ),
            (
                "She was elected chair of the parks committee in June.",
                "She was elected seat of the parks committee in June.",
                "seat",
            ),
            (
                "The airline will add six jets to its fleet next year.",
                "The airline will add six jets to its armada next year.",
                "armada",
            ),
            (
                "Commuters lost 40 minutes a day during the works.",
                "Commuters misplaced 40 minutes a day during the works.",
                "misplaced",
            ),
            (
                "The defending champion won the opening heat.",
                "The protecting champion won the opening heat.",
                "protecting",
            ),
            // The reverse swap is not in the table.
            (
                "The committee took its seat in the new chamber.",
                "The committee took its chair in the new chamber.",
                "",
            ),
        ],
    );
}

#[test]
fn a_substitute_pair_that_is_a_phrase_of_its_own_breaks_no_fixed_phrase() {
    assert_cases(
        "garbled-phrase",
        &[
            // "near term" and "payment information" are phrases in their own right.
            (
                "The harbour board expects no further closures in the short term, a spokesman said.",
                "The harbour board expects no further closures in the near term, a spokesman said.",
                "",
            ),
            (
                "The bakery never kept customers' payment details on its tills.",
                "The bakery never kept customers' payment information on its tills.",
                "",
            ),
            // A pair never counted still breaks the fixed phrase.
            (
                "The central bank raised its interest rate on Tuesday.",
                "The central bank raised its curiosity rate on Tuesday.",
                "curiosity",
            ),
        ],
    );
}

#[test]
fn american_spellings_are_not_rare_words() {
    assert_clean(
        "garbled-phrase",
        &[(
            "The airline carried 2.9 million passengers on 14 aircraft last year.",
            "The airline carried 2.9 million travelers on 14 airplanes last year.",
        )],
    );
}

#[test]
fn an_inflection_of_a_common_word_is_no_look_alike_slip() {
    assert_cases(
        "garbled-phrase",
        &[
            // "slept" is rare as a form, but "sleep" is a word every writer knows.
            (
                "The stranded drivers spent the night in a school hall.",
                "The stranded drivers slept the night in a school hall.",
                "",
            ),
            // A look-alike whose base word is less common is still a slip.
            (
                "Pickets stayed at their posts outside the depot.",
                "Pickets stayed at their poles outside the depot.",
                "poles",
            ),
        ],
    );
}

#[test]
fn ago_and_earlier_are_one_time_word() {
    assert_clean(
        "garbled-phrase",
        &[(
            "Confirmed cases rose to 86 from 59 a week ago, the agency said.",
            "Confirmed cases climbed to 86 from 59 a week earlier, the agency said.",
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
fn a_hedge_spun_into_the_wrong_sense_is_garbled_not_dropped() {
    let source = "The merged university is expected to open in August 2026.";
    let suspect = "The merged university is relied upon to open in August 2026.";
    assert!(findings_of("meaning-drift", suspect, source).is_empty());
    assert_eq!(findings_of("garbled-phrase", suspect, source), ["relied"]);
}

#[test]
fn a_condition_stated_as_a_given_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The bank could cut rates again in June if inflation keeps easing, analysts said.",
                "The bank could cut rates again in June as inflation eases, analysts said.",
                "as",
            ),
            (
                "Work would begin in 2026 if the state legislature approves funding.",
                "Work would begin in 2026 once the state legislature approves funding.",
                "once",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "Work would begin in 2026 if the state legislature approves funding.",
                "Work would begin in 2026 should the state legislature approve funding.",
            ),
            (
                "The union would strike in May if no deal was reached.",
                "The union would strike in May without a deal.",
            ),
            (
                "Officials asked if the plant could reopen as early as June.",
                "Officials asked when the plant could reopen, possibly in June.",
            ),
        ],
    );
}

#[test]
fn a_condition_deleted_whole_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The council said it would open the new library in March if the budget is approved.",
                "The council said it would open the new library in March.",
                "would open",
            ),
            (
                "Unless the talks collapse, the strike will end on Friday, the union said.",
                "The strike will end on Friday, the union said.",
                "will end",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The school would close in June unless a buyer was found.",
                "The school would close in June unless a buyer came forward.",
            ),
            (
                "The school would close in June if no buyer was found.",
                "Without a buyer, the school would close in June.",
            ),
        ],
    );
}

#[test]
fn a_condemned_verdict_the_source_states_is_no_loaded_attribution() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The tenants' union said the new rents were unfair.",
                "The tenants' union slammed the new rents as unfair.",
            ),
            (
                "A local trader said the notice period had been too brief.",
                "A local trader blasted the notice period as too brief.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "A local trader said the notice period would be hard on shops.",
            "A local trader blasted the notice period as hard on shops.",
            "blasted",
        )],
    );
}

#[test]
fn a_hedge_out_of_the_claim_or_restated_is_not_dropped() {
    assert_clean(
        "meaning-drift",
        &[
            // A purpose, not a hedge.
            (
                "He withdrew from the race so that he could rest his ankle.",
                "He withdrew from the race to rest his ankle.",
            ),
            // A hedge inside a refusal claims nothing.
            (
                "She declined to comment on its likely cost.",
                "She declined to speculate on the cost.",
            ),
            // "opened the door to" keeps the possibility.
            (
                "The central bank held rates and signalled that a cut was possible in May.",
                "The central bank held rates and opened the door to a cut in May.",
            ),
            // "estimates putting … at" is one estimate, kept by "put … at".
            (
                "Flooding hit 40 homes, with early estimates putting the damage at 2 million pounds, the council said.",
                "Flooding hit 40 homes, according to the council, which put the early damage at 2 million pounds.",
            ),
            // The charge attributes the act already.
            (
                "Four charged in alleged ticket fraud at stadium",
                "Four charged over ticket fraud at stadium",
            ),
            // An allegation restated as an argument: both contend.
            (
                "Prosecutors had alleged that the clerk forged the deeds between 2015 and 2018.",
                "Prosecutors had argued that the clerk forged the deeds between 2015 and 2018.",
            ),
            // "than believed" compares, it does not hedge.
            (
                "Glacier shrinking faster than thought, survey finds",
                "Glacier melting faster than believed, survey finds",
            ),
        ],
    );
    // The modal of an open question is no hedge; the question settled is
    // the one finding.
    assert_cases(
        "meaning-drift",
        &[(
            "The board will review whether the office should move to Leeds next year.",
            "The board will review a move of the office to Leeds next year.",
            "a move of",
        )],
    );
}

#[test]
fn lives_claimed_and_a_future_denial_are_no_attribution_drift() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Two deaths from the fever were reported in the district this year.",
                "The fever claimed lives in the district again this year.",
            ),
            // "will not pay" is no refusal to tell.
            (
                "The firm did not raise its fees this year, keeping them at 40 dollars.",
                "Customers will not pay higher fees this year: the firm kept them at 40 dollars.",
            ),
        ],
    );
}

#[test]
fn a_bound_dropped_beside_a_firmer_verb_is_one_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The storm could cost farmers up to 40 million dollars in lost crops, the ministry said.",
                "The storm will cost farmers 40 million dollars in lost crops, the ministry said.",
                "will cost farmers 40",
            ),
            (
                "About 250 homes may lose power, officials said.",
                "250 homes will lose power, officials said.",
                "250 homes will lose",
            ),
        ],
    );
}

#[test]
fn a_bounded_superlative_told_as_a_record_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Ticket sales reached 9,200, the highest for the festival since 2014, organisers said.",
                "Organisers said record ticket sales of 9,200 were reached at the festival.",
                "record",
            ),
            (
                "The lake fell to its lowest level in more than a decade this summer.",
                "The lake fell to its lowest level in its history this summer.",
                "history",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The lake fell to its lowest level in more than a decade this summer.",
                "This summer the lake dropped to its lowest level in over ten years.",
            ),
            (
                "Rainfall was the highest since records began in 1890.",
                "Rainfall was the highest on record, with records going back to 1890.",
            ),
        ],
    );
}

#[test]
fn a_hedge_dropped_from_a_moved_clause_is_flagged_at_its_modal() {
    assert_cases(
        "meaning-drift",
        &[(
            "Some 40 stalls are expected to open when the market is rebuilt next spring.",
            "When the market is rebuilt next spring, some 40 stalls will open.",
            "will open",
        )],
    );
}

#[test]
fn a_hedge_dropped_before_a_restated_verb_is_flagged_at_that_verb() {
    assert_cases(
        "meaning-drift",
        &[(
            "Analysts said the jump in ticket sales appeared to be driven partly by a new dinosaur exhibition that opened in March.",
            "A new dinosaur exhibition that opened in March drove the jump in ticket sales, analysts said.",
            "drove",
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
fn scope_and_modality_restated_in_other_words_are_clean() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Some analysts questioned whether the pace could last, Kenji Arakawa said.",
                "Not all analysts were convinced the pace could last, Kenji Arakawa said.",
            ),
            (
                "The defences did their job in most places, officials said.",
                "The defences did their job in almost every place, officials said.",
            ),
            (
                "Dumont averages a goal every 74 minutes this season.",
                "Dumont scores about 1.2 goals per 90 minutes this season.",
            ),
            (
                "She said the port would not be able to sustain those volumes for long.",
                "She said the port could not keep up those volumes for long.",
            ),
            (
                "The council on Monday proposed closing three of its nine branch libraries.",
                "The council put forward proposals on Monday to close three of its nine branch libraries.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The defences did their job in most places, officials said.",
            "The defences did their job in all places, officials said.",
            "all",
        )],
    );
}

#[test]
fn hedges_kept_in_other_words_are_clean() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The union said a strike would likely disrupt flights over Easter.",
                "The union said a strike was probably disrupting flights over Easter.",
            ),
            (
                "Central bank signals a cut may come in spring",
                "Central bank hints at spring cut",
            ),
            (
                "The bank expects inflation to fall to 2.4% next year, it said.",
                "The bank sees inflation falling to 2.4% next year, it said.",
            ),
            (
                "The farmers' union estimates that the average cost of producing a litre of milk is about 41p.",
                "The farmers' union puts the average cost of producing a litre of milk at about 41p.",
            ),
        ],
    );
}

#[test]
fn a_bound_dropped_is_found_on_the_figure_not_in_a_name() {
    assert_cases(
        "meaning-drift",
        &[(
            "The launch of the Aurelis-3 satellite has been postponed for at least three weeks, the operator said.",
            "The operator has postponed the launch of the Aurelis-3 satellite by three weeks, it said.",
            "three",
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
fn a_failure_restated_as_its_opposite_phrase_is_clean() {
    // "most hospitals still failed to meet targets" → "still fell short of
    // their targets", in a whole article whose other edits leave the
    // negation count to this phrase alone.
    let found = eval_pair_findings("polarity-drift", "t781-hospital-waiting-list");
    assert!(!found.iter().any(|t| t == "fell short of"), "{found:?}");
}

#[test]
fn up_to_after_a_verb_of_movement_is_no_cap() {
    assert_clean(
        "meaning-drift",
        &[(
            "The average bill went up to $7.40 from $6.85, the company said.",
            "Customers spent an average of $7.40, up from $6.85, the company said.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The closure could cost the region up to $15 million, business groups said.",
            "The closure could cost the region $15 million, business groups said.",
            "15",
        )],
    );
}

#[test]
fn a_figure_just_under_made_a_floor_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Her client had already spent almost eight months on remand, Rebecca Flint said.",
                "Her client had already been held on remand for more than eight months, Rebecca Flint said.",
                "more than eight",
            ),
            (
                "Marath, which imports nearly half of its wheat, has struggled with bread prices.",
                "Marath, which imports more than half of its wheat, has struggled with bread prices.",
                "more than half",
            ),
            // The cap on the grants is gone though a floor stays on another figure.
            (
                "It would offer grants of up to 5,000 dollars to beekeepers who lost more than half their colonies.",
                "It would offer grants of 5,000 dollars to beekeepers who lost more than half of their colonies.",
                "5,000",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "Marath, which imports nearly half of its wheat, has struggled with bread prices.",
                "Marath, which buys almost half of its wheat abroad, has struggled with bread prices.",
            ),
            (
                "A blizzard buried the county under as much as 28 inches of snow, officials said.",
                "A blizzard buried the county under up to 71 centimeters (28 inches) of snow, officials said.",
            ),
        ],
    );
}

#[test]
fn an_agreement_in_principle_stated_as_final_is_meaning_drift() {
    let source = "Kestonia has agreed in principle to sell 1.2 million tonnes of wheat to Marath, the ministry said.";
    assert_flagged(
        "meaning-drift",
        &[(
            source,
            "Kestonia has finalised a deal to sell 1.2 million tonnes of wheat to Marath, the ministry said.",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "Kestonia has provisionally agreed to sell 1.2 million tonnes of wheat to Marath, the ministry said.",
        )],
    );
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
fn a_claim_given_to_another_party_is_meaning_drift() {
    let source = "Sales rose 12%, according to government estimates. The company said it would hire 200 staff.";
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "Sales rose 12%, according to company estimates. The company said it would hire 200 staff.",
            "according to company estimates",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                source,
                "Sales rose 12%, according to estimates by the government. The company said it would hire 200 staff.",
            ),
            // A name swapped for a name is entity-drift's.
            (
                "Shares fell, according to data compiled by Lessing Research. Hollis Capital rates the stock a buy.",
                "Shares fell, according to figures compiled by Hollis Capital. Hollis Capital rates the stock a buy.",
            ),
        ],
    );
}

#[test]
fn a_loaded_verb_toned_down_passes_unless_an_allegation_became_a_statement() {
    assert_clean(
        "meaning-drift",
        &[(
            "Officials acknowledged the target would be hard to meet, the ministry said.",
            "Officials said the target would be hard to meet, the ministry said.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "Prosecutors alleged that Teague steered contracts to his brother-in-law.",
            "Prosecutors said that Teague steered contracts to his brother-in-law.",
            "said",
        )],
    );
}

#[test]
fn a_claim_about_a_project_stripped_of_its_speaker_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[(
            "Norvane said the project would create 400 jobs during construction.",
            "The project will create 400 jobs during construction.",
            "will create",
        )],
    );
}

#[test]
fn conditions_possibilities_and_allegations_kept_in_other_words_are_clean() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The plan would take effect in August if approved by the board in October.",
                "Should the board approve it in October, the plan would take effect in August.",
            ),
            (
                "Union leaders said strike action remained possible if talks failed.",
                "Union leaders said a strike remained a possibility if talks failed.",
            ),
            (
                "Marta Vell, a council member, has alleged that the count was flawed.",
                "Marta Vell, a councillor, alleges that the count was flawed.",
            ),
        ],
    );
}

#[test]
fn a_sentence_ending_on_there_would_be_is_whole() {
    assert_clean(
        "fragment",
        &[(
            "The bank said about 410 jobs could be affected. It did not say how many redundancies would be made.",
            "The bank said roughly 410 jobs might be affected. It gave no figure for how many redundancies there would be.",
        )],
    );
}

#[test]
fn a_proposal_made_a_promise_is_meaning_drift_and_a_moved_word_no_swap() {
    let source = "She said the freeze depends on the 4.5% rise in funding that Governor Paul Dennehy has proposed.";
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "She said the freeze depends on the 4.5% rise in funding that Governor Paul Dennehy has promised.",
            "promised",
        )],
    );
    assert_clean(
        "garbled-phrase",
        &[
            (
                source,
                "She said the freeze depends on the 4.5% rise in funding that Governor Paul Dennehy has promised.",
            ),
            (
                "The ministry said it was monitoring the situation but had no plans to intervene.",
                "The ministry said it was monitoring the situation but had no intention of intervening.",
            ),
        ],
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
fn modals_reordered_across_clauses_keep_their_strength() {
    // "the ratio could drop …, which would trigger a review" → "the ratio
    // might fall …, a level that would prompt a review", in the whole
    // article, where the word diff pairs "would" with "might".
    let found = eval_pair_findings("meaning-drift", "t784-pension-fund-loss");
    assert!(!found.iter().any(|t| t == "might"), "{found:?}");
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
fn a_name_restyled_reordered_or_put_in_the_singular_is_the_same_name() {
    assert_clean(
        "entity-drift",
        &[
            (
                "Redmoor is owned by the American investment firm Callister Partners.",
                "Callister Partners, the US investment firm, owns Redmoor.",
            ),
            (
                "The merger needs approval from the Justice Department and shareholders.",
                "The merger requires approval from the US Department of Justice and shareholders.",
            ),
            (
                "Transport Minister Rosa Lind said the ferries had carried 2,300 passengers since Monday, up 12 percent on last year.",
                "Since Monday, the ferries have carried 2,300 passengers, 12% more than last year, Transport Minister Rosa Lind said.",
            ),
            (
                "Committee chair Lena Holt of the Social Democrats said hearings would start in May.",
                "Lena Holt, the Social Democrat who chairs the committee, said hearings would start in May.",
            ),
        ],
    );
    assert_cases(
        "entity-drift",
        &[
            (
                "The merger needs approval from the Justice Department and shareholders.",
                "The merger requires approval from the Commerce Department and shareholders.",
                "Commerce",
            ),
            (
                "\"We cannot wait,\" Mayor Olivia Strand said at the launch.",
                "\"We cannot wait,\" Mayor Olivia Strands said at the launch.",
                "Strands",
            ),
        ],
    );
}

#[test]
fn claims_as_the_object_of_an_estimate_are_no_attribution() {
    assert_clean(
        "meaning-drift",
        &[(
            "The insurers' association said early estimates put claims at between 20 million and 30 million pounds.",
            "Claims are put at £20m-£30m by early estimates, according to the insurers' association.",
        )],
    );
}

#[test]
fn verbs_of_contention_exchanged_keep_the_attribution() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The mayor has argued that the cuts were needed to save the fund.",
                "The mayor has maintained that the cuts were needed to save the fund.",
            ),
            (
                "The coach insisted the squad was deep enough.",
                "The coach contended the squad was deep enough.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[
            (
                "The coach said the squad was deep enough.",
                "The coach insisted the squad was deep enough.",
                "insisted",
            ),
            (
                "The mayor has argued that the cuts were needed to save the fund.",
                "The mayor has claimed that the cuts were needed to save the fund.",
                "claimed",
            ),
        ],
    );
}

#[test]
fn a_hedge_kept_in_other_words_is_no_hedge_dropped() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The judge said the firm should expect a large fine.",
                "The judge said he was telling the firm to expect a large fine.",
            ),
            (
                "Engineers are studying a possible second launch in 2028.",
                "Engineers are examining a potential second launch in 2028.",
            ),
            (
                "Seedlings grown in shade were far more likely to survive the drought.",
                "Seedlings grown in shade had a much better chance of surviving the drought.",
            ),
            (
                "The council said it would consider a ban on night flights.",
                "The council said it was open to a ban on night flights.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The council said it would consider a ban on night flights.",
            "The council said it would impose a ban on night flights.",
            "impose",
        )],
    );
}

#[test]
fn an_estimate_put_at_a_figure_or_a_failure_to_consider_keeps_its_hedge() {
    assert_clean(
        "meaning-drift",
        &[(
            "The court ruled that the planning report had failed to consider the noise.",
            "The court found that the planning report had overlooked the noise.",
        )],
    );
    // Only the hedge that did go is flagged, not the estimate "put … at".
    assert_cases(
        "meaning-drift",
        &[(
            "The growers estimate their combined losses at $4.1 million, and the damage may be worse.",
            "The growers put their combined losses at $4.1 million, and the damage is worse.",
            "is",
        )],
    );
}

#[test]
fn a_finding_proven_a_request_granted_or_a_doubt_made_opposition_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The mayor said the survey showed support for the new park.",
                "The mayor said the survey proved support for the new park.",
                "proved",
            ),
            (
                "Floods in the valley were linked to the new dam.",
                "Floods in the valley were caused by the new dam.",
                "caused",
            ),
            (
                "The orchestra has requested a grant of 40,000 crowns.",
                "The orchestra has secured a grant of 40,000 crowns.",
                "secured",
            ),
            (
                "The board proposed a ban on night flights in May.",
                "The board approved a ban on night flights in May.",
                "approved",
            ),
            (
                "Several fishermen remain wary of the new quota.",
                "Several fishermen remain opposed to the new quota.",
                "opposed to",
            ),
            (
                "The minister gave the plan a cautious welcome on Monday.",
                "The minister gave the plan an enthusiastic welcome on Monday.",
                "enthusiastic",
            ),
        ],
    );
}

#[test]
fn would_after_a_present_report_is_no_reported_tense() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The union says the new rota would cut rest breaks for drivers.",
                "The union says the new rota will cut rest breaks for drivers.",
                "will",
            ),
            (
                "The firm asked state regulators to approve a rise that would add $6 to bills.",
                "The firm asked state regulators to approve a rise that will add $6 to bills.",
                "will",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The union said the new rota would cut rest breaks for drivers.",
            "The union said the new rota will cut rest breaks for drivers.",
        )],
    );
}

#[test]
fn a_permission_restated_by_may_or_could_is_no_possibility() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Shops will be allowed to open on Sundays until six.",
                "Shops may open on Sundays until six.",
            ),
            (
                "Tenants would still be permitted to sublet a single room.",
                "Tenants could still sublet a single room.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "Shops will open on Sundays until six.",
            "Shops may open on Sundays until six.",
            "may",
        )],
    );
}

#[test]
fn a_refused_statement_in_other_words_claims_nothing() {
    assert_clean(
        "meaning-drift",
        &[(
            "The club declined to comment on the striker's contract.",
            "The club declined to speculate on the striker's contract.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The club said the striker's contract had been extended.",
            "The club speculated the striker's contract had been extended.",
            "speculated",
        )],
    );
}

#[test]
fn the_month_may_is_no_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Engineers found the crack during a check on May 14.",
                "Engineers found the crack during a check on June 14.",
            ),
            (
                "LONDALE, 3 May (Post) – The orchard lost most of its blossom to frost.",
                "LONDALE, May 3 (Post) – The orchard lost most of its blossom to frost.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "Engineers said the crack may spread in warm weather.",
            "Engineers said the crack will spread in warm weather.",
            "will spread",
        )],
    );
}

#[test]
fn an_approximation_before_the_figure_keeps_the_estimate() {
    assert_cases(
        "meaning-drift",
        &[(
            "An estimated 8,000 fans packed the square, police said, and the festival is expected to raise about €2 million for the town.",
            "Some 8,000 fans filled the square, police said, and the festival will raise about €2 million for the town.",
            "will raise",
        )],
    );
}

#[test]
fn a_hedged_claim_left_out_drops_no_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The mayor thanked the volunteers, and said she expected fresh sandbag deliveries to reach the riverside streets by Friday.",
                "The mayor thanked the volunteers, and criticised the county for its slow response to the warnings.",
            ),
            (
                "Officials said the water level might fall within the next two days, but warned residents to stay alert.",
                "Officials, though, warned residents to stay alert.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The mayor said fresh sandbags were expected to reach the riverside streets by Friday.",
            "The mayor said fresh sandbags will reach the riverside streets by Friday.",
            "will reach",
        )],
    );
}

#[test]
fn a_hedge_moved_elsewhere_in_its_sentence_is_not_dropped() {
    assert_cases(
        "meaning-drift",
        &[(
            "The data may support a filing as early as 2026 if the trial is fast, but most investors expected a later date, the analyst said.",
            "Most investors expected a later date, but the data will support a filing as early as 2026 if the trial moves quickly, the analyst said.",
            "will support",
        )],
    );
}

#[test]
fn some_before_a_figure_approximates_and_is_no_scope() {
    assert_clean(
        "meaning-drift",
        &[(
            "The club said attendance reached 4,100 on Saturday, well below the all-time high of 6,000 set in 2019.",
            "The club said attendance reached 4,100 on Saturday, some 1,900 short of the record 6,000 set in 2019.",
        )],
    );
}

#[test]
fn a_root_in_another_part_of_speech_is_garbled_only_as_a_stranded_adjective() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The motion passed with 30 votes for, 12 against and four abstentions.",
                "The motion passed with 30 votes for and 12 against, while four abstained.",
            ),
            (
                "The panel will hear from schools, youth groups and electoral officials.",
                "The panel will hear from schools, youth groups and election officials.",
            ),
            (
                "Nine of the volunteers were hospitalised with a fever.",
                "Nine of the volunteers needed hospital treatment for a fever.",
            ),
        ],
    );
    assert_cases(
        "garbled-phrase",
        &[(
            "Residents left their homes as a precaution after the levee cracked.",
            "Residents left their homes as a precautionary after the levee cracked.",
            "precautionary",
        )],
    );
}

#[test]
fn a_common_look_alike_is_a_choice_not_a_slip() {
    assert_clean(
        "garbled-phrase",
        &[(
            "Bus rates in the county will rise by ten pence from May.",
            "Bus fares in the county will rise by ten pence from May.",
        )],
    );
    assert_cases(
        "garbled-phrase",
        &[(
            "The town lived through years of gloom after the mill closed.",
            "The town lived through years of doom after the mill closed.",
            "doom",
        )],
    );
}

#[test]
fn title_case_headlines_with_misspellings_and_punctuation_are_not_names() {
    let body = "\n\nThe Dunmore council said on Monday that it would end the fines.";
    for (source, suspect) in [
        (
            "Dunmore Libraries Scrap Overdue Fines After Trial",
            "Dunmore Librarys Discard Belated Penalties After Trial",
        ),
        (
            "Late Snow Ruins Much of the Valley's Apple Crop, Growers Say",
            "Late Snow Ruins Much of the Valley's Apple Yield, Farmers Say",
        ),
        (
            "Nine Clinics to Get New Scanners Under $3 Million Plan",
            "County Plans $3M Scanner Rollout Across Nine Clinics",
        ),
    ] {
        let (source, suspect) = (format!("{source}{body}"), format!("{suspect}{body}"));
        assert!(
            findings_of("entity-drift", &suspect, &source).is_empty(),
            "{suspect}"
        );
    }
    let source = format!("Dunmore Libraries Scrap Overdue Fines{body}");
    let suspect = format!("Dunmorr Libraries Scrap Overdue Fines{body}");
    assert_eq!(findings_of("entity-drift", &suspect, &source), ["Dunmorr"]);
}

#[test]
fn a_name_restated_after_its_noun_and_a_dateline_still_modifies_it() {
    assert_clean(
        "entity-drift",
        &[(
            "KELLOW, May 2 (Wire) - The chain, founded on a Kellow market stall in 2001, said sales rose.",
            "KELLOW, May 2 (Wire) - The chain, which began on a market stall in Kellow in 2001, said sales rose.",
        )],
    );
    assert_cases(
        "entity-drift",
        &[(
            "The chain, founded by a Kellow baker in 2001, said sales rose.",
            "The chain, founded in Kellow by a baker in 2001, said sales rose.",
            "Kellow",
        )],
    );
}

#[test]
fn a_one_word_name_moved_and_misspelt_is_flagged_but_a_family_in_the_plural_is_not() {
    let source = "Lead author Dr Ilona Szabo said the results were early. \
                  The review is unlikely to finish before 2027, Szabo said.";
    let suspect = "Lead author Dr Ilona Szabo said the results were early. \
                   Szabos said the review is unlikely to finish before 2027.";
    assert_eq!(findings_of("entity-drift", suspect, source), ["Szabos"]);
    assert_clean(
        "entity-drift",
        &[(
            "Donors included the Harcourts, a shipping family, who gave £2m.",
            "Donors included a shipping family, the Harcourt family, who gave £2m.",
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
fn a_statement_made_a_confirmation_is_meaning_drift_but_not_the_reverse() {
    assert_cases(
        "meaning-drift",
        &[(
            "Dunmore said a listing was one option the board was weighing.",
            "Dunmore confirmed a listing was one option the board was weighing.",
            "confirmed",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The ministry confirmed that two inspectors had been suspended.",
            "The ministry said that two inspectors had been suspended.",
        )],
    );
}

#[test]
fn a_stated_intention_told_as_a_pledge_is_meaning_drift_unless_the_source_binds() {
    assert_cases(
        "meaning-drift",
        &[(
            "The ferry operator said it would try to keep the winter timetable.",
            "The ferry operator has pledged to keep the winter timetable.",
            "has pledged",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The ferry operator said it had committed to keep the winter timetable and would publish it soon.",
            "The ferry operator has pledged to keep the winter timetable and will publish it soon.",
        )],
    );
}

#[test]
fn a_statement_moved_and_closed_by_claimed_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[(
            "Ticket sales rose by a third, said the festival director, Ines Maro.",
            "Ticket sales rose by a third, the festival director, Ines Maro, claimed.",
            "claimed",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The harbour team won the regional cup on Sunday, the club said.",
            "The harbour team claimed the regional cup on Sunday, the club said.",
        )],
    );
}

#[test]
fn a_stage_or_degree_overstated_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The two councils are in early talks about sharing a depot.",
                "The two councils are in advanced talks about sharing a depot.",
                "advanced",
            ),
            (
                "The new stores sold slightly more per customer than the old ones.",
                "The new stores sold far more per customer than the old ones.",
                "far",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The two councils are in early talks about sharing a depot.",
            "The two councils are in preliminary talks about sharing a depot.",
        )],
    );
}

#[test]
fn a_likelihood_told_as_on_the_cards_keeps_its_hedge() {
    assert_clean(
        "meaning-drift",
        &[(
            "A walkout by the depot's cleaners is likely before the summer.",
            "A walkout by the depot's cleaners is on the cards before the summer.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "A walkout by the depot's cleaners is likely before the summer.",
            "A walkout by the depot's cleaners will happen before the summer.",
        )],
    );
}

#[test]
fn an_attribution_kept_by_a_misspelt_name_or_a_split_off_half_is_no_meaning_drift() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Coach Brenda Halloway said there would be no trophy parade.",
                "Coach Brenda Hallowey ruled out a trophy parade.",
            ),
            (
                "Dunmere Mills employs about 640 people. The company said no jobs would be lost at the plant, though some staff may be offered fewer shifts.",
                "The company, which employs about 640 people, said no jobs would be lost at the plant. Though some staff may be offered fewer shifts.",
            ),
        ],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "Coach Brenda Halloway said the team had trained in secret.",
            "The team had trained in secret.",
        )],
    );
}

#[test]
fn a_claim_reported_inside_a_relative_clause_stated_as_fact_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The town will resurface the main road, which the mayor says will ease congestion.",
                "The town will resurface the main road, which will ease congestion.",
                "which will",
            ),
            (
                "The clinic hired four nurses, who it said were trained abroad.",
                "The clinic hired four nurses, who are trained abroad.",
                "who are",
            ),
            (
                "Farmers spread a new fertiliser, which chemists say can harm bees and birds.",
                "Farmers spread a new fertiliser, which harms bees and birds.",
                "which harms",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The town will resurface the main road, which the mayor says will ease congestion.",
            "The town will resurface the main road, which the mayor believes will ease congestion.",
        )],
    );
}

#[test]
fn a_noun_state_is_no_attribution_and_has_said_shifts_no_tense() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The ministry said state subsidies had dropped sharply last winter.",
                "State subsidies had dropped sharply last winter.",
                "had dropped",
            ),
            (
                "The union has said the merger would cost hundreds of jobs.",
                "The union has said the merger will cost hundreds of jobs.",
                "will",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The union said the merger would cost hundreds of jobs.",
            "The union said the merger will cost hundreds of jobs.",
        )],
    );
}

#[test]
fn a_belief_made_knowledge_or_a_delay_a_cancellation_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The ferry operator said none of the passengers was thought to be badly hurt.",
                "The ferry operator said none of the passengers was known to be badly hurt.",
                "known",
            ),
            (
                "The older vines appeared to have survived the hailstorm, growers said.",
                "The older vines were confirmed to have survived the hailstorm, growers said.",
                "confirmed",
            ),
            (
                "Union leaders accused the board of hiding the losses for a year.",
                "Union leaders revealed the board had been hiding the losses for a year.",
                "revealed",
            ),
            (
                "Ticket prices rose slightly in the spring, the theatre said.",
                "Ticket prices rose drastically in the spring, the theatre said.",
                "drastically",
            ),
            (
                "The regional council is delaying the new swimming pool to save money.",
                "The regional council is scrapping the new swimming pool to save money.",
                "scrapping",
            ),
            (
                "The coach said the new stadium would help attract young players to the club.",
                "The coach said the new stadium would guarantee young players for the club.",
                "guarantee",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The regional council is delaying the new swimming pool to save money.",
            "The regional council is postponing the new swimming pool to save money.",
        )],
    );
}

#[test]
fn a_review_or_an_open_question_told_as_decided_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The transport board said it would review the night bus timetable in March.",
                "The transport board said it would scrap the night bus timetable in March.",
                "scrap",
            ),
            (
                "The regulator said it was reviewing whether the merger would breach competition rules.",
                "The regulator said it had concluded that the merger would breach competition rules.",
                "had concluded that",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The transport board said it would review the night bus timetable in March.",
                "The transport board said it would examine the night bus timetable in March.",
            ),
            (
                "The transport board said it would review the night bus timetable in March.",
                "The transport board said it would look over the night bus timetable in March.",
            ),
            (
                "Asked whether the union would call another strike this month, its leader declined to answer.",
                "Would the union call another strike this month? Its leader declined to answer.",
            ),
        ],
    );
}

#[test]
fn hedges_restated_or_shifted_by_name_are_no_dropped_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The bakery cut its annual sales forecast to 12 million.",
                "The bakery lowered its annual sales guidance to 12 million.",
            ),
            (
                "Tenants alleged that the landlord had ignored the leak for months.",
                "Tenants accused the landlord of having ignored the leak for months.",
            ),
            (
                "The driver was reportedly a former courier for the firm.",
                "The driver was a former courier for the firm, according to reports.",
            ),
            (
                "The board said it would weigh the costs against the likely gains.",
                "The board said it would balance the costs against the likely gains.",
            ),
        ],
    );
    // The hedge became a named shift: one finding, on the shift, not a
    // second one for the hedge.
    assert_cases(
        "meaning-drift",
        &[(
            "The coach said she was upset and was considering a protest.",
            "The coach said she was calm but had lodged a protest.",
            "had",
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
fn a_stub_opening_and_ending_on_prepositions_is_a_fragment() {
    let source = "The council approved the budget on Monday.\n\nIt takes effect in April.";
    let suspect = "The council approved the budget on Monday.\n\nIt takes effect in April.\n\nFor details on.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        ["For details on."]
    );
    let suspect = "The council approved the budget on Monday.\n\nIt takes effect in April.\n\nFor now, it is on.";
    assert!(findings_of("fragment", suspect, source).is_empty());
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
fn a_denied_passive_forecast_is_still_a_hedge() {
    assert_cases(
        "meaning-drift",
        &[(
            "A spokesman said rail services were not expected to be disrupted.",
            "A spokesman said rail services would not be disrupted.",
            "be disrupted",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "A spokesman said rail services were not expected to be disrupted.",
            "A spokesman said rail services were unlikely to be disrupted.",
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
fn a_misspelt_title_opening_a_sentence_before_a_name_is_spelling() {
    let source =
        "Frost hit the valley in April.\n\nMeteorologist Ines Varo said such frosts were rare.";
    let suspect =
        "Frost hit the valley in April.\n\nMeterologist Ines Varo said such frosts were rare.";
    assert_eq!(findings_of("spelling", suspect, source), ["Meterologist"]);
    let source =
        "Frost hit the valley in April.\n\nThe forecaster, Ines Varo, said such frosts were rare.";
    let suspect =
        "Frost hit the valley in April.\n\nThe forecaster, Inez Varo, said such frosts were rare.";
    assert!(findings_of("spelling", suspect, source).is_empty());
}

#[test]
fn a_reported_claim_given_to_another_party_is_meaning_or_entity_drift() {
    let source = "Harlow Rovers beat Stanmere 21-18 on Saturday.\n\n\
        Rovers coach Alan Brisco said Tomas Kiel was doubtful for the final.\n\n\
        Club captain Ivo Pell said the squad was tired.";
    // A person's claim given to an institution, and to another person.
    let suspect = "Harlow Rovers beat Stanmere 21-18 on Saturday.\n\n\
        The club said Tomas Kiel was doubtful for the final.\n\n\
        Club captain Ivo Pell said the squad was tired.";
    assert_eq!(findings_of("meaning-drift", suspect, source), ["The club"]);
    let suspect = "Harlow Rovers beat Stanmere 21-18 on Saturday.\n\n\
        Club captain Ivo Pell said Tomas Kiel was doubtful for the final.\n\n\
        Club captain Ivo Pell said the squad was tired.";
    assert_eq!(
        findings_of("entity-drift", suspect, source),
        ["Club captain Ivo Pell"]
    );
    // The same speaker in other words, or a company's name for "the company".
    for suspect in [
        "Harlow Rovers beat Stanmere 21-18 on Saturday.\n\n\
        The coach said Tomas Kiel was doubtful for the final.\n\n\
        Club captain Ivo Pell said the squad was tired.",
        "Harlow Rovers beat Stanmere 21-18 on Saturday.\n\n\
        Tomas Kiel was doubtful for the final, Brisco said.\n\n\
        Club captain Ivo Pell said the squad was tired.",
    ] {
        assert!(findings_of("meaning-drift", suspect, source).is_empty());
        assert!(findings_of("entity-drift", suspect, source).is_empty());
    }
    let source = "Veritas Biologics opened a plant on Monday.\n\n\
        The company said it would hire 600 people by 2027.";
    let suspect = "Veritas Biologics opened a plant on Monday.\n\n\
        Veritas said it would hire 600 people by 2027.";
    assert!(findings_of("meaning-drift", suspect, source).is_empty());
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
fn insisting_on_a_requirement_is_no_attribution() {
    assert_clean(
        "meaning-drift",
        &[(
            "The county now requires two signatures on any contract above $50,000.",
            "The county now insists on two signatures for any contract above $50,000.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "\"Nothing is signed,\" Thule said on a call with reporters.",
            "\"Nothing is signed,\" Thule insisted on a call with reporters.",
        )],
    );
}

#[test]
fn a_short_sentence_reworded_beyond_recognition_in_place_is_neither_omitted_nor_added() {
    let source = "The algae bloom shrank by half this summer, the study found.\n\n\
        Researchers not involved in the study were cautious. \
        The lake will be sampled again in June.";
    let suspect = "The algae bloom shrank by half this summer, the study found.\n\n\
        Scientists outside the project were more guarded. \
        The lake will be sampled again in June.";
    assert!(findings_of("omitted-content", suspect, source).is_empty());
    assert!(findings_of("unsupported-content", suspect, source).is_empty());
    // An invented sentence where none was left out is still added.
    let suspect = "The algae bloom shrank by half this summer, the study found.\n\n\
        Researchers not involved in the study were cautious. \
        A heron stands in the reeds at dawn. \
        The lake will be sampled again in June.";
    assert_eq!(
        findings_of("unsupported-content", suspect, source),
        ["A heron stands in the reeds at dawn."]
    );
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
fn an_added_sentence_cut_off_mid_way_is_a_fragment_not_unsupported_content() {
    let source = "The ferry resumed service on Friday after a week of repairs.\n\n\
        Passengers were offered refunds for cancelled crossings.";
    let suspect = "The ferry resumed service on Friday after a week of repairs.\n\n\
        Speaking to the crew of the vessel after the.\n\n\
        Passengers were offered refunds for cancelled crossings.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        ["Speaking to the crew of the vessel after the."]
    );
    assert!(findings_of("unsupported-content", suspect, source).is_empty());
    // A whole invented sentence is still added content.
    let suspect = "The ferry resumed service on Friday after a week of repairs.\n\n\
        The crew of the vessel posed for photographs on the quay.\n\n\
        Passengers were offered refunds for cancelled crossings.";
    assert_eq!(
        findings_of("unsupported-content", suspect, source),
        ["The crew of the vessel posed for photographs on the quay."]
    );
}

#[test]
fn the_british_enquiry_is_spelt_right() {
    assert_clean(
        "spelling",
        &[(
            "Police said their inquiries were continuing.",
            "Police said their enquiries were continuing.",
        )],
    );
    assert_flagged(
        "spelling",
        &[(
            "Police said their inquiries were continuing.",
            "Police said their enquries were continuing.",
        )],
    );
}

#[test]
fn a_post_lower_cased_is_style_but_a_company_is_not() {
    assert_clean(
        "entity-drift",
        &[(
            "The plan was backed by Vestland's Housing Minister on Monday.",
            "The plan was backed by Vestland's housing minister on Monday.",
        )],
    );
    assert_flagged(
        "entity-drift",
        &[(
            "The plan was backed by Harbour Energy on Monday.",
            "The plan was backed by harbour energy on Monday.",
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
fn a_stronger_proof_denied_claims_less() {
    assert_clean(
        "meaning-drift",
        &[(
            "The tribunal ruled that the landlord had failed to show the charges were fair.",
            "The tribunal ruled that the landlord had failed to prove the charges were fair.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "The tribunal ruled that the landlord had managed to show the charges were fair.",
            "The tribunal ruled that the landlord had managed to prove the charges were fair.",
        )],
    );
}

#[test]
fn a_name_of_common_words_is_an_organisation_that_the_company_restates() {
    assert_clean(
        "meaning-drift",
        &[(
            "Harbour Light said repairs to the pier would not finish until June.",
            "Repairs to the pier would not finish until June, the company said.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "Mira Talvik said repairs to the pier would not finish until June.",
            "Repairs to the pier would not finish until June, the company said.",
        )],
    );
}

#[test]
fn a_piece_of_a_source_sentence_with_no_main_verb_is_a_fragment() {
    let source = "Headline\n\nThe mill will close in June and move 300 jobs to Lorne, including six engineers. Since the vote, the hall has shut.";
    let suspect = "Headline\n\nThe mill will close in June. And move 300 jobs to Lorne. Including six engineers. Since then. The hall has shut.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        [
            "And move 300 jobs to Lorne.",
            "Including six engineers.",
            "Since then."
        ]
    );
    // A split that leaves each half a main verb, or the subject, is whole.
    let whole = "Headline\n\nThe mill will close in June. It will move 300 jobs to Lorne, including six engineers. Since the vote, the hall has shut.";
    assert!(findings_of("fragment", whole, source).is_empty());
    let split = "Headline\n\nThe storm hit the coast. As crews left, it eased.";
    assert!(
        findings_of(
            "fragment",
            split,
            "Headline\n\nThe storm hit the coast on Monday and as crews left, it eased."
        )
        .is_empty()
    );
}

#[test]
fn a_predicate_split_from_its_subject_is_a_fragment() {
    let source = "Headline\n\nThe board said it had not decided, but would review the plan in May.";
    for piece in [
        "But would review the plan in May.",
        "But wanted \"a full answer\" first.",
    ] {
        let suspect = format!("Headline\n\nThe board said it had not decided. {piece}");
        assert_eq!(findings_of("fragment", &suspect, source), [piece]);
    }
    // A subject after the conjunction, or a past form used as an adjective, is whole.
    for whole in [
        "But it would review the plan in May.",
        "But increased costs may delay the plan.",
    ] {
        let suspect = format!("Headline\n\nThe board said it had not decided. {whole}");
        assert!(
            findings_of("fragment", &suspect, source).is_empty(),
            "{whole}"
        );
    }
}

#[test]
fn a_repeated_source_sentence_kept_once_is_not_omitted() {
    let credit = "(Photo by Mara Lind for the Harbour Press agency)";
    let source = format!(
        "Ferry fares rise\n\n{credit}\n\nThe ferry company raised its fares by 4% on Monday.\n\nCommuters on the island route said the rise was steep.\n\n{credit}"
    );
    let suspect = format!(
        "Ferry fares rise\n\nThe ferry company raised its fares by 4% on Monday.\n\nCommuters on the island route said the rise was steep.\n\n{credit}"
    );
    assert!(findings_of("omitted-content", &suspect, &source).is_empty());
    // Dropped everywhere, it is missing once.
    let dropped = "Ferry fares rise\n\nThe ferry company raised its fares by 4% on Monday.\n\nCommuters on the island route said the rise was steep.";
    assert_eq!(findings_of("omitted-content", dropped, &source).len(), 1);
}

#[test]
fn an_attribution_carried_from_the_sentence_before_is_kept() {
    let source = "Brenmoor Ferries said on Monday that it would shut its Carrick yard in June. \
                  Brenmoor Ferries said forty jobs would go at the yard.";
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "Brenmoor Ferries says it will shut its Carrick yard in June. \
             Forty jobs will go at the yard.",
        )],
    );
    // A sentence before that names no such speaker carries nothing over.
    assert_flagged(
        "meaning-drift",
        &[(
            "The yard opened in 1961 and builds small ferries. \
             Brenmoor Ferries said forty jobs would go at the yard.",
            "The yard opened in 1961 and builds small ferries. \
             Forty jobs will go at the yard.",
        )],
    );
}

#[test]
fn a_dropped_hedge_points_at_the_certainty_put_beside_it() {
    assert_cases(
        "meaning-drift",
        &[(
            "Engineers said the heat was a likely factor in the pump failure.",
            "Engineers said the heat was almost certainly a factor in the pump failure.",
            "certainly",
        )],
    );
}

#[test]
fn stance_words_of_proof_praise_knowledge_and_degree() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Plant scientists say warm nights helped the fungus spread.",
                "Plant scientists have proven that warm nights helped the fungus spread.",
                "proven",
            ),
            (
                "The mayor said the reopening was a turning point for the harbour.",
                "The mayor hailed the reopening as a turning point for the harbour.",
                "hailed",
            ),
            (
                "The crew battled a stiff headwind on the final stretch.",
                "The crew battled a light headwind on the final stretch.",
                "light",
            ),
            (
                "The tenants' union broadly welcomed the new rules.",
                "The tenants' union wholeheartedly welcomed the new rules.",
                "wholeheartedly",
            ),
            (
                "Detectives believe the paintings were sold to a dealer abroad.",
                "Detectives know the paintings were sold to a dealer abroad.",
                "know",
            ),
        ],
    );
}

#[test]
fn not_necessarily_keeps_a_hedge() {
    assert_clean(
        "meaning-drift",
        &[(
            "The authors said the results may not hold for larger farms.",
            "The authors said the results do not necessarily hold for larger farms.",
        )],
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
fn a_particle_before_a_dropped_adjunct_is_no_cut() {
    let source = "Tram halted\n\nThe tram stopped near the depot. A warning lamp came on in the driver's cab. Two schools will remain closed on Monday.";
    let suspect = "Tram halted\n\nThe tram stopped near the depot. A warning lamp came on. Two schools will remain closed on.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        ["Two schools will remain closed on."]
    );
}

#[test]
fn an_adjective_noun_before_a_dropped_adjunct_is_no_cut() {
    let source = "Cup crowd\n\nOrganisers counted 5,200 fans, the largest for the final since 2009. The bridge has been closed to heavy vehicles since June.";
    let suspect = "Cup crowd\n\nOrganisers counted 5,200 fans for the final. The bridge has been closed to heavy.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        ["The bridge has been closed to heavy."]
    );
}

#[test]
fn a_possessive_owning_a_noun_named_before_is_no_cut() {
    let source = "Fundraising\n\nPell's campaign raised $3 million, more than Varga's campaign did. The turnout was lower than at last month's vote.";
    let suspect = "Fundraising\n\nPell's campaign raised $3 million, more than Varga's. The turnout was lower than at last month's.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        ["The turnout was lower than at last month's."]
    );
}

#[test]
fn a_sentence_with_a_telling_figure_moved_into_a_distant_one_is_not_omitted() {
    let source = "Ferry traffic\n\nThe Kestrel ferry carried 212,000 passengers last year. Freight volumes are projected to remain largely flat at 64,000 lorries. The operator is recruiting twelve deckhands. Fares will rise in April. The company also plans a new café on board.";
    let moved = "Ferry traffic\n\nThe Kestrel ferry carried 212,000 passengers last year. The operator is recruiting twelve deckhands. Fares will rise in April. The company also plans a new café on board, and expects freight volumes of 64,000 lorries again.";
    let dropped = "Ferry traffic\n\nThe Kestrel ferry carried 212,000 passengers last year. The operator is recruiting twelve deckhands. Fares will rise in April. The company also plans a new café on board.";
    assert!(findings_of("omitted-content", moved, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
}

#[test]
fn an_infinitive_that_needs_no_object_is_no_cut() {
    let source = "Ruling\n\nThe landlord has 21 days to pay the arrears. Crews used ladders to reach the stranded walkers.";
    let suspect = "Ruling\n\nThe landlord has 21 days to pay. Crews used ladders to reach.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        ["Crews used ladders to reach."]
    );
}

#[test]
fn a_term_swapped_word_for_word_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The council will pay for a new heating system at the library next year.",
                "The council will pay for a new warming framework at the library next year.",
                "warming framework",
            ),
            (
                "Engineers expect the sea level at the harbour to rise by a few centimetres.",
                "Engineers expect the ocean degree at the harbour to rise by a few centimetres.",
                "ocean degree",
            ),
            // A term rephrased as a whole, or a loose pair, is a careful choice.
            (
                "Two convenience stores on the high street will close in March.",
                "Two corner shops on the high street will close in March.",
                "",
            ),
            (
                "The farm made a good start to the season after the rain.",
                "The farm made a decent beginning to the season after the rain.",
                "",
            ),
        ],
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
fn a_fixed_compound_broken_by_a_non_synonym_needs_no_other_garbled_word() {
    assert_cases(
        "garbled-phrase",
        &[(
            "Most patients reported only mild side effects, the doctors said.",
            "Most patients reported only mild side impacts, the doctors said.",
            "impacts",
        )],
    );
}

#[test]
fn until_a_time_phrase_and_a_reworded_article_phrase_are_no_fragments() {
    assert!(
        findings_of(
            "fragment",
            "The club won on Sunday. Until this season they had never reached a final at home.",
            "",
        )
        .is_empty()
    );
    assert_eq!(
        findings_of(
            "fragment",
            "The club won on Sunday. Until they had reached a final.",
            "",
        ),
        ["Until they had reached a final."]
    );
    assert_clean(
        "fragment",
        &[(
            "The keeper was ruled out on Friday with a wrist injury.",
            "The keeper was ruled out on Friday after breaking a wrist.",
        )],
    );
    assert_flagged(
        "fragment",
        &[(
            "The keeper was ruled out on Friday with a wrist injury.",
            "The keeper was ruled out on Friday with a wrist.",
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
fn a_phrasal_verb_swapped_word_for_word_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The police could not rule it out, a spokesman said.",
                "The police could not govern it out, a spokesman said.",
                "govern",
            ),
            (
                "Fans said the club had let them down again this season.",
                "Fans said the club had allowed them down again this season.",
                "allowed",
            ),
        ],
    );
    // Another phrasal verb, or a noun before the particle, is a writer's choice.
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The council cut back the plan after the vote.",
                "The council scaled back the plan after the vote.",
            ),
            (
                "Rescuers said the long climb up the hill was slow.",
                "Rescuers said the long ascent up the hill was slow.",
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
fn plan_stated_as_under_way_is_meaning_drift() {
    let flagged = [
        (
            "The district plans to shut two fire stations next spring.",
            "The district is shutting two fire stations next spring.",
        ),
        (
            "The board is proposing to raise parking fees by 8%.",
            "The board is raising parking fees by 8%.",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    let clean = [(
        "The district plans to shut two fire stations next spring.",
        "The district intends to shut two fire stations next spring.",
    )];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn link_stated_as_led_to_blamed_or_behind_is_meaning_drift() {
    let flagged = [
        (
            "A pilot in Westholm was linked to a small rise in cycling.",
            "A pilot in Westholm led to a small rise in cycling.",
        ),
        (
            "Survey links night shifts to poorer sleep",
            "Night shifts cause poorer sleep, survey finds",
        ),
        (
            "The audit said some overruns were linked to a late design change.",
            "The audit blamed some overruns on a late design change.",
        ),
        (
            "Outbreak linked to Marsh Lane bakery",
            "Marsh Lane bakery behind outbreak",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    let clean = [(
        "The audit said some overruns were linked to a late design change.",
        "The audit said some overruns were tied to a late design change.",
    )];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn hope_fear_or_risk_dropped_is_a_hedge_dropped() {
    let flagged = [
        (
            "Park staff said they hoped the footbridge would reopen in June.",
            "Park staff said the footbridge would reopen in June.",
        ),
        (
            "Traders told him they feared the market would never return.",
            "Traders told him the market would never return.",
        ),
        (
            "The audit found the museum was at risk of missing its opening date.",
            "The audit found the museum would miss its opening date.",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    let clean = [
        (
            "Park staff said they hoped the footbridge would reopen in June.",
            "Park staff said they were hopeful the footbridge would reopen in June.",
        ),
        (
            "The company hopes to open the depot in June.",
            "The company aims to open the depot in June.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn frequency_gap_and_broad_qualifier_overstated_are_meaning_drift() {
    let flagged = [
        (
            "Faulty points have caused frequent delays on the line.",
            "Faulty points have caused constant delays on the line.",
        ),
        (
            "Turnout was below the council's target of 40%.",
            "Turnout was well below the council's target of 40%.",
        ),
        (
            "The new ramps would broadly offset the lost parking.",
            "The new ramps would offset the lost parking.",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    let clean = [
        (
            "Faulty points have caused frequent delays on the line.",
            "Faulty points have often caused delays on the line.",
        ),
        (
            "Turnout was well below the council's target of 40%.",
            "Turnout was far below the council's target of 40%.",
        ),
        (
            "Reviewers were broadly positive about the plan.",
            "Reviewers were generally positive about the plan.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn said_moved_into_admitted_is_loaded_attribution() {
    let flagged = [(
        "\"I was nervous in the first set,\" Okafor said after the match.",
        "Okafor admitted he had been nervous in the first set after the match.",
    )];
    assert_flagged("meaning-drift", &flagged);
    let clean = [
        (
            "\"I was nervous in the first set,\" Okafor conceded after the match.",
            "Okafor admitted he had been nervous in the first set after the match.",
        ),
        (
            "Two fans were taken to hospital, police said.",
            "Two fans were admitted to hospital, police said.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn an_inability_or_a_duty_unmet_is_no_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "No one was hurt, and there were no breakdowns that could not be repaired, the operator said.",
                "No one was hurt, and every breakdown so far has been repaired, the operator said.",
            ),
            (
                "The crew said a valve that should have closed the pipe failed to work.",
                "The crew said a valve meant to close the pipe failed to work.",
            ),
        ],
    );
}

#[test]
fn a_dropped_hedge_with_no_verb_in_its_place_beside_another_finding_is_part_of_it() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The trade body estimated that the closure could cost the city up to 3 million pounds a week.",
                "According to the trade body, the closure is costing the city up to 3 million pounds a week.",
                "is costing",
            ),
            // The hedge stood after a copula: the copula names the place.
            (
                "Engineers said the bridge was probably the main weak point.",
                "Engineers said the bridge was the main weak point.",
                "was",
            ),
        ],
    );
}

#[test]
fn a_rare_sense_needs_a_strong_garbled_word_beside_it() {
    let found = findings_of(
        "garbled-phrase",
        "Hackers swiped information of 1.3 million clients, the firm said on Monday.",
        "Hackers stole data of 1.3 million customers, the firm said on Monday.",
    );
    assert!(!found.contains(&"information".to_string()), "{found:?}");
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
fn unsupported_aside_reusing_distant_source_words_is_flagged() {
    // Every word of the added line is somewhere in the source, but none in
    // the sentences around its place: an invented aside, not a reworded clause.
    let source = "Harbour board approves new ferry terminal\n\nThe harbour board on Monday \
approved plans for a new ferry terminal at Kestrel Point. The terminal will cost 40 million \
pounds and is due to open to passengers in 2027. Board chair Ruth Ellison said the vote had \
been unanimous. Local traders welcomed the decision, saying tourism would grow. The old \
terminal, built in 1958, will be demolished next year. Demolition crews will start work in \
March.\n";
    let added = "Kestrel Point tourism would grow after 1958, Ellison said.";
    let suspect = format!("{} {added}\n", source.trim_end());
    assert_eq!(
        findings_of("unsupported-content", &suspect, source),
        [added]
    );
}

#[test]
fn omitted_sentence_merged_with_a_changed_figure_or_derived_word_is_not_omitted() {
    let source = "Retailer results\n\nShares in Corvale rose 3% on Friday after the retailer \
posted strong results for the winter season. Analyst Jo Reed of Barlow Bank, who has followed \
the company since its listing in Milan and Frankfurt, kept her buy rating on the shares. She \
cut her target to 125 euros from 140 euros, blaming rents. Reed said the outlook for the \
summer remained uncertain.\n";
    // Merged into its neighbour with one figure changed: number damage, not an omission.
    let changed = "Retailer results\n\nShares in Corvale rose 3% on Friday after the retailer \
posted strong results for the winter season. Analyst Jo Reed of Barlow Bank, who has followed \
the company since its listing in Milan and Frankfurt, kept her buy rating on the shares but \
cut her target to 125 euros from 145 euros. Reed said the outlook for the summer remained \
uncertain.\n";
    assert!(findings_of("omitted-content", changed, source).is_empty());
    let source = "Striker injured\n\nRovers striker Dan Holt will miss the rest of the season \
after tearing a knee ligament in training on Tuesday. Holt, who joined from Ashby Town in 2021 \
and scored eleven league goals this season, has been in contract talks with the club. The \
talks would resume after his recovery. Rovers play Calder on Saturday.\n";
    // "recovery" → "recovers": a derived form the stemmer leaves apart.
    let derived = "Striker injured\n\nRovers striker Dan Holt will miss the rest of the season \
after tearing a knee ligament in training on Tuesday. Holt, who joined from Ashby Town in 2021 \
and scored eleven league goals this season, has been in contract talks with the club, which \
will pick them up again once he recovers. Rovers play Calder on Saturday.\n";
    assert!(findings_of("omitted-content", derived, source).is_empty());
}

#[test]
fn omitted_sentence_reworded_and_moved_is_not_omitted() {
    let source = "Marathon record\n\nTamrat Gelane won the Lakeport Marathon on Sunday in a \
course-record time of 2:06:41. The heat was fierce, with temperatures reaching 27C by \
midmorning. He pulled away from a lead pack of five runners at the 35-kilometre mark and \
finished well ahead of runner-up Samuel Kiptanui. Medical tents treated 300 runners for heat \
exhaustion. Organisers said the race would start earlier next year.\n";
    // The third sentence, reworded too heavily to align, closes the suspect.
    let moved = "Marathon record\n\nTamrat Gelane won the Lakeport Marathon on Sunday in a \
course-record time of 2:06:41. The heat was fierce, with temperatures reaching 27C by \
midmorning. Medical tents treated 300 runners for heat exhaustion. Organisers said the race \
would start earlier next year. Kiptanui, second, could not follow when the winner pulled away \
from a five-man group with 7 km left, finishing well back.\n";
    assert!(findings_of("omitted-content", moved, source).is_empty());
}

#[test]
fn fragment_cut_after_irregular_past_or_inside_a_verbless_clause() {
    assert_cases(
        "fragment",
        &[
            (
                "Fares will rise by 7% in May. The last fare increase, of 5%, took effect in \
April 2022. Staff were told on Monday.",
                "Fares will rise by 7% in May. The last fare increase, of 5%, took. Staff were \
told on Monday.",
                "The last fare increase, of 5%, took.",
            ),
            (
                "The two hospitals will merge next year. Whitcombe will step down when the \
merger takes effect. Staff were told on Monday.",
                "The two hospitals will merge next year. Whitcombe will step down when the \
merger. Staff were told on Monday.",
                "Whitcombe will step down when the merger.",
            ),
        ],
    );
    // A clause left whole, and one reworded with its verb, pass.
    assert_clean(
        "fragment",
        &[(
            "The two hospitals will merge next year. Whitcombe will step down when the merger \
takes effect. Staff were told on Monday.",
            "The two hospitals will merge next year. Whitcombe will leave when the merger \
happens. Staff were told on Monday.",
        )],
    );
}

#[test]
fn advertisement_slot_line_is_unsupported() {
    let source = "Kiln fire closes pottery museum\n\nA fire in the old kiln room closed the Brindle pottery museum on Sunday. Staff moved the collection to a store nearby.";
    let suspect = "Kiln fire closes pottery museum\n\nA fire in the old kiln room closed the Brindle pottery museum on Sunday.\n\nADVERTISEMENT\n\nStaff moved the collection to a store nearby.";
    assert_eq!(
        findings_of("unsupported-content", suspect, source),
        ["ADVERTISEMENT"]
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
                "The firm said it would still open on Sundays, and that none of its 30 drivers would be laid off.",
                "The firm said it would no longer open on Sundays, and that all of its 30 drivers would be laid off.",
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
fn a_word_of_a_name_swapped_for_a_synonym_is_entity_drift() {
    let source = "Investment firm Dunholt Partners bought the mill in May. \
Dunholt said it would keep all 80 staff.";
    assert_cases(
        "entity-drift",
        &[(
            source,
            "Investment firm Dunholt Partners bought the mill in May. \
Dunholt Companions said it would keep all 80 staff.",
            "Companions",
        )],
    );
    assert_clean(
        "entity-drift",
        &[(
            source,
            "Investment firm Dunholt Partners bought the mill in May. \
Dunholt said it would keep all 80 staff on.",
        )],
    );
}

#[test]
fn an_attributed_characterisation_stated_in_the_writers_voice() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Residents said the water board had \"neglected\" the reservoir and demanded an inquiry.",
                "Residents demanded an inquiry over the water board's neglect of the reservoir.",
                "neglect",
            ),
            (
                "The driver was dismissed for what the depot described as \"repeated lateness\".",
                "The driver was dismissed for repeated lateness.",
                "repeated lateness",
            ),
            (
                "Shop owners accused the landlord of inflating service charges.",
                "Shop owners protested after the landlord inflated service charges.",
                "inflated service charges",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "Residents said the water board had \"neglected\" the reservoir and demanded an inquiry.",
                "Residents, who said the water board had neglected the reservoir, demanded an inquiry.",
            ),
            (
                "The driver was dismissed for what the depot described as \"repeated lateness\".",
                "The driver was dismissed for what the depot called repeated lateness.",
            ),
            (
                "The driver was dismissed for what the depot described as \"repeated lateness\".",
                "The driver was dismissed for \"repeated lateness\", according to the depot.",
            ),
            (
                "The mayor called for \"a fair deal\" for commuters.",
                "The mayor demanded a fair deal for commuters.",
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
fn fragment_noun_before_a_focused_adjunct_is_no_cut() {
    // The source goes on after "a claim" with "even if …": an adjunct the
    // rewrite dropped, not the rest of the noun phrase.
    let source = "The tenants' lawyer, Ruth Pardoe, said the delay could make it impossible \
to bring a claim even if new witnesses came forward.";
    let suspect = "The tenants' lawyer, Ruth Pardoe, said the delay would make it impossible \
to bring a claim.";
    assert!(findings_of("fragment", suspect, source).is_empty());
}

#[test]
fn omitted_sentence_whose_figure_a_neighbour_brought_in() {
    let source = "The plan requires that at least 40% of staff cycle to work within three years. \
The share is currently about 18%. The council will review the plan in June.";
    // The figure stands in the neighbour's rendering, which its own source
    // sentence does not hold: the short sentence was merged there.
    let merged = "The plan requires that at least two in five staff cycle to work within three \
years, up from about 18% now. The council will review the plan in June.";
    assert!(findings_of("omitted-content", merged, source).is_empty());
    // Put in place of the neighbour's own figure, it is damage, and the
    // sentence is still left out.
    let swapped = "The plan requires that at least 18% of staff cycle to work within three years. \
The council will review the plan in June.";
    assert_eq!(findings_of("omitted-content", swapped, source).len(), 1);
}

#[test]
fn unsupported_reader_hooks_are_flagged() {
    let source = "A bakery chain was fined $2 million on Monday for failing to control mould at \
its plant in Dunmore. Mould can cause serious illness in people with weak immune systems. \
The chain said it had replaced its ventilation this summer.";
    // A question of the writer's own, however short or however many of the
    // source's words it borrows, and a scraped prompt, are added.
    let suspect = "A bakery chain was fined $2 million on Monday for failing to control mould at \
its plant in Dunmore. What is mould? Mould can cause serious illness in people with weak immune \
systems. Are you worried about mould this summer? Then read on. The chain said \
it had replaced its ventilation this summer.";
    assert_eq!(
        findings_of("unsupported-content", suspect, source),
        [
            "What is mould?",
            "Are you worried about mould this summer?",
            "Then read on."
        ]
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
fn meaning_open_question_with_a_past_verb_stated_as_settled() {
    // "examining whether the pumps failed" → "said the pumps failed": the
    // open question's own past verb, kept without its "whether".
    assert_cases(
        "meaning-drift",
        &[
            (
                "The water board said it was examining whether the pumps failed during the storm.",
                "The water board said the pumps failed during the storm.",
                "failed",
            ),
            (
                "The regulator is reviewing whether the operator breached its licence.",
                "The regulator said the operator breached its licence.",
                "said",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The regulator is reviewing whether the operator breached its licence.",
            "The regulator is reviewing if the operator breached its licence.",
        )],
    );
}

#[test]
fn meaning_plan_done_with_a_participle_spelt_as_the_verb() {
    // "would set up" → "has set up": "set" is its own participle.
    assert_cases(
        "meaning-drift",
        &[(
            "The harbour trust said it would set up a review panel next month.",
            "The harbour trust has set up a review panel.",
            "has set",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The harbour trust said it would set up a review panel next month.",
                "The harbour trust will set up a review panel next month.",
            ),
            (
                "The harbour trust has set up a review panel and would set up another.",
                "The harbour trust has set up a review panel and would set up another.",
            ),
        ],
    );
}

#[test]
fn meaning_write_off_is_no_attribution() {
    // "offered to write off the debt": a verb of accounts, which attributes
    // nothing, so the dropped "according to" is still found.
    assert_flagged(
        "meaning-drift",
        &[
            (
                "According to two people briefed on the talks, Harlow Foods has offered to write off the debt.",
                "Harlow Foods has offered to write off the debt.",
            ),
            (
                "Analysts said the lender would write off most of the loan.",
                "The lender will write off most of the loan.",
            ),
        ],
    );
}

#[test]
fn a_wordnet_compound_swapped_word_for_word_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            // Both words of a WordNet compound the bigram table lacks,
            // each looked up alone.
            (
                "Staff at the plant held a fire drill on Tuesday morning.",
                "Staff at the plant held a flame practice on Tuesday morning.",
                "flame practice",
            ),
            // One word of it reworded alone is left to the other evidence.
            (
                "The hardware store on Mill Road will close in June.",
                "The hardware shop on Mill Road will close in June.",
                "",
            ),
        ],
    );
}

#[test]
fn a_court_that_heard_a_claim_keeps_the_attribution() {
    assert_clean(
        "meaning-drift",
        &[(
            "The jury was told that the van had been stolen in May.",
            "Jurors heard that the van had been stolen in May.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "The jury was told that the van had been stolen in May.",
            "The van had been stolen in May.",
        )],
    );
}

#[test]
fn a_granting_verb_that_drops_the_denial_is_polarity_not_meaning_drift() {
    let (source, suspect) = (
        "The agency said it could not verify the photographs.",
        "The agency confirmed the photographs.",
    );
    assert_clean("meaning-drift", &[(source, suspect)]);
    assert_flagged("polarity-drift", &[(source, suspect)]);
    assert_flagged(
        "meaning-drift",
        &[(
            "The agency said the photographs were genuine.",
            "The agency confirmed the photographs were genuine.",
        )],
    );
}

#[test]
fn a_forecast_restated_with_a_bare_copula_is_flagged_at_the_copula() {
    assert_cases(
        "meaning-drift",
        &[(
            "The bakery said it now expected annual sales for the year to June of between £9m and £11m.",
            "The bakery said annual sales for the year to June were between £9m and £11m.",
            "were between",
        )],
    );
}

#[test]
fn a_denial_restated_by_a_negative_quantifier_or_an_opposite_is_not_omitted() {
    let source = "Ferry runs aground off Kellan Point\n\nA ferry carrying 40 passengers ran aground off Kellan Point on Friday. No one was hurt. The coastguard towed the vessel back to port.";
    let merged = "Ferry runs aground off Kellan Point\n\nNobody was injured when a ferry carrying 40 passengers ran aground off Kellan Point on Friday. The coastguard towed the vessel back to port.";
    let dropped = "Ferry runs aground off Kellan Point\n\nA ferry carrying 40 passengers ran aground off Kellan Point on Friday. The coastguard towed the vessel back to port.";
    assert!(findings_of("omitted-content", merged, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
    let source = "Lorry overturns on Brenn bypass\n\nA lorry overturned on the Brenn bypass early on Monday, closing it for six hours. The two drivers were not injured. Police are investigating the cause.";
    let merged = "Lorry overturns on Brenn bypass\n\nA lorry overturned on the Brenn bypass early on Monday, closing it for six hours, but both drivers were unhurt. Police are investigating the cause.";
    let dropped = "Lorry overturns on Brenn bypass\n\nA lorry overturned on the Brenn bypass early on Monday, closing it for six hours. Police are investigating the cause.";
    assert!(findings_of("omitted-content", merged, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
    let source = "Arden council backs new library\n\nThe council voted on Tuesday to build a new library in Arden. The vote was not unanimous. Building work starts in the spring.";
    let merged = "Arden council backs new library\n\nIn a divided vote on Tuesday, the council agreed to build a new library in Arden. Building work starts in the spring.";
    let dropped = "Arden council backs new library\n\nOn Tuesday the council agreed to build a new library in Arden. Building work starts in the spring.";
    assert!(findings_of("omitted-content", merged, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
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
fn feasible_keeps_the_hedge_of_possible() {
    assert_clean(
        "meaning-drift",
        &[(
            "Drivers at the closing depot will be moved to other routes where possible, the operator said.",
            "Drivers at the closing depot will be moved to other routes where feasible, the operator said.",
        )],
    );
}

#[test]
fn a_denial_rewritten_away_with_its_clause_is_no_flip() {
    let source =
        "The Veldt trust said it might sell the mill but had not yet decided whether to list it.";
    let rewritten = "The Veldt trust said it will sell the mill and list it this spring.";
    assert!(findings_of("polarity-drift", rewritten, source).is_empty());
    // The hedge dropped is still meaning-drift's.
    assert_eq!(
        findings_of("meaning-drift", rewritten, source),
        ["will sell"]
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
fn a_compound_noun_rebuilt_with_a_verb_sense_synonym_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "She enrolled at law school after the election.",
                "She enrolled at law train after the election.",
                "train",
            ),
            (
                "Write the return address on the back of the envelope.",
                "Write the return handle on the back of the envelope.",
                "handle",
            ),
        ],
    );
    // A synonym sharing a noun sense, or forming a compound of its own, passes.
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Freight trains use the tunnel at night.",
                "Cargo trains use the tunnel at night.",
            ),
            (
                "The fiscal year ends in March.",
                "The financial year ends in March.",
            ),
        ],
    );
}

#[test]
fn a_compound_noun_for_a_rarer_sense_of_one_word_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[(
            "After days of rain the river burst its banks.",
            "After days of rain the river burst its depository financial institutions.",
            "depository financial institutions",
        )],
    );
    // Spelt out in its first sense, the word passes.
    assert_clean(
        "garbled-phrase",
        &[(
            "The hospital wing will be ready next spring.",
            "The hospital wing will be ready next springtime.",
        )],
    );
}

#[test]
fn closed_compounds_of_common_words_are_known() {
    let source = "The toy company cut prices, and the fund did badly.";
    assert_clean(
        "spelling",
        &[
            (source, "The toymaker cut prices."),
            (source, "The rollout of lower prices was slow."),
            (source, "The fund was underdelivering."),
        ],
    );
    assert_cases(
        "spelling",
        &[
            (source, "The toy company finshed the year badly.", "finshed"),
            (source, "The toy shop was overcrowed.", "overcrowed"),
        ],
    );
}

#[test]
fn a_source_word_in_the_other_spelling_is_known() {
    assert_clean(
        "spelling",
        &[(
            "The study used records that were anonymised.",
            "The study used records that were anonymized.",
        )],
    );
}

#[test]
fn names_joined_by_an_ampersand_are_names() {
    assert_clean(
        "spelling",
        &[(
            "Advisers from a firm were hired.",
            "Advisers from Dellman & Rowe were hired.",
        )],
    );
}

#[test]
fn a_hedge_dropped_at_a_partial_quotation_edge_is_a_misquote() {
    let source = "Dr Hale said the drought was \"probably the main reason for the losses\" \
this year. He said the outlook \"looks stable for now\" after the rains.";
    assert_cases(
        "misquote",
        &[
            (
                source,
                "Dr Hale said the drought was \"the main reason for the losses\" this year.",
                "the main reason for the losses",
            ),
            (
                source,
                "He said the rain meant the outlook \"looks stable for now\".",
                "",
            ),
            (
                source,
                "He said the drought was probably \"the main reason for the losses\".",
                "",
            ),
        ],
    );
    assert_cases(
        "misquote",
        &[(
            "He said the outlook for farmers \"looks stable for now\".",
            "He said the outlook for farmers \"looks stable\".",
            "",
        )],
    );
    assert_cases(
        "misquote",
        &[(
            "He said: \"The outlook looks stable for now.\"",
            "He said: \"The outlook looks stable.\"",
            "The outlook looks stable.",
        )],
    );
}

#[test]
fn a_particle_doubled_after_a_plain_verb_is_repetition() {
    assert_cases(
        "repetition",
        &[
            ("", "The hearing is due to happen in in March.", "in"),
            ("", "The scheme was brought in in 2018.", ""),
        ],
    );
}

#[test]
fn partial_quotes_left_open_and_doubled_marks_are_unpaired() {
    let text = "The judge said the ruling was \"unfair to tenants and that the council \
would appeal.\n\n\"We will not give up,\" she said.";
    assert_cases("punctuation", &[("", text, "\"")]);
    let found = findings("The mayor said: \"\"We are ready,\" and left.", "");
    let marks: Vec<usize> = found
        .iter()
        .filter(|f| f.rule == "punctuation")
        .map(|f| f.start)
        .collect();
    assert_eq!(marks, [17]);
    assert_clean(
        "punctuation",
        &[(
            "",
            "\u{201C}First part.\n\n\u{201C}Second part,\u{201D} she said.",
        )],
    );
}

#[test]
fn fragment_since_for_since_then_after_a_year() {
    let source = "Airline grows\n\nThe airline, which lost a jet in a crash in 2019, has flown 40,000 flights since then. Its shares rose on Monday.\n";
    assert_clean(
        "fragment",
        &[(
            source,
            "Airline grows\n\nThe airline, which lost a jet in a crash in 2019, has flown 40,000 flights since. Its shares rose on Monday.\n",
        )],
    );
    assert_flagged(
        "fragment",
        &[(
            "Airline grows\n\nThe airline has flown 40,000 flights since then. Its shares rose on Monday.\n",
            "Airline grows\n\nThe airline has flown 40,000 flights since. Its shares rose on Monday.\n",
        )],
    );
}

#[test]
fn unsupported_content_needs_the_rest_of_a_split_sentence() {
    let source = "Harbour Town win cup\n\nHarbour Town beat Elmford 2-1 in the county cup final on Saturday, winning the trophy for the first time in the club's history.\n\nElmford's manager praised the winners and said his side had been outplayed.\n";
    let aside = "Harbour Town win cup\n\nHarbour Town beat Elmford 2-1 in the county cup final on Saturday, winning the trophy for the first time in the club's history. The club had never before reached a final.\n\nElmford's manager praised the winners and said his side had been outplayed.\n";
    assert_eq!(
        findings_of("unsupported-content", aside, source),
        ["The club had never before reached a final."]
    );
    assert_clean(
        "unsupported-content",
        &[(
            "Fair outbreak\n\nAt least 40 people fell ill after eating at the county fair, health officials said on Friday, and 12 of them have been taken to hospital.\n\nNo deaths have been reported.\n",
            "Fair outbreak\n\nAt least 40 people fell ill after eating at the county fair, health officials said on Friday. Twelve of those affected have been hospitalised.\n\nNo deaths have been reported.\n",
        )],
    );
}

#[test]
fn spinner_swaps_of_verbs_and_set_phrases_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The minister shook hands with each of the winners.",
                "The minister trembled hands with each of the winners.",
                "trembled",
            ),
            (
                "Crews resurfaced a long stretch of the coast road.",
                "Crews resurfaced a long lengthen of the coast road.",
                "lengthen",
            ),
            (
                "The firm runs 30 garden centres in the north.",
                "The firm sprints 30 garden centres in the north.",
                "sprints",
            ),
            (
                "Many of the growers sold their land last year.",
                "A considerable lot of the growers sold their land last year.",
                "A considerable lot",
            ),
            (
                "Rents were far higher than in the capital.",
                "Rents were undeniably higher than in the capital.",
                "undeniably",
            ),
            (
                "Shoppers spent an average of 40 euros a visit.",
                "Shoppers spent a normal of 40 euros a visit.",
                "a normal",
            ),
            (
                "The defender was sent off after half an hour.",
                "The defender was dispatched after half an hour.",
                "dispatched",
            ),
            (
                "The driver pleaded guilty to careless driving.",
                "The driver pleaded responsible to careless driving.",
                "pleaded responsible",
            ),
        ],
    );
    // The same words in their own senses pass.
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The panel said it would extend the deadline.",
                "The panel said it would lengthen the deadline.",
            ),
            (
                "Sales were lower than average in March.",
                "Sales were lower than normal in March.",
            ),
        ],
    );
}

#[test]
fn a_compound_modifier_swapped_in_a_minor_sense_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "We had a soft drink at noon.",
                "We had a gentle drink at noon.",
                "gentle",
            ),
            (
                "The lane stops at the dead end.",
                "The lane stops at the idle end.",
                "idle",
            ),
            // A synonym in the modifier's first sense, or in a sense as minor
            // for both words, keeps the compound's meaning.
            (
                "Allow freight trains through.",
                "Allow cargo trains through.",
                "",
            ),
            (
                "Use the back entrance tonight.",
                "Use the rear entrance tonight.",
                "",
            ),
        ],
    );
}

#[test]
fn a_name_starting_a_sentence_is_no_garbled_substitute() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Shares in Marrowbone fell sharply on Monday. The company held its dividend at 3 pence.",
                "Shares in Marrowbone fell sharply on Monday. Marrowbone held its dividend at 3 pence.",
            ),
            (
                "Marrowbone said on Monday that its shares fell. The company held its dividend.",
                "On Monday Marrowbone said its shares fell. Marrowbone held its dividend.",
            ),
        ],
    );
}

#[test]
fn an_adjective_put_for_a_noun_with_no_noun_after_it_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Police arrested the criminal in March.",
                "Police arrested the illicit in March.",
                "illicit",
            ),
            // With a noun to modify, or after "this", the adjective stands
            // where an adjective may.
            (
                "Police arrested the criminal gang in March.",
                "Police arrested the illicit gang in March.",
                "",
            ),
            (
                "Heatwaves this severe are rare.",
                "Heatwaves this intense are rare.",
                "",
            ),
        ],
    );
}

/// One invented sentence under a headline, as an article.
fn article(sentence: &str) -> String {
    format!("Council news\n\n{sentence}\n")
}

/// Each (source, suspect) sentence pair, as articles.
fn articles(cases: &[(&str, &str)]) -> Vec<(String, String)> {
    cases
        .iter()
        .map(|(a, b)| (article(a), article(b)))
        .collect()
}

/// [`assert_clean`] and [`assert_flagged`] on sentence pairs.
fn assert_sentences(rule: &str, clean: &[(&str, &str)], flagged: &[(&str, &str)]) {
    fn refs(v: &[(String, String)]) -> Vec<(&str, &str)> {
        v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
    }
    let (clean, flagged) = (articles(clean), articles(flagged));
    assert_clean(rule, &refs(&clean));
    assert_flagged(rule, &refs(&flagged));
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

/// A synonym never seen after the word before it is no evidence, even beside
/// a garbled word: careful writers make such swaps as often as spinners.
#[test]
fn a_synonym_unseen_after_its_neighbour_is_no_garbling_beside_a_garbled_word() {
    let found = findings_of(
        "garbled-phrase",
        "Investors saw years of doom until an early leap rally, the bank said.",
        "Investors saw years of gloom until an early spring rally, the bank said.",
    );
    assert_eq!(found, ["doom"]);
}

/// A quotation its attribution interrupts may be quoted whole, the
/// attribution moved before it; a word changed in it is still a misquote.
#[test]
fn interrupted_quotations_may_be_joined() {
    let source = "\"We are ready,\" said coach Anna Berg. \"We have trained for this all year.\"";
    assert_cases(
        "misquote",
        &[
            (
                source,
                "Coach Anna Berg said: \"We are ready. We have trained for this all year.\"",
                "",
            ),
            (
                source,
                "Coach Anna Berg said: \"We are ready. We have trained for this all season.\"",
                "We are ready. We have trained for this all season.",
            ),
        ],
    );
}

/// Titles contracted ("Cllr", "Sgt") are the same title; a preposition
/// opening the source sentence is no name another name replaced.
#[test]
fn contracted_titles_and_sentence_opening_prepositions_are_no_new_names() {
    assert_clean(
        "entity-drift",
        &[
            (
                "Councillor Neil Barrow said the plan would go ahead. Sergeant Ann Hale said roads would close.",
                "Cllr Neil Barrow said the plan would go ahead. Sgt Ann Hale said roads would close.",
            ),
            (
                "The regulator fined the lender on Monday. Between March and May, Velstra's adverts promised low rates, the regulator said.",
                "The regulator fined the lender on Monday. Velstra's ads from March to May promised low rates, the regulator said.",
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
fn one_among_others_made_the_only_one_by_any_superlative_is_meaning_drift() {
    assert_flagged(
        "meaning-drift",
        &[
            (
                "The abbey is one of the oldest buildings in the county.",
                "The abbey is the oldest building in the county.",
            ),
            (
                "Late deliveries were a major factor in the losses, the report said.",
                "Late deliveries were the main factor in the losses, the report said.",
            ),
            (
                "She became the first woman to lead the guild.",
                "She became one of the first women to lead the guild.",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The abbey is one of the oldest buildings in the county.",
                "The abbey is among the oldest buildings in the county.",
            ),
            (
                "She was one of the first nurses to arrive, the hospital said.",
                "The hospital said she was among the first nurses to arrive.",
            ),
        ],
    );
}

#[test]
fn a_contribution_made_the_cause_is_meaning_drift_unless_told_as_one_cause() {
    assert_flagged(
        "meaning-drift",
        &[
            (
                "The study estimated that smoke contributed to about 40 deaths last year.",
                "The study estimated that smoke caused about 40 deaths last year.",
            ),
            (
                "The late frost contributed to the poor grape harvest.",
                "The late frost caused the poor grape harvest.",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The late frost contributed to the poor grape harvest.",
            "The late frost was one cause of the poor grape harvest.",
        )],
    );
}

#[test]
fn an_attributed_claim_told_as_the_reason_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The growers sued the firm, alleging that its spray drifted onto their fields.",
                "The growers sued the firm because its spray drifted onto their fields.",
                "because",
            ),
            (
                "The bakery chain's profit fell, with the company blaming higher flour prices.",
                "The bakery chain's profit fell as a result of higher flour prices.",
                "as a result of",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            // The subject's own reason for its act, and a reason still attributed.
            (
                "The club sacked its coach, saying he had lost the dressing room.",
                "The club sacked its coach because he had lost the dressing room.",
            ),
            (
                "The bakery chain blamed the fall in profit on higher flour prices.",
                "According to the bakery chain, the fall in profit was due to higher flour prices.",
            ),
            // "citing" gives the subject's own reason, like "saying"; a reason
            // the copy still attributes ("…, analysts said") is no fact.
            (
                "The ferry firm cancelled 40 sailings on Monday, citing a shortage of deck crew.",
                "The ferry firm cancelled 40 sailings on Monday because of a shortage of deck crew.",
            ),
            (
                "Shares fell 6%, with analysts blaming weak sales in Asia.",
                "Shares fell 6% as a result of weak sales in Asia, analysts said.",
            ),
            (
                "Anglers sued the mill, claiming its waste had killed the trout.",
                "Anglers sued the mill because its waste had killed the trout, they claim.",
            ),
        ],
    );
}

#[test]
fn a_hedge_or_bound_another_rule_reports_is_not_also_meaning_drift() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "\"Farmers will have to adapt, perhaps by moving their herds north,\" she said.",
                "\"Farmers will have to adapt, by moving their herds north,\" she said.",
            ),
            (
                "Thieves took rings and watches worth an estimated £186,000 from the shop.",
                "Thieves took rings and watches worth more than £190,000 from the shop.",
            ),
            (
                "Growers said their losses were put at up to $9 million after the storm.",
                "Growers said their losses were of up to $9 million after the storm.",
            ),
            (
                "The driver said he had been stopped at least 15 times this year.",
                "The driver said he had been stopped in any event 15 times this year.",
            ),
        ],
    );
}

#[test]
fn a_dropped_hedge_or_a_shifted_degree_is_flagged_at_its_own_words() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The union said about 120 warehouse jobs could be at risk from the merger.",
                "The union said about 120 depot posts were at risk from the merger.",
                "were",
            ),
            (
                "The port will pay for 40% of the cost itself, with the rest expected from a federal grant.",
                "The port will pay for 40% of the cost itself, with the remainder coming from a federal grant.",
                "coming",
            ),
            (
                "The judge reduced the fine slightly because of the early guilty plea.",
                "The judge reduced the fine significantly to reflect the early guilty plea.",
                "significantly",
            ),
        ],
    );
}

#[test]
fn a_judge_who_said_may_be_told_as_finding() {
    assert_clean(
        "meaning-drift",
        &[(
            "Judge Ann Ross said the landlord's failings were serious.",
            "The landlord's failings were serious, Judge Ann Ross found.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "Prosecutors said the valve had been flagged in 2019.",
            "Prosecutors showed that the valve had been flagged in 2019.",
        )],
    );
}

#[test]
fn an_estimate_told_as_an_approximation_keeps_its_hedge() {
    assert_clean(
        "meaning-drift",
        &[(
            "The association estimates that it costs 35 pence to make a litre of milk.",
            "The association approximates that it costs 35 pence to make a litre of milk.",
        )],
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

#[test]
fn a_compound_name_translated_into_an_of_phrase_is_entity_drift() {
    let source = "Roadworks closed Mill Lane for six weeks in the spring, the council said.";
    let suspect =
        "Roadworks closed the Lane of the Mill for six weeks in the spring, the council said.";
    assert_eq!(
        findings_of("entity-drift", suspect, source),
        ["Lane of the Mill"]
    );
    let source = "Members of the Farmers Party voted against the budget on Tuesday.";
    let suspect = "Members of the Party of the Growers voted against the budget on Tuesday.";
    assert_eq!(
        findings_of("entity-drift", suspect, source),
        ["Party of the Growers"]
    );
    // A name reordered with its words kept, a post spelt out, or a person
    // placed by country stays clean.
    let source = "The Justice Department opened an inquiry into the firm on Friday.";
    let suspect = "The Department of Justice opened an inquiry into the firm on Friday.";
    assert!(findings_of("entity-drift", suspect, source).is_empty());
    let source = "The race was won by Tomas Brell, who beat the favourite by a minute.";
    let suspect = "The race was won by Tomas Brell of Norway, who beat the favourite by a minute.";
    assert!(findings_of("entity-drift", suspect, source).is_empty());
}

#[test]
fn a_plural_name_written_as_common_words_is_entity_drift() {
    let source = "Voters backed the Reds in every district of the region on Sunday.";
    let suspect = "Voters backed the red ones in every district of the region on Sunday.";
    assert_eq!(findings_of("entity-drift", suspect, source), ["red ones"]);
}

#[test]
fn a_name_opener_lower_cased_mid_sentence_is_entity_drift() {
    let source = "The grant came from the Coastal Restoration Trust last year, officials said.";
    let suspect = "The grant came from the coastal Restoration Trust last year, officials said.";
    assert_eq!(
        findings_of("entity-drift", suspect, source),
        ["coastal Restoration Trust"]
    );
}

#[test]
fn a_name_with_its_preposition_swapped_is_entity_drift() {
    let source = "The fine was set by the Bureau for Rail Safety on Monday, officials said.";
    let suspect = "The fine was set by the Bureau of Rail Safety on Monday, officials said.";
    assert_eq!(
        findings_of("entity-drift", suspect, source),
        ["Bureau of Rail Safety"]
    );
    // A post named either way passes.
    let source = "The plan was backed by the Minister for Transport on Monday, officials said.";
    let suspect = "The plan was backed by the Minister of Transport on Monday, officials said.";
    assert!(findings_of("entity-drift", suspect, source).is_empty());
}

#[test]
fn hyphenated_spinner_swaps_match_the_whole_word() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The firm's pre-tax profit rose 8% to £40m in the year.",
                "The firm's pre-charge profit rose 8% to £40m in the year.",
                "pre-charge",
            ),
            // The entry's part alone is no swap: "tax" → "charge" in plain words.
            (
                "The council plans a new tax on parking at offices.",
                "The council plans a new charge on parking at offices.",
                "",
            ),
        ],
    );
}

/// The plural of a noun the dictionary lists as uncountable, and the past of
/// a noun WordNet also has as a verb, are words; a plural or past spelt
/// against its stem's regular form is not.
#[test]
fn regular_inflections_missing_from_the_dictionary_are_words() {
    let source = "The shop was cleared on Friday, staff said.";
    assert_clean(
        "spelling",
        &[
            (
                source,
                "The shop sold its furnitures on Friday, staff said.",
            ),
            (source, "The luggages were cleared on Friday, staff said."),
            (
                source,
                "A new owner helmed the shop from Friday, staff said.",
            ),
        ],
    );
    assert_cases(
        "spelling",
        &[
            (source, "The heros cleared the shop on Friday.", "heros"),
            (source, "The clearance occured on Friday.", "occured"),
            (source, "The police catched a thief on Friday.", "catched"),
        ],
    );
}

/// An omitted-content marker is an insertion point between two sentences: it
/// flags neither the clean paraphrase that ends where it stands nor the one
/// that starts there, and it still matches the omitted sentence's label.
#[test]
fn an_omission_marker_between_sentences_flags_no_clean_paraphrase() {
    use spincheck::eval::evaluate;
    use spincheck::eval::labels::{Label, Pair};
    let source = "The bridge closed on Monday for repairs. Engineers found cracks in two of its piers. \
It will reopen in June, the council said.";
    let suspect = "On Monday the bridge was shut for repair work. \
The council said it would open again in June.";
    let label = |rule: &str, text: &str, hay: &str| {
        let start = hay.find(text).expect("label text");
        Label {
            rule: rule.into(),
            start,
            end: start + text.len(),
            line: 1,
        }
    };
    let pair = Pair {
        dir: "example".into(),
        source: source.into(),
        suspect: suspect.into(),
        labels: vec![
            label(
                "clean",
                "On Monday the bridge was shut for repair work.",
                suspect,
            ),
            label(
                "clean",
                "The council said it would open again in June.",
                suspect,
            ),
            label(
                "omitted-content",
                "Engineers found cracks in two of its piers.",
                source,
            ),
        ],
    };
    let eval = evaluate(&[pair], &Config::default());
    assert_eq!(eval.rules["omitted-content"].found, 1);
    assert_eq!(eval.clean, 2);
    assert_eq!(eval.clean_flagged, 0, "{:?}", eval.misses);
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

/// A sentence split off its source sentence is no addition when a denial in
/// it restates the source word's opposite ("did not approve" for
/// "disapproved"), or when it keeps two exact figures of the source there
/// that its neighbours lack.
#[test]
fn split_off_sentences_told_by_an_opposite_or_two_figures_are_supported() {
    assert_clean(
        "unsupported-content",
        &[
            (
                "The mayor opened the new library on Monday. The council, which runs about 300 depots in the county, said it disapproved of the proposals and was considering an objection. Talks resume next week.",
                "The mayor opened the new library on Monday. The council runs some 300 depots across the county. It said it did not approve of the plan and was weighing whether to object. Talks resume next week.",
            ),
            (
                "Ticket sales rose 12% in the year. The chain sold 74.2% of its seats, up from 69.5% a year earlier, while average prices climbed 3% to 11 euros. Its shares rose.",
                "Ticket sales rose 12% in the year. Cinemas were busier, with the occupancy rate up 4.7% to 74.2% from 69.5%. Average prices rose 3% to €11. Its shares rose.",
            ),
        ],
    );
}

#[test]
fn meaning_possibility_told_as_expected_or_scheduled() {
    // "could open" → "is set to open", "may stay" → "are due to stay": a
    // possibility told as the outcome expected.
    assert_cases(
        "meaning-drift",
        &[
            (
                "The new terminal could open in March, the airport said.",
                "The new terminal is set to open in March, the airport said.",
                "set to",
            ),
            (
                "Food prices may stay high until the summer, the bank warned.",
                "Food prices are due to stay high until the summer, the bank warned.",
                "due to",
            ),
        ],
    );
}

#[test]
fn meaning_equivalent_modals_and_kept_doubts_pass() {
    assert_clean(
        "meaning-drift",
        &[
            // "would" of a reported outcome restated as "should".
            (
                "The coach said tests on Friday would give a clearer picture.",
                "The coach said Friday's tests should make things clearer.",
            ),
            // The hedge qualified a doubt the copy still states.
            (
                "The firm said there could be no certainty that a deal would be agreed.",
                "The firm said there was no certainty that a deal would be agreed.",
            ),
            // The source's "may" kept in a sentence split off from the same one.
            (
                "The ferry line employs about 600 people. The company said no jobs would be lost as a result of the reduced timetable, though some crew may be offered fewer sailings.",
                "The company, which employs about 600 people, said the reduced timetable would cost no jobs. Though some crew may be offered fewer sailings.",
            ),
            // A plan denied by "no" turned into one weighed: polarity-drift's.
            (
                "The board voted to start the school year in August. The board has committed to reviewing the change after three years. Neighbouring Ashford district said it had no plans to follow suit.",
                "The board voted to begin the school year in August. The board has promised to review the change after three years. Neighbouring Ashford district said it was considering a similar move.",
            ),
        ],
    );
}

#[test]
fn meaning_faithful_rewordings_keep_degree_bound_and_speaker() {
    assert_clean(
        "meaning-drift",
        &[
            // A fall through space, no quantity's move.
            (
                "A section of the sea wall fell into the harbour during the storm.",
                "Part of the sea wall collapsed into the harbour during the storm.",
            ),
            // A figure made a modifier has no room for its floor.
            (
                "Residents handed in a petition signed by more than 4,100 people.",
                "Residents handed in a 4,100-signature petition.",
            ),
            // The speaker named by a word of the same sense.
            (
                "The hosts, the favourites according to bookmakers, lost in the first round.",
                "The hosts, the bookies' favourites, lost in the first round.",
            ),
        ],
    );
    // A plain fall of a quantity told as a collapse is still flagged.
    assert_cases(
        "meaning-drift",
        &[(
            "Sales fell last year.",
            "Sales collapsed last year.",
            "collapsed",
        )],
    );
}

#[test]
fn meaning_sentence_paired_only_by_position_drops_no_hedge() {
    // The middle sentences say different things; the pair stands only between
    // its aligned neighbours, so no hedge or attribution was dropped there.
    let source = "About 140 fires are burning across the region, 12 of them classed as serious. The forestry minister said the region had asked for national help and expected 150 extra crews from other regions to arrive by Sunday. Hotter summers are making such fires more common, experts say.";
    for middle in [
        "Residents have criticised the region for cutting the budget of its fire crews last year.",
        "Residents said the region had cut its fire crews last year.",
    ] {
        let suspect = format!(
            "Around 140 fires are burning across the region, 12 of them classed as serious. {middle} Hotter summers are making such fires more common, experts say."
        );
        assert_clean("meaning-drift", &[(source, &suspect)]);
    }
}

#[test]
fn meaning_passive_plan_stated_done_takes_in_its_participle() {
    // "would be assessed" → "had been ruled out": the finding reaches the act.
    assert_cases(
        "meaning-drift",
        &[(
            "Coach Dana Hill said the winger was questionable for Sunday and would be assessed on Friday.",
            "Coach Dana Hill said the winger had been ruled out of Sunday's game.",
            "had been ruled",
        )],
    );
}

#[test]
fn meaning_denial_made_a_concession_is_left_to_polarity() {
    // "denied" → "admitted", "defended" → "conceded": a reversal, which
    // polarity-drift reports; a denial the source itself negates ("did not
    // dispute") grants nothing, so "admitted" still loads the attribution.
    assert_clean(
        "meaning-drift",
        &[
            (
                "Mayor Lena Roth denied that the pool would close, but said opening hours would be cut.",
                "Mayor Lena Roth admitted that the pool would close, but said opening hours would be cut.",
            ),
            (
                "The club said it would review the kick-off time but defended the decision to close the car park.",
                "The club said it would look again at the kick-off time and conceded that closing the car park had been a mistake.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The club said the stand was safe but did not dispute that fans had waited for hours.",
            "The club said the stand was safe and admitted that fans had waited for hours.",
            "admitted",
        )],
    );
}

#[test]
fn garbled_phrase_replaced_compound_modifier_needs_company() {
    let source = "Residents said the new fire station was near the old gloom of the square.";
    let found = findings_of(
        "garbled-phrase",
        "Residents said the new blaze station was near the old doom of the square.",
        source,
    );
    assert_eq!(found, ["blaze", "doom"]);
    assert_clean(
        "garbled-phrase",
        &[(
            source,
            "Residents said the new blaze station was near the old gloom of the square.",
        )],
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

#[test]
fn a_dropped_according_to_is_flagged_at_the_attribution_verb_put_in() {
    // The source named is made the subject of a verb of attribution: the
    // finding goes on that verb, not on the first word where "according to"
    // stood.
    let source = "Inspectors found cracks in two of the bearings under the bridge, according to a preliminary report by the county surveyor.";
    let suspect = "Inspectors found cracks in two of the bearings under the bridge, the county surveyor's final report showed.";
    let found = findings_of("meaning-drift", suspect, source);
    assert!(found.iter().any(|f| f == "showed"), "{found:?}");
    assert!(!found.iter().any(|f| f == "the"), "{found:?}");
}

#[test]
fn a_claim_told_as_the_reason_is_found_in_any_inflection_of_its_verb() {
    // "insisted", "maintained": past forms of the claiming verbs count as
    // much as "alleging" does.
    let cases = [
        (
            "The tenants sued the landlord because the boiler had failed twice.",
            "The tenants sued the landlord and insisted that the boiler had failed twice.",
        ),
        (
            "The union walked out because the offer was unfair.",
            "The union walked out and maintained that the offer was unfair.",
        ),
    ];
    for (suspect, source) in cases {
        let found = findings_of("meaning-drift", suspect, source);
        assert_eq!(found, ["because"], "{suspect}");
    }
}

#[test]
fn a_papers_scoop_told_as_its_report_is_no_weaker_claim() {
    // "can reveal" is the news idiom of a paper's own scoop: "has reported"
    // restates it. A plain "revealed" made "reported" still weakens it.
    let source =
        "The ferry operator will cut its winter timetable, the Harbour Gazette can reveal.";
    let suspect =
        "The ferry operator will cut its winter timetable, the Harbour Gazette has reported.";
    assert!(findings_of("meaning-drift", suspect, source).is_empty());
    let plain = "The ferry operator will cut its winter timetable, the Harbour Gazette revealed.";
    assert_eq!(findings_of("meaning-drift", suspect, plain), ["reported"]);
}
