//! "The few boats" → "the many boats": "few" after a determiner describes
//! rather than denies (so the negation count leaves it alone), yet swapped
//! for "many" after the same determiner it turns a small number large.

use crate::align::{AlignedPair, EditKind};
use crate::finding::Diagnostic;
use crate::lexicon::determiners::{is_plural_demonstrative, is_possessive};
use crate::text::Document;

/// Whether `w` is a determiner before which "few" and "many" name the size
/// of a group ("the few boats", "those many critics", "its many critics"),
/// as a possessive does ("Pelham's few staff"); not "a few", a small amount
/// affirmed.
fn determiner(w: &str) -> bool {
    w == "the" || is_plural_demonstrative(w) || is_possessive(w)
}

/// Whether `from` (token of `src`) and `to` (token of `doc`) are "few" and
/// "many", either way round, after the same determiner.
pub(crate) fn few_for_many(src: &Document, from: usize, doc: &Document, to: usize) -> bool {
    let (a, b) = (src.tokens[from].norm.as_str(), doc.tokens[to].norm.as_str());
    matches!((a, b), ("few", "many") | ("many", "few"))
        && from > 0
        && to > 0
        && src.tokens[from - 1].norm == doc.tokens[to - 1].norm
        && (determiner(&src.tokens[from - 1].norm) || src.tokens[from - 1].norm.ends_with("'s"))
}

/// Findings for each one-word edit swapping "few" and "many" after the same
/// determiner.
pub(super) fn few_made_many(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let evidence = src.span_text(pair.source_tokens(src));
    for e in pair.edits.iter().filter(|e| e.kind != EditKind::Equal) {
        if e.source.len() != 1
            || e.suspect.len() != 1
            || !few_for_many(src, e.source.start, doc, e.suspect.start)
        {
            continue;
        }
        let (start, end) = doc.token_span(e.suspect.clone());
        let was = &src.tokens[e.source.start].norm;
        out.push(
            Diagnostic::new(
                start,
                end,
                format!("a group's size turned round: the source says \"{was}\""),
            )
            .evidence(evidence),
        );
    }
}
