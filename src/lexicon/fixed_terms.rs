//! Fixed terms of news copy ("chief executive", "press conference", "board of
//! directors"), from a curated table: words that together name one thing, so
//! that none of them can be swapped for a synonym alone; and idioms ("the
//! writing on the wall", "break even"), from another.

use crate::lexicon::dictionary::american_z_stem;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// The table's terms (`data/curated/fixed-terms.tsv`), each as the stems of
/// its words joined by spaces, stemmed by `build.rs`.
const STEMMED: &str = include_str!(concat!(env!("OUT_DIR"), "/fixed-terms.stems"));

/// The table's terms, as [`STEMMED`] lists them.
fn table() -> &'static FxHashSet<&'static str> {
    static TABLE: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    TABLE.get_or_init(|| STEMMED.lines().collect())
}

/// The stems of `words` joined by spaces, British "-ise" and "-yse"
/// spellings read in American spelling ("organised crime": "organized
/// crime"), as the table lists its terms.
fn key<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    words
        .into_iter()
        .map(american_z_stem)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `words`, in any inflection, make a listed fixed term
/// ("market towns": "market town").
pub fn is_fixed_term(words: &[&str]) -> bool {
    table().contains(key(words.iter().copied()).as_str())
}

/// The fair variants of fixed terms (`data/curated/fixed-term-variants.tsv`):
/// a term and the wordings careful writers put for it, tab apart, the
/// wordings split by semicolons.
const VARIANT_TABLE: &str = include_str!("../../data/curated/fixed-term-variants.tsv");

/// [`VARIANT_TABLE`] keyed as [`key`] keys a term: each term with its variants.
fn variants() -> &'static FxHashMap<String, Vec<String>> {
    static VARIANTS: OnceLock<FxHashMap<String, Vec<String>>> = OnceLock::new();
    VARIANTS.get_or_init(|| {
        let mut map: FxHashMap<String, Vec<String>> = FxHashMap::default();
        let lines = VARIANT_TABLE.lines().filter(|l| !l.starts_with('#'));
        for (term, fair) in lines.filter_map(|l| l.split_once('\t')) {
            let entry = map.entry(key(term.split_whitespace())).or_default();
            entry.extend(fair.split(';').map(|v| key(v.split_whitespace())));
        }
        map
    })
}

/// Whether `now` is a listed fair variant of the fixed term `was`, each in
/// any inflection ("maternity units" for "maternity ward").
pub fn is_fair_variant(was: &[&str], now: &[&str]) -> bool {
    let now = key(now.iter().copied());
    variants()
        .get(&key(was.iter().copied()))
        .is_some_and(|fair| fair.contains(&now))
}

/// The curated idioms (`data/curated/idioms.tsv`), each as the stems of its
/// words joined by spaces, stemmed by `build.rs`.
const IDIOM_STEMS: &str = include_str!(concat!(env!("OUT_DIR"), "/idioms.stems"));

/// The curated idioms, each as the stems of its words, listed under the stem
/// of each of its words.
fn idioms() -> &'static FxHashMap<&'static str, Vec<Vec<&'static str>>> {
    static IDIOMS: OnceLock<FxHashMap<&str, Vec<Vec<&str>>>> = OnceLock::new();
    IDIOMS.get_or_init(|| {
        let mut map: FxHashMap<&str, Vec<Vec<&str>>> = FxHashMap::default();
        for line in IDIOM_STEMS.lines() {
            let stems: Vec<&str> = line.split(' ').collect();
            for s in &stems {
                let entry = map.entry(*s).or_default();
                if !entry.contains(&stems) {
                    entry.push(stems.clone());
                }
            }
        }
        map
    })
}

/// The listed idioms holding a word of stem `word_stem`, each as the stems of
/// its words ("wall": "the writing on the wall").
pub fn idioms_with(word_stem: &str) -> &'static [Vec<&'static str>] {
    idioms().get(word_stem).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::stem;

    #[test]
    fn finds_terms_in_any_inflection() {
        assert!(is_fixed_term(&["chief", "executive"]));
        assert!(is_fixed_term(&["market", "towns"]));
        assert!(is_fixed_term(&["board", "of", "directors"]));
        assert!(is_fixed_term(&["organised", "crime"]));
        assert!(is_fixed_term(&["market", "capitalisation"]));
        assert!(!is_fixed_term(&["main", "executive"]));
    }

    #[test]
    fn finds_fair_variants_in_any_inflection() {
        assert!(is_fair_variant(
            &["season", "tickets"],
            &["season", "passes"]
        ));
        assert!(is_fair_variant(
            &["budget", "deficits"],
            &["budget", "shortfall"]
        ));
        assert!(is_fair_variant(
            &["maternity", "ward"],
            &["maternity", "unit"]
        ));
        assert!(!is_fair_variant(&["pay", "rise"], &["pay", "ascent"]));
        assert!(!is_fair_variant(&["bus", "lane"], &["bus", "path"]));
    }

    #[test]
    fn finds_idioms_by_any_word() {
        let stems = |p: &str| p.split(' ').map(stem).collect::<Vec<_>>();
        let wall = stems("writing on the wall");
        assert!(idioms_with(&stem("wall")).iter().any(|i| *i == wall));
        let even = stems("break even");
        assert!(idioms_with(&stem("even")).iter().any(|i| *i == even));
        let level = stems("break level");
        assert!(!idioms_with(&stem("level")).iter().any(|i| *i == level));
    }

    #[test]
    fn build_stems_match_the_run_time_stemmer() {
        let stemmed = |table: &str| {
            table
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .map(|l| key(l.split_whitespace()))
                .collect::<Vec<_>>()
        };
        let fixed_terms = stemmed(include_str!("../../data/curated/fixed-terms.tsv"));
        assert!(fixed_terms.iter().map(String::as_str).eq(STEMMED.lines()));
        let idioms = stemmed(include_str!("../../data/curated/idioms.tsv"));
        assert!(idioms.iter().map(String::as_str).eq(IDIOM_STEMS.lines()));
    }
}
