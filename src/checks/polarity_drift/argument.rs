//! Opposite verbs paired by what they act on, whatever the voice: "voters
//! rejected a proposal to extend council terms" → "a plan to lengthen council
//! terms was backed", in a sentence that also approved something else.

use crate::align::units::Units;
use crate::checks::grammar::{AUXILIARIES, BE, LINKING};
use crate::lexicon::wordnet;
use crate::text::words::{is_stopword, stem};

/// Words searched for a verb's object after it, or for a passive verb's
/// subject before its auxiliary.
const ARGUMENT_REACH: usize = 12;

/// Content words taken as the argument, nearest the verb first.
const ARGUMENT_WORDS: usize = 4;

/// Content words two arguments must share to be one thing ("council
/// terms"), by stem or as synonyms ("proposal" and "plan").
const SHARED_WORDS: usize = 2;

/// Words of a noun compound after an adjective searched for its head.
const COMPOUND_WORDS: usize = 3;

/// Whether `w` is a word of content an argument is known by: no function
/// word, figure or auxiliary.
fn content(w: &str) -> bool {
    !is_stopword(w)
        && !AUXILIARIES.contains(&w)
        && w.len() > 1
        && w.chars().all(char::is_alphabetic)
}

/// The content words of what unit `k` of `u` acts on, nearest first: its
/// subject before the auxiliary when passive ("a plan … was backed"), else
/// the words after it ("rejected by 55% to 45% a proposal"). Figures are
/// left out: both sides may state the vote.
fn argument(u: &Units, k: usize) -> Vec<&str> {
    let w = u.words();
    let passive = (k.saturating_sub(2)..k).rev().find(|&p| BE.contains(&w[p]));
    let words: Vec<&str> = match passive {
        Some(p) => w[p.saturating_sub(ARGUMENT_REACH)..p]
            .iter()
            .rev()
            .copied()
            .collect(),
        None => w[k + 1..(k + 1 + ARGUMENT_REACH).min(w.len())].to_vec(),
    };
    words
        .into_iter()
        .filter(|x| content(x))
        .take(ARGUMENT_WORDS)
        .collect()
}

/// Whether source verb `j` and suspect verb `k` (units) act on the same
/// thing: at least [`SHARED_WORDS`] content words of their arguments share
/// a stem or are synonyms. Directions ("below" → "over") are no verbs here.
pub(super) fn same_argument((theirs, j): (&Units, usize), (ours, k): (&Units, usize)) -> bool {
    let verb = |w: &str| {
        wordnet::parts_of_speech(w) & wordnet::VERB != 0 && wordnet::direction(w).is_none()
    };
    if !verb(&theirs.text[j]) || !verb(&ours.text[k]) {
        return false;
    }
    let (a, b) = (argument(theirs, j), argument(ours, k));
    let same = |x: &str, y: &str| stem(x) == stem(y) || wordnet::synonym_rank(x, y).is_some();
    a.iter().filter(|x| b.iter().any(|y| same(x, y))).count() >= SHARED_WORDS
}

/// Whether every source unit that is suspect verb `k` itself acts on
/// something other than what `k` acts on ("approved a new road fund" beside
/// "a levy … was approved"): the word is used there for another act.
pub(super) fn acts_elsewhere(theirs: &Units, (ours, k): (&Units, usize)) -> bool {
    let b = &ours.text[k];
    theirs
        .text
        .iter()
        .enumerate()
        .filter(|(_, w)| *w == b)
        .all(|(j, _)| !argument(theirs, j).is_empty() && !same_argument((theirs, j), (ours, k)))
}

/// The noun an adjective at unit `k` of `u` describes: the head of the
/// words after it ("low participation", "high grain stocks"), or the subject before its linking verb when
/// predicative ("participation is high", "stocks remained very high").
fn holder(u: &Units, k: usize) -> Option<&str> {
    let w = u.words();
    match (k.saturating_sub(2)..k)
        .rev()
        .find(|&p| LINKING.contains(&w[p]))
    {
        Some(p) => p.checked_sub(1).map(|h| w[h]).filter(|h| content(h)),
        // "high grain stocks": the last word of the compound it leads.
        None => w[k + 1..]
            .iter()
            .take(COMPOUND_WORDS)
            .take_while(|h| content(h) && !LINKING.contains(h))
            .last()
            .copied(),
    }
}

/// Whether source adjective `j` and suspect adjective `k` (units) describe
/// the same noun, whether before it or after "be" ("streets with low
/// participation" → "streets where participation is high").
pub(super) fn same_holder((theirs, j): (&Units, usize), (ours, k): (&Units, usize)) -> bool {
    let (Some(a), Some(b)) = (holder(theirs, j), holder(ours, k)) else {
        return false;
    };
    stem(a) == stem(b)
}

/// Whether some adjective of `u` stands after a linking verb
/// ("participation is high"): a sentence whose opposites [`same_holder`] may pair.
pub(super) fn predicative(u: &Units) -> bool {
    u.text.windows(2).any(|w| {
        LINKING.contains(&w[0].as_str())
            && wordnet::parts_of_speech(&w[1]) & wordnet::ADJECTIVE != 0
    })
}
