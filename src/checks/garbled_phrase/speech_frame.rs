//! A verb of speech swapped, in the frame that reports a saying, for a word
//! that reports nothing ("He added that …" → "He included that …").

use crate::lexicon::speech::is_speech_verb;
use crate::lexicon::wordnet;
use crate::text::Document;

/// Base forms of words that report a saying, a thought or a finding
/// ("said" → "announced", "added" → "continued", "told" → "learned"): a
/// careful writer's choice keeps the frame.
const REPORTING: &[&str] = &[
    "accept",
    "acknowledge",
    "add",
    "admit",
    "affirm",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "assert",
    "believe",
    "boast",
    "caution",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confess",
    "confirm",
    "contend",
    "continue",
    "counter",
    "declare",
    "deny",
    "describe",
    "disclose",
    "emphasise",
    "emphasize",
    "estimate",
    "expect",
    "explain",
    "fear",
    "feel",
    "find",
    "go",
    "hear",
    "highlight",
    "hope",
    "indicate",
    "inform",
    "insist",
    "instruct",
    "know",
    "learn",
    "maintain",
    "mention",
    "note",
    "observe",
    "order",
    "point",
    "predict",
    "promise",
    "propose",
    "realise",
    "realize",
    "recall",
    "reiterate",
    "remark",
    "reply",
    "report",
    "respond",
    "reveal",
    "say",
    "state",
    "stress",
    "suggest",
    "tell",
    "think",
    "underline",
    "understand",
    "urge",
    "warn",
    "write",
];

/// Whether `word` reports a saying, a thought or a finding in some form.
fn reports(word: &str) -> bool {
    is_speech_verb(word)
        || wordnet::lemmas(word)
            .iter()
            .any(|l| REPORTING.contains(&l.as_str()))
}

/// Whether token `at` of `doc` opens what a saying reports: a colon or
/// "that" follows it.
fn reports_saying(doc: &Document, at: usize) -> bool {
    doc.tokens
        .get(at + 1)
        .is_some_and(|x| matches!(x.norm.as_str(), ":" | "that"))
}

/// Whether the suspect's token `now` put for the source's verb of speech at
/// `was`, both in the frame that reports a saying, reports nothing: a
/// synonym from the verb's other sense ("added" → "included").
pub(super) fn speech_verb_lost(
    (doc, now): (&Document, usize),
    (src, was): (&Document, usize),
) -> bool {
    let (f, t) = (src.tokens[was].norm.as_str(), doc.tokens[now].norm.as_str());
    is_speech_verb(f)
        && wordnet::parts_of_speech(t) & wordnet::VERB != 0
        && !reports(t)
        && reports_saying(src, was)
        && reports_saying(doc, now)
}
