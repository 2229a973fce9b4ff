//! The halves of a match: "three minutes after half-time" → "three minutes
//! into the second half", "before the break" → "in the first half". The
//! ordinal names a half the source's "half-time" divides the match into.

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use std::ops::Range;

/// Source words that divide a match into halves.
const BREAKS: &[&str] = &["half-time", "halftime", "interval"];

/// Whether suspect ordinal `q` is the "first" or "second" of "first half" or
/// "second half" where source sentence `tokens` of `src` says "half-time".
pub(super) fn names_half(
    doc: &Document,
    q: &Quantity,
    src: &Document,
    tokens: Range<usize>,
) -> bool {
    q.unit == Unit::Ordinal
        && (q.value == 1.0 || q.value == 2.0)
        && doc
            .tokens
            .get(q.tokens.end)
            .is_some_and(|t| t.norm == "half")
        && src
            .words(tokens)
            .any(|(_, t)| BREAKS.contains(&t.norm.as_str()))
}
