//! A failure or refusal named as a noun ("failure to comply", "a refusal to
//! pay") denies as the verb it comes from does ("fails to comply", "refused
//! to pay").

use crate::align::units::Units;
use crate::checks::polarity_drift::affirmed::has_base;
use crate::lexicon::negation::is_negator;

/// Nouns of a denying verb, each with that verb's base form.
const DENYING_NOUNS: &[(&str, &str)] = &[
    ("failure", "fail"),
    ("failures", "fail"),
    ("refusal", "refuse"),
    ("refusals", "refuse"),
];

/// Adds to `negators` (the tokens of `units` counted as negations) each
/// noun of [`DENYING_NOUNS`] before "to", as many as its verb denies more
/// often on the other side (`other`) than on this one ("If the club fails
/// to comply" → "Failure to comply", "including failing to provide" → "one
/// of them a failure to give"): the same denial named as a noun, not one
/// dropped.
pub(super) fn restating_failure(units: &Units, negators: &mut Vec<usize>, other: &Units) {
    // Cheap guard first: most sentences name no failure or refusal.
    if !units
        .text
        .iter()
        .any(|w| DENYING_NOUNS.iter().any(|(n, _)| w == n))
    {
        return;
    }
    let (words, theirs) = (units.words(), other.words());
    let denials = |w: &[&str], base: &str| {
        (0..w.len())
            .filter(|&j| has_base(w[j], base) && is_negator(w, j, false))
            .count()
    };
    // Nouns already counted, by base: each answers one denial of the other side.
    let mut named: Vec<&str> = Vec::new();
    for k in 0..words.len().saturating_sub(1) {
        let Some(&(_, base)) = DENYING_NOUNS.iter().find(|(n, _)| *n == words[k]) else {
            continue;
        };
        let t = units.token[k];
        let counted = named.iter().filter(|b| **b == base).count();
        if words[k + 1] == "to"
            && !negators.contains(&t)
            && denials(&theirs, base) > denials(&words, base) + counted
        {
            negators.push(t);
            named.push(base);
        }
    }
}
