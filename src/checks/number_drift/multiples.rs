//! Multiples: a figure said as "`n` times" another, worked out as the ratio
//! of two source figures, and a percentage change the source states as a
//! multiple in a word ("doubled" → "rose 100%").

use super::derived::{HEDGED_TOLERANCE, TOLERANCE, amount, close, major, operand};
use crate::text::numbers::{Quantity, Unit};

/// The source figures that figure `q`, said as "`q` times", is the ratio of:
/// "31 days … 12 days" → "two and a half times as long".
pub fn ratio_of(q: &Quantity, theirs: &[Quantity], hedged: bool) -> Option<Vec<usize>> {
    let tolerance = if hedged { HEDGED_TOLERANCE } else { TOLERANCE };
    if q.unit != Unit::Plain || q.value <= 1.0 {
        return None;
    }
    (0..theirs.len()).find_map(|i| {
        (0..theirs.len())
            .find(|&j| {
                let (x, y) = (&theirs[i], &theirs[j]);
                i != j
                    && operand(x)
                    && operand(y)
                    && x.unit == y.unit
                    && major(x) == major(y)
                    && close(amount(x) / amount(y), q.value, tolerance)
            })
            .map(|j| vec![i, j])
    })
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
