//! Working days spelt out: "open on weekdays" → "open Monday to Friday";
//! "closed at weekends" → "closed Saturday and Sunday". The day names
//! restate the source's word and change nothing.

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};

/// Words joining the first and last day of a span.
const JOINS: &[&str] = &["to", "through", "-", "–", "and"];

/// Whether weekday `q` is an end of "Monday to Friday" where the source's
/// sentence says "weekdays", or of "Saturday and Sunday" where it says
/// "weekends".
pub(super) fn spells_out_week(doc: &Document, q: &Quantity, source_words: &[&str]) -> bool {
    if q.unit != Unit::Weekday {
        return false;
    }
    let norm = |k: usize| doc.norm_at(k);
    let (start, end) = (q.tokens.start, q.tokens.end);
    let span = if JOINS.contains(&norm(end)) {
        (norm(start), norm(end + 1))
    } else if start >= 2 && JOINS.contains(&norm(start - 1)) {
        (norm(start - 2), norm(start))
    } else {
        return false;
    };
    let says = |words: &[&str]| source_words.iter().any(|w| words.contains(w));
    match span {
        ("monday", "friday") => says(&["weekday", "weekdays"]),
        ("saturday", "sunday") => says(&["weekend", "weekends"]),
        _ => false,
    }
}
