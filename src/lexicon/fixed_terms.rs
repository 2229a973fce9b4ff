//! Fixed terms of news copy ("chief executive", "press conference", "board of
//! directors"), from a curated table: words that together name one thing, so
//! that none of them can be swapped for a synonym alone.

use crate::text::words::stem;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// The table's terms (`data/curated/fixed-terms.tsv`), each as the stems of
/// its words joined by spaces, stemmed by `build.rs`.
const STEMMED: &str = include_str!(concat!(env!("OUT_DIR"), "/fixed-terms.stems"));

/// The table's terms, as [`STEMMED`] lists them.
fn table() -> &'static FxHashSet<&'static str> {
    static TABLE: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    TABLE.get_or_init(|| STEMMED.lines().collect())
}

/// The stems of `words` joined by spaces.
fn key<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    words.into_iter().map(stem).collect::<Vec<_>>().join(" ")
}

/// Whether `words`, in any inflection, make a listed fixed term
/// ("market towns": "market town").
pub fn is_fixed_term(words: &[&str]) -> bool {
    table().contains(key(words.iter().copied()).as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_terms_in_any_inflection() {
        assert!(is_fixed_term(&["chief", "executive"]));
        assert!(is_fixed_term(&["market", "towns"]));
        assert!(is_fixed_term(&["board", "of", "directors"]));
        assert!(!is_fixed_term(&["main", "executive"]));
    }

    #[test]
    fn build_stems_match_the_run_time_stemmer() {
        let listed = include_str!("../../data/curated/fixed-terms.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| key(l.split_whitespace()));
        assert!(listed.eq(STEMMED.lines().map(str::to_string)));
    }
}
