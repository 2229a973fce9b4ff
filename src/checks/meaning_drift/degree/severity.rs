//! An adjective of severity or scale put before a thing the source names
//! plainly: "found rot" → "discovered severe rot", "noticed discrepancies"
//! → "noticed huge discrepancies".

use crate::align::{AlignedPair, EditKind};
use crate::checks::meaning_drift::flag_unit;
use crate::finding::Diagnostic;
use crate::lexicon::stance::stances;
use crate::lexicon::wordnet::{ADJECTIVE, VERB, parts_of_speech};
use crate::text::Document;
use crate::text::words::{is_stopword, shares_root, stem};

/// Adjectives that tell a thing is severe or vast ("severe rot", "widespread
/// corrosion"); not size or rate words ("large crowd", "sharp rise"), which
/// careful rewrites add as often as spun ones.
const SEVERE: &[&str] = &[
    "severe",
    "huge",
    "massive",
    "widespread",
    "serious",
    "enormous",
    "vast",
    "drastic",
    "sweeping",
    "overwhelming",
    "extensive",
    "dramatic",
    "grave",
    "acute",
    "catastrophic",
    "devastating",
    "immense",
];

/// Source words before a noun searched for a degree word of its own.
const PLAIN_REACH: usize = 3;

/// A word of [`SEVERE`] in a changed run of the suspect, before a content
/// word the source sentence holds plainly ("rot", with no degree word just
/// before it): a severity the source does not state.
pub(in crate::checks::meaning_drift) fn severity_added(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // Severity words are rare: look for one first.
    if !ow.iter().any(|w| SEVERE.contains(w)) {
        return;
    }
    let degree = |w: &str| stances(w).iter().any(|s| s.class == "degree");
    // The source's noun plain: no degree word just before it ("mild
    // hypothermia", "large areas of parkland" are swaps of degree).
    // "hard frost" → "severe frost": an adjective swapped, not added ("found
    // rot" → "discovered severe rot": a participle, which WordNet also
    // files as an adjective, is no adjective of the noun's).
    let plain = |noun: &str| {
        let root = stem(noun);
        (0..tw.len()).any(|j| {
            stem(tw[j]) == root
                && !tw[j.saturating_sub(PLAIN_REACH)..j]
                    .iter()
                    .any(|w| degree(w))
                && j.checked_sub(1)
                    .is_none_or(|p| parts_of_speech(tw[p]) & (ADJECTIVE | VERB) != ADJECTIVE)
        })
    };
    let units = &pair.suspect_units;
    let changed = |k: usize| {
        let t = units.token[k];
        pair.edits
            .iter()
            .any(|e| e.kind != EditKind::Equal && e.suspect.contains(&t))
    };
    // "wider margins" → "more extensive margins": a comparative swapped;
    // "shoot-out drama" → "dramatic shoot-out": the source's own word.
    let swapped = |k: usize| {
        k.checked_sub(1)
            .is_some_and(|p| matches!(ow[p], "more" | "most" | "less"))
            || tw.iter().any(|t| shares_root(t, ow[k]))
    };
    let Some(k) = (0..ow.len().saturating_sub(1)).find(|&k| {
        let noun = ow[k + 1];
        SEVERE.contains(&ow[k]) && changed(k) && !is_stopword(noun) && plain(noun) && !swapped(k)
    }) else {
        return;
    };
    flag_unit(
        doc,
        src,
        pair,
        k,
        |now| format!("\"{now}\" was added: a degree the source does not state"),
        out,
    );
}
