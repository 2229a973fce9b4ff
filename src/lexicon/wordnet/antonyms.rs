//! Opposites: WordNet's antonyms, the curated news list of opposites, and
//! the directions of words of movement ("rose" up, "fell" down).

use super::lemmatise::lemmas;
use super::tsv::pairs;
use super::{ANTONYMS, DIRECTIONS, NEWS_ANTONYMS};
use rustc_hash::FxHashMap;
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

/// Whether WordNet lists `b` as an opposite of `a`, or the curated news
/// list pairs them (either way round), as written.
fn listed(a: &str, b: &str) -> bool {
    let mut key = [0u8; 255];
    let len = a.len() + 1 + b.len();
    if len <= key.len() {
        key[..a.len()].copy_from_slice(a.as_bytes());
        key[a.len()] = b'\t';
        key[a.len() + 1..len].copy_from_slice(b.as_bytes());
        if ANTONYMS.get_bytes(&key[..len]).is_some() {
            return true;
        }
    }
    news_antonyms(a).contains(&b)
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
    if listed(a, b) {
        return true;
    }
    let (la, lb) = (lemmas(a), lemmas(b));
    la.iter().any(|x| lb.iter().any(|y| listed(x, y)))
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

    #[test]
    fn every_listed_pair_is_found_in_the_built_table() {
        for (a, b) in pairs(ANTONYMS.text).chain(pairs(NEWS_ANTONYMS)) {
            assert!(listed(a, b), "{a}\t{b}");
        }
        for (a, b) in pairs(NEWS_ANTONYMS) {
            assert!(listed(b, a), "{b}\t{a}");
        }
        assert!(!listed("large", "big"));
    }
}
