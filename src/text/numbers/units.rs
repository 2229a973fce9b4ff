//! What follows a figure: its scale words and its unit, be it a currency,
//! a percentage, a duration, a measure or a temperature ("$2.3 million",
//! "14 per cent", "4 degrees below zero"); and figures that gloss the one
//! before them in another unit or currency ("$61m (£48m)").

use super::vocabulary::{
    CUBIC_MEASURES, CURRENCIES, CURRENCY_COUNTRIES, CURRENCY_WORDS, DOLLAR_COUNTRIES, MEASURES,
    NAUTICAL_MEASURES, PERCENT_WORDS, SQUARE_MEASURES, TEMPERATURE_SCALES, YEAR, YEAR_AMOUNTS,
    energy_of, named, named_value, scale_of, time_word,
};
use super::{Quantity, Unit, norm_within};
use crate::text::Document;
use crate::text::tokens::TokenKind;
use std::ops::Range;

/// Reads the scale words and the unit after a number (tokens of `range`),
/// updating the value, and returns where the quantity ends.
pub(super) fn unit_after(
    doc: &Document,
    range: Range<usize>,
    value: &mut f64,
    unit: &mut Unit,
    measure: &mut Option<&'static str>,
) -> usize {
    let tokens = &doc.tokens;
    let mut end = range.start;
    let word = |k: usize| norm_within(doc, &range, k);
    // "2 m", "2,000 m" apart from the figure and with no currency: metres
    // ("£2m", "$2 m" are millions).
    let spaced = |k: usize| k > 0 && tokens.get(k).is_some_and(|t| t.start > tokens[k - 1].end);
    if *unit != Unit::Money && word(end) == Some("m") && spaced(end) {
        *measure = Some("metre");
        return end + 1;
    }
    while let Some(scale) = word(end).and_then(scale_of) {
        *value *= scale;
        end += 1;
    }
    // "2.4 billion-dollar merger": a scale and a currency in one word.
    if let Some((scale, currency)) = word(end).and_then(|w| w.split_once('-'))
        && let Some(times) = scale_of(scale)
        && let Some(m) = named(CURRENCIES, currency)
    {
        *value *= times;
        (*unit, *measure) = (Unit::Money, Some(m));
        return end + 1;
    }
    // "a $2.3 million-a-year contract": a scale joined to the words after it.
    if let Some((scale, _)) = word(end).and_then(|w| w.split_once('-'))
        && let Some(times) = scale_of(scale)
    {
        *value *= times;
        return end + 1;
    }
    // "1.2 billion Australian dollars": a country's name before its currency.
    let mut country = None;
    if word(end).is_some_and(|w| CURRENCY_COUNTRIES.contains(&w))
        && word(end + 1).is_some_and(|w| CURRENCY_WORDS.contains(&w))
    {
        country = word(end);
        end += 1;
    }
    let money = *unit == Unit::Money;
    let next = word(end);
    if next == Some("percentage") && matches!(word(end + 1), Some("point" | "points")) {
        // A change of percentage points is not a change of percent.
        (*unit, *measure) = (Unit::Percent, Some("point"));
        end += 2;
    } else if next == Some("basis") && matches!(word(end + 1), Some("point" | "points")) {
        // 150 basis points are 1.5 percentage points.
        *value /= 100.0;
        (*unit, *measure) = (Unit::Percent, Some("point"));
        end += 2;
    } else if next.is_some_and(|n| PERCENT_WORDS.contains(&n)) {
        (*unit, *measure) = (Unit::Percent, Some("percent"));
        end += 1;
    } else if next.is_some_and(|n| CURRENCY_WORDS.contains(&n)) {
        *unit = Unit::Money;
        *measure = measure.or(next.and_then(|n| named(CURRENCIES, n)));
        if *measure == Some("dollar")
            && let Some(dollar) = country.and_then(|c| named(DOLLAR_COUNTRIES, c))
        {
            *measure = Some(dollar);
        }
        end += 1;
    } else if next == Some("per") && word(end + 1) == Some("cent") {
        (*unit, *measure) = (Unit::Percent, Some("percent"));
        end += 2;
    } else if !money
        && let Some(seconds) = next.and_then(time_word).or_else(|| short_time(doc, end))
    {
        *unit = Unit::Time(seconds);
        end += 1;
    } else if !money && let Some(years) = next.and_then(|n| named_value(YEAR_AMOUNTS, n)) {
        *value *= years;
        *unit = Unit::Time(YEAR);
        end += 1;
    } else if !money && let Some(m) = next.and_then(|n| named(MEASURES, n)) {
        *measure = Some(m);
        end += 1;
        // "1 kilowatt hour": energy, not a power and a duration.
        if let Some(energy) = energy_of(m).filter(|_| matches!(word(end), Some("hour" | "hours"))) {
            *measure = Some(energy);
            end += 1;
        }
    } else if !money
        && next == Some("nautical")
        && let Some(m) = word(end + 1).and_then(|n| named(NAUTICAL_MEASURES, n))
    {
        *measure = Some(m);
        end += 2;
    } else if !money
        && matches!(next, Some("square" | "sq"))
        && let Some(m) = word(end + 1).and_then(|n| named(SQUARE_MEASURES, n))
    {
        *measure = Some(m);
        end += 2;
    } else if !money
        && next == Some("cubic")
        && let Some(m) = word(end + 1).and_then(|n| named(CUBIC_MEASURES, n))
    {
        *measure = Some(m);
        end += 2;
    } else if !money && next == Some("°") {
        *measure = Some("degree");
        end += 1;
    }
    end
}

