//! An amount stated without a figure, moved to another order of size:
//! "several hundred dollars" → "several thousand dollars", "hundreds of
//! jobs" → "thousands of jobs", "for weeks" → "for months". No figure
//! changed, yet the reader is told a size ten or a hundred times off.

use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::plain_number;
use std::ops::Range;

/// Words of size without a figure, each with its kind (0: a count's scale,
/// 1: a length of time) and its place among the words of its kind.
const SIZES: &[(&str, (u8, u8))] = &[
    ("dozens", (0, 1)),
    ("hundred", (0, 2)),
    ("hundreds", (0, 2)),
    ("thousand", (0, 3)),
    ("thousands", (0, 3)),
    ("million", (0, 6)),
    ("millions", (0, 6)),
    ("billion", (0, 9)),
    ("billions", (0, 9)),
    ("minutes", (1, 0)),
    ("hours", (1, 1)),
    ("days", (1, 2)),
    ("weeks", (1, 3)),
    ("months", (1, 4)),
    ("years", (1, 5)),
    ("decades", (1, 6)),
];

/// The one word of size without a figure in tokens `range` of `doc`, with
/// its token and its kind and place: none before it is a number ("3
/// million" is a figure, which the rule matches as one).
fn size_in(doc: &Document, range: Range<usize>) -> Option<(usize, (u8, u8))> {
    let mut found = doc.words(range).filter_map(|(k, t)| {
        let (_, size) = SIZES.iter().find(|(w, _)| *w == t.norm)?;
        let counted = k
            .checked_sub(1)
            .is_some_and(|p| plain_number(doc.norm_at(p)).is_some() || doc.norm_at(p) == "a");
        (!counted).then_some((k, *size))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Findings for the sizes without a figure that a word swap on the suspect
/// side of `pair` moved to another order: one word of size for another of
/// its kind. Inside a quotation misquote reports the change.
pub(super) fn resized(src: &Document, doc: &Document, pair: &AlignedPair) -> Vec<Diagnostic> {
    pair.substitutions()
        .filter_map(|e| {
            let (was_at, (kind, was)) = size_in(src, e.source.clone())?;
            let (now_at, (same_kind, now)) = size_in(doc, e.suspect.clone())?;
            let quoted = doc
                .quotes
                .quotes
                .iter()
                .any(|q| q.inner().contains(&now_at));
            if kind != same_kind || was == now || quoted {
                return None;
            }
            let (start, end) = doc.token_span(now_at..now_at + 1);
            let before = src.norm_at(was_at).to_string();
            Some(
                Diagnostic::new(
                    start,
                    end,
                    format!(
                        "\"{before}\" became \"{}\": another order of size",
                        doc.norm_at(now_at)
                    ),
                )
                .suggest(before.clone())
                .evidence(before),
            )
        })
        .collect()
}
