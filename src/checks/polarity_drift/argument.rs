//! Opposite verbs paired by what they act on, whatever the voice: "voters
//! rejected a proposal to extend council terms" → "a plan to lengthen council
//! terms was backed", in a sentence that also approved something else.

use crate::align::units::Units;
use crate::checks::grammar::AUXILIARIES;
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

/// Forms of "be" that make a participle after them passive.
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

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
