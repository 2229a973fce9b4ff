//! Sentence alignment that survives reordering, splits, merges, duplicates,
//! insertions and deletions.
//!
//! Each sentence becomes a bag of content stems (numbers as digits) weighted by
//! how rare the stem is across both articles. Every suspect sentence is matched
//! to its most similar source sentence (weighted Dice), wherever it stands, so
//! reordering and repeated sentences are free. A source sentence whose
//! neighbour adds to the match, and is rendered in good part, joins it (two
//! source sentences merged into one);
//! neighbouring suspect sentences that match the same source sentence better
//! together are grouped (one source sentence split in two).

mod headline;
mod merge;

use crate::text::Document;
use crate::text::words::for_each_content_stem;
use headline::{drop_headline_echoes, pair_headlines};
use merge::extend_source;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Weighted Dice at or above which two sentences are taken as counterparts.
pub const MATCH_THRESHOLD: f32 = 0.3;

/// Similarity at which a sentence in its expected place (after aligned
/// neighbours) is taken as the counterpart, though below [`MATCH_THRESHOLD`].
const GAP_THRESHOLD: f32 = 0.1;

/// Share of the source a weak split half must newly render to join its neighbour.
const SPLIT_COVERAGE: f32 = 0.1;

/// Share of a weak split half's own weight that must come from the source.
const SPLIT_CONTAINMENT: f32 = 0.25;

/// How much a merge or split must add to the similarity to be taken.
const GROUP_GAIN: f32 = 0.04;

/// A group of suspect sentences and the source sentences they render.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceMatch {
    /// Suspect sentence indices.
    pub suspect: Range<usize>,
    /// Source sentence indices.
    pub source: Range<usize>,
    /// Weighted Dice of the two groups.
    pub score: f32,
}

/// A sentence as the sorted, distinct ids of its content stems.
type Bag = Vec<u32>;

/// Stem ids and weights, and sentence bags, for a pair of documents.
struct Bags {
    suspect: Vec<Bag>,
    source: Vec<Bag>,
    /// Weight of each stem id: rarer across both articles weighs more.
    weight: Vec<f32>,
    /// Each suspect sentence's weight, then each source sentence's.
    masses: (Vec<f32>, Vec<f32>),
}

/// Sorted union of the bags of a range of sentences (borrowed when the range is one sentence).
fn union(bags: &[Bag], range: Range<usize>) -> std::borrow::Cow<'_, [u32]> {
    if range.len() == 1 {
        return std::borrow::Cow::Borrowed(&bags[range.start]);
    }
    let mut all: Vec<u32> = bags[range].concat();
    all.sort_unstable();
    all.dedup();
    std::borrow::Cow::Owned(all)
}

/// Summed weight of the stems of `bag`.
fn mass(weight: &[f32], bag: &[u32]) -> f32 {
    bag.iter().map(|&id| weight[id as usize]).sum()
}

impl Bags {
    fn new(suspect: &Document, source: &Document) -> Self {
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut df: Vec<f32> = Vec::new();
        let mut bag = |doc: &Document, i: usize| -> Bag {
            let mut out: Vec<u32> = Vec::new();
            let words = doc.words(doc.sentences[i].tokens.clone());
            for_each_content_stem(words.map(|(_, t)| t.norm.as_str()), |s| {
                let id = match ids.get(s) {
                    Some(&id) => id,
                    None => {
                        let next = ids.len() as u32;
                        ids.insert(s.to_string(), next);
                        next
                    }
                };
                out.push(id);
            });
            out.sort_unstable();
            out.dedup();
            df.resize(ids.len(), 0.0);
            for &id in &out {
                df[id as usize] += 1.0;
            }
            out
        };
        let suspect: Vec<Bag> = (0..suspect.sentences.len())
            .map(|i| bag(suspect, i))
            .collect();
        let source: Vec<Bag> = (0..source.sentences.len())
            .map(|i| bag(source, i))
            .collect();
        let n = (suspect.len() + source.len()) as f32;
        let weight: Vec<f32> = df.into_iter().map(|d| (1.0 + n / d).ln()).collect();
        let mass = |bags: &[Bag]| bags.iter().map(|b| mass(&weight, b)).collect();
        let masses = (mass(&suspect), mass(&source));
        Bags {
            suspect,
            source,
            weight,
            masses,
        }
    }

