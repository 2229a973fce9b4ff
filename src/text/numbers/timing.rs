//! Race timings as sports copy writes them: a unit of time written onto
//! the figure ("5hr 2min 18sec", "9.94sec") and fractions of a second in
//! words ("two hundredths of a second").

use super::vocabulary::{digits_value, plain_number};
use super::{Quantity, Unit};
use crate::text::Document;
use std::ops::Range;

/// Units of time written onto a figure, with their length in seconds.
const TIME_SUFFIXES: &[(&str, u32)] = &[
    ("hr", 3_600),
    ("hrs", 3_600),
    ("min", 60),
    ("mins", 60),
    ("sec", 1),
    ("secs", 1),
];

/// A figure with a unit of time written onto it ("2min", "58.21sec"): its
/// value and the unit's length in seconds.
pub(super) fn time_suffix(norm: &str) -> Option<(f64, u32)> {
    let at = norm.find(|c: char| c.is_ascii_alphabetic())?;
    // No figure before the suffix: most words, looked up by no table.
    if at == 0 {
        return None;
    }
    let seconds = TIME_SUFFIXES.iter().find(|(w, _)| *w == &norm[at..])?.1;
    match digits_value(&norm[..at])? {
        (value, None) => Some((value, seconds)),
        _ => None,
    }
}

/// Parts of a second named in words, with how many make a second.
const PARTS_OF_A_SECOND: &[(&str, f64)] = &[
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("hundredth", 100.0),
    ("hundredths", 100.0),
    ("thousandth", 1000.0),
    ("thousandths", 1000.0),
];

/// "two hundredths of a second", "a tenth of a second": a duration in
/// seconds, at the start of `range`.
pub(super) fn fraction_of_second(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    if range.len() < 5 {
        return None;
    }
    let word = |k: usize| doc.norm_at(range.start + k);
    let count = match word(0) {
        "a" | "one" => 1.0,
        w => plain_number(w)?,
    };
    let parts = PARTS_OF_A_SECOND
        .iter()
        .find(|(w, _)| *w == word(1))
        .map(|&(_, n)| n)?;
    (word(2) == "of" && matches!(word(3), "a" | "one") && word(4) == "second").then(|| {
        Quantity::new(
            count / parts,
            Unit::Time(1),
            range.start..range.start + 5,
            None,
        )
    })
}

/// "half past five in the morning", "a quarter to nine", "seven o'clock":
/// a time of day in words, as hours after midnight like a clock time in
/// digits, at the start of `range`. Without "a.m.", "p.m." or a part of the
/// day after it, it reads as a morning time.
pub(super) fn spoken_clock(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let word = |k: usize| {
        if range.start + k < range.end {
            doc.norm_at(range.start + k)
        } else {
            ""
        }
    };
    let skip = usize::from(word(0) == "a" && word(1) == "quarter");
    let hour =
        |k: usize| plain_number(word(k)).filter(|h| h.fract() == 0.0 && (1.0..=12.0).contains(h));
    let (hours, minutes, len) = match (word(skip), word(skip + 1)) {
        ("half", "past") => (hour(skip + 2)?, 30.0, skip + 3),
        ("quarter", "past") => (hour(skip + 2)?, 15.0, skip + 3),
        ("quarter", "to") => (hour(skip + 2)? - 1.0, 45.0, skip + 3),
        (_, "o'clock" | "oclock") if skip == 0 => (hour(0)?, 0.0, 2),
        _ => return None,
    };
    let (pm, extra) = match (word(len), word(len + 1), word(len + 2)) {
        ("am" | "a.m" | "a.m.", _, _) => (false, 1),
        ("pm" | "p.m" | "p.m.", _, _) => (true, 1),
        ("in", "the", "morning") => (false, 3),
        ("in", "the", "afternoon" | "evening") => (true, 3),
        ("at", "night", _) => (hours >= 6.0, 2),
        _ => (false, 0),
    };
    let hours = match (hours % 12.0, pm) {
        (h, true) => h + 12.0,
        (h, false) => h,
    };
    Some(Quantity::new(
        hours + minutes / 60.0,
        Unit::Plain,
        range.start..range.start + len + extra,
        Some("clock"),
    ))
}
