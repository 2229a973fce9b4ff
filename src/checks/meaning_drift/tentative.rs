//! A plain statement told as a tentative one: "said the failures had left"
//! → "suggested the failures may have left".

use super::flag_units;
use super::hedges::hedge_count;
use super::speech_verbs::subject;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::speech::is_speech_verb;
use crate::lexicon::stance::stances;
use crate::text::Document;

/// Verbs that put forward what they report as a thought, not a statement.
const TENTATIVE: &[&str] = &[
    "suggested",
    "suggests",
    "suggest",
    "hinted",
    "hints",
    "hint",
];

/// Stems by which the source already puts a claim forward tentatively or as
/// advice ("suggested", "proposed", "recommended", "indicated").
const TENTATIVE_STEMS: &[&str] = &["suggest", "hint", "propos", "recommend", "indicat"];

/// Modals of possibility.
const POSSIBLE: &[&str] = &["may", "might", "could"];

/// Words after the tentative verb within which its modal is looked for.
const MODAL_REACH: usize = 8;

/// What a speaker says plainly ("District Judge Helen Marsh said the
/// failures had left") told as what the same speaker suggests or hints may
/// be ("suggested the failures may have left", "had argued that erasure was
/// the only proportionate outcome" → "had suggested that erasure might be"):
/// the verb of saying and the plain claim are both lowered. Not where the
/// source hedges or suggests already, nor a suggestion denied ("nothing to
/// suggest", "did not suggest") or told in the passive ("suggested by"), nor
/// another party's suggestion.
pub fn claim_softened(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let tentative = |w: &&str| TENTATIVE.contains(w);
    if !ow.iter().any(tentative)
        || !ow.iter().any(|w| POSSIBLE.contains(w))
        || tw
            .iter()
            .any(|w| TENTATIVE_STEMS.iter().any(|s| w.starts_with(s)))
        || hedge_count(&pair.source_units.text) > 0
    {
        return;
    }
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let saying = |w: &str| is_speech_verb(w) || stances(w).iter().any(|s| s.class == "attribution");
    for k in (0..ow.len()).filter(|&k| tentative(&ow[k])) {
        // "nothing to suggest", "did not hint", "as suggested", "the
        // changes suggested by residents": no speaker suggesting it.
        let unsaid = k
            .checked_sub(1)
            .is_some_and(|p| matches!(ow[p], "to" | "as") || is_negator_word(ow[p]))
            || ow.get(k + 1) == Some(&"by");
        let end = ow.len().min(k + 1 + MODAL_REACH);
        // "May" capitalised is the month.
        let Some(m) =
            (k + 1..end).find(|&m| POSSIBLE.contains(&ow[m]) && !doc.is_capitalized(ours.token[m]))
        else {
            continue;
        };
        if unsaid || doc.quotes.encloses(ours.token[k]) {
            continue;
        }
        let speaker = subject(doc, ours.token[k]);
        let same = (0..tw.len()).any(|j| {
            saying(tw[j])
                && subject(src, theirs.token[j])
                    .iter()
                    .any(|w| speaker.contains(w))
        });
        if !same {
            continue;
        }
        flag_units(
            doc,
            src,
            pair,
            k..m + 1,
            |now| {
                format!(
                    "\"{now}\": the source's speaker states it plainly, not as a suggestion \
                     of what may be"
                )
            },
            out,
        );
        return;
    }
}
