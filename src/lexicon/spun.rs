//! Synonym swaps article spinners make that are the wrong sense in news copy
//! ("shares" → "offers", "journal" → "diary"), from a curated table.

use crate::text::words::stem;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/curated/spun-senses.tsv");
const IN_CONTEXT: &str = include_str!("../../data/curated/spun-senses-in-context.tsv");

/// The table's (source word, spinner's word) pairs, as stems, each with the
/// stems of the words that take the spinner's word in the right sense.
fn table() -> &'static FxHashMap<(String, String), Vec<String>> {
    static TABLE: OnceLock<FxHashMap<(String, String), Vec<String>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        DATA.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let key = (stem(cols.next()?), stem(cols.next()?));
                let right = cols.nth(1).map_or_else(Vec::new, |c| {
                    c.split_whitespace().map(stem).collect::<Vec<_>>()
                });
                Some((key, right))
            })
            .collect()
    })
}

/// Whether `spun` standing for `word` is a known wrong-sense spinner swap.
pub fn is_spun_sense(word: &str, spun: &str) -> bool {
    table().contains_key(&(stem(word), stem(spun)))
}

/// Words after the spinner's word searched for one that takes it in the
/// right sense ("rear their chicks").
const RIGHT_SENSE_REACH: usize = 3;

/// Whether `spun` standing for `word` is a known wrong-sense swap given
/// `after`, the words that follow it: none of the table's words for the
/// right sense stands among the first [`RIGHT_SENSE_REACH`] ("raise money"
/// → "rear money" is flagged, "raise fewer chicks" → "rear fewer chicks" not).
pub fn is_spun_sense_before<'a>(
    word: &str,
    spun: &str,
    after: impl IntoIterator<Item = &'a str>,
) -> bool {
    table().get(&(stem(word), stem(spun))).is_some_and(|right| {
        !after
            .into_iter()
            .take(RIGHT_SENSE_REACH)
            .any(|w| right.contains(&stem(w)))
    })
}

/// The context table's (source word, spinner's word) pairs, as stems, each
/// with the stems of the words that mark the source word's sense.
fn context_table() -> &'static FxHashMap<(String, String), Vec<String>> {
    static TABLE: OnceLock<FxHashMap<(String, String), Vec<String>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        IN_CONTEXT
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let key = (stem(cols.next()?), stem(cols.next()?));
                Some((key, cols.next()?.split_whitespace().map(stem).collect()))
            })
            .collect()
    })
}

/// Whether `spun` standing for `word` is a known wrong-sense swap given
/// `around`, the words near `word` in the source: one of them marks the
/// sense the spinner's word lacks ("charged with murder" → "billed with
/// murder" is flagged, "charged customers" → "billed customers" not).
pub fn is_spun_sense_in<'a>(
    word: &str,
    spun: &str,
    around: impl IntoIterator<Item = &'a str>,
) -> bool {
    context_table()
        .get(&(stem(word), stem(spun)))
        .is_some_and(|marks| around.into_iter().any(|w| marks.contains(&stem(w))))
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
        assert!(is_spun_sense_before("raise", "rear", ["money", "for"]));
        assert!(!is_spun_sense_before("raise", "rear", ["fewer", "chicks"]));
    }

    #[test]
    fn context_swaps_need_a_word_of_the_sense() {
        assert!(is_spun_sense_in(
            "charged",
            "billed",
            ["man", "with", "murder"]
        ));
        assert!(!is_spun_sense_in("charged", "billed", ["customers", "for"]));
        assert!(!is_spun_sense_in("charged", "accused", ["with", "murder"]));
    }
}
