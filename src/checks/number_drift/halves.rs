//! Halves worked out: "followed 18,400 volunteers. Half received the
//! vaccine and half a placebo." → "Some 9,200 were given the vaccine and the
//! other 9,200 a placebo". The source says "half" in words; the suspect
//! states half of a figure the source gives.

use super::derived::operand;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use std::ops::Range;

/// Whether suspect figure `q` is half of one of `figures` (the source's,
/// stated by the suspect too) and the source sentence (`src` tokens
/// `tokens`) says "half" in words, as a share.
pub(super) fn half_worked_out(
    q: &Quantity,
    figures: &[Quantity],
    src: &Document,
    tokens: Range<usize>,
) -> bool {
    // "early in the second half" is a part of a match, no share.
    let says_half = src.words(tokens).any(|(k, t)| {
        t.norm == "half" && !matches!(src.norm_before(k, 1), Some("first" | "second"))
    });
    says_half
        && q.unit == Unit::Plain
        && q.measure.is_none()
        && operand(q)
        && q.value.fract() == 0.0
        && figures.iter().any(|s| {
            s.unit == q.unit && s.measure.is_none() && operand(s) && s.value == q.value * 2.0
        })
}
