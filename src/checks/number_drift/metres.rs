//! "2,000m" with no currency: read as millions, but a source length in
//! metres of the same digits is what it restates ("a 2,000-metre course" →
//! "a 2,000m course").

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};

/// Whether `q`, written with an attached "m" and no currency, states source
/// length `m` in metres.
pub(super) fn metres_as_m(doc: &Document, q: &Quantity, m: &Quantity) -> bool {
    let last = &doc.tokens[q.tokens.end - 1].norm;
    m.measure == Some("metre")
        && q.unit != Unit::Money
        && q.measure.is_none()
        && last.ends_with('m')
        && last.starts_with(|c: char| c.is_ascii_digit())
        && (q.value / 1e6 - m.value).abs() < f64::EPSILON * m.value.max(1.0)
}
