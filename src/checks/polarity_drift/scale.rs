//! A comparison turned the other way in other words: "waited longer than
//! six weeks" → "waited less than six weeks", "a higher share than" → "a
//! smaller share than". Each comparative of size or amount points up or down;
//! "longer" and "less" are no antonyms, yet before the same "than" they
//! say opposite things.

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
