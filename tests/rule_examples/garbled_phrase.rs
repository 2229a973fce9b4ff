//! garbled-phrase examples: each test is a table of source/suspect cases and what the rule must flag or pass.

use super::*;

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
            "Visitors will see the cubs from early jump, the zoo said on Monday.",
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
            "The strategy was refined for long-term innovation, the firm said.",
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
            "The strategy was refined for long-term innovation in a joint adventure.",
            "The strategy was aimed at long-term innovation in a joint venture.",
        ),
        ["refined", "adventure"]
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
fn two_broken_collocations_do_not_vouch_for_each_other() {
    // A word unseen after its neighbour beside a collocation broken by a
    // non-synonym is as often one careful rewording.
    assert!(
        findings_of(
            "garbled-phrase",
            "Nurses have administered 300 doses this week, and the virus can linger in the air of a ward for two hours.",
            "Nurses have given 300 doses this week, and the virus can remain in the air of a ward for two hours."
        )
        .is_empty()
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
            (
                "The figures were published by the health ministry on Monday.",
                "The figures were distributed by the health ministry on Monday.",
                "distributed",
            ),
            (
                "The new wind farm will double the region's generating capacity.",
                "The new wind farm will double the region's generating limit.",
                "limit",
            ),
            (
                "Turnout in the mayoral election was 31 percent.",
                "Turnover in the mayoral election was 31 percent.",
                "Turnover",
            ),
            (
                "The ship was stuck with a draught of 14 metres.",
                "The ship was stuck with a beverage of 14 metres.",
                "beverage",
            ),
            // A word the spinner's stem shares ("comparable", "substitute")
            // is no entry's: "similar" → "comparable" passes.
            (
                "A similar scheme runs in two other cities.",
                "A comparable scheme runs in two other cities.",
                "",
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
            (
                "The museum will reopen its east wing in June.",
                "The exhibition hall will reopen its east wing in June.",
                "exhibition hall",
            ),
            // Inside a quotation misquote reports the change.
            (
                "\"My mother's surgery is on Friday,\" she said.",
                "\"My mother's medical procedure is on Friday,\" she said.",
                "",
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
fn a_spinner_swap_inside_a_long_rewritten_run_is_garbled() {
    // The whole clause changed, too long to judge word by word, but the
    // listed swap in it ("gang" → "posse") is still the spinner's.
    assert_cases(
        "garbled-phrase",
        &[(
            "Detectives raided six homes on Friday, targeting a gang accused of using children to sell drugs.",
            "Detectives raided six homes on Friday, focusing on a posse blamed for utilizing youngsters to sell drugs.",
            "posse",
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
            (
                "Police asked anyone who saw the van to come forward.",
                "Police asked anyone who saw the van to approach forward.",
                "approach",
            ),
            (
                "The works were brought forward to March after the frost.",
                "The works were conveyed forward to March after the frost.",
                "conveyed",
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
fn a_rare_sense_needs_a_strong_garbled_word_beside_it() {
    let found = findings_of(
        "garbled-phrase",
        "Hackers swiped information of 1.3 million clients, the firm said on Monday.",
        "Hackers stole data of 1.3 million customers, the firm said on Monday.",
    );
    assert!(!found.contains(&"information".to_string()), "{found:?}");
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

#[test]
fn a_verb_put_for_a_plural_noun_after_a_figure_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The final lasted nine rounds, level on points.",
                "The final lasted nine adjusts, level on points.",
                "adjusts",
            ),
            // A noun there is a noun's place; a bare verb after an article is
            // as often a noun WordNet lacks.
            (
                "The final lasted nine rounds, level on points.",
                "The final lasted nine bouts, level on points.",
                "",
            ),
            (
                "Play resumed after the restart in the second half.",
                "Play resumed after the revamp in the second half.",
                "",
            ),
        ],
    );
}

/// A synonym never seen after the word before it is no evidence, even beside
/// a garbled word: careful writers make such swaps as often as spinners.
#[test]
fn a_synonym_unseen_after_its_neighbour_is_no_garbling_beside_a_garbled_word() {
    let found = findings_of(
        "garbled-phrase",
        "Investors saw years of doom until an early jump rally, the bank said.",
        "Investors saw years of gloom until an early spring rally, the bank said.",
    );
    assert_eq!(found, ["doom"]);
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

#[test]
fn garbled_phrase_replaced_compound_modifier_needs_company() {
    // "fire station", a listed fixed term, is flagged alone: see
    // a_fixed_term_with_one_word_swapped_is_garbled.
    let source = "Residents said the new police station was near the old gloom of the square.";
    let found = findings_of(
        "garbled-phrase",
        "Residents said the new army station was near the old doom of the square.",
        source,
    );
    assert_eq!(found, ["army", "doom"]);
    assert_clean(
        "garbled-phrase",
        &[(
            source,
            "Residents said the new army station was near the old gloom of the square.",
        )],
    );
}

#[test]
fn garbled_phrase_flags_another_word_of_the_same_stem() {
    assert_cases(
        "garbled-phrase",
        &[
            // Sibling endings on one root: each is its own word.
            (
                "The town's industrial output grew 4% last year, the council said.",
                "The town's industrious output grew 4% last year, the council said.",
                "industrious",
            ),
            // A compound noun's first word for the adjective made of it.
            (
                "Season tickets for the ferry will cost £80 more from March.",
                "Seasonal tickets for the ferry will cost £80 more from March.",
                "Seasonal",
            ),
            // A word derived from the original, or the people who do it, passes.
            (
                "The council will review local transport next spring.",
                "The council will review local transportation next spring.",
                "",
            ),
            (
                "The insurance paid out £2m after the fire, the owners said.",
                "The insurers paid out £2m after the fire, the owners said.",
                "",
            ),
        ],
    );
}

#[test]
fn garbled_phrase_flags_the_plural_of_a_mass_noun() {
    assert_cases(
        "garbled-phrase",
        &[(
            "Several local businesses stayed shut on Monday after the flood.",
            "Several local commerces stayed shut on Monday after the flood.",
            "commerces",
        )],
    );
    assert!(
        findings_of(
            "spelling",
            "Several local commerces stayed shut on Monday after the flood.",
            "Several local businesses stayed shut on Monday after the flood.",
        )
        .is_empty()
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

#[test]
fn a_currency_word_written_as_a_sign_is_no_word_replaced() {
    // "220 million dollars from" → "$220 million, compared with": the
    // currency went into the sign; "compared" replaced nothing of it.
    assert_sentences(
        "garbled-phrase",
        &[(
            "The firm swung to a net loss of 220 million dollars from a profit of 95 million a year earlier.",
            "The firm posted a net loss of $220 million, compared with a $95 million profit a year earlier.",
        )],
        &[],
    );
}

#[test]
fn garbled_a_curated_swap_before_words_of_its_right_sense_passes() {
    assert_sentences(
        "garbled-phrase",
        &[(
            "Birds that arrive too early could raise fewer chicks, the team said.",
            "Birds that arrive too early could rear fewer chicks, the team said.",
        )],
        &[(
            "The hospital charity hopes to raise money for a new scanner.",
            "The hospital charity hopes to rear money for a new scanner.",
        )],
    );
}

#[test]
fn garbled_a_rarer_word_in_a_rewritten_headline_passes() {
    let source = "Heatwave brings record heat to Calderbury\n\nTemperatures reached 39.2C in Calderbury on Sunday.\n";
    assert_clean(
        "garbled-phrase",
        &[(
            source,
            "Calderbury swelters in record heat\n\nTemperatures reached 39.2C in Calderbury on Sunday.\n",
        )],
    );
    assert_flagged(
        "garbled-phrase",
        &[(
            "Council news\n\nThe heatwave brought record heat to Calderbury on Sunday.\n",
            "Council news\n\nThe swelters brought record heat to Calderbury on Sunday.\n",
        )],
    );
}

#[test]
fn garbled_a_look_alike_in_a_rewritten_headline_passes() {
    // A headline is reworded whole: a look-alike there is a word chosen for
    // the headline, while the same swap in the body is a slip.
    assert_clean(
        "garbled-phrase",
        &[(
            "Mild winter hits coat sales at Marlow Outdoor\n\nThe retailer said profit fell by a fifth.\n",
            "Mild winter hurts coat sales at Marlow Outdoor\n\nThe retailer said profit fell by a fifth.\n",
        )],
    );
    assert_flagged(
        "garbled-phrase",
        &[(
            "Retail news\n\nThe mild winter hits coat sales at Marlow Outdoor, the retailer said.\n",
            "Retail news\n\nThe mild winter hurts coat sales at Marlow Outdoor, the retailer said.\n",
        )],
    );
}

#[test]
fn a_degree_adverb_makes_no_fixed_phrase() {
    // "too far" is counted only because both words are common: another
    // word graded by "too", or another degree word before "far", is a
    // careful rewording, not a broken fixed phrase.
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Residents said the new estate was too far from the station and the shops.",
                "Residents said the new estate was too remote from the station and the shops.",
            ),
            (
                "Campaigners said the fine was too small for a firm of that size.",
                "Campaigners said the fine was too lenient for a firm of that size.",
            ),
            (
                "Residents said the new estate was too far from the station and the shops.",
                "Residents said the new estate was excessively far from the station and the shops.",
            ),
        ],
    );
}

#[test]
fn last_after_an_article_orders_and_breaks_no_phrase() {
    assert_sentences(
        "garbled-phrase",
        &[(
            "The worst of the flooding came in the last week of March, the agency said.",
            "The worst of the flooding came in the final week of March, the agency said.",
        )],
        &[(
            "Ferry bookings fell sharply last week, the operator said.",
            "Ferry bookings fell sharply final week, the operator said.",
        )],
    );
}

#[test]
fn a_fixed_term_with_one_word_swapped_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The chief executive of the bakery chain resigned on Friday.",
                "The main executive of the bakery chain resigned on Friday.",
                "main",
            ),
            (
                "Kelby scored twice before the final whistle.",
                "Kelby scored twice before the last whistle.",
                "last",
            ),
            (
                "The board of directors approved the merger on Tuesday.",
                "The panel of directors approved the merger on Tuesday.",
                "panel",
            ),
            (
                "The bank raised its interest rate for the third time this year.",
                "The bank raised its curiosity rate for the third time this year.",
                "curiosity",
            ),
            (
                "Residents said the new fire station was near the square.",
                "Residents said the new blaze station was near the square.",
                "blaze",
            ),
            (
                "Officers made 14 arrests in county lines raids across the region.",
                "Officers made 14 arrests in province lines raids across the region.",
                "province",
            ),
            (
                "The proposal will be discussed at Tuesday's cabinet meeting.",
                "The proposal will be discussed at Tuesday's bureau meeting.",
                "bureau",
            ),
            // A compound of the original word breaks the term too.
            (
                "Buses will serve three market towns from May.",
                "Buses will serve three marketplace towns from May.",
                "marketplace",
            ),
            (
                "Drivers staged industrial action over the new rotas.",
                "Drivers staged commercial action over the new rotas.",
                "commercial",
            ),
            // A term kept, reworded whole or put as an established variant
            // passes, and so does another head: careful writers put one as
            // often as spinners do.
            (
                "The maternity ward reopened on Monday after repairs.",
                "The maternity unit reopened on Monday after repairs.",
                "",
            ),
            (
                "The chief executive of the bakery chain resigned on Friday.",
                "The boss of the bakery chain resigned on Friday.",
                "",
            ),
            (
                "The mayor will hold a press conference at noon.",
                "The mayor will hold a news conference at noon.",
                "",
            ),
            (
                "Nurses accepted a pay rise of four percent on Monday.",
                "Nurses accepted a pay increase of four percent on Monday.",
                "",
            ),
            (
                "Crews opened two evacuation centres in the town.",
                "Crews opened two evacuation centers in the town.",
                "",
            ),
        ],
    );
}

#[test]
fn garbled_a_listed_term_reworded_as_a_whole_passes() {
    assert_sentences(
        "garbled-phrase",
        &[(
            "The union is looking for a 15 percent pay rise over three years.",
            "The union is looking for a 15 percent salary hike over three years.",
        )],
        &[],
    );
}

#[test]
fn a_spinner_swap_wrong_beside_a_word_of_the_sense_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "A man from Kelby has been charged with murder after the fire.",
                "A man from Kelby has been billed with murder after the fire.",
                "billed",
            ),
            (
                "The former treasurer admitted six counts of fraud on Tuesday.",
                "The former treasurer admitted six tallies of fraud on Tuesday.",
                "tallies",
            ),
            (
                "The appeal raised £40,000 for the hospice in a month.",
                "The appeal elevated £40,000 for the hospice in a month.",
                "elevated",
            ),
            (
                "Kessler finished third in the 800 metres final on Sunday.",
                "Kessler completed third in the 800 metres final on Sunday.",
                "completed",
            ),
            (
                "Residents marched against rent rises in the old town on Saturday.",
                "Residents marched against lease rises in the old town on Saturday.",
                "lease",
            ),
            (
                "The report says current climate models underestimate the melt.",
                "The report says current atmosphere models underestimate the melt.",
                "atmosphere",
            ),
            (
                "The bank's quarterly loss narrowed to 12 million euros.",
                "The bank's quarterly loss limited to 12 million euros.",
                "limited",
            ),
            (
                "Two former employees will give evidence on Thursday, the court heard.",
                "Two former employees will give proof on Thursday, the court heard.",
                "proof",
            ),
            // Without a word of that sense nearby the swap may be right.
            (
                "Workers finished the new bridge in March, the council said.",
                "Workers completed the new bridge in March, the council said.",
                "",
            ),
            (
                "The political climate in the capital has soured, analysts said.",
                "The political atmosphere in the capital has soured, analysts said.",
                "",
            ),
            (
                "The firm charged customers twice for delivery, the regulator said.",
                "The firm billed customers twice for delivery, the regulator said.",
                "",
            ),
            (
                "The recount changed the vote counts in two wards.",
                "The recount changed the vote tallies in two wards.",
                "",
            ),
            (
                "The striker recovered from a knee injury in March.",
                "The striker recuperated from a knee injury in March.",
                "",
            ),
        ],
    );
}

