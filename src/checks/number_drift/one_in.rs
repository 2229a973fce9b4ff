//! A share restated as "one in N": "5% of its workforce" → "one in 20 of the
//! workforce", "about 0.5% of those cast" → "about one in 200", and "one of
//! its three shelters" as "a third of its shelters".

use super::complement::the_or_possessive;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};

/// Relative difference within which "one in N" states a percentage (the
/// rewriter rounds N: 4.8% is "one in 20").
const TOLERANCE: f64 = 0.05;

/// Whether plain figure `q` is the N of "one in N" or "one out of N".
fn is_one_in(doc: &Document, q: &Quantity) -> bool {
    let norm = |back: usize| q.word_before(doc, back);
    let one = |w: &str| matches!(w, "one" | "1");
    q.unit == Unit::Plain
        && q.measure.is_none()
        && q.value > 1.0
        && ((norm(1) == "in" && one(norm(2)))
            || (norm(1) == "of" && norm(2) == "out" && one(norm(3))))
}

/// The source percentage (index into `theirs`) that suspect figure `q`, the N
/// of "one in N", restates as 100/N per cent.
pub fn share_as_one_in(doc: &Document, q: &Quantity, theirs: &[Quantity]) -> Option<usize> {
    if !is_one_in(doc, q) {
        return None;
    }
    let share = 100.0 / q.value;
    theirs.iter().position(|s| {
        s.unit == Unit::Percent
            && s.measure != Some("point")
            && s.value > 0.0
            && (share - s.value).abs() <= TOLERANCE * s.value
    })
}

/// Whether figure `q` is the "one" of a "one in N" among `ours` whose N
/// restates a source percentage.
pub fn opens_one_in(doc: &Document, q: &Quantity, ours: &[Quantity], theirs: &[Quantity]) -> bool {
    q.unit == Unit::Plain
        && q.value == 1.0
        && ours.iter().any(|n| {
            (q.tokens.end + 1..=q.tokens.end + 2).contains(&n.tokens.start)
                && share_as_one_in(doc, n, theirs).is_some()
        })
}

/// The source count N (index into `theirs`) of "one of the N …" that suspect
/// share `q` states as 100/N per cent ("one of its three shelters" → "a
/// third of its shelters").
pub fn one_of_as_share(src: &Document, q: &Quantity, theirs: &[Quantity]) -> Option<usize> {
    if q.unit != Unit::Percent || q.measure.is_some() {
        return None;
    }
    theirs.iter().position(|n| {
        let norm = |back: usize| n.word_before(src, back);
        n.unit == Unit::Plain
            && n.measure.is_none()
            && n.value > 1.0
            && n.value.fract() == 0.0
            && the_or_possessive(norm(1))
            && (norm(2), norm(3)) == ("of", "one")
            && (100.0 / n.value - q.value).abs() <= TOLERANCE * q.value
    })
}
