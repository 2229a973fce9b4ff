//! A state still going on restated as an end not yet reached: "the
//! investigation was still under way" → "had not yet concluded", "is still
//! pending" → "has yet to be resolved". The "not yet" says what "still" says.

use crate::align::AlignedPair;
use crate::checks::grammar::{AUXILIARIES, MODALS};
use crate::finding::Diagnostic;
use crate::lexicon::negation::{is_negator_word, is_plain_denial};
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

/// Whether unit `k` of `words` is a "still" with a denial right after it, at
/// once or past one auxiliary ("still not", "still has not"): "has still not
/// been secured" says "not yet", so it opposes "already" through its denial,
/// not as a word flip of its own that would answer the dropped "not".
pub(super) fn denied_still<S: AsRef<str>>(words: &[S], k: usize) -> bool {
    let at = |i: usize| words.get(i).map(AsRef::as_ref);
    let denial = |i: usize| at(i).is_some_and(|w| is_plain_denial(w) || w == "no");
    at(k) == Some("still") && (denial(k + 1) || (at(k + 1).is_some_and(auxiliary) && denial(k + 2)))
}

/// Whether flip `d` swaps "still" and "already" where the "still" is a
/// [`denied_still`]: the denial beside it carries the reversal.
pub(super) fn denied_still_flip(doc: &Document, pair: &AlignedPair, d: &Diagnostic) -> bool {
    let now = doc.text[d.start..d.end].to_lowercase();
    let still_side = match (now.as_str(), d.suggestion.as_deref()) {
        ("already", Some("still")) => pair.source_units.words(),
        ("still", Some("already")) => pair.suspect_units.words(),
        _ => return false,
    };
    (0..still_side.len()).any(|k| denied_still(&still_side, k))
}

/// Whether `word` is an auxiliary or a modal, which may stand between
/// "still" and its denial ("still has not", "still could not").
fn auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(&word) || MODALS.contains(&word)
}
