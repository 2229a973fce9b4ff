//! English word and bigram frequencies (symspellpy's lists, MIT; see NOTICE).

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const WORDS: &str = include_str!("../../data/lexicon/frequencies.tsv");
const BIGRAMS: &str = include_str!("../../data/lexicon/bigrams.tsv");

fn parse(data: &'static str) -> FxHashMap<&'static str, (u32, u64)> {
    data.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let (key, count) = line.split_once('\t')?;
            Some((key, (i as u32 + 1, count.parse().ok()?)))
        })
        .collect()
}

fn words() -> &'static FxHashMap<&'static str, (u32, u64)> {
    static TABLE: OnceLock<FxHashMap<&'static str, (u32, u64)>> = OnceLock::new();
    TABLE.get_or_init(|| parse(WORDS))
}

fn bigrams() -> &'static FxHashMap<&'static str, (u32, u64)> {
    static TABLE: OnceLock<FxHashMap<&'static str, (u32, u64)>> = OnceLock::new();
    TABLE.get_or_init(|| parse(BIGRAMS))
}

/// Frequency rank of a lower-case word (1 = most frequent), an American
/// spelling ranked as its British form ("travelers" as "travellers");
/// unknown words rank last.
pub fn rank(word: &str) -> u32 {
    let listed = |w: &str| words().get(w).map(|&(r, _)| r);
    listed(word)
        .or_else(|| british_forms(word).iter().find_map(|w| listed(w)))
        .unwrap_or(u32::MAX)
}

/// American spelling patterns and their British forms.
const AMERICAN_PATTERNS: &[(&str, &str)] = &[
    ("eler", "eller"),
    ("eled", "elled"),
    ("eling", "elling"),
    ("or", "our"),
    ("ize", "ise"),
    ("yze", "yse"),
    ("ense", "ence"),
    ("airplane", "aeroplane"),
];

/// British spellings an American-spelt word may have ("labor" → "labour",
/// "traveler" → "traveller", "center" → "centre").
fn british_forms(word: &str) -> Vec<String> {
    let mut out: Vec<String> = AMERICAN_PATTERNS
        .iter()
        .filter_map(|(us, gb)| {
            let i = word.find(us)?;
            Some(format!("{}{gb}{}", &word[..i], &word[i + us.len()..]))
        })
        .collect();
    if let Some(stem) = word.strip_suffix("er").filter(|s| s.len() >= 3) {
        out.push(format!("{stem}re"));
    }
    out
}

/// The listed words, most frequent first.
pub fn words_by_rank() -> impl Iterator<Item = &'static str> {
    WORDS
        .lines()
        .filter_map(|line| line.split_once('\t').map(|(w, _)| w))
}

/// How often the lower-case bigram `a b` occurs in the reference counts (0 if unlisted).
pub fn bigram_count(a: &str, b: &str) -> u64 {
    bigrams()
        .get(format!("{a} {b}").as_str())
        .map_or(0, |&(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_rank_high() {
        assert_eq!(rank("the"), 1);
        assert!(rank("focus") < rank("purified"));
        assert_eq!(rank("qzxqzx"), u32::MAX);
        assert!(bigram_count("aimed", "at") > 0);
    }

    #[test]
    fn american_spellings_rank_as_their_british_forms() {
        assert_eq!(rank("travelers"), rank("travellers"));
        assert_eq!(rank("labor"), rank("labour"));
        assert_eq!(rank("airplane"), rank("aeroplane"));
        assert!(rank("labor") < u32::MAX);
    }
}
