//! Negations and the words they deny: the tokens counted as negators in a
//! sentence ("not", "failed to", "stopped short of") and the first word of
//! content after one.

mod alternative;
mod before;
mod failure;
mod given_up;
mod others;
mod preferred;
mod promptly;
mod refusal;

use super::against::decided_against;
use crate::align::Edit;
use crate::align::units::Units;
use crate::checks::grammar::AUXILIARIES;
use crate::lexicon::negation::{is_negator, yet_to};
use crate::lexicon::wordnet::{ADJECTIVE, lemmas, parts_of_speech, share_lemma};
use crate::text::Document;
use crate::text::words::{is_stopword, number_word, shares_root};
pub(super) use alternative::restating_alternative;
use before::restating_without;
use failure::restating_failure;
pub(super) use others::restating_others;
pub(super) use preferred::restating_preference;
pub(super) use promptly::restating_promptly;
pub(super) use refusal::restating_refusal;
use std::ops::Range;

/// Whether token `t` is a "little" or "few" before a noun ("little effect"),
/// which a flip of its own swaps for its opposite ("a big effect"), so
/// counting no negation besides (not "by so little").
pub(super) fn amount_before_noun(doc: &Document, t: usize) -> bool {
    matches!(doc.tokens[t].norm.as_str(), "little" | "few")
        && doc
            .tokens
            .get(t + 1)
            .is_some_and(|n| n.norm.chars().all(char::is_alphabetic) && !is_stopword(&n.norm))
}

/// Whether two words share a root or a base form: "cutting" is "cut",
/// whose three letters [`shares_root`] cannot match.
pub(super) fn same_root(a: &str, b: &str) -> bool {
    shares_root(a, b) || share_lemma(a, b)
}

/// Tokens holding a negation, judged with their context ("failed to", "not only").
pub(super) fn negator_tokens(doc: &Document, units: &Units) -> Vec<usize> {
    let words = units.words();
    let spelt_one = |k: usize| {
        units
            .token
            .get(k + 1)
            .is_some_and(|&t| doc.tokens[t].norm == "one")
    };
    (0..words.len())
        .filter(|&k| {
            is_negator(&words, k, spelt_one(k))
                || yet_to(&words, k)
                || stopped_short(&words, k)
                || decided_against(doc, units, k)
        })
        .map(|k| units.token[k])
        .collect()
}

/// Whether unit `k` is the "short" of "stopped short of blaming", which
/// denies as "did not blame" does ("stopped short of a strike" is left to
/// the words it restates).
fn stopped_short(words: &[&str], k: usize) -> bool {
    words[k] == "short"
        && words.get(k + 1) == Some(&"of")
        && words.get(k + 2).is_some_and(|w| w.ends_with("ing"))
        && k.checked_sub(1)
            .is_some_and(|p| lemmas(words[p]).iter().any(|l| l == "stop"))
}

/// Drops from `negators` (of `doc`) each "rather" or "instead" of a
/// "rather than" standing in an edit whose other side (in `other`) holds an
/// "or": a choice settled, no denial ("whether it came from the supplier or
/// from the engineers" → "it came from the supplier rather than the
/// engineers"). `ours` picks each edit's side in `doc`.
pub(super) fn restating_or(
    doc: &Document,
    negators: &mut Vec<usize>,
    other: &Document,
    edits: &[Edit],
    ours: impl Fn(&Edit) -> (Range<usize>, Range<usize>),
) {
    negators.retain(|&t| {
        !matches!(doc.tokens[t].norm.as_str(), "rather" | "instead")
            || !edits.iter().any(|e| {
                let (mine, theirs) = ours(e);
                mine.contains(&t) && other.words(theirs).any(|(_, w)| w.norm == "or")
            })
    });
}

/// Words that complete a negator rather than name what it denies ("no
/// longer", "not yet").
pub(super) const NEGATOR_TAILS: &[&str] = &["longer", "yet", "even", "ever", "always"];

