//! Which source figure a suspect figure may stand for: one of the same or a
//! kin unit, or the same figure counted per another period.

use crate::text::numbers::{Quantity, Unit};

/// Whether two units may state one figure changed: the same unit, money
/// and a bare number, or two lengths of time (or a bare number and one).
pub(super) fn same_kind(a: Unit, b: Unit) -> bool {
    a == b
        || matches!(
            (a, b),
            (Unit::Plain, Unit::Money)
                | (Unit::Money, Unit::Plain)
                | (Unit::Time(_), Unit::Time(_))
                | (Unit::Plain, Unit::Time(_))
                | (Unit::Time(_), Unit::Plain)
        )
}

/// Whether two units measure one kind of thing: the same unit, or two
/// units of time ("48 hours" and "two days").
pub(super) fn of_a_kind(a: Unit, b: Unit) -> bool {
    a == b || matches!((a, b), (Unit::Time(_), Unit::Time(_)))
}

/// The source figure of `lost` that changed into suspect figure `q`: the
/// one of the same number first ("2.49 to 4.99 pounds" → "2.49 to 4.99
/// euros"), then one of the same unit, then one of a kin unit.
pub(super) fn counterpart_in(lost: &[&Quantity], q: &Quantity) -> Option<usize> {
    lost.iter()
        .position(|m| m.value == q.value && same_kind(m.unit, q.unit))
        .or_else(|| lost.iter().position(|m| m.unit == q.unit))
        .or_else(|| lost.iter().position(|m| same_kind(m.unit, q.unit)))
}

/// The unused source figure `q` restates with another period: the same
/// value and measure, counted per a different period.
pub(super) fn rate_changed(theirs: &[Quantity], used: &[bool], q: &Quantity) -> Option<usize> {
    let per = q.per?;
    (0..theirs.len()).find(|&k| {
        let s = &theirs[k];
        !used[k] && s.value == q.value && s.measure == q.measure && s.per.is_some_and(|p| p != per)
    })
}
