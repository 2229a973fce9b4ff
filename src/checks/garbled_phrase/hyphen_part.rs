//! One part of a hyphenated compound swapped for a much rarer word
//! ("body-worn" → "body-donned", "low-lying" → "low-fibbing").
//!
//! A hyphenated compound is one token, so the word tests never see the part
//! that changed, and the whole compound is rarely in the frequency list. A
//! compound is a fixed unit: a careful writer rewording one puts a common word
//! for a common word ("family-owned" → "family-run", "third-largest" →
//! "third-biggest"), while a spinner reaches a thesaurus entry far rarer than
//! the part it replaces ("walk-in" → "stroll-in", "interest-free" →
//! "intrigue-free").

use super::content::written_as_name;
use super::{HYPHEN_PART, swap_finding};
use crate::finding::Diagnostic;
use crate::lexicon::frequency::rank;
use crate::lexicon::{thesaurus, wordnet};
use crate::text::Document;
use crate::text::numbers::{is_ordinal_word, plain_number};
use crate::text::words::{shares_root, stem};
use std::ops::Range;

/// A substitute part this many times rarer than the part it replaced is rare.
const RARITY_FACTOR: u32 = 5;

/// The message of a part put for a synonym that makes another listed term.
const OTHER_TERM: &str =
    "one part of a hyphenated compound swapped for a synonym, making a term of another meaning";

/// Frequency rank past which a substitute part counts as rare.
const RARE_RANK: u32 = 5_000;

/// The two parts that differ when `to` is the hyphenated compound `from` with
/// one part swapped ("body-worn" → "body-donned": "worn", "donned"); `None`
/// when the two differ otherwise, or when a part is a figure or a number word
/// (a measure or a rank: "60-member" → "60-seat", "second-tier").
fn swapped_part<'a>(from: &'a str, to: &'a str) -> Option<(&'a str, &'a str)> {
    if !from.contains('-') || !to.contains('-') {
        return None;
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (from.split('-').collect(), to.split('-').collect());
    if a.len() != b.len() {
        return None;
    }
    let numeric = |p: &&str| {
        p.is_empty()
            || !p.chars().all(char::is_alphabetic)
            || plain_number(p).is_some()
            || is_ordinal_word(p)
    };
    if a.iter().chain(&b).any(numeric) {
        return None;
    }
    let mut changed = a.iter().zip(&b).filter(|(x, y)| x != y);
    let (&x, &y) = changed.next()?;
    changed.next().is_none().then_some((x, y))
}

/// Whether `b`, a word of another root than `a`, is at least
/// [`RARITY_FACTOR`] times rarer and past rank [`RARE_RANK`]: a spinner's
/// thesaurus entry, where a careful writer puts a common word for a common one.
pub(super) fn much_rarer(a: &str, b: &str) -> bool {
    if shares_root(a, b) || stem(a) == stem(b) {
        return false;
    }
    let (ra, rb) = (rank(a), rank(b));
    rb != u32::MAX && rb > RARE_RANK && rb / RARITY_FACTOR >= ra
}

/// Whether `to` is the hyphenated compound `from` (both lower-cased) with one
/// part swapped for a word at least [`RARITY_FACTOR`] times rarer and past
/// rank [`RARE_RANK`], of another root ("record-keeping" → "record-maintaining"
/// passes: "maintaining" is common; "sell-out" → "sold-out" shares the root).
fn rare_part(from: &str, to: &str) -> bool {
    swapped_part(from, to).is_some_and(|(a, b)| much_rarer(a, b))
}

/// Whether the hyphenated `compound` is a WordNet entry, written with a
/// hyphen or a space, its first word in any form ("sold off": "sell off").
fn listed(compound: &str) -> bool {
    let spaced = compound.replace('-', " ");
    let (head, rest) = spaced.split_once(' ').unwrap_or((&spaced, ""));
    [compound, spaced.as_str()]
        .iter()
        .any(|c| wordnet::parts_of_speech(c) != 0)
        || wordnet::lemmas(head)
            .iter()
            .any(|l| wordnet::parts_of_speech(&format!("{l} {rest}")) != 0)
}

