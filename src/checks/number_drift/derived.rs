//! Figures worked out from the source's: "a third of its 312 shops" → "104 of
//! its 312 shops", "from £1.50 to £2" → "£2, up 50p", "£420,000 a year" →
//! "£35,000 a month", "1,930 calls in 12 hours" → "160 an hour". A careful
//! rewriter does the sum; it changes no fact.

mod amounts;
mod gap;
mod rates;

use crate::text::numbers::{Quantity, Unit};
pub(super) use amounts::{amount, close, major, operand};
use amounts::{magnitude, measured_alike, summed, temperature};
pub use gap::gap_to;
pub(super) use rates::per_other_period;
use rates::{hours_between, over_period, per_unit_of_time};

/// Relative difference within which a share worked out matches the stated
/// figure (the rewriter rounds: "a third of 1,000" → "333").
pub(super) const TOLERANCE: f64 = 0.002;

/// Relative difference within which a hedged figure ("roughly a third",
/// "about $110 million") matches the one worked out.
pub(super) const HEDGED_TOLERANCE: f64 = 0.05;

/// Smallest base a percentage change is worked out from: small counts
/// change by round percentages by chance.
const MIN_BASE: f64 = 100.0;

/// Smallest count a difference of counts is taken to explain: small counts
/// differ by chance.
pub const MIN_COUNT: f64 = 10.0;

/// The source figures (indices into `theirs`) that suspect figure `q` is
/// worked out from, when it is their product as share and whole, their
/// difference or sum, one as a share of the other, one rate restated per
/// another period, or an amount spread over a length of time.
pub fn derived_from(q: &Quantity, theirs: &[Quantity], hedged: bool) -> Option<Vec<usize>> {
    derive(q, theirs, hedged, true)
}

/// As [`derived_from`], but a figure not hedged must be the exact result, not
/// one rounded to a whole number: for operands gathered from far apart,
/// where a rounded match comes by chance.
pub fn derived_exactly(q: &Quantity, theirs: &[Quantity], hedged: bool) -> Option<Vec<usize>> {
    derive(q, theirs, hedged, hedged)
}

