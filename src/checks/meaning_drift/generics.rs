//! A possibility told as what always happens: "can cause serious illness" →
//! "it causes serious illness", "can leave swimmers gasping" → "leaves them
//! gasping".

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::{ADJECTIVE, VERB, lemmas, parts_of_speech};
use crate::text::Document;
use crate::text::words::is_stopword;
use std::ops::Range;

/// Words by which a copy still tells a possibility, an ability or a leave
/// ("are able to", "capable of", "allows", "risks", "in some cases").
const STILL_POSSIBLE: &[&str] = &[
    "can",
    "could",
    "may",
    "might",
    "able",
    "unable",
    "capable",
    "allow",
    "allows",
    "allowed",
    // "can work a full shift" → "the battery lets it work a full shift".
    "let",
    "lets",
    "letting",
    "permitted",
    "free",
    "possible",
    "possibly",
    "potential",
    "potentially",
    "risk",
    "risks",
    "sometimes",
    "some",
    "often",
    "occasionally",
    "likely",
    "liable",
    "prone",
    "chance",
    "would",
    "should",
    "if",
    "when",
    "whenever",
    "cannot",
];

/// Words before "can" that make it a purpose, a question, a comparison or a
/// condition rather than a claim ("so that they can", "whether it can",
/// "as far as we can").
const NO_CLAIM_BEFORE: &[&str] = &[
    "so", "whether", "if", "how", "as", "what", "where", "unless", "until",
];

/// Verbs after "can" that tell no act of the subject's own ("can be opened",
/// "can also", "can only").
const NO_ACT: &[&str] = &[
    "be", "not", "also", "only", "still", "now", "no", "never", "have",
];

/// Words right before a copy's verb that keep it from a plain statement
/// ("to cause", "will cause", "does not cause").
const NOT_PLAIN: &[&str] = &[
    "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does",
    "did", "not", "never",
];

/// Words that may stand between "can" and its verb without changing the
/// claim ("can also infect" → "also infects").
const BETWEEN: &[&str] = &["also", "even"];

/// Words that may stand between a copy's "is" or "are" and its verb or
/// adjective ("is now facing", "is usually wrong").
const AFTER_BE: &[&str] = &[
    "now",
    "already",
    "usually",
    "often",
    "always",
    "increasingly",
];

/// The present "is" or "are" that `ow[k]` follows, with at most one word of
/// [`AFTER_BE`] between ("are facing", "is now facing").
fn present_be(ow: &[&str], k: usize) -> Option<usize> {
    let be = |i: usize| matches!(ow[i], "is" | "are");
    if k >= 1 && be(k - 1) {
        Some(k - 1)
    } else {
        (k >= 2 && AFTER_BE.contains(&ow[k - 1]) && be(k - 2)).then(|| k - 2)
    }
}

/// What the source says can happen ("cold water shock can leave swimmers
/// gasping", "the council could face claims", "the method can be wrong")
/// that the suspect tells in the plain present as what does happen ("cold
/// water shock leaves them gasping", "the council is now facing claims",
/// "the method is usually wrong"), or in the perfect as what did ("jobs
/// could be lost" → "jobs have been lost"), with fewer words of possibility,
/// ability, frequency or condition left in the sentence.
pub fn possibility_stated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // "can leave even strong swimmers unable to breathe" → "leaves them
    // unable to": words of possibility the source has beside its "can" keep none.
    let modals = || (0..tw.len().saturating_sub(1)).filter(|&i| matches!(tw[i], "can" | "could"));
    let possible = |words: &[&str]| words.iter().filter(|w| STILL_POSSIBLE.contains(w)).count();
    // The modal first: most sentences have none.
    if modals().next().is_none() || possible(ow) >= possible(tw) {
        return;
    }
    for a in modals() {
        if tw[a.saturating_sub(3)..a]
            .iter()
            .any(|w| NO_CLAIM_BEFORE.contains(w))
        {
            continue;
        }
        let at = if BETWEEN.contains(&tw[a + 1]) {
            a + 2
        } else {
            a + 1
        };
        let Some(&act) = tw.get(at) else { continue };
        let found = if act == "be" {
            tw.get(at + 1).and_then(|&what| state_stated(ow, what))
        } else if NO_ACT.contains(&act) || is_stopword(act) || parts_of_speech(act) & VERB == 0 {
            None
        } else {
            act_stated(ow, act, tw[a] == "can")
        };
        if let Some(run) = found {
            let modal = tw[a];
            flag_units(
                doc,
                src,
                pair,
                run,
                |now| {
                    format!(
                        "\"{modal} {act}\" became \"{now}\": a possibility is told as what happens"
                    )
                },
                out,
            );
            return;
        }
    }
}

/// The words by which the copy tells `act` as done in the plain present:
/// "infects", or after a "can" its bare form too ("they infect"); "is now
/// facing" after either modal. A "could" told in the past ("could see" →
/// "saw") is its past ability, and passes.
fn act_stated(ow: &[&str], act: &str, can: bool) -> Option<Range<usize>> {
    let kin = |w: &str| lemmas(w).iter().any(|l| l == act);
    (0..ow.len()).find_map(|k| {
        let w = ow[k];
        if (k == 0 || !NOT_PLAIN.contains(&ow[k - 1]))
            && ((can && w == act) || w.ends_with('s') && kin(w))
        {
            return Some(k..k + 1);
        }
        present_be(ow, k)
            .filter(|_| w.ends_with("ing") && kin(w))
            .map(|b| b..k + 1)
    })
}

/// The words by which the copy tells what "can be" or "could be" (`what`, the word after
/// "be") as what is: an adjective after a present "is" or "are" ("can be
/// wrong" → "is usually wrong"), or a participle after "has been" or "have
/// been" ("could be lost" → "have been lost"). A passive told in the
/// present ("can be opened" → "is opened") is an ability, and passes.
fn state_stated(ow: &[&str], what: &str) -> Option<Range<usize>> {
    let adjective = !what.ends_with("ed") && parts_of_speech(what) & ADJECTIVE != 0;
    (0..ow.len()).filter(|&k| ow[k] == what).find_map(|k| {
        let perfect = k >= 2 && ow[k - 1] == "been" && matches!(ow[k - 2], "has" | "have");
        let start = if perfect {
            Some(k - 2)
        } else {
            present_be(ow, k).filter(|_| adjective)
        };
        start.map(|b| b..k + 1)
    })
}
