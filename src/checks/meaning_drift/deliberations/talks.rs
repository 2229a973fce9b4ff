//! A meeting or vote still to come ("are due to discuss funding options",
//! "will vote on the plan") told as a decision taken or certain ("will
//! decide on funding options", "will approve the plan").

use super::DENIAL_REACH;
use crate::align::AlignedPair;
use crate::checks::meaning_drift::flag_unit;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::wordnet::share_lemma;
use crate::text::Document;

/// Phrases of a discussion still to come, which decides nothing yet.
const TALKS: &[&[&str]] = &[
    &["due", "to", "discuss"],
    &["due", "to", "debate"],
    &["meet", "to", "discuss"],
    &["meets", "to", "discuss"],
    &["will", "discuss"],
    &["will", "debate"],
];

/// Phrases of a decision or vote still to come, whose outcome is open.
const VOTES: &[&[&str]] = &[
    &["vote", "on"],
    &["votes", "on"],
    &["due", "to", "decide"],
    &["meet", "to", "decide"],
    &["will", "decide"],
];

/// Words that tell a discussion's matter decided ("will decide on").
const DECIDED: &[&str] = &["decide", "decides", "decided"];

/// Words that tell a vote's or decision's outcome ("will approve the plan").
const OUTCOMES: &[&str] = &[
    "approve", "approves", "approved", "adopt", "adopts", "adopted", "ratify", "ratifies",
    "ratified", "reject", "rejects", "rejected", "endorse", "endorses", "endorsed",
];

/// Words in the suspect that keep the outcome open ("will vote on whether
/// to approve", "may approve").
const OPEN: &[&str] = &[
    "whether",
    "if",
    "may",
    "might",
    "could",
    "expected",
    "likely",
    "vote",
    "votes",
    "voting",
    "discuss",
    "discussion",
    "debate",
    "consider",
    "proposal",
    "proposed",
];

/// A discussion or vote the source tells as still to come that the suspect
/// tells decided: "are due to discuss funding options" → "will decide on
/// funding options", "will vote on the plan" → "will approve the plan".
pub fn meeting_settled(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let holds = |table: &[&[&str]], words: &[&str]| {
        table
            .iter()
            .find(|p| words.windows(p.len()).any(|w| w == **p))
            .map(|p| p.join(" "))
    };
    let (talk, vote) = (holds(TALKS, tw), holds(VOTES, tw));
    if (talk.is_none() && vote.is_none()) || ow.iter().any(|w| OPEN.contains(w)) {
        return;
    }
    let stated = |w: &str| tw.iter().any(|t| share_lemma(t, w));
    let denied = |k: usize| {
        ow[k.saturating_sub(DENIAL_REACH)..k]
            .iter()
            .any(|w| is_negator_word(w))
    };
    let told = |k: usize| {
        let w = ow[k];
        let kind = (talk.is_some() && (DECIDED.contains(&w) || OUTCOMES.contains(&w)))
            || (vote.is_some() && OUTCOMES.contains(&w));
        kind && !stated(w) && !denied(k)
    };
    let Some(k) = (0..ow.len()).find(|&k| told(k)) else {
        return;
    };
    let was = talk.or(vote).unwrap_or_default();
    flag_unit(
        doc,
        src,
        pair,
        k,
        |now| format!("\"{was}\" became \"{now}\": a meeting still to come is told as decided"),
        out,
    );
}
