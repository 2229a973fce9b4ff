//! What a figure counts for in a sum: whether it can be an operand at all,
//! its amount in its major unit ("50p" is 0.5), its currency, and whether a
//! worked-out value agrees with a stated one.

use crate::text::numbers::{Quantity, Unit};

/// Whether a figure can take part in a sum: no year, date, clock time or rank.
pub fn operand(q: &Quantity) -> bool {
    matches!(
        q.unit,
        Unit::Plain | Unit::Percent | Unit::Money | Unit::Time(_)
    ) && !q.is_year()
        && q.measure != Some("clock")
        && q.value != 0.0
}

/// Whether two figures are amounts of one unit of measure ("118 mm" and "94
/// mm"): a percentage change between them is no chance match, however small
/// the base, as one between small counts may be.
pub(super) fn measured_alike(x: &Quantity, y: &Quantity) -> bool {
    x.unit == Unit::Plain && x.measure.is_some() && x.measure == y.measure
}

/// Whether a figure is a temperature, or a difference of temperatures ("1.6
/// degrees").
pub(super) fn temperature(q: &Quantity) -> bool {
    q.unit == Unit::Plain && matches!(q.measure, Some("degree" | "celsius" | "fahrenheit"))
}

/// The major currency a figure is in ("50p" and "£2": pound; "NZ$" and "$":
/// dollar).
pub fn major(q: &Quantity) -> Option<&'static str> {
    match q.measure {
        Some("penny") => Some("pound"),
        Some("cent") => Some("dollar"),
        Some(m) if m.ends_with(" dollar") => Some("dollar"),
        other => other,
    }
}

/// A figure's value in its major unit ("50p" is 0.5).
pub fn amount(q: &Quantity) -> f64 {
    match q.measure {
        Some("penny" | "cent") => q.value / 100.0,
        _ => q.value,
    }
}

/// A figure's size in one scale for its kind: money in major units,
/// durations in the smallest time unit.
pub(super) fn magnitude(q: &Quantity) -> f64 {
    match q.unit {
        Unit::Time(x) => q.value * f64::from(x),
        _ => amount(q),
    }
}

/// Whether two values agree within `tolerance` or rounding to a whole number.
pub fn close(worked: f64, stated: f64, tolerance: f64) -> bool {
    (worked - stated).abs() <= tolerance * stated.abs().max(1e-9)
        || (stated.fract() == 0.0 && (worked - stated).abs() < 0.5 && stated.abs() >= 10.0)
}

/// Share of the result below which an operand is too small to count: 400,000
/// less 19 is "400,000" only by rounding.
const MIN_OPERAND: f64 = 0.01;

/// Whether `v` is the difference of `a` and `b` (or, with `sum`, their sum),
/// exactly as written, with neither operand negligible nor `v` itself.
pub(super) fn summed(a: f64, b: f64, v: f64, sum: bool) -> bool {
    let exact = |worked: f64| (worked - v).abs() <= 1e-6 * v.abs().max(1.0);
    let matters = a.min(b) >= MIN_OPERAND * v && a != v && b != v;
    matters && (exact((a - b).abs()) || (sum && exact(a + b)))
}
