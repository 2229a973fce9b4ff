//! Body sentences that only echo the source headline's words.

use super::{Bags, SentenceMatch};
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

/// Pairs a suspect headline with the source headline when it matches no
/// source sentence, or only a body sentence weakly (below [`HEADLINE_ECHO`]),
/// and shares a content word with the source headline: a headline renders the
/// headline ("Asteroid found spinning faster than any other of its size" for
/// "Astronomers spot fastest-spinning large asteroid yet recorded"), though
/// its few words may echo a body sentence more.
pub(super) fn pair_headlines(
    singles: &mut [Option<SentenceMatch>],
    bags: &Bags,
    suspect: &Document,
    source: &Document,
) {
    let Some(j) = (0..source.sentences.len()).find(|&j| source.is_headline(j)) else {
        return;
    };
    for i in (0..singles.len()).filter(|&i| suspect.is_headline(i)) {
        let weak = singles[i]
            .as_ref()
            .is_none_or(|m| !source.is_headline(m.source.start) && m.score < HEADLINE_ECHO);
        if !weak {
            continue;
        }
        let score = bags.similarity(i..i + 1, j..j + 1);
        if score > 0.0 {
            singles[i] = Some(SentenceMatch {
                suspect: i..i + 1,
                source: j..j + 1,
                score,
            });
        }
    }
}
