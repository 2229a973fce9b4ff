//! A winning run carried on: "having won the last three" → "chasing a
//! fourth straight win". The run's next win is numbered one past the wins
//! the source counted. So is the next of a count ("after two terms" → "a
//! third term").

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use crate::text::words::{is_stopword, stem};

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

/// The source figure (index into `theirs`, the pair's) that suspect ordinal
/// `q` numbers the next one after: a bare count one less, of the noun the
/// ordinal names ("did not stand again after two terms" → "chose not to run
/// for a third term").
pub(super) fn next_after(
    doc: &Document,
    q: &Quantity,
    src: &Document,
    theirs: &[Quantity],
) -> Option<usize> {
    let noun = |d: &Document, x: &Quantity| {
        let w = d.norm_at(x.tokens.end);
        (!w.is_empty() && !is_stopword(w)).then(|| stem(w))
    };
    let named = noun(doc, q).filter(|_| q.unit == Unit::Ordinal)?;
    theirs.iter().position(|s| {
        s.unit == Unit::Plain
            && s.measure.is_none()
            && s.value >= 1.0
            && s.value + 1.0 == q.value
            && noun(src, s).as_ref() == Some(&named)
    })
}

/// The source figure (index into `theirs`, the pair's) that suspect figure
/// `q` tells as a run another way: an ordinal as a count or a count as an
/// ordinal, both marked as a run ("the 18th consecutive month" → "18
/// months in a row").
pub(super) fn run_retold(
    doc: &Document,
    q: &Quantity,
    src: &Document,
    theirs: &[Quantity],
) -> Option<usize> {
    let count = |x: &Quantity| x.unit != Unit::Ordinal && x.measure.is_none();
    let ordinal = |x: &Quantity| x.unit == Unit::Ordinal;
    if !marks_run(doc, q) {
        return None;
    }
    theirs.iter().position(|s| {
        s.value == q.value
            && ((ordinal(s) && count(q)) || (ordinal(q) && count(s)))
            && marks_run(src, s)
    })
}

/// Most words after a figure that may mark it as a run ("months in a row").
const RUN_REACH: usize = 4;

/// Whether words just after figure `q` mark it as a run: "consecutive",
/// "straight", "successive", "running" or "in a row".
fn marks_run(doc: &Document, q: &Quantity) -> bool {
    let after: Vec<&str> = (q.tokens.end..q.tokens.end + RUN_REACH)
        .map(|k| doc.norm_at(k))
        .collect();
    after
        .iter()
        .any(|w| RUN_WORDS.contains(w) || *w == "running")
        || after.windows(3).any(|w| w == ["in", "a", "row"])
}
