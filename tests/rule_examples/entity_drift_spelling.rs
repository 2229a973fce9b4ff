//! entity-drift: names respelt, reordered, translated or with a word swapped are flagged; a name
//! written as the source writes it is kept.

use super::*;

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
