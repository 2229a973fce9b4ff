//! An attribution carried over from the sentence before: news copy names a
//! speaker once and lets the next sentence go on in their voice ("Harlow
//! Transit says it will shut the depot. Forty jobs will go.").

use crate::align::AlignedPair;
use crate::text::Document;
use crate::text::words::stem;

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
