//! A possibility told as what always happens: "can cause serious illness" →
//! "it causes serious illness", "can leave swimmers gasping" → "leaves them
//! gasping".

use super::flag_unit;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::{VERB, lemmas, parts_of_speech};
use crate::text::Document;
use crate::text::words::is_stopword;

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

/// What the source says can happen ("cold water shock can leave swimmers
/// gasping") that the suspect tells in the plain present as what does
/// happen ("cold water shock leaves them gasping"), with fewer words of
/// possibility, ability, frequency or condition left in the sentence.
pub fn possibility_stated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let Some(a) = (0..tw.len().saturating_sub(1)).find(|&i| tw[i] == "can") else {
        return;
    };
    let act = tw[a + 1];
    if NO_ACT.contains(&act)
        || is_stopword(act)
        || parts_of_speech(act) & VERB == 0
        || tw[a.saturating_sub(3)..a]
            .iter()
            .any(|w| NO_CLAIM_BEFORE.contains(w))
    {
        return;
    }
    // "can leave even strong swimmers unable to breathe" → "leaves them
    // unable to": words of possibility the source has beside its "can" keep none.
    let possible = |words: &[&str]| words.iter().filter(|w| STILL_POSSIBLE.contains(w)).count();
    if possible(ow) >= possible(tw) {
        return;
    }
    let plain = |k: usize| {
        let w = ow[k];
        (k == 0 || !NOT_PLAIN.contains(&ow[k - 1]))
            && (w == act || w.ends_with('s') && lemmas(w).iter().any(|l| l == act))
    };
    let Some(k) = (0..ow.len()).find(|&k| plain(k)) else {
        return;
    };
    flag_unit(
        doc,
        src,
        pair,
        k,
        |now| format!("\"can {act}\" became \"{now}\": a possibility is told as what happens"),
        out,
    );
}
