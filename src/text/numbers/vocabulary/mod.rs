//! The words of quantities: scales, currencies, units, durations, calendar
//! names and ordinals, and the value of a single token.

mod calendar;
mod hyphenated;
mod measures;
mod money;

use super::Unit;
use crate::text::words::{NUMBER_WORDS, number_word};
use calendar::{MONTH_ABBREVIATIONS, MONTHS, ORDINALS, WEEKDAYS};
pub(super) use calendar::{ORDINAL_NOUNS, YEAR, YEAR_AMOUNTS};
pub use calendar::{
    is_calendar_word, is_month_abbreviation, is_month_word, is_ordinal_word, is_weekday,
    ordinal_word_value, time_word,
};
use hyphenated::hyphenated_value;
pub(super) use measures::{
    CUBIC_MEASURES, MEASURES, NAUTICAL_MEASURES, RATE_ADVERBS, RATE_UNITS, SQUARE_MEASURES,
    TEMPERATURE_SCALES, energy_of, unit_suffix,
};
pub(super) use money::{
    CURRENCIES, CURRENCY_COUNTRIES, CURRENCY_SIGNS, CURRENCY_WORDS, DOLLAR_COUNTRIES,
    DOLLAR_PREFIXES,
};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Scale words with what they multiply by ("million", "bn", "dozen").
const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("mn", 1e6),
    ("m", 1e6),
    ("mln", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
    // "two dozen" (24); "a dozen" alone is a value word.
    ("dozen", 12.0),
];

/// Words and signs that make a figure a percentage.
/// Shares and round figures written as words, which a figure may open with
/// ("about a third", "roughly a dozen", "some half").
pub const ROUND_PARTS: &[&str] = &[
    "half", "third", "quarter", "fifth", "tenth", "dozen", "hundred", "thousand", "million",
    "billion",
];

/// Phrases that set a floor under a figure ("at least 180 million").
pub const FLOOR_PHRASES: &[&[&str]] = &[
    &["at", "least"],
    &["more", "than"],
    &["no", "fewer", "than"],
    &["no", "less", "than"],
    &["in", "excess", "of"],
];

pub(super) const PERCENT_WORDS: &[&str] = &["%", "percent", "pct", "pc", "percentage"];

