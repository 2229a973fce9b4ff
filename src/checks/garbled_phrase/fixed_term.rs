//! A fixed term of news copy with its first, middle or head word swapped
//! ("chief executive" → "main executive", "board of directors" → "panel of
//! directors", "bus lane" → "bus path").

use super::collocation::{InContext, is_compound, kept};
use crate::align::units::Units;
use crate::lexicon::fixed_terms::{idioms_with, is_fair_variant, is_fixed_term};
use crate::lexicon::frequency::bigram_count;
use crate::lexicon::{dictionary, wordnet};
use crate::text::words::{is_stopword, stem};

/// Shortest substitute judged: shorter ones are letters of an abbreviation
/// ("A&E" for "emergency department").
const MIN_LETTERS: usize = 3;

/// Whether `to`, put for `from` as the first or middle word of a listed
/// fixed term, broke it into words that make no term: neither a listed one
/// nor, for two words, a pair the bigram table counts or WordNet lists as a
/// compound. A term names one thing, so a spinner looking its words up one by
/// one breaks it, where a careful writer keeps it, rewords it whole ("chief
/// executive" → "boss") or puts an established variant ("news conference"
/// for "press conference"). The head of a two-word term counts too, swapped
/// for a noun between kept neighbours ("bus lane" → "bus path"), unless the
/// new pair is a fair variant the variant table lists for the term: careful
/// writers put another head as often as spinners do ("maternity ward" →
/// "maternity unit", "signal failure" → "signal fault"); a listed variant
/// passes for a swapped first word too ("cautious welcome" → "guarded
/// welcome"). The substitute must be a noun or adjective; a respelling or
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
    // The swapped word first, before one or two words kept, into no fair
    // variant ("cautious welcome" → "guarded welcome" passes); a hyphenated
    // compound's later part does not begin the term ("dawn raids" →
    // "early-morning raids": the compound modifies as one word).
    let first = modifier
        && !to.joined
        && after.is_some_and(|x| {
            (broken(&[from.word, x], &[to.word, x])
                && !is_fair_variant(&[from.word, x], &[to.word, x]))
                || object.is_some_and(|y| broken(&[from.word, x, y], &[to.word, x, y]))
        });
    // The swapped word in the middle of three.
    let middle = before
        .zip(after)
        .is_some_and(|(x, y)| broken(&[x, from.word, y], &[x, to.word, y]));
    // The swapped word last, heading a two-word term, the word after it kept
    // (a word moved there from elsewhere is no swap).
    let head = wordnet::parts_of_speech(to.word) & wordnet::NOUN != 0
        && from.after == to.after
        && before.is_some_and(|x| {
            broken(&[x, from.word], &[x, to.word])
                && !is_fair_variant(&[x, from.word], &[x, to.word])
        });
    first || middle || head
}

/// Whether the suspect, putting the word of its `ours` token for the source's
/// word of token `theirs`, broke a listed idiom of the source sentence
/// (`source`, `suspect`: the two sentences' units) while keeping every other
/// word of it in place ("the writing on the wall" → "the writing on the
/// ceiling", "break even" → "break level"), leaving no listed idiom and no
/// listed fixed term ("press conference" → "news conference" passes). An
/// idiom means what none of its words does, so a careful writer keeps it
/// whole or rewords it whole; swapping one word for a synonym, as a
/// thesaurus does, leaves a literal phrase that means nothing. So does the
/// noun of a verb idiom WordNet lists ([`breaks_verb_idiom`]).
pub(super) fn breaks_idiom<'a>(source: (&'a Units, usize), suspect: (&'a Units, usize)) -> bool {
    let at = |(units, token): (&Units, usize)| units.token.iter().position(|&t| t == token);
    let (Some(j), Some(k)) = (at(source), at(suspect)) else {
        return false;
    };
    breaks_verb_idiom((source.0, j), (suspect.0, k)) || breaks_listed_idiom(source, suspect)
}

