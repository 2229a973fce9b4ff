//! Whether opposites beside a changed negation answer it.

use super::clause::beside;
use super::evidence;
use super::in_place;
use super::negation::Changed;
use super::swaps::{exchanged_opposites, exchanged_opposites_but};
use crate::align::{AlignedPair, Edit};
use crate::finding::Diagnostic;
use crate::lexicon::negation::implicit_negatives;
use crate::text::Document;

/// Whether opposites answer the changed negations: `Some(true)` when they
/// cancel them, `Some(false)` when the count is settled otherwise (opposites
/// exchanged elsewhere, or negations carried inside words), `None` when each
/// changed edit is still to be judged.
///
/// In-place antonyms beside a changed negation are exchanged opposites;
/// without in-place ones, opposites exchanged anywhere in the sentence.
/// A negation carried by a word of its own edit is answered there ("does
/// not apply to homes built after 2020" → "excluding homes built before
/// 2020"): an opposite in another edit of its clause is a flip of its
/// own, unless it swaps a negative word ("would not act unless asked" →
/// "would only act if asked"). A claim the source leaves untold told as
/// found or confirmed is never answered ("did not comment on" →
/// "confirmed").
pub(super) fn answered(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    changed: &[Changed],
    carried: &[bool],
    flips: &[Diagnostic],
    (a, b): (usize, usize),
) -> Option<bool> {
    // "did not comment on" → "confirmed": no negative word elsewhere
    // answers a claim left untold that the copy tells as found.
    if evidence::untold_made_told(doc, src, changed) {
        return None;
    }
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let negative = |d: &Diagnostic| {
        let now = doc.text[d.start..d.end].to_lowercase();
        [Some(now.as_str()), d.suggestion.as_deref()]
            .into_iter()
            .flatten()
            .any(|w| !implicit_negatives(&[w]).is_empty())
    };
    let answers = |d: &Diagnostic| {
        changed.iter().zip(carried).any(|((e, ..), &c)| {
            let at = doc.tokens.partition_point(|t| t.start < d.start);
            beside(doc, e, d) && (!c || e.suspect.contains(&at) || negative(d))
        })
    };
    let answering = if flips.is_empty() {
        exchanged_opposites(theirs, ours)
    } else {
        flips.iter().filter(|d| answers(d)).count()
    };
    if answering > 0 && (a.abs_diff(b) + answering).is_multiple_of(2) {
        return Some(true);
    }
    // In-place flips in other clauses stand on their own ("before" →
    // "after"); opposites exchanged elsewhere still answer the negation
    // ("kept it open" → "had not closed it").
    if answering == 0 && !flips.is_empty() {
        let flipped: Vec<&str> = flips
            .iter()
            .flat_map(|d| [d.suggestion.as_deref(), Some(&doc.text[d.start..d.end])])
            .flatten()
            .collect();
        let others = exchanged_opposites_but(theirs, ours, &flipped);
        if others > 0 && (a.abs_diff(b) + others).is_multiple_of(2) {
            return Some(false);
        }
    }
    if a != b {
        // A negation carried inside its own edit ("would not ring" →
        // "would stay silent") answers that edit alone: the other edits
        // are weighed without it, so its negative word excuses no denial
        // dropped elsewhere ("did not expect" → "expected").
        let mut own: Vec<&Edit> = Vec::new();
        let (mut ca, mut cb) = (0, 0);
        for ((e, added, na), _) in changed.iter().zip(carried).filter(|(_, c)| **c) {
            own.push(*e);
            ca += na;
            cb += added.len();
        }
        let (ra, rb) = (a.saturating_sub(ca), b.saturating_sub(cb));
        // Without them, a negative word of theirs still counts where it
        // reaches past them ("keep its forecast … unchanged").
        let alone = own.is_empty() || ra == rb;
        if in_place::implied_beside_restated(pair, a, b, &[])
            && (alone || in_place::implied_beside_restated(pair, ra, rb, &own))
        {
            return Some(false);
        }
    }
    None
}
