//! Opposites by way of synonyms: an adjective sharing a sense with a
//! WordNet opposite of another ("chaotic" for "orderly").

use super::{ADJECTIVE, ANTONYMS, VERB, lemmas, parts_of_speech, synonym_rank};
use crate::lexicon::thesaurus;
use crate::text::words::is_stopword;

/// Most common senses of a word's WordNet opposite within which a synonym
/// of it counts as an opposite itself ("chaotic" for "disorderly",
/// "modest" for "small").
const NEAR_RANK: u8 = 3;

/// Whether adjective `b` shares a sense with one of the most common senses
/// of a WordNet opposite of adjective `a` ("orderly" → "chaotic", by way of
/// "disorderly"), either way round; not where the words share a sense
/// themselves, nor for words that may be verbs ("closed").
pub fn near_antonyms(a: &str, b: &str) -> bool {
    let plain = |w: &str| parts_of_speech(w) & (ADJECTIVE | VERB) == ADJECTIVE;
    plain(a) && plain(b) && near_adjectives(a, b)
}

/// [`near_antonyms`] for words read as adjectives where they may also be
/// verbs, as a predicate after "be" is ("were correct" → "was wrong", by
/// way of "incorrect").
pub fn near_adjectives(a: &str, b: &str) -> bool {
    let adjective = |w: &str| !is_stopword(w) && parts_of_speech(w) & ADJECTIVE != 0;
    if !adjective(a) || !adjective(b) || synonym_rank(a, b).is_some() {
        return false;
    }
    let through = |x: &str, y: &str| {
        lemmas(x).iter().any(|l| {
            opposites_of(l)
                .any(|o| o != y && synonym_rank(y, o).is_some_and(|(_, q)| q <= NEAR_RANK))
        })
    };
    through(a, b) || through(b, a)
}

/// Whether adjectives `a` and `b` are opposites by way of the Moby
/// Thesaurus: one is linked there to a WordNet opposite of the other
/// ("uncommon" → "frequent", by way of "common"; "adequate" →
/// "insufficient", by way of "inadequate"), the two themselves neither
/// synonyms nor linked. The thesaurus is loose, so callers ask it only of a
/// predicate after "be" on both sides.
pub fn thesaurus_opposites(a: &str, b: &str) -> bool {
    let adjective = |w: &str| !is_stopword(w) && parts_of_speech(w) & ADJECTIVE != 0;
    if !adjective(a) || !adjective(b) || synonym_rank(a, b).is_some() || thesaurus::related(a, b) {
        return false;
    }
    let through = |x: &str, y: &str| {
        lemmas(x)
            .iter()
            .any(|l| opposites_of(l).any(|o| o != y && thesaurus::related(y, o)))
    };
    through(a, b) || through(b, a)
}

/// The WordNet opposites of lemma `word`, found by a binary search of the
/// list (sorted by its first column), no table built.
fn opposites_of(word: &str) -> impl Iterator<Item = &'static str> {
    let data = ANTONYMS.text.as_bytes();
    let start = |i: usize| {
        data[..i]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
    };
    let end = |i: usize| {
        data[i..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(data.len(), |p| i + p)
    };
    let key = move |s: usize| {
        let line = &ANTONYMS.text[s..end(s)];
        line.split_once('\t').unwrap_or((line, ""))
    };
    let (mut lo, mut hi) = (0, data.len());
    while lo < hi {
        let s = start(lo + (hi - lo) / 2).max(lo);
        if key(s).0 < word {
            lo = (end(s) + 1).min(data.len());
        } else {
            hi = s;
        }
    }
    let mut at = lo;
    std::iter::from_fn(move || {
        if at >= data.len() {
            return None;
        }
        let (first, second) = key(at);
        at = end(at) + 1;
        (first == word).then_some(second)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_opposites_list_is_sorted_for_the_binary_search() {
        let keys: Vec<&str> = ANTONYMS
            .text
            .lines()
            .map(|l| l.split('\t').next().unwrap_or(l))
            .collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn finds_every_opposite_of_a_lemma() {
        assert_eq!(opposites_of("large").collect::<Vec<_>>(), ["small"]);
        assert_eq!(
            opposites_of("a la carte").collect::<Vec<_>>(),
            ["table d'hote"]
        );
        assert_eq!(opposites_of("xqzt").count(), 0);
        assert!(near_antonyms("orderly", "chaotic"));
        assert!(!near_antonyms("orderly", "tidy"));
        assert!(thesaurus_opposites("uncommon", "frequent"));
        assert!(!thesaurus_opposites("uncommon", "rare"));
    }
}
