//! Quantities: numbers with their scale and unit, parsed from tokens.
//!
//! `8%`, `8 percent` and `eight percent` are the same value; so are `$53 billion`,
//! `53 billion dollars` and `53bn USD`; `three` is `3`, `a decade` is `10` years,
//! `a dozen` is `12`. Month and weekday names count as values too, so a changed
//! date is a changed value. Ranges give two values.

mod clock;
mod compare;
mod convert;
mod durations;
mod figure;
mod phrases;
mod ranges;
mod rates;
mod ratio;
mod senses;
mod spoken;
mod timing;
mod units;
mod vocabulary;

use super::Document;
use super::tokens::TokenKind;
use clock::clock_time;
use durations::join_durations;
use figure::{is_dotted_thousands, number_at};
use phrases::{
    and_a_half, century, couple, fraction_share, half_amount, one_unit, point_share, score,
    share_of_time,
};
use ranges::{dashed_range, spread_over_ranges};
use ratio::ratio_share;
pub use senses::{month_ends_name, placing_word_before};
use spoken::is_spaced_group;
use std::ops::Range;
use units::mark_glosses;
use vocabulary::{CURRENCY_SIGNS, word_value};

pub use vocabulary::{
    FLOOR_PHRASES, ROUND_PARTS, is_calendar_word, is_month_abbreviation, is_month_word,
    is_ordinal_figure, is_ordinal_word, is_weekday, ordinal_word_value, plain_number, scale_of,
    time_word,
};

/// What a value measures, as far as spelling it out says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A plain number, a count or a year.
    Plain,
    /// A percentage.
    Percent,
    /// An amount of money.
    Money,
    /// A month name (value 1–12).
    Month,
    /// A weekday name (value 1–7).
    Weekday,
    /// An ordinal (value n for "n-th").
    Ordinal,
    /// A duration, in units of this many seconds ("20 minutes": 60).
    Time(u32),
}

/// A number found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The value with its scale applied (`$1.5 billion` → 1.5e9).
    pub value: f64,
    /// What it measures.
    pub unit: Unit,
    /// Tokens it spans, currency sign and unit words included.
    pub tokens: Range<usize>,
    /// The currency or unit of measure it is stated in, when it names one
    /// ("dollar" for "$5" and "5 dollars", "metre" for "5 metres").
    pub measure: Option<&'static str>,
    /// Whether it glosses the figure before it in another unit or currency:
    /// "£9,000 (about $11,400)", "$61m (£48m)".
    pub gloss: bool,
    /// What it is counted per, when a rate says so ("£1,200 a month",
    /// "18 cents per litre", "$400 annually"): "month", "litre", "year".
    pub per: Option<&'static str>,
    /// Whether it is written with a thousands separator ("1,900"), which no
    /// year is.
    pub grouped: bool,
    /// Whether it is written with a dot before three digits ("38.500"), as
    /// much of Europe writes thousands: it states a thousand times its value
    /// too ("38,500"), when the other side has that.
    pub dotted: bool,
}

/// Whether a plain value reads as a year ("2019").
pub fn is_year_value(value: f64) -> bool {
    value.fract() == 0.0 && (1800.0..=2100.0).contains(&value)
}

impl Quantity {
    /// A figure read from `tokens`, neither a gloss nor a rate until the
    /// passes over the whole range say so.
    pub fn new(
        value: f64,
        unit: Unit,
        tokens: Range<usize>,
        measure: Option<&'static str>,
    ) -> Self {
        Quantity {
            value,
            unit,
            tokens,
            measure,
            gloss: false,
            per: None,
            grouped: false,
            dotted: false,
        }
    }

    /// The word `back` tokens before the figure ("" before the text's start).
    pub fn word_before<'a>(&self, doc: &'a Document, back: usize) -> &'a str {
        doc.norm_before(self.tokens.start, back).unwrap_or("")
    }

    /// Whether it reads as a year: a plain whole number from 1800 to 2100,
    /// written without a thousands separator.
    pub fn is_year(&self) -> bool {
        self.unit == Unit::Plain && is_year_value(self.value) && !self.grouped
    }
}