    /// Shared weight of suspect sentences `a` and source sentences `b`, and each side's weight.
    fn overlap(&self, a: Range<usize>, b: Range<usize>) -> (f32, f32, f32) {
        let (x, y) = (
            union(&self.suspect, a.clone()),
            union(&self.source, b.clone()),
        );
        let (mut i, mut j, mut shared) = (0, 0, 0.0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += self.weight[x[i] as usize];
                    i += 1;
                    j += 1;
                }
            }
        }
        // A single sentence's weight was summed once.
        let ma = if a.len() == 1 {
            self.masses.0[a.start]
        } else {
            mass(&self.weight, &x)
        };
        let mb = if b.len() == 1 {
            self.masses.1[b.start]
        } else {
            mass(&self.weight, &y)
        };
        (shared, ma, mb)
    }

    /// Weighted Dice of suspect sentences `a` and source sentences `b`.
    fn similarity(&self, a: Range<usize>, b: Range<usize>) -> f32 {
        let (shared, ma, mb) = self.overlap(a, b);
        if ma + mb == 0.0 {
            return 0.0;
        }
        2.0 * shared / (ma + mb)
    }
}

/// Largest suspect × source sentence count compared exhaustively; above it each
/// suspect sentence is compared only with source sentences sharing a rare stem.
const EXHAUSTIVE_PAIRS: usize = 250_000;

/// A stem shared by more source sentences than this is too common to find candidates by.
const RARE_STEM_SENTENCES: usize = 32;

/// Which source sentences each suspect sentence is compared with.
enum Candidates {
    All(usize),
    ByStem(FxHashMap<u32, Vec<usize>>),
}

impl Candidates {
    fn new(bags: &Bags) -> Self {
        let m = bags.source.len();
        if bags.suspect.len() * m <= EXHAUSTIVE_PAIRS {
            return Candidates::All(m);
        }
        let mut postings: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
        for (j, bag) in bags.source.iter().enumerate() {
            for &stem in bag {
                postings.entry(stem).or_default().push(j);
            }
        }
        postings.retain(|_, list| list.len() <= RARE_STEM_SENTENCES);
        Candidates::ByStem(postings)
    }

    fn of(&self, bags: &Bags, i: usize) -> Vec<usize> {
        match self {
            Candidates::All(m) => (0..*m).collect(),
            Candidates::ByStem(postings) => {
                let mut out: Vec<usize> = bags.suspect[i]
                    .iter()
                    .filter_map(|s| postings.get(s))
                    .flatten()
                    .copied()
                    .collect();
                out.sort_unstable();
                out.dedup();
                out
            }
        }
    }
}

/// Aligns the sentences of `suspect` to those of `source`.
pub fn align_sentences(suspect: &Document, source: &Document) -> Vec<SentenceMatch> {
    let bags = Bags::new(suspect, source);
    let (n, m) = (bags.suspect.len(), bags.source.len());
    if m == 0 {
        return Vec::new();
    }
    let candidates = Candidates::new(&bags);
    let mut singles: Vec<Option<SentenceMatch>> = (0..n)
        .map(|i| {
            let (j, score) = candidates
                .of(&bags, i)
                .into_iter()
                .map(|j| (j, bags.similarity(i..i + 1, j..j + 1)))
                // Ties (sentences with the same words) go to the source
                // sentence nearest the suspect's place, then the earlier.
                .max_by(|a, b| {
                    a.1.total_cmp(&b.1)
                        .then(b.0.abs_diff(i).cmp(&a.0.abs_diff(i)))
                        .then(b.0.cmp(&a.0))
                })?;
            (score >= MATCH_THRESHOLD).then(|| extend_source(&bags, i, j, score))
        })
        .collect();
    pair_headlines(&mut singles, &bags, suspect, source);
    drop_headline_echoes(&mut singles, suspect, source);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let Some(current) = singles[i].take() else {
            i += 1;
            continue;
        };
        let grouped = singles
            .get(i + 1)
            .and_then(|next| next.as_ref())
            .filter(|next| next.source == current.source)
            .map(|next| {
                let score = bags.similarity(i..i + 2, current.source.clone());
                (score, next.score)
            })
            .filter(|&(score, next)| score >= current.score.max(next) + GROUP_GAIN);
        match grouped {
            Some((score, _)) => {
                singles[i + 1] = None;
                out.push(SentenceMatch {
                    suspect: i..i + 2,
                    source: current.source,
                    score,
                });
                i += 2;
            }
            None => {
                out.push(current);
                i += 1;
            }
        }
    }
    let asks = |doc: &Document| (0..doc.sentences.len()).map(|i| asks(doc, i)).collect();
    let asks = (asks(suspect), asks(source));
    absorb_unmatched_neighbours(&bags, &mut out, &asks);
    fill_gaps(&bags, &mut out, &asks);
    out
}

