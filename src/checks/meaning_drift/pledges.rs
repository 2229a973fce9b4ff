//! A stated intention told as a pledge ("said it would review" → "pledged to review").

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::{VERB, parts_of_speech};
use crate::text::Document;

/// Verbs that bind their speaker to an act ("pledged to", "vowed to").
const PLEDGES: &[&str] = &[
    "pledged", "pledges", "pledge", "vowed", "vows", "vow", "promised", "promises", "promise",
];

/// Stems of words by which the source already binds its speaker ("has
/// committed", "a guarantee", "undertook to").
const BINDING: &[&str] = &[
    "promis", "pledg", "vow", "commit", "guarant", "undert", "swor", "swear", "assur",
];

/// Words before "promise" or "pledge" that make it a noun ("a pledge to").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "his", "her", "their", "this", "that", "our",
];

/// An act the source says someone would do ("said it would try to redeploy")
/// that the suspect makes a pledge ("has pledged to redeploy"), where no word
/// of the source binds the speaker.
pub fn statement_pledged(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if !tw.iter().any(|w| matches!(*w, "would" | "will"))
        || tw.iter().any(|w| BINDING.iter().any(|b| w.starts_with(b)))
    {
        return;
    }
    let Some(k) = (0..ow.len()).find(|&k| {
        PLEDGES.contains(&ow[k])
            && ow.get(k + 1) == Some(&"to")
            && ow
                .get(k + 2)
                .is_some_and(|v| parts_of_speech(v) & VERB != 0)
            && !k
                .checked_sub(1)
                .is_some_and(|p| DETERMINERS.contains(&ow[p]))
    }) else {
        return;
    };
    let first = k
        .checked_sub(1)
        .filter(|&a| matches!(ow[a], "has" | "have" | "had"))
        .unwrap_or(k);
    flag_units(
        doc,
        src,
        pair,
        first..k + 1,
        |now| format!("\"would\" became \"{now}\": a stated intention is told as a pledge"),
        out,
    );
}
