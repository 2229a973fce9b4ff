//! Roles a figure may be given besides the figure reported: a forecast, an
//! estimate, a target ("beating estimates to reach 280" → "estimates of 280").

use super::findings::{describe, on_figure};
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::{Quantity, quantities};

/// The finding for suspect figure `q` of `pair`, which states source figure
/// `s`, given the role of an expectation the source did not give it
/// ("beating estimates to reach 280" → "estimates of 280"), if it was.
pub(super) fn role_given(
    src: &Document,
    s: &Quantity,
    doc: &Document,
    q: &Quantity,
    pair: &AlignedPair,
) -> Option<Diagnostic> {
    let intended = || {
        src.words(pair.source_tokens(src))
            .any(|(_, t)| INTENTION_VERBS.contains(&t.norm.as_str()))
    };
    // "a projected $18.2 million shortfall" → "a forecast one", "below the
    // $6.9 billion analyst estimate": the source gave the figure that role
    // in other words.
    let foreseen = || foreseen(src, s);
    let (Some(r), None) = (role(doc, q), role(src, s)) else {
        return None;
    };
    let intended_goal = matches!(r, "goal" | "target" | "targets") && intended();
    let foreseen_forecast = matches!(
        r,
        "forecast" | "forecasts" | "estimate" | "estimates" | "projection" | "projections"
    ) && foreseen();
    (!intended_goal && !foreseen_forecast).then(|| {
        let message = format!(
            "\"{}\" became the {r}, not the figure reported",
            describe(doc, q)
        );
        on_figure(doc, q, message).evidence(src.sentence_text(pair.source.start))
    })
}

/// Verbs that make a figure of the source a goal already ("aims to plant 40,000
/// trees" → "a goal of 40,000 trees").
const INTENTION_VERBS: &[&str] = &[
    "aim", "aims", "aimed", "plan", "plans", "planned", "target", "targets", "targeted", "seek",
    "seeks", "hopes", "wants", "intends",
];

/// Words around a figure searched for the words that make it a forecast.
const FORESEEN_REACH: usize = 6;

/// Whether source figure `q` is given the role of a forecast by the words
/// right around it: "a projected $18.2 million", "the $6.9 billion average
/// analyst estimate" (not "beat estimates to reach $4.2 billion"). Other
/// figures are passed over, so both figures of a change share its role
/// ("raised its forecast to 1.8 percent from 1.5 percent").
fn foreseen(src: &Document, q: &Quantity) -> bool {
    let sentence = src
        .sentence_of(q.tokens.start)
        .map_or(0..src.tokens.len(), |i| src.sentences[i].tokens.clone());
    let others = quantities(src, sentence.start..q.tokens.start);
    let in_other = |k: usize| others.iter().any(|o| o.tokens.contains(&k));
    // "to 1.8 percent from": the other figure of the change and its links.
    let linked = |k: usize| {
        matches!(src.tokens[k].norm.as_str(), "to" | "from")
            && (in_other(k + 1) || k.checked_sub(1).is_some_and(in_other))
    };
    let before = (sentence.start..q.tokens.start)
        .rev()
        .filter(|&k| !in_other(k) && !linked(k))
        .map(|k| &src.tokens[k])
        .filter(|t| t.is_wordlike())
        .take(FORESEEN_REACH)
        .any(|t| FORESEEING.contains(&t.norm.as_str()));
    let after = src
        .words(q.tokens.end..sentence.end)
        .take(FORESEEN_REACH)
        .any(|(_, t)| ROLE_NOUNS.contains(&t.norm.as_str()));
    // "now expects revenue of $5.3 billion to $5.5 billion, up from a
    // previous range of $4.9 billion to $5.1 billion": every figure the
    // subject expects is a forecast.
    let expected = src
        .words(sentence.start..q.tokens.start)
        .any(|(_, t)| EXPECTING.contains(&t.norm.as_str()));
    before || after || expected
}

/// Verbs by which a sentence's subject states the figures after them as its
/// forecast.
const EXPECTING: &[&str] = &[
    "expects",
    "forecasts",
    "predicts",
    "projects",
    "anticipates",
];

/// Words by which a source sentence gives a figure the role of a forecast.
const FORESEEING: &[&str] = &[
    "projected",
    "expected",
    "forecast",
    "predicted",
    "anticipated",
    "estimated",
    "estimate",
];

/// Nouns that give a figure the role of an expectation rather than a result.
const ROLE_NOUNS: &[&str] = &[
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "expectation",
    "expectations",
    "target",
    "targets",
    "projection",
    "projections",
    "guidance",
    "consensus",
    "goal",
    "prediction",
    "predictions",
];

/// The role noun directly governing the quantity (`estimates of 280`), if any.
fn role(doc: &Document, q: &Quantity) -> Option<&'static str> {
    let mut i = q.tokens.start;
    let mut skipped = 0;
    while i > 0 && skipped < 3 {
        i -= 1;
        let w = doc.tokens[i].norm.as_str();
        if let Some(r) = ROLE_NOUNS.iter().find(|r| **r == w) {
            return Some(r);
        }
        if !matches!(
            w,
            "of" | "about" | "around" | "roughly" | "nearly" | "some" | "at"
        ) {
            return None;
        }
        skipped += 1;
    }
    None
}
