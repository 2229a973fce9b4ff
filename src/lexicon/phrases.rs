//! Opposite-polarity phrases (data/curated/polarity-phrases.tsv).

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/curated/polarity-phrases.tsv");

/// One line of the table: phrases of one side and of the other, as word lists.
pub struct Opposition {
    /// Phrases of side A.
    pub a: Vec<Vec<&'static str>>,
    /// Phrases of side B.
    pub b: Vec<Vec<&'static str>>,
}

/// Every opposition of the table.
pub fn oppositions() -> &'static [Opposition] {
    static TABLE: OnceLock<Vec<Opposition>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let phrases = |side: &'static str| {
            side.split('|')
                .map(|p| p.split([' ', '-']).filter(|w| !w.is_empty()).collect())
                .collect()
        };
        DATA.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split_once('\t'))
            .map(|(a, b)| Opposition {
                a: phrases(a),
                b: phrases(b),
            })
            .collect()
    })
}

/// Start of the first occurrence of any of `phrases` in `words`, with its
/// length; `present` is the set of `words`, so that phrases whose first word is
/// not in it are skipped without a scan.
pub fn find_any(
    words: &[&str],
    present: &FxHashSet<&str>,
    phrases: &[Vec<&str>],
) -> Option<(usize, usize)> {
    phrases
        .iter()
        .filter(|p| p.first().is_some_and(|w| present.contains(w)))
        .find_map(|p| {
            words
                .windows(p.len())
                .position(|w| w == p.as_slice())
                .map(|at| (at, p.len()))
        })
}
