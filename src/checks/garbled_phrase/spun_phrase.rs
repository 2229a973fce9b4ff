//! Phrases a spinner put for a term of the source sentence ("fruit" →
//! "natural product"), from the curated table, and the table's word swaps
//! inside a run of words too long to judge word by word.

use super::content::is_content;
use super::{SPUN_SENSE, swap_finding};
use crate::align::units::Units;
use crate::align::{AlignedPair, Edit};
use crate::finding::Diagnostic;
use crate::lexicon::dictionary::american_z_stem;
use crate::lexicon::spun::is_spun_sense;
use crate::lexicon::spun_phrase::{may_have_phrase, spun_phrases};
use crate::text::Document;
use crate::text::words::stem;

/// A finding for each spinner's phrase of an aligned pair outside quotations
/// (`quoted`, by suspect token): inside one misquote reports every change.
pub(super) fn findings(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    quoted: &[bool],
) -> Vec<Diagnostic> {
    let stems = |u: &Units| {
        u.text
            .iter()
            .map(|w| american_z_stem(w))
            .collect::<Vec<_>>()
    };
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    // Most pairs have no listed term with its phrase's first word: neither
    // sentence need be stemmed.
    if !may_have_phrase(&theirs.text, &ours.text) {
        return Vec::new();
    }
    spun_phrases(&stems(theirs), &stems(ours))
        .into_iter()
        .filter(|(copy, _)| !ours.tokens(copy.clone()).any(|t| quoted[t]))
        .map(|(copy, term)| {
            let (start, end) = doc.token_span(ours.tokens(copy));
            let was = src.span_text(theirs.tokens(term));
            Diagnostic::new(
                start,
                end,
                format!(
                    "\"{was}\" became \"{}\": a spinner's phrase in the wrong sense",
                    &doc.text[start..end]
                ),
            )
            .suggest(was)
            .evidence(was)
        })
        .collect()
}

/// Flags the curated spinner's swaps inside a run of words too long to judge
/// word by word: a spinner rewrites clause after clause ("targeting a gang
/// accused of using" → "focusing on a posse blamed for utilizing"), and its
/// listed swaps stay wrong however many words changed around them. A swap
/// counts where the source sentence lacks the substitute and the suspect
/// sentence has fewer of the original word than the source has (not moved).
pub(super) fn spun_in_long_run(
    (doc, ours): (&Document, &Units),
    (src, theirs): (&Document, &Units),
    pair: &AlignedPair,
    e: &Edit,
    out: &mut Vec<(&'static str, Diagnostic)>,
) {
    let stems = |units: &Units| units.text.iter().map(|x| stem(x)).collect::<Vec<_>>();
    let (source_stems, suspect_stems) = (stems(&pair.source_units), stems(&pair.suspect_units));
    let count = |stems: &[String], w: &str| {
        let s = stem(w);
        stems.iter().filter(|x| **x == s).count()
    };
    for k in (0..ours.text.len()).filter(|&k| is_content(doc, ours, k)) {
        let t = ours.text[k].as_str();
        if count(&source_stems, t) > 0 {
            continue;
        }
        let Some(j) = (0..theirs.text.len()).find(|&j| {
            let f = theirs.text[j].as_str();
            is_spun_sense(f, t) && count(&suspect_stems, f) < count(&source_stems, f)
        }) else {
            continue;
        };
        let (token, source_token) = (ours.token[k], theirs.token[j]);
        out.push(swap_finding(
            SPUN_SENSE,
            (doc, token..token + 1),
            (src, source_token..source_token + 1),
            e.source.clone(),
        ));
    }
}