fn derive(q: &Quantity, theirs: &[Quantity], hedged: bool, rounded: bool) -> Option<Vec<usize>> {
    if let Some(found) = hours_between(q, theirs).or_else(|| cents_as_share(q, theirs)) {
        return Some(found);
    }
    if !operand(q) {
        return None;
    }
    let tolerance = if hedged { HEDGED_TOLERANCE } else { TOLERANCE };
    let near = |worked: f64, stated: f64| {
        if rounded {
            close(worked, stated, tolerance)
        } else {
            (worked - stated).abs() <= tolerance * stated.abs().max(1e-9)
        }
    };
    let v = amount(q);
    if let Some(k) = (0..theirs.len()).find(|&k| {
        per_other_period(&theirs[k], q) || over_period(&theirs[k], q).is_some_and(|w| near(w, v))
    }) {
        return Some(vec![k]);
    }
    for i in 0..theirs.len() {
        for j in 0..theirs.len() {
            let (x, y) = (&theirs[i], &theirs[j]);
            // "about $58 a year" works out no "$58 a month": a rate is an
            // operand only of a figure of its own period.
            let other_period =
                |z: &Quantity| matches!((z.per, q.per), (Some(a), Some(b)) if a != b);
            if i == j || !operand(x) || !operand(y) || other_period(x) || other_period(y) {
                continue;
            }
            let (a, b) = (amount(x), amount(y));
            // Money is worked out in one currency: "$4,000" gives no "€4,000".
            // A share or change of money is worked out in one currency too.
            let currency = |z: &Quantity| match q.unit {
                Unit::Money => z.unit != Unit::Money || major(z) == major(q),
                _ => z.unit != Unit::Money || major(x) == major(y),
            };
            let found = match q.unit {
                // "104 of the 312 shops" → "a third of them"; "1,470, up from
                // 1,050" → "a 40% jump".
                // "38%, up from 34%" → "a rise of four percentage points".
                Unit::Percent if q.measure == Some("point") => {
                    x.unit == Unit::Percent
                        && y.unit == Unit::Percent
                        && x.measure != Some("point")
                        && y.measure != Some("point")
                        && a > b
                        && near(a - b, v)
                }
                // "18 months of a three-year term" → "half of it": a share
                // of durations in any units.
                Unit::Percent => {
                    let durations = matches!((x.unit, y.unit), (Unit::Time(_), Unit::Time(_)));
                    x.unit != Unit::Percent
                        && y.unit != Unit::Percent
                        && (x.unit == y.unit || durations)
                        && b != 0.0
                        && (near(magnitude(x) / magnitude(y) * 100.0, v)
                            || (x.unit == y.unit
                                && a > b
                                && (b >= MIN_BASE || measured_alike(x, y))
                                && near((a / b - 1.0) * 100.0, v)))
                }
                _ => {
                    // "a third of its 312 shops" → "104".
                    (x.unit == Unit::Percent && y.unit != Unit::Percent && near(a / 100.0 * b, v))
                        // "down 18% to 214 million" → "from 261 million".
                        || (x.unit == Unit::Percent
                            && q.unit == Unit::Money
                            && y.unit == q.unit
                            && a < 100.0
                            && !near(b, v)
                            && (near(b / (1.0 - a / 100.0), v) || near(b / (1.0 + a / 100.0), v)))
                        // "from £1.50 to £2" → "up 50p"; "a rise of £87.40 to
                        // £1,871" → "from £1,783.60": sums of money only, where
                        // a count would match by chance.
                        || (q.unit == Unit::Money
                            && x.unit == Unit::Money
                            && y.unit == Unit::Money
                            && summed(a, b, v, i < j))
                        // "14 trains at £9.5 million apiece" → "£133 million in
                        // total"; "£620 million for 38 miles" → "£16 million a
                        // mile": money times or per a count.
                        || (q.unit == Unit::Money
                            && x.unit == Unit::Money
                            && y.unit == Unit::Plain
                            && y.measure.is_none()
                            && b >= 2.0
                            && (near(a * b, v) || near(a / b, v)))
                        // "1,930 calls in 12 hours" → "about 160 an hour".
                        || per_unit_of_time(q, x, y, near)
                        // "19 minutes, from about 45 minutes" → "a saving of
                        // about 26 minutes": differences of durations.
                        || (matches!(q.unit, Unit::Time(_))
                            && x.unit == q.unit
                            && y.unit == q.unit
                            && summed(a, b, v, false))
                        // "8.9C, 1.6 degrees above the average" → "an
                        // average of 7.3C": differences of temperatures.
                        || (temperature(q)
                            && temperature(x)
                            && temperature(y)
                            && summed(a, b, v, false))
                        // "beat its target of 6 million by 4.4 million":
                        // differences of counts, never sums.
                        || (q.unit == Unit::Plain
                            && x.unit == Unit::Plain
                            && y.unit == Unit::Plain
                            && v >= MIN_COUNT
                            && x.measure == y.measure
                            && summed(a, b, v, false))
                }
            };
            if found && currency(x) && currency(y) {
                return Some(vec![i, j]);
            }
        }
    }
    None
}

/// "41 cents of every dollar" → "41%": a share in cents.
fn cents_as_share(q: &Quantity, theirs: &[Quantity]) -> Option<Vec<usize>> {
    if q.unit != Unit::Percent {
        return None;
    }
    (0..theirs.len())
        .find(|&k| {
            matches!(theirs[k].measure, Some("cent" | "penny")) && theirs[k].value == q.value
        })
        .map(|k| vec![k])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: f64, unit: Unit) -> Quantity {
        Quantity::new(value, unit, 0..1, None)
    }

    #[test]
    fn shares_differences_and_rates_work_out() {
        let shops = [
            figure(100.0 / 3.0, Unit::Percent),
            figure(312.0, Unit::Plain),
        ];
        assert_eq!(
            derived_from(&figure(104.0, Unit::Plain), &shops, false),
            Some(vec![0, 1])
        );
        assert!(derived_from(&figure(140.0, Unit::Plain), &shops, false).is_none());
        let fares = [figure(1.5, Unit::Money), figure(2.0, Unit::Money)];
        assert!(derived_from(&figure(0.5, Unit::Money), &fares, false).is_some());
        let mut yearly = figure(420_000.0, Unit::Money);
        yearly.per = Some("year");
        let mut monthly = figure(35_000.0, Unit::Money);
        monthly.per = Some("month");
        assert_eq!(derived_from(&monthly, &[yearly], false), Some(vec![0]));
    }
}
