//! Whether two quantities state the same value: units of time compared in
//! seconds, a currency's hundredths ("312p" and "£3.12"), a dollar of any
//! country, units of measure converted, and percentages rounded from a
//! repeating fraction ("a third" and "33%").

use super::{Quantity, Unit, convert};

impl Quantity {
    /// Whether `other` states this figure's amount in another unit of the same
    /// kind ("212 km/h" and "mph"), so that the two can be compared.
    pub fn converts_to(&self, other: &Quantity) -> bool {
        match (self.measure, other.measure) {
            (Some(x), Some(y)) => x != y && convert::same_kind(x, y),
            _ => false,
        }
    }

    /// Whether two quantities state the same value (units that can restyle into each other match).
    pub fn same_value(&self, other: &Quantity) -> bool {
        let thousands = |q: &Quantity| q.dotted.then_some(q.value * 1000.0);
        self.same_as(self.value, other, other.value)
            || thousands(self).is_some_and(|a| self.same_as(a, other, other.value))
            || thousands(other).is_some_and(|b| self.same_as(self.value, other, b))
    }

    /// Whether this quantity, read as `a`, states the value of `other`, read as `b`.
    fn same_as(&self, a: f64, other: &Quantity, b: f64) -> bool {
        let (a, b) = match (self.unit, other.unit) {
            (Unit::Time(x), Unit::Time(y)) => (a * f64::from(x), b * f64::from(y)),
            _ => (a, b),
        };
        if let (Some(x), Some(y)) = (self.per, other.per)
            && x != y
        {
            return false;
        }
        if let (Some(x), Some(y)) = (self.measure, other.measure)
            && x != y
        {
            return match (minor_of(x, y), minor_of(y, x)) {
                (true, _) => equal(a / 100.0, b),
                (_, true) => equal(a, b / 100.0),
                _ if any_dollar(x, y) => equal(a, b),
                _ => convert::agree(a, x, b, y),
            };
        }
        let close = equal(a, b)
            || (self.unit == Unit::Percent && other.unit == Unit::Percent && rounded(a, b));
        close && compatible(self.unit, other.unit)
    }
}

/// Whether currency `minor` counts hundredths of currency `major` ("312p" is £3.12).
fn minor_of(minor: &str, major: &str) -> bool {
    matches!(
        (minor, major),
        ("penny", "pound") | ("cent", "dollar" | "euro")
    ) || (minor == "cent" && major.ends_with(" dollar"))
}

/// Whether two currencies are one dollar: a bare "$" names any country's.
fn any_dollar(x: &str, y: &str) -> bool {
    (x == "dollar" && y.ends_with(" dollar")) || (y == "dollar" && x.ends_with(" dollar"))
}

/// Whether two values are equal but for floating-point error.
fn equal(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(1.0)
}

/// Whether one of two percentages is a repeating fraction ("a third": 33.3…)
/// that the other rounds or truncates (33%, 33.3%; "two-thirds": 66%, 67%).
fn rounded(a: f64, b: f64) -> bool {
    let repeating = |x: f64| ((x * 10.0).round() - x * 10.0).abs() > 1e-6;
    let (exact, stated) = match (repeating(a), repeating(b)) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return false,
    };
    [1.0, 10.0].iter().any(|&places: &f64| {
        let cut = |f: fn(f64) -> f64| f(exact * places) / places;
        (cut(f64::round) - stated).abs() < 1e-9 || (cut(f64::floor) - stated).abs() < 1e-9
    })
}

/// Whether values in units `a` and `b` can state the same amount: one unit,
/// or a plain number beside an amount, a percentage or a duration.
pub(super) fn compatible(a: Unit, b: Unit) -> bool {
    use Unit::*;
    a == b
        || matches!(
            (a, b),
            (Plain, Money)
                | (Money, Plain)
                | (Plain, Percent)
                | (Percent, Plain)
                | (Plain, Time(_))
                | (Time(_), Plain)
                | (Time(_), Time(_))
        )
}
