//! Fast spelling suggestions: single edits first, then a split into two words
//! or a scan of the frequency list for words two edits away.

use super::frequency::{lettered_words, rank};
use super::hunspell::check;
use super::layout::letters;
use super::wordnet;
use crate::text::words::is_stopword;

/// The letters single edits replace or insert, in order.
const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz";

/// Longest word for which single edits are generated.
const MAX_EDIT_LEN: usize = 24;

/// Words one edit away from `word` (delete, transpose, replace, insert of a-z) that the dictionary knows.
fn single_edits(word: &str) -> Vec<String> {
    let n = word.len();
    if n > MAX_EDIT_LEN || !word.is_ascii() {
        return Vec::new();
    }
    let mut found: Vec<String> = Vec::new();
    // Each candidate is written into one buffer: the word is ASCII, so any
    // byte offset is a character boundary.
    let mut candidate = String::with_capacity(n + 1);
    let mut try_word = |pieces: &[&str]| {
        candidate.clear();
        pieces.iter().for_each(|p| candidate.push_str(p));
        if !found.contains(&candidate) && check(&candidate) {
            found.push(candidate.clone());
        }
    };
    for i in 0..n {
        try_word(&[&word[..i], &word[i + 1..]]);
        if i + 1 < n {
            try_word(&[
                &word[..i],
                &word[i + 1..i + 2],
                &word[i..i + 1],
                &word[i + 2..],
            ]);
        }
    }
    for i in 0..=n {
        for k in 0..ALPHABET.len() {
            let c = &ALPHABET[k..k + 1];
            if i < n && &word[i..i + 1] != c {
                try_word(&[&word[..i], c, &word[i + 1..]]);
            }
            try_word(&[&word[..i], c, &word[i..]]);
        }
    }
    found
}

/// The best correction for a misspelt `word`, if one is close.
///
/// A name written in lower case gets its capitalised form. Otherwise single
/// edits of the lower-cased word are ranked by word frequency; when there
/// are none and `slow_budget` is not spent, a split into two known words or
/// the nearest frequent word two edits away is taken (the slower search),
/// spending one unit of the budget.
pub fn best_correction(word: &str, slow_budget: &mut usize) -> Option<String> {
    let lower = word.to_lowercase();
    let named = capitalised(&lower);
    if named != word && check(&named) {
        return Some(named);
    }
    let mut edits = single_edits(&lower);
    edits.sort_by_key(|w| (rank(w), w.clone()));
    if let Some(best) = edits.into_iter().next() {
        return Some(best);
    }
    if *slow_budget == 0 {
        return None;
    }
    *slow_budget -= 1;
    let found = split_in_two(&lower).or_else(|| two_edits(&lower))?;
    // Like the dictionary's own search, a capitalised word gets capitalised suggestions.
    Some(if word.starts_with(char::is_uppercase) {
        capitalised(&found)
    } else {
        found
    })
}

/// Most frequent rank a part of a closed compound may have: both parts are common words.
const COMPOUND_PART_RANK: u32 = 10_000;

/// Shortest part of a closed compound ("chip" + "maker").
const COMPOUND_PART_LEN: usize = 3;

/// Particles that may end a compound after a verb ("rollout", "payout").
const COMPOUND_PARTICLES: &[&str] = &["out", "off", "down", "over", "back"];

/// Whether a word the dictionary lacks is a closed compound of two common
/// words ("chipmaker", "rollout"): it splits into a noun or verb and a common
/// word that is no function word (but a particle), and no listed word is one
/// edit from it, so a slip ("finshed", "stopage") stays a misspelling.
/// Function words and adverbs run together ("eachother", "eventhough") are
/// no compound.
pub fn is_closed_compound(word: &str) -> bool {
    let lower = word.to_lowercase();
    if !lower.bytes().all(|b| b.is_ascii_lowercase()) || lower.len() < 2 * COMPOUND_PART_LEN {
        return false;
    }
    let common = |w: &str| rank(w) <= COMPOUND_PART_RANK && check(w);
    let head = |w: &str| {
        let parts = wordnet::parts_of_speech(w);
        !is_stopword(w)
            && parts & (wordnet::NOUN | wordnet::VERB) != 0
            && parts & wordnet::ADVERB == 0
    };
    let tail = |w: &str| !is_stopword(w) || COMPOUND_PARTICLES.contains(&w);
    let splits = (COMPOUND_PART_LEN..=lower.len() - COMPOUND_PART_LEN).any(|i| {
        let (a, b) = lower.split_at(i);
        common(a) && common(b) && head(a) && tail(b)
    });
    splits && !near_listed_word(&lower)
}

