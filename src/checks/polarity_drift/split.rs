//! Negations the rewrite split off: a source clause with its denial made a
//! sentence of its own ("…, to bill the city for work that was never done,
//! and approved …" → "… To bill the city for work that was never done. He
//! also approved …"), aligned with the same source sentence or with none.

use super::negators::{DENIED_REACH, content_after, negator_tokens};
use crate::align::units::Units;
use crate::align::{AlignedPair, Alignment, Edit};
use crate::lexicon::negation::implicit_negatives;
use crate::text::Document;
use crate::text::words::stem;

/// Whether the negation edit `e` removed stands, with the word it denies, in
/// a suspect sentence right before or after the pair that tells the same
/// source sentence or none.
pub(super) fn split_off(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    alignment: &Alignment,
    e: &Edit,
    negators: &[usize],
) -> bool {
    let Some(&n) = negators.iter().find(|t| e.source.contains(t)) else {
        return false;
    };
    let end = pair.source_tokens(src).end;
    let Some(root) = content_after(src, n + 1..end, DENIED_REACH).map(stem) else {
        return false;
    };
    let neighbours = [pair.suspect.start.checked_sub(1), Some(pair.suspect.end)];
    neighbours
        .into_iter()
        .flatten()
        .filter(|i| same_source(alignment, pair, *i))
        .any(|i| {
            let tokens = doc.sentences[i].tokens.clone();
            let units = Units::new(doc, tokens.clone());
            let denies = !negator_tokens(doc, &units).is_empty()
                || !implicit_negatives(&units.words()).is_empty();
            denies && doc.words(tokens).any(|(_, t)| stem(&t.norm) == root)
        })
}

/// Whether suspect sentence `i` is aligned with none of the source, or with a
/// source sentence of `pair`.
fn same_source(alignment: &Alignment, pair: &AlignedPair, i: usize) -> bool {
    alignment.unsupported.contains(&i)
        || alignment.pairs.iter().any(|p| {
            p.suspect.contains(&i)
                && p.source.start < pair.source.end
                && pair.source.start < p.source.end
        })
}
