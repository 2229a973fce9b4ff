//! The words that carry a negation in their meaning, by base form.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Base forms that carry a negation in their meaning: "lost" is "no longer
/// has", "waived" is "did not charge", "unable" is "could not".
pub(super) static IMPLICIT: &[&str] = &[
    "lose",
    "lack",
    "stop",
    "halt",
    "cease",
    "quit",
    "withhold",
    "waive",
    "bar",
    "ban",
    "forbid",
    "prohibit",
    "prevent",
    "exclude",
    "deny",
    // "was refused permission" → "was not given permission".
    "refuse",
    // "cleared him on three counts" → "found him not guilty on three".
    "acquit",
    "clear",
    // "would oppose any cuts" → "would accept no cuts".
    "oppose",
    "reject",
    "avoid",
    "escape",
    "omit",
    "skip",
    "abandon",
    "scrap",
    "cancel",
    "hide",
    "conceal",
    "shortage",
    "short",
    "scarce",
    "absent",
    "absence",
    "insufficient",
    "inadequate",
    "impossible",
    "inability",
    "ineligible",
    "invalid",
    "confidential",
    "secret",
    // "had never wanted to strike" → "had always been reluctant to
    // strike": "reluctant" is "not willing".
    "reluctant",
    // "not yet empty" → "still stocked"; "ends her hopes of" → "cannot".
    "empty",
    "end",
    // "acquitted" → "found not guilty".
    "acquit",
    // "would not be shelved" → "would not be abandoned"; "shelved" is
    // "will not go ahead".
    "shelve",
    // "the same as" → "do not differ from".
    "differ",
    // "asked not to be named" → "requested anonymity".
    "anonymity",
    "anonymous",
    "free",
    "doubt",
    "spare",
    // "Not everyone welcomed the project" → "The project has its critics".
    "critic",
    "suspend",
    "shut",
    "flat",
    "steady",
    "stable",
    "unless",
    "except",
    "only",
    // "ignored warnings" → "failed to act on warnings".
    "ignore",
    // "failing to comply with" → "breaching".
    "breach",
    "violate",
    "flout",
    // "had wrongly admitted" → "should not have admitted".
    "wrongly",
    "wrongfully",
    // "no longer sits on the council" → "has left the council".
    "leave",
    // "did not speak" → "stayed silent"; "little warning" → "minimal warning".
    "silent",
    "minimal",
    "scant",
    // "had not expected to reach the final" → "reaching it came as a surprise".
    "surprise",
    // "had not kept pace" → "has lagged".
    "lag",
    // "missed three weeks" → "was sidelined for three weeks".
    "sideline",
    // "strip planets of their air" → "leave planets without air".
    "strip",
    "deprive",
    // "will not cut the budget" → "will keep the budget intact".
    "intact",
    // "will not pay a dividend" → "has axed its dividend".
    "axe",
    // "could not be discharged" → "stuck in beds".
    "stuck",
    // "fixed at £30m and will not rise" → "capped at £30m".
    "capped",
    // "will not be rebuilt on the same site" → "will be rebuilt elsewhere".
    "elsewhere",
    // "would not happen for five years" → "was five years away".
    "away",
    // "has not operated since March" → "has been idle since March".
    "idle",
    // "did not approve the merger" → "blocked the merger".
    "block",
    // "has not been able to recruit" → "has struggled to recruit".
    "struggle",
    // "has yet to approve the deal" → "the deal is awaiting approval".
    "await",
    "pending",
    // "did not allow the appeal" → "dismissed the appeal"; "vetoed the
    // bill" → "refused to sign it".
    "dismiss",
    "veto",
    // "two members abstained" → "two members did not vote"; "refrained
    // from voting" restates it too.
    "abstain",
    "abstention",
    "refrain",
    // "was not working" → "was broken": the participle only.
    "broken",
    // "had not worked" → "had failed" ("failed to" is an explicit negator).
    "fail",
    // "discourages the sale" → "advises against selling" (whose "against"
    // is an explicit negator).
    "discourage",
    "deter",
    "dissuade",
    // "clothes going missing" → "clothes going astray".
    "astray",
    // "monitors were not working" → "monitors were offline".
    "offline",
];

/// Where `x` first stands in [`IMPLICIT`], by a table rather than a scan.
pub(super) fn implicit_rank(x: &str) -> Option<usize> {
    static RANKS: OnceLock<FxHashMap<&str, usize>> = OnceLock::new();
    let ranks = || IMPLICIT.iter().enumerate().rev().map(|(i, x)| (*x, i));
    RANKS.get_or_init(|| ranks().collect()).get(x).copied()
}
