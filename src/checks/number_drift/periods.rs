//! Figures of time told another way: an interval as a frequency ("every 10
//! minutes" → "six times an hour"), a minute of a football match ("the 81st
//! minute" → "nine minutes from time"), three months as a quarter.

use super::around::{word_before, words_after};
use crate::align::AlignedPair;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, is_month_word, time_word};

/// Whether duration `q` is an interval: "every ten minutes" is a frequency,
/// no difference of two.
pub(super) fn is_interval(doc: &Document, q: &Quantity) -> bool {
    matches!(q.unit, Unit::Time(_)) && word_before(doc, q) == Some("every")
}

/// Whether the suspect sentence names a quarter where the source sentence
/// counted "three months" ("in the three months to Dec. 31" → "in the
/// October-December quarter", "fourth-quarter", "the October-December
/// period").
pub(super) fn quarter_restated(doc: &Document, pair: &AlignedPair, theirs: &[Quantity]) -> bool {
    doc.words(pair.suspect_tokens(doc))
        .any(|(_, t)| t.norm.contains("quarter") || is_month_span(&t.norm))
        && theirs.iter().any(is_three_months)
}

/// Whether a word joins two month names into a span ("october-december").
fn is_month_span(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(first, last)| is_month_word(first) && is_month_word(last))
}

/// Whether `q` is "three months".
pub(super) fn is_three_months(q: &Quantity) -> bool {
    time_word("month").is_some_and(|month| q.unit == Unit::Time(month)) && q.value == 3.0
}

/// Whether source figure `q` is part of the "three months to December 31"
/// that names a quarter: the three months, the month, or its day (after the
/// month's abbreviation too: "Dec. 31").
pub(super) fn in_quarter_phrase(src: &Document, theirs: &[Quantity], q: &Quantity) -> bool {
    let abbreviated = |end: usize| src.tokens.get(end).is_some_and(|t| t.norm == ".");
    let after_month = || {
        theirs.iter().any(|m| {
            m.unit == Unit::Month
                && (m.tokens.end == q.tokens.start
                    || (m.tokens.end + 1 == q.tokens.start && abbreviated(m.tokens.end)))
        })
    };
    is_three_months(q)
        || q.unit == Unit::Month
        || (q.unit == Unit::Plain && q.value <= 31.0 && after_month())
}

/// Length of a football match's normal time, in minutes.
const NORMAL_TIME: f64 = 90.0;

/// The minute of play figure `q` names: "the 81st minute", "after 12
/// minutes" ("on 39 minutes"), "nine minutes from time" ("from the end",
/// "before the end") or "five minutes after half-time" ("after the
/// restart", "into the second half").
pub(super) fn minute_of_play(doc: &Document, q: &Quantity) -> Option<f64> {
    let after = words_after(doc, q)?;
    match (q.unit, after.as_slice()) {
        (Unit::Ordinal, ["minute" | "minutes", ..]) => Some(q.value),
        (
            Unit::Time(60),
            ["from", "time", ..]
            | ["from" | "before", "the", "end"]
            | ["left" | "remaining", ..]
            | ["to", "play", ..],
        ) => Some(NORMAL_TIME - q.value),
        (
            Unit::Time(60),
            ["after", "half-time" | "halftime", ..]
            | ["after", "half", "time"]
            | ["after", "the", "restart" | "break" | "interval"]
            | ["into", "the", "second"],
        ) => Some(NORMAL_TIME / 2.0 + q.value),
        (Unit::Time(60), _) if matches!(word_before(doc, q), Some("after" | "on")) => Some(q.value),
        _ => None,
    }
}

/// How many times a second figure `q` says a thing happens: "every 10
/// minutes" and "six times an hour" both 1/600, "every 30 minutes" and
/// "twice an hour" both 1/1,800.
pub(super) fn frequency(doc: &Document, q: &Quantity) -> Option<f64> {
    if let Unit::Time(unit) = q.unit {
        let seconds = q.value * f64::from(unit);
        return (is_interval(doc, q) && seconds > 0.0).then(|| 1.0 / seconds);
    }
    let after = words_after(doc, q)?;
    // "twice an hour": the count and "times" in one word.
    let times = q.tokens.len() == 1 && matches!(doc.norm_at(q.tokens.start), "twice" | "thrice");
    let per = match after.as_slice() {
        ["times", "a" | "an" | "per" | "each", unit] => time_word(unit)?,
        ["times", ..] => time_word(q.per?)?,
        ["a" | "an" | "per" | "each", unit, ..] if times => time_word(unit)?,
        _ if times => time_word(q.per?)?,
        _ => return None,
    };
    Some(q.value / f64::from(per))
}
