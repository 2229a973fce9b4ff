//! A belief held by a party named before its verb ("Investigators believe
//! the converters were sold", "what organisers believe is a record"): the
//! claim is the holder's view, which a copy stating it plainly makes fact.

use crate::finding::Diagnostic;
use crate::lexicon::wordnet::{ADVERB, NOUN, parts_of_speech};
use crate::text::words::is_stopword;

/// Whether word `k` of `words`, a verb of belief ("believe", "thinks"),
/// follows the noun that holds the belief ("investigators", "the
/// partnership"): not a function word ("who believe", "the thought"), a
/// word that is an adverb too ("still believed", "firmly believes") or a figure.
pub(super) fn noun_holds(words: &[String], k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).map(|p| words[p].as_str()) else {
        return false;
    };
    !is_stopword(prev)
        && prev.chars().all(|c| c.is_alphabetic())
        && parts_of_speech(prev) & (NOUN | ADVERB) == NOUN
}

/// Bytes between two hedges dropped from one claim within which they are
/// told as one finding ("researchers believe the drug may work" → "The drug
/// works": "drug" and "works" are one claim made plain).
const JOIN_GAP: usize = 1;

/// Pushes `d` onto `to`, or stretches over it a finding of `to` from `from`
/// on (this pair's) that ends just before it.
pub(super) fn push_joined(to: &mut Vec<Diagnostic>, from: usize, d: Diagnostic) {
    let before = to[from..]
        .iter_mut()
        .find(|o| o.end <= d.start && d.start - o.end <= JOIN_GAP);
    match before {
        Some(o) => o.end = d.end,
        None => to.push(d),
    }
}
