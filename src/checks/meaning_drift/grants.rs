//! A statement the source's speaker grants told as a claim the copy doubts
//! ("after admitting that" → "following claims that", "conceded" →
//! "alleged"), or a claim told as an admission ("claimed" → "conceded"):
//! the speech act's certainty turned round where the copy rewords it.

use super::{Side, flag_reworded_runs};
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::text::Document;

/// Beginnings of words by which a speaker grants what is said is true.
const GRANTING: &[&str] = &["admit", "conced", "concession", "acknowledg", "confess"];

/// Words by which a text doubts what a speaker says.
const DOUBTING: &[&str] = &[
    "claim",
    "claims",
    "claimed",
    "claiming",
    "allege",
    "alleged",
    "alleges",
    "alleging",
    "allegation",
    "allegations",
    "purported",
    "purportedly",
];

/// Longest replaced run, in units on either side, read as one speech act.
const MAX_RUN: usize = 6;

/// Words before a speech act's word within which a negation denies it.
const NEGATION_REACH: usize = 2;

/// Whether unit `k` of `units` is a word of `kind`, not denied ("did not admit").
fn act(units: &[String], k: usize, kind: fn(&str) -> bool) -> bool {
    kind(&units[k])
        && !units[k.saturating_sub(NEGATION_REACH)..k]
            .iter()
            .any(|w| is_negator_word(w))
}

/// Whether `w` is a word of granting ("admitted", "concession").
fn granting(w: &str) -> bool {
    GRANTING.iter().any(|p| w.starts_with(p))
}

/// Whether `w` is a word of doubt ("claimed", "alleged").
fn doubting(w: &str) -> bool {
    DOUBTING.contains(&w)
}

/// A replaced run that turns a granted statement into a doubted claim or
/// the reverse, neither side inside a quotation the copy keeps.
pub fn grant_turned(doc: &Document, src: &Document, pair: &AlignedPair, out: &mut Vec<Diagnostic>) {
    let turned = |(theirs, from): Side, (ours, to): Side| {
        let has = |units: &[String], range: &std::ops::Range<usize>, kind: fn(&str) -> bool| {
            range.clone().any(|k| act(units, k, kind))
        };
        let (granted, doubted) = (
            has(theirs, &from, granting) && has(ours, &to, doubting),
            has(theirs, &from, doubting) && has(ours, &to, granting),
        );
        // A run that keeps the source's kind of act changes nothing.
        let kept = has(ours, &to, if granted { granting } else { doubting });
        if !(granted || doubted) || kept {
            None
        } else if granted {
            Some(("an admission", "a doubted claim"))
        } else {
            Some(("a doubted claim", "an admission"))
        }
    };
    flag_reworded_runs(doc, src, pair, ("statement", MAX_RUN), turned, out);
}
