//! An act the source holds as an accusation ("accused of embezzling") stated
//! as the ground of a trial or as done ("for embezzling", "who embezzled").

use super::deliberations::ACT_REACH;
use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::determiners::{is_article, is_possessive};
use crate::text::Document;
use crate::text::words::{is_stopword, stem};

/// Phrases that hold an act as an accusation ("accused of embezzling", "on
/// suspicion of starting").
const ACCUSATIONS: &[&[&str]] = &[
    &["accused", "of"],
    &["suspicion", "of"],
    &["suspected", "of"],
    &["charged", "with"],
    &["alleged", "to", "have"],
];

/// Words that keep an accusation in the suspect.
const STILL_ACCUSED: &[&str] = &[
    "accused",
    "accusation",
    "accusations",
    "suspicion",
    "suspected",
    "suspect",
    "charged",
    "charge",
    "charges",
    "indicted",
    "indictment",
    "alleged",
    "allegedly",
    "allegations",
    "allegation",
    "allege",
    "alleges",
    "alleging",
    "claim",
    "claims",
    "claiming",
    "claimed",
    "contend",
    "contends",
    "argue",
    "argues",
];

/// An act the source holds as an accusation ("went on trial accused of
/// embezzling") that the suspect gives as the ground of the trial or arrest
/// ("went on trial for embezzling") or as done ("who embezzled").
pub fn accusation_stated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let accused = |w: &&str| {
        matches!(
            *w,
            "accused" | "suspicion" | "suspected" | "charged" | "alleged"
        )
    };
    if !tw.iter().any(accused) || ow.iter().any(|w| STILL_ACCUSED.contains(w)) {
        return;
    }
    for phrase in ACCUSATIONS {
        let Some(at) = tw.windows(phrase.len()).position(|w| w == *phrase) else {
            continue;
        };
        // The act, not a name ("accused of the Dale killings") nor a count
        // ("charged with 11 counts of fraud", "with £4.2 million fraud").
        let first = at + phrase.len();
        let named = |i: usize| src.is_capitalized(pair.source_units.token[i]);
        let counted = |w: &str| {
            !w.chars().all(char::is_alphabetic)
                || matches!(w, "counts" | "count" | "million" | "billion" | "thousand")
        };
        let Some(act) = (first..tw.len().min(first + ACT_REACH))
            .find(|&i| !is_stopword(tw[i]) && !named(i) && !counted(tw[i]))
            .map(|i| tw[i])
        else {
            continue;
        };
        // "for arson", "for the arson".
        let ground = |k: usize| {
            let det = usize::from(
                ow.get(k + 1)
                    .is_some_and(|w| is_article(w) || is_possessive(w)),
            );
            (ow[k] == "for" && ow.get(k + 1 + det).is_some_and(|w| stem(w) == stem(act)))
                .then_some(k + 2 + det)
        };
        // "who embezzled": the act told as done, no longer as the charge.
        let told = || {
            ow.iter()
                .position(|w| stem(w) == stem(act))
                .filter(|&k| !frame_kept(ow, k, phrase))
                .map(|k| (k, k + 1))
        };
        let Some((k, end)) = (0..ow.len())
            .find_map(|k| ground(k).map(|end| (k, end)))
            .or_else(told)
        else {
            continue;
        };
        let was = phrase.join(" ");
        flag_units(
            doc,
            src,
            pair,
            k..end,
            |now| format!("\"{was} {act}\" became \"{now}\": an accusation is stated as fact"),
            out,
        );
        return;
    }
}

/// Words before an accusation's "of" that state the act as proven ("found
/// guilty of theft", "convicted of fraud").
const VERDICTS: &[&str] = &["guilty", "convicted", "culpable"];

/// Whether the act at word `k` of the suspect's words `ow` still stands
/// after the preposition of the source's accusing `phrase` ("charged with
/// fraud" → "billed with fraud", "on suspicion of theft" → "on doubt of
/// theft"): the act is still what the person is held for, its head word
/// swapped, not told as done; a verdict before it ("guilty of theft") is.
fn frame_kept(ow: &[&str], k: usize, phrase: &[&str]) -> bool {
    let Some(&prep) = phrase.last().filter(|p| matches!(**p, "of" | "with")) else {
        return false;
    };
    let mut at = k;
    if at > 0 && (is_article(ow[at - 1]) || is_possessive(ow[at - 1])) {
        at -= 1;
    }
    at > 1 && ow[at - 1] == prep && !VERDICTS.contains(&ow[at - 2])
}
