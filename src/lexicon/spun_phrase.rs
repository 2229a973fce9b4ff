//! Phrases that spinners and paraphrasing tools put for a word or fixed term
//! ("fruit" → "natural product", "hospital" → "emergency clinic"), from a
//! curated table.

use crate::text::words::stem;
use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::LazyLock;

const DATA: &str = include_str!("../../data/curated/spun-phrases.tsv");

/// A term and the phrase a spinner puts for it, each as the stems of its words.
struct SpunPhrase {
    term: Vec<String>,
    spun: Vec<String>,
}

static TABLE: LazyLock<Vec<SpunPhrase>> = LazyLock::new(|| {
    let words = |s: &str| s.split([' ', '-']).map(stem).collect();
    DATA.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some(SpunPhrase {
                term: words(cols.next()?),
                spun: words(cols.next()?),
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

/// Spinner's phrases in a copy sentence (its units' stems, `copy`) standing
/// for a term of its source sentence (`source`): each as the copy's unit range
/// and the source's. A term the copy keeps as often as the source has it, or a
/// phrase the source uses itself, is no swap.
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
        out.extend(occurrences(copy, &p.spun).map(|r| (r, term.clone())));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(s: &str) -> Vec<String> {
        s.split(' ').map(stem).collect()
    }

    #[test]
    fn finds_a_phrase_standing_for_the_term() {
        let found = spun_phrases(
            &stems("fresh fruit prices rose"),
            &stems("new natural products costs rose"),
        );
        assert_eq!(found, vec![(1..3, 1..2)]);
        assert!(
            spun_phrases(
                &stems("fresh fruit"),
                &stems("fresh fruit and natural products")
            )
            .is_empty()
        );
        assert!(spun_phrases(&stems("natural products"), &stems("natural products")).is_empty());
    }
}
