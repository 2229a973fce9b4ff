//! A hedge the copy keeps word for word in a sentence beside the one aligned
//! ("…, and we are sorry," the chief executive said → "The chief executive
//! apologised. \"…, and we are sorry,\" he said").

use super::words::hedging;
use crate::align::units::Units;
use crate::align::{AlignedPair, Edit, EditKind};
use crate::text::Document;

/// Tokens either side of a hedge taken with it as the words the copy must
/// keep unchanged.
const CONTEXT: usize = 2;

/// Whether every hedge of the source edit `te` stands, with [`CONTEXT`]
/// tokens either side, word for word in `pair`'s suspect sentences or the
/// sentence just before or after them. A headline is read alone: the lead
/// beside it keeping the hedge does not keep it for the headline.
pub(super) fn kept_beside(doc: &Document, src: &Document, pair: &AlignedPair, te: &Units) -> bool {
    if pair.suspect.is_empty() || doc.is_headline(pair.suspect.start) {
        return false;
    }
    let phrases: Vec<&str> = (0..te.text.len())
        .filter(|&k| hedging(&te.text, k))
        .map(|k| {
            let t = te.token[k];
            src.span_text(t.saturating_sub(CONTEXT)..(t + CONTEXT + 1).min(src.tokens.len()))
        })
        .collect();
    if phrases.is_empty() {
        return false;
    }
    let last = (pair.suspect.end + 1).min(doc.sentences.len());
    let near = &doc.text
        [doc.sentences[pair.suspect.start.saturating_sub(1)].start..doc.sentences[last - 1].end];
    phrases.iter().all(|phrase| near.contains(phrase))
}

/// Whether `e` deletes source words that another pair, made from a source
/// sentence of `pair` split in two, keeps in part word for word ("will cost
/// an estimated £1.9 million, of which …" → "is expected to cost £1.9
/// million. Of that, …"): the other sentence tells them, and that pair
/// judges their hedge.
pub(super) fn told_apart(pair: &AlignedPair, pairs: &[AlignedPair], e: &Edit) -> bool {
    e.suspect.is_empty()
        && pairs.iter().any(|other| {
            !std::ptr::eq(other, pair)
                && other.source.start < pair.source.end
                && pair.source.start < other.source.end
                && other.edits.iter().any(|x| {
                    x.kind == EditKind::Equal
                        && x.source.start < e.source.end
                        && e.source.start < x.source.end
                })
        })
}
