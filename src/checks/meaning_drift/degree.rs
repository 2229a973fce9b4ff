//! Degree overstated: a small move told as a steep one.

use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::stance::stances;
use crate::text::Document;

/// Verbs of a steep move: they state a degree of their own.
const STEEP_MOVES: &[&str] = &[
    "slumped", "slumps", "slump", "plunged", "plunges", "plunge", "plummeted", "plummets",
    "collapsed", "collapses", "collapse", "crashed", "crashes", "tumbled", "tumbles", "soared",
    "soars", "surged", "surges", "rocketed", "rockets", "skyrocketed", "skyrockets", "tanked",
];

/// Whether a word tones a move down ("slightly", "modestly"; an adverb: "a
/// small town" says nothing of the move).
fn is_downtoner(word: &str) -> bool {
    (word.ends_with("ly") || word == "somewhat")
        && stances(word)
        .iter()
        .any(|s| s.class == "degree" && s.group == "low")
}

/// A move the source tones down ("fell slightly") told by a verb of a steep
/// move ("slumped") with no word toning it down.
pub fn steep_move(doc: &Document, src: &Document, pair: &AlignedPair, out: &mut Vec<Diagnostic>) {
    let (tw, ow) = (pair.source_units.words(), pair.suspect_units.words());
    if !tw.iter().any(|w| is_downtoner(w)) || ow.iter().any(|w| is_downtoner(w)) {
        return;
    }
    let Some(k) = ow
        .iter()
        .position(|w| STEEP_MOVES.contains(w) && !tw.contains(w))
    else {
        return;
    };
    let (start, end) = doc.token_span(pair.suspect_units.tokens(k..k + 1));
    out.push(
        Diagnostic::new(
            start,
            end,
            format!(
                "\"{}\" overstates the source's move: the source tones it down",
                &doc.text[start..end]
            ),
        )
        .evidence(src.span_text(pair.source_tokens(src))),
    );
}
