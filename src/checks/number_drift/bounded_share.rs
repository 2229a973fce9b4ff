//! A share in words stated as a bound between two figures the suspect
//! sentence names: "cut the trip to 19 minutes, from 45 minutes" → "19
//! minutes, less than half the 45 minutes the bus takes"; and a length of
//! time in words bounding the gap between two: "more than eight minutes
//! over the 30-minute goal" for a journey of 38.5 minutes.

use super::bounds;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};

/// Whether share `q` of the suspect sentence's figures `ours` ("less than
/// half", "more than a third") holds, on the side it states, the share one
/// of them (stated by the source) is of another source figure of its kind.
/// A source sentence with a share of its own has `q` compared with that.
pub fn bounds_figures(
    doc: &Document,
    q: &Quantity,
    ours: &[Quantity],
    theirs: &[Quantity],
    all: &[Quantity],
) -> bool {
    if q.unit != Unit::Percent || theirs.iter().any(|s| s.unit == Unit::Percent) {
        return false;
    }
    let part =
        |x: &&Quantity| x.tokens != q.tokens && countable(x) && all.iter().any(|s| s.same_value(x));
    ours.iter().filter(part).any(|x| {
        all.iter()
            .filter(|y| countable(y) && alike(x, y) && !y.same_value(x))
            .any(|y| {
                let share = Quantity {
                    value: magnitude(x) / magnitude(y) * 100.0,
                    ..q.clone()
                };
                bounds(&share, doc, q)
            })
    })
}

/// Whether a figure can be a part or a whole: an amount, no year, clock time
/// or share.
fn countable(q: &Quantity) -> bool {
    matches!(q.unit, Unit::Plain | Unit::Money | Unit::Time(_))
        && !q.is_year()
        && q.measure != Some("clock")
        && q.value > 0.0
}

/// Whether two figures measure one kind: durations in any unit, else one
/// unit and one measure (a currency, a length).
fn alike(x: &Quantity, y: &Quantity) -> bool {
    match (x.unit, y.unit) {
        (Unit::Time(_), Unit::Time(_)) => true,
        (a, b) => a == b && x.measure == y.measure,
    }
}

/// A figure's size in one scale: durations in seconds.
fn magnitude(q: &Quantity) -> f64 {
    match q.unit {
        Unit::Time(s) => q.value * f64::from(s),
        _ => q.value,
    }
}

/// Whether `q`, a length of time in words stated as a bound, holds on its
/// side the gap between two figures of its unit in `pool`: "38.5 minutes,
/// against a goal of 30 minutes" → "more than eight minutes over the
/// 30-minute goal".
pub fn bounds_gap(doc: &Document, q: &Quantity, pool: &[Quantity]) -> bool {
    let timed = |x: &&Quantity| matches!(x.unit, Unit::Time(_)) && x.unit == q.unit;
    let durations: Vec<&Quantity> = pool.iter().filter(timed).collect();
    durations.iter().enumerate().any(|(i, x)| {
        durations[i + 1..].iter().any(|y| {
            let gap = Quantity {
                value: (x.value - y.value).abs(),
                ..q.clone()
            };
            gap.value > 0.0 && bounds(&gap, doc, q)
        })
    })
}
