//! WordNet 3.0 synonyms, antonyms and lemmatisation (Princeton licence; see NOTICE).

use super::table::{self, Table, built};
use crate::text::memo::{Memo, memoised};
use std::rc::Rc;

const SYNSETS: &str = include_str!("../../data/lexicon/synsets.tsv");
/// WordNet's opposites, `first<TAB>second` lines sorted by the first, keyed
/// by whole line. The one place the list is included, so the binary holds one
/// copy of it (each codegen unit that reads a `const` gets its own).
static ANTONYMS: Table = Table {
    text: include_str!("../../data/lexicon/antonyms.tsv"),
    slots: built!("antonyms.slots"),
};
const NEWS_ANTONYMS: &str = include_str!("../../data/curated/news-antonyms.tsv");
/// WordNet's irregular forms, `inflected<TAB>base` lines sorted by the
/// inflected form, keyed by each form's first line.
static LEMMAS: Table = Table {
    text: include_str!("../../data/lexicon/lemmas.tsv"),
    slots: built!("lemmas.slots"),
};
const DIRECTIONS: &str = include_str!("../../data/curated/directions.tsv");

mod antonyms;
mod detach;
mod lemmatise;
mod near;
mod tsv;
pub use antonyms::{are_antonyms, direction, news_antonyms};
use lemmatise::LEMMA_CACHE;
pub use lemmatise::{base_forms, exceptions, lemmas, share_lemma};
pub use near::{near_adjectives, near_antonyms, thesaurus_opposites};

/// Every lemma, with the span of its senses in [`SENSE_POSTINGS`] as `first << 8 | count`.
static SENSE_TABLE: Table = Table {
    text: SYNSETS,
    slots: built!("senses.slots"),
};

/// Senses, each `synset id << 8 | the lemma's sense rank there` (1 = its most common sense).
static SENSE_POSTINGS: &[u8] = built!("senses.postings");

/// The synsets `lemma` belongs to, with its sense rank in each; `None` when WordNet lacks it.
fn senses(lemma: &str) -> Option<impl Iterator<Item = (u32, u8)> + Clone> {
    SENSE_TABLE.get(lemma).map(senses_at)
}

/// The senses whose span in [`SENSE_POSTINGS`] is `span` (see [`SENSE_TABLE`]).
fn senses_at(span: u32) -> impl Iterator<Item = (u32, u8)> + Clone {
    let first = (span >> 8) as usize;
    (first..first + (span & 0xff) as usize)
        .map(|i| table::word(SENSE_POSTINGS, i))
        .map(|p| (p >> 8, p as u8))
}

fn is_lemma(word: &str) -> bool {
    SENSE_TABLE.get(word).is_some()
}

/// Part-of-speech bit of a noun in [`parts_of_speech`].
pub const NOUN: u8 = 1;

/// Part-of-speech bit of a verb.
pub const VERB: u8 = 2;

/// Part-of-speech bit of an adjective.
pub const ADJECTIVE: u8 = 4;

/// Part-of-speech bit of an adverb.
pub const ADVERB: u8 = 8;

/// The part of speech of every synset, by id, as one of the bits above.
static SYNSET_PARTS: &[u8] = built!("synset-parts.bin");

/// The parts of speech WordNet gives a word (any inflection), as [`NOUN`], [`VERB`],
/// [`ADJECTIVE`] and [`ADVERB`] bits; 0 when it does not know the word.
///
/// Remembered per thread, as [`lemmas`] are: checks ask it of every content
/// word (polarity-drift's search for a verb's parties among them).
pub fn parts_of_speech(word: &str) -> u8 {
    thread_local! {
        static CACHE: Memo<u8> = Memo::default();
    }
    memoised(
        &CACHE,
        word,
        LEMMA_CACHE,
        || {
            lemmas(word)
                .iter()
                .fold(0, |bits, l| bits | parts_as_written(l))
        },
        |&parts| parts,
    )
}

/// The parts of speech of exactly this form, uninflected ("said": an adjective only).
pub fn parts_as_written(word: &str) -> u8 {
    senses(word)
        .into_iter()
        .flatten()
        .fold(0, |bits, (id, _)| bits | SYNSET_PARTS[id as usize])
}

/// How common the sense two words share is, as (rank for `a`, rank for `b`):
/// over the synsets holding a lemma of each, the pair whose ranks are smallest
/// (the substitute's first). `None` when they share no synset.
pub fn synonym_rank(a: &str, b: &str) -> Option<(u8, u8)> {
    let (la, lb) = (lemmas(a), lemmas(b));
    shared_rank(
        la.iter().map(String::as_str).map(spanned),
        lb.iter().map(String::as_str).map(spanned),
    )
}

/// A lemma with its span in [`SENSE_POSTINGS`], if WordNet has it.
fn spanned(lemma: &str) -> (&str, Option<u32>) {
    (lemma, SENSE_TABLE.get(lemma))
}

