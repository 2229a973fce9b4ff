//! "should" in a clause that a ruling or an order governs ("ruled that she
//! should be suspended"): what is ordered, not a hedge on a claim; and a
//! permission or duty told by its verb ("may irrigate" → "allow … to irrigate").

use super::words::hedging;

/// Verbs of ruling, ordering or requiring whose "that" clause takes a
/// "should" of what is to be done.
const MANDATING: &[&str] = &[
    "ruled",
    "ruling",
    "rules",
    "ordered",
    "ordering",
    "orders",
    "directed",
    "directing",
    "decreed",
    "decided",
    "demanded",
    "demanding",
    "insisted",
    "required",
    "stipulated",
    "recommended",
    "recommending",
];

/// Words before "should" within which the governing "that" is looked for
/// (a long subject: "that the former chief executive should").
const SUBJECT_REACH: usize = 8;

/// Whether word `k` of `words`, a "should", stands in a "that" clause
/// governed by a verb of ruling or ordering one or two words before the
/// "that" ("ruling instead that she should be suspended").
pub(super) fn mandated(words: &[String], k: usize) -> bool {
    (k.saturating_sub(SUBJECT_REACH)..k)
        .rev()
        .find(|&p| words[p] == "that")
        .is_some_and(|p| {
            words[p.saturating_sub(2)..p]
                .iter()
                .any(|w| MANDATING.contains(&w.as_str()))
        })
}

/// Words of permission that restate a "may" of what a rule lets someone do
/// ("growers may irrigate" → "the rules allow growers to irrigate").
const PERMITTING: &[&str] = &[
    "allow",
    "allows",
    "allowed",
    "permit",
    "permits",
    "permitted",
    "entitled",
    "entitles",
];

/// Stems of permission the source may have said already beside its "may"
/// ("may allow lorries", "may enable"); "let" is matched whole.
const PERMISSIONS: &[&str] = &["allow", "permit", "entitl", "enabl"];

/// Words of requirement that restate a "should" of what a rule asks ("a
/// failed light should trigger an alarm" → "the rules require a failed light
/// to set off an alarm").
const REQUIRING: &[&str] = &["require", "requires", "required", "oblige", "obliges"];

/// Words before a dropped "may" or "should"'s edit within which a verb of
/// permission or requirement may restate it ("require a failed light to").
pub(super) const RULE_REACH: usize = 4;

/// Whether every hedge of the edit `te` is a "may" of permission or a
/// "should" of duty that the suspect's words `before` the edit restate by a
/// word of permission or requirement, where the source sentence `from` has
/// none: the rule is told by its verb, no claim made firm. A source that
/// has one already ("may allow lorries" → "allows lorries") hedged that verb.
pub(super) fn rule_restated(te: &[String], from: &[String], before: &[String]) -> bool {
    let told = |words: &[&str], roots: &[&str]| {
        before.iter().any(|w| words.contains(&w.as_str()))
            && !from.iter().any(|w| {
                roots.iter().any(|r| w.starts_with(r))
                    || matches!(w.as_str(), "let" | "lets" | "letting")
            })
    };
    let mut hedged = (0..te.len()).filter(|&k| hedging(te, k)).peekable();
    hedged.peek().is_some()
        && hedged.all(|k| match te[k].as_str() {
            "may" => told(PERMITTING, PERMISSIONS),
            "should" => told(REQUIRING, &["requir", "oblig"]),
            _ => false,
        })
}