/// For each suspect and each source sentence, whether it [`asks`].
type Asks = (Vec<bool>, Vec<bool>);

/// Whether sentence `i` of `doc` is a question in the writer's own voice
/// (not quoted).
fn asks(doc: &Document, i: usize) -> bool {
    let tokens = &doc.tokens[doc.sentences[i].tokens.clone()];
    tokens.last().is_some_and(|t| t.norm == "?") && tokens.first().is_some_and(|t| t.is_wordlike())
}

/// Pairs an unmatched suspect sentence with an uncovered source sentence when
/// the sentences before them are aligned to each other and the two share
/// something: a heavily reworded sentence in its expected place (the second
/// sentence of a quotation, say). A question of the writer's own (`asks`,
/// suspect and source) renders no statement: "Are you planning a trip this
/// summer?" shares "summer" with the sentence after it by chance.
fn fill_gaps(bags: &Bags, matches: &mut Vec<SentenceMatch>, asks: &Asks) {
    let (n, m) = (bags.suspect.len(), bags.source.len());
    let mut matched = vec![false; n];
    let mut covered = vec![false; m];
    for x in matches.iter() {
        matched[x.suspect.clone()].fill(true);
        covered[x.source.clone()].fill(true);
    }
    let mut added = Vec::new();
    for x in matches.iter() {
        let (i, j) = (x.suspect.end, x.source.end);
        if i >= n || j >= m || matched[i] || covered[j] || (asks.0[i] && !asks.1[j]) {
            continue;
        }
        let score = bags.similarity(i..i + 1, j..j + 1);
        if score >= GAP_THRESHOLD {
            matched[i] = true;
            covered[j] = true;
            added.push(SentenceMatch {
                suspect: i..i + 1,
                source: j..j + 1,
                score,
            });
        }
    }
    matches.extend(added);
    matches.sort_by_key(|x| x.suspect.start);
}

/// Adds an unmatched suspect sentence to the neighbouring group when it renders a
/// good part of the group's source that the group did not yet render (the weak
/// half of a split sentence). A question of the writer's own is no half of
/// a statement ("What is listeria?" before the sentence that explains it).
fn absorb_unmatched_neighbours(bags: &Bags, matches: &mut [SentenceMatch], asks: &Asks) {
    let n = bags.suspect.len();
    let mut matched = vec![false; n];
    for m in matches.iter() {
        matched[m.suspect.clone()].fill(true);
    }
    for m in matches.iter_mut() {
        let after = m.suspect.end;
        let before = m.suspect.start.checked_sub(1);
        let candidates = [
            (after < n && !matched[after]).then(|| m.suspect.start..after + 1),
            before.filter(|&b| !matched[b]).map(|b| b..m.suspect.end),
        ];
        for grown in candidates.into_iter().flatten() {
            let (shared_before, _, source_mass) = bags.overlap(m.suspect.clone(), m.source.clone());
            let (shared_after, _, _) = bags.overlap(grown.clone(), m.source.clone());
            let added = if grown.start < m.suspect.start {
                grown.start
            } else {
                grown.end - 1
            };
            if asks.0[added] && !m.source.clone().any(|j| asks.1[j]) {
                continue;
            }
            let (own_shared, own_mass, _) = bags.overlap(added..added + 1, m.source.clone());
            let new_coverage = (shared_after - shared_before) / source_mass.max(f32::EPSILON);
            if new_coverage >= SPLIT_COVERAGE && own_shared >= SPLIT_CONTAINMENT * own_mass {
                matched[grown.clone()].fill(true);
                m.score = bags.similarity(grown.clone(), m.source.clone());
                m.suspect = grown;
            }
        }
    }
}

/// Source sentences covered by no match.
pub fn uncovered_source(matches: &[SentenceMatch], source_len: usize) -> Vec<usize> {
    let mut covered = vec![false; source_len];
    for m in matches {
        for j in m.source.clone() {
            covered[j] = true;
        }
    }
    (0..source_len).filter(|&j| !covered[j]).collect()
}

#[cfg(test)]
mod tests;