/// The value a word has in `table`.
pub(super) fn named_value(table: &[(&str, f64)], word: &str) -> Option<f64> {
    table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// What a word names in `table` (a currency, a unit of measure).
pub(super) fn named(table: &[(&str, &'static str)], word: &str) -> Option<&'static str> {
    table.iter().find(|(w, _)| *w == word).map(|(_, m)| *m)
}

/// Words that are an amount by themselves ("dozen", "twice", "triple").
pub(super) const WORD_AMOUNTS: &[(&str, f64)] = &[
    ("decade", 10.0),
    ("dozen", 12.0),
    ("century", 100.0),
    ("twice", 2.0),
    ("double", 2.0),
    ("thrice", 3.0),
    ("triple", 3.0),
    ("treble", 3.0),
    ("quadruple", 4.0),
];

/// The value a scale word multiplies by ("million" → 1e6).
pub fn scale_of(word: &str) -> Option<f64> {
    SCALES.iter().find(|(w, _)| *w == word).map(|(_, s)| *s)
}

/// A number written in digits, possibly with an attached scale (`53bn`, `1.5m`) or ordinal suffix.
pub(super) fn digits_value(word: &str) -> Option<(f64, Option<Unit>)> {
    let numeral = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    // Most words are letters: ruled out by their first.
    if !word.starts_with(numeral) {
        return None;
    }
    let end = word.find(|c: char| !numeral(c)).unwrap_or(word.len());
    let digits = &word[..end];
    let value: f64 = if digits.contains(',') {
        digits.replace(',', "").parse().ok()?
    } else {
        digits.parse().ok()?
    };
    match &word[end..] {
        "" => Some((value, None)),
        "st" | "nd" | "rd" | "th" => Some((value, Some(Unit::Ordinal))),
        "pc" => Some((value, Some(Unit::Percent))),
        "s" => Some((value, None)),
        suffix => scale_of(suffix).map(|s| (value * s, Some(Unit::Plain))),
    }
}

/// The value of a word token, what kind of value it is, and the currency or
/// unit it names itself ("250-million-dollar": 250e6, money, dollar).
pub(super) fn word_value(norm: &str) -> Option<(f64, Unit, Option<&'static str>)> {
    if let Some((v, unit)) = digits_value(norm) {
        return Some((v, unit.unwrap_or(Unit::Plain), None));
    }
    let words = ValueWords(value_words());
    if let Some(&(v, unit)) = words.get(norm) {
        return Some((v, unit, None));
    }
    if norm.contains('-') {
        if let Some(v) = hyphenated_value(norm) {
            return Some(v);
        }
        let month = ["mid-", "early-", "late-", "end-"]
            .iter()
            .find_map(|p| norm.strip_prefix(p));
        if let Some(&(v, unit @ Unit::Month)) = month.and_then(|m| words.get(m)) {
            return Some((v, unit, None));
        }
        let head = norm.split('-').next().unwrap_or(norm);
        if let Some(&(v, unit @ Unit::Ordinal)) = words.get(head) {
            return Some((v, unit, None));
        }
    }
    // "fourfold", "10-fold": the multiple "quadruple" and "ten times" name.
    if let Some(v) = norm
        .strip_suffix("fold")
        .and_then(|n| plain_number(n.trim_end_matches('-')))
    {
        return Some((v, Unit::Plain, None));
    }
    // "Saturday's", "Sundays": a date all the same.
    let name = norm.strip_suffix("'s").or_else(|| norm.strip_suffix('s'))?;
    match words.get(name) {
        Some(&(v, unit @ (Unit::Month | Unit::Weekday))) => Some((v, unit, None)),
        _ => None,
    }
}

/// [`value_words`], looked up only when some word of it has the word's
/// first letter and length: a test much cheaper than the lookup, which most
/// words fail.
struct ValueWords(&'static FxHashMap<&'static str, (f64, Unit)>);

impl ValueWords {
    fn get(&self, word: &str) -> Option<&'static (f64, Unit)> {
        static SHAPES: OnceLock<[u32; 256]> = OnceLock::new();
        let shapes = SHAPES.get_or_init(|| {
            let mut shapes = [0; 256];
            for w in value_words().keys() {
                if let Some(&b) = w.as_bytes().first() {
                    shapes[usize::from(b)] |= 1 << w.len().min(31);
                }
            }
            shapes
        });
        let &first = word.as_bytes().first()?;
        if shapes[usize::from(first)] & (1 << word.len().min(31)) == 0 {
            return None;
        }
        self.0.get(word)
    }
}

/// Every word that is a value by itself: number words, amounts, month names and
/// abbreviations, weekdays and ordinals, looked up at once.
fn value_words() -> &'static FxHashMap<&'static str, (f64, Unit)> {
    static WORDS: OnceLock<FxHashMap<&'static str, (f64, Unit)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut map = FxHashMap::default();
        let numbered = |list: &'static [&'static str], unit: Unit| {
            list.iter()
                .enumerate()
                .map(move |(i, w)| (*w, (i as f64 + 1.0, unit)))
        };
        map.extend(numbered(ORDINALS, Unit::Ordinal));
        map.extend(numbered(WEEKDAYS, Unit::Weekday));
        map.extend(
            MONTH_ABBREVIATIONS
                .iter()
                .map(|&(w, m)| (w, (m, Unit::Month))),
        );
        map.extend(numbered(MONTHS, Unit::Month));
        map.extend(WORD_AMOUNTS.iter().map(|&(w, v)| (w, (v, Unit::Plain))));
        map.extend(
            NUMBER_WORDS
                .iter()
                .filter_map(|&(w, d)| d.parse().ok().map(|v| (w, (v, Unit::Plain)))),
        );
        map
    })
}

/// Fractions, as the percentage each one is ("a fifth of", "two-thirds").
pub(super) const FRACTIONS: &[(&str, f64)] = &[
    ("third", 100.0 / 3.0),
    ("quarter", 25.0),
    ("fifth", 20.0),
    ("tenth", 10.0),
    ("sixth", 100.0 / 6.0),
    ("eighth", 12.5),
    ("fourth", 25.0),
    ("half", 50.0),
    ("thirds", 100.0 / 3.0),
    ("quarters", 25.0),
    ("fifths", 20.0),
    ("tenths", 10.0),
    ("sixths", 100.0 / 6.0),
    ("eighths", 12.5),
    ("fourths", 25.0),
];

/// Whether `word` is an ordinal in figures ("20th", "1st").
pub fn is_ordinal_figure(word: &str) -> bool {
    matches!(digits_value(word), Some((_, Some(Unit::Ordinal))))
}

/// A number word or a number in digits.
pub fn plain_number(word: &str) -> Option<f64> {
    number_word(word).and_then(|d| d.parse().ok()).or_else(|| {
        digits_value(word)
            .filter(|(_, u)| u.is_none())
            .map(|(v, _)| v)
    })
}
