//! Consent told by a denied obstruction ("had no objection to", "would not
//! stand in the way of", "would not mind") turned into dissent ("opposed",
//! "objected to", "could not approve", "did not want"), or the reverse. The
//! negation count balances ("could not approve" → "had no objection to"),
//! or a negative word answers it ("opposed" → "would not stand in the way
//! of"), so only the meaning of the phrase shows the flip.

use super::became;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator;
use crate::text::Document;
use std::ops::Range;

/// Words of opposing that a denial turns into consent, and that stand for
/// dissent undenied.
const OPPOSING: &[&str] = &[
    "oppose",
    "opposed",
    "opposes",
    "opposing",
    "opposition",
    "object",
    "objected",
    "objects",
    "objecting",
    "objection",
    "objections",
    "resist",
    "resisted",
    "resists",
    "resisting",
];

/// Words of assent whose denial is dissent ("could not approve").
const ASSENTING: &[&str] = &[
    "approve",
    "approved",
    "want",
    "wanted",
    "support",
    "supported",
    "accept",
    "accepted",
    "agree",
    "agreed",
];

/// Words before a word within which a negation denies it.
const DENIAL_REACH: usize = 3;

/// The nearest negation within [`DENIAL_REACH`] words before word `k`.
fn denial(words: &[&str], k: usize) -> Option<usize> {
    (k.saturating_sub(DENIAL_REACH)..k)
        .rev()
        .find(|&j| is_negator(words, j, false))
}

/// The span of a denied obstruction at word `k`: "no objection", "not
/// mind", "not stand in the way".
fn consent(words: &[&str], k: usize) -> Option<Range<usize>> {
    let w = words[k];
    if k >= 3
        && w == "way"
        && words[k - 1] == "the"
        && words[k - 2] == "in"
        && matches!(words[k - 3], "stand" | "stood" | "standing" | "stands")
    {
        return denial(words, k - 3).map(|j| j..k + 1);
    }
    if !(matches!(w, "mind" | "minded") || OPPOSING.contains(&w)) {
        return None;
    }
    denial(words, k).map(|j| j..k + 1)
}

/// The span of dissent at word `k`: an undenied word of opposing, or a
/// denied word of assent.
fn dissent(words: &[&str], k: usize) -> Option<Range<usize>> {
    let w = words[k];
    let opposing = OPPOSING.contains(&w);
    if !opposing && !ASSENTING.contains(&w) {
        return None;
    }
    match denial(words, k) {
        None if opposing => Some(k..k + 1),
        Some(j) if !opposing => Some(j..k + 1),
        _ => None,
    }
}

/// Whether a unit can open consent or dissent: the cheap test that spares
/// most sentence pairs the search.
fn may_matter(w: &str) -> bool {
    OPPOSING.contains(&w) || ASSENTING.contains(&w) || matches!(w, "mind" | "minded" | "way")
}

/// The first span `test` finds in `words`.
fn first(words: &[&str], test: fn(&[&str], usize) -> Option<Range<usize>>) -> Option<Range<usize>> {
    (0..words.len()).find_map(|k| test(words, k))
}

/// Flags consent told by a denied obstruction on one side against dissent
/// on the other, where the side with the dissent holds no such consent and
/// the consent's side no dissent ("had no objection to the park remaining
/// open" → "had objected to the park remaining open", "opposed the sale" →
/// "would not stand in the way of the sale"). A finding of the sentence
/// already covering the span stands alone.
pub(super) fn consent_flipped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units.text, &pair.suspect_units.text);
    if !theirs.iter().any(|w| may_matter(w)) || !ours.iter().any(|w| may_matter(w)) {
        return;
    }
    let (tw, ow) = (pair.source_units.words(), pair.suspect_units.words());
    let (src_consent, src_dissent) = (first(&tw, consent), first(&tw, dissent));
    let (our_consent, our_dissent) = (first(&ow, consent), first(&ow, dissent));
    let (shown, was) = match (our_consent, our_dissent, src_consent, src_dissent) {
        (Some(c), None, None, Some(d)) => (c, d),
        (None, Some(d), Some(c), None) => (d, c),
        _ => return,
    };
    let found = became(doc, src, pair, was, shown, "consent and dissent");
    if !out.iter().any(|d| d.overlaps(found.start, found.end)) {
        out.push(found);
    }
}
