//! Placings and ordinals of order changed in words: "finished second" → "was
//! third", "the second round" → "the first round".

use super::noun_after;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, ordinal_word_value, placing_word_before};
use crate::text::tokens::{Token, TokenKind};
use std::ops::Range;

/// Words after which an ordinal word is a placing ("finished second", "was
/// third", "came home fourth").
const PLACING_WORDS: &[&str] = &[
    "finished",
    "finishes",
    "finish",
    "came",
    "comes",
    "placed",
    "ranked",
    "ranks",
    "ended",
    "ends",
    "was",
    "is",
    "home",
    "completed",
];

/// Whether source ordinal `m` and suspect ordinal `q` are different ranks of
/// the same thing ("second round" → "first round").
pub(super) fn same_role(src: &Document, m: &Quantity, doc: &Document, q: &Quantity) -> bool {
    m.unit == Unit::Ordinal
        && q.unit == Unit::Ordinal
        && m.value != q.value
        && noun_after(src, m).is_some_and(|n| noun_after(doc, q) == Some(n))
}

/// The finding for source placing `m` ("finished second") that the suspect
/// sentence in `tokens` gives as another placing in words ("was third"), none
/// when it keeps the rank, gives no placing in words ("runner-up"), or gives
/// a rank the source sentence in `source_tokens` names for someone else
/// ("Ruto second, Morishima third" → "Morishima was third").
pub(super) fn placing_changed(
    src: &Document,
    m: &Quantity,
    source_tokens: Range<usize>,
    doc: &Document,
    tokens: Range<usize>,
) -> Option<Diagnostic> {
    if m.unit != Unit::Ordinal || !placing_at(src, m.tokens.start) {
        return None;
    }
    let placings: Vec<(usize, f64)> = tokens
        .filter(|&k| placing_at(doc, k))
        .filter_map(|k| Some((k, ordinal_word_value(&doc.tokens[k].norm)?)))
        .collect();
    if placings.iter().any(|&(_, v)| v == m.value) {
        return None;
    }
    let &[(k, now)] = placings.as_slice() else {
        return None;
    };
    let ranked = |t: &Token| ordinal_word_value(&t.norm) == Some(now);
    if src.tokens[source_tokens].iter().any(ranked) {
        return None;
    }
    let (was, now) = (
        src.tokens[m.tokens.start].norm.as_str(),
        doc.tokens[k].norm.as_str(),
    );
    let (start, end) = doc.token_span(k..k + 1);
    Some(
        Diagnostic::new(start, end, format!("\"{was}\" became \"{now}\""))
            .suggest(was.to_string())
            .evidence(was.to_string()),
    )
}

/// Whether the token at `at` is an ordinal word right after a placing word.
fn placing_at(doc: &Document, at: usize) -> bool {
    let t = &doc.tokens[at];
    let Some(before) = placing_word_before(doc, at) else {
        return false;
    };
    // "it was first reported": an order of events, not a placing.
    let manner = t.norm == "first" && matches!(before, "was" | "is");
    t.kind == TokenKind::Word
        && ordinal_word_value(&t.norm).is_some()
        && PLACING_WORDS.contains(&before)
        && !manner
}
