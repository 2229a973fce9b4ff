//! Figures worked out from the source's: "a third of its 312 shops" → "104 of
//! its 312 shops", "from £1.50 to £2" → "£2, up 50p", "£420,000 a year" →
//! "£35,000 a month", "1,930 calls in 12 hours" → "160 an hour". A careful
//! rewriter does the sum; it changes no fact.

use crate::text::numbers::{Quantity, Unit, time_word};

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

/// Periods a rate may be restated in, in days.
const PERIODS: &[(&str, f64)] = &[
    ("year", 365.0),
    ("month", 365.0 / 12.0),
    ("week", 7.0),
    ("day", 1.0),
];

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

/// "open 14 hours a day" from "from 8 a.m. to 10 p.m.": the hours between
/// two clock times of the source, in the order stated; a later time stated
/// earlier on the clock is on the next day ("from 8 p.m. … reopened at 11
/// a.m." → "15 hours later").
fn hours_between(q: &Quantity, theirs: &[Quantity]) -> Option<Vec<usize>> {
    if q.unit != Unit::Time(3600) {
        return None;
    }
    let clocks: Vec<usize> = (0..theirs.len())
        .filter(|&k| theirs[k].measure == Some("clock"))
        .collect();
    clocks.iter().find_map(|&i| {
        clocks
            .iter()
            .find(|&&j| {
                let gap = (theirs[j].value - theirs[i].value).rem_euclid(24.0);
                theirs[i].tokens.start < theirs[j].tokens.start && (gap - q.value).abs() < 1e-9
            })
            .map(|&j| vec![i, j])
    })
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

/// Whether a figure can take part in a sum: no year, date, clock time or rank.
pub(super) fn operand(q: &Quantity) -> bool {
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
fn measured_alike(x: &Quantity, y: &Quantity) -> bool {
    x.unit == Unit::Plain && x.measure.is_some() && x.measure == y.measure
}

/// Whether a figure is a temperature, or a difference of temperatures ("1.6
/// degrees").
fn temperature(q: &Quantity) -> bool {
    q.unit == Unit::Plain && matches!(q.measure, Some("degree" | "celsius" | "fahrenheit"))
}

/// The major currency a figure is in ("50p" and "£2": pound; "NZ$" and "$":
/// dollar).
pub(super) fn major(q: &Quantity) -> Option<&'static str> {
    match q.measure {
        Some("penny") => Some("pound"),
        Some("cent") => Some("dollar"),
        Some(m) if m.ends_with(" dollar") => Some("dollar"),
        other => other,
    }
}

/// A figure's value in its major unit ("50p" is 0.5).
pub(super) fn amount(q: &Quantity) -> f64 {
    match q.measure {
        Some("penny" | "cent") => q.value / 100.0,
        _ => q.value,
    }
}

/// Whether rate `q` is amount `x` spread over length of time `y`, per one
/// unit of time ("1,930 calls in 12 hours" → "about 160 an hour", "£620
/// million over five years" → "£124 million a year").
fn per_unit_of_time(
    q: &Quantity,
    x: &Quantity,
    y: &Quantity,
    near: impl Fn(f64, f64) -> bool,
) -> bool {
    let (Some(per), Unit::Time(span)) = (q.per.and_then(time_word), y.unit) else {
        return false;
    };
    let units = y.value * f64::from(span) / f64::from(per);
    x.unit == q.unit
        && x.per.is_none()
        && x.measure == q.measure
        && units > 0.0
        && near(amount(x) / units, amount(q))
}

/// Whether `q` restates rate `s` per another period ("£420,000 a year" →
/// "£35,000 a month").
pub(super) fn per_other_period(s: &Quantity, q: &Quantity) -> bool {
    let days = |per: Option<&str>| {
        per.and_then(|p| PERIODS.iter().find(|(w, _)| *w == p))
            .map(|(_, d)| *d)
    };
    match (days(s.per), days(q.per)) {
        (Some(from), Some(to)) if from != to && s.unit == q.unit => {
            close(amount(s) / from * to, amount(q), TOLERANCE)
        }
        _ => false,
    }
}

/// A rate `s` ("2,300 visits a day") totalled over the next longer period
/// ("16,100 in the week"): its amount times the periods in it, for a total
/// `q` of its unit with no period of its own.
fn over_period(s: &Quantity, q: &Quantity) -> Option<f64> {
    let times = match s.per? {
        "day" => 7.0,
        "week" => 52.0,
        "month" => 12.0,
        _ => return None,
    };
    (q.per.is_none() && s.unit == q.unit).then(|| amount(s) * times)
}

/// Whether two values agree within `tolerance` or rounding to a whole number.
pub(super) fn close(worked: f64, stated: f64, tolerance: f64) -> bool {
    (worked - stated).abs() <= tolerance * stated.abs().max(1e-9)
        || (stated.fract() == 0.0 && (worked - stated).abs() < 0.5 && stated.abs() >= 10.0)
}

/// Share of the result below which an operand is too small to count: 400,000
/// less 19 is "400,000" only by rounding.
const MIN_OPERAND: f64 = 0.01;

/// Whether `v` is the difference of `a` and `b` (or, with `sum`, their sum),
/// exactly as written, with neither operand negligible nor `v` itself.
fn summed(a: f64, b: f64, v: f64, sum: bool) -> bool {
    let exact = |worked: f64| (worked - v).abs() <= 1e-6 * v.abs().max(1.0);
    let matters = a.min(b) >= MIN_OPERAND * v && a != v && b != v;
    matters && (exact((a - b).abs()) || (sum && exact(a + b)))
}

/// Words after a figure that make it the gap to the figure that follows
/// ("270,000 more than the 1.19 million who came in 2023").
const GAP_WORDS: &[&[&str]] = &[
    &["more", "than"],
    &["fewer", "than"],
    &["less", "than"],
    &["higher", "than"],
    &["lower", "than"],
    &["faster", "than"],
    &["slower", "than"],
    &["above"],
    &["below"],
    &["behind"],
    &["ahead", "of"],
    &["short", "of"],
];

/// Whether `q`, stated as the gap to a figure of its own sentence ("1.5p
/// more than the 19.5p paid a year before"), is that figure's difference
/// from a figure the source states anywhere (the 21p of the sentence
/// before).
pub fn gap_to(
    q: &Quantity,
    after: &[&str],
    pool: &[Quantity],
    all: &[Quantity],
    hedged: bool,
) -> bool {
    if !GAP_WORDS.iter().any(|g| after.starts_with(g)) || !operand(q) || q.unit == Unit::Percent {
        return false;
    }
    // "1,050 feet above sea level" for "1,050 metres": a number the source
    // states is that figure restated, no gap worked out.
    if (q.unit == Unit::Plain && q.value < MIN_COUNT) || all.iter().any(|z| z.value == q.value) {
        return false;
    }
    let tolerance = if hedged { HEDGED_TOLERANCE } else { TOLERANCE };
    let alike = |x: &Quantity| {
        operand(x)
            && (x.unit == q.unit || matches!((x.unit, q.unit), (Unit::Time(_), Unit::Time(_))))
            && (q.unit != Unit::Money || major(x) == major(q))
            && x.measure.is_none() == q.measure.is_none()
    };
    pool.iter().filter(|y| alike(y)).any(|y| {
        all.iter()
            .filter(|z| alike(z))
            .any(|z| close((magnitude(z) - magnitude(y)).abs(), magnitude(q), tolerance))
    })
}

/// A figure's size in one scale for its kind: money in major units,
/// durations in the smallest time unit.
fn magnitude(q: &Quantity) -> f64 {
    match q.unit {
        Unit::Time(x) => q.value * f64::from(x),
        _ => amount(q),
    }
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
