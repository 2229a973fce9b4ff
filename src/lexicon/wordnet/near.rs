//! Opposites by way of synonyms: an adjective sharing a sense with a
//! WordNet opposite of another ("chaotic" for "orderly").

use super::{ADJECTIVE, ANTONYMS, VERB, lemmas, pairs, parts_of_speech, synonym_rank};
use crate::text::words::is_stopword;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Most common senses of a word's WordNet opposite within which a synonym
/// of it counts as an opposite itself ("chaotic" for "disorderly",
/// "modest" for "small").
const NEAR_RANK: u8 = 3;

/// Whether adjective `b` shares a sense with one of the most common senses
/// of a WordNet opposite of adjective `a` ("orderly" → "chaotic", by way of
/// "disorderly"), either way round; not where the words share a sense
/// themselves, nor for words that may be verbs ("closed").
pub fn near_antonyms(a: &str, b: &str) -> bool {
    let adjective =
        |w: &str| !is_stopword(w) && parts_of_speech(w) & (ADJECTIVE | VERB) == ADJECTIVE;
    if !adjective(a) || !adjective(b) || synonym_rank(a, b).is_some() {
        return false;
    }
    let through = |x: &str, y: &str| {
        lemmas(x).iter().any(|l| {
            opposites_of(l)
                .iter()
                .any(|&o| o != y && synonym_rank(y, o).is_some_and(|(_, q)| q <= NEAR_RANK))
        })
    };
    through(a, b) || through(b, a)
}

/// The WordNet opposites of lemma `word`.
fn opposites_of(word: &str) -> &'static [&'static str] {
    static MAP: OnceLock<FxHashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for (a, b) in pairs(ANTONYMS) {
            map.entry(a).or_default().push(b);
        }
        map
    })
    .get(word)
    .map_or(&[], Vec::as_slice)
}
