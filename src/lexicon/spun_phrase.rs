//! Phrases that spinners and paraphrasing tools put for a word or fixed term
//! ("fruit" → "natural product", "hospital" → "emergency clinic"), from a
//! curated table.

use crate::lexicon::dictionary::{american_z_spelling, with_american_z_stem};
use crate::text::numbers::ROUND_PARTS;
use crate::text::words::{may_stem_to, stem, with_stem};
use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// The curated table, its terms' and phrases' words stemmed by `build.rs`.
const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/spun-phrases.tsv"));

/// A term and the phrase a spinner puts for it, each as the stems of its words.
struct SpunPhrase {
    term: Vec<String>,
    spun: Vec<String>,
    /// Whether the phrase is wrong only before a figure (the table's fourth
    /// column says `figure`): "roughly 40" → "generally 40" loses the
    /// approximation, "roughly stable" → "generally steady" keeps its sense.
    before_figure: bool,
    /// Stems of words that take the phrase in its right sense when one of
    /// them follows it closely (the table's fifth column): "raised the
    /// issue" → "brought up the issue" keeps its sense.
    right_after: Vec<String>,
}

static TABLE: LazyLock<Vec<SpunPhrase>> = LazyLock::new(|| {
    let words = |s: &str| s.split(' ').map(str::to_string).collect();
    DATA.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let (term, spun) = (words(cols.next()?), words(cols.next()?));
            let before_figure = cols.nth(1).is_some_and(|c| c.trim() == "figure");
            let right_after = cols.next().map_or_else(Vec::new, |c| {
                c.split_whitespace().map(str::to_string).collect()
            });
            Some(SpunPhrase {
                term,
                spun,
                before_figure,
                right_after,
            })
        })
        .collect()
});

/// The entries of [`TABLE`] by the first stem of their term, in table order.
static BY_FIRST_STEM: LazyLock<FxHashMap<&'static str, Vec<usize>>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, Vec<usize>> = FxHashMap::default();
    for (i, p) in TABLE.iter().enumerate() {
        map.entry(p.term[0].as_str()).or_default().push(i);
    }
    map
});

/// Where `needle` occurs in `stems`, as unit ranges.
fn occurrences<'a>(
    stems: &'a [String],
    needle: &'a [String],
) -> impl Iterator<Item = Range<usize>> + 'a {
    stems
        .windows(needle.len())
        .enumerate()
        .filter(move |(_, w)| *w == needle)
        .map(move |(i, _)| i..i + needle.len())
}

/// Whether a copy sentence (`copy`, its units' words, unstemmed) could have
/// a spinner's phrase for a term of its source sentence (`source`, the same):
/// the source must have the first stem of some listed term, and the copy the
/// first stem of that entry's phrase, as [`american_z_stem`] gives them. Only
/// then need either be stemmed for [`spun_phrases`].
///
/// [`american_z_stem`]: crate::lexicon::dictionary::american_z_stem
pub fn may_have_phrase(source: &[String], copy: &[String]) -> bool {
    let by_first_stem = &*BY_FIRST_STEM;
    let mut phrase_starts: Vec<&'static str> = Vec::new();
    for w in source {
        with_american_z_stem(w, |s| {
            let entries = by_first_stem.get(s).into_iter().flatten();
            phrase_starts.extend(entries.map(|&i| TABLE[i].spun[0].as_str()));
        });
    }
    !phrase_starts.is_empty() && copy.iter().any(|w| has_phrase_start(w, &phrase_starts))
}

/// Whether the [`american_z_stem`] of `word` is one of `starts`; a word
/// starting with none of their letters is ruled out unstemmed
/// ([`may_stem_to`]).
///
/// [`american_z_stem`]: crate::lexicon::dictionary::american_z_stem
fn has_phrase_start(word: &str, starts: &[&str]) -> bool {
    let american = american_z_spelling(word);
    let word = american.as_deref().unwrap_or(word);
    starts.iter().any(|s| may_stem_to(word, s)) && with_stem(word, |s| starts.contains(&s))
}

