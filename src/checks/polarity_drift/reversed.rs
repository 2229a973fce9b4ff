//! A comparison turned round with its terms: "raised $1.1m, less than half
//! the $2.4m" → "raised $2.4m, more than twice the $1.1m" swaps the figures
//! either side of the comparative as it swaps the comparative, so the
//! relation it states is the same (a figure given to the wrong party is
//! number-drift's).

use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::tokens::TokenKind;
use std::ops::Range;

/// The figures nearest before and after token `t` within `range`.
fn figures_around(d: &Document, t: usize, range: Range<usize>) -> Option<(&str, &str)> {
    let number = |k: &usize| d.tokens[*k].kind == TokenKind::Number;
    let before = (range.start..t).rev().find(number)?;
    let after = (t + 1..range.end).find(number)?;
    Some((&d.tokens[before].norm, &d.tokens[after].norm))
}

/// Whether flip `d` (a suspect word, its source word the suggestion) turned
/// a comparison round with its terms: the figures either side of it
/// exchanged places.
pub(super) fn reversed_with_terms(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    d: &Diagnostic,
) -> bool {
    let Some(was) = d.suggestion.as_deref().map(str::to_lowercase) else {
        return false;
    };
    let (theirs, ours) = (pair.source_tokens(src), pair.suspect_tokens(doc));
    let t = doc.tokens.partition_point(|x| x.start < d.start);
    let Some(s) = theirs.clone().find(|&k| src.tokens[k].norm == was) else {
        return false;
    };
    match (figures_around(src, s, theirs), figures_around(doc, t, ours)) {
        (Some((a, b)), Some((x, y))) => a != b && a == y && b == x,
        _ => false,
    }
}
