//! Stance words: attribution verbs, modality, intention, degree and scope, each
//! split into groups whose exchange shifts meaning (data/curated/stance.tsv).

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/curated/stance.tsv");

/// Where a word sits: its class (e.g. `degree`) and group within it (e.g. `low`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stance {
    /// The scale, e.g. `attribution`.
    pub class: &'static str,
    /// The position on it, e.g. `loaded`.
    pub group: &'static str,
}

fn table() -> &'static FxHashMap<&'static str, Vec<Stance>> {
    static TABLE: OnceLock<FxHashMap<&'static str, Vec<Stance>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: FxHashMap<&'static str, Vec<Stance>> = FxHashMap::default();
        for line in DATA
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut cols = line.split('\t');
            let (Some(class), Some(group), Some(words)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            for w in words.split(',') {
                map.entry(w.trim())
                    .or_default()
                    .push(Stance { class, group });
            }
        }
        map
    })
}

/// The stances of a lower-case word.
pub fn stances(word: &str) -> &'static [Stance] {
    table().get(word).map_or(&[], Vec::as_slice)
}

/// The class in which `from` and `to` sit in different groups and share none,
/// if any ("argued" and "insisted" share the group of contention).
pub fn shift(from: &str, to: &str) -> Option<(Stance, Stance)> {
    stances(from).iter().find_map(|a| {
        let shared = stances(from)
            .iter()
            .any(|x| x.class == a.class && stances(to).contains(x));
        stances(to)
            .iter()
            .find(|b| b.class == a.class && b.group != a.group && !shared)
            .map(|b| (*a, *b))
    })
}

/// Whether `a` and `b` stand in the same group of some class (`said`, `stated`):
/// words a paraphrase may exchange.
pub fn same_group(a: &str, b: &str) -> bool {
    stances(a).iter().any(|x| stances(b).iter().any(|y| x == y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_shifts_within_a_class_only() {
        assert_eq!(
            shift("said", "claims").map(|(a, _)| a.class),
            Some("attribution")
        );
        assert_eq!(
            shift("substantial", "adequate").map(|(_, b)| b.group),
            Some("low")
        );
        assert!(shift("said", "stated").is_none());
        assert!(shift("biggest", "largest").is_none());
        assert!(shift("said", "adequate").is_none());
        assert!(same_group("expected", "estimated"));
        assert!(!same_group("said", "claims"));
    }
}
