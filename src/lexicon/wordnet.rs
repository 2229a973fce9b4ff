//! WordNet 3.0 synonyms, antonyms and lemmatisation (Princeton licence; see NOTICE).

use super::table::{self, Table, built};
use crate::text::memo::{Memo, memoised};
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;
use std::sync::OnceLock;

const SYNSETS: &str = include_str!("../../data/lexicon/synsets.tsv");
const ANTONYMS: &str = include_str!("../../data/lexicon/antonyms.tsv");
const NEWS_ANTONYMS: &str = include_str!("../../data/curated/news-antonyms.tsv");
const LEMMAS: &str = include_str!("../../data/lexicon/lemmas.tsv");
const DIRECTIONS: &str = include_str!("../../data/curated/directions.tsv");

mod near;
pub use near::near_antonyms;

/// Which way a word of movement points: `Some(true)` up, `Some(false)` down.
pub fn direction(word: &str) -> Option<bool> {
    static MAP: OnceLock<FxHashMap<&'static str, bool>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = FxHashMap::default();
        for (up, down) in pairs(DIRECTIONS) {
            map.extend(up.split(',').map(|w| (w, true)));
            map.extend(down.split(',').map(|w| (w, false)));
        }
        map
    })
    .get(word)
    .copied()
}

/// Every lemma, with the span of its senses in [`SENSE_POSTINGS`] as `first << 8 | count`.
static SENSE_TABLE: Table = Table {
    text: SYNSETS,
    slots: built!("senses.slots"),
};

/// Senses, each `synset id << 8 | the lemma's sense rank there` (1 = its most common sense).
static SENSE_POSTINGS: &[u8] = built!("senses.postings");

/// The synsets `lemma` belongs to, with its sense rank in each; `None` when WordNet lacks it.
fn senses(lemma: &str) -> Option<impl Iterator<Item = (u32, u8)> + Clone> {
    let span = SENSE_TABLE.get(lemma)?;
    let first = (span >> 8) as usize;
    let postings = first..first + (span & 0xff) as usize;
    Some(
        postings
            .map(|i| table::word(SENSE_POSTINGS, i))
            .map(|p| (p >> 8, p as u8)),
    )
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

fn pairs(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    lines(data).filter(|l| !l.starts_with('#')).filter_map(|l| {
        // A byte search: cheaper than `split_once` on lines this short.
        let tab = l.bytes().position(|b| b == b'\t')?;
        Some((&l[..tab], &l[tab + 1..]))
    })
}

/// The lines of `data` as [`str::lines`] gives them ("\r\n" ends a line as
/// "\n" does), found by a byte search: cheaper than its searcher on lines
/// this short.
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    let mut rest = data;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let Some(end) = rest.bytes().position(|b| b == b'\n') else {
            return Some(std::mem::take(&mut rest));
        };
        let line = &rest[..end];
        rest = &rest[end + 1..];
        Some(line.strip_suffix('\r').unwrap_or(line))
    })
}

/// How many lines `data` has (at most), to size a table read from it.
fn line_count(data: &str) -> usize {
    data.bytes().filter(|&b| b == b'\n').count() + 1
}

fn antonym_set() -> &'static FxHashSet<(&'static str, &'static str)> {
    static SET: OnceLock<FxHashSet<(&'static str, &'static str)>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = FxHashSet::default();
        set.reserve(line_count(ANTONYMS) + 2 * line_count(NEWS_ANTONYMS));
        set.extend(pairs(ANTONYMS).chain(pairs(NEWS_ANTONYMS).flat_map(|(a, b)| [(a, b), (b, a)])));
        set
    })
}

/// The base forms WordNet's exception list gives an irregular `word`
/// ("drove" → "drive", "frozen" → "freeze"), in the list's order.
pub fn exceptions(word: &str) -> impl Iterator<Item = &'static str> {
    /// The list's (inflected, base) pairs, sorted by inflected form (stably:
    /// one form's bases keep their order).
    static LIST: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let list = LIST.get_or_init(|| {
        let mut list = Vec::with_capacity(line_count(LEMMAS));
        list.extend(pairs(LEMMAS));
        list.sort_by_key(|&(inflected, _)| inflected);
        list
    });
    let first = list.partition_point(|&(inflected, _)| inflected < word);
    list[first..]
        .iter()
        .take_while(move |&&(inflected, _)| inflected == word)
        .map(|&(_, base)| base)
}

/// Suffix rules of WordNet's morphy: (ending, replacement).
const DETACH: &[(&str, &str)] = &[
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("er", ""),
    ("est", ""),
    ("er", "e"),
    ("est", "e"),
];

/// Base forms of a lower-case word or phrase that WordNet knows (the word itself
/// first, if known); a phrase is lemmatised on its first word ("held up" → "hold up").
///
/// They are remembered per thread (the same words are compared with many
/// others across a document's sentence pairs), up to [`LEMMA_CACHE`] words.
pub fn lemmas(word: &str) -> Rc<[String]> {
    thread_local! {
        static CACHE: Memo<Rc<[String]>> = Memo::default();
    }
    memoised(
        &CACHE,
        word,
        LEMMA_CACHE,
        || base_forms(word).into(),
        Rc::clone,
    )
}

