//! `duplicate-sentence`: a sentence repeated inside the article.

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use crate::text::words::{for_each_unit, with_stem};
use rustc_hash::FxHashMap;

/// Flags the later copy of a sentence repeated verbatim or nearly so.
pub struct DuplicateSentence;

static RULE: Rule = Rule {
    id: "duplicate-sentence",
    category: Category::Structure,
    default_severity: Severity::Error,
    needs_source: false,
    summary: "A sentence or paragraph that repeats an earlier one",
    explanation: "Spinners often emit a paragraph twice, the second time lightly reworded. \
Sentences are compared as bags of word stems (contractions expanded, number words as digits); \
a sentence of six or more words whose Dice similarity with an earlier one reaches 0.8 is \
flagged at its later copy, and so is a sentence of five words repeating all the words of an \
earlier one (\"No deaths have been reported.\").",
    details: include_str!("../../docs/rules/duplicate-sentence.md"),
    example_source: "",
    example_bad: "Investors poured money into tech stocks. Shares rose. Investors have poured money into tech stocks.",
    example_good: "Investors poured money into tech stocks. Shares rose to three-year highs.",
};

/// Dice similarity at or above which two sentences are the same sentence.
const SAME_SENTENCE: f32 = 0.8;

/// How many earlier sentences a sentence is compared with for near-duplicates
/// (exact repeats are found at any distance), keeping long inputs linear.
const NEAR_WINDOW: usize = 300;

/// Sentences shorter than this (in words) are compared only for exact repeats.
const MIN_WORDS: usize = 6;

/// Sentences shorter than this (in words) are never compared: "No one was
/// hurt." may be said twice, but not "No deaths have been reported."
const MIN_EXACT_WORDS: usize = 5;

/// A sentence as a bag of stems: each stem's id (numbered per document) and
/// count, sorted by id, with the total count.
struct Bag {
    counts: Vec<(u32, u32)>,
    size: u32,
}

/// The bag of stems of sentence `sentence`, stems numbered in `ids`.
fn stem_counts(doc: &Document, sentence: usize, ids: &mut FxHashMap<String, u32>) -> Bag {
    let mut counts: Vec<(u32, u32)> = Vec::new();
    for (_, t) in doc.words(doc.sentences[sentence].tokens.clone()) {
        for_each_unit(&t.norm, |u| {
            let id = with_stem(u, |s| match ids.get(s) {
                Some(&id) => id,
                None => {
                    let next = ids.len() as u32;
                    ids.insert(s.to_string(), next);
                    next
                }
            });
            match counts.iter_mut().find(|(k, _)| *k == id) {
                Some((_, n)) => *n += 1,
                None => counts.push((id, 1)),
            }
        });
    }
    counts.sort_unstable();
    let size = counts.iter().map(|&(_, n)| n).sum();
    Bag { counts, size }
}

/// Stems two bags share, counted as often as both have them.
fn shared(a: &Bag, b: &Bag) -> u32 {
    let (x, y) = (&a.counts, &b.counts);
    let (mut i, mut j, mut total) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                total += x[i].1.min(y[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    total
}

fn dice(a: &Bag, b: &Bag) -> f32 {
    2.0 * shared(a, b) as f32 / (a.size + b.size).max(1) as f32
}

/// Words from which a sentence held whole inside an earlier one is a repeat of
/// part of it ("Yields fell below 2 tonnes per hectare." after "Yields fell below
/// 2 tonnes per hectare, half the usual.").
const MIN_CONTAINED_WORDS: u32 = 8;

fn contained_in(a: &Bag, b: &Bag) -> bool {
    a.size >= MIN_CONTAINED_WORDS && shared(a, b) == a.size
}

impl Check for DuplicateSentence {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = ctx.suspect;
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let bags: Vec<Option<(Bag, bool)>> = (0..doc.sentences.len())
            .map(|i| {
                let words = doc.words(doc.sentences[i].tokens.clone()).count();
                (words >= MIN_EXACT_WORDS)
                    .then(|| (stem_counts(doc, i, &mut ids), words >= MIN_WORDS))
            })
            .collect();
        let mut seen: FxHashMap<&[(u32, u32)], usize> = FxHashMap::default();
        for (i, bag) in bags.iter().enumerate() {
            let Some((bag, long)) = bag else { continue };
            let exact = seen.get(bag.counts.as_slice()).copied();
            seen.entry(&bag.counts).or_insert(i);
            let near = || {
                (i.saturating_sub(NEAR_WINDOW)..i).find(|&j| {
                    bags[j].as_ref().is_some_and(|(other, other_long)| {
                        *other_long
                            && (dice(bag, other) >= SAME_SENTENCE || contained_in(bag, other))
                    })
                })
            };
            let earlier = exact.or_else(|| long.then(near).flatten());
            if let Some(j) = earlier {
                let s = &doc.sentences[i];
                let (line, _) = doc.lines.position(&doc.text, doc.sentences[j].start);
                out.push(Diagnostic::new(
                    s.start,
                    s.end,
                    format!("repeats the sentence on line {line}"),
                ));
            }
        }
    }
}