/// Spinner's phrases in a copy sentence (its units' stems, `copy`) standing
/// for a term of its source sentence (`source`), the stems as
/// [`american_z_stem`] gives them: each as the copy's unit range
/// and the source's. A term the copy keeps as often as the source has it, or a
/// phrase the source uses itself, is no swap.
///
/// [`american_z_stem`]: crate::lexicon::dictionary::american_z_stem
pub fn spun_phrases(source: &[String], copy: &[String]) -> Vec<(Range<usize>, Range<usize>)> {
    // Only entries whose term's first stem the source has can match: they
    // are tried in table order, as if the whole table were.
    let mut entries: Vec<usize> = source
        .iter()
        .filter_map(|s| BY_FIRST_STEM.get(s.as_str()))
        .flatten()
        .copied()
        .collect();
    entries.sort_unstable();
    entries.dedup();
    let mut out = Vec::new();
    for p in entries.into_iter().map(|i| &TABLE[i]) {
        let Some(term) = occurrences(source, &p.term).next() else {
            continue;
        };
        if occurrences(source, &p.spun).next().is_some()
            || occurrences(copy, &p.term).count() >= occurrences(source, &p.term).count()
        {
            continue;
        }
        out.extend(
            occurrences(copy, &p.spun)
                .filter(|r| !p.before_figure || figure_follows(copy, r.end))
                .filter(|r| !right_sense_follows(copy, r.end, &p.right_after))
                .map(|r| (r, term.clone())),
        );
    }
    out
}

/// Units after a phrase searched for a word of its right sense.
const RIGHT_SENSE_REACH: usize = 3;

/// Whether one of `right` (stems) stands among the [`RIGHT_SENSE_REACH`]
/// units from `at` of `units` (stems).
fn right_sense_follows(units: &[String], at: usize, right: &[String]) -> bool {
    units
        .iter()
        .skip(at)
        .take(RIGHT_SENSE_REACH)
        .any(|u| right.contains(u))
}

/// Whether a figure starts within the two units from `at` of `units`
/// ("40", "$ 210", "a fifth"); the units are stems.
fn figure_follows(units: &[String], at: usize) -> bool {
    static SHARE_STEMS: LazyLock<Vec<String>> =
        LazyLock::new(|| ROUND_PARTS.iter().map(|w| stem(w)).collect());
    units
        .iter()
        .skip(at)
        .take(2)
        .any(|u| u.starts_with(|c: char| c.is_ascii_digit()) || SHARE_STEMS.contains(u))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::dictionary::american_z_stem;

    fn stems(s: &str) -> Vec<String> {
        s.split(' ').map(stem).collect()
    }

    #[test]
    fn the_table_is_stemmed_as_the_text_is() {
        let raw = include_str!("../../data/curated/spun-phrases.tsv");
        let words = |s: &str| s.split([' ', '-']).map(american_z_stem).collect::<Vec<_>>();
        let lines: Vec<(Vec<String>, Vec<String>)> = raw
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some((words(cols.next()?), words(cols.next()?)))
            })
            .collect();
        assert_eq!(lines.len(), TABLE.len());
        for ((term, spun), p) in lines.iter().zip(TABLE.iter()) {
            assert_eq!((term, spun), (&p.term, &p.spun));
        }
    }

    #[test]
    fn finds_a_phrase_standing_for_the_term() {
        let found = spun_phrases(
            &stems("fresh fruit prices rose"),
            &stems("new natural products costs rose"),
        );
        assert_eq!(found, vec![(1..3, 1..2)]);
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        let (source, copy) = (
            words("fresh fruit prices rose"),
            words("new natural products"),
        );
        assert!(may_have_phrase(&source, &copy) && !may_have_phrase(&source, &source));
        assert!(!may_have_phrase(&[], &copy));
        assert!(
            spun_phrases(
                &stems("fresh fruit"),
                &stems("fresh fruit and natural products")
            )
            .is_empty()
        );
        assert!(spun_phrases(&stems("natural products"), &stems("natural products")).is_empty());
    }

    #[test]
    fn a_figure_entry_needs_a_figure_after_the_phrase() {
        assert_eq!(
            spun_phrases(&stems("cost roughly $ 210"), &stems("cost generally $ 210")),
            vec![(1..2, 1..2)]
        );
        assert_eq!(
            spun_phrases(&stems("roughly a fifth"), &stems("generally a fifth")),
            vec![(0..1, 0..1)]
        );
        assert!(
            spun_phrases(
                &stems("remained roughly stable"),
                &stems("stayed generally steady")
            )
            .is_empty()
        );
    }

    #[test]
    fn a_word_of_the_right_sense_after_the_phrase_keeps_it() {
        assert_eq!(
            spun_phrases(&stems("had raised £ 400"), &stems("had brought up £ 400")),
            vec![(1..3, 1..2)]
        );
        assert!(
            spun_phrases(
                &stems("had raised the issue"),
                &stems("had brought up the issue")
            )
            .is_empty()
        );
    }
}
