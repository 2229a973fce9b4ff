//! Opposites the word diff puts each in place of another word ("bids were
//! rejected have asked for" → "bids were turned down have called for":
//! "turned down" replaced "rejected", "called" replaced "asked"): each
//! restates its own counterpart, and the two were never swapped.

use crate::align::{AlignedPair, Edit, EditKind};
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
