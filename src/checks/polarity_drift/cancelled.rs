//! Two opposites that cancel: "drops plans to close the libraries" →
//! "keeps the libraries open" reverses the verb and the state of what it
//! governs at once, and so says the same.

use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::finding::Diagnostic;
use crate::lexicon::negation::{implicit_negatives, is_negator_word};
use crate::lexicon::wordnet::are_antonyms;
use crate::text::Document;

/// Words after a flipped word within which the opposite that cancels it is
/// looked for, on each side: what the flipped verb governs.
const CANCEL_REACH: usize = 5;

/// Whether the one flip reported in `pair` is cancelled by a second pair of
/// opposites exchanged in the words it governs, each word on one side only
/// and stated plainly ("drops plans to close" → "keeps … open"; not
/// "lifted the cap … quieter" → "imposed the cap … less noisy").
pub(super) fn opposites_cancel(doc: &Document, pair: &AlignedPair, flips: &[Diagnostic]) -> bool {
    if let [first, second] = flips {
        return paired_flips(doc, pair, first, second);
    }
    let [flip] = flips else { return false };
    let Some((i, j)) = flip_units(doc, pair, flip) else {
        return false;
    };
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let governed = |u: &'_ Units, k: usize, other: &Units| -> Vec<String> {
        (k + 1..(k + 1 + CANCEL_REACH).min(u.text.len()))
            .filter(|&m| {
                let w = &u.text[m];
                let plain = !matches!(u.text[m - 1].as_str(), "less" | "more" | "least" | "most")
                    && !is_negator_word(&u.text[m - 1]);
                !other.text.contains(w) && !is_negator_word(w) && plain
            })
            .map(|m| u.text[m].clone())
            .collect()
    };
    let (before, after) = (governed(theirs, j, ours), governed(ours, i, theirs));
    before
        .iter()
        .any(|a| after.iter().any(|b| are_antonyms(a, b)))
        || ((flip
            .suggestion
            .as_deref()
            .is_some_and(|w| CONDITIONS.contains(&w))
            || likelihood(theirs, j) && likelihood(ours, i))
            && denial_governed(theirs, j, ours, i))
}

/// Words of likelihood whose flip a denial in the outcome they weigh
/// restates ("unlikely to compete" → "likely to struggle to compete").
const LIKELIHOODS: &[&str] = &["likely", "unlikely", "probable", "improbable"];

/// Whether unit `k` weighs the likelihood of an act it governs: a word of
/// [`LIKELIHOODS`], or a degree of one, before "to" ("the least likely to
/// finish" → "the most likely to drop out"; not "a collapse was unlikely in
/// the short term", whose outcome stands before it).
fn likelihood(u: &Units, k: usize) -> bool {
    let is = |m: usize| {
        u.text
            .get(m)
            .is_some_and(|w| LIKELIHOODS.contains(&w.as_str()))
            && u.text.get(m + 1).is_some_and(|w| w == "to")
    };
    is(k) || matches!(u.text[k].as_str(), "most" | "least" | "more" | "less") && is(k + 1)
}

/// Whether two flips stand next to each other in the same order on both
/// sides, the second governed by the first ("banned unless" → "allowed if",
/// "fewer than half had" → "more than half lacked").
fn paired_flips(
    doc: &Document,
    pair: &AlignedPair,
    first: &Diagnostic,
    second: &Diagnostic,
) -> bool {
    let (Some((i1, j1)), Some((i2, j2))) =
        (flip_units(doc, pair, first), flip_units(doc, pair, second))
    else {
        return false;
    };
    let near = |a: usize, b: usize| b > a && b - a <= CANCEL_REACH;
    let was = |d: &Diagnostic| d.suggestion.as_deref().unwrap_or("").to_ascii_lowercase();
    let governs =
        AMOUNTS.contains(&was(first).as_str()) || CONDITIONS.contains(&was(second).as_str());
    governs && near(i1, i2) && near(j1, j2)
}

/// Words of amount whose flip a flip of what they count restates ("fewer
/// than half had" → "more than half lacked").
const AMOUNTS: &[&str] = &[
    "fewer", "less", "more", "most", "least", "majority", "minority",
];

/// Conditions whose flip a denial in the condition restates ("if … is
/// secured" → "unless … falls short"); a movement's flip is not undone so
/// ("rose after it reopened" → "fell after it closed").
const CONDITIONS: &[&str] = &["if", "unless"];

/// Whether a word of negative meaning in what one side's flipped word
/// governs, which the other side's lacks, reverses a condition back ("will run if
/// funding is secured" → "will run unless funding falls short").
fn denial_governed(theirs: &Units, j: usize, ours: &Units, i: usize) -> bool {
    let implied = |u: &Units, k: usize| {
        let words = u.words();
        let end = (k + 1 + CANCEL_REACH).min(words.len());
        let window = &words[k + 1..end];
        (
            implicit_negatives(window),
            window.iter().any(|w| is_negator_word(w)),
        )
    };
    let ((was, was_denied), (now, now_denied)) = (implied(theirs, j), implied(ours, i));
    let only = |x: &[String], y: &[String]| x.iter().filter(|w| !y.contains(w)).count();
    !was_denied && !now_denied && only(&was, &now) + only(&now, &was) == 1
}

/// The suspect unit flip `flip` stands on and the source unit of the word
/// it replaced (its suggestion).
pub(super) fn flip_units(
    doc: &Document,
    pair: &AlignedPair,
    flip: &Diagnostic,
) -> Option<(usize, usize)> {
    let was = flip.suggestion.as_deref()?;
    let at = doc.tokens.partition_point(|t| t.start < flip.start);
    let i = pair.suspect_units.token.iter().position(|&t| t == at)?;
    let j = pair
        .source_units
        .text
        .iter()
        .position(|w| w.eq_ignore_ascii_case(was))?;
    Some((i, j))
}
