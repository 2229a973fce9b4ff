//! One aligned pair under check: its figures on both sides, which source
//! figures the suspect's have taken, and the sorts its figures fall into.

use super::Article;
use super::stated;
use crate::align::AlignedPair;
use crate::text::numbers::Quantity;
use std::cell::OnceCell;
use std::ops::Range;

/// One aligned pair under check: its figures on both sides, and which of the
/// source's a suspect figure has taken.
pub(super) struct PairCheck<'a> {
    /// The article the pair is of.
    pub(super) art: &'a Article<'a>,
    /// The pair's index among the article's pairs.
    pub(super) index: usize,
    /// The pair.
    pub(super) pair: &'a AlignedPair,
    /// The pair's source figures.
    pub(super) theirs: &'a [Quantity],
    /// The pair's suspect figures.
    pub(super) ours: &'a [Quantity],
    /// Per source figure: whether a suspect figure states it or was worked
    /// out from it.
    pub(super) used: Vec<bool>,
    /// The source sentence's words.
    pub(super) source_words: Vec<&'a str>,
    /// The figures a suspect figure may be worked out from (see
    /// [`stated::stated_figures`]), read when first needed.
    stated: OnceCell<Vec<Quantity>>,
}

impl<'a> PairCheck<'a> {
    /// Starts the check of pair `index` of `art`, no source figure taken.
    pub(super) fn new(art: &'a Article<'a>, index: usize) -> Self {
        let (theirs, ours) = &art.figures[index];
        let pair = &art.pairs[index];
        let source_words = art
            .src
            .words(pair.source_tokens(art.src))
            .map(|(_, t)| t.norm.as_str())
            .collect();
        Self {
            art,
            index,
            pair,
            theirs,
            ours,
            used: vec![false; theirs.len()],
            source_words,
            stated: OnceCell::new(),
        }
    }

    /// The figures a suspect figure may be worked out from: the pair's
    /// source figures and those of other source sentences the suspect states.
    pub(super) fn stated(&self) -> &[Quantity] {
        self.stated.get_or_init(|| {
            stated::stated_figures(self.theirs, &self.art.all_source, &self.art.all_suspect)
        })
    }

    /// The pair's source figures no suspect figure took.
    pub(super) fn unused(&self) -> Vec<&'a Quantity> {
        self.theirs
            .iter()
            .zip(&self.used)
            .filter(|(_, used)| !**used)
            .map(|(q, _)| q)
            .collect()
    }

    /// The pair's source figures some suspect figure took, or was worked out
    /// from.
    pub(super) fn taken(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.theirs
            .iter()
            .zip(&self.used)
            .filter(|(_, used)| **used)
            .map(|(q, _)| q.tokens.clone())
    }

    /// The source sentence, as evidence for a finding.
    pub(super) fn evidence(&self) -> &'a str {
        self.art.src.sentence_text(self.pair.source.start)
    }
}

/// Suspect figures of a pair, sorted by what the source makes of them.
#[derive(Default)]
pub(super) struct Sorted<'a> {
    /// Source figures and the suspect figures that state them.
    pub(super) matched: Vec<(&'a Quantity, &'a Quantity)>,
    /// Suspect figures found nowhere in the source and not yet explained.
    pub(super) unexplained: Vec<&'a Quantity>,
    /// Suspect figures another source sentence states.
    pub(super) elsewhere: Vec<&'a Quantity>,
}

/// Source figures a pair's suspect side no longer states.
pub(super) struct Lost<'a> {
    /// Figures the suspect states nowhere as often as the source: reported
    /// missing unless explained.
    pub(super) missing: Vec<&'a Quantity>,
    /// Figures the suspect states elsewhere, only fewer times than the
    /// source: they may stand for a figure of this sentence stated nowhere
    /// in the source ("the two decks" → "the three decks", "two" said again
    /// further on), but are not reported lost on their own.
    pub(super) spare: Vec<&'a Quantity>,
}
