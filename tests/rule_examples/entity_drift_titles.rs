//! entity-drift: titles, first names, initials and countries: a name restyled or retitled for the
//! same holder passes, and a name the source never gives is flagged.

use super::*;

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
