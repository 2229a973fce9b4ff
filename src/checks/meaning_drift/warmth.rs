//! A reaction's degree turned with its words reordered, so the aligner pairs
//! no replacement: a guarded welcome told as a warm one or the reverse
//! ("gave the plan a cautious welcome" → "warmly welcomed the plan",
//! "welcomed it cautiously" → "enthusiastically welcomed it"). Both sides
//! hold the same reaction word by stem; a degree kept by a word of its own
//! class ("cautious" → "guarded") passes, and a denied reaction is no degree.

use super::flag_unit;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::text::Document;
use crate::text::words::with_stem;

/// Words that hold a reaction back ("a cautious welcome").
const GUARDED: &[&str] = &[
    "cautious",
    "cautiously",
    "guarded",
    "guardedly",
    "qualified",
    "tentative",
    "tentatively",
    "lukewarm",
    "muted",
    "grudging",
    "grudgingly",
];

/// Words that give a reaction in full ("warmly welcomed").
const WARM: &[&str] = &[
    "warm",
    "warmly",
    "enthusiastic",
    "enthusiastically",
    "wholehearted",
    "wholeheartedly",
    "strong",
    "strongly",
    "full",
    "fully",
    "hearty",
    "heartily",
    "unreserved",
    "unreservedly",
];

/// Stems of the reactions a degree word qualifies ("welcomed", "backing",
/// "criticism").
const REACTIONS: &[&str] = &[
    "welcom", "support", "prais", "back", "endors", "applaud", "critic", "criticis", "oppos",
];

/// Units either side of a degree word read as the reaction it qualifies
/// ("gave the findings a cautious welcome", "welcomed the deal
/// wholeheartedly").
const REACH: usize = 3;

/// A degree word's class: guarded (`false`) or warm (`true`).
fn warmth(word: &str) -> Option<bool> {
    if GUARDED.contains(&word) {
        Some(false)
    } else if WARM.contains(&word) {
        Some(true)
    } else {
        None
    }
}

/// The reaction word within [`REACH`] of unit `k` of `words`, by its unit
/// and stem, none where a negation stands before it ("did not warmly
/// welcome").
fn reaction(words: &[&str], k: usize) -> Option<(usize, &'static str)> {
    let near = k.saturating_sub(REACH)..(k + REACH + 1).min(words.len());
    let found = near.clone().find_map(|i| {
        with_stem(words[i], |s| REACTIONS.iter().find(|&&r| r == s)).map(|&r| (i, r))
    })?;
    let denied = words[k.saturating_sub(REACH + 1)..near.end]
        .iter()
        .any(|w| is_negator_word(w));
    (!denied).then_some(found)
}

/// A degree word of the copy's that qualifies the same reaction as one of
/// the other class in the source, wherever the two stand in their
/// sentences.
pub fn warmth_turned(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    for k in 0..ow.len() {
        let Some(now) = warmth(ow[k]) else { continue };
        let Some((r, stem)) = reaction(ow, k) else {
            continue;
        };
        let turned = |j: usize| {
            warmth(tw[j]) == Some(!now) && reaction(tw, j).is_some_and(|(_, s)| s == stem)
        };
        let Some(j) = (0..tw.len()).find(|&j| turned(j)) else {
            continue;
        };
        let t = pair.suspect_units.token[k];
        let (start, end) = (doc.tokens[t].start, doc.tokens[t].end);
        // Inside a quotation (misquote's), or told already by another finding.
        if doc.quotes.encloses(t) || out.iter().any(|d| d.overlaps(start, end)) {
            continue;
        }
        let (was, is) = if now {
            ("guarded", "warm")
        } else {
            ("warm", "guarded")
        };
        let (theirs, ours) = (tw[j], ow[r]);
        flag_unit(
            doc,
            src,
            pair,
            k,
            |w| format!("\"{w}\" ({ours}): a {was} reaction (\"{theirs}\") told as a {is} one"),
            out,
        );
    }
}
