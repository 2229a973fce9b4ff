//! Denials by prefix ("unhurt", "impractical", "non-binding") and the litotes
//! that deny them ("not unlike").

use crate::lexicon::dictionary::is_known;
use crate::lexicon::wordnet::{
    ADJECTIVE, ADVERB, NOUN, VERB, are_antonyms, lemmas, parts_of_speech,
};

/// The denied words of the litotes in `words` ("not unlike": "unlike"), two
/// denials that affirm.
pub fn litotes<'a>(words: &[&'a str]) -> Vec<&'a str> {
    words
        .windows(2)
        .filter(|w| w[0] == "not" && denying_prefix(w[1]).is_some())
        .map(|w| w[1])
        .collect()
}

/// Words of `words` that deny by a prefix ("impractical", "disagree") the
/// plain word `other` uses ("not practical", "did not agree"), and `other`
/// does not use itself ("inpatient unit" on both sides denies nothing).
pub fn prefixed_negatives<'a>(words: &[&'a str], other: &[&str]) -> Vec<&'a str> {
    words
        .iter()
        .copied()
        .filter(|w| !other.contains(w))
        .filter(|w| {
            ["im", "in", "il", "ir", "dis", "non-", "non", "un"]
                .iter()
                .any(|p| {
                    w.strip_prefix(p)
                        .is_some_and(|rest| rest.len() >= 4 && names_denied(rest, other))
                })
        })
        .collect()
}

/// Whether the rest of a prefixed word is a word `other` uses, or what a
/// verb `other` uses can do ("affordable" for "afford": "unaffordable" for
/// "could not afford").
fn names_denied(rest: &str, other: &[&str]) -> bool {
    other.contains(&rest)
        || ["able", "ible"].iter().any(|suffix| {
            rest.strip_suffix(suffix).is_some_and(|verb| {
                verb.len() >= 4
                    && other
                        .iter()
                        .any(|o| *o == verb || o.strip_suffix('e') == Some(verb))
                    && parts_of_speech(verb) & VERB != 0
            })
        })
}

/// Verbs whose "un-" reverses an action rather than denying it ("unveiled").
const REVERSIVE: &[&str] = &[
    "unveil",
    "unlock",
    "unload",
    "unpack",
    "unleash",
    "unfold",
    "unite",
    "unwind",
    "undo",
    "undergo",
    "understand",
    "undertake",
    "unearth",
    "unroll",
    "unzip",
    "unplug",
];

/// "unhurt", "unfilled", "unaffected": "un-" before a known word, not a
/// reversive verb.
pub fn denying_prefix(word: &str) -> Option<String> {
    // "non-urgent", "non-binding": a denial by prefix whatever the word.
    if word
        .strip_prefix("non-")
        .is_some_and(|rest| rest.len() >= 4)
    {
        return Some(word.to_string());
    }
    if let Some(rest) = word.strip_prefix("un") {
        let reversive = REVERSIVE.iter().any(|r| word.starts_with(r));
        return (rest.len() >= 4 && !reversive && is_known(rest)).then(|| word.to_string());
    }
    opposed_by_prefix(word).map(|_| word.to_string())
}

/// The word a Latin or "dis-" prefix denies in an adjective or adverb, where
/// the two are listed opposites ("inexpensive": "expensive", "dishonest":
/// "honest"; not "increase", "display", whose rest is no opposite, nor the
/// reversing verbs "disarm", "disconnect").
pub fn opposed_by_prefix(word: &str) -> Option<&str> {
    // "immediate" is listed against "mediate" but denies nothing in use.
    let parts = parts_of_speech(word);
    if parts & (ADJECTIVE | ADVERB) == 0
        || parts & (VERB | NOUN) != 0
        || word.starts_with("immediat")
    {
        return None;
    }
    ["im", "in", "il", "ir", "dis"].iter().find_map(|p| {
        word.strip_prefix(p)
            .filter(|rest| rest.len() >= 4 && are_antonyms(word, rest))
    })
}

/// The base form of a noun that denies by a prefix the noun its rest names,
/// the two listed opposites ("irregularities": "irregularity" against
/// "regularity"; "disagreement"); not "increase", "discount".
pub fn denying_noun(word: &str) -> Option<String> {
    if parts_of_speech(word) & NOUN == 0 {
        return None;
    }
    lemmas(word)
        .iter()
        .find(|l| {
            ["im", "in", "il", "ir", "dis", "un"].iter().any(|p| {
                l.strip_prefix(p)
                    .is_some_and(|rest| rest.len() >= 4 && are_antonyms(l, rest))
            })
        })
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_denying_by_prefix() {
        assert_eq!(
            denying_noun("irregularities").as_deref(),
            Some("irregularity")
        );
        assert_eq!(denying_noun("increase"), None);
        assert_eq!(denying_noun("discount"), None);
    }
}