/// "h" and "s" as units of a duration told in parts ("2 h 24 min 51 s"):
/// hours before minutes, seconds after them; alone they say too little.
fn short_time(doc: &Document, at: usize) -> Option<u32> {
    let minutes = |k: usize| matches!(doc.norm_at(k), "min" | "mins");
    match doc.norm_at(at) {
        "h" if doc
            .tokens
            .get(at + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && minutes(at + 2) =>
        {
            Some(3_600)
        }
        "s" if at >= 2 && minutes(at - 2) => Some(1),
        _ => None,
    }
}

/// A temperature's sign ("minus 4 degrees", "-4C", "4 degrees below zero") and
/// the scale named after it ("Celsius"), for a quantity from token `start` to `end`.
pub(super) fn temperature(
    doc: &Document,
    start: usize,
    end: usize,
    value: f64,
) -> (f64, usize, Option<&'static str>) {
    let tokens = &doc.tokens;
    let word = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
    let scale = word(end).and_then(|w| named(TEMPERATURE_SCALES, w));
    let end = if scale.is_some() { end + 1 } else { end };
    let attached_minus = start.checked_sub(1).is_some_and(|p| {
        tokens[p].norm == "-"
            && tokens[p].end == tokens[start].start
            && p.checked_sub(1).is_none_or(|q| {
                tokens[q].kind == TokenKind::Punct || tokens[q].end < tokens[p].start
            })
    });
    let minus = start
        .checked_sub(1)
        .is_some_and(|p| tokens[p].norm == "minus")
        || attached_minus;
    let below = word(end) == Some("below") && matches!(word(end + 1), Some("zero" | "freezing"));
    if minus || below {
        (-value, end + if below { 2 } else { 0 }, scale)
    } else {
        (value, end, scale)
    }
}

/// Marks the figures that gloss the one before them in another unit or
/// currency: inside brackets right after it ("$61m (£48m)", "4 metres (13ft)"),
/// or after ", or" ("£9,000, or about $11,400").
pub(super) fn mark_glosses(doc: &Document, out: &mut [Quantity]) {
    let norm = |k: usize| doc.norm_at(k);
    let mut bracket: Option<usize> = None;
    for k in 1..out.len() {
        let (prev_end, start) = (out[k - 1].tokens.end, out[k].tokens.start);
        let opens = norm(prev_end) == "(" && start > prev_end;
        let or_about = norm(prev_end) == ","
            && norm(prev_end + 1) == "or"
            && (start == prev_end + 2
                || (start == prev_end + 3 && APPROXIMATORS.contains(&norm(prev_end + 2))));
        let inside =
            bracket.is_some_and(|open| !doc.tokens[open..start].iter().any(|t| t.norm == ")"));
        if opens {
            bracket = Some(prev_end);
        } else if !inside {
            bracket = None;
        }
        let between_ok = !opens
            || doc.tokens[prev_end + 1..start]
                .iter()
                .all(|t| APPROXIMATORS.contains(&t.norm.as_str()));
        if (opens && between_ok) || or_about || (inside && !opens) {
            out[k].gloss = true;
        }
    }
}

/// Words that may stand before a converted figure ("about $11,400").
const APPROXIMATORS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "some",
    "approximately",
    "nearly",
    "c",
];
