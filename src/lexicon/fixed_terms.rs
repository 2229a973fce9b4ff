//! Fixed terms of news copy ("chief executive", "press conference", "board of
//! directors"), from a curated table: words that together name one thing, so
//! that none of them can be swapped for a synonym alone.

use crate::text::words::stem;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/curated/fixed-terms.tsv");

/// The table's terms, each as the stems of its words joined by spaces.
fn table() -> &'static FxHashSet<String> {
    static TABLE: OnceLock<FxHashSet<String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        DATA.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| key(l.split_whitespace()))
            .collect()
    })
}

/// The stems of `words` joined by spaces.
fn key<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    words.into_iter().map(stem).collect::<Vec<_>>().join(" ")
}

/// Whether `words`, in any inflection, make a listed fixed term
/// ("market towns": "market town").
pub fn is_fixed_term(words: &[&str]) -> bool {
    table().contains(&key(words.iter().copied()))
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
}
