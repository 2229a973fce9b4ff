//! An approximation deleted from its figure ("for about $3.4 billion" → "for
//! $3.4 billion").

use super::dropped::flag_or_join;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;

/// Words that qualify a figure as approximate.
pub(super) const APPROXIMATIONS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "approximately",
    "over",
    "under",
    "just",
];

/// Words besides the [`APPROXIMATIONS`] that keep a figure approximate or
/// bounded when they stand just before it, or that mark it as an estimate.
const ESTIMATE_MARKS: &[&str] = &[
    "estimated",
    "estimate",
    "estimates",
    "up",
    "least",
    "more",
    "than",
    "close",
    "circa",
    "approx",
    "an",
];

/// How many words before a figure in the suspect may keep it approximate.
const APPROXIMATION_REACH: usize = 3;

/// A figure the source gives as approximate ("for about $3.4 billion") given
/// as exact ("for $3.4 billion").
pub(in crate::checks::meaning_drift) fn approximation_dropped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let Some(at) = (1..tw.len()).find(|&k| {
        matches!(
            tw[k - 1],
            "about" | "around" | "roughly" | "approximately" | "some" | "nearly" | "almost"
        ) && figure_len(tw, k) > 0
    }) else {
        return;
    };
    let (was, figure) = (tw[at - 1], &tw[at..at + figure_len(tw, at)]);
    let ours = &pair.suspect_units;
    // Only the approximation deleted, the word before it kept ("for about
    // $3.4 billion" → "for $3.4 billion"); a word put in its place is judged
    // as a substitution, and a suspect that still approximates a figure has
    // moved the figures, which number-drift reports.
    let before = at.checked_sub(2).map(|p| tw[p]);
    let Some(k) = (0..ow.len()).find(|&k| {
        ow[k..].starts_with(figure)
            && k.checked_sub(1).map(|p| ow[p]) == before
            && !doc.is_capitalized(ours.token[k])
    }) else {
        return;
    };
    let kept = ow.contains(&was)
        || ow[k.saturating_sub(APPROXIMATION_REACH)..k]
            .iter()
            .any(|w| APPROXIMATIONS.contains(w) || ESTIMATE_MARKS.contains(w))
        || ow[k + 1..].windows(2).take(3).any(|w| w == ["or", "so"]);
    if kept {
        return;
    }
    let figure = figure.join(" ");
    flag_or_join(
        doc,
        src,
        pair,
        k..k + figure.split(' ').count(),
        |now| format!("\"{was} {figure}\" became \"{now}\": the source's figure is approximate"),
        out,
    );
}

/// Words of the figure that `words` holds at `k`, none if none: digits or a
/// sum, "half", or an amount written with an article ("about a third").
fn figure_len(words: &[&str], k: usize) -> usize {
    let w = words[k];
    if w.starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c)) || w == "half" {
        1
    } else if matches!(w, "a" | "an")
        && words
            .get(k + 1)
            .is_some_and(|n| super::ARTICLE_AMOUNTS.contains(n))
    {
        2
    } else {
        0
    }
}
