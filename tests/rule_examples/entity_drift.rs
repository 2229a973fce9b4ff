//! entity-drift examples: each test is a table of source/suspect cases and what the rule must flag or pass.

use super::*;

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

#[test]
fn title_case_headlines_swap_words_not_names() {
    let source = "Fairmont Grocers Profit Rises 6.2% as Shoppers Trade Down\n\nFairmont Grocers said on Tuesday that profit rose 6.2% in the year.";
    let suspect = "Fairmont Grocers Benefit Rises 6.2% as Customers Trade Down\n\nFairmont Grocers said on Tuesday that profit rose 6.2% in the year.";
    assert!(findings_of("entity-drift", suspect, source).is_empty());
    assert_eq!(findings_of("garbled-phrase", suspect, source), ["Benefit"]);
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
            // The officer a "Chief Executive" leaves unsaid.
            (
                "\"We will recover,\" Chief Executive Ines Marlowe told analysts.",
                "\"We will recover,\" CEO Ines Marlowe told analysts.",
            ),
        ],
    );
    assert_cases(
        "entity-drift",
        &[
            (
                "Chief Financial Officer Tomasz Brecht said margins would recover.",
                "CEO Tomasz Brecht said margins would recover.",
                "CEO",
            ),
            (
                "Chief Executive Ines Marlowe said margins would recover.",
                "CFO Ines Marlowe said margins would recover.",
                "CFO",
            ),
        ],
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
fn a_respelt_name_before_a_comma_is_quoted_without_it() {
    let found: Vec<_> = findings(
        "\"The road will stay shut until spring,\" said Petra Lindqvist, engineer for the council.",
        "\"The road will stay shut until spring,\" said Petra Lindquist, the council's engineer.",
    )
    .into_iter()
    .filter(|f| f.rule == "entity-drift")
    .map(|f| (f.text, f.message, f.suggestion))
    .collect();
    assert_eq!(
        found,
        [(
            "Lindqvist".to_string(),
            "\"Lindquist\" became \"Lindqvist\"".to_string(),
            Some("Lindquist".to_string())
        )]
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
            // A post before a kept name reworded in common words: wording.
            (
                "Chief Financial Officer Victor Amsel said costs rose.",
                "Boss Monetary Officer Victor Amsel said costs rose.",
            ),
            (
                "Executive Director Philip Crane said the deal was fair.",
                "Official Chief Philip Crane said the deal was fair.",
            ),
            (
                "The measure, approved at a cabinet meeting chaired by Prime Minister Ana Valente, also freezes new licences.",
                "The measure, approved at a bureau meeting led by Prime Pastor Ana Valente, also solidifies new licences.",
            ),
            // A dateline's state abbreviation before a credit does not end the
            // sentence, so the word after the dash opens it.
            (
                "SALEM, Ore. (AP) \u{2014} Musicians of the Salem Symphony voted Friday.",
                "SALEM, Ore. (AP) \u{2014} Performers of the Salem Symphony voted Friday.",
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
            // A country's initials with dots, a party's nickname.
            (
                "Measles was declared eliminated from the United States in 2000.",
                "Measles was declared eliminated in the U.S. in 2000.",
            ),
            (
                "The win ends 20 years of Conservative control of the ward.",
                "The win ends 20 years of Tory control of the ward.",
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
fn a_short_acronym_in_title_case_is_entity_drift() {
    let source = "The Pilots' Guild of Orwen (PGO) said its members had voted to strike.";
    let suspect = "The Pilots' Guild of Orwen (Pgo) said its members had voted to strike.";
    assert_eq!(findings_of("entity-drift", suspect, source), ["Pgo"]);
}

#[test]
fn a_name_lower_cased_in_the_headline_is_entity_drift() {
    let source = "Storm floods Kessling Valley\n\nHeavy rain flooded Kessling Valley on Sunday, officials said.\n";
    let suspect = "kessling Valley flooded by storm\n\nHeavy rain flooded Kessling Valley on Sunday, officials said.\n";
    assert_eq!(findings_of("entity-drift", suspect, source), ["kessling"]);
    // Sentence case leaves the name capitalised.
    let suspect = "Kessling Valley flooded by storm\n\nHeavy rain flooded Kessling Valley on Sunday, officials said.\n";
    assert!(findings_of("entity-drift", suspect, source).is_empty());
}

#[test]
fn a_name_written_as_the_source_also_writes_it_is_kept() {
    let story = |later: &str| {
        format!(
            "Council news\n\nThe Calloway Nurses' Union said most members backed a strike.\n\nThe last strike by {later}, in 2016, lasted four days.\n"
        )
    };
    let source = story("Calloway nurses");
    assert_cases(
        "entity-drift",
        &[
            (&source, &story("Calloway nurses"), ""),
            (&source, &story("calloway nurses"), "calloway nurses"),
        ],
    );
}

#[test]
fn a_claim_the_source_gives_by_pronoun_is_given_to_whom_it_stands_for() {
    let story = |speaker: &str, verb: &str| {
        format!(
            "Council news\n\nCouncil leader Priya Mahal said the rise was needed to protect services.\n\n\
Finance director Alan Greer said reserves had fallen to £13 million. {speaker} {verb} the council \
was not at risk of bankruptcy.\n"
        )
    };
    let source = story("He", "said");
    assert_cases(
        "entity-drift",
        &[
            (&source, &story("Greer", "insisted"), ""),
            (&source, &story("Mahal", "insisted"), "Mahal"),
        ],
    );
}

#[test]
fn a_quotation_opening_a_paragraph_on_a_pronoun_is_the_previous_paragraphs_speaker() {
    let story = |speaker: &str| {
        format!(
            "Council news\n\nDefence counsel Simon Achterberg said his client had always meant to finish the project.\n\n\
Outside court, investor Leila Osterhaus said the sentence offered some relief.\n\n\
\"We were told our money was safe in a client account,\" {speaker} said.\n"
        )
    };
    let source = story("she");
    assert_cases(
        "entity-drift",
        &[
            (&source, &story("Osterhaus"), ""),
            (&source, &story("Achterberg"), "Achterberg"),
        ],
    );
}

#[test]
fn a_suggestion_given_to_another_person_is_flagged() {
    let story = |who: &str| {
        format!(
            "Council news\n\nChief executive Mirela Havlin said the airline would add two routes.\n\n\
{who} suggested that fares could rise slightly in the autumn.\n"
        )
    };
    assert_cases(
        "entity-drift",
        &[(
            &story("Chief financial officer Tomas Reidar"),
            &story("Havlin also"),
            "Havlin",
        )],
    );
}

#[test]
fn a_converse_or_a_passive_keeps_the_roles_a_swap_does_not() {
    assert_clean(
        "entity-drift",
        &[
            (
                "Norwick Estates leased the warehouse to Pellam Logistics last spring.",
                "Pellam Logistics leased the warehouse from Norwick Estates last spring.",
            ),
            (
                "The Falcons defeated the Rovers 2-0 at home on Sunday.",
                "The Rovers were defeated by the Falcons 2-0 at home on Sunday.",
            ),
        ],
    );
    assert_flagged(
        "entity-drift",
        &[
            (
                "Norwick Estates leased the warehouse to Pellam Logistics last spring.",
                "Pellam Logistics leased the warehouse to Norwick Estates last spring.",
            ),
            (
                "The Falcons defeated the Rovers 2-0 at home on Sunday.",
                "The Rovers defeated the Falcons 2-0 at home on Sunday.",
            ),
            (
                "The Rovers were defeated by the Falcons 2-0 at home on Sunday.",
                "The Falcons were defeated by the Rovers 2-0 at home on Sunday.",
            ),
        ],
    );
}

#[test]
fn entity_a_first_name_left_out_after_a_title_passes() {
    assert_sentences(
        "entity-drift",
        &[(
            "Judge Philippa Ashcombe told the court that Leeson had abused a position of trust.",
            "Leeson had abused a position of trust, Judge Ashcombe told the court.",
        )],
        &[(
            "The union said it would appeal to the Federal Labour Court within a month.",
            "Within a month, the union said, it would appeal to the Federal Court.",
        )],
    );
}

#[test]
fn entity_doctor_written_out_passes() {
    let source =
        "Its chief inspector, Dr Hannah Rourke, said the findings were due within six months.";
    assert_sentences(
        "entity-drift",
        &[(
            source,
            "Chief inspector Doctor Hannah Rourke said its findings were due within half a year.",
        )],
        &[(
            source,
            "Chief inspector Director Hannah Rourke said its findings were due within half a year.",
        )],
    );
}

#[test]
fn entity_names_traded_round_a_turned_relation_pass() {
    assert_sentences(
        "entity-drift",
        &[
            (
                "Dunmore Foods bought the Ashby dairy from Pellow Farms for 9 million pounds.",
                "Pellow Farms sold the Ashby dairy to Dunmore Foods for 9 million pounds.",
            ),
            (
                "Harlow Bank lent 4 million pounds to Dunmore to fund the purchase.",
                "Dunmore borrowed 4 million pounds from Harlow Bank to fund the purchase.",
            ),
            (
                "Fares in Kelby were higher than in Ormsley last winter, the council said.",
                "Fares in Ormsley were lower than in Kelby last winter, the council said.",
            ),
        ],
        &[
            (
                "Dunmore Foods bought the Ashby dairy from Pellow Farms for 9 million pounds.",
                "Pellow Farms bought the Ashby dairy from Dunmore Foods for 9 million pounds.",
            ),
            (
                "Fares in Kelby were higher than in Ormsley last winter, the council said.",
                "Fares in Ormsley were higher than in Kelby last winter, the council said.",
            ),
        ],
    );
}

#[test]
fn entity_a_common_word_opening_the_sentence_before_a_name_is_wording() {
    assert_sentences(
        "entity-drift",
        &[(
            "Several Alpine villages have also faced rockfalls as thawing permafrost loosens slopes.",
            "Numerous Alpine villages have additionally faced rockfalls as thawing permafrost loosens slopes.",
        )],
        &[(
            "Fiona Dunbar, the minister, said the road would reopen in May.",
            "The road would reopen in May, according to Fiona Dunlop, the minister.",
        )],
    );
}

/// A headline word swapped inside a name the source body also capitalises is
/// a changed name, not a title-case headline's wording.
#[test]
fn a_name_word_swapped_in_a_headline_is_entity_drift() {
    let source = "Harland Gallery raises funds to keep a portrait at home\n\nLONDON (Wire) - The Harland Gallery has raised the money to buy the portrait, it said.\n";
    let suspect = "Public Gallery raises funds to keep a portrait at home\n\nLONDON (Wire) - The Harland Gallery has raised the money to buy the portrait, it said.\n";
    assert_eq!(findings_of("entity-drift", suspect, source), ["Public"]);
    let source = source.replace("Harland", "National");
    let suspect = suspect.replace("Harland", "National");
    assert_eq!(findings_of("entity-drift", &suspect, &source), ["Public"]);
    // A title-case headline's word that the body capitalises in another name.
    let source = "Early Frost Ruins Much of Valley's Pear Crop, Growers Say\n\nThe Orvale Fruit Growers' Union said on Monday that the frost had ruined the crop.\n";
    let suspect = "Early Frost Ruins Much of Valley's Pear Yield, Farmers Say\n\nThe Orvale Fruit Growers' Union said on Monday that the frost had ruined the crop.\n";
    assert!(findings_of("entity-drift", suspect, source).is_empty());
}

/// One side of a contest told by the other with a converse verb keeps the
/// facts; the same verb with the other side's name does not.
#[test]
fn the_other_side_told_with_a_converse_verb_is_the_same_fact() {
    let source =
        "Fenmoor Town beat Dalby Athletic 2-1 on Saturday. Dalby trailed from the 20th minute.";
    assert_sentences(
        "entity-drift",
        &[(
            source,
            "Fenmoor Town beat Dalby Athletic 2-1 on Saturday. Fenmoor led from the 20th minute.",
        )],
        &[(
            source,
            "Fenmoor Town beat Dalby Athletic 2-1 on Saturday. Fenmoor trailed from the 20th minute.",
        )],
    );
}

#[test]
fn a_relative_put_for_another_is_entity_drift() {
    assert_cases(
        "entity-drift",
        &[
            (
                "Farmer Ewan Tolley, who runs the herd with his son, said prices were ruinous.",
                "Farmer Ewan Tolley, who runs the herd with his brother, said prices were ruinous.",
                "brother",
            ),
            (
                "Police said the woman's daughter raised the alarm at 6am.",
                "Police said the woman's son raised the alarm at 6am.",
                "son",
            ),
            // The same relative in other words.
            (
                "Farmer Ewan Tolley, who runs the herd with his wife, said prices were ruinous.",
                "Farmer Ewan Tolley, who runs the herd with his spouse, said prices were ruinous.",
                "",
            ),
            (
                "Police said the woman's daughter raised the alarm at 6am.",
                "Police said the woman's child raised the alarm at 6am.",
                "",
            ),
        ],
    );
}

#[test]
fn a_misspelt_weekday_is_left_to_spelling() {
    assert_cases(
        "entity-drift",
        &[
            (
                "Parking will be free on Saturdays for the first six months, the council said.",
                "Parking will be free on Saterdays for the first six months, the council said.",
                "",
            ),
            (
                "The market opens on Wednesday, the council said.",
                "The market opens on Wensday, the council said.",
                "",
            ),
        ],
    );
    assert_cases(
        "spelling",
        &[(
            "Parking will be free on Saturdays for the first six months, the council said.",
            "Parking will be free on Saterdays for the first six months, the council said.",
            "Saterdays",
        )],
    );
}

#[test]
fn a_name_the_source_never_gives_put_for_the_sentence_s_name_or_body_is_flagged() {
    assert_cases(
        "entity-drift",
        &[
            (
                "Beds were set up at Elm Street Primary School, where the Lifeboat Guild said 120 people slept on Friday.",
                "The Mountain Rescue Service said 120 people slept on Friday at beds set up at Elm Street Primary School.",
                "Mountain Rescue Service",
            ),
            (
                "Nationally, claims rose by 4% this year, according to figures published in May by the consumer watchdog.",
                "Nationally, claims rose by 4% this year, according to Office for Fair Trading figures published in May.",
                "Office for Fair Trading",
            ),
        ],
    );
    assert_clean(
        "entity-drift",
        &[
            (
                "The Red Cross said 300 people had left their homes by Sunday.",
                "By Sunday 300 people, among them Golden Valley farmers, had left their homes, the Red Cross said.",
            ),
            (
                "Ruto finished second, ahead of the Lifeboat Guild team.",
                "Wilson Ruto finished second, in front of the team from the Lifeboat Guild.",
            ),
        ],
    );
}