/// Whether the swap broke an idiom of the curated list, as [`breaks_idiom`]
/// asks, without WordNet's verb idioms: the cheaper half, asked too of
/// substitutes otherwise let pass.
pub(super) fn breaks_listed_idiom<'a>(
    source: (&'a Units, usize),
    suspect: (&'a Units, usize),
) -> bool {
    let at = |(units, token): (&Units, usize)| units.token.iter().position(|&t| t == token);
    let (Some(j), Some(k)) = (at(source), at(suspect)) else {
        return false;
    };
    let words = |units: &'a Units, start: usize, len: usize| units.text.get(start..start + len);
    let source_word = source.0.text[j].as_str();
    let forms = word_forms(source_word);
    forms.iter().any(|form| {
        idioms_with(form).iter().any(|idiom| {
            let n = idiom.len();
            (0..n).filter(|&i| idiom[i] == form).any(|i| {
                let (Some(s), Some(t)) = (j.checked_sub(i), k.checked_sub(i)) else {
                    return false;
                };
                let (Some(theirs), Some(ours)) = (words(source.0, s, n), words(suspect.0, t, n))
                else {
                    return false;
                };
                (0..n).all(|x| fits(&theirs[x], idiom[x]))
                    && !fits(&ours[i], idiom[i])
                    && (0..n).all(|x| x == i || fits(&ours[x], idiom[x]))
                    && !is_listed_idiom(ours)
                    && !is_fixed_term(&ours.iter().map(String::as_str).collect::<Vec<_>>())
            })
        })
    })
}

/// Whether `words` make a listed idiom in any inflection, an irregular one
/// too ("had no option", "broke its banks"): another listed wording passes.
fn is_listed_idiom(words: &[String]) -> bool {
    words.first().is_some_and(|first| {
        word_forms(first).iter().any(|form| {
            idioms_with(form).iter().any(|idiom| {
                idiom.len() == words.len() && words.iter().zip(idiom).all(|(w, s)| fits(w, s))
            })
        })
    })
}

/// The stems of a word and of its base forms: an idiom is listed in base
/// form, and an irregular inflection ("came" for "come") stems apart from it.
fn word_forms(word: &str) -> Vec<String> {
    let mut forms = vec![stem(word)];
    for lemma in wordnet::lemmas(word).iter() {
        let s = stem(lemma);
        if !forms.contains(&s) {
            forms.push(s);
        }
    }
    forms
}

/// Whether `word` is a form of the idiom's word stemmed `idiom_stem`, its
/// irregular inflections too ("came to light" is "come to light").
fn fits(word: &str, idiom_stem: &str) -> bool {
    stem(word) == idiom_stem
        || wordnet::lemmas(word)
            .iter()
            .any(|l| l != word && stem(l) == idiom_stem)
}

/// Longest verb idiom of WordNet tried, in words ("keep an eye on").
const IDIOM_WORDS: usize = 4;

/// Whether the suspect's word `k` (of its sentence's units), put for the
/// source's word `j`, broke a verb idiom WordNet lists ("take place", "make
/// sense", "take effect") while keeping its other words, the verb in any
/// form, leaving words WordNet does not list ("took place" → "took spot"):
/// an idiom WordNet lists is one word to it, which a careful writer keeps
/// or rewords whole ("took place" → "happened", "make way" → "make room").
fn breaks_verb_idiom((source, j): (&Units, usize), (suspect, k): (&Units, usize)) -> bool {
    (2..=IDIOM_WORDS).any(|n| {
        (1..n).any(|i| {
            let (Some(s), Some(t)) = (j.checked_sub(i), k.checked_sub(i)) else {
                return false;
            };
            let (Some(theirs), Some(ours)) =
                (source.text.get(s..s + n), suspect.text.get(t..t + n))
            else {
                return false;
            };
            let kept = (0..n).all(|x| {
                x == i
                    || theirs[x] == ours[x]
                    || x == 0 && wordnet::share_lemma(&theirs[x], &ours[x])
            });
            let noun = wordnet::parts_of_speech(&theirs[i]);
            kept && !is_stopword(&theirs[0])
                && noun & wordnet::NOUN != 0
                && noun & (wordnet::ADJECTIVE | wordnet::ADVERB) == 0
                && phrase_parts(&theirs.join(" ")) & wordnet::VERB != 0
                && phrase_parts(&ours.join(" ")) == 0
        })
    })
}

/// The parts of speech WordNet gives a phrase ("take place"), worked out
/// without the word memo: each substitution asks of its own phrases, which
/// would crowd it.
fn phrase_parts(phrase: &str) -> u8 {
    wordnet::base_forms(phrase)
        .iter()
        .fold(0, |bits, l| bits | wordnet::parts_as_written(l))
}
