//! Plans the suspect states as done or under way.

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::wordnet::{VERB, lemmas, parts_of_speech};
use crate::text::Document;

/// Phrases that put an act still to come ("plans to freeze", "would hold").
const PLANNED: &[&[&str]] = &[
    &["plans", "to"],
    &["plan", "to"],
    &["planned", "to"],
    &["planning", "to"],
    &["intends", "to"],
    &["intend", "to"],
    &["aims", "to"],
    &["is", "to"],
    &["are", "to"],
    &["will"],
    &["would"],
    &["expects", "to"],
    &["expected", "to"],
    &["set", "to"],
    &["wants", "to"],
    &["hopes", "to"],
    &["seeks", "to"],
    &["proposes", "to"],
    &["proposed", "to"],
    &["proposing", "to"],
    &["intending", "to"],
    &["aiming", "to"],
    &["aim", "to"],
    &["hoping", "to"],
    &["seeking", "to"],
];

/// Verbs of intention whose act, told in the progressive, is under way
/// ("plans to close" → "is closing"); a schedule or a forecast ("is to
/// close", "expected to close") already tells it as coming.
const INTENDING: &[&str] = &[
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "intend",
    "intending",
    "aims",
    "aim",
    "aiming",
    "proposes",
    "proposed",
    "proposing",
    "wants",
    "hopes",
    "hoping",
    "seeks",
    "seeking",
];

/// Words before a done form that still keep it to come ("will have held",
/// "plans to have frozen") or make it a condition.
const STILL_TO_COME: &[&str] = &[
    "will", "would", "to", "could", "may", "might", "shall", "should", "must", "if", "once",
    "unless", "when", "until", "before",
];

/// Words that may stand between an auxiliary and its verb ("has also frozen").
const BETWEEN: &[&str] = &["also", "already", "now", "since", "just", "recently"];

/// An act the source plans ("plans to freeze hiring", "said it would hold
/// meetings") that the suspect states as done ("has frozen hiring", "had
/// already held meetings") or, where the source only intends it, as under
/// way ("plans to withdraw" → "is withdrawing").
pub fn plan_stated_done(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    for (i, phrase) in (0..tw.len()).flat_map(|i| {
        PLANNED
            .iter()
            .filter(move |p| tw.get(i..i + p.len()) == Some(**p))
            .map(move |p| (i, p))
    }) {
        let Some(&act) = tw.get(i + phrase.len()) else {
            continue;
        };
        if is_negator_word(act) || parts_of_speech(act) & VERB == 0 {
            continue;
        }
        // "would set up a panel" → "has set up a panel": a participle
        // spelt as the verb ("set", "cut", "put") is done once it follows
        // an auxiliary of the perfect the source does not put before it.
        let perfect_in_source = tw
            .windows(2)
            .any(|x| matches!(x[0], "has" | "have" | "had") && x[1] == act);
        let same_form = |w: &str| w == act && !perfect_in_source && irregular_same(act);
        let done = |w: &str| {
            same_form(w)
                || w != act
                    && !w.ends_with("ing")
                    && *w != *format!("{act}s")
                    && !tw.contains(&w)
                    && lemmas(w).iter().any(|l| l == act)
        };
        let under_way = |w: &str| {
            INTENDING.contains(&phrase[0])
                && w.ends_with("ing")
                && !tw.contains(&w)
                && lemmas(w).iter().any(|l| l == act)
        };
        let Some((k, auxiliary)) = ow.iter().enumerate().find_map(|(k, w)| {
            let aux: &[&str] = if done(w) {
                &["has", "have", "had"]
            } else if under_way(w) {
                &["is", "are", "was", "were"]
            } else {
                return None;
            };
            let mut first = k;
            while first > 0 && BETWEEN.contains(&ow[first - 1]) {
                first -= 1;
            }
            first
                .checked_sub(1)
                .filter(|&a| aux.contains(&ow[a]))
                .map(|a| (k, a))
        }) else {
            continue;
        };
        let before = &ow[k.saturating_sub(4)..k];
        if before
            .iter()
            .any(|w| STILL_TO_COME.contains(w) || is_negator_word(w))
        {
            continue;
        }
        let was = format!("{} {act}", phrase.join(" "));
        // "would be assessed" → "had been ruled out": the passive's
        // participle is the act stated as done, and the finding takes it in.
        let passive = ow[k] == "been"
            && ow
                .get(k + 1)
                .is_some_and(|w| w.ends_with("ed") && parts_of_speech(w) & VERB != 0);
        let end = if passive { k + 2 } else { k + 1 };
        flag_units(
            doc,
            src,
            pair,
            auxiliary..end,
            |now| {
                let how = if matches!(ow[auxiliary], "has" | "have" | "had") {
                    "done"
                } else {
                    "under way"
                };
                format!("\"{was}\" became \"{now}\": a plan is stated as {how}")
            },
            out,
        );
        return;
    }
}

/// Verbs whose past participle is spelt as the verb ("has set", "has cut").
const SAME_PARTICIPLE: &[&str] = &[
    "set", "cut", "put", "shut", "let", "hit", "cost", "quit", "split", "spread", "bid", "cast",
    "upset", "hurt",
];

/// Whether `act` is a verb whose past participle is spelt as itself.
fn irregular_same(act: &str) -> bool {
    SAME_PARTICIPLE.contains(&act)
}
