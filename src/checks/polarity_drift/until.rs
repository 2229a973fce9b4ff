//! Opposites either side of a "not … until": "did not reopen until Friday"
//! → "stayed shut until Friday" says when the state ended, the same way.

use super::cancelled::flip_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::denied_until;
use crate::text::Document;

/// Whether flip `flip` restates, its word denied by a "not … until" on one
/// side only ("did not reopen until Friday" → "stayed shut until Friday"; not
/// "did not reopen until Friday" → "did not shut until Friday").
pub(super) fn restated_until(doc: &Document, pair: &AlignedPair, flip: &Diagnostic) -> bool {
    let Some((i, j)) = flip_units(doc, pair, flip) else {
        return false;
    };
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let (tw, ow) = (theirs.words(), ours.words());
    let until = |w: &[&str]| w.contains(&"until");
    until(&tw) && until(&ow) && denied_until(&tw, j) != denied_until(&ow, i)
}
