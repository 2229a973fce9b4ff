//! omitted-content examples: each test is a table of source/suspect cases and what the rule must flag or pass.

use super::*;

#[test]
fn a_sentence_merged_with_restyled_figures_is_not_omitted() {
    // "runs for 12 years" merged as "a 12-year …".
    let source = "Council signs bus deal\n\nThe council signed a contract with Lanner Buses on Tuesday. The contract runs for 12 years. Services start in May.";
    let merged = "Council signs bus deal\n\nThe council signed a 12-year contract with Lanner Buses on Tuesday. Services start in May.";
    let dropped = "Council signs bus deal\n\nThe council signed a contract with Lanner Buses on Tuesday. Services start in May.";
    assert!(findings_of("omitted-content", merged, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
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
fn a_sentence_merged_in_synonyms_is_not_omitted() {
    let source = "Harbour board approves new ferry terminal\n\nThe harbour board approved a new ferry terminal on Monday. Construction will begin quickly. The chairman said the project was overdue.";
    let merged = "Harbour board approves new ferry terminal\n\nThe harbour board approved a new ferry terminal on Monday, and work will start rapidly. The chairman said the project was overdue.";
    let dropped = "Harbour board approves new ferry terminal\n\nThe harbour board approved a new ferry terminal on Monday. The chairman said the project was overdue.";
    assert!(findings_of("omitted-content", merged, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
}

#[test]
fn a_sentence_merged_with_its_figure_changed_is_not_omitted() {
    // The changed toll is number-drift's to report; the sentence is there.
    let source = "Coach overturns on moor road\n\nFour passengers were taken to hospital with minor injuries, the ambulance service said. Another 12 were treated at the scene. The road reopened at 6pm.";
    let merged = "Coach overturns on moor road\n\nFour passengers were taken to hospital with minor injuries and 19 more were treated at the scene, the ambulance service said. The road reopened at 6pm.";
    let dropped = "Coach overturns on moor road\n\nFour passengers were taken to hospital with minor injuries, the ambulance service said. The road reopened at 6pm.";
    assert!(findings_of("omitted-content", merged, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
}

#[test]
fn two_omissions_either_side_of_a_repeated_paragraph_are_both_reported() {
    let source = "Library wins award\n\nThe Fenwick library won the regional design award on Friday. \"We built it for readers, not for prizes,\" said architect Nadia Obi. The previous winner was a swimming pool in Carrow, finished in 2019. The judges praised its daylight. Librarian Tom Reyes said visits had doubled since it opened.\n";
    let quote = "\"We built it for readers, not for prizes,\" said architect Nadia Obi.";
    let suspect = format!(
        "Library wins award\n\nThe Fenwick library won the regional design award on Friday. {quote}\n\nThe judges praised its daylight.\n\n{quote}\n"
    );
    let omitted: Vec<String> = findings(&suspect, source)
        .into_iter()
        .filter(|f| f.rule == "omitted-content")
        .filter_map(|f| f.source_text)
        .collect();
    assert_eq!(
        omitted,
        [
            "The previous winner was a swimming pool in Carrow, finished in 2019.",
            "Librarian Tom Reyes said visits had doubled since it opened."
        ]
    );
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
fn a_sentence_with_a_telling_figure_moved_into_a_distant_one_is_not_omitted() {
    let source = "Ferry traffic\n\nThe Kestrel ferry carried 212,000 passengers last year. Freight volumes are projected to remain largely flat at 64,000 lorries. The operator is recruiting twelve deckhands. Fares will rise in April. The company also plans a new café on board.";
    let moved = "Ferry traffic\n\nThe Kestrel ferry carried 212,000 passengers last year. The operator is recruiting twelve deckhands. Fares will rise in April. The company also plans a new café on board, and expects freight volumes of 64,000 lorries again.";
    let dropped = "Ferry traffic\n\nThe Kestrel ferry carried 212,000 passengers last year. The operator is recruiting twelve deckhands. Fares will rise in April. The company also plans a new café on board.";
    assert!(findings_of("omitted-content", moved, source).is_empty());
    assert_eq!(findings_of("omitted-content", dropped, source).len(), 1);
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
    let label =
        |rule: &str, text: &str, hay: &str| Label::at(rule, text, 1, hay, 1).expect("label text");
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

/// A sentence beside the one a rewrite renders, sharing only a word or two
/// with it, is omitted, not merged into it.
#[test]
fn a_neighbour_sharing_only_a_few_words_is_omitted() {
    let source = "Storm cuts power in Marrow Creek\n\nOperators at the Marrow Creek plant restored power to 4,000 homes on Friday. \
Crews worked through the night to clear fallen lines. \
Keswin has not said whether it received a compensation claim. \
Ottaway declined to answer when asked whether the utility would pay.";
    let suspect = "Storm cuts power in Marrow Creek\n\nOperators at the Marrow Creek plant restored power to 4,000 homes on Friday. \
Crews worked through the night to clear fallen lines. \
Ottaway said the utility would not pay compensation.";
    let found = findings_of("omitted-content", suspect, source);
    assert_eq!(found.len(), 1, "{found:?}");
}
