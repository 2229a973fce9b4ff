//! The modifier of a compound noun swapped for a thesaurus synonym in one of
//! its minor senses ("free kick" → "gratis kick", "rush hour" → "hurry hour"),
//! or for a word that is no synonym ("polling stations" → "surveying stations").

use super::collocation::{InContext, is_compound};
use super::hyphen_part::much_rarer;
use crate::lexicon::frequency::bigram_count;
use crate::lexicon::wordnet;

/// Whether `to` replaced `from` as the first word of a compound noun WordNet
/// lists ("free kick", "net profit", "box office"), giving a pair neither
/// WordNet nor the bigram table knows, where the sense the two words share
/// lies further down `from`'s senses than `to`'s: a spinner reached the
/// substitute through a minor sense of the word, one the compound does not
/// carry, where it is the substitute's usual sense ("free" → "gratis",
/// "return" → "comeback"). A synonym sharing the original's first sense
/// ("freight trains" → "cargo trains") or a sense as minor for both ("back
/// entrance" → "rear entrance") keeps the compound's meaning.
pub(super) fn minor_sense_modifier(from: &InContext, to: &InContext) -> bool {
    let minor = wordnet::synonym_rank(from.word, to.word)
        .is_some_and(|(original, substitute)| original > 1 && substitute < original);
    minor && replaced_modifier(from, to)
}

/// Whether `to`, no synonym of `from`, replaced `from` as the first word of a
/// compound noun WordNet lists ("polling stations" → "surveying stations",
/// "post offices" → "article offices"), giving a pair neither WordNet nor the
/// bigram table knows: the compound's meaning is lost with its modifier.
/// Alone it is as often a careful rewording ("prison term" → "jail term"),
/// so it counts only beside another garbled word.
pub(super) fn replaced_modifier(from: &InContext, to: &InContext) -> bool {
    let Some(head) = from.after.filter(|&h| Some(h) == to.after) else {
        return false;
    };
    is_compound(from.word, head) && !is_compound(to.word, head) && bigram_count(to.word, head) == 0
}

/// Whether `to`, a much rarer word ([`much_rarer`]), synonym or not, replaced
/// `from` as the first word of a compound noun WordNet lists ("closing price"
/// → "shutting price", "warning light" → "cautioning light", "control room" →
/// "regulate room"), giving a pair neither WordNet nor the bigram table
/// knows. A compound's head reworded so ("price increase" → "price hike",
/// "product lines" → "product ranges") is as often a careful choice.
pub(super) fn rarer_modifier(from: &InContext, to: &InContext) -> bool {
    much_rarer(from.word, to.word) && replaced_modifier(from, to)
}
