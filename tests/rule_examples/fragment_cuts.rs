//! fragment: pieces cut off or split from a source sentence (attributions, subordinate and relative
//! clauses, verbless phrases, stranded prepositions) are fragments.

use super::*;

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
fn fragment_participial_clause_split_off() {
    // The source hangs the participle on its sentence after a comma; the
    // rewrite makes it a sentence with no main verb of its own.
    let source = "Mill closes\n\nThe river rose overnight, cutting off three villages near the dam. Crews were sent in on Tuesday.\n";
    assert_flagged(
        "fragment",
        &[(
            source,
            "Mill closes\n\nThe river rose overnight. Cutting off some three villages near the dam. Crews were sent in on Tuesday.\n",
        )],
    );
    // A gerund that is the subject of its own verb is a sentence.
    assert_clean(
        "fragment",
        &[(
            source,
            "Mill closes\n\nThe river rose overnight. Cutting off the villages took less than an hour. Crews were sent in on Tuesday.\n",
        )],
    );
}

#[test]
fn fragment_prepositional_phrase_with_no_verb() {
    let source =
        "Line opens\n\nThe new line opened on Monday. It runs from the port to the airport.\n";
    assert_flagged(
        "fragment",
        &[(
            source,
            "Line opens\n\nThe new line opened on Monday. With buses every 10 minutes at busy times.\n",
        )],
    );
    assert_clean(
        "fragment",
        &[(
            source,
            "Line opens\n\nThe new line opened on Monday. With buses every 10 minutes, it runs from the port to the airport.\n",
        )],
    );
}

#[test]
fn fragment_coordinated_phrase_cut_from_its_sentence() {
    let source = "Bridge late\n\nThe council blamed the delay on flooding near the quay and on rising timber costs. Work resumes in May.\n";
    assert_flagged(
        "fragment",
        &[(
            source,
            "Bridge late\n\nThe council blamed the delay on flooding near the quay. And on rising timber costs. Work resumes in May.\n",
        )],
    );
}

#[test]
fn fragment_noun_phrase_cut_before_its_verb() {
    // A plural after a preposition ("of paintings") and a participle after a
    // comma and before "by" are no main verbs.
    let source = "Gallery reopens\n\nThe gallery reopened on Friday. The first room, a show of paintings of the harbour in the 1950s, opens in June. The new wing, built by the firm Hale & Kerr, cost £4 million.\n";
    assert_flagged(
        "fragment",
        &[
            (
                source,
                "Gallery reopens\n\nThe gallery reopened on Friday. The first room, a show of paintings of the harbour in the 1950s. The new wing, built by the firm Hale & Kerr, cost £4 million.\n",
            ),
            (
                source,
                "Gallery reopens\n\nThe gallery reopened on Friday. The first room, a show of paintings of the harbour in the 1950s, opens in June. The new wing, built by the firm Hale & Kerr.\n",
            ),
        ],
    );
}

#[test]
fn fragment_whether_clause_cut_before_its_verb() {
    let source = "Study ends\n\nThe team will widen the study and test whether wider hedgerows keep deer off the road. Results are due in May.\n";
    assert_flagged(
        "fragment",
        &[(
            source,
            "Study ends\n\nThe team will widen the study and test whether wider hedgerows. Results are due in May.\n",
        )],
    );
}

#[test]
fn fragment_piece_with_names_and_attributive_participles_has_no_verb() {
    // "Falls" in a name and "planned" between a figure and its noun are no
    // verbs: the sentence lost its own ("were cancelled").
    let source = "Snow shuts roads\n\nAt Dunmore Falls Station, 40 of 52 planned trains were cancelled. Roads reopened on Friday.\n";
    assert_flagged(
        "fragment",
        &[(
            source,
            "Snow shuts roads\n\nAt Dunmore Falls Station, 40 of 52 planned trains. Roads reopened on Friday.\n",
        )],
    );
}

/// A sentence ending on "in" or "on" right after a plural only a noun can
/// be has lost the phrase's object; after a verb it is a particle.
#[test]
fn a_preposition_after_a_plural_noun_is_cut() {
    let suspect = "The vet arrived at noon. Speaking to reporters on.";
    assert_eq!(
        findings_of("fragment", suspect, ""),
        ["Speaking to reporters on."]
    );
    let suspect = "The vet arrived at noon. The owners fear the case drags on.";
    assert!(findings_of("fragment", suspect, "").is_empty());
}