/// Whether a listed word of the frequency list is one edit from the
/// lower-case `word`: a word the dictionary lacks so close to a common one
/// is more likely its slip than a new word ("overcrowed").
pub fn near_listed_word(word: &str) -> bool {
    single_edits(word).iter().any(|w| rank(w) < u32::MAX)
}

/// `word` split into two known words, the split whose rarer half is most
/// frequent ("chipmaker" → "chip maker", "underperforming" → "under performing").
fn split_in_two(word: &str) -> Option<String> {
    let known = |part: &str| part.len() >= 2 && check(part);
    (1..word.len())
        .filter(|&i| word.is_char_boundary(i))
        .map(|i| word.split_at(i))
        .filter(|(a, b)| known(a) && known(b))
        .min_by_key(|(a, b)| rank(a).max(rank(b)))
        .map(|(a, b)| format!("{a} {b}"))
}

/// `word` with its first letter upper-cased.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The closest frequent word the dictionary knows at most two edits from
/// the lower-case `word`, in the dictionary's casing; ties go to the more
/// frequent word. Two edits change at most four letters of the word's letter
/// set and two of its length, and each edit changes at most two of its
/// letter counts, which rules out most words cheaply.
fn two_edits(word: &str) -> Option<String> {
    let set = letters(word);
    let mut best: Option<(usize, String)> = None;
    let mut rows = Vec::new();
    let ascii = word.is_ascii();
    let mut counts = [0i32; 26];
    word.bytes()
        .filter(u8::is_ascii_lowercase)
        .for_each(|b| counts[usize::from(b - b'a')] += 1);
    // Bytes no listed word has (listed words are lower-case letters only).
    let unlettered = word.bytes().filter(|b| !b.is_ascii_lowercase()).count();
    for listed in lettered_words() {
        if listed.byte_len().abs_diff(word.len()) > 2 || (listed.letters ^ set).count_ones() > 4 {
            continue;
        }
        let w = listed.word();
        let d = if ascii {
            // Each edit changes the letter counts by at most two.
            let floor = (unlettered + count_difference(&counts, w)).div_ceil(2);
            if floor > 2 || best.as_ref().is_some_and(|(b, _)| *b <= floor) {
                continue;
            }
            byte_damerau_levenshtein(word.as_bytes(), w.as_bytes(), &mut rows)
        } else {
            strsim::damerau_levenshtein(word, w)
        };
        if d > 2 || best.as_ref().is_some_and(|(b, _)| *b <= d) {
            continue;
        }
        let cased = if check(w) {
            Some(w.to_string())
        } else {
            Some(capitalised(w)).filter(|c| check(c))
        };
        if let Some(c) = cased {
            best = Some((d, c));
        }
    }
    best.map(|(_, w)| w)
}

/// How many letters the lower-case `word` has more or fewer of than the
/// text whose letter counts (a to z) are `counts`.
fn count_difference(counts: &[i32; 26], word: &str) -> usize {
    let mut diff = *counts;
    word.bytes().for_each(|b| diff[usize::from(b - b'a')] -= 1);
    diff.iter().map(|d| d.unsigned_abs() as usize).sum()
}

