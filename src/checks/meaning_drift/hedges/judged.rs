//! Hedges told by a passive judgement ("are considered more vulnerable",
//! "is regarded as safe", "is seen as a risk").

use crate::checks::grammar::{BE, linked_adjective};

/// Adverbs that may stand between a form of "be" and its judgement ("is
/// widely considered", "are generally regarded").
const JUDGED_ADVERBS: &[&str] = &[
    "widely",
    "generally",
    "often",
    "also",
    "still",
    "now",
    "largely",
    "increasingly",
    "usually",
    "commonly",
];

/// Words after "considered" or "deemed" that make it a judgement of its
/// subject ("considered more vulnerable", "considered one of the biggest
/// threats", "considered to be"), not a matter weighed ("considered by the
/// committee", "considered separately").
const JUDGED_AS: &[&str] = &[
    "more", "less", "most", "least", "one", "among", "a", "an", "too",
];

/// Whether word `k` of `words` is a judgement told in the passive ("are
/// considered more vulnerable", "is widely regarded as", "was deemed unsafe"):
/// a view held of the claim, not the claim itself.
pub(super) fn passive_judgement(words: &[String], k: usize) -> bool {
    let Some(mut p) = k.checked_sub(1) else {
        return false;
    };
    if JUDGED_ADVERBS.contains(&words[p].as_str()) {
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        p = q;
    }
    if !BE.contains(&words[p].as_str()) {
        return false;
    }
    let at = |i: usize| words.get(i).map(String::as_str);
    match (words[k].as_str(), at(k + 1)) {
        ("regarded" | "seen" | "viewed", Some(next)) => next == "as",
        ("considered" | "deemed", Some("to")) => matches!(at(k + 2), Some("be" | "have")),
        // "would be considered as part of the application": weighed, not judged.
        ("considered" | "deemed", Some(next)) => {
            JUDGED_AS.contains(&next) || linked_adjective(next)
        }
        _ => false,
    }
}