/// The word of token `k` of `doc` while `k` lies inside `range`.
fn norm_within<'a>(doc: &'a Document, range: &Range<usize>, k: usize) -> Option<&'a str> {
    doc.tokens
        .get(k)
        .filter(|_| k < range.end)
        .map(|t| t.norm.as_str())
}

/// Whether no quantity can start at token `i`: it is a word or mark that
/// is no figure, currency sign, range or score (no digit first, no hyphen),
/// no number, amount, date or time word, and opens none of the phrases the
/// readers of [`quantities`] look for ("a", "an", "one", "half", "quarter",
/// "couple", "noon", "midday", "midnight"). Most tokens are, and this one test is much cheaper
/// than trying every reader on them.
fn inert(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    let norm = t.norm.as_str();
    let may_open = t.kind == TokenKind::Number
        || (t.kind == TokenKind::Punct && CURRENCY_SIGNS.contains(&norm))
        || norm.is_empty()
        || norm.contains('-')
        || norm.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            norm,
            "a" | "an" | "one" | "half" | "quarter" | "couple" | "noon" | "midday" | "midnight"
        );
    !may_open
        && crate::text::words::number_word(norm).is_none()
        && time_word(norm).is_none()
        && timing::time_suffix(norm).is_none()
        && word_value(norm).is_none()
}

/// Whether each token of `doc` is [`inert`], worked out once per document:
/// the same tokens are read for the whole text and again for each aligned pair.
fn inert_tokens(doc: &Document) -> &[bool] {
    doc.inert
        .get_or_init(|| (0..doc.tokens.len()).map(|i| inert(doc, i)).collect())
}

/// Quantities in a token range of `doc`, in order.
pub fn quantities(doc: &Document, range: Range<usize>) -> Vec<Quantity> {
    let mut out = Vec::new();
    let inert = inert_tokens(doc);
    let mut i = range.start;
    while i < range.end {
        if inert[i] {
            i += 1;
            continue;
        }
        if let Some(time) =
            clock_time(doc, i..range.end).or_else(|| timing::spoken_clock(doc, i..range.end))
        {
            i = time.tokens.end;
            out.push(time);
            continue;
        }
        if let Some(sides) = dashed_range(doc, i..range.end).or_else(|| score(doc, i)) {
            i = sides[1].tokens.end;
            out.extend(sides);
            continue;
        }
        let found = timing::fraction_of_second(doc, i..range.end)
            .or_else(|| share_of_time(doc, i..range.end))
            .or_else(|| point_share(doc, i..range.end))
            .or_else(|| half_amount(doc, i..range.end))
            .or_else(|| couple(doc, i..range.end))
            .or_else(|| and_a_half(doc, i..range.end))
            .or_else(|| fraction_share(doc, i..range.end))
            .or_else(|| ratio_share(doc, i..range.end))
            .or_else(|| century(doc, i..range.end))
            .or_else(|| one_unit(doc, i..range.end))
            .or_else(|| number_at(doc, i..range.end));
        match found {
            Some(q) => {
                i = q.tokens.end;
                out.push(q);
            }
            None => i += 1,
        }
    }
    spread_over_ranges(doc, &mut out);
    mark_glosses(doc, &mut out);
    for q in &mut out {
        q.grouped = q.tokens.clone().any(|k| {
            let t = &doc.tokens[k];
            t.kind == TokenKind::Number
                && (doc.text[t.start..t.end].contains(',') || is_spaced_group(doc, k))
        });
        q.dotted = q
            .tokens
            .clone()
            .any(|k| is_dotted_thousands(doc.norm_at(k)));
    }
    join_durations(doc, out)
}

#[cfg(test)]
mod tests;
