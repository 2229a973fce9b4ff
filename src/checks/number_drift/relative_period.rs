//! A period of the calendar counted from now, moved to another one: "in the
//! second half of next year" → "of this year", "last week's figures" →
//! "this week's". "The past month" and "last month" are the same period.

use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use std::ops::Range;

/// Words placing a period from now, with how many periods on they place it.
/// "The coming year" may be this one or the next.
const FROM_NOW: &[(&str, (i8, i8))] = &[
    ("last", (-1, -1)),
    ("past", (-1, -1)),
    ("previous", (-1, -1)),
    ("this", (0, 0)),
    ("current", (0, 0)),
    ("next", (1, 1)),
    ("coming", (0, 1)),
];

/// Periods of which "this" may name the one to come ("this weekend" on a
/// Monday, "this season" before it opens).
const AHEAD: &[&str] = &["week", "weekend", "season"];

/// Periods of the calendar a word from now may place.
const PERIODS: &[&str] = &[
    "year", "month", "week", "weekend", "quarter", "season", "decade",
];

/// A period from now in tokens `range` of `doc`: its first token, the
/// fewest and most periods on it may place it and the period's word
/// ("year"), when the range holds exactly one.
fn period_in(doc: &Document, range: Range<usize>) -> Option<(usize, (i8, i8), &str)> {
    let mut found = range.filter_map(|k| {
        let (_, offset) = FROM_NOW.iter().find(|(w, _)| *w == doc.norm_at(k))?;
        let next = doc.norm_at(k + 1);
        let period = next
            .strip_suffix("'s")
            .or_else(|| next.strip_suffix("’s"))
            .unwrap_or(next);
        PERIODS.iter().find(|p| **p == period).map(|p| {
            let ahead = *offset == (0, 0) && AHEAD.contains(p);
            (k, if ahead { (0, 1) } else { *offset }, *p)
        })
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Findings for the periods from now the suspect side of `pair` moved: a
/// word swap that puts a source's "next year" at "this year". The sentence
/// may say "this year" elsewhere too: the swap itself moved a date.
pub(super) fn moved(src: &Document, doc: &Document, pair: &AlignedPair) -> Vec<Diagnostic> {
    pair.substitutions()
        .filter_map(|e| {
            // The period's word itself may sit just past the swapped word.
            let (was_at, was, period) = period_in(src, e.source.clone())?;
            let (now_at, now, same) = period_in(doc, e.suspect.clone())?;
            // Readings that may name one period are not a move.
            if was.0 <= now.1 && now.0 <= was.1 || same != period {
                return None;
            }
            let (start, end) = doc.token_span(now_at..now_at + 2);
            let said = |k: usize| format!("{} {}", doc.norm_at(k), doc.norm_at(k + 1));
            let before = format!("{} {}", src.norm_at(was_at), src.norm_at(was_at + 1));
            Some(
                Diagnostic::new(
                    start,
                    end,
                    format!("\"{before}\" became \"{}\": another period", said(now_at)),
                )
                .suggest(before.clone())
                .evidence(before),
            )
        })
        .collect()
}
