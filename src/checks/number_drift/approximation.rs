//! Figures stated approximately or as a bound: "nearly 7,000" for 6,950,
//! "more than 60,000" for 61,200, and the worded shares ("a third") that
//! round a percentage.

use super::*;
use crate::text::numbers::time_word;

/// Words just before a figure that make it approximate ("nearly 7,000",
/// "just over 70%", "more than 60,000").
const APPROXIMATORS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "approximately",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
    "than",
    "to",
    "upwards",
    "circa",
    "approx",
];

/// Whether figure `q` of `doc` is hedged ("nearly 7,000", "roughly a third").
pub(super) fn hedged(doc: &Document, q: &Quantity) -> bool {
    q.tokens
        .start
        .checked_sub(1)
        .is_some_and(|p| APPROXIMATORS.contains(&doc.tokens[p].norm.as_str()))
}

/// Relative difference within which an approximate figure states a precise one.
pub(super) const APPROXIMATION: f64 = 0.05;

/// Whether `q` in the suspect states figure `s` of `src` approximately: `q` is
/// hedged and `s` lies within its rounding on the hedge's side (see
/// [`rounding::within_hedge`]: "nearly 7,000" for 6,940, "more than 60,000"
/// for 61,500), `q` is said with a fraction `s` rounds to (see
/// [`rounding::spoken_round`]: "one and a quarter million" for 1.26
/// million), or `q` is `s` rounded to a whole number or a tenth ("96%" for
/// 95.7%).
pub(super) fn approximates(src: &Document, s: &Quantity, doc: &Document, q: &Quantity) -> bool {
    // "22 months" → "almost two years": a length of time in another unit
    // states it only as a bound or a hedge.
    if let (Unit::Time(x), Unit::Time(y)) = (s.unit, q.unit)
        && x != y
    {
        if weeks_as_months((s.value, x), (q.value, y))
            || weeks_as_months((q.value, y), (s.value, x))
        {
            return true;
        }
        let mut converted = s.clone();
        converted.value = s.value * f64::from(x) / f64::from(y);
        converted.unit = q.unit;
        return hedged(doc, q) && approximates(src, &converted, doc, q);
    }
    let mut restated = s.clone();
    restated.value = q.value;
    if !restated.same_value(q) || s.value == 0.0 {
        return false;
    }
    let rounded = s.value.fract() != 0.0
        && ((s.value.round() - q.value).abs() < 1e-9
            || ((s.value * 10.0).round() / 10.0 - q.value).abs() < 1e-9);
    let hedge = hedged(doc, q).then(|| rounding::side(doc, q));
    let bound = hedged(src, s) && !matches!(rounding::side(src, s), rounding::Side::Either);
    rounded
        || hedge.is_some_and(|side| rounding::within_hedge(s.value, q.value, side, bound))
        || rounding::spoken_round(s.value, doc, q, hedge, bound)
        || bounds(s, doc, q)
}

/// Longest span, in months, that speech reckons at four weeks a month.
const WEEKLY_MONTHS: f64 = 3.0;

/// Whether `weeks` (a value and its unit in seconds) is the span `months`
/// reckons at four weeks a month, as speech does over a few months: "six
/// weeks" → "a month and a half", "eight weeks" → "two months"; in whole or
/// half months only.
fn weeks_as_months(weeks: (f64, u32), months: (f64, u32)) -> bool {
    let unit = |word| time_word(word).unwrap_or_default();
    weeks.1 == unit("week")
        && months.1 == unit("month")
        && months.0 <= WEEKLY_MONTHS
        && (months.0 * 2.0).fract() == 0.0
        && weeks.0 == months.0 * 4.0
}

/// Whether `q`, a share in words ("two-fifths", "seven in ten"), states
/// source percentage `s` rounded to the fraction: a fraction in words is
/// round by nature, so "41%" → "two-fifths" and "71%" → "seven in ten"
/// change nothing. A bound ("at least a third" for "at least 35%") or a
/// hedge says how near it is on its own, and where the suspect's figures
/// `ours` state `s` exactly, that figure is the one restating it.
pub(super) fn worded_share(s: &Quantity, doc: &Document, q: &Quantity, ours: &[Quantity]) -> bool {
    let bare = q.tokens.start.checked_sub(1).is_none_or(|p| {
        let word = doc.tokens[p].norm.as_str();
        !APPROXIMATORS.contains(&word) && !matches!(word, "least" | "most")
    });
    let in_words = !doc.tokens[q.tokens.start]
        .norm
        .starts_with(|c: char| c.is_ascii_digit());
    q.unit == Unit::Percent
        && s.unit == Unit::Percent
        && q.measure != Some("point")
        && s.measure != Some("point")
        && in_words
        && bare
        && s.value > 0.0
        && (s.value - q.value).abs() <= APPROXIMATION * s.value
        && !ours.iter().any(|o| o.same_value(s))
}

/// Relative distance within which a length of time in words stated as a
/// bound ("more than two decades") states a figure on its side of it (22 years).
const BOUND_REACH: f64 = 0.2;

/// As [`BOUND_REACH`], for a fraction ("fewer than a third" for 29%, "more
/// than half" for 61%): a fraction in words is round by nature.
const SHARE_BOUND_REACH: f64 = 0.25;

/// As [`BOUND_REACH`], for "almost" or "nearly", which say the figure is
/// close ("almost half" for 46%, not for 41%; "nearly a third" for 29%).
const CLOSE_REACH: f64 = 0.15;

/// Whether `q`, a fraction or a length of time in words stated as a bound
/// ("fewer than a third", "almost a third", "over half", "more than two
/// decades"), holds
/// source figure `s` on the side it states, near it. Figures in digits are
/// bounds of their own ("children under 12").
pub(super) fn bounds(s: &Quantity, doc: &Document, q: &Quantity) -> bool {
    let in_words = !doc.tokens[q.tokens.start]
        .norm
        .starts_with(|c: char| c.is_ascii_digit());
    let bounded = matches!(q.unit, Unit::Percent | Unit::Time(_));
    if !bounded || s.unit != q.unit || !in_words {
        return false;
    }
    let norm = |back: usize| q.word_before(doc, back);
    let close = matches!(norm(1), "almost" | "nearly");
    let (below, above) = match (norm(2), norm(1)) {
        ("fewer" | "less" | "lower", "than") | (_, "under" | "below" | "almost" | "nearly") => {
            (true, false)
        }
        ("more" | "greater" | "higher", "than") | (_, "over" | "above") => (false, true),
        _ => return false,
    };
    let reach = if close {
        CLOSE_REACH
    } else if q.unit == Unit::Percent {
        SHARE_BOUND_REACH
    } else {
        BOUND_REACH
    };
    let near = (s.value - q.value).abs() <= reach * q.value.abs();
    near && ((below && s.value < q.value) || (above && s.value > q.value))
}
