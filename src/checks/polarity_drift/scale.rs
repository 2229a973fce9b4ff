//! A comparison turned the other way in other words: "waited longer than
//! six weeks" → "waited less than six weeks", "a higher share than" → "a
//! smaller share than". Each comparative of size or amount points up or down;
//! "longer" and "less" are no antonyms, yet before the same "than" they
//! say opposite things.

use crate::lexicon::wordnet::{self, are_antonyms};
use crate::text::Document;

/// Comparatives of size or amount that point up.
const UP: &[&str] = &[
    "more", "greater", "longer", "higher", "larger", "bigger", "wider", "heavier", "taller",
];

/// Comparatives of size or amount that point down.
const DOWN: &[&str] = &[
    "less", "fewer", "shorter", "lower", "smaller", "narrower", "lighter",
];

/// Which way comparative token `t` points when "than" follows it:
/// `Some(true)` up, `Some(false)` down.
fn pointing(doc: &Document, t: usize) -> Option<bool> {
    if doc.tokens.get(t + 1).is_none_or(|n| n.norm != "than") {
        return None;
    }
    let w = doc.tokens[t].norm.as_str();
    if UP.contains(&w) {
        Some(true)
    } else if DOWN.contains(&w) {
        Some(false)
    } else {
        None
    }
}

/// Whether source token `ta` and suspect token `tb` are comparatives before
/// "than" that point opposite ways ("longer than" → "less than").
pub(super) fn reversed_comparison(
    (src, ta): (&Document, usize),
    (doc, tb): (&Document, usize),
) -> bool {
    matches!((pointing(src, ta), pointing(doc, tb)), (Some(x), Some(y)) if x != y)
}

/// Whether source token `ta` and suspect token `tb` are "more" and "less"
/// (either way round) before words that are themselves opposites: "less
/// safe" → "more dangerous", "more expensive" → "less cheap". Both halves
/// turn, so the phrase says what it said.
pub(super) fn degree_of_opposite(
    (src, ta): (&Document, usize),
    (doc, tb): (&Document, usize),
) -> bool {
    let degree = |d: &Document, t: usize| match d.tokens[t].norm.as_str() {
        "more" | "most" => Some(true),
        "less" | "least" => Some(false),
        _ => None,
    };
    let (Some(x), Some(y)) = (degree(src, ta), degree(doc, tb)) else {
        return false;
    };
    let (Some(a), Some(b)) = (src.tokens.get(ta + 1), doc.tokens.get(tb + 1)) else {
        return false;
    };
    let (a, b) = (a.norm.as_str(), b.norm.as_str());
    x != y && (are_antonyms(a, b) || wordnet::near_antonyms(a, b))
}
