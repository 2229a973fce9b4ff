//! Durations told in parts ("four years and six months", "3 hours 48
//! minutes", "an hour and 18 minutes"), joined into one figure.

use super::vocabulary::time_word;
use super::{Quantity, Unit, timing};
use crate::text::Document;

/// "four years and six months", "3 hours 48 minutes", "2 hours, 6 minutes
/// and 41 seconds": one duration, summed in the first one's unit.
pub(super) fn join_durations(doc: &Document, quantities: Vec<Quantity>) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::with_capacity(quantities.len());
    for q in quantities {
        // Each part in a smaller unit than the part before it: "31 seconds,
        // 48 seconds faster" is two figures.
        if let Some(last) = out.last_mut()
            && let (Unit::Time(a), Unit::Time(b)) = (last.unit, q.unit)
            && b < part_unit(doc.norm_at(last.tokens.end - 1)).unwrap_or(a)
            && (q.tokens.start == last.tokens.end
                || (q.tokens.start == last.tokens.end + 1
                    && match doc.tokens[last.tokens.end].norm.as_str() {
                        "and" => true,
                        // "2 hours, 6 minutes": a part less than the whole
                        // unit; "two weeks, 14 days" is a list.
                        "," => q.value * f64::from(b) < f64::from(a),
                        _ => false,
                    }))
        {
            last.value += q.value * f64::from(b) / f64::from(a);
            last.tokens.end = q.tokens.end;
            continue;
        }
        // "an hour and 18 minutes": one unit of time written as a word first.
        let q = match a_unit_before(doc, &q) {
            Some((start, seconds)) => Quantity {
                value: q.value + f64::from(seconds) / f64::from(time_seconds(q.unit)),
                tokens: start..q.tokens.end,
                ..q
            },
            None => q,
        };
        out.push(q);
    }
    out
}

/// The length in seconds of the unit of a duration's last token: a word
/// ("minutes") or a unit written onto the figure ("2min").
fn part_unit(norm: &str) -> Option<u32> {
    time_word(norm).or_else(|| timing::time_suffix(norm).map(|(_, s)| s))
}

/// The length in seconds of a duration's unit; 1 for any other unit.
fn time_seconds(unit: Unit) -> u32 {
    match unit {
        Unit::Time(s) => s,
        _ => 1,
    }
}

/// "an hour and" right before duration `q` (in a smaller unit): where it
/// starts and the seconds it adds.
fn a_unit_before(doc: &Document, q: &Quantity) -> Option<(usize, u32)> {
    let Unit::Time(b) = q.unit else { return None };
    let start = q.tokens.start.checked_sub(3)?;
    let words: Vec<&str> = doc.tokens[start..q.tokens.start]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let ["a" | "an", unit, "and"] = words[..] else {
        return None;
    };
    let seconds = time_word(unit)?;
    (seconds > b).then_some((start, seconds))
}
