//! A figure for each of a group made the total: "paid 37 households
//! averaging 1,800 euros each" → "paid €1,800 in total to 37 households".

use super::findings::describe;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::Quantity;
use crate::text::words::is_stopword;

/// Words after a figure that make it a figure for each of a group.
const EACH: &[&str] = &["each", "apiece"];

/// The first `n` words after figure `q` of `doc`, up to punctuation.
fn words_after<'a>(doc: &'a Document, q: &Quantity, n: usize) -> Vec<&'a str> {
    doc.tokens
        .get(q.tokens.end..)
        .unwrap_or_default()
        .iter()
        .take_while(|t| t.is_wordlike())
        .take(n)
        .map(|t| t.norm.as_str())
        .collect()
}

/// Whether figure `q` is said for each of a group ("$180,000 each"), not
/// for each of a run of times ("three months each year").
fn for_each(doc: &Document, q: &Quantity) -> bool {
    let next = doc.tokens.get(q.tokens.end + 1);
    words_after(doc, q, 1)
        .first()
        .is_some_and(|w| EACH.contains(w))
        && next.is_none_or(|t| !t.is_wordlike() || is_stopword(&t.norm))
}

/// Whether figure `q` is said as a total ("in total", "in all",
/// "altogether").
fn as_total(doc: &Document, q: &Quantity) -> bool {
    matches!(
        words_after(doc, q, 2).as_slice(),
        ["altogether", ..] | ["in", "total" | "all"]
    )
}

/// The finding for suspect figure `q`, which states source figure `s`, when
/// the suspect made the total of a figure the source gives for each.
pub(super) fn each_made_total(
    src: &Document,
    s: &Quantity,
    doc: &Document,
    q: &Quantity,
) -> Option<Diagnostic> {
    (for_each(src, s) && as_total(doc, q)).then(|| {
        Diagnostic::new(
            doc.tokens[q.tokens.start].start,
            doc.tokens[q.tokens.end - 1].end,
            format!(
                "\"{}\" became the total, not the figure for each",
                describe(doc, q)
            ),
        )
        .evidence(src.sentence_text(src.sentence_of(s.tokens.start).unwrap_or(0)))
    })
}
