//! Small grammar helpers shared by checks.

use crate::lexicon::wordnet::{ADJECTIVE, parts_of_speech};
use crate::text::Document;
use crate::text::numbers::plain_number;
use crate::text::words::is_stopword;

/// Auxiliaries skipped when pointing at the verb a removed negation belonged to.
pub const AUXILIARIES: &[&str] = &[
    "be", "been", "being", "is", "are", "was", "were", "have", "has", "had", "do", "does", "did",
    "to",
];

/// Forms of "be".
pub const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Forms of "have" that may stand before a participle ("had lost").
pub const HAVE: &[&str] = &["have", "has", "had", "having"];

/// Modal verbs, after which a verb's base form stands.
pub const MODALS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "should", "must", "shall",
];

/// Verbs that, like "be", tie what follows them to their subject ("stocks
/// remained high").
pub const LINKING: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "stay",
    "stays", "stayed", "became", "become", "becomes",
];

/// Whether `word`, after a linking verb, is an adjective it ties to its
/// subject ("appeared largest", "seemed calm"), not a preposition or a
/// determiner ("appeared in court") nor a number ("appears three days after").
pub fn linked_adjective(word: &str) -> bool {
    !is_stopword(word) && plain_number(word).is_none() && parts_of_speech(word) & ADJECTIVE != 0
}

/// Adverbs that stand inside a verb group ("might also reduce" → "also
/// reduces"), skipped with the auxiliaries on the way to its verb.
const GROUP_ADVERBS: &[&str] = &["also", "still", "already", "even", "now", "further"];

/// The tokens from `range.start` through the first word that is not an auxiliary
/// ("had [not] been consulted" → "been consulted").
pub fn verb_after(doc: &Document, range: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let start = doc.words(range.clone()).next()?.0;
    let verb = doc
        .words(range)
        .take(4)
        .find(|(_, t)| {
            !AUXILIARIES.contains(&t.norm.as_str()) && !GROUP_ADVERBS.contains(&t.norm.as_str())
        })
        .map_or(start, |(t, _)| t);
    Some(start..verb + 1)
}

/// Words after a negator within which "whether" makes it an open question.
const QUESTION_REACH: usize = 3;

/// Verbs of telling and knowing whose denial before "whether" leaves a
/// question open ("did not say whether"); "had not decided whether" denies
/// a decision instead.
const UNTOLD: &[&str] = &[
    "say",
    "said",
    "says",
    "disclose",
    "disclosed",
    "indicate",
    "indicated",
    "specify",
    "specified",
    "confirm",
    "confirmed",
    "reveal",
    "revealed",
    "announce",
    "announced",
    "known",
    "clear",
    "comment",
];

/// Whether the negator at token `t` leaves a question open ("did not say
/// whether", "it was not known whether"): no fact is denied, only one left
/// untold.
pub fn leaves_question_open(doc: &Document, t: usize) -> bool {
    opens_question(doc, t, QUESTION_REACH, |w| UNTOLD.contains(&w))
}

/// Whether a "whether" stands within `reach` words after token `t` and a
/// word before it passes `test` ("not say whether", "not decided whether").
pub fn opens_question(doc: &Document, t: usize, reach: usize, test: impl Fn(&str) -> bool) -> bool {
    let after: Vec<&str> = doc
        .words(t + 1..doc.tokens.len())
        .take(reach)
        .map(|(_, w)| w.norm.as_str())
        .collect();
    after
        .iter()
        .position(|w| *w == "whether")
        .is_some_and(|k| after[..k].iter().any(|w| test(w)))
}
