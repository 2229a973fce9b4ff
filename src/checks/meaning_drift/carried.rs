//! An attribution carried over from the sentence before: news copy names a
//! speaker once and lets the next sentence go on in their voice ("Harlow
//! Transit says it will shut the depot. Forty jobs will go.").

use crate::align::{AlignedPair, MATCH_THRESHOLD};
use crate::text::Document;
use crate::text::words::{is_stopword, same_stem, stem};

/// Most suspect sentences matched to no source sentence searched, back from
/// a pair, for the attribution of its claim.
const UNMATCHED_REACH: usize = 2;

/// Fewest content words of the source's claim an unmatched sentence's
/// report must hold to be the claim's attribution.
const SHARED_WORDS: usize = 2;

/// Whether the suspect sentence before `pair`'s, no headline, reports one of
/// `verbs` and names `speaker` (see [`names`]): the claim stays attributed.
pub(super) fn said_before(
    doc: &Document,
    pair: &AlignedPair,
    speaker: &[String],
    verbs: &[&str],
) -> bool {
    let Some(before) = doc
        .sentence_of(pair.suspect_tokens(doc).start)
        .and_then(|i| i.checked_sub(1))
    else {
        return false;
    };
    // A headline's attribution ("…, agency says") is the headline's own: the
    // story's first sentence starts afresh.
    if doc.is_headline(before) {
        return false;
    }
    let words: Vec<&str> = doc
        .words(doc.sentences[before].tokens.clone())
        .map(|(_, t)| t.norm.as_str())
        .collect();
    words.iter().any(|w| verbs.contains(w)) && names(&words, speaker)
}

/// Whether one of the suspect sentences just before `pair`'s, matched to no
/// source sentence of `pairs` and no headline, has a subject report one of
/// `verbs` of at least [`SHARED_WORDS`] content words of the source's claim
/// `told`: the claim was split off a sentence the copy keeps attributed in
/// other words ("The firm said the plant lost $2.2m, as orders fell" →
/// "The company says the plant lost two million dollars. Orders fell.").
pub(super) fn said_unmatched_before(
    doc: &Document,
    (pair, pairs): (&AlignedPair, &[AlignedPair]),
    told: &[&str],
    verbs: &[&str],
) -> bool {
    let matched = |s: usize| {
        pairs
            .iter()
            .any(|p| p.score >= MATCH_THRESHOLD && p.suspect.contains(&s))
    };
    (pair.suspect.start.saturating_sub(UNMATCHED_REACH)..pair.suspect.start)
        .rev()
        .take_while(|&s| !matched(s) && !doc.is_headline(s))
        .any(|s| {
            let words: Vec<&str> = doc
                .words(doc.sentences[s].tokens.clone())
                .map(|(_, t)| t.norm.as_str())
                .collect();
            words.iter().enumerate().skip(1).any(|(i, w)| {
                if !verbs.contains(w) {
                    return false;
                }
                let after = &words[i + 1..];
                let shared = told
                    .iter()
                    .enumerate()
                    .filter(|&(j, t)| {
                        !is_stopword(t)
                            && t.starts_with(char::is_alphabetic)
                            && !told[..j].contains(t)
                            && after.iter().any(|a| same_stem(a, t))
                    })
                    .count();
                shared >= SHARED_WORDS
            })
        })
}

/// Whether `words` name `speaker`: by its last content word, its head
/// ("the trust"), or by at least half its content words ("council officials"
/// → "the council"); not by a modifier alone ("the National Heritage Fund"
/// names no "Fairground Heritage Trust").
fn names(words: &[&str], speaker: &[String]) -> bool {
    let found = |s: &String| {
        let root = stem(s);
        words.iter().any(|w| stem(w) == root)
    };
    speaker.last().is_some_and(found) || {
        let matched = speaker.iter().filter(|s| found(s)).count();
        matched > 0 && 2 * matched >= speaker.len()
    }
}
