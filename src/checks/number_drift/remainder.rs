//! The rest of a sum, stated where the source left it in words: "£9.1
//! million will come from national funds; the rest must be raised locally"
//! (of £12.8 million) → "the remaining £3.7m must be raised locally".

use super::derived::{amount, major};
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};

/// Relative difference within which a remainder matches the one worked out.
const TOLERANCE: f64 = 0.002;

/// The figures of `figures` that suspect figure `q`, an amount of money
/// called "remaining", is the rest of: a total less one or two of its parts,
/// all in one currency (a part may leave the currency to the total: "of the
/// 46 million dollars, 28 million").
pub(super) fn rest_of<'a>(
    doc: &Document,
    q: &Quantity,
    figures: &'a [Quantity],
) -> Option<Vec<&'a Quantity>> {
    let remaining = q
        .tokens
        .start
        .checked_sub(1)
        .is_some_and(|p| doc.tokens[p].norm == "remaining");
    if !remaining || q.unit != Unit::Money {
        return None;
    }
    let money = |s: &&Quantity| s.unit == Unit::Money && major(s) == major(q);
    let parts: Vec<&Quantity> = figures
        .iter()
        .filter(|s| s.per.is_none() && (money(s) || (s.unit == Unit::Plain && s.measure.is_none())))
        .collect();
    let v = amount(q);
    let near = |rest: f64| (rest - v).abs() <= TOLERANCE * v.abs();
    for (t, total) in parts.iter().enumerate().filter(|(_, s)| money(s)) {
        for (i, part) in parts.iter().enumerate() {
            if i == t {
                continue;
            }
            let rest = amount(total) - amount(part);
            if near(rest) {
                return Some(vec![total, part]);
            }
            for (j, other) in parts.iter().enumerate().skip(i + 1) {
                if j != t && near(rest - amount(other)) {
                    return Some(vec![total, part, other]);
                }
            }
        }
    }
    None
}