/// Whether two words are one word or share a base form ("won", "winning").
pub fn share_lemma(a: &str, b: &str) -> bool {
    a == b || {
        let theirs = lemmas(b);
        lemmas(a).iter().any(|l| theirs.contains(l))
    }
}

/// Most words whose lemmas a thread remembers.
const LEMMA_CACHE: usize = 50_000;

/// [`lemmas`], worked out and not remembered: for a phrase asked of once.
pub fn base_forms(word: &str) -> Vec<String> {
    if let Some((head, rest)) = word.split_once(' ') {
        let mut out: Vec<String> = Vec::new();
        for base in std::iter::once(head.to_string()).chain(inflections(head)) {
            let phrase = format!("{base} {rest}");
            if is_lemma(&phrase) && !out.contains(&phrase) {
                out.push(phrase);
            }
        }
        return out;
    }
    let mut out: Vec<String> = Vec::new();
    let mut push = |w: String| {
        if is_lemma(&w) && !out.contains(&w) {
            out.push(w);
        }
    };
    push(word.to_string());
    for base in exceptions(word) {
        push(base.to_string());
    }
    for (ending, replacement) in DETACH {
        if let Some(stem) = word.strip_suffix(ending).filter(|s| s.len() >= 2) {
            push(format!("{stem}{replacement}"));
            let doubled = stem.as_bytes();
            if doubled.len() >= 3 && doubled[doubled.len() - 1] == doubled[doubled.len() - 2] {
                push(stem[..stem.len() - 1].to_string());
            }
        }
    }
    out
}

/// Candidate base forms of a word by exception list and suffix rules, known or not.
fn inflections(word: &str) -> Vec<String> {
    let mut out: Vec<String> = exceptions(word).map(str::to_string).collect();
    for (ending, replacement) in DETACH {
        if let Some(stem) = word.strip_suffix(ending).filter(|s| s.len() >= 2) {
            out.push(format!("{stem}{replacement}"));
        }
    }
    out
}

/// How common the sense two words share is, as (rank for `a`, rank for `b`):
/// over the synsets holding a lemma of each, the pair whose ranks are smallest
/// (the substitute's first). `None` when they share no synset.
pub fn synonym_rank(a: &str, b: &str) -> Option<(u8, u8)> {
    let (la, lb) = (lemmas(a), lemmas(b));
    let mut best: Option<(u8, u8)> = None;
    for x in la.iter() {
        for y in lb.iter() {
            if x == y {
                return Some((1, 1));
            }
            let (Some(sx), Some(sy)) = (senses(x), senses(y)) else {
                continue;
            };
            for (id, rx) in sx {
                if let Some((_, ry)) = sy.clone().find(|&(i, _)| i == id) {
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

/// The words the curated news list pairs with this exact form as opposites.
pub fn news_antonyms(word: &str) -> &'static [&'static str] {
    static MAP: OnceLock<FxHashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for (a, b) in pairs(NEWS_ANTONYMS) {
            map.entry(a).or_default().push(b);
            map.entry(b).or_default().push(a);
        }
        map
    })
    .get(word)
    .map_or(&[], Vec::as_slice)
}

/// Whether WordNet or the curated news list makes `a` and `b` opposites (any inflection).
pub fn are_antonyms(a: &str, b: &str) -> bool {
    if let (Some(x), Some(y)) = (direction(a), direction(b)) {
        return x != y;
    }
    let set = antonym_set();
    if set.contains(&(a, b)) {
        return true;
    }
    let (la, lb) = (lemmas(a), lemmas(b));
    la.iter()
        .any(|x| lb.iter().any(|y| set.contains(&(x.as_str(), y.as_str()))))
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
    fn lemmatises_inflections() {
        assert!(lemmas("investors").contains(&"investor".to_string()));
        assert!(lemmas("went").contains(&"go".to_string()));
        assert!(lemmas("biggest").contains(&"big".to_string()));
    }

    #[test]
    fn lines_split_as_str_lines_does() {
        for data in [
            "",
            "\n",
            "a\tb",
            "a\tb\n",
            "a\r\nb\r",
            "\n\nx\r\r\n#y\tz\r\n\r\n",
        ] {
            assert_eq!(
                lines(data).collect::<Vec<_>>(),
                data.lines().collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn exceptions_give_every_base_in_list_order() {
        assert_eq!(exceptions("axes").collect::<Vec<_>>(), ["ax", "axis"]);
        assert_eq!(exceptions("went").collect::<Vec<_>>(), ["go"]);
        assert_eq!(exceptions("walked").count(), 0);
    }

    #[test]
    fn synonyms_in_common_senses() {
        assert_eq!(synonym_rank("biggest", "largest"), Some((1, 1)));
        assert_eq!(synonym_rank("said", "stated"), Some((1, 1)));
        assert_eq!(synonym_rank("growth", "development"), Some((1, 3)));
        assert!(synonym_rank("aimed", "purified").is_none());
    }

    #[test]
    fn antonyms_from_wordnet_and_news_list() {
        assert!(are_antonyms("rose", "fell"));
        assert!(are_antonyms("approved", "rejected"));
        assert!(!are_antonyms("said", "stated"));
    }
}
