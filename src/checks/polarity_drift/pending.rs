//! A process told as decided: "was considering a challenge but had not
//! decided whether to proceed" → "has decided to launch a challenge". The
//! denial left with the contrast that held the decision open; what the copy
//! settles is meaning-drift's, no flip of its own.

use crate::lexicon::wordnet::lemmas;
use crate::text::Document;

/// Base forms of verbs naming a process still under way, whose decision a
/// contrasting denial leaves open ("was reviewing … but no decision had
/// been made").
const PENDING: &[&str] = &[
    "consider",
    "weigh",
    "review",
    "explore",
    "study",
    "examine",
    "apply",
    "seek",
    "discuss",
    "debate",
    "mull",
    "contemplate",
];

/// Words opening a contrast clause ("but", "though"; not the "yet" of "not
/// yet").
const CONTRAST: &[&str] = &["but", "though", "although", "while"];

/// Tokens before a negator searched for the contrast opening its clause
/// ("but has not yet decided").
const CONTRAST_REACH: usize = 4;

/// Words after a negator searched for the decision it denies ("no final
/// decision", "had not yet decided").
const DECISION_REACH: usize = 3;

/// Whether source negator `t` denies a decision in a contrast clause after
/// a process its sentence names ("was considering a minibus service, but no
/// decision has been made"), and the suspect's words `ours` name no such
/// process: the copy tells the process as decided. A denied act of another
/// kind ("was reviewing fares, but no order had been placed" → "an order
/// has been placed") is the count's to weigh.
pub(super) fn outcome_settled(src: &Document, t: usize, ours: &[&str]) -> bool {
    let Some(s) = src.sentence_of(t) else {
        return false;
    };
    let sentence = src.sentences[s].tokens.clone();
    // The contrast first: a plain look-up before any lemmas.
    let Some(c) = (t.saturating_sub(CONTRAST_REACH).max(sentence.start)..t)
        .rev()
        .find(|&k| CONTRAST.contains(&src.tokens[k].norm.as_str()))
    else {
        return false;
    };
    let decision = |w: &str| w == "decision" || lemmas(w).iter().any(|l| l == "decide");
    let pending = |w: &str| lemmas(w).iter().any(|l| PENDING.contains(&l.as_str()));
    src.words(t + 1..sentence.end)
        .take(DECISION_REACH)
        .any(|(_, w)| decision(&w.norm))
        && src.words(sentence.start..c).any(|(_, w)| pending(&w.norm))
        && !ours.iter().any(|w| pending(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settled(source: &str, negator: &str, suspect: &[&str]) -> bool {
        let src = Document::new(source);
        let t = src
            .tokens
            .iter()
            .position(|x| x.norm == negator)
            .expect("negator");
        outcome_settled(&src, t, suspect)
    }

    #[test]
    fn a_pending_process_told_as_complete() {
        let source =
            "The group was considering a legal challenge but had not decided whether to proceed.";
        assert!(settled(
            source,
            "not",
            &["has", "decided", "to", "launch", "a", "challenge"]
        ));
        // The process still named: the denial is the count's to weigh.
        assert!(!settled(
            source,
            "not",
            &["was", "considering", "a", "challenge"]
        ));
        // No process before the contrast.
        assert!(!settled(
            "The group had not decided whether to proceed.",
            "not",
            &["decided"]
        ));
        let placed = "The firm was considering new ferries, but no order had been placed.";
        assert!(!settled(
            placed,
            "no",
            &["an", "order", "has", "been", "placed"]
        ));
        let review = "It was reviewing the plan, but no decision had been made.";
        assert!(settled(
            review,
            "no",
            &["would", "bring", "in", "volunteers"]
        ));
    }
}
