//! An excess told as a sufficiency, or a sufficiency as an excess: "too
//! modest to reverse the rise" → "enough to reverse the rise", "clear
//! enough to identify them" → "too grainy to identify them". "Too … to"
//! denies the act as "not … enough to" does, so the denied forms pass.

use super::became;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::{is_negator, is_negator_word};
use crate::lexicon::wordnet::{ADJECTIVE, ADVERB, parts_of_speech, share_lemma};
use crate::text::Document;
use crate::text::words::is_stopword;
use std::ops::Range;

/// Words before a word within which a negation denies it.
const DENIAL_REACH: usize = 3;

/// Whether a negation stands within a few words before word `k`.
fn denied(words: &[&str], k: usize) -> bool {
    (k.saturating_sub(DENIAL_REACH)..k).any(|j| is_negator(words, j, false))
}

/// The "too" of an undenied "too modest to V", with V's index ("too few"
/// counts its "few" as a negation).
fn excess(words: &[&str], k: usize) -> Option<usize> {
    let grade = words.get(k + 1)?;
    (words[k] == "too"
        && words.get(k + 2) == Some(&"to")
        && k + 3 < words.len()
        && !is_negator_word(grade)
        && parts_of_speech(grade) & (ADJECTIVE | ADVERB) != 0
        && !denied(words, k))
    .then_some(k + 3)
}

/// The "enough" of an undenied "enough to V", with V's index.
fn sufficiency(words: &[&str], k: usize) -> Option<usize> {
    (words[k] == "enough"
        && words.get(k + 1) == Some(&"to")
        && k + 2 < words.len()
        && !denied(words, k)
        && !(k >= 1 && denied(words, k - 1)))
    .then_some(k + 2)
}

/// The units to show for the form at unit `k`: "too grainy", "clear
/// enough" (the graded word before it), or a lone "enough".
fn shown(words: &[&str], k: usize) -> Range<usize> {
    let graded =
        |j: usize| !is_stopword(words[j]) && parts_of_speech(words[j]) & (ADJECTIVE | ADVERB) != 0;
    if words[k] == "too" {
        k..k + 2
    } else if k > 0 && graded(k - 1) {
        k - 1..k + 1
    } else {
        k..k + 1
    }
}

/// A finder of [`excess`] or [`sufficiency`].
type Test = fn(&[&str], usize) -> Option<usize>;

/// Each form `test` finds in `words`, with the verb it bears on.
fn acts<'a>(words: &[&'a str], test: Test) -> Vec<(usize, &'a str)> {
    (0..words.len())
        .filter_map(|k| test(words, k).map(|v| (k, words[v])))
        .collect()
}

/// Flags the suspect's sufficiency for the source's excess before the same
/// act, and its excess for the source's sufficiency, where no finding of
/// the sentence already covers it ("too small" → "large enough" is the flip
/// of "small").
pub(super) fn sufficiency_flipped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (tw, ow) = (pair.source_units.words(), pair.suspect_units.words());
    let forms: [(Test, Test); 2] = [(excess, sufficiency), (sufficiency, excess)];
    for (was, now) in forms {
        let (before, after, kept) = (acts(&tw, was), acts(&ow, now), acts(&ow, was));
        let Some(&(k, _)) = after.iter().find(|(_, v)| {
            before.iter().any(|(_, b)| share_lemma(b, v))
                && !kept.iter().any(|(_, o)| share_lemma(o, v))
        }) else {
            continue;
        };
        let (s, _) = before[0];
        let found = became(
            doc,
            src,
            pair,
            shown(&tw, s),
            shown(&ow, k),
            "an excess and a sufficiency",
        );
        if !out.iter().any(|d| d.overlaps(found.start, found.end)) {
            out.push(found);
        }
        return;
    }
}
