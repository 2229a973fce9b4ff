//! Suspect figures worked out from the source's ("a third of 312" → "104",
//! "doubled" → "rose 100%"): they change nothing, and the figures they were
//! worked from are stated.

use super::approximation::hedged;
use super::around::noun_after;
use super::bounded_share::{bounds_figures, bounds_gap};
use super::derived::{derived_from, gap_to};
use super::multiples::{bounded_ratio_of, ratio_of, restates_multiple, says_multiple};
use super::periods::is_interval;
use super::swaps::transposed;
use super::{PairCheck, Sorted, parts};
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use std::borrow::Cow;

impl<'a> PairCheck<'a> {
    /// Drops from the unexplained figures of `sorted` those worked out from
    /// the pair's source figures, or from figures of other source sentences
    /// the suspect sentence restates ("admitted 1,470 … up from 1,050" merged
    /// → "a 40% jump from 1,050"), and takes the figures they were worked
    /// from. A slip of the digits ("$2.1 million" → "$1.2 million") stays,
    /// however the new figure could be worked out.
    pub(super) fn drop_worked_out(&mut self, sorted: &mut Sorted<'a>) {
        let (doc, src, theirs, ours) = (self.art.doc, self.art.src, self.theirs, self.ours);
        let all_source = &self.art.all_source;
        // Copied only when the sentence merged any in and a figure needs them.
        let merged: Vec<&Quantity> = if sorted.unexplained.is_empty() {
            Vec::new()
        } else {
            all_source
                .iter()
                .filter(|s| sorted.elsewhere.iter().any(|q| s.same_value(q)))
                .filter(|s| !theirs.iter().any(|t| t.same_value(s)))
                .collect()
        };
        let pool: Cow<[Quantity]> = if merged.is_empty() {
            Cow::Borrowed(theirs)
        } else {
            Cow::Owned(theirs.iter().chain(merged).cloned().collect())
        };
        let source_words = &self.source_words;
        let used = &mut self.used;
        sorted.unexplained.retain(|q| {
            if theirs
                .iter()
                .zip(used.iter())
                .any(|(s, used)| !*used && transposed(src, s, doc, q))
            {
                return true;
            }
            // "doubled … to 24" → "from 12 to 24"; "13 counts, 11 of
            // fraud and two of laundering".
            if restates_multiple(q, source_words)
                || parts::multiplied_from(q, theirs, source_words)
                || parts::multiplied_to(src, doc, q, theirs, source_words)
                || parts::total_of_listed(q, ours, theirs)
            {
                return false;
            }
            let interval = is_interval(doc, q);
            let worked = if noun_after(doc, q) == Some("times") || says_multiple(doc, q) {
                ratio_of(q, &pool, hedged(doc, q)).or_else(|| bounded_ratio_of(doc, q, &pool))
            } else {
                derived_from(&as_points(doc, q), &pool, hedged(doc, q))
            };
            // "270,000 more than the 1.19 million who came in 2023": the
            // gap to a figure of this sentence from one stated elsewhere.
            if worked.is_none() {
                let after: Vec<&str> = doc
                    .tokens
                    .get(q.tokens.end..)
                    .unwrap_or_default()
                    .iter()
                    .take(2)
                    .map(|t| t.norm.as_str())
                    .collect();
                if gap_to(q, &after, &pool, all_source, hedged(doc, q)) {
                    return false;
                }
            }
            if !interval
                && worked.is_some_and(|from| {
                    for k in from {
                        if let Some(u) = used.get_mut(k) {
                            *u = true;
                        }
                    }
                    true
                })
            {
                return false;
            }
            // "19 minutes, less than half the 45 minutes the bus takes".
            // "38.5 minutes, against 30" → "more than eight minutes over".
            !bounds_figures(doc, q, ours, theirs, all_source) && !bounds_gap(doc, q, &pool)
        });
    }
}

/// Figure `q` as a change of percentage points when it counts bare "points"
/// ("a fall of 25 points" for 79% against 54%); any other figure as it is.
/// Only a gap between two source percentages can explain it so.
fn as_points<'q>(doc: &Document, q: &'q Quantity) -> Cow<'q, Quantity> {
    if q.unit == Unit::Plain
        && q.measure.is_none()
        && matches!(noun_after(doc, q), Some("points" | "point"))
    {
        let mut points = q.clone();
        (points.unit, points.measure) = (Unit::Percent, Some("point"));
        Cow::Owned(points)
    } else {
        Cow::Borrowed(q)
    }
}
