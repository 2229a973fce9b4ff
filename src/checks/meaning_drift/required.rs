//! Verbs of proving or checking that are required or asked for, not done:
//! "would need to show" → "would have to prove", "urged customers to check
//! that" → "to confirm that". A requirement asserts no finding, so a
//! stronger verb of proof in it claims no more.

use crate::text::Document;

/// Words that make the infinitive after them a requirement or a request
/// ("need to", "have to", "required to", "urged them to", "enough to").
const REQUIRING: &[&str] = &[
    "need",
    "needs",
    "needed",
    "needing",
    "have",
    "has",
    "had",
    "having",
    "required",
    "require",
    "requires",
    "asked",
    "ask",
    "asks",
    "urged",
    "urge",
    "urges",
    "told",
    "advised",
    "ordered",
    "obliged",
    "forced",
    "encouraged",
    "enough",
];

/// Forms of "have", which require only right before "to" ("had to").
const HAVE: &[&str] = &["have", "has", "had", "having"];

/// Modals of obligation that govern a bare verb ("must prove").
const OBLIGING: &[&str] = &["must", "should"];

/// Words that open a clause of its own, past which no requirement reaches.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "because", "but", "so", "while", "after", "said", "says",
];

/// How far back from the verb a requirement is looked for: a few
/// coordinated verbs ("have to order …, show proof").
const REACH: usize = 12;

/// Whether the verb at token `t` stands in a requirement or request: after
/// "must", or in an infinitive led by a requiring word two words or fewer
/// before its "to", within its own clause.
pub(super) fn required(doc: &Document, t: usize) -> bool {
    let Some(sentence) = doc.sentence_of(t) else {
        return false;
    };
    let start = doc.sentences[sentence]
        .tokens
        .start
        .max(t.saturating_sub(REACH));
    for p in (start..t).rev() {
        let w = doc.norm_at(p);
        if CLAUSE_OPENERS.contains(&w) {
            return false;
        }
        if OBLIGING.contains(&w) {
            return true;
        }
        // "had to prove", not "had managed to prove": "have" only right before "to".
        let led = |back: usize| {
            p.checked_sub(back)
                .filter(|&q| q >= start)
                .is_some_and(|q| {
                    let w = doc.norm_at(q);
                    REQUIRING.contains(&w) && (back == 1 || !HAVE.contains(&w))
                })
        };
        if w == "to" && (1..=3).any(led) {
            return true;
        }
    }
    false
}
