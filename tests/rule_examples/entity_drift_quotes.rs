//! entity-drift: quotations, claims and suggestions given to another speaker are flagged, with the
//! speaker found behind appositives, pronouns and continued quotations.

use super::*;

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
