//! A figure for each of a group made the total: "paid 37 households
//! averaging 1,800 euros each" → "paid €1,800 in total to 37 households";
//! and a total over a length of time made a rate: "$3 million over five
//! years" → "$3 million a year for five years".

use super::findings::{describe, on_figure};
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, time_word};
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
        let message = format!(
            "\"{}\" became the total, not the figure for each",
            describe(doc, q)
        );
        on_figure(doc, q, message).evidence(sentence_of(src, s))
    })
}

/// Whether figure `q` of `doc` has "over" or "across" just after it, which
/// opens the span of time it is the total over.
fn spans_after(doc: &Document, q: &Quantity) -> bool {
    doc.tokens
        .get(q.tokens.end)
        .is_some_and(|t| matches!(t.norm.as_str(), "over" | "across"))
}

/// The length, in seconds, of the time source figure `s` is the total over
/// ("$3 million over five years", "nine hours across the next two days"):
/// "over" or "across" just after it, then one of `figures`, a length of time.
fn total_over(doc: &Document, s: &Quantity, figures: &[Quantity]) -> Option<f64> {
    let norm = |k: usize| doc.tokens.get(k).map(|t| t.norm.as_str());
    let mut at = s.tokens.end;
    if !spans_after(doc, s) {
        return None;
    }
    at += 1;
    if norm(at) == Some("the") {
        at += 1;
        if matches!(norm(at)?, "next" | "past" | "last" | "first" | "coming") {
            at += 1;
        }
    }
    figures.iter().find_map(|f| match f.unit {
        Unit::Time(x) if f.tokens.start == at && f.per.is_none() => Some(f.value * f64::from(x)),
        _ => None,
    })
}

/// The finding for suspect figure `q`, which states source figure `s`, when
/// the suspect made a rate of time ("$3 million a year") of a total the
/// source gives over a length of time other than one of that period
/// ("$3 million over five years"; "80mm over 24 hours" → "80mm a day"
/// keeps it). `figures` are the source sentence's.
pub(super) fn total_made_rate(
    src: &Document,
    s: &Quantity,
    figures: &[Quantity],
    doc: &Document,
    q: &Quantity,
) -> Option<Diagnostic> {
    // "$540 over half a year" reads as a rate but still gives the span.
    if s.per.is_some() || spans_after(doc, q) {
        return None;
    }
    let period = f64::from(time_word(q.per?)?);
    let span = total_over(src, s, figures)?;
    ((span - period).abs() > 0.01 * period).then(|| {
        let message = format!(
            "\"{}\" became a figure a {}, not the total over the source's span",
            describe(doc, q),
            q.per.unwrap_or_default()
        );
        on_figure(doc, q, message).evidence(sentence_of(src, s))
    })
}

/// The text of the sentence of `src` that holds source figure `s`, the
/// evidence of a finding on it.
fn sentence_of<'d>(src: &'d Document, s: &Quantity) -> &'d str {
    src.sentence_text(src.sentence_of(s.tokens.start).unwrap_or(0))
}
