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
use crate::text::Document;
use crate::text::numbers::{is_ordinal_word, plain_number};
use crate::text::words::{shares_root, stem};
use std::ops::Range;

/// A substitute part this many times rarer than the part it replaced is rare.
const RARITY_FACTOR: u32 = 5;

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

/// The findings of a substitution (source `was`, suspect `now`, token
/// ranges) whose words, swapped one for one, hold a hyphenated compound with
/// one part put for a much rarer word ([`rare_part`]); a name
/// ("Veldhuis-Kromme") is no compound.
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
        .filter(|&(n, w)| rare_part(&src.tokens[w].norm, &doc.tokens[n].norm))
        .filter(|&(n, w)| !name(src, w) && !name(doc, n))
        .map(|(n, w)| swap_finding(HYPHEN_PART, (doc, n..n + 1), (src, w..w + 1), was.clone()))
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
}