/// Whether `to` is the hyphenated compound `from` with one lettered part put
/// for a synonym of it (WordNet or Moby) where both compounds are WordNet
/// entries sharing no sense: the swap makes another fixed term ("warm-up" →
/// "heat-up", "sold-out" → "sold-off", "first-class" → "first-rate").
fn other_term(from: &str, to: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (from.split('-').collect(), to.split('-').collect());
    let lettered = |p: &&str| !p.is_empty() && p.chars().all(char::is_alphabetic);
    if a.len() != b.len() || a.len() < 2 || !a.iter().chain(&b).all(lettered) {
        return false;
    }
    let mut changed = a.iter().zip(&b).filter(|(x, y)| x != y);
    let (Some((&x, &y)), None) = (changed.next(), changed.next()) else {
        return false;
    };
    !shares_root(x, y)
        && (wordnet::synonym_rank(x, y).is_some() || thesaurus::related(x, y))
        && listed(from)
        && listed(to)
        && wordnet::synonym_rank(from, to).is_none()
        && wordnet::synonym_rank(&from.replace('-', " "), &to.replace('-', " ")).is_none()
}

/// The findings of a substitution (source `was`, suspect `now`, token
/// ranges) whose words, swapped one for one, hold a hyphenated compound with
/// one part put for a much rarer word ([`rare_part`]) or for a synonym making
/// another listed term ([`other_term`]); a name ("Veldhuis-Kromme") is no
/// compound.
pub(super) fn rare_parts(
    (doc, now): (&Document, Range<usize>),
    (src, was): (&Document, Range<usize>),
) -> Vec<(&'static str, Diagnostic)> {
    let hyphenated =
        |d: &Document, r: Range<usize>| r.clone().any(|t| d.tokens[t].norm.contains('-'));
    if now.len() != was.len() || !hyphenated(doc, now.clone()) {
        return Vec::new();
    }
    let name =
        |d: &Document, t: usize| d.is_capitalized(t) && written_as_name(d, &d.tokens[t].norm);
    now.clone()
        .zip(was.clone())
        .filter(|&(n, w)| !name(src, w) && !name(doc, n))
        .filter_map(|(n, w)| {
            let (from, to) = (&src.tokens[w].norm, &doc.tokens[n].norm);
            let why = if rare_part(from, to) {
                HYPHEN_PART
            } else if other_term(from, to) {
                OTHER_TERM
            } else {
                return None;
            };
            Some((n, w, why))
        })
        .map(|(n, w, why)| swap_finding(why, (doc, n..n + 1), (src, w..w + 1), was.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_much_rarer_part_is_flagged() {
        assert!(rare_part("body-worn", "body-donned"));
        assert!(rare_part("walk-in", "stroll-in"));
        assert!(rare_part("interest-free", "intrigue-free"));
        assert!(rare_part("low-lying", "low-fibbing"));
    }

    #[test]
    fn common_parts_figures_and_forms_pass() {
        assert!(!rare_part("family-owned", "family-run"));
        assert!(!rare_part("third-largest", "third-biggest"));
        assert!(!rare_part("60-member", "60-seat"));
        assert!(!rare_part("sell-out", "sold-out"));
        assert!(!rare_part("film-music", "movie-music"));
        assert!(!rare_part("body-worn", "donned"));
        assert!(!rare_part("pay-and-display", "pay-or-show"));
    }

    #[test]
    fn a_part_swap_making_another_term_is_flagged() {
        assert!(other_term("warm-up", "heat-up"));
        assert!(other_term("sold-out", "sold-off"));
        assert!(other_term("first-class", "first-rate"));
        assert!(!other_term("sell-out", "sold-out"));
        assert!(!other_term("family-owned", "family-run"));
    }
}
