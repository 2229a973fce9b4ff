//! Ranges: "10-12 years", "$5-6 million" written as one dashed token, and
//! "between 28 and 35 million dollars", whose first end takes the scale and
//! unit written only after the second.

use super::figure::number_at;
use super::vocabulary::{CURRENCY_SIGNS, plain_number, scale_of, unit_suffix};
use super::{Quantity, Unit, is_year_value};
use crate::text::Document;
use crate::text::tokens::TokenKind;
use std::ops::Range;

/// "1.5-2°C", "10-12 years": a range written as one dashed token, both ends
/// taking the scale and unit that follow it.
pub(super) fn dashed_range(doc: &Document, range: Range<usize>) -> Option<[Quantity; 2]> {
    let first = &doc.tokens[range.start];
    let signed = first.kind == TokenKind::Punct && CURRENCY_SIGNS.contains(&first.norm.as_str());
    let dashed = doc.tokens.get(range.start + usize::from(signed))?;
    let (a, b) = dashed.norm.split_once('-')?;
    let figure = |s: &str| {
        (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit() || c == b'.'))
            .then(|| s.parse::<f64>().ok())
            .flatten()
    };
    let a = figure(a)?;
    // "44-45C": the unit written on the upper end only.
    let folded = doc.folded_token(range.start + usize::from(signed));
    let suffixed = folded.split_once('-').and_then(|(_, b)| unit_suffix(b));
    let (b, q) = match (figure(b), suffixed) {
        (Some(b), _) => (b, number_at(doc, range)?),
        (None, Some((b, measure))) => {
            let tokens = range.start..range.start + usize::from(signed) + 1;
            (b, Quantity::new(a, Unit::Plain, tokens, Some(measure)))
        }
        (None, None) => return None,
    };
    if a == 0.0 {
        return None;
    }
    let scale = q.value / a;
    let low = Quantity {
        value: a * scale,
        ..q.clone()
    };
    Some([
        low,
        Quantity {
            value: b * scale,
            ..q
        },
    ])
}

/// "between 28 and 35 million dollars", "12 to 65 pounds": the first number of
/// a range takes the scale and unit written only after the second.
pub(super) fn spread_over_ranges(doc: &Document, out: &mut [Quantity]) {
    for k in 1..out.len() {
        let (first, second) = (&out[k - 1], &out[k]);
        // "fell 8% in 2024 to 1.4 million": a year does not take the scale.
        let year = is_year_value(first.value);
        // "three to four decades": a number word takes the unit too.
        let spelt = |t: usize| plain_number(&doc.tokens[t].norm);
        let bare = first.tokens.len() == 1
            && first.unit == Unit::Plain
            && first.measure.is_none()
            && !year
            && (doc.tokens[first.tokens.start].kind == TokenKind::Number
                || spelt(first.tokens.start).is_some());
        let joined = second.tokens.start == first.tokens.end + 1
            && RANGE_WORDS.contains(&doc.tokens[first.tokens.end].norm.as_str());
        if !(bare && joined) {
            continue;
        }
        let mut scale: f64 = doc.tokens[second.tokens.clone()]
            .iter()
            .filter_map(|t| scale_of(&t.norm))
            .product();
        // "four decades" is 40 years: the unit's own factor spreads too.
        if let (Unit::Time(_), Some(raw)) = (second.unit, spelt(second.tokens.start))
            && raw != 0.0
        {
            scale = second.value / raw;
        }
        let (unit, measure) = (second.unit, second.measure);
        // "Feb. 18 to March 7": the next date's month is not the first's unit.
        let named = matches!(unit, Unit::Month | Unit::Weekday | Unit::Ordinal);
        if named || (scale == 1.0 && unit == Unit::Plain && measure.is_none()) {
            continue;
        }
        let first = &mut out[k - 1];
        first.value *= scale;
        (first.unit, first.measure) = (unit, measure);
    }
}

/// Words joining the two ends of a range.
const RANGE_WORDS: &[&str] = &["and", "to", "-", "–", "or"];
