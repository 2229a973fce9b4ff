//! A word that qualifies a noun told as "any" ("failing to carry out
//! proper risk assessments" → "failing to carry out any risk assessments",
//! "said heavy commercial picking disturbed birds" → "said any commercial
//! picking", "could show a significant loss of catch" → "could show any
//! loss of catch"): the claim now covers every amount or kind of the
//! thing, not the one the source named.

use super::flag_new_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::{ADJECTIVE, parts_of_speech};
use crate::text::Document;
use crate::text::words::{is_stopword, same_stem};

/// Words before "any" that make it nearly none ("hardly any time" for the
/// source's "little time"), which `nones` reads.
const HARDLY: &[&str] = &["hardly", "scarcely", "barely"];

/// Denials: a source word "any" restates ("found no evidence" → "had not
/// found any evidence"), or a suspect word a few words before "any" that
/// makes it "no" ("did not place any binding duty").
const DENIALS: &[&str] = &[
    "no", "not", "none", "nor", "never", "without", "little", "few", "least", "lack", "lacks",
    "lacked",
];

/// Words after "any" that make it part of an idiom ("any longer", "any more").
const IDIOM_AFTER: &[&str] = &["longer", "more", "rate", "case", "way"];

/// Qualifiers that "any" restates ("additional claims" → "any further
/// claims", "a single complaint" → "any complaint").
const RESTATED: &[&str] = &[
    "additional",
    "further",
    "extra",
    "other",
    "single",
    "such",
    "more",
    "fresh",
];

/// An "any" before a noun (or a noun's modifier) of the suspect where the
/// source puts an adjective of its own before that word, the source holding
/// no "any" and the copy keeping no trace of the adjective.
pub fn qualifier_widened(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if !ow.contains(&"any") || tw.contains(&"any") {
        return;
    }
    for k in 0..ow.len().saturating_sub(1) {
        let next = ow[k + 1];
        if ow[k] != "any"
            || k.checked_sub(1).is_some_and(|p| HARDLY.contains(&ow[p]))
            // "did not place any binding duty": "any" under a denial is "no".
            || ow[k.saturating_sub(3)..k].iter().any(|w| DENIALS.contains(w))
            || IDIOM_AFTER.contains(&next)
            || is_stopword(next)
            || doc.is_capitalized(pair.suspect_units.token[k + 1])
        {
            continue;
        }
        let Some(j) = (1..tw.len())
            .find(|&j| same_stem(tw[j], next))
            .map(|j| j - 1)
        else {
            continue;
        };
        let qualifier = tw[j];
        if is_stopword(qualifier)
            || DENIALS.contains(&qualifier)
            || RESTATED.contains(&qualifier)
            || parts_of_speech(qualifier) & ADJECTIVE == 0
            || qualifier.starts_with(|c: char| c.is_ascii_digit())
            || (j > 0 && src.is_capitalized(pair.source_units.token[j]))
            || ow.iter().any(|w| same_stem(w, qualifier))
        {
            continue;
        }
        let message = |now: &str| {
            format!(
                "\"{qualifier} {next}\" became \"{now}\": the claim now covers any amount or kind the source did not"
            )
        };
        if flag_new_units(doc, src, pair, k..k + 2, message, out) {
            return;
        }
    }
}
