//! Body sentences that only echo the source headline's words.

use super::SentenceMatch;
use crate::text::Document;

/// Similarity below which a body sentence matched only to the source's
/// headline, which another suspect sentence renders better, is taken as no
/// rendering of it.
pub(super) const HEADLINE_ECHO: f32 = 0.45;

/// Unmatches body sentences that only echo the source headline's words
/// ("Analysts said the permit made Sagebrush Flat one of the most advanced
/// lithium developments" for "Regulators grant permit for Sagebrush Flat
/// lithium mine"): the headline is short, so a sentence added in its words
/// matches it, while a suspect sentence that renders it matches it better.
pub(super) fn drop_headline_echoes(
    singles: &mut [Option<SentenceMatch>],
    suspect: &Document,
    source: &Document,
) {
    let best_of = |j: usize, singles: &[Option<SentenceMatch>]| {
        singles
            .iter()
            .flatten()
            .filter(|m| m.source.contains(&j))
            .map(|m| m.score)
            .fold(0.0_f32, f32::max)
    };
    for i in 0..singles.len() {
        let Some(m) = &singles[i] else { continue };
        let j = m.source.start;
        if m.source.len() == 1
            && m.score < HEADLINE_ECHO
            && source.is_headline(j)
            && !suspect.is_headline(i)
            && best_of(j, singles) > m.score
        {
            singles[i] = None;
        }
    }
}
