//! Synonym swaps article spinners make that are the wrong sense in news copy
//! ("shares" → "offers", "journal" → "diary"), from a curated table.

use crate::text::words::stem;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/curated/spun-senses.tsv");

/// The table's (source word, spinner's word) pairs, as stems.
fn table() -> &'static FxHashSet<(String, String)> {
    static TABLE: OnceLock<FxHashSet<(String, String)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        DATA.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some((stem(cols.next()?), stem(cols.next()?)))
            })
            .collect()
    })
}

/// Whether `spun` standing for `word` is a known wrong-sense spinner swap.
pub fn is_spun_sense(word: &str, spun: &str) -> bool {
    table().contains(&(stem(word), stem(spun)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_match_in_any_inflection() {
        assert!(is_spun_sense("shares", "offers"));
        assert!(is_spun_sense("share", "offer"));
        assert!(is_spun_sense("losses", "misfortunes"));
        assert!(!is_spun_sense("offers", "shares"));
        assert!(!is_spun_sense("said", "stated"));
    }
}
