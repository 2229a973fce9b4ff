//! Alignment of a suspect with its source: sentences first, then words.

pub mod sentences;
pub mod units;
pub mod view;
pub mod words;

use crate::text::Document;
use crate::text::attribution::Speaker;
use crate::text::numbers::{Quantity, quantities};
pub use sentences::{MATCH_THRESHOLD, SentenceMatch};
use std::ops::Range;
use std::sync::OnceLock;
use units::Units;
pub use words::{Edit, EditKind};

/// A group of suspect sentences, the source sentences they render, and their word diff.
#[derive(Debug, Clone)]
pub struct AlignedPair {
    /// Suspect sentence indices.
    pub suspect: Range<usize>,
    /// Source sentence indices.
    pub source: Range<usize>,
    /// Sentence similarity (weighted Dice of content stems).
    pub score: f32,
    /// Word-level edits from source to suspect.
    pub edits: Vec<Edit>,
    /// Word swaps found inside text the rewrite moved within the group.
    pub moved: Vec<Edit>,
    /// The source sentences as canonical units (what the word diff compared),
    /// kept so rules need not rebuild them.
    pub source_units: Units,
    /// The suspect sentences as canonical units.
    pub suspect_units: Units,
    /// The source sentences' figures, read when first needed.
    source_figures: OnceLock<Vec<Quantity>>,
    /// The suspect sentences' figures, read when first needed.
    suspect_figures: OnceLock<Vec<Quantity>>,
    /// The speakers of the first reported claim on each side, found when
    /// first needed.
    speakers: OnceLock<Option<(Speaker, Speaker)>>,
}

impl AlignedPair {
    /// Every substitution: replaced runs of the diff, then swaps inside moved text.
    pub fn substitutions(&self) -> impl Iterator<Item = &Edit> {
        self.edits
            .iter()
            .filter(|e| e.kind == EditKind::Replace)
            .chain(&self.moved)
    }

    /// Token range of the suspect side.
    pub fn suspect_tokens(&self, suspect: &Document) -> Range<usize> {
        sentence_tokens(suspect, self.suspect.clone())
    }

    /// Token range of the source side.
    pub fn source_tokens(&self, source: &Document) -> Range<usize> {
        sentence_tokens(source, self.source.clone())
    }

    /// The figures of the suspect side, read once for every rule.
    pub fn suspect_quantities(&self, suspect: &Document) -> &[Quantity] {
        self.suspect_figures
            .get_or_init(|| quantities(suspect, self.suspect_tokens(suspect)))
    }

    /// The speakers of the first reported claim of each side (the source's,
    /// then the suspect's): found by `find` the first time a rule asks, then
    /// kept for every rule.
    pub fn speakers(
        &self,
        find: impl FnOnce() -> Option<(Speaker, Speaker)>,
    ) -> Option<&(Speaker, Speaker)> {
        self.speakers.get_or_init(find).as_ref()
    }

    /// The figures of the source side, read once for every rule.
    pub fn source_quantities(&self, source: &Document) -> &[Quantity] {
        self.source_figures
            .get_or_init(|| quantities(source, self.source_tokens(source)))
    }
}

/// Token range covered by a non-empty range of sentences.
pub fn sentence_tokens(doc: &Document, sentences: Range<usize>) -> Range<usize> {
    doc.sentences[sentences.start].tokens.start..doc.sentences[sentences.end - 1].tokens.end
}

/// Longest sentence (in words) that may be reworded beyond recognition in
/// place ("Not everything went smoothly." → "There were hiccups, too.").
const REWORDED_WORDS: usize = 8;

/// The alignment of a suspect with its source.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    /// Aligned groups, in suspect order.
    pub pairs: Vec<AlignedPair>,
    /// Suspect sentences with no source counterpart.
    pub unsupported: Vec<usize>,
    /// Source sentences with no suspect counterpart.
    pub omitted: Vec<usize>,
}

impl Alignment {
    /// Aligns `suspect` with `source`.
    pub fn new(suspect: &Document, source: &Document) -> Self {
        let matches = sentences::align_sentences(suspect, source);
        let omitted = sentences::uncovered_source(&matches, source.sentences.len());
        let mut matched = vec![false; suspect.sentences.len()];
        let pairs = matches
            .into_iter()
            .map(|m| {
                for i in m.suspect.clone() {
                    matched[i] = true;
                }
                let diff = words::word_diff(
                    suspect,
                    sentence_tokens(suspect, m.suspect.clone()),
                    source,
                    sentence_tokens(source, m.source.clone()),
                );
                AlignedPair {
                    edits: diff.edits,
                    moved: diff.moved,
                    source_units: diff.source_units,
                    suspect_units: diff.suspect_units,
                    suspect: m.suspect,
                    source: m.source,
                    score: m.score,
                    source_figures: OnceLock::new(),
                    suspect_figures: OnceLock::new(),
                    speakers: OnceLock::new(),
                }
            })
            .collect();
        let unsupported = (0..suspect.sentences.len())
            .filter(|&i| !matched[i])
            .collect();
        Alignment {
            pairs,
            unsupported,
            omitted,
        }
    }

    /// The pair holding suspect sentence `i`.
    pub fn pair_of(&self, i: usize) -> Option<&AlignedPair> {
        self.pairs.iter().find(|p| p.suspect.contains(&i))
    }

    /// Pairs (source sentence, suspect sentence) of an omitted and an
    /// unsupported sentence, both short, where the suspect one stands where
    /// the source one would have been rendered (between the renderings of
    /// its neighbours): a sentence reworded beyond recognition ("Researchers
    /// not involved were cautious." → "Outside scientists were more
    /// guarded."), neither dropped nor added.
    pub fn reworded_in_place(&self, suspect: &Document, source: &Document) -> Vec<(usize, usize)> {
        let short = |d: &Document, i: usize| {
            d.words(d.sentences[i].tokens.clone()).count() <= REWORDED_WORDS
        };
        let mut out = Vec::new();
        for &j in self.omitted.iter().filter(|&&j| short(source, j)) {
            let before = self
                .pairs
                .iter()
                .filter(|p| p.source.end <= j)
                .map(|p| p.suspect.end)
                .max()
                .unwrap_or(0);
            let after = self
                .pairs
                .iter()
                .filter(|p| p.source.start > j)
                .map(|p| p.suspect.start)
                .min()
                .unwrap_or(suspect.sentences.len());
            out.extend(
                self.unsupported
                    .iter()
                    .filter(|&&i| (before..after).contains(&i) && short(suspect, i))
                    .map(|&i| (j, i)),
            );
        }
        out
    }

    /// Share of source sentences the suspect renders, in `[0, 1]`.
    pub fn coverage(&self, source_sentences: usize) -> f32 {
        if source_sentences == 0 {
            return 0.0;
        }
        1.0 - self.omitted.len() as f32 / source_sentences as f32
    }
}
