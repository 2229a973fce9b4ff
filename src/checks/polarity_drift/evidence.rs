//! Denials of proof: "could not establish that the closures were the cause",
//! "no evidence yet linking them" restated as the fact itself ("the
//! closures caused the rise") is a claim made certain, which meaning-drift
//! reports; "found no evidence" → "found evidence" keeps the word and flips.

use crate::align::AlignedPair;
use crate::text::Document;
use crate::text::words::stem;
use std::sync::OnceLock;

/// Words that name proof or its finding.
const PROOF: &[&str] = &[
    "evidence",
    "establish",
    "established",
    "prove",
    "proved",
    "proven",
    "proof",
    "demonstrate",
    "demonstrated",
];

/// Words after a negator searched for the proof it denies.
const PROOF_REACH: usize = 2;

/// Whether the source negator at token `t` denies proof, and the suspect
/// sentence names no proof ("no evidence" → "there was proof" flips).
pub(super) fn proof_denied(doc: &Document, src: &Document, pair: &AlignedPair, t: usize) -> bool {
    let denies = src
        .words(t + 1..pair.source_tokens(src).end)
        .take(PROOF_REACH)
        .any(|(_, w)| PROOF.contains(&w.norm.as_str()));
    static ROOTS: OnceLock<Vec<String>> = OnceLock::new();
    let roots = ROOTS.get_or_init(|| PROOF.iter().map(|w| stem(w)).collect());
    denies
        && !doc
            .words(pair.suspect_tokens(doc))
            .any(|(_, w)| roots.contains(&stem(&w.norm)))
}
