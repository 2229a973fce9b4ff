//! Sentence ends that look cut but are whole English: a preposition stranded
//! by a relative clause after "something" or "nothing".

use super::STRANDABLE;
use crate::text::tokens::Token;

/// Indefinite pronouns a relative clause with no "that" may follow, leaving
/// its preposition at the end ("something the council would look into").
const INDEFINITES: &[&str] = &[
    "something",
    "anything",
    "nothing",
    "everything",
    "someone",
    "anyone",
    "somebody",
    "anybody",
];

/// Words that open the subject of such a relative clause ("something the
/// council …", "nothing they …").
const SUBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "its", "their", "his", "her", "our", "they", "we", "he", "she", "i",
    "you", "it",
];

/// Words before the stranded preposition searched for the indefinite pronoun.
const INDEFINITE_REACH: usize = 7;

/// Whether the last word is a preposition stranded by a relative clause after
/// an indefinite pronoun ("were something the council would look into.",
/// "was not something they were designed for."): the clause is whole even
/// where the source went on after the same words.
pub(super) fn indefinite_stranded(words: &[&Token], last: &str) -> bool {
    if !STRANDABLE.contains(&last) || words.len() < 4 {
        return false;
    }
    let inner = &words[..words.len() - 1];
    let from = inner.len().saturating_sub(INDEFINITE_REACH);
    inner[from..].windows(2).any(|w| {
        INDEFINITES.contains(&w[0].norm.as_str()) && SUBJECT_OPENERS.contains(&w[1].norm.as_str())
    })
}
