//! A firm intention told as one under deliberation ("said he would appeal"
//! → "said he was considering an appeal", "would cut 1,100 jobs" → "is
//! considering cutting 1,100 jobs"): the reverse of an act weighed stated as
//! settled.

use super::claims::determiner;
use super::deliberations::words::DELIBERATIONS;
use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::text::Document;
use crate::text::words::stem;

/// Modals that state an intention or an outcome as firm.
const FIRM: &[&str] = &["will", "would"];

/// Words before a deliberation within which a negation governs it.
const NEGATION_REACH: usize = 3;

/// Flags a deliberation the suspect puts before an act ("considering an
/// appeal") the source states after a firm modal ("would appeal"), the two
/// acts of one stem, where the source weighs nothing and neither side denies
/// the act.
pub(super) fn firm_weighed(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if !ow.iter().any(|w| DELIBERATIONS.contains(w))
        || tw.iter().any(|w| DELIBERATIONS.contains(w))
        || !tw.iter().any(|w| FIRM.contains(w))
    {
        return;
    }
    // The acts the source states firmly: the word after "will" or "would".
    let firm: Vec<String> = (1..tw.len())
        .filter(|&i| FIRM.contains(&tw[i - 1]) && !is_negator_word(tw[i]))
        .map(|i| stem(tw[i]))
        .collect();
    for k in (0..ow.len()).filter(|&k| DELIBERATIONS.contains(&ow[k])) {
        let Some(a) = (k + 1..ow.len()).find(|&a| !determiner(ow[a])) else {
            continue;
        };
        let denied = ow[k.saturating_sub(NEGATION_REACH)..k]
            .iter()
            .any(|w| is_negator_word(w));
        let quoted = doc.quotes.encloses(pair.suspect_units.token[k]);
        if a > k + 2 || denied || quoted || !firm.contains(&stem(ow[a])) {
            continue;
        }
        flag_units(
            doc,
            src,
            pair,
            k..a + 1,
            |now| format!("\"{now}\": the source states the act as firm, the copy as only weighed"),
            out,
        );
    }
}
