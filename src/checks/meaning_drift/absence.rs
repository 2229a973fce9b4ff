//! An absence of evidence told as proof ("found no evidence that passwords
//! were taken" → "confirmed that no passwords were taken", "had not found a
//! fault" → "had ruled out a fault").

use super::flag_units;
use crate::align::{AlignedPair, MATCH_THRESHOLD};
use crate::finding::Diagnostic;
use crate::lexicon::stance::stances;
use crate::text::Document;

/// Nouns whose denial ("no evidence", "no sign") says only that nothing was found.
const TRACES: &[&str] = &["evidence", "sign", "signs", "indication", "proof"];

/// Words after a word of proof within which the denial it proves is looked
/// for ("established that faster triage had not").
const CLAIM_REACH: usize = 6;

/// Words that deny the claim a word of proof governs ("proof that no
/// attack had occurred").
const DENIALS: &[&str] = &["no", "not", "never", "none", "nothing", "nobody", "neither"];

/// Whether `words` say that something was not found: "no evidence", "no
/// sign of", "found no", "had not found", "did not find".
fn not_found(words: &[&str]) -> bool {
    (0..words.len()).any(|i| {
        let next = |n: usize| words.get(i + n).copied().unwrap_or("");
        (words[i] == "no" && TRACES.contains(&next(1)))
            || (matches!(words[i], "found" | "find" | "finds") && next(1) == "no")
            || (matches!(words[i], "not" | "never") && matches!(next(1), "found" | "find"))
    })
}

/// Whether word `k` of `words` states proof: a verb of establishing
/// ("confirmed", "proved", "established"), "proof", or "ruled out".
fn proves(words: &[&str], k: usize) -> bool {
    let w = words[k];
    w == "proof"
        || (matches!(w, "ruled" | "rules" | "rule") && words.get(k + 1) == Some(&"out"))
        || stances(w)
            .iter()
            .any(|s| s.class == "evidence" && s.group == "established")
}

/// A source that says something was not found whose suspect says, in
/// words of proof the source lacks, that it was ruled out or that its
/// denial was established; proof of the thing itself ("no evidence" →
/// "proof that data was copied") reverses the claim, which polarity-drift
/// reports.
pub fn absence_proved(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if pair.score < MATCH_THRESHOLD || !not_found(tw) || not_found(ow) {
        return;
    }
    let Some(k) = (0..ow.len()).find(|&k| proves(ow, k) && !tw.contains(&ow[k])) else {
        return;
    };
    // "ruled out" is proof in two words.
    let end = k + 1 + usize::from(ow.get(k + 1) == Some(&"out"));
    let claim = &ow[end..ow.len().min(end + CLAIM_REACH)];
    if end == k + 1 && !claim.iter().any(|w| DENIALS.contains(w)) {
        return;
    }
    flag_units(
        doc,
        src,
        pair,
        k..end,
        |now| format!("\"{now}\": the source says only that nothing was found"),
        out,
    );
}
