//! An intention stated as certain ("plans to begin" → "will begin"), and
//! the "will" that is no such certainty: the source's own, or the content
//! of a forecast the suspect keeps.

use super::hedges::forecast_kept;
use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::stance::{Stance, stances};
use crate::text::Document;

/// An intention or a weighing stated as what will happen ("plans to begin" →
/// "will begin", "aims to cut" → "will cut"): the plan made certain.
pub(super) fn made_certain(from: &str, to: &str) -> Option<(Stance, Stance)> {
    if !matches!(to, "will" | "shall") {
        return None;
    }
    // "planned to fill" → "will fill" too; "had" is tense, not a plan.
    let intended = stances(from)
        .iter()
        .find(|s| s.class == "intention" && !matches!(from, "has" | "had"))?;
    let certain = stances(to).iter().find(|s| s.class == "modality")?;
    Some((*intended, *certain))
}

/// Whether the source sentence of `pair` says "will" (or "shall") as often
/// as the suspect sentence: any certainty is the source's own.
pub(super) fn certain_in_source(pair: &AlignedPair) -> bool {
    let count = |units: &Units| {
        units
            .text
            .iter()
            .filter(|w| matches!(w.as_str(), "will" | "shall"))
            .count()
    };
    count(&pair.source_units) >= count(&pair.suspect_units)
}

/// Whether the suspect sentence of `pair` hedges as often as its source
/// before token `t` (its "will"): the "will" tells what is forecast.
pub(super) fn forecast_before(pair: &AlignedPair, t: usize) -> bool {
    let ours = &pair.suspect_units;
    let before = ours.token.iter().take_while(|&&u| u < t).count();
    forecast_kept(&pair.source_units.text, &ours.text[..before])
}

/// Words of impossibility that a negator before them turns into a possibility.
const IMPOSSIBLE: &[&str] = &["impossible", "inconceivable", "unthinkable", "unimaginable"];

/// Whether the source sentence of `pair` denies an impossibility ("it is not
/// impossible that the deal would fail", "not entirely inconceivable"): the
/// litotes tells a possibility, which a modal of possibility ("could fail")
/// restates.
pub(super) fn possible_by_litotes(pair: &AlignedPair) -> bool {
    let words = &pair.source_units.text;
    words.iter().enumerate().any(|(k, w)| {
        IMPOSSIBLE.contains(&w.as_str())
            && words[k.saturating_sub(LITOTES_REACH)..k]
                .iter()
                .any(|n| matches!(n.as_str(), "not" | "never" | "hardly" | "scarcely"))
    })
}

/// Words a negator may stand before the impossibility it denies ("not at all
/// impossible").
const LITOTES_REACH: usize = 3;

/// Words that, before "to" and a verb, tell an outcome as expected or
/// scheduled ("is set to produce", "is due to be announced").
const EXPECTED: &[&str] = &["set", "due", "poised", "slated", "scheduled", "expected"];

/// A possibility told as an expected or scheduled outcome ("the mine could
/// produce" → "the mine is set to produce", "may stay" → "set to stay"):
/// `to`, token `t` of `doc`, stands before "to".
pub(super) fn made_expected(
    doc: &Document,
    t: usize,
    from: &str,
    to: &str,
) -> Option<(Stance, Stance)> {
    if !EXPECTED.contains(&to) || doc.tokens.get(t + 1).is_none_or(|n| n.norm != "to") {
        return None;
    }
    let possible = stances(from)
        .iter()
        .find(|s| s.class == "modality" && s.group == "possible")?;
    Some((
        *possible,
        Stance {
            class: "modality",
            group: "expected",
        },
    ))
}

/// Groups of the belief scale, weakest first (data/curated/stance.tsv).
const BELIEFS: &[&str] = &["hope", "expectation", "confident", "sure"];

/// Whether a belief is told as a weaker one ("was confident the scheme would
/// be approved" → "expected it to be"): it claims no more than the source.
pub(super) fn belief_lowered(a: &Stance, b: &Stance) -> bool {
    let rank = |s: &Stance| BELIEFS.iter().position(|g| *g == s.group);
    a.class == "belief" && b.class == "belief" && rank(b) < rank(a)
}

/// Whether the belief words at token `t` of `src` and token `k` of `doc`
/// are both denied by the word before them ("not sure we would get there"
/// → "not certain"): a doubt stated on both sides, which a stronger word
/// denied claims no more.
pub(super) fn belief_denied(src: &Document, t: usize, doc: &Document, k: usize) -> bool {
    let denied = |d: &Document, t: usize| {
        t.checked_sub(1)
            .and_then(|p| d.tokens.get(p))
            .is_some_and(|p| is_negator_word(&p.norm))
    };
    denied(src, t) && denied(doc, k)
}
