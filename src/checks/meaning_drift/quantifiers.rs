//! A quantifier put before a noun the source gives bare ("Customers
//! reacted" → "Some customers reacted", "said smart-home devices" → "said
//! most smart-home devices", "Boats that have switched" → "Every boat that
//! has switched"): the claim now covers a share the source never gave.

use super::flag_new_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::stance::stances;
use crate::text::Document;
use crate::text::words::is_stopword;

/// Quantifiers that give a noun a share of its whole.
const QUANTIFIERS: &[&str] = &["some", "most", "many", "every", "all", "several"];

/// Words before a quantifier that make it part of an idiom or a
/// superlative ("at most", "the most", "above all", "for some time").
const IDIOM_BEFORE: &[&str] = &[
    "the", "at", "a", "for", "in", "of", "above", "after", "once", "by", "and", "or", "how", "so",
    "too", "as",
];

/// Whether the source's bare plural at `j` of `tw` opens its clause, a
/// generic subject ("Customers reacted", "said smart-home devices"): one
/// elsewhere is existential ("paring gains", "a number of complaints"),
/// where "some" adds nothing.
fn opens_clause(tw: &[&str], j: usize) -> bool {
    j.checked_sub(1)
        .is_none_or(|p| matches!(tw[p], "that" | "said" | "says"))
}

/// A quantifier the suspect puts before a plural noun that opens a clause of
/// the source bare, the source holding no word of scope at all.
pub fn quantifier_added(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if !ow.iter().any(|w| QUANTIFIERS.contains(w)) {
        return;
    }
    let scoped =
        |w: &&str| QUANTIFIERS.contains(w) || stances(w).iter().any(|s| s.class == "scope");
    if tw.iter().any(scoped) {
        return;
    }
    for k in 0..ow.len().saturating_sub(1) {
        let (quant, noun) = (ow[k], ow[k + 1]);
        if !QUANTIFIERS.contains(&quant)
            || k.checked_sub(1)
                .is_some_and(|p| IDIOM_BEFORE.contains(&ow[p]))
            || is_stopword(noun)
            || noun.starts_with(|c: char| c.is_ascii_digit())
            || doc.is_capitalized(pair.suspect_units.token[k + 1])
        {
            continue;
        }
        // "every boat" for the source's "boats": the singular of a plural.
        let Some(j) = tw
            .iter()
            .position(|w| *w == noun || (quant == "every" && w.strip_suffix('s') == Some(noun)))
        else {
            continue;
        };
        if !tw[j].ends_with('s') || !opens_clause(tw, j) {
            continue;
        }
        let was = tw[j];
        let message = |now: &str| {
            format!(
                "\"{was}\" became \"{now}\": a quantifier gives the claim a share the source never gave"
            )
        };
        if flag_new_units(doc, src, pair, k..k + 2, message, out) {
            return;
        }
    }
}