/// Words after a negator within which the word it denies is looked for.
pub(super) const DENIED_REACH: usize = 4;

/// The first word of content among the first `reach` words of `range`: no
/// stopword, auxiliary or negator's tail ("no longer").
pub(super) fn content_after(doc: &Document, range: Range<usize>, reach: usize) -> Option<&str> {
    doc.words(range)
        .take(reach)
        .map(|(_, t)| t.norm.as_str())
        .find(|w| is_content(w))
}

/// [`content_after`] over words: the first word of content among the first
/// `reach` of `words`.
pub(super) fn content_after_words<'a>(words: &[&'a str], reach: usize) -> Option<&'a str> {
    first_within(words, reach, is_content)
}

/// The first of the first `reach` of `words` that `keep` accepts.
pub(super) fn first_within<'a>(
    words: &[&'a str],
    reach: usize,
    keep: impl Fn(&str) -> bool,
) -> Option<&'a str> {
    words.iter().take(reach).copied().find(|w| keep(w))
}

/// No stopword, auxiliary or negator's tail.
fn is_content(w: &str) -> bool {
    !AUXILIARIES.contains(&w) && !is_stopword(w) && !NEGATOR_TAILS.contains(&w)
}

/// Words stating a small amount, which "little" and "few" restate ("had a
/// small effect" → "had little effect", "a handful attended" → "few
/// attended").
const SMALL: &[&str] = &[
    "small",
    "slight",
    "limited",
    "minor",
    "modest",
    "marginal",
    "negligible",
    "handful",
    // "the risk was low" → "faced little risk".
    "low",
    // "cycle traffic is light" → "few cyclists are about", "too narrow
    // to turn" → "too little room to turn".
    "light",
    "narrow",
];

/// Negators that state a small amount rather than deny ("little effect",
/// "few attended", "barely moved").
const SCANT: &[&str] = &["little", "few", "barely", "hardly", "scarcely"];

/// Drops the negators of [`SCANT`] from `negators` (of `doc`) when the other
/// side (`other` of `other_doc`) states the amount as small, by adjective or
/// its adverb ("dipped slightly" → "barely moved"): a restated amount, not a
/// denial. A name ("Small Retailers Group") states none.
pub(super) fn restating_small(
    doc: &Document,
    negators: &mut Vec<usize>,
    other_doc: &Document,
    other: &Units,
) {
    let stated =
        |w: &str| SMALL.contains(&w) || w.strip_suffix("ly").is_some_and(|a| SMALL.contains(&a));
    let small = other.text.iter().zip(&other.token).any(|(w, &t)| {
        stated(w)
            && !other_doc
                .span_text(t..t + 1)
                .starts_with(char::is_uppercase)
    });
    if small {
        negators.retain(|&t| !SCANT.contains(&doc.tokens[t].norm.as_str()));
    }
}

/// Adds to `negators` (of `units` in `doc`) the denials the other side
/// (`other`) restates: "far from X" for "not X", "before breaking" for
/// "without breaking", "failure to comply" for "fails to comply"; and the
/// acts given up that it words otherwise ("was considering whether to take
/// the case" → "had ruled out taking it").
pub(super) fn restating_denials(
    doc: &Document,
    units: &Units,
    negators: &mut Vec<usize>,
    other: &Units,
) {
    restating_far_from(doc, units, negators, other);
    restating_more_than(units, negators, other);
    restating_bound(units, negators, other);
    restating_without(units, negators, other);
    restating_failure(units, negators, other);
    given_up::given_up_acts(units, negators, other);
}

/// Whether `words` deny `x`: a negator among the [`DENIED_REACH`] words
/// before it.
fn denied_in(words: &[&str], x: &str) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        *w == x && (k.saturating_sub(DENIED_REACH)..k).any(|j| is_negator(words, j, false))
    })
}

