//! Advice told as a duty or a duty as advice: "advised clubs to fit nets"
//! → "told clubs they must fit nets", "tattooists must not work on" →
//! "guidance advises tattooists not to work on".

use super::flag_unit;
use crate::align::{AlignedPair, MATCH_THRESHOLD};
use crate::finding::Diagnostic;
use crate::text::Document;

/// Words that advise an act without binding anyone to it.
const ADVICE: &[&str] = &[
    "advise",
    "advises",
    "advised",
    "advising",
    "recommend",
    "recommends",
    "recommended",
    "recommending",
    "encourage",
    "encourages",
    "encouraged",
    "encouraging",
    "urge",
    "urges",
    "urged",
    "urging",
];

/// Words that bind someone to an act.
const DUTY: &[&str] = &[
    "must",
    "require",
    "requires",
    "required",
    "requiring",
    "obliged",
    "obligated",
    "mandatory",
    "compulsory",
];

/// A sentence whose source words `tw` hold a word of advice and none of
/// duty told with a word of duty and none of advice, or the reverse ("code
/// of practice recommends 28 days' notice" → "requires 28 days' notice",
/// "companies must ensure" → "encourage companies to ensure"): an
/// obligation made or unmade. The new word is flagged, outside a quotation
/// (a quoted word changed is misquote's), in a pair matched by its words.
pub fn duty_turned(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let has = |words: &[&str], set: &[&str]| words.iter().any(|w| set.contains(w));
    let (advised, bound) = (has(tw, ADVICE), has(tw, DUTY));
    if advised == bound || pair.score < MATCH_THRESHOLD {
        return;
    }
    let (now, then, message) = if advised {
        (DUTY, ADVICE, "advice in the source is told as a duty")
    } else {
        (ADVICE, DUTY, "a duty in the source is told as advice")
    };
    if has(ow, then) {
        return;
    }
    let units = &pair.suspect_units;
    let Some(k) =
        (0..ow.len()).find(|&k| now.contains(&ow[k]) && !doc.quotes.encloses(units.token[k]))
    else {
        return;
    };
    flag_unit(
        doc,
        src,
        pair,
        k,
        |text| format!("\"{text}\": {message}"),
        out,
    );
}
