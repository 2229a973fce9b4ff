//! How far a hedged, rounded figure may lie from the figure it restates: as far
//! as its roundness allows, on the side its hedge names ("nearly forty" for 37,
//! "more than five thousand" for 5,300, never for 4,800).

use super::APPROXIMATION;
use crate::text::Document;
use crate::text::numbers::{Quantity, scale_of};

/// Which side of a hedged figure the figure it rounds lies on.
#[derive(Clone, Copy)]
pub(super) enum Side {
    /// "nearly forty", "just under 200", "fewer than 300": below it.
    Below,
    /// "more than 5,000", "just over 200", "upwards of 800": above it.
    Above,
    /// "about six million", "around 40": either side.
    Either,
}

/// Relative difference a hedged figure stays under from the one it rounds
/// ("nearly forty" for 37, never for 31).
const REACH: f64 = 0.1;

/// The side the hedge just before figure `q` names (`q` is hedged).
pub(super) fn side(doc: &Document, q: &Quantity) -> Side {
    let norm = |back: usize| q.word_before(doc, back);
    match (norm(2), norm(1)) {
        ("fewer" | "less" | "lower", "than")
        | ("up", "to")
        | (_, "nearly" | "almost" | "under" | "below") => Side::Below,
        ("more" | "greater" | "higher", "than") | (_, "over" | "above") => Side::Above,
        _ => Side::Either,
    }
}

/// The step figure `value` is rounded to: the place of its last significant
/// digit (40: 10; 6 million: a million; 2.6 million: 100,000). None for a
/// fraction with no last digit ("a third").
fn step(value: f64) -> Option<f64> {
    let value = value.abs();
    let mut place = 1e15;
    while place > 1e-6 {
        let units = (value / place).round();
        if units >= 1.0 && (units * place - value).abs() <= 1e-9 * value {
            return Some(place);
        }
        place /= 10.0;
    }
    None
}

/// Whether hedged figure `ours` states `theirs`. Where `ours` is the rounder,
/// it lies within a whole step of it on the hedge's `side`, half a step
/// either way for "about", and less than [`REACH`] away; where
/// `theirs` is ("some 2 minutes 51 seconds" for "almost three minutes") or
/// either is a fraction, within [`APPROXIMATION`]; where neither is, they
/// are two figures ("around 9,700" for 9,400), as where `theirs` is a
/// bound itself ("over 60" for "over 65").
pub(super) fn within_hedge(theirs: f64, ours: f64, side: Side, bound: bool) -> bool {
    let gap = theirs - ours;
    match (step(ours), step(theirs)) {
        (Some(step), Some(other)) if step > other => {
            if bound {
                return false;
            }
            let near = gap.abs() < REACH * ours.abs();
            near && match side {
                Side::Below => gap < 0.0 && -gap <= step,
                Side::Above => gap > 0.0 && gap <= step,
                Side::Either => gap.abs() <= step / 2.0,
            }
        }
        (Some(step), Some(other)) if step == other => false,
        _ => gap.abs() <= APPROXIMATION * theirs.abs().max(ours.abs()),
    }
}

/// The step a figure said with a fraction is rounded to: a quarter of a
/// million for "one and a quarter million", a half for "two and a half".
fn spoken_step(doc: &Document, q: &Quantity) -> Option<f64> {
    let words: Vec<&str> = doc.tokens[q.tokens.clone()]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let at = words
        .windows(3)
        .position(|w| matches!(w, ["and", "a", "half" | "quarter"]))?;
    let fraction = if words[at + 2] == "half" { 0.5 } else { 0.25 };
    let scale = words[at + 3..]
        .iter()
        .find_map(|w| scale_of(w))
        .unwrap_or(1.0);
    Some(fraction * scale)
}

/// Whether `ours`, said with a fraction ("one and a quarter million
/// dollars"), states `theirs` rounded to that fraction: a spoken figure is
/// round by nature, hedged or not ("about" unless its hedge names a side),
/// so $1.26 million may be said "one and a quarter million dollars", never
/// "one and a half million". `bound`: `theirs` is a bound itself ("more than
/// $210,000"), which no rounding states.
pub(super) fn spoken_round(
    theirs: f64,
    doc: &Document,
    ours: &Quantity,
    side: Option<Side>,
    bound: bool,
) -> bool {
    let Some(step) = spoken_step(doc, ours) else {
        return false;
    };
    let gap = theirs - ours.value;
    !bound
        && gap.abs() < REACH * ours.value.abs()
        && match side.unwrap_or(Side::Either) {
            Side::Below => gap < 0.0 && -gap <= step,
            Side::Above => gap > 0.0 && gap <= step,
            Side::Either => gap.abs() <= step / 2.0,
        }
}