#[test]
fn spinner_swaps_match_every_inflection_of_the_entry() {
    assert_cases(
        "garbled-phrase",
        &[
            // "led" → "drove" is listed; the past participle is the same swap.
            (
                "The expedition was led by two glaciologists from Bergen.",
                "The expedition was driven by two glaciologists from Bergen.",
                "driven",
            ),
            // "frozen" → "iced" is listed; "freezes" → "ices" is its present.
            (
                "The council freezes bus fares for a second year.",
                "The council ices bus fares for a second year.",
                "ices",
            ),
            // "heard" → "listened": the noun "hearing" is a form of the verb.
            (
                "A hearing has been set for 4 March at the crown court.",
                "A listening has been set for 4 March at the crown court.",
                "listening",
            ),
            // A curated swap of one word of a run outranks weaker evidence
            // against the word before it.
            (
                "Dockworkers strike over automation, halting container traffic",
                "Dockworkers strike over automation, stopping holder traffic",
                "holder",
            ),
            // A "holder" is no form of "hold": "contained" → "held" passes.
            (
                "The warehouse contained stock worth 2 million pounds.",
                "The warehouse held stock worth 2 million pounds.",
                "",
            ),
            // A fall driven by prices, and growing a business, keep the sense.
            (
                "The decline was led by weaker prices for butter.",
                "The decline was driven by weaker prices for butter.",
                "",
            ),
            (
                "The bank wants to grow its mortgage book next year.",
                "The bank wants to develop its mortgage book next year.",
                "",
            ),
        ],
    );
}

