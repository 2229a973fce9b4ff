//! A date told in words: from the story's day ("in July" → "this summer",
//! "on December 2" → "early next month", "in 2023" → "last year"), as the end of its month ("by
//! March 31" → "by the end of March") or the end of December as the end of
//! the year ("by the end of December" → "by year-end"). The date is
//! restated, not dropped.

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
/// day of its month, as "the end of" that month, or, the end of December,
/// as the end of the year; or source year `m` as a year from now ("last
/// year": the story's own year is seldom stated).
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
    let words: Vec<&str> = range.map(|k| doc.norm_at(k)).collect();
    if m.is_year() {
        return words
            .windows(2)
            .any(|w| FROM_NOW.contains(&w[0]) && w[1] == "year");
    }
    if m.unit != Unit::Month && day_of.is_none() {
        return false;
    }
    let from_now = words
        .windows(2)
        .any(|w| FROM_NOW.contains(&w[0]) && PERIODS.contains(&w[1]));
    let month_end = day_of.is_some_and(|month| {
        LAST_DAYS
            .iter()
            .any(|(name, last)| *name == month && last.contains(&m.value))
            && words.windows(3).any(|w| w == ["end", "of", month])
    });
    from_now || month_end || (ends_year(src, m, day_of) && tells_year_end(&words))
}

/// Whether source figure `m` (the day of month `day_of`, if a day) is the
/// end of December: "the end of December", "December 31" (both its month
/// and its day), "31 December".
fn ends_year(src: &Document, m: &Quantity, day_of: Option<&str>) -> bool {
    let december = m.unit == Unit::Month && m.value == 12.0;
    let before = |back: usize| m.word_before(src, back);
    let last_day = |k: usize| src.norm_at(k) == "31";
    (december && ((before(2), before(1)) == ("end", "of") || last_day(m.tokens.end)))
        || (december && m.tokens.start > 0 && last_day(m.tokens.start - 1))
        || (day_of == Some("december") && m.value == 31.0)
}

/// Whether words tell the end of a year: "year-end", "the year's end", "the
/// end of the year".
fn tells_year_end(words: &[&str]) -> bool {
    words.iter().any(|w| matches!(*w, "year-end" | "yearend"))
        || words
            .windows(2)
            .any(|w| w == ["year's", "end"] || w == ["year", "end"])
        || words.windows(4).any(|w| w == ["end", "of", "the", "year"])
}