/// The (unrestricted) Damerau-Levenshtein distance of two byte strings,
/// as `strsim::damerau_levenshtein` gives it for ASCII text, without its
/// hash map: the Lowrance-Wagner table in `table`, reused between calls,
/// and each byte's last row in an array.
fn byte_damerau_levenshtein(a: &[u8], b: &[u8], table: &mut Vec<usize>) -> usize {
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 {
        return n.max(m);
    }
    let width = m + 2;
    let far = n + m;
    table.clear();
    table.resize((n + 2) * width, 0);
    let at = |i: usize, j: usize| i * width + j;
    table[at(0, 0)] = far;
    for i in 0..=n {
        table[at(i + 1, 0)] = far;
        table[at(i + 1, 1)] = i;
    }
    for j in 0..=m {
        table[at(0, j + 1)] = far;
        table[at(1, j + 1)] = j;
    }
    let mut last_row = [0usize; 256];
    for i in 1..=n {
        let mut last_match = 0;
        for j in 1..=m {
            let k = last_row[b[j - 1] as usize];
            let l = last_match;
            let cost = if a[i - 1] == b[j - 1] {
                last_match = j;
                0
            } else {
                1
            };
            let substitution = table[at(i, j)] + cost;
            let insertion = table[at(i + 1, j)] + 1;
            let deletion = table[at(i, j + 1)] + 1;
            let transposition = table[at(k, l)] + (i - k - 1) + 1 + (j - l - 1);
            table[at(i + 1, j + 1)] = substitution.min(insertion).min(deletion).min(transposition);
        }
        last_row[a[i - 1] as usize] = i;
    }
    table[at(n + 1, m + 1)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_distance_agrees_with_strsim() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "ca",
            "abc",
            "acb",
            "cab",
            "bca",
            "kitten",
            "sitting",
            "goverment",
            "government",
            "govermnet",
            "recieved",
            "received",
            "abcdef",
            "badcfe",
            "aaaa",
            "aa",
            "abab",
            "baba",
            "teh",
            "the",
            "hte",
            "xqzvw",
        ];
        let mut table = Vec::new();
        for a in words {
            for b in words {
                assert_eq!(
                    byte_damerau_levenshtein(a.as_bytes(), b.as_bytes(), &mut table),
                    strsim::damerau_levenshtein(a, b),
                    "{a} / {b}"
                );
            }
        }
        // Every pair of words of up to four letters a, b and c.
        let small: Vec<String> = (0..=4u32)
            .flat_map(|len| {
                (0..3usize.pow(len)).map(move |mut code| {
                    (0..len)
                        .map(|_| {
                            let c = b"abc"[code % 3] as char;
                            code /= 3;
                            c
                        })
                        .collect()
                })
            })
            .collect();
        for a in &small {
            for b in &small {
                assert_eq!(
                    byte_damerau_levenshtein(a.as_bytes(), b.as_bytes(), &mut table),
                    strsim::damerau_levenshtein(a, b),
                    "{a} / {b}"
                );
            }
        }
    }

    #[test]
    fn corrects_common_misspellings() {
        let mut none = 0;
        assert_eq!(
            best_correction("Sarmountable", &mut none).as_deref(),
            Some("surmountable")
        );
        assert_eq!(
            best_correction("goverment", &mut none).as_deref(),
            Some("government")
        );
        assert_eq!(
            best_correction("recieved", &mut none).as_deref(),
            Some("received")
        );
        let mut one = 1;
        assert_eq!(
            best_correction("begginers", &mut one).as_deref(),
            Some("beginners")
        );
        assert_eq!(one, 0);
    }

    #[test]
    fn the_slower_search_splits_joined_words_and_keeps_capitals() {
        let mut budget = 3;
        assert_eq!(
            best_correction("chipmaker", &mut budget).as_deref(),
            Some("chip maker")
        );
        assert_eq!(
            best_correction("Begginers", &mut budget).as_deref(),
            Some("Beginners")
        );
        assert_eq!(
            best_correction("xqzvw", &mut budget),
            None,
            "nothing is two edits from it"
        );
        assert_eq!(budget, 0);
        assert_eq!(best_correction("begginers", &mut budget), None);
    }

    #[test]
    fn two_edits_prefers_the_nearer_then_the_more_frequent_word() {
        // "goverment" is one edit from "government"; "govermnet" two.
        assert_eq!(two_edits("govermnet").as_deref(), Some("government"));
        assert_eq!(two_edits("zzzzzzzzqq"), None);
    }
}
