//! A state still going on restated as an end not yet reached: "the
//! investigation was still under way" → "had not yet concluded", "is still
//! pending" → "has yet to be resolved". The "not yet" says what "still" says.

use crate::align::AlignedPair;
use crate::lexicon::negation::is_negator_word;
use crate::text::Document;

/// Whether every negation the suspect sentence added (tokens `added`) is a
/// "not yet" or "yet to", and the source sentence, with no "not yet" of its
/// own, says "still" undenied where the suspect drops it.
pub(super) fn still_as_not_yet(doc: &Document, pair: &AlignedPair, added: &[usize]) -> bool {
    let next = |k: usize| doc.tokens.get(k).map(|x| x.norm.as_str());
    // "yet to", or a negator before "yet" ("not yet", "never yet").
    let yet = |t: usize| match doc.tokens[t].norm.as_str() {
        "yet" => next(t + 1) == Some("to"),
        _ => next(t + 1) == Some("yet"),
    };
    if added.is_empty() || !added.iter().all(|&t| yet(t)) {
        return false;
    }
    let (theirs, ours) = (pair.source_units.words(), pair.suspect_units.words());
    let still = |k: usize| {
        theirs[k] == "still"
            && !theirs.get(k + 1).is_some_and(|n| is_negator_word(n))
            && !k.checked_sub(1).is_some_and(|p| is_negator_word(theirs[p]))
    };
    !ours.contains(&"still") && !theirs.contains(&"yet") && (0..theirs.len()).any(still)
}
