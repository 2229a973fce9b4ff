//! Substitutes kin to the word they replaced but another word: a sibling
//! of the same stem ("industrial" → "industrious"), an adjective of a
//! compound noun's first word ("season ticket" → "seasonal ticket"), or the
//! "-s" plural of a mass noun ("boats" → "watercrafts").

use super::collocation::{InContext, is_compound};
use super::{MASS_PLURAL, OTHER_WORD};
use crate::align::units::Units;
use crate::checks::spelling::plural_of_noun;
use crate::lexicon::dictionary;
use crate::lexicon::wordnet::{self, ADJECTIVE, NOUN};
use crate::text::words::stem;

/// Why suspect word `k` of `ours` (in the sentence's `pair_suspect`) is
/// garbled kin of source word `j` of `theirs` (in `pair_source`), the word
/// standing where it stands, if it is: another word of its stem, not found
/// in the source sentence, while the original is not kept elsewhere in it
/// ([`sibling_of_stem`], [`adjective_for_modifier`]); or the plural of a
/// mass noun ([`plural_of_mass_noun`]).
pub(super) fn kin(
    (pair_source, theirs, j): (&Units, &Units, usize),
    (pair_suspect, ours, k): (&Units, &Units, usize),
) -> Option<&'static str> {
    let (f, t) = (theirs.text[j].as_str(), ours.text[k].as_str());
    let exact = |units: &Units| units.text.iter().filter(|w| *w == f).count();
    let kin_of_stem = || {
        sibling_of_stem(f, t)
            || InContext::of(pair_source, theirs, j)
                .zip(InContext::of(pair_suspect, ours, k))
                .is_some_and(|(a, b)| adjective_for_modifier(&a, &b))
    };
    if !pair_source.text.iter().any(|w| w == t)
        && exact(pair_suspect) < exact(pair_source)
        && kin_of_stem()
    {
        Some(OTHER_WORD)
    } else {
        plural_of_mass_noun(f, t).then_some(MASS_PLURAL)
    }
}

/// Letters two base forms must share at their start to be siblings.
const SIBLING_ROOT: usize = 5;

/// Whether `to`, of the stem of `from` and its part of speech, is a sibling
/// of it: each adds its own ending to a shared root ("industrial" →
/// "industrious", "conservators" → "conservatives"), so neither derives from
/// the other ("transport" → "transportation" and "floor" → "flooring" pass),
/// and WordNet lists them as no synonyms.
fn sibling_of_stem(from: &str, to: &str) -> bool {
    let (a, b) = (wordnet::lemmas(from), wordnet::lemmas(to));
    from != to
        && stem(from) == stem(to)
        && wordnet::parts_of_speech(from) & wordnet::parts_of_speech(to) != 0
        && wordnet::synonym_rank(from, to).is_none()
        && !a.is_empty()
        && !b.is_empty()
        && !is_agent_noun(to)
        && a.iter().all(|x| b.iter().all(|y| siblings(x, y)))
}

/// Whether `word` names people by what they do ("investigators",
/// "insurers"): a rewrite may name them for their work ("the investigation
/// found" → "investigators found").
fn is_agent_noun(word: &str) -> bool {
    let word = word.strip_suffix('s').unwrap_or(word);
    ["er", "or", "ist", "ant"]
        .iter()
        .any(|end| word.ends_with(end))
}

/// Whether two base forms share a root of [`SIBLING_ROOT`] letters and each
/// ends otherwise after it (a lone final "e" is no ending: "combine",
/// "combination").
fn siblings(a: &str, b: &str) -> bool {
    // In bytes, over whole characters only.
    let shared: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (x, y) = (&a[shared..], &b[shared..]);
    // "possible" → "possibility": "-ble" makes "-bility".
    let ability = matches!((x, y), ("le", "ility") | ("ility", "le"));
    let ending = |w: &str| !matches!(w, "" | "e");
    shared >= SIBLING_ROOT && ending(x) && ending(y) && !ability
}

/// Whether the first word of a compound noun WordNet lists, a noun never an
/// adjective, was put for an adjective made of it (not a form of it) before
/// the same second word ("season ticket" → "seasonal ticket").
fn adjective_for_modifier(from: &InContext, to: &InContext) -> bool {
    let (f, t) = (from.word, to.word);
    from.after.is_some_and(|next| {
        to.after == Some(next)
            && is_compound(f, next)
            && wordnet::parts_of_speech(f) & (NOUN | ADJECTIVE) == NOUN
            && wordnet::parts_of_speech(t) & ADJECTIVE != 0
            && t.len() > f.len()
            && t.starts_with(f)
            && !wordnet::lemmas(t).iter().any(|l| l == f)
    })
}

/// Whether `to` is the "-s" plural of a noun the dictionary takes as
/// uncountable ("commerces"), put for `from`, a plural of another word
/// ("businesses").
fn plural_of_mass_noun(from: &str, to: &str) -> bool {
    let Some(base) = to.strip_suffix('s') else {
        return false;
    };
    let plural = |w: &str| wordnet::lemmas(w).iter().all(|l| l != w);
    !dictionary::is_known(to) && plural_of_noun(to) && plural(from) && stem(from) != stem(base)
}
