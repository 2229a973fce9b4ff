//! "Against" as a denial: a decision against an act is a decision not to
//! do it ("voted against going on strike" is "voted not to strike").

use crate::align::units::Units;
use crate::lexicon::wordnet::lemmas;
use crate::text::Document;
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
    act && k.checked_sub(1).is_some_and(|p| {
        units.token[p] + 1 == t
            && lemmas(&words[p])
                .iter()
                .any(|l| DECISIONS.contains(&l.as_str()))
    })
}
