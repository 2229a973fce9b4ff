//! "2,000m" with no currency: read as millions, but a length in metres of
//! the same digits on the other side is what it restates ("a 2,000-metre
//! course" → "a 2,000m course", "at 4.92 metres" in another sentence → "at
//! 4.92m").

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};

/// `figures` of `doc`, each written with an attached "m" and no currency
/// read as metres where the other text's figures `other` state that length
/// in metres.
pub(super) fn as_metres(
    doc: &Document,
    mut figures: Vec<Quantity>,
    other: &[Quantity],
) -> Vec<Quantity> {
    for q in &mut figures {
        let last = &doc.tokens[q.tokens.end - 1].norm;
        let attached = q.unit != Unit::Money
            && q.measure.is_none()
            && last.ends_with('m')
            && last.starts_with(|c: char| c.is_ascii_digit());
        let length = q.value / 1e6;
        if attached
            && other.iter().any(|m| {
                m.measure == Some("metre")
                    && (length - m.value).abs() < f64::EPSILON * m.value.max(1.0)
            })
        {
            (q.value, q.measure) = (length, Some("metre"));
        }
    }
    figures
}
