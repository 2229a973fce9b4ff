//! The findings number-drift reports, and where it places them: a figure
//! changed, a figure missing and the words that took its place.

use super::vague;
use crate::align::{AlignedPair, EditKind};
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::{Quantity, quantities};
use crate::text::words::number_word;
use std::ops::Range;

/// The words of figure `q` as `doc` writes them ("$2.1 million").
pub(super) fn describe(doc: &Document, q: &Quantity) -> String {
    doc.span_text(q.tokens.clone()).to_string()
}

/// A finding on suspect figure `q` of `doc`, saying `message`.
pub(super) fn on_figure(doc: &Document, q: &Quantity, message: String) -> Diagnostic {
    let (start, end) = doc.token_span(q.tokens.clone());
    Diagnostic::new(start, end, message)
}

/// The finding for source figure `m` changed into suspect figure `q`.
pub(super) fn changed(doc: &Document, src: &Document, m: &Quantity, q: &Quantity) -> Diagnostic {
    let (was, now) = (describe(src, m), describe(doc, q));
    let message = match (m.per, q.per) {
        (Some(a), Some(b)) if a != b => {
            format!("\"{was}\" a {a} became \"{now}\" a {b}: the rate changed")
        }
        _ => format!("\"{was}\" became \"{now}\""),
    };
    on_figure(doc, q, message)
        .suggest(was.clone())
        .evidence(was)
}

/// Longest rewording (in tokens) shown as where a dropped figure went.
const MISSING_SPAN_TOKENS: usize = 6;

/// Where source figure `m` went missing: the suspect tokens that replaced
/// it, when the word diff pairs a short rewording with it ("about 45 minutes"
/// → "a short wait").
pub(super) fn missing_span(pair: &AlignedPair, m: &Quantity) -> Option<Range<usize>> {
    let replaced = pair.edits.iter().find(|e| {
        e.kind == EditKind::Replace
            && e.source.contains(&m.tokens.start)
            && !e.suspect.is_empty()
            && e.suspect.len() <= MISSING_SPAN_TOKENS
    })?;
    Some(replaced.suspect.clone())
}

/// The whole suspect side of a pair.
pub(super) fn whole(doc: &Document, pair: &AlignedPair) -> (usize, usize) {
    (
        doc.sentences[pair.suspect.start].start,
        doc.sentences[pair.suspect.end - 1].end,
    )
}

/// Words that state an amount by themselves, besides number words.
const AMOUNT_WORDS: &[&str] = &[
    "half", "halves", "third", "thirds", "quarter", "quarters", "tenth", "twice", "double",
    "triple", "dozen",
];

/// The part of rewording `words` that states an amount, when it has one
/// ("half, according to Strand" → "half"; "half because" → "half"; "said
/// a couple of large" → "stated several big": "several"): the
/// word diff may pair the words beside it with the lost figure too. Without
/// one, the whole rewording ("a short wait").
pub(super) fn amount_part(doc: &Document, words: Range<usize>) -> Range<usize> {
    let figures = quantities(doc, words.clone());
    let states = |t: usize| {
        let norm = doc.tokens[t].norm.as_str();
        number_word(norm).is_some()
            || AMOUNT_WORDS.contains(&norm)
            || vague::is_vague_amount(norm)
            || figures.iter().any(|q| q.tokens.contains(&t))
    };
    let mut stating = words.clone().filter(|&t| states(t));
    match (stating.next(), stating.next_back()) {
        (Some(first), last) => first..last.unwrap_or(first) + 1,
        (None, _) => words,
    }
}
