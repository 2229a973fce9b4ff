//! Synonym swaps article spinners make that are the wrong sense in news copy
//! ("shares" → "offers", "journal" → "diary"), from a curated table.

use crate::lexicon::wordnet;
use crate::text::words::stem;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// The curated tables, their sense columns stemmed by `build.rs`.
const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/spun-senses.tsv"));
const IN_CONTEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/spun-senses-in-context.tsv"));

/// A curated table of swaps: (source word, spinner's word) pairs, keyed as
/// [`keys`] says, each with the stems of a column's words, and the source
/// words' keys alone, to turn most lookups away before the spinner's word
/// is looked up.
struct Table {
    pairs: FxHashMap<(String, String), Vec<String>>,
    sources: FxHashSet<String>,
}

/// The table of swaps wrong in every news sense, each with the stems of the
/// words that take the spinner's word in the right sense.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| read(DATA, 3))
}

/// The keys a word may be listed under: its stem and the stem of each base
/// form WordNet's exception list gives it, so that an entry matches every
/// inflection, irregular ones too ("led" → "drove" matches "led" →
/// "driven", "frozen" → "iced" matches "freezes" → "ices"); regular ones
/// share the stem already.
fn forms(w: &str) -> Vec<String> {
    let mut out = vec![stem(w)];
    for base in wordnet::exceptions(w) {
        let base = stem(base);
        if !out.contains(&base) {
            out.push(base);
        }
    }
    out
}

/// The keys a swap may be listed under: each pair of the original's forms
/// `theirs` and the spinner's word's forms `ours` (see [`forms`]).
fn keys<'a>(
    theirs: &'a [String],
    ours: &'a [String],
) -> impl Iterator<Item = (String, String)> + 'a {
    theirs
        .iter()
        .flat_map(move |a| ours.iter().map(move |b| (a.clone(), b.clone())))
}

/// The entry of `table` for a swap of `word` for `spun`, matched by [`keys`];
/// the spinner's word is looked up only for a word the table lists.
fn entry<'t>(table: &'t Table, word: &str, spun: &str) -> Option<&'t Vec<String>> {
    let theirs = forms(word);
    if !theirs.iter().any(|w| table.sources.contains(w)) {
        return None;
    }
    keys(&theirs, &forms(spun)).find_map(|k| table.pairs.get(&k))
}

/// The (source word, spinner's word) pairs of a table's lines, as stems of
/// the words and of their base forms, each with the stems of the words of
/// column `column` (from 0); a line's own words take its key before any
/// other line's base forms do.
fn read(data: &'static str, column: usize) -> Table {
    let lines: Vec<Vec<&str>> = data
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|cols| cols.len() >= 2)
        .collect();
    let words = |cols: &[&str]| -> Vec<String> {
        cols.get(column).map_or_else(Vec::new, |c| {
            c.split_whitespace().map(str::to_string).collect()
        })
    };
    let mut out = FxHashMap::default();
    for cols in &lines {
        out.entry((stem(cols[0]), stem(cols[1])))
            .or_insert_with(|| words(cols));
    }
    for cols in &lines {
        let (theirs, ours) = (forms(cols[0]), forms(cols[1]));
        for key in keys(&theirs, &ours) {
            out.entry(key).or_insert_with(|| words(cols));
        }
    }
    let sources = out.keys().map(|(a, _)| a.clone()).collect();
    Table {
        pairs: out,
        sources,
    }
}

/// Whether `spun` standing for `word` is a known wrong-sense spinner swap.
pub fn is_spun_sense(word: &str, spun: &str) -> bool {
    entry(table(), word, spun).is_some()
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
    entry(table(), word, spun).is_some_and(|right| {
        !after
            .into_iter()
            .take(RIGHT_SENSE_REACH)
            .any(|w| right.contains(&stem(w)))
    })
}

/// The context table's (source word, spinner's word) pairs, keyed as
/// [`keys`] says, each with the stems of the words that mark the source
/// word's sense.
fn context_table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| read(IN_CONTEXT, 2))
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
    entry(context_table(), word, spun)
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
    fn build_stems_match_the_run_time_stemmer() {
        let tables = [
            (include_str!("../../data/curated/spun-senses.tsv"), DATA, 3),
            (
                include_str!("../../data/curated/spun-senses-in-context.tsv"),
                IN_CONTEXT,
                2,
            ),
        ];
        for (written, built, column) in tables {
            for (a, b) in written.lines().zip(built.lines()) {
                let words = |l: &str, f: fn(&str) -> String| -> Vec<String> {
                    l.split('\t')
                        .nth(column)
                        .map_or_else(Vec::new, |c| c.split_whitespace().map(f).collect())
                };
                if !a.starts_with('#') {
                    assert_eq!(words(a, stem), words(b, str::to_string), "{a}");
                }
            }
            assert_eq!(written.lines().count(), built.lines().count());
        }
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
