//! `duplicate-sentence`: a sentence repeated inside the article.

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use crate::text::words::{canonical_units, stem};
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

fn stem_counts(doc: &Document, sentence: usize) -> FxHashMap<String, u32> {
    let mut units = Vec::new();
    for (_, t) in doc.words(doc.sentences[sentence].tokens.clone()) {
        canonical_units(&t.norm, &mut units);
    }
    let mut counts = FxHashMap::default();
    for u in units {
        *counts.entry(stem(&u)).or_default() += 1;
    }
    counts
}

fn size(m: &FxHashMap<String, u32>) -> u32 {
    m.values().sum()
}

fn shared(a: &FxHashMap<String, u32>, b: &FxHashMap<String, u32>) -> u32 {
    a.iter()
        .map(|(k, &n)| n.min(b.get(k).copied().unwrap_or(0)))
        .sum()
}

fn dice(a: &FxHashMap<String, u32>, b: &FxHashMap<String, u32>) -> f32 {
    2.0 * shared(a, b) as f32 / (size(a) + size(b)).max(1) as f32
}

/// Words from which a sentence held whole inside an earlier one is a repeat of
/// part of it ("Yields fell below 2 tonnes per hectare." after "Yields fell below
/// 2 tonnes per hectare, half the usual.").
const MIN_CONTAINED_WORDS: u32 = 8;

fn contained_in(a: &FxHashMap<String, u32>, b: &FxHashMap<String, u32>) -> bool {
    size(a) >= MIN_CONTAINED_WORDS && shared(a, b) == size(a)
}

impl Check for DuplicateSentence {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = ctx.suspect;
        let bags: Vec<Option<(FxHashMap<String, u32>, bool)>> = (0..doc.sentences.len())
            .map(|i| {
                let words = doc.words(doc.sentences[i].tokens.clone()).count();
                (words >= MIN_EXACT_WORDS).then(|| (stem_counts(doc, i), words >= MIN_WORDS))
            })
            .collect();
        let mut seen: FxHashMap<Vec<(&String, &u32)>, usize> = FxHashMap::default();
        for (i, bag) in bags.iter().enumerate() {
            let Some((bag, long)) = bag else { continue };
            let mut key: Vec<(&String, &u32)> = bag.iter().collect();
            key.sort_unstable();
            let exact = seen.get(&key).copied();
            seen.entry(key).or_insert(i);
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
