//! Opposites the word diff puts each in place of another word ("bids were
//! rejected have asked for" → "bids were turned down have called for":
//! "turned down" replaced "rejected", "called" replaced "asked"): each
//! restates its own counterpart, and the two were never swapped.

use crate::align::{AlignedPair, Edit, EditKind};
use crate::text::Document;
use std::ops::Range;

/// Longest replaced run (in tokens, either side) taken as an in-place swap.
const MAX_IN_PLACE: usize = 4;

/// Whether source tokens `was` and suspect tokens `now`, paired as
/// opposites, each open a short run the diff replaced with other words: the
/// suspect's in place of source words outside `was`, the source's by
/// suspect words outside `now`.
pub(super) fn replaced_apart(pair: &AlignedPair, was: Range<usize>, now: Range<usize>) -> bool {
    let short = |e: &&Edit| {
        e.kind == EditKind::Replace && e.source.len().max(e.suspect.len()) <= MAX_IN_PLACE
    };
    let apart = |a: &Range<usize>, b: &Range<usize>| a.end <= b.start || b.end <= a.start;
    let ours = pair
        .edits
        .iter()
        .filter(short)
        .find(|e| e.suspect.contains(&now.start));
    let theirs = pair
        .edits
        .iter()
        .filter(short)
        .find(|e| e.source.contains(&was.start));
    match (ours, theirs) {
        (Some(o), Some(t)) => apart(&o.source, &was) && apart(&t.suspect, &now),
        _ => false,
    }
}

/// The runs of a replaced edit searched for a swap: the edit whole, or,
/// where both sides hold a comma, the stretches before and after the first
/// one, each its own run ("would be considered, but" → "had been rejected,
/// adding": a verb swapped, then a joining word).
pub(super) fn comma_runs(
    src: &Document,
    doc: &Document,
    e: &Edit,
) -> Vec<(Range<usize>, Range<usize>)> {
    let comma = |d: &Document, r: &Range<usize>| r.clone().find(|&t| d.tokens[t].norm == ",");
    match (comma(src, &e.source), comma(doc, &e.suspect)) {
        (Some(a), Some(b)) => vec![
            (e.source.start..a, e.suspect.start..b),
            (a + 1..e.source.end, b + 1..e.suspect.end),
        ],
        _ => vec![(e.source.clone(), e.suspect.clone())],
    }
}
