//! Figures worked out over time: a rate restated per another period
//! ("£420,000 a year" → "£35,000 a month") or totalled over a longer one, an
//! amount spread over a length of time ("1,930 calls in 12 hours" → "160 an
//! hour"), and the hours between two clock times.

use super::TOLERANCE;
use super::amounts::{amount, close};
use crate::text::numbers::{Quantity, Unit, time_word};

/// Periods a rate may be restated in, in days.
const PERIODS: &[(&str, f64)] = &[
    ("year", 365.0),
    ("month", 365.0 / 12.0),
    ("week", 7.0),
    ("day", 1.0),
];

/// "open 14 hours a day" from "from 8 a.m. to 10 p.m.": the hours between
/// two clock times of the source, in the order stated; a later time stated
/// earlier on the clock is on the next day ("from 8 p.m. … reopened at 11
/// a.m." → "15 hours later").
pub(super) fn hours_between(q: &Quantity, theirs: &[Quantity]) -> Option<Vec<usize>> {
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

/// Whether rate `q` is amount `x` spread over length of time `y`, per one
/// unit of time ("1,930 calls in 12 hours" → "about 160 an hour", "£620
/// million over five years" → "£124 million a year").
pub(super) fn per_unit_of_time(
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
pub fn per_other_period(s: &Quantity, q: &Quantity) -> bool {
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
pub(super) fn over_period(s: &Quantity, q: &Quantity) -> Option<f64> {
    let times = match s.per? {
        "day" => 7.0,
        "week" => 52.0,
        "month" => 12.0,
        _ => return None,
    };
    (q.per.is_none() && s.unit == q.unit).then(|| amount(s) * times)
}
