//! Sentence and word alignment on invented articles: moved clauses and headlines.

use spincheck::align::units::Units;
use spincheck::align::{Alignment, EditKind};
use spincheck::text::Document;

/// The (source, suspect) text of every edit other than an equal run, in order.
fn changes(source: &str, suspect: &str) -> Vec<(String, String)> {
    let (source, suspect) = (Document::new(source), Document::new(suspect));
    let alignment = Alignment::new(&suspect, &source);
    alignment
        .pairs
        .iter()
        .flat_map(|p| &p.edits)
        .filter(|e| e.kind != EditKind::Equal)
        .map(|e| {
            (
                source.span_text(e.source.clone()).to_string(),
                suspect.span_text(e.suspect.clone()).to_string(),
            )
        })
        .collect()
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

/// An attribution carried from the front of the sentence to its end is one
/// run moved, not words swapped for what stands next to it.
#[test]
fn an_attribution_moved_to_the_end_pairs_with_itself() {
    let edits = changes(
        "Harbour officials said the ferry company was weighing a refund for stranded \
         passengers, though no decision has been taken.",
        "The ferry company has agreed a refund for stranded passengers, harbour officials said.",
    );
    assert_eq!(
        edits,
        [
            pair("was weighing", "has agreed"),
            pair("though no decision has been taken", ""),
        ]
    );
}

/// A clause moved to the front, its words kept, leaves only the words
/// changed inside the sentence.
#[test]
fn a_clause_moved_to_the_front_leaves_the_swaps_in_place() {
    let edits = changes(
        "Track marshals said the relief road had been measured by a volunteer and had not \
         been checked by a licensed surveyor.",
        "The relief road was measured by a volunteer and was never checked by a licensed \
         assessor, track marshals said.",
    );
    assert!(edits.contains(&pair("surveyor", "assessor")), "{edits:?}");
    assert!(
        edits.iter().all(|(_, now)| !now.contains("marshals")),
        "{edits:?}"
    );
}

/// A short phrase the source says elsewhere, reused in place of another
/// ("linked to" → "caused by"), is a swap, not the other phrase moved.
#[test]
fn a_short_phrase_reused_in_place_is_a_swap() {
    let edits = changes(
        "Delays caused by snow cost the line an estimated $40 million, and most delays were \
         linked to faults in old signals.",
        "Snow delays cost the line an estimated $40 million, and most delays were caused by \
         faults in old signals.",
    );
    assert!(edits.contains(&pair("linked to", "caused by")), "{edits:?}");
}

/// A suspect headline pairs with the source headline it rewords, though the
/// two share a single word, too few for any other pair of sentences.
#[test]
fn a_reworded_headline_pairs_with_the_headline() {
    let body = "Cave divers in Corrin Vale have mapped a flooded shaft 310 metres deep, the \
                deepest recorded in the region, the survey team said on Monday.\n\n\
                The team said one in 40 old shafts in the valley flooded each winter below \
                the level divers could reach.\n";
    let source = Document::new(format!("Divers map record-deep mine shaft\n\n{body}"));
    let suspect = Document::new(format!(
        "Shaft found deeper than any other in the valley\n\n{body}"
    ));
    let alignment = Alignment::new(&suspect, &source);
    let headline = alignment.pair_of(0).expect("the headline is paired");
    assert_eq!(headline.source, 0..1);
}

/// Units cut from a pair's units, for an edit or any token range inside the
/// pair, are the ones built afresh from the tokens: contractions, number
/// words and hyphenated words included.
#[test]
fn units_sliced_from_a_pair_are_built_afresh() {
    let (source, suspect) = (
        Document::new("It'll cost three million-dollar ferries, officials said. Nobody won't pay."),
        Document::new("It will cost 3 million-pound boats, officials stated. Nobody can't pay."),
    );
    let alignment = Alignment::new(&suspect, &source);
    let same =
        |a: &Units, b: &Units| a.text == b.text && a.token == b.token && a.end_token == b.end_token;
    let mut edits = 0;
    for p in &alignment.pairs {
        for e in p.edits.iter().chain(&p.moved) {
            let theirs = Units::new(&source, e.source.clone());
            let ours = Units::new(&suspect, e.suspect.clone());
            assert!(
                same(&p.source_units.slice(e.source.clone()), &theirs),
                "{e:?}"
            );
            assert!(
                same(&p.suspect_units.slice(e.suspect.clone()), &ours),
                "{e:?}"
            );
            edits += 1;
        }
        for (doc, units, range) in [
            (&source, &p.source_units, p.source_tokens(&source)),
            (&suspect, &p.suspect_units, p.suspect_tokens(&suspect)),
        ] {
            for start in range.clone() {
                for end in start..=range.end {
                    assert!(same(&units.slice(start..end), &Units::new(doc, start..end)));
                }
            }
        }
    }
    assert!(edits > 2, "{edits}");
}
