//! A count stated as a percentage of the same number, or a percentage as a
//! count: "12 volunteers left the study" → "12% left the study".

use super::around::noun_after;
use super::findings::{describe, on_figure};
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};

/// Words after a bare number that make it part of a share or a range, not a
/// count of things ("14 per cent", "14 points").
const SHARE_WORDS: &[&str] = &[
    "percent",
    "per",
    "cent",
    "pc",
    "percentage",
    "point",
    "points",
];

/// Whether bare number `q` of `doc` counts things: the noun after it says
/// what ("12 volunteers"), and it is no year.
fn counts(doc: &Document, q: &Quantity) -> bool {
    q.unit == Unit::Plain
        && q.measure.is_none()
        && !q.is_year()
        && noun_after(doc, q)
            .is_some_and(|w| !SHARE_WORDS.contains(&w) && w.chars().all(|c| c.is_alphabetic()))
}

/// The finding for suspect figure `q`, which states the number of source
/// figure `s`, when a count of things became a percentage ("12 volunteers" →
/// "12%") or a percentage a count ("30% of members" → "30 members").
pub(super) fn share_for_count(
    src: &Document,
    s: &Quantity,
    doc: &Document,
    q: &Quantity,
) -> Option<Diagnostic> {
    let swapped = match (s.unit, q.unit) {
        (Unit::Plain, Unit::Percent) => counts(src, s),
        (Unit::Percent, Unit::Plain) => counts(doc, q),
        _ => false,
    };
    (swapped && s.value == q.value && s.measure != Some("point") && q.measure != Some("point"))
        .then(|| {
            let (was, now) = (describe(src, s), describe(doc, q));
            on_figure(
                doc,
                q,
                format!("\"{was}\" became \"{now}\": a count and a percentage are not one figure"),
            )
            .suggest(was.clone())
            .evidence(was)
        })
}
