//! Race times worked out from another time and a margin: "won in 2:19:48,
//! 52 seconds inside the record" → "lowering the old best of 2:20:40";
//! "2:08:31, one second ahead of Ode" → "to Ode's 2:08:32". A time stated
//! to the odd second matches such a sum only when worked out, so the
//! operands may come from any sentence of the source.

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};

/// The source time and margin (indices into `theirs`, figures of `src`)
/// that race time `q` is the sum or difference of, to the second.
pub(super) fn worked_out(
    q: &Quantity,
    src: &Document,
    theirs: &[Quantity],
) -> Option<(usize, usize)> {
    let target = to_the_second(q)?;
    (0..theirs.len()).find_map(|i| {
        let time = to_the_second(&theirs[i])?;
        (0..theirs.len()).find_map(|j| {
            let margin = seconds(src, &theirs[j]).filter(|&m| i != j && m > 0.0 && m < time)?;
            ((time + margin - target).abs() < 0.5 || (time - margin - target).abs() < 0.5)
                .then_some((i, j))
        })
    })
}

/// A duration's length in seconds; "one second" is read as a plain number
/// before the word.
fn seconds(doc: &Document, z: &Quantity) -> Option<f64> {
    match z.unit {
        Unit::Time(unit) => Some(z.value * f64::from(unit)),
        Unit::Plain if z.measure.is_none() => doc
            .tokens
            .get(z.tokens.end)
            .filter(|t| matches!(t.norm.as_str(), "second" | "seconds"))
            .map(|_| z.value),
        _ => None,
    }
}

/// The length in seconds of `q`, a time of minutes or hours stated to the
/// odd second.
fn to_the_second(q: &Quantity) -> Option<f64> {
    let Unit::Time(unit) = q.unit else {
        return None;
    };
    let s = q.value * f64::from(unit);
    let whole = s.round();
    ((s - whole).abs() < 0.01 && whole >= 60.0 && whole % 60.0 != 0.0).then_some(whole)
}
