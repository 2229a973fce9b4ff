//! A plan the source denies told as a refusal or a pledge ("had no plans to
//! close" → "would not close", "promised not to shut").

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::{VERB, parts_of_speech, share_lemma, synonym_rank};
use crate::text::Document;

/// Words of a plan that a denial before them leaves open ("no plans to",
/// "is not planning to"); a denied intention, "did not intend to appeal",
/// is the speaker's word that they will not.
const PLAN: &[&str] = &["plan", "plans", "planned", "planning"];

/// Words of intention by which the suspect keeps a plan ("has no
/// intention of closing").
const INTENT: &[&str] = &[
    "plan",
    "plans",
    "planned",
    "planning",
    "intention",
    "intentions",
    "intend",
    "intends",
    "intended",
    "intending",
];

/// Words that deny the intention after them.
const DENIALS: &[&str] = &["no", "not", "n't", "never"];

/// Auxiliaries of the future by which a denied act is told as settled.
const FUTURE: &[&str] = &["would", "will", "wo"];

/// Verbs that bind their speaker to an act they deny ("promised not to").
const PLEDGES: &[&str] = &[
    "promised",
    "promises",
    "pledged",
    "pledges",
    "vowed",
    "vows",
    "undertook",
    "committed",
];

/// The act after a denied plan in the source ("no plans to close" →
/// "close"), with the plan's position: the first such in `tw`.
fn denied_act<'a>(tw: &[&'a str]) -> Option<(usize, &'a str)> {
    (1..tw.len()).find_map(|i| {
        if !PLAN.contains(&tw[i]) {
            return None;
        }
        // "no plans", "did not plan", "is not planning".
        let denied = DENIALS.contains(&tw[i - 1])
            || (i >= 2 && DENIALS.contains(&tw[i - 2]) && tw[i - 1] == "any");
        let act = match tw.get(i + 1) {
            Some(&"to") => tw.get(i + 2),
            _ => None,
        }?;
        denied.then_some((i, *act))
    })
}

/// Whether `theirs` and `ours` name one act: one word, or synonyms as verbs.
fn same_act(theirs: &str, ours: &str) -> bool {
    share_lemma(theirs, ours)
        || (parts_of_speech(ours) & VERB != 0 && synonym_rank(theirs, ours).is_some())
}

/// A plan the source denies ("said it had no plans to close any pubs") that
/// the suspect tells as an act it will not do ("would not close") or pledged
/// not to do ("promised not to shut"), where no word of intention stays.
pub fn denied_plan_settled(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let Some((at, act)) = denied_act(tw) else {
        return;
    };
    // "had no plans to close" → "was not planning to close": the plan kept.
    if ow.iter().any(|w| INTENT.contains(w)) {
        return;
    }
    let found = (1..ow.len().saturating_sub(1)).find_map(|k| {
        if !matches!(ow[k], "not" | "n't") {
            return None;
        }
        let (before, after) = (ow[k - 1], ow[k + 1]);
        // "vowed the company would not raise": the pledge is the finding.
        let vowed = ow[..k].iter().any(|w| PLEDGES.contains(w));
        if FUTURE.contains(&before) && !vowed && same_act(act, after) {
            return Some((k - 1, k + 2));
        }
        let pledged = PLEDGES.contains(&before) && after == "to";
        (pledged && ow.get(k + 2).is_some_and(|v| same_act(act, v))).then_some((k - 1, k + 3))
    });
    let Some((from, to)) = found else {
        return;
    };
    // The source tells the same refusal itself ("had no plans to sell and
    // would not sell"): nothing is settled that it left open.
    if (0..tw.len().saturating_sub(2))
        .any(|i| i != at && FUTURE.contains(&tw[i]) && tw[i + 1] == "not" && tw[i + 2] == act)
    {
        return;
    }
    let was = format!("no plans to {act}");
    flag_units(
        doc,
        src,
        pair,
        from..to,
        |now| format!("\"{was}\" became \"{now}\": a plan denied is told as a settled refusal"),
        out,
    );
}
