//! A denial carried by the suffix "-less": "people without homes" →
//! "homeless people", "left without power" → "left powerless".

use crate::text::Document;
use std::ops::Range;

/// Words after "without" or "no" searched for the noun the suffix denies.
const NOUN_REACH: usize = 2;

/// Whether each of `negators` of `doc` is a "without" or "no" denying a
/// noun that the other side's sentence `other` says with "-less" ("without
/// homes" → "homeless"). Only the noun denied on the other side counts, so
/// "countless" or "priceless" answer nothing.
pub(super) fn denied_by_suffix(
    (doc, negators): (&Document, &[usize]),
    (other_doc, other): (&Document, Range<usize>),
) -> bool {
    let suffixed: Vec<&str> = other_doc.tokens[other]
        .iter()
        .filter_map(|t| t.norm.strip_suffix("less"))
        .filter(|stem| stem.len() >= 3)
        .collect();
    let denies = |t: usize| {
        matches!(doc.tokens[t].norm.as_str(), "without" | "no")
            && doc.tokens[t + 1..].iter().take(NOUN_REACH).any(|n| {
                let w = n.norm.as_str();
                [Some(w), w.strip_suffix('s'), w.strip_suffix("es")]
                    .into_iter()
                    .flatten()
                    .any(|noun| suffixed.contains(&noun))
            })
    };
    !negators.is_empty() && negators.iter().all(|&t| denies(t))
}
