//! A denied word restated by its opposite that carries the denial in its
//! meaning: "did not have enough parking" → "lacked sufficient parking",
//! "were not allowed" → "were banned", "could" → "unable" after a "not".

use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::checks::grammar::{AUXILIARIES, MODALS};
use crate::finding::Diagnostic;
use crate::lexicon::negation::{implicit_negatives, is_plain_denial};
use crate::text::Document;

/// Words before a flipped word searched for the "not" that denies it, past
/// auxiliaries and modals only ("would not have been allowed").
const DENIAL_REACH: usize = 4;

/// Whether word flip `d` (a suspect word, the opposite of the source word it
/// suggests) restates a denial: the word on one side is denied by a plain
/// "not" or "never" in its own verb group, and its opposite on the other
/// side, undenied, carries a negation in its meaning. Both say the same
/// thing, so the flip is no reversal, and the negative word answers the
/// "not" in the negation count.
pub(super) fn denial_restated(doc: &Document, pair: &AlignedPair, d: &Diagnostic) -> bool {
    let Some(was) = d.suggestion.as_deref() else {
        return false;
    };
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let at = doc.tokens.partition_point(|t| t.start < d.start);
    let Some(k) = ours.token.iter().position(|&t| t == at) else {
        return false;
    };
    let Some(j) = theirs.text.iter().position(|w| w == was) else {
        return false;
    };
    match (denied(theirs, j), denied(ours, k)) {
        (true, false) => negative(ours, k),
        (false, true) => negative(theirs, j),
        _ => false,
    }
}

/// Whether unit `k` of `units` is denied by a plain denial before it with
/// only auxiliaries and modals between ("did not have", "would not be").
fn denied(units: &Units, k: usize) -> bool {
    let words = units.words();
    words[k.saturating_sub(DENIAL_REACH)..k]
        .iter()
        .rev()
        .take_while(|w| is_plain_denial(w) || AUXILIARIES.contains(w) || MODALS.contains(w))
        .any(|w| is_plain_denial(w))
}

/// Whether unit `k` of `units` carries a negation in its meaning ("lacked",
/// "banned", "unable").
fn negative(units: &Units, k: usize) -> bool {
    !implicit_negatives(&[units.text[k].as_str()]).is_empty()
}
