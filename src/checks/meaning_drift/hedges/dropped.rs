//! Whether a hedge was dropped once the words that keep one are counted,
//! or moved elsewhere, or went with its claim.

use super::keepers::keepers;
use super::kept::{denials_kept, wishes};
use super::words::{hedges, hedging};
use crate::lexicon::determiners::is_possessive;
use crate::text::words::{is_stopword, shares_root, stem};

/// Verbs of intention that keep an expectation the subject has of its own acts.
const INTENTIONS: &[&str] = &[
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "intending",
];

/// Verbs of hoping that a verb of wish keeps ("hope to" → "want to").
const HOPES: &[&str] = &["hope", "hopes", "hoped", "hoping"];

/// Verbs of belief whose opinion "in her view" or "attributed … to" keeps.
const BELIEFS: &[&str] = &[
    "believe", "believes", "believed", "think", "thinks", "thought",
];

/// Words after "attributed" within which its "to" is looked for ("attributed
/// the fall in sales to").
const ATTRIBUTED_REACH: usize = 8;

/// Words in `words` that tell a speaker's opinion as theirs: "in her view",
/// "in his opinion", "attributed the fall to" (a cause the speaker assigns).
fn opinions(words: &[String]) -> usize {
    (0..words.len())
        .filter(|&k| match words[k].as_str() {
            "view" | "opinion" => k.checked_sub(1).is_some_and(|p| is_possessive(&words[p])),
            "attributed" | "attributes" | "attributing" => words[k + 1..]
                .iter()
                .take(ATTRIBUTED_REACH)
                .any(|n| n == "to"),
            _ => false,
        })
        .count()
}

/// Whether `to` states with fewer hedges than `from`, once the hedge keepers
/// that `to` has beyond `from`'s are counted as hedges, and the source
/// hedges that `to` names by a word of their own stem ("most had expected
/// the decision" → "in line with most expectations").
pub(super) fn fewer_hedges(from: &[String], to: &[String]) -> bool {
    let stated = hedges(from);
    if stated == 0 {
        return false;
    }
    // "said they expected to announce" → "said they planned to": an
    // intention of their own, no more asserted than an expectation (a
    // possibility, "may seek", told as a plan is asserted more).
    let expectation = from.iter().any(|w| w.starts_with("expect"));
    let intentions = |words: &[String]| {
        words
            .iter()
            .filter(|w| INTENTIONS.contains(&w.as_str()))
            .count()
    };
    let intended = if expectation {
        intentions(to).saturating_sub(intentions(from))
    } else {
        0
    };
    // "she believed the fall was" → "in her view, the fall was": a belief
    // told as the speaker's opinion.
    let believed = from.iter().any(|w| BELIEFS.contains(&w.as_str()));
    let opinion = if believed {
        opinions(to).saturating_sub(opinions(from))
    } else {
        0
    };
    // "hoping to rent" → "who want", "hope to dig" → "aspire to dig": a
    // hope told as a wish.
    let hoped = from.iter().any(|w| HOPES.contains(&w.as_str()));
    let wished = if hoped {
        wishes(to).saturating_sub(wishes(from))
    } else {
        0
    };
    let others = intended + opinion + wished + denials_kept(from, to);
    let unkept = keepers(from)
        + super::valuations::approximations_unkept(from, to)
        + super::keepers::examinations_restated(from, to);
    let kept = hedges(to) + keepers(to).saturating_sub(unkept) + others;
    let dropped = stated.saturating_sub(kept);
    if dropped == 0 {
        return false;
    }
    let named = (0..from.len())
        .filter(|&k| hedging(from, k))
        // A modal has no other form to name it by: "could fill" → "filling,
        // … could no longer afford" keeps no hedge.
        .filter(|&k| !matches!(from[k].as_str(), "could" | "might" | "should"))
        .filter(|&k| {
            let root = stem(&from[k]);
            root.len() >= MIN_HEDGE_STEM
                && (0..to.len()).any(|j| to[j].starts_with(root.as_str()) && !hedging(to, j))
        })
        .take(dropped)
        .count();
    dropped > named
}

/// Shortest stem of a hedge that a word of its own stem is found by
/// ("expect", "predict", "estim"; not "may").
const MIN_HEDGE_STEM: usize = 5;

/// Content words after a hedge that make up the claim it governs.
const CLAIM_WORDS: usize = 3;

/// Whether each hedge of `from` governs a claim that `to` leaves out: the
/// first [`CLAIM_WORDS`] content words after the hedge ("expected fresh
/// sandbag deliveries" → "criticised the county") lie in `from` and share no
/// root with a word of `to`. The claim went with its hedge; omitted-content
/// and unsupported-content judge that, and no hedge was dropped from a claim
/// kept.
pub(super) fn hedged_claims_gone(from: &[String], to: &[String]) -> bool {
    let mut hedged = (0..from.len()).filter(|&k| hedging(from, k)).peekable();
    hedged.peek().is_some()
        && hedged.all(|k| {
            let claim: Vec<&String> = from[k + 1..]
                .iter()
                .filter(|w| !is_stopword(w))
                .take(CLAIM_WORDS)
                .collect();
            claim.len() == CLAIM_WORDS
                && claim.iter().all(|w| !to.iter().any(|o| shares_root(o, w)))
        })
}

/// Whether every hedge of the edit `te` still stands elsewhere in the suspect
/// sentence as often as in the source, in a form of its stem ("if the trial
/// is fast, but most investors expected a later date" → "Most investors
/// expected a later date, …"; "the trust expects to add scanners" →
/// "scanners are expected to be added"): the rewrite moved the hedge, it did
/// not drop it.
pub(super) fn hedges_moved(te: &[String], from: &[String], to: &[String]) -> bool {
    let count = |words: &[String], w: &str| {
        let root = stem(w);
        words.iter().filter(|x| *x == w || stem(x) == root).count()
    };
    let mut hedged = (0..te.len()).filter(|&k| hedging(te, k)).peekable();
    hedged.peek().is_some() && hedged.all(|k| count(to, &te[k]) >= count(from, &te[k]))
}
