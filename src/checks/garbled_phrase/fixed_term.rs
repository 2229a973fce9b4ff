//! A fixed term of news copy with its first or middle word swapped ("chief
//! executive" → "main executive", "board of directors" → "panel of
//! directors"), or its head swapped for a thesaurus synonym ("trading
//! standards" → "trading criteria").

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
/// for "press conference"). The head is judged apart
/// ([`breaks_fixed_term_head`]): careful writers put another head as often
/// as spinners do ("maternity ward" → "maternity unit", "signal failure" →
/// "signal fault"; on tune ten such for two garbled). The substitute must be a noun or adjective; a respelling or
/// another form of the word ("centres" → "centers") is the same word.
pub(super) fn breaks_fixed_term(from: &InContext, to: &InContext) -> bool {
    if to.word.len() < MIN_LETTERS || same_word(from, to) {
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
    first || middle
}

/// Whether `to`, a thesaurus synonym of `from`, put for the head (last
/// word) of a two-word listed fixed term, broke it into words that make no
/// term ("trading standards" → "trading criteria", "pay rise" → "pay
/// ascent", "spawning grounds" → "spawning reasons"). A head a writer puts
/// in place of another is mostly no synonym of it ("maternity ward" →
/// "maternity unit"); one from the same synset, looked up word by word, is
/// a thesaurus slip unless it makes an established variant, listed too
/// ("share repurchase").
pub(super) fn breaks_fixed_term_head(from: &InContext, to: &InContext) -> bool {
    let Some(x) = kept(from.before, to.before) else {
        return false;
    };
    to.word.len() >= MIN_LETTERS
        && !same_word(from, to)
        && wordnet::synonym_rank(from.word, to.word).is_some()
        && is_fixed_term(&[x, from.word])
        && !is_fixed_term(&[x, to.word])
        && bigram_count(x, to.word) == 0
        && !is_compound(x, to.word)
}

/// Whether `to` is `from` in another form or spelling ("centres" → "centers").
fn same_word(from: &InContext, to: &InContext) -> bool {
    let theirs = wordnet::lemmas(from.word);
    wordnet::lemmas(to.word).iter().any(|l| theirs.contains(l))
        || dictionary::american_spelling(from.word).is_some_and(|w| w == to.word)
}

/// The word beside both the original and the substitute, if the same.
fn kept<'a>(x: Option<&'a str>, y: Option<&str>) -> Option<&'a str> {
    x.filter(|x| Some(*x) == y)
}
