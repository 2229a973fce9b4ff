//! The other part of a count: "missed five of his eight free throws" →
//! "made only three of his eight", "lost two of seven" → "won five of
//! seven". The verb turned to its opposite and the count to what is left.

use crate::lexicon::determiners::is_possessive;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};

/// Verbs of a count of attempts and their opposites.
const OPPOSITES: &[(&str, &str)] = &[
    ("made", "missed"),
    ("hit", "missed"),
    ("scored", "missed"),
    ("converted", "missed"),
    ("landed", "missed"),
    ("won", "lost"),
    ("passed", "failed"),
];

/// Words that may stand between the verb and the count ("made only three").
const BETWEEN: &[&str] = &["only", "just", "a", "mere"];

/// Whether `w` is "the" or a possessive, which may stand between "of" and a
/// whole ("of his eight", "one of its three shelters").
pub(super) fn the_or_possessive(w: &str) -> bool {
    w == "the" || is_possessive(w)
}

/// The verb before count `q` and the value of the whole it is "of".
fn count_of(doc: &Document, q: &Quantity, figures: &[Quantity]) -> Option<(String, f64)> {
    let mut k = q.tokens.start.checked_sub(1)?;
    while BETWEEN.contains(&doc.norm_at(k)) {
        k = k.checked_sub(1)?;
    }
    let verb = doc.norm_at(k).to_string();
    let mut at = q.tokens.end;
    if doc.norm_at(at) != "of" {
        return None;
    }
    at += 1;
    if the_or_possessive(doc.norm_at(at)) {
        at += 1;
    }
    let whole = figures
        .iter()
        .find(|w| w.tokens.start == at && w.unit == Unit::Plain)?;
    Some((verb, whole.value))
}

/// The source count (index into `theirs`) whose complement suspect count
/// `q` states with the opposite verb, out of the same whole.
pub(super) fn complement_of(
    doc: &Document,
    q: &Quantity,
    ours: &[Quantity],
    src: &Document,
    theirs: &[Quantity],
) -> Option<usize> {
    if q.unit != Unit::Plain || q.measure.is_some() {
        return None;
    }
    let (verb, whole) = count_of(doc, q, ours)?;
    let opposite = |a: &str, b: &str| {
        OPPOSITES
            .iter()
            .any(|&(x, y)| (a == x && b == y) || (a == y && b == x))
    };
    (0..theirs.len()).find(|&k| {
        let s = &theirs[k];
        s.unit == Unit::Plain
            && s.value + q.value == whole
            && count_of(src, s, theirs).is_some_and(|(v, w)| w == whole && opposite(&v, &verb))
    })
}
