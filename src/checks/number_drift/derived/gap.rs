//! A figure stated as the gap to another ("1.5p more than the 19.5p paid a
//! year before"), worked out from a figure the source states anywhere.

use super::amounts::{close, magnitude, major, operand};
use super::{HEDGED_TOLERANCE, MIN_COUNT, TOLERANCE};
use crate::text::numbers::{Quantity, Unit};

/// Words after a figure that make it the gap to the figure that follows
/// ("270,000 more than the 1.19 million who came in 2023").
const GAP_WORDS: &[&[&str]] = &[
    &["more", "than"],
    &["fewer", "than"],
    &["less", "than"],
    &["higher", "than"],
    &["lower", "than"],
    &["faster", "than"],
    &["slower", "than"],
    &["above"],
    &["below"],
    &["behind"],
    &["ahead", "of"],
    &["short", "of"],
];

/// Whether `q`, stated as the gap to a figure of its own sentence ("1.5p
/// more than the 19.5p paid a year before"), is that figure's difference
/// from a figure the source states anywhere (the 21p of the sentence
/// before).
pub fn gap_to(
    q: &Quantity,
    after: &[&str],
    pool: &[Quantity],
    all: &[Quantity],
    hedged: bool,
) -> bool {
    if !GAP_WORDS.iter().any(|g| after.starts_with(g)) || !operand(q) || q.unit == Unit::Percent {
        return false;
    }
    // "1,050 feet above sea level" for "1,050 metres": a number the source
    // states is that figure restated, no gap worked out.
    if (q.unit == Unit::Plain && q.value < MIN_COUNT) || all.iter().any(|z| z.value == q.value) {
        return false;
    }
    let tolerance = if hedged { HEDGED_TOLERANCE } else { TOLERANCE };
    let alike = |x: &Quantity| {
        operand(x)
            && (x.unit == q.unit || matches!((x.unit, q.unit), (Unit::Time(_), Unit::Time(_))))
            && (q.unit != Unit::Money || major(x) == major(q))
            && x.measure.is_none() == q.measure.is_none()
    };
    pool.iter().filter(|y| alike(y)).any(|y| {
        all.iter()
            .filter(|z| alike(z))
            .any(|z| close((magnitude(z) - magnitude(y)).abs(), magnitude(q), tolerance))
    })
}
