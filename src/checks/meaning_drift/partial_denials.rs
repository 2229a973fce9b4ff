//! A whole denial told as a partial one: "had not consulted traders" → "had
//! not properly consulted traders", "had not been consulted" → "had not been
//! fully consulted". The copy grants that the act was done in part, which
//! the source denies outright.

use super::flag_unit;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::words::same_stem;

/// Adverbs of completeness that make a denial partial ("not fully").
const COMPLETELY: &[&str] = &[
    "fully",
    "properly",
    "entirely",
    "completely",
    "wholly",
    "totally",
    "adequately",
    "sufficiently",
];

/// Words of completeness whose presence in the source sentence lets it
/// state the partial denial in other words ("failed to take proper account").
const WHOLE_WORDS: &[&str] = &[
    "full",
    "proper",
    "entire",
    "complete",
    "whole",
    "total",
    "adequate",
    "sufficient",
    "enough",
];

/// Words the adverb may stand after in the denial ("not been fully").
const DENIAL_FILLERS: &[&str] = &["be", "been", "being", "have", "yet"];

/// Whether `w` denies ("not", "hadn't", "never").
fn denies(w: &str) -> bool {
    matches!(w, "not" | "never") || w.ends_with("n't")
}

/// The index of the denial that reaches `words[k]` over auxiliaries only.
fn denial_before(words: &[&str], k: usize) -> Option<usize> {
    (k.saturating_sub(3)..k)
        .rev()
        .find(|&i| denies(words[i]) && words[i + 1..k].iter().all(|w| DENIAL_FILLERS.contains(w)))
}

/// A completeness adverb put into a denial the source states without one:
/// the act after it is denied by the source too, and no word of
/// completeness stands anywhere in the source sentence.
pub fn denial_made_partial(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if tw
        .iter()
        .any(|w| COMPLETELY.contains(w) || WHOLE_WORDS.contains(w))
    {
        return;
    }
    for k in 1..ow.len().saturating_sub(1) {
        if !COMPLETELY.contains(&ow[k]) || denial_before(ow, k).is_none() {
            continue;
        }
        let act = ow[k + 1];
        let denied = (1..tw.len()).any(|j| same_stem(tw[j], act) && denial_before(tw, j).is_some());
        if !denied {
            continue;
        }
        flag_unit(
            doc,
            src,
            pair,
            k,
            |now| format!("\"{now}\" was added: the source denies the act outright, not in part"),
            out,
        );
        return;
    }
}
