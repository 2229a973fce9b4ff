//! Dropping findings too weak to stand alone.

use super::{
    BROKEN_PHRASE, FIXED_TERM_BROKEN, MASS_PLURAL, MINOR_SENSE_MODIFIER, NOUN_AS_ADJECTIVE,
    NOUN_AS_VERB, OTHER_WORD, PREPOSITION_LOST, RARE_SENSE, RARER_MODIFIER, REPLACED_MODIFIER,
    SPUN_SENSE, SYNONYM_BREAKS_PHRASE, UNSEEN_AFTER, VERB_AS_NOUN,
};
use crate::finding::Diagnostic;

/// Findings too weak to stand alone, which cannot vouch for a shared rare sense.
const WEAK: &[&str] = &[
    RARE_SENSE,
    BROKEN_PHRASE,
    REPLACED_MODIFIER,
    SYNONYM_BREAKS_PHRASE,
    UNSEEN_AFTER,
];

/// Findings too weak to vouch for a [`REPLACED_MODIFIER`]: alone, a word
/// never seen after the word before it and a shared rare sense are the
/// likeliest of all to be a careful choice.
const FAINT: &[&str] = &[RARE_SENSE, UNSEEN_AFTER];

/// Findings that a broken collocation cannot lean on: two collocations
/// broken side by side ("pay" → "foot the bill", "remain" → "linger") are as
/// often one careful rewording, save two strong ones each broken by a word
/// that is no synonym ("plant" → "shrub" beside "running" → "jogging").
const COLLOCATION_ONLY: &[&str] = &[BROKEN_PHRASE, SYNONYM_BREAKS_PHRASE, UNSEEN_AFTER];

/// Findings of a lone thesaurus slip, which says nothing of the words around
/// it: a curated spinner's swap, a listed fixed term broken, a compound's modifier in a minor sense,
/// much rarer or replaced by a word that is no synonym, an adjective for a noun, a noun for
/// a verb, another
/// word of the original's stem, the plural of a mass noun, a verb's governed
/// preposition kept after a synonym that takes none.
const LONE: &[&str] = &[
    SPUN_SENSE,
    FIXED_TERM_BROKEN,
    MINOR_SENSE_MODIFIER,
    RARER_MODIFIER,
    NOUN_AS_ADJECTIVE,
    NOUN_AS_VERB,
    VERB_AS_NOUN,
    REPLACED_MODIFIER,
    OTHER_WORD,
    MASS_PLURAL,
    PREPOSITION_LOST,
];

/// Bytes between two findings within which a garbled word vouches for the
/// rare-sense synonym beside it.
const BESIDE: usize = 24;

/// Bytes between two findings within which another garbled word vouches for a
/// broken collocation: about a sentence.
const NEARBY: usize = 160;

/// Drops findings whose evidence is weak alone: a shared rare sense needs
/// another garbled word beside it, one strong alone ("re-accelerated growth"
/// → "re-reverberated development"; two weak ones side by side, "begun
/// irrigating at night" → "watering crops after dark", are as often a careful
/// rewording of the whole phrase); a collocation broken by a non-synonym needs
/// another garbled word in the same stretch of text, as spun text has and
/// careful rewording ("pressure in" → "strain in") has not; so does a
/// compound's modifier replaced by a word that is no synonym, though not on
/// the word of a [`FAINT`] finding ("prison term" → "jail term" is as often a
/// careful choice). A [`LONE`] finding vouches for none.
pub(super) fn corroborated(flagged: Vec<(&'static str, Diagnostic)>) -> Vec<Diagnostic> {
    let spans: Vec<(&str, usize, usize)> = flagged
        .iter()
        .filter(|(why, _)| !LONE.contains(why))
        .map(|(why, d)| (*why, d.start, d.end))
        .collect();
    let near = |d: &Diagnostic, reach: usize, too_weak: &[&str]| {
        spans.iter().any(|&(why, start, end)| {
            (start, end) != (d.start, d.end)
                && !too_weak.contains(&why)
                && (start.abs_diff(d.end) <= reach || d.start.abs_diff(end) <= reach)
        })
    };
    flagged
        .into_iter()
        .filter(|(why, d)| match *why {
            RARE_SENSE => near(d, BESIDE, WEAK),
            REPLACED_MODIFIER => near(d, NEARBY, FAINT),
            BROKEN_PHRASE => near(d, NEARBY, &[SYNONYM_BREAKS_PHRASE, UNSEEN_AFTER]),
            SYNONYM_BREAKS_PHRASE | UNSEEN_AFTER => near(d, NEARBY, COLLOCATION_ONLY),
            _ => true,
        })
        .map(|(_, d)| d)
        .collect()
}
