//! Evidence from the two words of a swap alone: a rare shared sense, a
//! look-alike, another part of speech of the root, a much rarer word.

use super::lookalike::looks_alike;
use super::{LOOK_ALIKE, OTHER_FORM, RARE_SENSE, RARER};
use crate::lexicon::frequency::rank;
use crate::lexicon::{dictionary, wordnet};
use crate::text::words::{shares_root, stem};

/// In a phrase swap, a shared sense makes a good synonym when it is among the
/// original's first `SOURCE_SENSES` senses and the substitute's first
/// `SUBSTITUTE_SENSES`: readers take a word in its usual senses.
pub(super) const SOURCE_SENSES: u8 = 5;

/// See [`SOURCE_SENSES`].
const SUBSTITUTE_SENSES: u8 = 2;

/// A WordNet synonym passes when it replaces one word: which of its senses the
/// original had is a matter of context that sense ranks do not settle (on
/// independent rewrites, "cleared" → "acquitted" and "heavy" → "weighty" share
/// ranks alike). Where a run of words is swapped one for one, as spinners swap
/// whole phrases ("AI-driven growth" → "AI-operated development"), a synonym
/// must share a common sense of both words.
pub(super) fn common_sense((from, to): (u8, u8), phrase_swap: bool) -> bool {
    !phrase_swap || (from <= SOURCE_SENSES && to <= SUBSTITUTE_SENSES)
}

/// A substitute this many times rarer than the original (and past `RARE_RANK`) is rare.
const RARITY_FACTOR: u32 = 2;

/// Frequency rank past which the base form of a rare word must lie too: an
/// inflection of a common word ("costlier": "costly") is not rare.
const RARE_FAMILY_RANK: u32 = 30_000;

/// Frequency rank past which a word counts as rare.
const RARE_RANK: u32 = 60_000;

/// Why a substitute looks garbled, if it does.
pub(super) fn evidence(from: &str, to: &str, phrase_swap: bool) -> Option<&'static str> {
    if let Some(r) = wordnet::synonym_rank(from, to) {
        return (!common_sense(r, phrase_swap)).then_some(RARE_SENSE);
    }
    if looks_alike(from, to) {
        return Some(LOOK_ALIKE);
    }
    let (pf, pt) = (wordnet::parts_of_speech(from), wordnet::parts_of_speech(to));
    if shares_root(from, to) && pf != 0 && pt != 0 && pf & pt == 0 {
        return Some(OTHER_FORM);
    }
    let (rf, rt) = (rank(from), rank(to));
    (rt > RARE_RANK
        && rt / RARITY_FACTOR > rf
        && family_rank(to) > RARE_FAMILY_RANK
        && !shares_root(from, to)
        && !other_part_of_speech(pf, pt)
        && !again_for_again(from, to))
    .then_some(RARER)
}

/// Whether `to` is a common word with "re-" before it, put for another word
/// of doing again ("relocated" → "rehoused", "reseed" → "resow", "resume" →
/// "recommence"): the prefix, kept from the original, makes it rare, not the
/// word ("re-accelerated" → "re-reverberated" is rare without it).
fn again_for_again(from: &str, to: &str) -> bool {
    from.starts_with("re")
        && to
            .strip_prefix("re")
            .map(|rest| rest.strip_prefix('-').unwrap_or(rest))
            .is_some_and(|rest| rest.len() >= 3 && family_rank(rest) <= RARE_FAMILY_RANK)
}

/// Whether `to` is `from` done again ("checked" → "rechecked", "checked
/// again" → "rechecked", "sampled" → "resampled"): a writer's own precision,
/// rare only because the prefix is.
pub(super) fn done_again(from: &str, to: &str) -> bool {
    to.strip_prefix("re")
        .map(|rest| rest.strip_prefix('-').unwrap_or(rest))
        .is_some_and(|rest| rest == from || stem(rest) == stem(from))
}

/// Whether WordNet knows both words and never as one part of speech: the
/// substitute stands in no slot the original filled ("barely" → "budged",
/// "jury" → "unpersuaded"), a sentence rebuilt round it, not a word swapped.
fn other_part_of_speech(pf: u8, pt: u8) -> bool {
    pf != 0 && pt != 0 && pf & pt == 0
}

/// The frequency rank of a word or, if commoner, of its base form ("costlier":
/// "costly").
pub(super) fn family_rank(word: &str) -> u32 {
    wordnet::lemmas(word)
        .iter()
        .map(|l| rank(l))
        .fold(rank(word), u32::min)
}

/// Whether `to` is a compound of a word of `from` and another word ("car makers" → "automakers").
pub(super) fn is_compound_of(to: &str, from: &[&str]) -> bool {
    from.iter().any(|f| {
        f.len() >= 4
            && to.len() >= f.len() + 3
            && (to
                .strip_suffix(f)
                .or_else(|| to.strip_prefix(f))
                .is_some_and(dictionary::is_known))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_done_again_is_not_much_rarer() {
        assert!(done_again("checked", "rechecked"));
        assert!(done_again("sampled", "resampled"));
        assert!(!done_again("checked", "checkered"));
        assert!(!done_again("stolen", "pilfered"));
    }

    #[test]
    fn a_common_word_done_again_for_another_is_not_much_rarer() {
        assert_eq!(evidence("relocated", "rehoused", false), None);
        assert_eq!(evidence("reseed", "resow", false), None);
        assert_eq!(evidence("rechecked", "rereverberated", false), Some(RARER));
    }

    #[test]
    fn a_rare_word_of_another_part_of_speech_is_a_rebuilt_sentence() {
        assert_eq!(evidence("barely", "budged", false), None);
        assert_eq!(evidence("jury", "unpersuaded", false), None);
        assert_eq!(evidence("stolen", "pilfered", false), Some(RARER));
    }
}
