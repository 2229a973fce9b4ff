//! The modifier of a compound noun swapped for a thesaurus synonym in one of
//! its minor senses ("free kick" → "gratis kick", "rush hour" → "hurry hour"),
//! or for a word that is no synonym ("polling stations" → "surveying stations"),
//! or for a word only ever a verb ("governing body" → "overseeing body").

use super::collocation::{InContext, is_compound, kept};
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

/// Whether `to`, no synonym of `from` and a word WordNet knows only as a
/// verb, replaced either word of a compound noun WordNet lists, the other
/// word kept ("governing body" → "overseeing body", "market town" →
/// "advertise town", "security guard" → "security protect"), giving a pair
/// neither WordNet nor the bigram table knows. A verb cannot name the thing
/// or its kind: a thesaurus took the word for the verb spelt like it or
/// looked up its verb sense. A careful writer rewording a compound puts a
/// noun or adjective in its place ("prison term" → "jail term"), so this
/// stands alone, where a noun put there ([`replaced_modifier`]) does not. A
/// past participle reads as an adjective ("endangered species" → "imperiled
/// species") or, after a noun, as a clause ("Air, based in" → "Air,
/// headquartered in"), so it is left alone.
pub(super) fn verb_in_compound(from: &InContext, to: &InContext) -> bool {
    if wordnet::parts_of_speech(to.word) != wordnet::VERB || to.word.ends_with("ed") {
        return false;
    }
    let rebuilt = |(a, b): (&str, &str), (c, d): (&str, &str)| {
        is_compound(a, b) && !is_compound(c, d) && bigram_count(c, d) == 0
    };
    let as_modifier =
        kept(from.after, to.after).is_some_and(|h| rebuilt((from.word, h), (to.word, h)));
    let as_head =
        kept(from.before, to.before).is_some_and(|m| rebuilt((m, from.word), (m, to.word)));
    as_modifier || as_head
}
