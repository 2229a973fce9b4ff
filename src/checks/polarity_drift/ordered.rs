//! An order in time told from its other end: "Evensong had finished half an
//! hour before the storm broke" → "the storm broke half an hour after
//! Evensong had ended" states the same order with the events swapped.

use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, stem};

/// Tokens after "before" or "after" searched for the event it orders against.
const EVENT_REACH: usize = 3;

/// The stem of the first content word within [`EVENT_REACH`] tokens after
/// token `t` in its sentence: the event "before" or "after" orders against.
fn event_after(d: &Document, t: usize) -> Option<String> {
    let end = d
        .sentence_of(t)
        .map_or(d.tokens.len(), |s| d.sentences[s].tokens.end);
    let k = (t + 1..end.min(t + 1 + EVENT_REACH)).find(|&k| {
        let x = &d.tokens[k];
        x.kind == TokenKind::Word && !is_stopword(&x.norm)
    })?;
    Some(stem(&d.tokens[k].norm))
}

/// Whether source token `ta` and suspect token `tb`, "before" and "after"
/// in either order, order the same two events from each other's end: the
/// event after each stands before the other ("A finished before B began" →
/// "B began after A finished"; "A finished after B" is flagged).
pub(super) fn order_turned_round(
    (src, ta): (&Document, usize),
    (doc, tb): (&Document, usize),
) -> bool {
    let (a, b) = (src.tokens[ta].norm.as_str(), doc.tokens[tb].norm.as_str());
    if !matches!((a, b), ("before", "after") | ("after", "before")) {
        return false;
    }
    let (Some(x), Some(y)) = (event_after(src, ta), event_after(doc, tb)) else {
        return false;
    };
    let earlier = |d: &Document, t: usize, event: &str| {
        let start = d.sentence_of(t).map_or(0, |s| d.sentences[s].tokens.start);
        d.tokens[start..t].iter().any(|k| stem(&k.norm) == event)
    };
    x != y && earlier(doc, tb, &x) && earlier(src, ta, &y)
}
