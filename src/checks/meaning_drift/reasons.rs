//! A claim or an explanation the source attributes told as the reason in
//! the writer's own voice ("sued, alleging that the spray drifted" → "sued
//! because the spray drifted", "blaming a price war" → "as a result of a
//! price war").

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::speech::is_speech_verb;
use crate::lexicon::wordnet::lemmas;
use crate::text::Document;
use crate::text::words::{is_stopword, stem};

/// Verbs, by their base forms, that put a contested claim in someone's
/// mouth ("alleging that", "arguing that"); not "saying", which gives the subject's own reason for
/// its act ("rejected the bid, saying it undervalued the firm" → "because it
/// undervalued the firm").
const CLAIMS: &[&str] = &["allege", "argue", "claim", "contend", "insist", "maintain"];

/// Verbs, by their base forms, that lay the blame for a thing on something
/// ("blaming a price war"); not "citing", which like "saying" gives the subject's own reason
/// for its act ("cut flights, citing a crew shortage" → "because of a crew
/// shortage").
const EXPLANATIONS: &[&str] = &["blame", "attribute"];

/// Verbs of saying besides the speech verbs that keep a reason someone's
/// ("the firm says it refused because").
const REPORTED: &[&str] = &["say", "says", "tell", "tells", "told"];

/// Phrases by which the writer states a reason.
const REASONS: &[&[&str]] = &[
    &["because"],
    &["because", "of"],
    &["as", "a", "result", "of"],
    &["due", "to"],
    &["owing", "to"],
    &["thanks", "to"],
];

/// Whether `word` is an inflection of one of the base forms `verbs`
/// ("alleging" of "allege").
fn inflects(verbs: &[&str], word: &str) -> bool {
    lemmas(word).iter().any(|l| verbs.contains(&l.as_str()))
}

/// Content words after a source verb searched for the reason's first word.
const CLAIM_WORDS: usize = 4;

/// Words after the suspect's reason phrase searched for the claim's words.
const REASON_REACH: usize = 3;

/// The first content words after word `j` of `words` (past a "that").
fn claim_words<'a>(words: &[&'a str], j: usize, n: usize) -> Vec<&'a str> {
    words[j + 1..]
        .iter()
        .filter(|w| !is_stopword(w) && w.starts_with(char::is_alphabetic))
        .take(n)
        .copied()
        .collect()
}

/// A claim ("alleging that a weedkiller drifted") or an explanation
/// ("blaming a price war") the source attributes, which the suspect states
/// as the reason ("because a weedkiller drifted", "as a result of a price
/// war"): a reason phrase the source lacks, before the claim's own words,
/// and no verb of the source's claim left in the suspect.
pub fn reason_stated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // Each word's base forms are looked up once for both lists.
    let attributing = |w: &&str| {
        lemmas(w)
            .iter()
            .any(|l| CLAIMS.contains(&l.as_str()) || EXPLANATIONS.contains(&l.as_str()))
    };
    // "According to the city, the delay was due to", "the firm said it
    // had refused because", "fell as a result of weak sales, analysts
    // said": the reason is still someone's.
    let told = |w: &&str| *w == "according" || is_speech_verb(w) || REPORTED.contains(w);
    if !tw.iter().any(attributing) || ow.iter().any(attributing) || ow.iter().any(told) {
        return;
    }
    for k in 0..ow.len() {
        let Some(reason) = REASONS
            .iter()
            .rev()
            .find(|p| ow.get(k..k + p.len()) == Some(**p))
        else {
            continue;
        };
        if tw.windows(reason.len()).any(|w| w == *reason) {
            continue;
        }
        let after = k + reason.len();
        let ours: Vec<String> = ow[after..(after + REASON_REACH).min(ow.len())]
            .iter()
            .filter(|w| !is_stopword(w))
            .map(|w| stem(w))
            .collect();
        let given = (0..tw.len()).any(|j| {
            // "alleging that a weedkiller drifted": the claim is a clause,
            // told with "because"; "blaming a price war": a thing.
            let clause = inflects(CLAIMS, tw[j]) && reason.len() == 1;
            let thing = inflects(EXPLANATIONS, tw[j]) && reason.len() > 1;
            (clause || thing)
                && claim_words(tw, j, CLAIM_WORDS)
                    .iter()
                    .take(if clause { 1 } else { CLAIM_WORDS })
                    .any(|w| ours.contains(&stem(w)))
        });
        if !given {
            continue;
        }
        flag_units(
            doc,
            src,
            pair,
            k..after,
            |now| {
                format!(
                    "\"{now}\": the source attributes this reason to someone; the copy states it"
                )
            },
            out,
        );
        return;
    }
}
