//! A month or weekday the rewriter misspelt ("October" → "Ocotber",
//! "February" → "Febuary"): spelling reports it; the date is not lost.

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use std::ops::Range;

/// Shortest name whose one-edit slips are taken for it: shorter names ("May",
/// "June") are one edit from other words.
const MIN_NAME: usize = 5;

/// Whether source figure `m`, a month or weekday name, stands misspelt among
/// suspect tokens `tokens`: a word one edit (a letter dropped, added,
/// replaced or two swapped) from the name.
pub(super) fn misspelt_in(
    src: &Document,
    m: &Quantity,
    doc: &Document,
    tokens: Range<usize>,
) -> bool {
    if !matches!(m.unit, Unit::Month | Unit::Weekday) || m.tokens.len() != 1 {
        return false;
    }
    let name: Vec<char> = src.norm_at(m.tokens.start).chars().collect();
    name.len() >= MIN_NAME
        && doc.words(tokens).any(|(_, t)| {
            let word: Vec<char> = t.norm.chars().collect();
            word != name && one_edit(&word, &name)
        })
}

/// Whether `a` becomes `b` by one deletion, insertion, replacement or swap of
/// two neighbouring letters.
fn one_edit(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let start = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 => {
            short[start + 1..] == long[start + 1..]
                || (start + 1 < short.len()
                    && short[start] == long[start + 1]
                    && short[start + 1] == long[start]
                    && short[start + 2..] == long[start + 2..])
        }
        1 => short[start..] == long[start + 1..],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::one_edit;

    fn edit(a: &str, b: &str) -> bool {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        one_edit(&a, &b)
    }

    #[test]
    fn one_edit_slips() {
        assert!(edit("ocotber", "october"));
        assert!(edit("febuary", "february"));
        assert!(edit("septmber", "september"));
        assert!(edit("agust", "august"));
        assert!(!edit("november", "december"));
        assert!(!edit("monday", "sunday"));
    }
}
