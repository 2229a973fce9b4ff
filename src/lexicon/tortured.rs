//! Known tortured phrases (Problematic Paper Screener, CC BY 4.0; see NOTICE):
//! word-for-word synonym swaps of fixed terms, with the term they garble.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/tortured-phrases.tsv");

/// A tortured phrase and the expected phrase.
#[derive(Debug)]
pub struct Tortured {
    /// The phrase's words, lower case.
    pub words: &'static [&'static str],
    /// The phrase it garbles, e.g. "artificial intelligence".
    pub expected: &'static str,
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
            .chunk_by(|a, b| a.words[0] == b.words[0])
            .map(|group| (group[0].words[0], group))
            .collect()
    })
}

/// The longest tortured phrase starting at `words[at]`.
pub fn match_at(words: &[&str], at: usize) -> Option<&'static Tortured> {
    by_first_word()
        .get(words[at])?
        .iter()
        .find(|t| words[at..].starts_with(t.words))
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
            match_at(&words, 1).map(|t| t.expected),
            Some("artificial intelligence")
        );
        assert!(match_at(&words, 0).is_none());
        assert!(swaps_word("intelligence", "consciousness"));
        assert!(!swaps_word("consciousness", "intelligence"));
    }
}
