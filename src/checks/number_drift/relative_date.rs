//! A date told in words: from the story's day ("in July" → "this summer",
//! "on December 2" → "early next month") or as the end of its month ("by
//! March 31" → "by the end of March"). The date is restated, not dropped.

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, is_month_word};
use std::ops::Range;

/// Words that place a period of the calendar from now ("next month").
const FROM_NOW: &[&str] = &["next", "last", "this", "coming", "past"];

/// Periods of the calendar shorter than a year that a date may be told by.
const PERIODS: &[&str] = &["month", "summer", "winter", "spring", "autumn", "fall"];

/// Months in order, with their last day (February's in a common year too).
const LAST_DAYS: &[(&str, &[f64])] = &[
    ("january", &[31.0]),
    ("february", &[28.0, 29.0]),
    ("march", &[31.0]),
    ("april", &[30.0]),
    ("may", &[31.0]),
    ("june", &[30.0]),
    ("july", &[31.0]),
    ("august", &[31.0]),
    ("september", &[30.0]),
    ("october", &[31.0]),
    ("november", &[30.0]),
    ("december", &[31.0]),
];

/// Whether source figure `m`, a month or its day, is told in suspect tokens
/// `range` as a period from now ("next month", "this summer"), or, the last
/// day of its month, as "the end of" that month.
pub(super) fn told_in_words(
    src: &Document,
    m: &Quantity,
    doc: &Document,
    range: Range<usize>,
) -> bool {
    let month_at = |k: usize| Some(src.norm_at(k)).filter(|w| is_month_word(w));
    let day_of = (m.unit == Unit::Plain && m.tokens.len() == 1)
        .then(|| {
            month_at(m.tokens.end).or_else(|| m.tokens.start.checked_sub(1).and_then(month_at))
        })
        .flatten();
    if m.unit != Unit::Month && day_of.is_none() {
        return false;
    }
    let words: Vec<&str> = range.map(|k| doc.norm_at(k)).collect();
    let from_now = words
        .windows(2)
        .any(|w| FROM_NOW.contains(&w[0]) && PERIODS.contains(&w[1]));
    let month_end = day_of.is_some_and(|month| {
        LAST_DAYS
            .iter()
            .any(|(name, last)| *name == month && last.contains(&m.value))
            && words.windows(3).any(|w| w == ["end", "of", month])
    });
    from_now || month_end
}
