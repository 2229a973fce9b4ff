//! Amounts written as one hyphenated word: "twenty-two", "three-year",
//! "250-million-dollar", "under-12s", "year-and-a-half", "four-decade-old".

use super::{
    CUBIC_MEASURES, CURRENCIES, FRACTIONS, MEASURES, NAUTICAL_MEASURES, ORDINALS, PERCENT_WORDS,
    SQUARE_MEASURES, YEAR, YEAR_AMOUNTS, energy_of, named, named_value, plain_number, scale_of,
    time_word, word_value,
};
use crate::text::numbers::Unit;
use crate::text::words::number_word;

/// Words before a hyphen that leave the number after it a count ("under-12s",
/// "over-50s", "top-10"); after other words the number is part of a name ("Covid-19").
const COUNT_PREFIXES: &[&str] = &["under", "over", "top", "mid"];

/// A hyphenated amount: "twenty-two", "three-year", "250-million-dollar", "under-12s",
/// "year-and-a-half".
pub(super) fn hyphenated_value(norm: &str) -> Option<(f64, Unit, Option<&'static str>)> {
    let parts: Vec<&str> = norm.split('-').collect();
    if let [unit, "and", "a", "half"] = parts[..]
        && let Some(seconds) = time_word(unit)
    {
        return Some((1.5, Unit::Time(seconds), None));
    }
    let (mut value, rest) = match parts[..] {
        [tens, ones, ..]
            if number_word(tens).is_some_and(|t| t.len() == 2 && t.ends_with('0'))
                && number_word(ones).is_some_and(|o| o.len() == 1 && o != "0") =>
        {
            (plain_number(tens)? + plain_number(ones)?, &parts[2..])
        }
        // "ninety-fifth", "twenty-first": an ordinal.
        [tens, ones]
            if number_word(tens).is_some_and(|t| t.len() == 2 && t.ends_with('0'))
                && ORDINALS[..9].contains(&ones) =>
        {
            let unit = ORDINALS.iter().position(|o| *o == ones)? + 1;
            return Some((plain_number(tens)? + unit as f64, Unit::Ordinal, None));
        }
        // "25-basis-point": a figure and its unit in one word.
        [amount, "basis", "point" | "points"] => {
            return Some((plain_number(amount)? / 100.0, Unit::Percent, Some("point")));
        }
        // "half-hour", "quarter-mile": a share of one unit of time or measure.
        ["half" | "quarter", unit]
            if time_word(unit).is_some() || named(MEASURES, &format!("{unit}s")).is_some() =>
        {
            let share = if parts[0] == "half" { 0.5 } else { 0.25 };
            return Some(match time_word(unit) {
                Some(seconds) => (share, Unit::Time(seconds), None),
                None => (share, Unit::Plain, named(MEASURES, &format!("{unit}s"))),
            });
        }
        // "quarter-point", "half-point": a share of a percentage point.
        [share, "point"] if FRACTIONS.iter().any(|(w, _)| *w == share) => {
            let &(_, each) = FRACTIONS.iter().find(|(w, _)| *w == share)?;
            return Some((each / 100.0, Unit::Percent, Some("point")));
        }
        [count, share] if FRACTIONS.iter().any(|(w, _)| *w == share) => {
            let &(_, each) = FRACTIONS.iter().find(|(w, _)| *w == share)?;
            return Some((plain_number(count)? * each, Unit::Percent, None));
        }
        // "nineteenth-century", "19th-century": the hundred years a "1800s" names.
        [ordinal, "century"] => {
            let (n, Unit::Ordinal, _) = word_value(ordinal)? else {
                return None;
            };
            return (n >= 1.0 && n.fract() == 0.0).then_some((
                (n - 1.0) * 100.0,
                Unit::Plain,
                None,
            ));
        }
        [amount, ..] if named_value(YEAR_AMOUNTS, amount).is_some() => {
            let years = named_value(YEAR_AMOUNTS, amount)?;
            return Some((years, Unit::Time(YEAR), None));
        }
        [prefix, count] if COUNT_PREFIXES.contains(&prefix) => (
            plain_number(count.strip_suffix('s').unwrap_or(count))?,
            &parts[2..],
        ),
        // "hundred-year-old", "thousand-strong": one of the scale.
        [scale @ ("hundred" | "thousand" | "million"), _, ..] => (scale_of(scale)?, &parts[1..]),
        [first, ..] => (plain_number(first)?, &parts[1..]),
        [] => return None,
    };
    let (mut unit, mut measure) = (Unit::Plain, None);
    let mut shape: Option<&[(&str, &str)]> = None;
    for part in rest {
        if let Some(shaped) = shape.take() {
            // "92,000-square-metre", "3,000-cubic-metre", "54-nautical-mile":
            // the unit from the length after "square", "cubic" or "nautical".
            let plural = if *part == "foot" {
                "feet".to_string()
            } else {
                format!("{part}s")
            };
            measure = named(shaped, part).or_else(|| named(shaped, &plural));
        } else if *part == "square" {
            shape = Some(SQUARE_MEASURES);
        } else if *part == "cubic" {
            shape = Some(CUBIC_MEASURES);
        } else if *part == "nautical" {
            shape = Some(NAUTICAL_MEASURES);
        } else if let Some(energy) = measure
            .and_then(energy_of)
            .filter(|_| matches!(*part, "hour" | "hours"))
        {
            // "1-kilowatt-hour": energy, not a duration.
            measure = Some(energy);
        } else if matches!(*part, "a" | "an" | "per") {
            // "$40-a-month": a rate, not a duration.
            break;
        } else if let Some(scale) = scale_of(part) {
            value *= scale;
        } else if let Some(currency) = named(CURRENCIES, part) {
            (unit, measure) = (Unit::Money, Some(currency));
        } else if let Some(years) = named_value(YEAR_AMOUNTS, part) {
            // "four-decade-old": 40 years.
            (value, unit) = (value * years, Unit::Time(YEAR));
        } else if let Some(seconds) = time_word(part).or_else(|| time_word(&format!("{part}s"))) {
            unit = Unit::Time(seconds);
        } else if let Some(m) =
            named(MEASURES, part).or_else(|| named(MEASURES, &format!("{part}s")))
        {
            measure = Some(m);
        } else if PERCENT_WORDS.contains(part) {
            unit = Unit::Percent;
        }
    }
    Some((value, unit, measure))
}