/// Adds to `negators` (of `units`, which deny nothing) each "more" of a
/// "more than X" before no figure or amount whose X the other side
/// (`other`), which says no "more than", denies ("could not afford the
/// difference" → "the difference was more than they could afford", "is not
/// a minor inconvenience" → "is more than a minor inconvenience"): an excess
/// restating a denial.
fn restating_more_than(units: &Units, negators: &mut Vec<usize>, other: &Units) {
    let (words, theirs) = (units.words(), other.words());
    let more_than = |w: &[&str], k: usize| comparative(w, k) == Some("more");
    if !(0..words.len()).any(|k| more_than(&words, k))
        || (0..theirs.len()).any(|k| more_than(&theirs, k))
        || (0..words.len()).any(|k| is_negator(&words, k, false))
    {
        return;
    }
    for k in 0..words.len().saturating_sub(2) {
        let figure = words[k + 2].starts_with(|c: char| c.is_ascii_digit() || "£$€".contains(c));
        if more_than(&words, k)
            && !figure
            && !negators.contains(&units.token[k])
            && content_after_words(&words[k + 2..], DENIED_REACH)
                .is_some_and(|x| !is_amount(x) && denied_in(&theirs, x))
        {
            negators.push(units.token[k]);
        }
    }
}

/// Adds to `negators` (of `units`) each "no" or "not" of a "no more than"
/// whose comparative the other side (`other`) states undenied while denying
/// something else ("no household may keep more than two" → "households may
/// keep no more than two", "does not expect more than eight" → "expects no
/// more than eight"): the denial moved onto the bound.
fn restating_bound(units: &Units, negators: &mut Vec<usize>, other: &Units) {
    let (words, theirs) = (units.words(), other.words());
    let bound = |w: &[&str], k: usize| comparative(w, k).is_some();
    let denied = |w: &[&str], k: usize| k > 0 && matches!(w[k - 1], "no" | "not");
    for k in 1..words.len() {
        let t = units.token[k - 1];
        if bound(&words, k)
            && denied(&words, k)
            && !negators.contains(&t)
            && (0..theirs.len())
                .any(|j| bound(&theirs, j) && theirs[j] == words[k] && !denied(&theirs, j))
            && (0..theirs.len()).any(|j| is_negator(&theirs, j, false))
        {
            negators.push(t);
        }
    }
}

/// The comparative of a "more than", "less than" or "fewer than" opening at
/// word `k` of `w`.
fn comparative<'a>(w: &[&'a str], k: usize) -> Option<&'a str> {
    Some(w[k]).filter(|c| matches!(*c, "more" | "less" | "fewer") && w.get(k + 1) == Some(&"than"))
}

/// Whether `w` names an amount ("half", "dozen", "three"), which "more
/// than" bounds rather than exceeds ("not even half" → "more than half"
/// is flagged).
fn is_amount(w: &str) -> bool {
    number_word(w).is_some()
        || matches!(
            w,
            "half"
                | "third"
                | "thirds"
                | "quarter"
                | "quarters"
                | "fifth"
                | "tenth"
                | "twice"
                | "double"
                | "dozen"
                | "dozens"
                | "hundreds"
                | "thousands"
                | "decade"
        )
}

/// Adds to `negators` (of `units` in `doc`) each "far" of a "far from X"
/// whose X the other side (`other`) denies ("was \"not perfect\"" → "was
/// \"far from perfect\""): a denial restated, however X may also read as a
/// noun, which keeps it from counting by itself ("far from home").
fn restating_far_from(doc: &Document, units: &Units, negators: &mut Vec<usize>, other: &Units) {
    if !units.text.iter().any(|w| w == "far") {
        return;
    }
    let (words, theirs) = (units.words(), other.words());
    for k in 0..words.len().saturating_sub(2) {
        let t = units.token[k];
        if words[k] == "far"
            && words[k + 1] == "from"
            && !negators.contains(&t)
            && parts_of_speech(words[k + 2]) & ADJECTIVE != 0
            && denied_in(&theirs, words[k + 2])
            && doc.tokens[t].norm == "far"
        {
            negators.push(t);
        }
    }
}
