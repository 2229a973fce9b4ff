//! Multiples: a figure said as "`n` times" another, worked out as the ratio
//! of two source figures, and a percentage change the source states as a
//! multiple in a word ("doubled" → "rose 100%").

use super::derived::{HEDGED_TOLERANCE, TOLERANCE, amount, close, major, operand};
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};

/// The source figures that figure `q`, said as "`q` times", is the ratio of:
/// "31 days … 12 days" → "two and a half times as long".
pub fn ratio_of(q: &Quantity, theirs: &[Quantity], hedged: bool) -> Option<Vec<usize>> {
    let tolerance = if hedged { HEDGED_TOLERANCE } else { TOLERANCE };
    if q.unit != Unit::Plain || q.value <= 1.0 {
        return None;
    }
    pair_with_ratio(theirs, |r| close(r, q.value, tolerance))
}

/// Two source figures of one unit whose ratio `holds`.
fn pair_with_ratio(theirs: &[Quantity], holds: impl Fn(f64) -> bool) -> Option<Vec<usize>> {
    (0..theirs.len()).find_map(|i| {
        (0..theirs.len())
            .find(|&j| {
                let (x, y) = (&theirs[i], &theirs[j]);
                i != j
                    && operand(x)
                    && operand(y)
                    && x.unit == y.unit
                    && major(x) == major(y)
                    && holds(amount(x) / amount(y))
            })
            .map(|j| vec![i, j])
    })
}

/// Whether figure `q` is a multiple in a word ("double the 96", "twice").
pub fn says_multiple(doc: &Document, q: &Quantity) -> bool {
    q.tokens.len() == 1
        && matches!(
            doc.norm_at(q.tokens.start),
            "double" | "twice" | "triple" | "treble"
        )
}

/// Relative distance within which a multiple stated as a bound ("more than
/// double", "almost three times") holds the ratio on its side: a multiple
/// in words is round by nature.
const RATIO_BOUND_REACH: f64 = 0.25;

/// The source figures that figure `q`, a multiple stated as a bound ("more
/// than double the 96" for 214 against 96, "nearly three times"), is the
/// ratio of, the ratio lying on the bound's side of it and near it.
pub fn bounded_ratio_of(doc: &Document, q: &Quantity, theirs: &[Quantity]) -> Option<Vec<usize>> {
    if q.unit != Unit::Plain || q.value <= 1.0 {
        return None;
    }
    let (before, last) = (q.word_before(doc, 2), q.word_before(doc, 1));
    let above = match (before, last) {
        ("more" | "greater" | "higher", "than") | (_, "over" | "above") => true,
        ("less" | "fewer" | "lower", "than") | (_, "under" | "below" | "almost" | "nearly") => {
            false
        }
        _ => return None,
    };
    let v = q.value;
    let holds = |r: f64| {
        if above {
            r > v && r <= v * (1.0 + RATIO_BOUND_REACH)
        } else {
            r < v && r >= v * (1.0 - RATIO_BOUND_REACH)
        }
    };
    pair_with_ratio(theirs, holds)
}

/// Verbs that state a multiple as a percentage change ("doubled": up 100%).
const MULTIPLES: &[(&str, f64)] = &[
    ("doubled", 100.0),
    ("double", 100.0),
    ("doubling", 100.0),
    ("tripled", 200.0),
    ("trebled", 200.0),
    ("halved", 50.0),
];

/// Whether percentage `q` restates a multiple the source states in a word
/// ("doubled" → "rose 100%", "halved" → "fell 50%").
pub fn restates_multiple(q: &Quantity, source_words: &[&str]) -> bool {
    q.unit == Unit::Percent
        && MULTIPLES
            .iter()
            .any(|(w, v)| *v == q.value && source_words.contains(w))
}
