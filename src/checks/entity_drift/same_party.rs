//! Replaced names that still name the same party: another word of one
//! person's full name.

use crate::lexicon::dictionary;
use crate::text::Document;
use crate::text::names::{Names, bare};
use crate::text::tokens::TokenKind;
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Whether one-word names `a` and `b` are the two words of one source name
/// ("Tigist" → "Alemu" for "Tigist Alemu"): the same person, named
/// otherwise; a firm's partners ("Ruiz & Dowell") are two people.
pub(super) fn words_of_one_name(
    src: &Document,
    theirs: &Names,
    (a, b): (&FxHashSet<&str>, &FxHashSet<&str>),
) -> bool {
    let (Some(&was), Some(&now)) = (a.iter().next(), b.iter().next()) else {
        return false;
    };
    let all_words = |r: &Range<usize>| {
        src.tokens[r.clone()]
            .iter()
            .all(|t| t.kind == TokenKind::Word)
    };
    let has = |r: &Range<usize>, w: &str| src.tokens[r.clone()].iter().any(|t| bare(&t.norm) == w);
    a.len() == 1
        && b.len() == 1
        && !dictionary::is_known(was)
        && !dictionary::is_known(now)
        && theirs
            .runs()
            .iter()
            .any(|r| has(r, was) && has(r, now) && all_words(r))
}
