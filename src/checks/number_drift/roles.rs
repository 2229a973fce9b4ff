//! Roles a figure may be given besides the figure reported: a forecast, an
//! estimate, a target ("beating estimates to reach 280" → "estimates of 280").

use crate::text::Document;
use crate::text::numbers::Quantity;

/// Verbs that make a figure of the source a goal already ("aims to plant 40,000
/// trees" → "a goal of 40,000 trees").
pub(super) const INTENTION_VERBS: &[&str] = &[
    "aim", "aims", "aimed", "plan", "plans", "planned", "target", "targets", "targeted", "seek",
    "seeks", "hopes", "wants", "intends",
];

/// Words around a figure searched for the words that make it a forecast.
const FORESEEN_REACH: usize = 6;

/// Whether source figure `q` is given the role of a forecast by the words
/// right around it: "a projected $18.2 million", "the $6.9 billion average
/// analyst estimate" (not "beat estimates to reach $4.2 billion").
pub(super) fn foreseen(src: &Document, q: &Quantity) -> bool {
    let sentence = src
        .sentence_of(q.tokens.start)
        .map_or(0..src.tokens.len(), |i| src.sentences[i].tokens.clone());
    let before = (sentence.start..q.tokens.start)
        .rev()
        .map(|k| &src.tokens[k])
        .filter(|t| t.is_wordlike())
        .take(FORESEEN_REACH)
        .any(|t| FORESEEING.contains(&t.norm.as_str()));
    let after = src
        .words(q.tokens.end..sentence.end)
        .take(FORESEEN_REACH)
        .any(|(_, t)| ROLE_NOUNS.contains(&t.norm.as_str()));
    before || after
}

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
pub(super) fn role(doc: &Document, q: &Quantity) -> Option<&'static str> {
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
