//! A figure moved onto another movement of the same sentence while each
//! verb of movement kept its place ("income rose by 4%, while spending fell
//! slightly, to £3.2m" → "income rose to £3.2m, while spending fell by
//! 4%"): the figure was reassigned (number-drift's), no direction flipped.

use crate::align::{AlignedPair, EditKind};
use crate::lexicon::wordnet;

/// Whether the suspect's verb of movement at unit `k`, going `up` or down,
/// stands where the source has a word of the same direction: the same word
/// kept in place, or a run rewritten whose source words move only that way
/// ("rose slightly" → "edged up").
pub(super) fn direction_held(pair: &AlignedPair, k: usize, up: bool) -> bool {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let Some(&t) = ours.token.get(k) else {
        return false;
    };
    let Some(e) = pair.edits.iter().find(|e| e.suspect.contains(&t)) else {
        return false;
    };
    match e.kind {
        EditKind::Equal => true,
        EditKind::Replace => {
            let mut ways = theirs
                .token
                .iter()
                .zip(&theirs.text)
                .filter(|(s, _)| e.source.contains(s))
                .filter_map(|(_, w)| wordnet::direction(w));
            let first = ways.next();
            first == Some(up) && ways.all(|w| w == up)
        }
        _ => false,
    }
}
