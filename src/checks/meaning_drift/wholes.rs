//! A whole made partial or a part made whole where the marker moved around
//! the word it qualifies ("funded in full" → "partly funded", "repaid in
//! part" → "fully repaid", "its entire flock" → "most of its flock"), so no
//! substitution pairs the two.

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::share_lemma;
use crate::text::Document;

/// Adverbs of the whole, before the word they qualify ("fully funded").
const WHOLE_BEFORE: &[&str] = &["fully", "entirely", "wholly", "completely", "totally"];

/// Adverbs of a part, before the word they qualify ("partly funded").
const PART_BEFORE: &[&str] = &["partly", "partially"];

/// Adjectives of the whole, before the noun they qualify ("the entire
/// collection", "every order").
const WHOLE_NOUN: &[&str] = &["entire", "whole", "full", "every"];

/// Words of a part before "of" and the noun phrase they take a part of
/// ("part of the grant", "most of its flock").
const PART_OF: &[&str] = &["part", "most", "much", "some", "many"];

/// Words that may stand between "of" and the noun a part is taken of.
const DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
];

/// The words each side qualifies as whole (`true`) or partial (`false`),
/// with the span of the marker: "fully funded", "funded in full", "paid in
/// part".
fn qualified<'a>(words: &[&'a str]) -> Vec<(&'a str, bool, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    // "were not covered in full": a whole denied is a part already.
    let denied = |at: usize| {
        words[at.saturating_sub(2)..at]
            .iter()
            .any(|w| matches!(*w, "not" | "n't" | "never" | "no"))
    };
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).copied();
        let whole = WHOLE_BEFORE.contains(w);
        if let Some(n) = next.filter(|_| (whole || PART_BEFORE.contains(w)) && !denied(i)) {
            out.push((n, whole, i..i + 1));
        }
        // "funded in full", "repaid in part": the participle before "in".
        let after_in = match next {
            Some("full") => Some(true),
            Some("part") => Some(false),
            _ => None,
        };
        if let Some(whole) = after_in.filter(|_| *w == "in" && i > 0 && !denied(i - 1)) {
            out.push((words[i - 1], whole, i..i + 2));
        }
        // "the whole grant", "every order": the noun after the adjective.
        if let Some(n) = next.filter(|_| WHOLE_NOUN.contains(w) && !denied(i)) {
            out.push((n, true, i..i + 1));
        }
        // "part of the grant", "most of its flock": the noun after the
        // determiner; "is part of a series" names no determiner of these.
        if PART_OF.contains(w) && next == Some("of") && !denied(i) {
            let det = words.get(i + 2).filter(|d| DETERMINERS.contains(d));
            if let Some(n) = det.and_then(|_| words.get(i + 3)) {
                out.push((n, false, i..i + 2));
            }
        }
    }
    out
}

/// A word the source qualifies as whole the suspect qualifies as partial,
/// or the reverse, with the marker moved ("funded in full" → "partly
/// funded").
pub fn whole_turned(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let marked = |w: &&str| {
        WHOLE_BEFORE.contains(w)
            || PART_BEFORE.contains(w)
            || WHOLE_NOUN.contains(w)
            || matches!(*w, "in" | "of")
    };
    if !tw.iter().any(marked) || !ow.iter().any(marked) {
        return;
    }
    let theirs = qualified(tw);
    // The source qualifies each way already: it restates nothing one-sided.
    if theirs.is_empty() || theirs.iter().any(|t| t.1) && theirs.iter().any(|t| !t.1) {
        return;
    }
    for (word, whole, span) in qualified(ow) {
        let turned = theirs
            .iter()
            .find(|(w, was_whole, _)| *was_whole != whole && share_lemma(w, word));
        let Some((_, _, was)) = turned else { continue };
        let was = tw[was.clone()].join(" ");
        let how = if whole {
            "a part made whole"
        } else {
            "a whole made partial"
        };
        flag_units(
            doc,
            src,
            pair,
            span,
            |now| format!("\"{was}\" became \"{now}\": {how}"),
            out,
        );
        return;
    }
}
