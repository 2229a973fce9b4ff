//! A rhetorical question restated as a denial: "so I thought, why wait?" →
//! "saw no reason to wait".

use super::negators::same_root;
use crate::align::AlignedPair;
use crate::text::Document;

/// Sentences either side of the source's searched for the question ("why
/// wait?" Veltkamp said.": the question and its attribution split apart).
const SENTENCE_REACH: usize = 2;

/// Words after "why" within which the verb it questions is looked for.
const WHY_REACH: usize = 3;

/// Whether every negator added in `doc` opens "no reason to V" and the
/// source's sentence, or one near it, asks "why V?" (the verb right
/// before the question mark).
pub(super) fn why_restated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    added: &[usize],
) -> bool {
    let (first, last) = (
        pair.source.start.saturating_sub(SENTENCE_REACH),
        (pair.source.end + SENTENCE_REACH).min(src.sentences.len()),
    );
    if added.is_empty() || first >= last {
        return false;
    }
    let range = src.sentences[first].tokens.start..src.sentences[last - 1].tokens.end;
    let asked = |verb: &str| {
        src.words(range.clone()).any(|(k, t)| {
            t.norm == "why"
                && src.words(k + 1..range.end).take(WHY_REACH).any(|(v, w)| {
                    same_root(&w.norm, verb) && src.tokens.get(v + 1).is_some_and(|q| q.norm == "?")
                })
        })
    };
    added.iter().all(|&t| {
        let next: Vec<&str> = doc
            .words(t + 1..doc.tokens.len())
            .take(3)
            .map(|(_, w)| w.norm.as_str())
            .collect();
        doc.tokens[t].norm == "no" && matches!(next[..], ["reason", "to", verb] if asked(verb))
    })
}
