//! A kept year moved to another part of itself ("by the end of 2025" → "by
//! mid-2025"): the value stays, the date does not.

use super::findings::{describe, on_figure};
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::Quantity;
use crate::text::tokens::TokenKind;

/// The finding for year `q` naming another part of the year than source year `s`.
pub(super) fn moved_in_year(
    (src, s): (&Document, &Quantity),
    (doc, q): (&Document, &Quantity),
) -> Option<Diagnostic> {
    let (was, now) = (part_of_year(src, s)?, part_of_year(doc, q)?);
    if was == now {
        return None;
    }
    let message = format!(
        "\"{}\" moved to the {now} of the year, where the source says the {was}",
        describe(doc, q)
    );
    Some(on_figure(doc, q, message).evidence(src.span_text(s.tokens.clone())))
}

/// Words before a year searched for the part of the year it names.
const PART_REACH: usize = 3;

/// The part of the year a year figure names ("early 2025", "mid-2025", "by
/// the end of 2025").
fn part_of_year(doc: &Document, q: &Quantity) -> Option<&'static str> {
    if !q.is_year() {
        return None;
    }
    let part = |word: &str| match word {
        "early" | "start" | "beginning" => Some("start"),
        "mid" | "middle" => Some("middle"),
        "late" | "end" => Some("end"),
        _ => None,
    };
    // "mid-2025" is one token.
    let first = doc.tokens[q.tokens.start].norm.as_str();
    if let Some((prefix, _)) = first.split_once('-') {
        return part(prefix);
    }
    (q.tokens.start.saturating_sub(PART_REACH)..q.tokens.start)
        .rev()
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
        .find_map(|k| part(&doc.tokens[k].norm))
}
