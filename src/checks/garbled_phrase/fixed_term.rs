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
/// for "press conference"). The head is left alone: careful writers put
/// another head as often as spinners do ("maternity ward" → "maternity
/// unit", "signal failure" → "signal fault"; on tune ten such for two
/// garbled). The substitute must be a noun or adjective; a respelling or
/// another form of the word ("centres" → "centers") is the same word.
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
    first || middle
}

/// The word beside both the original and the substitute, if the same.
fn kept<'a>(x: Option<&'a str>, y: Option<&str>) -> Option<&'a str> {
    x.filter(|x| Some(*x) == y)
}
