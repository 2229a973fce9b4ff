//! "Against" as a denial: a decision against an act is a decision not to
//! do it ("voted against going on strike" is "voted not to strike").

use crate::align::units::Units;
use crate::lexicon::wordnet::lemmas;
use crate::text::Document;
use crate::text::numbers::is_weekday;
use crate::text::tokens::TokenKind;

/// Verbs of deciding after which "against" and an act deny the act.
const DECISIONS: &[&str] = &["vote", "decide", "opt", "choose", "elect"];

/// Whether unit `k` of `units` is an "against" right after a verb of
/// deciding and right before an act ("decided against raising fares");
/// "voted against the plan" opposes a thing, and "voted against, saying"
/// names no act.
pub(super) fn decided_against(doc: &Document, units: &Units, k: usize) -> bool {
    let words = &units.text;
    if words[k] != "against" {
        return false;
    }
    let t = units.token[k];
    let act = doc
        .tokens
        .get(t + 1)
        .is_some_and(|n| n.kind == TokenKind::Word && n.norm.len() > 4 && n.norm.ends_with("ing"));
    // "voted 7 to 4 against releasing", "voted unanimously against
    // raising", "chose on Tuesday against returning": a tally, a manner or
    // a time between the verb and "against".
    let tally = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(w, "to" | "by" | "votes" | "-")
            || (w.len() > 4 && w.ends_with("ly"))
            || {
                let w = w.to_lowercase();
                TIMES.contains(&w.as_str()) || is_weekday(&w)
            }
    };
    let decision = |w: &str| lemmas(w).iter().any(|l| DECISIONS.contains(&l.as_str()));
    act && (k.saturating_sub(TALLY_REACH + 1)..k)
        .rev()
        .find(|&p| !tally(&words[p]))
        .is_some_and(|p| decision(&words[p]))
}

/// Words of a time, besides weekday names, that may stand between a verb
/// of deciding and its "against" ("on Tuesday afternoon", "last night").
const TIMES: &[&str] = &[
    "on",
    "at",
    "last",
    "this",
    "late",
    "early",
    "yesterday",
    "today",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
];

/// Words of a tally or manner ("7 to 4", "unanimously") that may stand
/// between a verb of deciding and its "against".
const TALLY_REACH: usize = 5;
