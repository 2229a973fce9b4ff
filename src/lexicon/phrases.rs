//! Opposite-polarity phrases (data/curated/polarity-phrases.tsv).

use rustc_hash::{FxHashMap, FxHashSet};
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

/// Side A of an opposition, in [`sides_opened`]'s bits.
pub const SIDE_A: u8 = 1;

/// Side B of an opposition, in [`sides_opened`]'s bits.
pub const SIDE_B: u8 = 2;

/// For each opposition, in order, which of its sides ([`SIDE_A`], [`SIDE_B`])
/// has a phrase whose first word is among `words`: only those sides can
/// [`find_any`] a phrase in a text of these words.
pub fn sides_opened(words: &FxHashSet<&str>) -> Vec<u8> {
    static FIRST_WORDS: OnceLock<FxHashMap<&'static str, Vec<(usize, u8)>>> = OnceLock::new();
    let first_words = FIRST_WORDS.get_or_init(|| {
        let mut map: FxHashMap<&'static str, Vec<(usize, u8)>> = FxHashMap::default();
        for (n, o) in oppositions().iter().enumerate() {
            for (side, phrases) in [(SIDE_A, &o.a), (SIDE_B, &o.b)] {
                for first in phrases.iter().filter_map(|p| p.first()) {
                    map.entry(first).or_default().push((n, side));
                }
            }
        }
        map
    });
    let mut sides = vec![0u8; oppositions().len()];
    for (n, side) in words.iter().filter_map(|w| first_words.get(w)).flatten() {
        sides[*n] |= side;
    }
    sides
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
