//! An open possibility told as a plain denial, or the reverse: "could not
//! rule out compulsory redundancies" → "there would be no compulsory
//! redundancies", "had no intention of moving" → "had not ruled out
//! moving". The negations balance, one on each side, but a denied ruling
//! out leaves the act possible where the other side denies it.

use super::closed::FRAMES;
use super::moved_denial::same_word;
use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::finding::Diagnostic;
use crate::lexicon::negation::{double_negations, is_negator};
use crate::lexicon::wordnet::{VERB, parts_of_speech, synonym_rank};
use crate::text::Document;
use crate::text::words::is_lettered_content;

/// Words before "rule out" searched for its denial ("could not rule out",
/// "has not been ruled out", "refused to rule out").
const DENIAL_REACH: usize = 3;

/// Words after "rule out", or after a plain negator, searched for the act
/// it concerns.
const ACT_REACH: usize = 4;

/// Base forms that rule out as "rule out" does ("did not preclude selling"
/// for "did not rule out selling").
const RULING_OUT: &[&str] = &["exclude", "preclude", "discount", "dismiss"];

/// Whether unit `k` of `words` starts a "rule out".
pub(super) fn rules_out(words: &[&str], k: usize) -> bool {
    matches!(words[k], "rule" | "rules" | "ruled" | "ruling") && words.get(k + 1) == Some(&"out")
}

/// Whether unit `k` of `words` starts a "rule out" whose "rule" was swapped
/// for a WordNet synonym of it ("had not governed out returning" for "had
/// not ruled out returning"): the phrase garbled, which garbled-phrase
/// owns, not an act plainly denied.
fn garbled_ruling(words: &[&str], k: usize) -> bool {
    words.get(k + 1) == Some(&"out")
        && !rules_out(words, k)
        && parts_of_speech(words[k]) & VERB != 0
        && synonym_rank("rule", words[k]).is_some()
}

/// Where the act starts after a "rule out" whose words end at unit
/// `from`: past a framing noun and its "of" or "that" ("had not ruled out
/// the possibility that it was started deliberately": "it").
fn act_start(words: &[&str], from: usize) -> usize {
    let framed = matches!(words.get(from), Some(&"the" | &"any"))
        && words.get(from + 1).is_some_and(|w| FRAMES.contains(w))
        && matches!(words.get(from + 2), Some(&"of" | &"that"));
    if framed { from + 3 } else { from }
}

/// Content words of the act after unit `from` (past a framing noun,
/// [`act_start`]), at most [`ACT_REACH`] units on.
fn act_after<'a>(words: &[&'a str], from: usize) -> Vec<&'a str> {
    words
        .iter()
        .skip(act_start(words, from))
        .take(ACT_REACH)
        .copied()
        .filter(|w| is_lettered_content(w))
        .collect()
}

/// The first unit among the [`DENIAL_REACH`] before unit `k` of `words`
/// that denies what follows: a negator, "refused" or "declined".
pub(super) fn denial_before(words: &[&str], k: usize) -> Option<usize> {
    (k.saturating_sub(DENIAL_REACH)..k)
        .find(|&p| is_negator(words, p, false) || matches!(words[p], "refused" | "declined"))
}

/// The first content word of the act of each denied "rule out" in
/// `words` ("could not rule out compulsory redundancies": "compulsory").
fn possibilities<'a>(words: &[&'a str]) -> Vec<&'a str> {
    (0..words.len())
        .filter(|&k| rules_out(words, k))
        .filter(|&k| denial_before(words, k).is_some())
        .filter_map(|k| act_after(words, k + 2).first().copied())
        .collect()
}

/// The unit of a plain negator in `words` denying one of `acts` (its word
/// within [`ACT_REACH`] after it), and the unit of that word: not a
/// negator denying a negative word ("would not exclude cuts", "did not
/// preclude selling").
fn plain_denial(words: &[&str], acts: &[&str]) -> Option<(usize, usize)> {
    let doubled: Vec<usize> = double_negations(words)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    let end = |k: usize| words.len().min(k + 1 + ACT_REACH);
    let ruling = |k: usize| {
        words[k + 1..end(k)]
            .iter()
            .any(|w| RULING_OUT.iter().any(|r| same_word(w, r)))
    };
    (0..words.len())
        .filter(|&k| is_negator(words, k, words.get(k + 1) == Some(&"one")))
        .filter(|&k| !doubled.contains(&k) && !ruling(k))
        .find_map(|k| {
            (k + 1..end(k))
                .find(|&j| acts.iter().any(|w| same_word(w, words[j])))
                .map(|j| (k, j))
        })
}

/// Flags an act a denied "rule out" leaves possible on one side and a
/// plain negator denies on the other, where the other side rules nothing
/// out: at the suspect's plain denial, or its denied "rule out".
pub(super) fn possibility_flipped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    // Cheap guard first: most sentences rule nothing out.
    let any_out = |u: &Units| u.text.iter().skip(1).any(|w| w == "out");
    if !any_out(theirs) && !any_out(ours) {
        return;
    }
    let (tw, ow) = (theirs.words(), ours.words());
    let none_ruled = |w: &[&str]| !(0..w.len()).any(|k| rules_out(w, k) || garbled_ruling(w, k));
    let span = if none_ruled(&ow) {
        let open = possibilities(&tw);
        plain_denial(&ow, &open).map(|(k, j)| ours.token[k]..ours.token[j] + 1)
    } else if none_ruled(&tw) {
        let open = possibilities(&ow);
        plain_denial(&tw, &open).and_then(|_| {
            let k = (0..ow.len()).find(|&k| rules_out(&ow, k))?;
            let start = denial_before(&ow, k)?;
            let act = act_after(&ow, k + 2);
            let end = (act_start(&ow, k + 2)..ow.len()).find(|&j| act.first() == Some(&ow[j]))?;
            Some(ours.token[start]..ours.token[end] + 1)
        })
    } else {
        None
    };
    if let Some(span) = span {
        let (s, e) = doc.token_span(span);
        out.push(
            Diagnostic::new(
                s,
                e,
                "possibility turned round: one side leaves the act open, the other denies it",
            )
            .evidence(src.span_text(pair.source_tokens(src))),
        );
    }
}
