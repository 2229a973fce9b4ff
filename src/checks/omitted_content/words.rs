//! The content words of a sentence, as `omitted-content` compares them, and
//! whether one of them stands in another sentence's words.

use crate::lexicon::wordnet::{LemmaSenses, are_antonyms, senses_synonym_rank};
use crate::text::Document;
use crate::text::words::{canonical_units, is_stopword, stem};
use std::cell::OnceCell;

/// A content word of a sentence.
#[derive(Clone)]
pub(in crate::checks) struct Word {
    /// The word as written (lower case; a figure as its digits).
    pub text: String,
    /// Its stem.
    pub root: String,
    /// Whether a negator ("not", "never", "no one") stands before it.
    pub negated: bool,
    /// Its WordNet lemmas and their senses, looked up when first
    /// compared: a word is compared with many.
    senses: OnceCell<LemmaSenses>,
}

impl Word {
    /// A content word `text` with its stem `root`.
    fn new(text: String, root: String, negated: bool) -> Self {
        Word {
            text,
            root,
            negated,
            senses: OnceCell::new(),
        }
    }

    /// Its WordNet lemmas and their senses.
    fn senses(&self) -> &LemmaSenses {
        self.senses.get_or_init(|| LemmaSenses::of(&self.text))
    }

    /// Whether the word is a figure.
    pub fn is_figure(&self) -> bool {
        self.root.starts_with(|c: char| c.is_ascii_digit())
    }
}

/// Negators read as the polarity of the content word after them rather than
/// as words of their own: "not injured" is "unhurt", "no one was hurt" is
/// "nobody was injured".
const NEGATORS: &[&str] = &[
    "not", "no", "never", "nobody", "none", "nothing", "nowhere", "non",
];

/// Prefixes that deny the word they stand before ("unhurt", "inactive").
const DENYING_PREFIXES: &[&str] = &["non", "un", "in", "im", "il", "ir", "dis"];

/// Shortest word a denying prefix is taken off to leave.
const PREFIXED_LETTERS: usize = 4;

/// Highest WordNet sense rank (of either word) at which a synonym in a
/// neighbour counts as the source word reworded.
const SENSE_RANK: u8 = 3;

/// Shortest stem that counts as the root of a longer one.
const ROOT_LETTERS: usize = 5;

/// Whether two stems are forms of one word the stemmer left apart, one the
/// root of the other ("recoveri" and "recov": "recovery", "recovers").
fn derived(a: &str, b: &str) -> bool {
    a.len().min(b.len()) >= ROOT_LETTERS && (a.starts_with(b) || b.starts_with(a))
}

/// Whether `a` and `b` are one word reworded: by stem, as a derived form
/// ("recovery" → "recovers") or as a synonym in a sense of rank `rank` or
/// better ("began" → "started").
fn same_word(a: &Word, b: &Word, rank: u8) -> bool {
    a.root == b.root
        || (!a.is_figure() && derived(&a.root, &b.root))
        || (!a.is_figure()
            && senses_synonym_rank(a.senses(), b.senses()).is_some_and(|(x, y)| x.max(y) <= rank))
}

/// Whether `a`, denied, says what `b` says plainly (or the other way round):
/// `b` is its antonym ("not unanimous" → "divided") or `b` denies it, or a
/// synonym of it in any sense, by a prefix ("not injured" → "unhurt").
fn denied_as(a: &Word, b: &Word) -> bool {
    let prefixed = |x: &Word, y: &Word| {
        DENYING_PREFIXES.iter().any(|p| {
            x.text
                .strip_prefix(p)
                .filter(|rest| rest.len() >= PREFIXED_LETTERS)
                .is_some_and(|rest| {
                    let plain = Word::new(rest.to_string(), stem(rest), false);
                    same_word(&plain, y, u8::MAX)
                })
        })
    };
    !a.is_figure()
        && !b.is_figure()
        && (are_antonyms(&a.text, &b.text) || prefixed(a, b) || prefixed(b, a))
}

/// Whether content word `w` stands in the words `near`: as itself or reworded
/// (see [`same_word`]), in any sense if both are denied ("no one was hurt" →
/// "nobody was injured"); a figure 2 as "both"; or, where one of the two is
/// denied and the other not, as its opposite (see [`restated_opposite`]).
pub(in crate::checks) fn stands_in(w: &Word, near: &[Word]) -> bool {
    near.iter().any(|n| {
        // Any sense (the wider rank) takes in the narrower: one test.
        let rank = if w.negated && n.negated {
            u8::MAX
        } else {
            SENSE_RANK
        };
        same_word(w, n, rank) || (w.root == "2" && n.text == "both")
    }) || restated_opposite(w, near)
}

/// Whether the words `near` restate content word `w` by its opposite, one
/// of the two denied and the other not (see [`denied_as`]).
pub(in crate::checks) fn restated_opposite(w: &Word, near: &[Word]) -> bool {
    near.iter()
        .any(|n| w.negated != n.negated && denied_as(w, n))
}

/// The content words of a token range of `d`.
pub(in crate::checks) fn content(d: &Document, range: std::ops::Range<usize>) -> Vec<Word> {
    let mut words = Vec::new();
    let mut negated = false;
    let mut after_no = false;
    for (_, t) in d.words(range) {
        // "15-year" renders "for 15 years", "three" renders "3", "€11.2m"
        // renders "11.2 million euros".
        for part in t.norm.split('-').filter(|p| !p.is_empty()) {
            // "no one", "no-one": a negator, as "nobody" is.
            if std::mem::replace(&mut after_no, part == "no") && part == "one" {
                continue;
            }
            let mut units = Vec::new();
            match figure(part) {
                Some(f) => units.push(f),
                _ => canonical_units(part, &mut units),
            }
            for text in units {
                if NEGATORS.contains(&text.as_str()) {
                    negated = true;
                } else if !is_stopword(&text) {
                    let root = stem(&text);
                    words.push(Word::new(text, root, std::mem::take(&mut negated)));
                }
            }
        }
    }
    words
}

/// The digits a figure's token opens with, thousands separators dropped
/// ("11.2m" → "11.2", "1,200" → "1200"), if it opens with one.
fn figure(word: &str) -> Option<String> {
    let end = word
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(word.len());
    let digits = word[..end].trim_end_matches(['.', ',']).replace(',', "");
    digits
        .starts_with(|c: char| c.is_ascii_digit())
        .then_some(digits)
}
