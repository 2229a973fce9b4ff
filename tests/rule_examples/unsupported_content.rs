//! unsupported-content examples: each test is a table of source/suspect cases and what the rule must flag or pass.

use super::*;

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
fn advertisement_slot_line_is_unsupported() {
    let source = "Kiln fire closes pottery museum\n\nA fire in the old kiln room closed the Brindle pottery museum on Sunday. Staff moved the collection to a store nearby.";
    let suspect = "Kiln fire closes pottery museum\n\nA fire in the old kiln room closed the Brindle pottery museum on Sunday.\n\nADVERTISEMENT\n\nStaff moved the collection to a store nearby.";
    assert_eq!(
        findings_of("unsupported-content", suspect, source),
        ["ADVERTISEMENT"]
    );
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
