//! Ages given as a bare number ("children aged under one", "over 65s"):
//! years, so a source age in months or years is the same figure.

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, time_word};
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;

/// Oldest age read from a bare number.
const MAX_AGE: f64 = 120.0;

/// The age in seconds that plain figure `q` gives right after "aged", "under"
/// or "over", with no noun after it ("under one who were admitted", not
/// "under 40 people").
fn age_seconds(doc: &Document, q: &Quantity) -> Option<f64> {
    if q.unit != Unit::Plain || q.value > MAX_AGE || q.tokens.start == 0 {
        return None;
    }
    let before = doc.tokens[q.tokens.start - 1].norm.as_str();
    let bare = doc
        .tokens
        .get(q.tokens.end)
        .is_none_or(|t| t.kind != TokenKind::Word || is_stopword(&t.norm));
    let year = f64::from(time_word("year")?);
    (matches!(before, "aged" | "under" | "over") && bare).then_some(q.value * year)
}

/// Whether `q` is an age that states source duration `m` ("under 12 months
/// old" → "aged under one").
pub(super) fn age_restated(doc: &Document, q: &Quantity, m: &Quantity) -> bool {
    let Unit::Time(per) = m.unit else {
        return false;
    };
    age_seconds(doc, q).is_some_and(|age| {
        let was = m.value * f64::from(per);
        (age - was).abs() <= was * AGE_TOLERANCE
    })
}

/// How far apart two ages may be and still be one: a year of 365 days
/// against twelve months of the vocabulary's length.
const AGE_TOLERANCE: f64 = 0.01;
