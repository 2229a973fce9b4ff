//! A possibility the source raises told as all but certain: "raising the
//! possibility of a second election" → "making a second election all but
//! certain", "raising the prospect of walkouts" → "all but guaranteeing
//! walkouts"; and a certain denial told as unlikely ("would not pursue" →
//! "was unlikely to pursue").

use super::{flag_unit, flag_units};
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;

/// Words that tell an outcome as certain or all but certain.
const CERTAIN: &[&str] = &[
    "certain",
    "certainly",
    "inevitable",
    "inevitably",
    "guaranteed",
    "guaranteeing",
    "guarantees",
];

/// Words before a word of [`CERTAIN`] that make it a verdict on an outcome
/// ("all but certain", "is certain to"), not a determiner ("certain hours").
const VERDICT: &[&str] = &[
    "but",
    "almost",
    "virtually",
    "practically",
    "near",
    "nearly",
    "is",
    "was",
    "are",
    "were",
    "be",
    "now",
    "seemed",
    "seems",
    "looked",
    "looks",
];

/// Words by which the source leaves an outcome open.
const POSSIBLE: &[&str] = &[
    "possibility",
    "possible",
    "prospect",
    "prospects",
    "chance",
    "chances",
    "may",
    "might",
    "could",
    "likely",
    "probably",
];

/// Whether `w` shares its root with a word of certainty ("certain",
/// "guarantee", "inevitable", "sure").
fn certain_root(w: &str) -> bool {
    ["certain", "guarant", "inevitab", "sure", "assur"]
        .iter()
        .any(|r| w.starts_with(r))
}

/// An outcome the source leaves possible that the suspect tells as certain
/// or all but certain by a word the source lacks.
pub fn certainty_added(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let verdict = |k: usize| {
        CERTAIN.contains(&ow[k])
            && (matches!(ow[k], "certainly" | "inevitably" | "inevitable")
                || k.checked_sub(1).is_some_and(|p| VERDICT.contains(&ow[p])))
    };
    let Some(k) = (0..ow.len()).find(|&k| verdict(k)) else {
        return;
    };
    if !tw.iter().any(|w| POSSIBLE.contains(w)) || tw.iter().any(|w| certain_root(w)) {
        return;
    }
    let first = if k >= 2 && ow[k - 2] == "all" && ow[k - 1] == "but" {
        k - 2
    } else {
        k
    };
    flag_units(
        doc,
        src,
        pair,
        first..k + 1,
        |now| format!("\"{now}\": the source leaves the outcome possible"),
        out,
    );
}

/// Modals whose denial is certain ("would not pursue a bid").
const CERTAIN_MODALS: &[&str] = &["will", "would", "shall"];

/// The certain modal by which `words` deny an act ("would" of "would not
/// pursue"), if they do.
fn certain_denial<'a>(words: &[&'a str]) -> Option<&'a str> {
    words
        .windows(2)
        .find(|w| CERTAIN_MODALS.contains(&w[0]) && w[1] == "not")
        .map(|w| w[0])
}

/// A certain denial the suspect tells as unlikely: "would not pursue a bid"
/// → "was unlikely to pursue a bid", the same act after "to", no hedge in the
/// source and no certain denial left in the suspect (outside a quotation,
/// which misquote reads).
pub fn denial_hedged(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let Some(k) = (0..ow.len().saturating_sub(2))
        .find(|&k| ow[k] == "unlikely" && ow[k + 1] == "to" && tw.contains(&ow[k + 2]))
    else {
        return;
    };
    let Some(modal) = certain_denial(tw) else {
        return;
    };
    if certain_denial(ow).is_some()
        || tw.iter().any(|w| POSSIBLE.contains(w) || *w == "unlikely")
        || doc.quotes.encloses(pair.suspect_units.token[k])
    {
        return;
    }
    flag_unit(
        doc,
        src,
        pair,
        k,
        |now| format!("\"{now}\": the source's denial is certain (\"{modal} not\")"),
        out,
    );
}
