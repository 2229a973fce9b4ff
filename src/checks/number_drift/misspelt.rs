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
    let name = src.norm_at(m.tokens.start);
    name.chars().count() >= MIN_NAME && doc.words(tokens).any(|(_, t)| one_edit(&t.norm, name))
}

/// Whether `a` becomes `b` by one deletion, insertion, replacement or swap of
/// two neighbouring letters.
fn one_edit(a: &str, b: &str) -> bool {
    strsim::osa_distance(a, b) == 1
}

#[cfg(test)]
mod tests {
    use super::one_edit as edit;

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
