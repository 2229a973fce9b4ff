//! A doubt told as a denial: "questioned whether the bollards could cope"
//! → "warned that the bollards could not cope".

use super::flag_unit;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::stance::stances;
use crate::text::Document;

/// Verbs of doubt before "whether" ("questioned whether").
const DOUBTS: &[&str] = &["questioned", "questions", "queried", "queries", "doubted"];

/// Most words from the verb of saying to the denial it reports ("said data
/// wiping would not be").
const DENIAL_REACH: usize = 8;

/// A question the source's speaker raises ("questioned whether data wiping
/// would be thorough") told as the speaker's denial ("said data wiping would
/// not be thorough"): the doubt and its "whether" are gone and a verb of
/// saying reports a denied claim; "not everyone was convinced" names no
/// verb of saying.
pub fn doubt_denied(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if !tw
        .windows(2)
        .any(|w| DOUBTS.contains(&w[0]) && w[1] == "whether")
    {
        return;
    }
    if ow
        .iter()
        .any(|w| matches!(*w, "whether" | "if") || DOUBTS.contains(w))
    {
        return;
    }
    let saying = |w: &str| stances(w).iter().any(|s| s.class == "attribution");
    let Some(k) = (0..ow.len()).find(|&k| {
        saying(ow[k])
            && ow[k + 1..(k + 1 + DENIAL_REACH).min(ow.len())]
                .iter()
                .any(|w| is_negator_word(w))
    }) else {
        return;
    };
    flag_unit(
        doc,
        src,
        pair,
        k,
        |now| {
            format!("\"{now}\" reports a denial: the source's speaker only asks whether it is so")
        },
        out,
    );
}
