//! An opposite that a negative word of its own side denies restates the
//! word it stands for: "keeps its licence" → "avoids losing its licence",
//! "unless" → "except if".

use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::finding::Diagnostic;
use crate::lexicon::negation::implicit_negatives;
use crate::lexicon::wordnet::{ADVERB, parts_of_speech};
use crate::text::Document;
use crate::text::words::stem;

/// Whether word flip `d` (a suspect word, the opposite of the source word it
/// suggests) is denied by the word just before it on one side only, a word
/// carrying a negation that the other sentence does not hold: two
/// reversals bound together, no flip ("kept" → "avoided keeping" and "avoided
/// losing" → "avoided keeping" are flagged).
pub(super) fn denied_opposite(doc: &Document, pair: &AlignedPair, d: &Diagnostic) -> bool {
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
    match (denier(theirs, j), denier(ours, k)) {
        (None, Some(n)) => !holds(theirs, n),
        (Some(n), None) => !holds(ours, n),
        _ => false,
    }
}

/// The unit before unit `k` of `units` where it carries a negation in its
/// meaning ("avoids" in "avoids losing", "except" in "except if"); an
/// adverb only restricts ("only after" → "even before" is flagged).
fn denier(units: &Units, k: usize) -> Option<&str> {
    let before = k.checked_sub(1).map(|p| units.text[p].as_str())?;
    (!implicit_negatives(&[before]).is_empty() && parts_of_speech(before) & ADVERB == 0)
        .then_some(before)
}

/// Whether `units` hold a word of the same root as `w`.
fn holds(units: &Units, w: &str) -> bool {
    let root = stem(w);
    units.text.iter().any(|x| stem(x) == root)
}
