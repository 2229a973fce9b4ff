//! A negative quantifier swapped in place for a universal one, the rest of
//! its clause kept: "none of them were hurt" → "all of them were hurt";
//! "nobody objected" → "everybody objected". The flip is of the whole
//! claim, even when a negation added elsewhere in the sentence ("will still
//! open" → "will no longer open") balances the negation count.

use super::clause::same_clause;
use super::excuses::excused;
use super::negation::{Changed, Sides};
use super::negators::{DENIED_REACH, content_after};
use super::span::changed_negation;
use crate::align::{AlignedPair, Edit, EditKind};
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::{are_antonyms, near_adjectives};
use crate::text::Document;
use crate::text::words::stem;

/// Quantifiers that deny their predicate of every member.
const NEGATIVE: &[&str] = &["none", "nobody", "no", "neither"];

/// Quantifiers that affirm their predicate of every member.
const UNIVERSAL: &[&str] = &["all", "every", "everyone", "everybody", "each", "both"];

/// Words, on either side, of a quantifier swapped in place ("none of" →
/// "all of", "no one" → "everyone").
const SWAP_WORDS: usize = 3;

/// Findings for each edit that swapped a negative quantifier for a universal
/// one while no later change in its clause rewrote the predicate ("no posts
/// would be cut" → "every post would be kept" restates).
pub(super) fn flipped_quantifiers(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
) -> Vec<Diagnostic> {
    let ours = pair.suspect_tokens(doc);
    let evidence = src.span_text(pair.source_tokens(src));
    let words = |d: &Document, r: std::ops::Range<usize>| -> Vec<String> {
        d.words(r).map(|(_, t)| t.norm.clone()).collect()
    };
    let changed: Vec<_> = pair
        .edits
        .iter()
        .filter(|e| e.kind != EditKind::Equal)
        .collect();
    changed
        .iter()
        .filter(|e| {
            let (was, now) = (words(src, e.source.clone()), words(doc, e.suspect.clone()));
            let swapped = (1..=SWAP_WORDS).contains(&was.len())
                && (1..=SWAP_WORDS).contains(&now.len())
                && was.iter().any(|w| NEGATIVE.contains(&w.as_str()))
                && now.iter().any(|w| UNIVERSAL.contains(&w.as_str()));
            // The predicate follows, unchanged, in the same clause.
            let next = changed
                .iter()
                .find(|f| f.suspect.start >= e.suspect.end && f.source.start >= e.source.end);
            let predicate = e.suspect.end < ours.end
                && same_clause(doc, e.suspect.clone(), e.suspect.end..e.suspect.end + 1)
                && doc.tokens[e.suspect.end].is_wordlike();
            swapped
                && predicate
                && next.is_none_or(|f| !same_clause(doc, e.suspect.clone(), f.suspect.clone()))
        })
        .map(|e| {
            let (start, end) = doc.token_span(e.suspect.clone());
            let was = src.span_text(e.source.clone());
            Diagnostic::new(
                start,
                end,
                format!("negative quantifier made universal: the source says \"{was}\""),
            )
            .evidence(evidence)
        })
        .collect()
}

/// A negative quantifier made universal is a flip of its own, so the
/// negation that balanced its count stands alone ("would still keep …, and
/// none would lose" → "would no longer keep …, and all would lose"): each
/// other changed edit whose negation denies a word both sentences state is
/// judged as an unbalanced one ("passed off peacefully" → "passed off
/// without trouble" restates).
pub(super) fn balanced_by_quantifier(
    sides: Sides,
    changed: &[Changed],
    flipped: &[Diagnostic],
    out: &mut Vec<Diagnostic>,
) {
    let Sides {
        doc,
        src,
        pair,
        src_negators,
        ..
    } = sides;
    let (theirs, ours) = (pair.source_tokens(src), pair.suspect_tokens(doc));
    let states = |d: &Document, range: std::ops::Range<usize>, w: &str| {
        d.words(range).any(|(_, t)| stem(&t.norm) == stem(w))
    };
    for (e, added, na) in changed {
        let (start, end) = doc.token_span(e.suspect.clone());
        let dropped = src_negators.iter().find(|t| e.source.contains(t));
        let kept_word = match (added.first(), dropped) {
            (Some(&t), _) => content_after(doc, t + 1..ours.end, DENIED_REACH)
                .is_some_and(|w| states(src, theirs.clone(), w)),
            (None, Some(&t)) => content_after(src, t + 1..theirs.end, DENIED_REACH)
                .is_some_and(|w| states(doc, ours.clone(), w)),
            (None, None) => false,
        };
        if !kept_word
            || flipped.iter().any(|d| d.overlaps(start, end))
            || excused(sides, e, added, *na)
        {
            continue;
        }
        out.extend(changed_negation(sides, e, added, *na));
    }
}

/// Whether a changed edit's one negation is a negative quantifier swapped
/// for a universal one, or the reverse, whose predicate a later edit of the
/// same clause turned to its opposite ("all other dates were correct" →
/// "none of the other dates was wrong"): "no X is P" is "every X is not P",
/// a restatement. A predicate kept or told in other words ("none of the
/// dates were wrong" → "all of the dates were inaccurate") still flips.
pub(super) fn restated_by_predicate(sides: Sides, e: &Edit, added: &[usize], na: usize) -> bool {
    let Sides { doc, src, pair, .. } = sides;
    if added.len().abs_diff(na) != 1 {
        return false;
    }
    let words = |d: &Document, r: std::ops::Range<usize>| -> Vec<String> {
        d.words(r).map(|(_, t)| t.norm.clone()).collect()
    };
    let (was, now) = (words(src, e.source.clone()), words(doc, e.suspect.clone()));
    let has = |w: &[String], set: &[&str]| w.iter().any(|x| set.contains(&x.as_str()));
    let (denied, affirmed) = if na > added.len() {
        (&was, &now)
    } else {
        (&now, &was)
    };
    if !has(denied, NEGATIVE) || !has(affirmed, UNIVERSAL) {
        return false;
    }
    // A predicate adjective that may be a verb ("were correct") counts.
    let opposite = |a: &str, b: &str| are_antonyms(a, b) || near_adjectives(a, b);
    pair.edits.iter().any(|f| {
        f.kind != EditKind::Equal
            && f.suspect.start >= e.suspect.end
            && f.source.start >= e.source.end
            && same_clause(doc, e.suspect.clone(), f.suspect.clone())
            && {
                let told = words(doc, f.suspect.clone());
                words(src, f.source.clone())
                    .iter()
                    .any(|w| told.iter().any(|t| opposite(w, t)))
            }
    })
}