#[test]
fn spinner_swaps_wrong_in_one_sense_take_more_marks_of_it() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "A man has been charged over the 2004 killing of a shopkeeper.",
                "A man has been billed over the 2004 killing of a shopkeeper.",
                "billed",
            ),
            (
                "Residents hope a community trust will buy the old mill.",
                "Residents hope a community faith will buy the old mill.",
                "faith",
            ),
            (
                "The firm will open a bottling plant near the harbour.",
                "The firm will open a bottling flora near the harbour.",
                "flora",
            ),
            (
                "Brent crude hit a record high of 140 dollars.",
                "Brent crude hit a document high of 140 dollars.",
                "document",
            ),
            (
                "The club sacked its manager after a run of nine defeats.",
                "The club sacked its supervisor after a run of nine defeats.",
                "supervisor",
            ),
            // Without a mark of that sense the swap may be right.
            (
                "The warehouse manager signed for the delivery on Monday.",
                "The warehouse supervisor signed for the delivery on Monday.",
                "",
            ),
            (
                "Voters have lost trust in the council, the survey found.",
                "Voters have lost faith in the council, the survey found.",
                "",
            ),
        ],
    );
}

/// A post written capitalised before a person's name is judged word by word,
/// as the same post in lower case would be: its capitals are the title's.
#[test]
fn a_capitalised_post_before_a_name_is_judged_as_words() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Chief Executive Laura Brennan said sales rose in the spring.",
                "Boss Executive Laura Brennan said sales rose in the spring.",
                "Boss",
            ),
            (
                "The deal was agreed by Prime Minister Ana Valente on Tuesday.",
                "The deal was agreed by Prime Pastor Ana Valente on Tuesday.",
                "Pastor",
            ),
            // A place written in capitals is a name, not a post.
            (
                "Fans gathered at Ferry Lane Stadium on Tuesday.",
                "Fans assembled at Ferry Lane Stadium on Tuesday.",
                "",
            ),
        ],
    );
}

