//! Opposites: WordNet's antonyms, the curated news list of opposites, and
//! the directions of words of movement ("rose" up, "fell" down).

use super::lemmatise::lemmas;
use super::tsv::{line_count, pairs};
use super::{ANTONYMS, DIRECTIONS, NEWS_ANTONYMS};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// Which way a word of movement points: `Some(true)` up, `Some(false)` down.
pub fn direction(word: &str) -> Option<bool> {
    static MAP: OnceLock<FxHashMap<&'static str, bool>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = FxHashMap::default();
        for (up, down) in pairs(DIRECTIONS) {
            map.extend(up.split(',').map(|w| (w, true)));
            map.extend(down.split(',').map(|w| (w, false)));
        }
        map
    })
    .get(word)
    .copied()
}

fn antonym_set() -> &'static FxHashSet<(&'static str, &'static str)> {
    static SET: OnceLock<FxHashSet<(&'static str, &'static str)>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = FxHashSet::default();
        set.reserve(line_count(ANTONYMS) + 2 * line_count(NEWS_ANTONYMS));
        set.extend(pairs(ANTONYMS).chain(pairs(NEWS_ANTONYMS).flat_map(|(a, b)| [(a, b), (b, a)])));
        set
    })
}

/// The words the curated news list pairs with this exact form as opposites.
pub fn news_antonyms(word: &str) -> &'static [&'static str] {
    static MAP: OnceLock<FxHashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for (a, b) in pairs(NEWS_ANTONYMS) {
            map.entry(a).or_default().push(b);
            map.entry(b).or_default().push(a);
        }
        map
    })
    .get(word)
    .map_or(&[], Vec::as_slice)
}

/// Whether WordNet or the curated news list makes `a` and `b` opposites (any inflection).
pub fn are_antonyms(a: &str, b: &str) -> bool {
    if let (Some(x), Some(y)) = (direction(a), direction(b)) {
        return x != y;
    }
    let set = antonym_set();
    if set.contains(&(a, b)) {
        return true;
    }
    let (la, lb) = (lemmas(a), lemmas(b));
    la.iter()
        .any(|x| lb.iter().any(|y| set.contains(&(x.as_str(), y.as_str()))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn antonyms_from_wordnet_and_news_list() {
        assert!(are_antonyms("rose", "fell"));
        assert!(are_antonyms("approved", "rejected"));
        assert!(!are_antonyms("said", "stated"));
    }
}
