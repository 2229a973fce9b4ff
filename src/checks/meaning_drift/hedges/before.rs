//! What stands before a hedge word and makes it no hedge of the claim: a
//! refusal ("declined to comment on its likely"), a charge ("charged in
//! alleged"), a clause of purpose ("so that he could") or a question
//! ("whether it might").

/// Whether a refusal ("declined to", "refused to", "would not") stands
/// within [`REFUSAL_REACH`] words before word `k`.
pub(super) fn refused_before(words: &[String], k: usize) -> bool {
    (k.saturating_sub(REFUSAL_REACH)..k).any(|p| {
        p.checked_sub(1).is_some_and(|q| {
            matches!(
                (words[q].as_str(), words[p].as_str()),
                (
                    "declined" | "declines" | "declining" | "refused" | "refuses" | "refusing",
                    "to"
                ) | ("would" | "will", "not")
            )
        })
    })
}

/// Words a refusal may stand before the hedge it takes in ("declined to
/// comment on its likely").
const REFUSAL_REACH: usize = 6;

/// Whether a charge ("charged", "accused", "arrested") stands within
/// [`CHARGE_REACH`] words before word `k` ("charged in alleged").
pub(super) fn charged_before(words: &[String], k: usize) -> bool {
    words[k.saturating_sub(CHARGE_REACH)..k].iter().any(|p| {
        matches!(
            p.as_str(),
            "charged" | "accused" | "arrested" | "indicted" | "convicted" | "detained"
        )
    })
}

/// Words a charge may stand before the allegation it names.
const CHARGE_REACH: usize = 3;

/// Whether word `k` stands in a clause of purpose ("so that he could rest",
/// "in order that they might").
pub(super) fn purpose_before(words: &[String], k: usize) -> bool {
    (k.saturating_sub(PURPOSE_REACH)..k).any(|p| {
        words[p] == "that"
            && p.checked_sub(1)
                .is_some_and(|q| matches!(words[q].as_str(), "so" | "order"))
    })
}

/// Whether "whether" stands within [`PURPOSE_REACH`] words before word `k`,
/// or an "if" opening a clause with a subject of its own ("if they could
/// show", "if a sponsor could be found": the condition's modal hedges no
/// claim; "If convicted, they could face" still hedges).
pub(super) fn asked_before(words: &[String], k: usize) -> bool {
    let from = k.saturating_sub(PURPOSE_REACH);
    (from..k).any(|p| {
        words[p] == "whether"
            || words[p] == "if"
                && words
                    .get(p + 1)
                    .is_some_and(|w| SUBJECT_LEADS.contains(&w.as_str()))
    })
}

/// Words that open a clause's subject after "if": a pronoun or a determiner.
const SUBJECT_LEADS: &[&str] = &[
    "they", "it", "he", "she", "we", "you", "i", "a", "an", "the", "its", "their", "his", "her",
    "this", "that", "these", "those",
];

/// Words a purpose's "so that" or a question's "whether" may stand before its modal ("so that the
/// crew could").
const PURPOSE_REACH: usize = 4;