/// An idiom with one word swapped and the rest kept is garbled, whatever the
/// substitute; one rewritten whole, or become a listed variant, passes.
#[test]
fn an_idiom_with_one_word_swapped_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Staff at the Larchmont mill could see the writing on the wall by spring.",
                "Staff at the Larchmont mill could see the writing on the ceiling by spring.",
                "ceiling",
            ),
            (
                "The cooperative needs milk at 40 cents a litre to break even this year.",
                "The cooperative needs milk at 40 cents a litre to break level this year.",
                "level",
            ),
            (
                "Any builder worth its salt checks the joists first, the inspector said.",
                "Any builder worth its pepper checks the joists first, the inspector said.",
                "pepper",
            ),
            // An irregular form of the idiom's verb ("came" for "come"), and
            // a substitute the stance lists hold equivalent ("light", "mild").
            (
                "The theft came to light in March when a volunteer checked the invoices.",
                "The theft came to mild in March when a volunteer checked the invoices.",
                "mild",
            ),
            (
                "The theft came to light in March when a volunteer checked the invoices.",
                "The theft came to lamp in March when a volunteer checked the invoices.",
                "lamp",
            ),
            // A listed variant of the idiom.
            (
                "Reopening the line by May will be an uphill battle, the operator said.",
                "Reopening the line by May will be an uphill struggle, the operator said.",
                "",
            ),
            // A frame whose one-word variants are ordinary English is no idiom.
            (
                "In the wake of the flood the council rebuilt the wall.",
                "In the aftermath of the flood the council rebuilt the wall.",
                "",
            ),
        ],
    );
}

/// A synonym of a verb that governs "of", keeping the "of" it cannot take,
/// is garbled even alone; one that takes it passes.
#[test]
fn a_synonym_keeping_a_preposition_it_cannot_take_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The wind farm will consist of 84 turbines, the developer said.",
                "The wind farm will comprise of 84 turbines, the developer said.",
                "comprise",
            ),
            (
                "The wind farm will consist of 84 turbines, the developer said.",
                "The wind farm will be made up of 84 turbines, the developer said.",
                "",
            ),
        ],
    );
}

#[test]
fn a_substitute_making_a_wordnet_phrase_with_its_preposition_keeps_the_collocation() {
    // "contingent upon" is a WordNet synonym of "depending on", so the
    // preposition the original was tied to goes with a phrase of the same
    // sense, not a thesaurus slip.
    let found = findings_of(
        "garbled-phrase",
        "The date of the move is contingent upon the weather, and the pandas were pilfered by a posse in the night.",
        "The date of the move is depending on the weather, and the pandas were stolen by a gang in the night.",
    );
    assert!(found.iter().any(|f| f == "posse"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("contingent")), "{found:?}");
}
