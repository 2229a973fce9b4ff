//! One figure read at a token: a number in digits or words, with the
//! currency sign before it, and the scale words, unit, temperature sign and
//! rate after it ("$1.5 billion", "three and a half", "-4C", "£480 a year").

use super::rates::rate_after;
use super::senses::{day_of_month, follows_number, loose_word};
use super::spoken::{spaced_thousands, spoken_number};
use super::units::{temperature, unit_after};
use super::vocabulary::{
    CURRENCIES, CURRENCY_SIGNS, DOLLAR_PREFIXES, named, unit_suffix, word_value,
};
use super::{Quantity, Unit, norm_within, timing};
use crate::text::Document;
use crate::text::tokens::TokenKind;
use std::ops::Range;

/// The quantity starting at the first token of `range`, if any: a number (with
/// a currency sign before it), its scale words and its unit.
pub(super) fn number_at(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let tokens = &doc.tokens;
    let i = range.start;
    let sign = tokens[i].norm.as_str();
    let starts_money = tokens[i].kind == TokenKind::Punct && CURRENCY_SIGNS.contains(&sign);
    let at = if starts_money { i + 1 } else { i };
    if at >= range.end {
        return None;
    }
    let norm = tokens[at].norm.as_str();
    // "two hundred and forty", "212 000": one number over several tokens.
    // "31,4%": a decimal comma.
    let joined = decimal_comma(doc, at..range.end)
        .or_else(|| spoken_number(doc, at..range.end))
        .or_else(|| spaced_thousands(doc, at..range.end));
    let (mut value, mut unit, mut measure) = joined
        .map(|(v, _)| (v, Unit::Plain, None))
        .or_else(|| word_value(norm))
        // "2min", "58.21sec": a unit of time written onto the figure.
        .or_else(|| timing::time_suffix(norm).map(|(v, s)| (v, Unit::Time(s), None)))
        .or_else(|| {
            // "21p" is money, as "21 pence" is; "8in" a measure.
            unit_suffix(doc.folded_token(at)).map(|(v, m)| {
                let unit = if m == "penny" {
                    Unit::Money
                } else {
                    Unit::Plain
                };
                (v, unit, Some(m))
            })
        })
        .or_else(|| {
            // "$US600", "$A910": the country letters written between sign and figure.
            let figure = norm.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            (starts_money && figure.len() < norm.len() && norm.len() - figure.len() <= 2)
                .then(|| word_value(figure))
                .flatten()
        })?;
    if (starts_money && unit != Unit::Plain) || loose_word(doc, at, unit) {
        return None;
    }
    if unit == Unit::Plain && follows_number(doc, at) {
        unit = Unit::Ordinal;
    }
    if unit == Unit::Ordinal && day_of_month(doc, at) {
        unit = Unit::Plain;
    }
    let mut start = i;
    if starts_money {
        (unit, measure) = (Unit::Money, named(CURRENCIES, sign));
    }
    // "NZ$64m", "$US600": the dollar of a country, its letters in the span.
    if sign == "$" {
        let joined = i
            .checked_sub(1)
            .filter(|&p| tokens[p].kind == TokenKind::Word && tokens[p].end == tokens[i].start);
        let letters = &norm[..norm.len()
            - norm
                .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                .len()];
        if let Some(dollar) = joined.and_then(|p| named(DOLLAR_PREFIXES, &tokens[p].norm)) {
            (start, measure) = (i - 1, Some(dollar));
        } else if let Some(dollar) = named(DOLLAR_PREFIXES, letters) {
            measure = Some(dollar);
        }
    }
    let mut end = joined.map_or(at + 1, |(_, end)| end);
    let word = |k: usize| norm_within(doc, &range, k);
    // "three and a half", "one and a quarter million".
    if unit == Unit::Plain
        && let Some((part, len)) = and_a_part(word(end), word(end + 1), word(end + 2))
    {
        value += part;
        end += len;
    }
    if matches!(unit, Unit::Plain | Unit::Money) && measure.is_none() || starts_money {
        end = unit_after(doc, end..range.end, &mut value, &mut unit, &mut measure);
    }
    // "212 km/h": the speed's "/h" belongs to its unit.
    if measure == Some("kilometre")
        && word(end) == Some("/")
        && matches!(word(end + 1), Some("h" | "hr"))
    {
        end += 2;
    }
    if matches!(measure, Some("degree" | "celsius" | "fahrenheit")) {
        let scale;
        (value, end, scale) = temperature(doc, i, end, value);
        measure = scale.or(measure);
    }
    // The rate's words stay out of the span: "£480 a year" → "£840 per year"
    // changed the figure, not the wording of its rate. "twice an hour" is a
    // frequency that other wording restates ("every 30 minutes").
    let frequency = matches!(norm, "once" | "twice" | "thrice");
    let per = rate_after(doc, end..range.end).filter(|_| !frequency);
    Some(Quantity {
        per,
        ..Quantity::new(value, unit, start..end, measure)
    })
}

/// "31,4", "9,6", "2,40": up to three digits, a comma and digits written
/// together, the comma followed by other than exactly three digits, so it
/// groups no thousands: a decimal comma, as much of Europe writes it (31.4).
/// The value and the token after it; digits joined by more commas ("1,2,3")
/// are a list.
fn decimal_comma(doc: &Document, range: Range<usize>) -> Option<(f64, usize)> {
    let at = range.start;
    let [whole, comma, part] = doc.tokens.get(at..at + 3).filter(|_| at + 3 <= range.end)? else {
        return None;
    };
    let digits = |t: &crate::text::tokens::Token| {
        t.kind == TokenKind::Number && t.norm.bytes().all(|b| b.is_ascii_digit())
    };
    let joined_comma = |a: usize, b: usize| {
        let (a, b) = (doc.tokens.get(a)?, doc.tokens.get(b)?);
        (a.end == b.start && (a.norm == "," || b.norm == ",")).then_some(())
    };
    let listed = at
        .checked_sub(1)
        .is_some_and(|p| joined_comma(p, at).is_some())
        || joined_comma(at + 2, at + 3).is_some();
    let decimal = comma.norm == ","
        && whole.end == comma.start
        && comma.end == part.start
        && digits(whole)
        && digits(part)
        && (1..=3).contains(&whole.norm.len())
        && part.norm.len() != 3
        && !listed;
    decimal
        .then(|| format!("{}.{}", whole.norm, part.norm).parse().ok())
        .flatten()
        .map(|v| (v, at + 3))
}

/// Whether a figure is written "38.500": up to three digits, a dot and three
/// digits, as a European thousands separator would have it.
pub(super) fn is_dotted_thousands(norm: &str) -> bool {
    norm.split_once('.').is_some_and(|(head, tail)| {
        (1..=3).contains(&head.len())
            && tail.len() == 3
            && !head.starts_with('0')
            && head.bytes().chain(tail.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// "and a half", "and a quarter", "and three quarters" after a whole number:
/// the part they add and the words they take.
fn and_a_part(a: Option<&str>, b: Option<&str>, c: Option<&str>) -> Option<(f64, usize)> {
    match (a?, b?, c?) {
        ("and", "a", "half") => Some((0.5, 3)),
        ("and", "a", "quarter") => Some((0.25, 3)),
        ("and", "three", "quarters") => Some((0.75, 3)),
        _ => None,
    }
}