/// A word's [`lemmas`], each with where its senses lie, looked up once for
/// a caller that compares the word with many ([`senses_synonym_rank`]).
#[derive(Clone)]
pub struct LemmaSenses {
    lemmas: Rc<[String]>,
    /// Each lemma's span in [`SENSE_POSTINGS`], if WordNet has it.
    spans: Box<[Option<u32>]>,
}

impl LemmaSenses {
    /// The lemmas of `word` and where their senses lie.
    pub fn of(word: &str) -> Self {
        let lemmas = lemmas(word);
        let spans = lemmas.iter().map(|l| SENSE_TABLE.get(l)).collect();
        LemmaSenses { lemmas, spans }
    }

    fn spanned(&self) -> impl Iterator<Item = (&str, Option<u32>)> + Clone {
        let lemmas = self.lemmas.iter().map(String::as_str);
        lemmas.zip(self.spans.iter().copied())
    }
}

/// [`synonym_rank`] of two words given by their [`LemmaSenses`].
pub fn senses_synonym_rank(a: &LemmaSenses, b: &LemmaSenses) -> Option<(u8, u8)> {
    shared_rank(a.spanned(), b.spanned())
}

/// [`synonym_rank`] over two words' lemmas, each with its span of senses.
fn shared_rank<'a>(
    la: impl Iterator<Item = (&'a str, Option<u32>)>,
    lb: impl Iterator<Item = (&'a str, Option<u32>)> + Clone,
) -> Option<(u8, u8)> {
    let mut best: Option<(u8, u8)> = None;
    for (x, span_x) in la {
        for (y, span_y) in lb.clone() {
            if x == y {
                return Some((1, 1));
            }
            let (Some(span_x), Some(span_y)) = (span_x, span_y) else {
                continue;
            };
            // Both lists are in synset order: walked side by side, each sense
            // of `x` meets the first sense of `y` in its synset.
            let mut sy = senses_at(span_y).peekable();
            for (id, rx) in senses_at(span_x) {
                while sy.next_if(|&(i, _)| i < id).is_some() {}
                if let Some(&(_, ry)) = sy.peek().filter(|&&(i, _)| i == id) {
                    let key = |(p, q): (u8, u8)| (q, p);
                    if best.is_none_or(|b| key((rx, ry)) < key(b)) {
                        best = Some((rx, ry));
                    }
                }
            }
        }
    }
    best
}

/// The senses two words share, as (part-of-speech bit, rank for `a`), over
/// the synsets holding a lemma of each.
pub fn shared_senses(a: &str, b: &str) -> Vec<(u8, u8)> {
    let (la, lb) = (lemmas(a), lemmas(b));
    let mut out = Vec::new();
    for x in la.iter() {
        let Some(sx) = senses(x) else { continue };
        for y in lb.iter() {
            let Some(sy) = senses(y) else { continue };
            out.extend(
                sx.clone()
                    .filter(|&(id, _)| sy.clone().any(|(i, _)| i == id))
                    .map(|(id, rank)| (SYNSET_PARTS[id as usize], rank)),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_parts_of_speech() {
        assert_eq!(parts_of_speech("precautionary"), ADJECTIVE);
        assert_ne!(parts_of_speech("precaution") & NOUN, 0);
        assert_eq!(parts_of_speech("xqzt"), 0);
    }

    #[test]
    fn every_sense_is_found_in_the_built_table() {
        for (id, line) in SYNSETS.lines().enumerate() {
            let (_, members) = line.split_once('\t').unwrap();
            for member in members.split(',') {
                let (lemma, rank) = member.rsplit_once(':').unwrap();
                let sense = (id as u32, rank.parse().unwrap());
                assert!(senses(lemma).unwrap().any(|s| s == sense), "{member}");
            }
            assert_ne!(SYNSET_PARTS[id], 0);
        }
    }

    #[test]
    fn senses_are_in_synset_order() {
        // `synonym_rank` walks two words' senses side by side.
        for line in SYNSETS.lines() {
            let (_, members) = line.split_once('\t').unwrap();
            for (lemma, _) in members.split(',').filter_map(|m| m.rsplit_once(':')) {
                let ids: Vec<u32> = senses(lemma).unwrap().map(|(id, _)| id).collect();
                assert!(ids.is_sorted(), "{lemma}");
            }
        }
    }

    #[test]
    fn synonyms_in_common_senses() {
        assert_eq!(synonym_rank("biggest", "largest"), Some((1, 1)));
        assert_eq!(synonym_rank("said", "stated"), Some((1, 1)));
        assert_eq!(synonym_rank("growth", "development"), Some((1, 3)));
        assert!(synonym_rank("aimed", "purified").is_none());
    }
}
