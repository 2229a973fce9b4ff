//! Times of day as a clock writes them ("3:20 a.m.", "3.20am", "11pm",
//! "1030 GMT", "noon"), and race times on the clock's colons ("2:04:51",
//! "5:41.3").

use super::{Quantity, Unit};
use crate::text::Document;
use std::ops::Range;

/// A time of day as hours after midnight ("3:20 a.m.", "3.20am", "11pm", "11:15 p.m."):
/// restyled clock times keep their value.
pub(super) fn clock_time(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let tokens = &doc.tokens[range.clone()];
    let first = tokens.first()?;
    // "noon" is "12 p.m.", "midnight" "12 a.m.".
    let named = match first.norm.as_str() {
        "noon" | "midday" => Some(12.0),
        "midnight" => Some(0.0),
        _ => None,
    };
    if let Some(half) = named {
        return Some(clock(0.0, 0.0, half, range.start..range.start + 1));
    }
    if !first.norm.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let norm = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let meridiem = |w: &str| match w {
        "am" | "a.m" | "a.m." => Some(0.0),
        "pm" | "p.m" | "p.m." => Some(12.0),
        _ => None,
    };
    // One token: "3.20am", "11pm".
    let at = first.norm.find(|c: char| c.is_ascii_alphabetic());
    if let Some(at) = at {
        let half = meridiem(&first.norm[at..])?;
        let (hours, minutes) = split_clock(&first.norm[..at], '.')?;
        return Some(clock(hours, minutes, half, range.start..range.start + 1));
    }
    // "1030 GMT": wire style for 10:30, before a time zone.
    if TIME_ZONES.contains(&norm(1))
        && first.norm.len() == 4
        && let Ok(hhmm) = first.norm.parse::<u32>()
        && hhmm / 100 < 24
        && hhmm % 100 < 60
    {
        return Some(clock(
            f64::from(hhmm / 100),
            f64::from(hhmm % 100),
            0.0,
            range.start..range.start + 1,
        ));
    }
    // "2:04:51": a duration of hours, minutes and seconds (a race time).
    if norm(1) == ":" && norm(3) == ":" {
        let part = |k: usize| norm(k).parse::<f64>().ok();
        let seconds = part(0)? * 3600.0 + part(2)? * 60.0 + part(4)?;
        return Some(Quantity::new(
            seconds,
            Unit::Time(1),
            range.start..range.start + 5,
            None,
        ));
    }
    // "3:20 a.m.", "3:20", "11 p.m.", "7.40 a.m.", "6:14am"
    let (hours, minutes, len) = if norm(1) == ":" {
        let (digits, glued) = norm(2).split_at(
            norm(2)
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(norm(2).len()),
        );
        let minutes: f64 = digits.parse().ok()?;
        let hours = first.norm.parse::<f64>().ok()?;
        // "5:41.3": minutes and seconds to the tenth (a race time).
        if let Some(tenths) = glued.strip_prefix('.')
            && digits.len() == 2
            && !tenths.is_empty()
            && tenths.bytes().all(|b| b.is_ascii_digit())
        {
            let seconds = hours * 60.0 + norm(2).parse::<f64>().ok()?;
            return Some(Quantity::new(
                seconds,
                Unit::Time(1),
                range.start..range.start + 3,
                None,
            ));
        }
        if !glued.is_empty() {
            return Some(clock(
                hours,
                minutes,
                meridiem(glued)?,
                range.start..range.start + 3,
            ));
        }
        (hours, minutes, 3)
    } else {
        let (hours, minutes) = split_clock(&first.norm, '.')?;
        (hours, minutes, 1)
    };
    match meridiem(norm(len)) {
        Some(half) => Some(clock(
            hours,
            minutes,
            half,
            range.start..range.start + len + 1,
        )),
        None => {
            // "4:17 on the afternoon of Sept. 2", "11 at night": the part of
            // the day in words says which half the hour is in.
            let whole = len == 1 && minutes == 0.0 && (1.0..=12.0).contains(&hours);
            let half = part_of_day([norm(len), norm(len + 1), norm(len + 2)], hours)
                .filter(|_| len == 3 || whole);
            let clocked = half.is_some() || len == 3 || dotted_clock_range(doc, range.start);
            clocked.then(|| {
                clock(
                    hours,
                    minutes,
                    half.unwrap_or(0.0),
                    range.start..range.start + len,
                )
            })
        }
    }
}

/// The half of the day (0 or 12 hours) that the words after a clock hour
/// name ("in the afternoon", "on the evening of", "that morning", "at
/// night"): hours 6 to 11 at night are evening ones, the rest small hours.
fn part_of_day(words: [&str; 3], hours: f64) -> Option<f64> {
    let part = match words {
        ["in" | "on", "the", p] => p,
        ["that" | "this" | "at" | "last", p, _] => p,
        _ => return None,
    };
    match part {
        "morning" => Some(0.0),
        "afternoon" | "evening" => Some(12.0),
        "night" if (6.0..12.0).contains(&hours) => Some(12.0),
        "night" => Some(0.0),
        _ => None,
    }
}

/// Whether token `at` is an end of a range of times of day written with a
/// dot on the 24-hour clock, as much of Europe writes them ("between 9.30
/// and 16.00", "from 8.15 to 17.45"); a unit after it makes the pair amounts.
fn dotted_clock_range(doc: &Document, at: usize) -> bool {
    let norm = |k: usize| doc.norm_at(k);
    let joins = |k: usize| matches!(norm(k), "and" | "to" | "until" | "till");
    let first = if joins(at + 1) {
        at
    } else if at >= 2 && joins(at - 1) {
        at - 2
    } else {
        return false;
    };
    let second = first + 2;
    let (mut value, mut unit, mut measure) = (1.0, Unit::Plain, None);
    let after = second + 1..doc.tokens.len();
    let bare = super::units::unit_after(doc, after.clone(), &mut value, &mut unit, &mut measure)
        == second + 1
        && super::rates::rate_after(doc, after).is_none();
    first >= 1
        && matches!(norm(first - 1), "between" | "from")
        && is_dotted_clock(norm(first))
        && is_dotted_clock(norm(second))
        && bare
}

/// Whether a token reads "9.30" or "16.00": hours, a dot and two digits of minutes.
fn is_dotted_clock(word: &str) -> bool {
    word.split_once('.').is_some_and(|(h, m)| {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        digits(h)
            && h.len() <= 2
            && m.len() == 2
            && digits(m)
            && h.parse::<u32>().is_ok_and(|h| h < 24)
            && m.parse::<u32>().is_ok_and(|m| m < 60)
    })
}

/// Time zones a wire clock time ("1030 GMT") stands before.
const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt",
];

fn split_clock(digits: &str, separator: char) -> Option<(f64, f64)> {
    match digits.split_once(separator) {
        Some((h, m)) => Some((h.parse().ok()?, m.parse().ok()?)),
        None => Some((digits.parse().ok()?, 0.0)),
    }
}

fn clock(hours: f64, minutes: f64, half: f64, tokens: Range<usize>) -> Quantity {
    let hours = if hours == 12.0 { half } else { hours + half };
    Quantity::new(hours + minutes / 60.0, Unit::Plain, tokens, Some("clock"))
}
