//! One article under check: every figure of the suspect and the source,
//! read once, and the ledger of source figures its pairs found lost,
//! changed or accounted for, settled once every pair is checked.

use super::metres;
use super::swaps::Figures;
use crate::align::{AlignedPair, Alignment};
use crate::checks::Context;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::{Quantity, quantities};
use std::ops::Range;

/// One article's figures, read once for all its aligned pairs.
pub(super) struct Article<'a> {
    /// What the check reads (for sentences cut off mid-way).
    pub(super) ctx: &'a Context<'a>,
    /// The suspect.
    pub(super) doc: &'a Document,
    /// The source.
    pub(super) src: &'a Document,
    /// The aligned pairs of suspect and source sentences.
    pub(super) pairs: &'a [AlignedPair],
    /// The source sentences no suspect sentence renders on its own.
    pub(super) omitted: &'a [usize],
    /// Every figure of the source.
    pub(super) all_source: Vec<Quantity>,
    /// Every figure of the suspect.
    pub(super) all_suspect: Vec<Quantity>,
    /// Each pair's figures, source side and suspect side.
    pub(super) figures: Vec<Figures>,
}

impl<'a> Article<'a> {
    /// Reads the figures of the suspect, of `src` and of each of their `pairs`.
    pub(super) fn read(ctx: &'a Context<'a>, src: &'a Document, alignment: &'a Alignment) -> Self {
        let pairs = &alignment.pairs;
        let doc = ctx.suspect;
        let raw_source = quantities(src, 0..src.tokens.len());
        let all_suspect = metres::as_metres(doc, quantities(doc, 0..doc.tokens.len()), &raw_source);
        let all_source = metres::as_metres(src, raw_source, &all_suspect);
        let figures = pairs
            .iter()
            .map(|p| {
                (
                    metres::as_metres(src, p.source_quantities(src).to_vec(), &all_suspect),
                    metres::as_metres(doc, p.suspect_quantities(doc).to_vec(), &all_source),
                )
            })
            .collect();
        Self {
            ctx,
            doc,
            src,
            pairs,
            omitted: &alignment.omitted,
            all_source,
            all_suspect,
            figures,
        }
    }
}

/// What the pairs of an article found about source figures, settled once
/// every pair is checked.
#[derive(Default)]
pub(super) struct Ledger {
    /// Source figures reported changed.
    pub(super) restated: Vec<Range<usize>>,
    /// Source figures some pair stated or worked a figure out from.
    pub(super) accounted: Vec<Range<usize>>,
    /// Source figures found missing, with their findings.
    pub(super) lost: Vec<(Range<usize>, Diagnostic)>,
}

impl Ledger {
    /// Reports the figures found missing that no pair changed, stated or
    /// worked a figure out from: of a source sentence split in two, the
    /// figure one half lacks, the other half may have changed (that finding
    /// tells it) or stated ("rose to 312 million, up from 271 million" →
    /// "rose by 41 million … to 312 million. …").
    pub(super) fn report(self, out: &mut Vec<Diagnostic>) {
        let Self {
            restated,
            accounted,
            lost,
        } = self;
        out.extend(
            lost.into_iter()
                .filter(|(tokens, _)| !restated.contains(tokens) && !accounted.contains(tokens))
                .map(|(_, d)| d),
        );
    }
}
