//! "should" in a clause that a ruling or an order governs ("ruled that she
//! should be suspended"): what is ordered, not a hedge on a claim.

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
