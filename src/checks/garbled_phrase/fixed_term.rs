//! A fixed term of news copy with its first or middle word swapped ("chief
//! executive" → "main executive", "board of directors" → "panel of
//! directors").

use super::collocation::{InContext, is_compound};
use crate::lexicon::fixed_terms::is_fixed_term;
use crate::lexicon::frequency::bigram_count;
use crate::lexicon::{dictionary, wordnet};

/// Shortest substitute judged: shorter ones are letters of an abbreviation
/// ("A&E" for "emergency department").
const MIN_LETTERS: usize = 3;

/// Whether `to`, put for `from` as the first or middle word of a listed
/// fixed term, broke it into words that make no term: neither a listed one
/// nor, for two words, a pair the bigram table counts or WordNet lists as a
/// compound. A term names one thing, so a spinner looking its words up one by
/// one breaks it, where a careful writer keeps it, rewords it whole ("chief
/// executive" → "boss") or puts an established variant ("news conference"
/// for "press conference"). A two-word term's head counts only when put
/// for a thesaurus noun ([`thesaurus_head`]): careful writers put another
/// head as often as spinners do ("signal failure" → "signal fault"). The
/// substitute must be a noun or adjective; a respelling or another form of
/// the word ("centres" → "centers") is the same word.
pub(super) fn breaks_fixed_term(from: &InContext, to: &InContext) -> bool {
    let same_word = || {
        let theirs = wordnet::lemmas(from.word);
        wordnet::lemmas(to.word).iter().any(|l| theirs.contains(l))
            || dictionary::american_spelling(from.word).is_some_and(|w| w == to.word)
    };
    if to.word.len() < MIN_LETTERS || same_word() {
        return false;
    }
    let modifier = wordnet::parts_of_speech(to.word) & (wordnet::NOUN | wordnet::ADJECTIVE) != 0;
    let broken = |was: &[&str], now: &[&str]| {
        is_fixed_term(was)
            && !is_fixed_term(now)
            && !(now.len() == 2
                && (bigram_count(now[0], now[1]) > 0 || is_compound(now[0], now[1])))
    };
    let before = kept(from.before, to.before);
    let after = kept(from.after, to.after);
    let object = kept(from.object, to.object);
    // The swapped word first, before one or two words kept.
    let first = modifier
        && after.is_some_and(|x| {
            broken(&[from.word, x], &[to.word, x])
                || object.is_some_and(|y| broken(&[from.word, x, y], &[to.word, x, y]))
        });
    // The swapped word in the middle of three.
    let middle = before
        .zip(after)
        .is_some_and(|(x, y)| broken(&[x, from.word, y], &[x, to.word, y]));
    // The head of a two-word term put for a thesaurus synonym.
    let head = before.is_some_and(|x| {
        broken(&[x, from.word], &[x, to.word]) && thesaurus_head(from.word, to.word)
    });
    first || middle || head
}

/// Whether `to`, put for `from` as a term's head, is a noun that is a
/// WordNet synonym of it or never a verb: a spinner looking the head up
/// ("trading standards" → "trading criteria", "spring term" → "spring
/// expression"). Another head that may be a verb and is no synonym is as
/// often a careful writer's ("signal failure" → "signal fault"; on tune,
/// allowing those too found 11 more garbled heads and 10 false alarms).
fn thesaurus_head(from: &str, to: &str) -> bool {
    let parts = wordnet::parts_of_speech(to);
    parts & wordnet::NOUN != 0
        && (parts & wordnet::VERB == 0 || wordnet::synonym_rank(from, to).is_some())
}

/// The word beside both the original and the substitute, if the same.
fn kept<'a>(x: Option<&'a str>, y: Option<&str>) -> Option<&'a str> {
    x.filter(|x| Some(*x) == y)
}
