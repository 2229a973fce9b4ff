//! A winning run carried on: "having won the last three" → "chasing a
//! fourth straight win". The run's next win is numbered one past the wins
//! the source counted.

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};

/// Words after an ordinal that make it a place in a run ("a fourth straight
/// win").
const RUN_WORDS: &[&str] = &["straight", "successive", "consecutive"];

/// Verbs of going after the next win of a run ("chasing a fourth straight
/// title").
const PURSUIT_VERBS: &[&str] = &[
    "chase",
    "chases",
    "chasing",
    "seek",
    "seeks",
    "seeking",
    "bid",
    "bids",
    "bidding",
    "eye",
    "eyes",
    "eyeing",
    "target",
    "targets",
    "targeting",
    "pursue",
    "pursues",
    "pursuing",
];

/// Words looked back from the ordinal for the verb of pursuit.
const PURSUIT_REACH: usize = 3;

/// The source figure (of `all_source`) that suspect ordinal `q`, the next
/// place in a run that is being chased, continues: the count of the run so
/// far, one less, stated as the last or previous wins ("won the last three
/// editions", "three straight titles").
pub(super) fn continued<'a>(
    doc: &Document,
    q: &Quantity,
    src: &Document,
    all_source: &'a [Quantity],
) -> Option<&'a Quantity> {
    let runs = RUN_WORDS.contains(&doc.norm_at(q.tokens.end));
    let before = q.tokens.start.saturating_sub(PURSUIT_REACH)..q.tokens.start;
    let chased = doc
        .words(before)
        .any(|(_, t)| PURSUIT_VERBS.contains(&t.norm.as_str()));
    if q.unit != Unit::Ordinal || !runs || !chased {
        return None;
    }
    all_source.iter().find(|s| {
        let last = s
            .tokens
            .start
            .checked_sub(1)
            .is_some_and(|p| matches!(src.norm_at(p), "last" | "previous" | "past"));
        let run = RUN_WORDS.contains(&src.norm_at(s.tokens.end));
        s.unit == Unit::Plain && s.measure.is_none() && s.value + 1.0 == q.value && (last || run)
    })
}
