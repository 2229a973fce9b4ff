//! Small grammar helpers shared by checks.

use crate::text::Document;

/// Auxiliaries skipped when pointing at the verb a removed negation belonged to.
pub const AUXILIARIES: &[&str] = &[
    "be", "been", "being", "is", "are", "was", "were", "have", "has", "had", "do", "does", "did",
    "to",
];

/// The tokens from `range.start` through the first word that is not an auxiliary
/// ("had [not] been consulted" → "been consulted").
pub fn verb_after(doc: &Document, range: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let start = doc.words(range.clone()).next()?.0;
    let verb = doc
        .words(range)
        .take(4)
        .find(|(_, t)| !AUXILIARIES.contains(&t.norm.as_str()))
        .map_or(start, |(t, _)| t);
    Some(start..verb + 1)
}
