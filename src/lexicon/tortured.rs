//! Known tortured phrases (Problematic Paper Screener, CC BY 4.0; see NOTICE):
//! word-for-word synonym swaps of fixed terms, with the term they garble.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// The list's text: a `static`, so it is stored once (a `const` is copied
/// into each codegen unit that reads it).
static DATA: &str = include_str!("../../data/tortured-phrases.tsv");

/// A tortured phrase and the expected phrase, as the byte spans `[start, end)`
/// of their columns in the list's text and where the phrase's first word ends
/// there (so the array of them holds no pointers).
#[derive(Debug)]
pub struct Tortured {
    phrase: [u32; 2],
    first: u32,
    expected: [u32; 2],
}

impl Tortured {
    /// The phrase, lower case, its words one space apart.
    pub fn phrase(&self) -> &'static str {
        &DATA[self.phrase[0] as usize..self.phrase[1] as usize]
    }

    /// The phrase's words.
    pub fn words(&self) -> std::str::Split<'static, char> {
        self.phrase().split(' ')
    }

    /// The number of words of the phrase.
    pub fn word_count(&self) -> usize {
        self.words().count()
    }

    /// The phrase it garbles, e.g. "artificial intelligence".
    pub fn expected(&self) -> &'static str {
        &DATA[self.expected[0] as usize..self.expected[1] as usize]
    }

    /// The phrase's first word.
    fn first_word(&self) -> &'static str {
        &DATA[self.phrase[0] as usize..self.first as usize]
    }

    /// Whether `words` (which hold no space) start with the phrase's words.
    fn starts(&self, words: &[&str]) -> bool {
        let mut rest = self.phrase();
        for word in words {
            let Some(after) = rest.strip_prefix(word) else {
                return false;
            };
            match after.strip_prefix(' ') {
                Some(next) => rest = next,
                None => return after.is_empty(),
            }
        }
        false
    }
}

/// The list's phrases of two or more words and no capital letter, grouped
/// by first word, longest first within a group (in list order among equals):
/// laid out by `build.rs`.
static PHRASES: &[Tortured] = include!(concat!(env!("OUT_DIR"), "/tortured.rs"));

/// The phrases of [`PHRASES`] by their first word, longest first.
pub fn by_first_word() -> &'static FxHashMap<&'static str, &'static [Tortured]> {
    static TABLE: OnceLock<FxHashMap<&'static str, &'static [Tortured]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        PHRASES
            .chunk_by(|a, b| a.first_word() == b.first_word())
            .map(|group| (group[0].first_word(), group))
            .collect()
    })
}

/// The longest tortured phrase starting at `words[at]`; the words hold no
/// space (they are units of tokens).
pub fn match_at(words: &[&str], at: usize) -> Option<&'static Tortured> {
    by_first_word()
        .get(words[at])?
        .iter()
        .find(|t| t.starts(&words[at..]))
}

/// Whether some tortured phrase of the list puts `to` for `from`, word for
/// word, in a term as long as the phrase ("surface area" → "surface
/// region": "area" → "region"): the list records a spinner's thesaurus at
/// work on fixed terms. Both words are matched lower case, as written.
pub fn swaps_word(from: &str, to: &str) -> bool {
    static SWAPS: OnceLock<FxHashMap<String, FxHashSet<String>>> = OnceLock::new();
    SWAPS
        .get_or_init(|| {
            let mut swaps: FxHashMap<String, FxHashSet<String>> = FxHashMap::default();
            for line in DATA.lines().filter(|l| !l.starts_with('#')) {
                let mut cols = line.split('\t');
                let (Some(phrase), Some(expected)) = (cols.next(), cols.next()) else {
                    continue;
                };
                let (ours, theirs) = (phrase.to_lowercase(), expected.to_lowercase());
                let (ours, theirs) = (ours.split_whitespace(), theirs.split_whitespace());
                if ours.clone().count() == theirs.clone().count() {
                    for (a, b) in theirs.zip(ours).filter(|(a, b)| a != b) {
                        swaps
                            .entry(a.to_string())
                            .or_default()
                            .insert(b.to_string());
                    }
                }
            }
            swaps
        })
        .get(from)
        .is_some_and(|to_words| to_words.contains(to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_known_phrases() {
        let words = ["the", "counterfeit", "consciousness", "boom"];
        assert_eq!(
            match_at(&words, 1).map(Tortured::expected),
            Some("artificial intelligence")
        );
        assert!(match_at(&words, 0).is_none());
        assert!(match_at(&words[..2], 1).is_none());
        assert_eq!(
            match_at(&words, 1).map(|t| t.words().collect::<Vec<_>>()),
            Some(vec!["counterfeit", "consciousness"])
        );
        assert!(swaps_word("intelligence", "consciousness"));
        assert!(!swaps_word("consciousness", "intelligence"));
    }
}
