//! An expectation of a duty ("are expected to clean 16 rooms a shift")
//! told as the duty ("must clean"): the "expected" was no forecast.

use super::kept::ability_kept;
use crate::checks::grammar::BE;

/// Words of a duty that restate an "expected to" of what is required ("must
/// clean", "are required to", "have to").
const DUTIES: &[&str] = &["must", "required", "obliged", "supposed"];

/// Whether the hedges of `te` are kept by the suspect's words `near` the
/// edit: an ability restated ([`ability_kept`]), or every hedge an "expected
/// to" of a duty that a word of duty restates ("they are expected to clean"
/// → "each must clean", "staff have to clean").
pub(super) fn modal_kept(te: &[String], near: &[String]) -> bool {
    ability_kept(te, near) || duty_kept(te, near)
}

/// Whether every hedge of the source's words `te` is the passive "expected"
/// of a duty laid on the subject ("they are expected to"; an active
/// "expected every dog to be" → "required every dog" is a demand made
/// firmer) and `near` holds a word of duty or a "have to".
fn duty_kept(te: &[String], near: &[String]) -> bool {
    let expecting = |w: &String| w == "expected";
    let passive = te
        .windows(3)
        .any(|x| BE.contains(&x[0].as_str()) && x[1] == "expected" && x[2] == "to");
    passive
        && te.iter().any(expecting)
        && (0..te.len()).all(|k| !super::words::hedging(te, k) || expecting(&te[k]))
        && (near.iter().any(|w| DUTIES.contains(&w.as_str()))
            || near
                .windows(2)
                .any(|w| matches!(w[0].as_str(), "have" | "has" | "had") && w[1] == "to"))
}
