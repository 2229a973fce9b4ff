//! The negation count: negations added or removed in each aligned pair,
//! weighed against the word flips and restatements that answer them.

use super::answered::answered;
use super::comparative::count_less;
use super::excuses::{doubly_denied, excused, misspelt_negator, or_else};
use super::litotes::litotes_against;
use super::negators::{
    amount_before_noun, negator_tokens, restating_alternative, restating_denials, restating_or,
    restating_others, restating_preference, restating_promptly, restating_refusal, restating_small,
};
use super::span::changed_negation;
use super::{carried, clause, degree, moved_denial, quantifier, sensed, target};
use crate::align::{AlignedPair, Alignment, Edit, EditKind};
use crate::finding::Diagnostic;
use crate::lexicon::negation::litotes;
use crate::lexicon::wordnet;
use crate::text::Document;

/// A changed edit: the edit, the suspect negators it holds and how many
/// source negators it holds.
pub(super) type Changed<'a> = (&'a Edit, Vec<usize>, usize);

/// One aligned pair's sentences, the alignment around it and the source's
/// negators, which the judgement of each changed edit consults.
#[derive(Clone, Copy)]
pub(super) struct Sides<'a> {
    /// The suspect document.
    pub(super) doc: &'a Document,
    /// The source document.
    pub(super) src: &'a Document,
    /// The aligned sentences.
    pub(super) pair: &'a AlignedPair,
    /// The whole alignment, for sentences split off.
    pub(super) alignment: &'a Alignment,
    /// Source tokens holding a negation.
    pub(super) src_negators: &'a [usize],
}

/// Flags negation added or removed, unless as many word flips beside it
/// cancel it out ("did not approve" → "rejected"), and drops the flips that
/// cancelled. A flip in another clause does not ("which approved …, found no
/// evidence" → "which rejected …, found evidence" is two flips). The source's
/// denying word already `reported` dropped is one reversal, reported once.
pub(super) fn negation(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    alignment: &Alignment,
    flips: &mut Vec<Diagnostic>,
    out: &mut Vec<Diagnostic>,
    reported: Option<usize>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let (mut src_negators, mut sus_negators) =
        (negator_tokens(src, theirs), negator_tokens(doc, ours));
    // These passes only drop negators: two empty lists stay empty.
    if !src_negators.is_empty() || !sus_negators.is_empty() {
        restating_small(src, &mut src_negators, doc, ours);
        restating_small(doc, &mut sus_negators, src, theirs);
        restating_promptly(src, &mut src_negators, ours);
        restating_promptly(doc, &mut sus_negators, theirs);
        restating_refusal(src, &mut src_negators, ours, &sus_negators);
        restating_refusal(doc, &mut sus_negators, theirs, &src_negators);
        restating_preference(theirs, &mut src_negators, ours);
        restating_preference(ours, &mut sus_negators, theirs);
        restating_alternative((theirs, &mut src_negators), (ours, &mut sus_negators));
        restating_others(theirs, &mut src_negators, ours);
        restating_others(ours, &mut sus_negators, theirs);
    }
    restating_denials(src, theirs, &mut src_negators, ours);
    restating_denials(doc, ours, &mut sus_negators, theirs);
    // No negation on either side yet: the passes below drop negators or
    // count one only against a negation of the other side ("less keen" for
    // "not as keen"), so nothing was added or removed.
    if src_negators.is_empty() && sus_negators.is_empty() {
        return;
    }
    count_less((theirs, &mut src_negators), (ours, &mut sus_negators));
    let sides_of = |e: &Edit| (e.suspect.clone(), e.source.clone());
    restating_or(doc, &mut sus_negators, src, &pair.edits, sides_of);
    restating_or(src, &mut src_negators, doc, &pair.edits, |e| {
        (e.source.clone(), e.suspect.clone())
    });
    // "beating forecasts" → "missing forecasts": a denying verb that is
    // itself a flip's opposite is that flip, not a negation besides it
    // ("ever" → "never" is left to the count).
    sus_negators.retain(|&t| {
        wordnet::parts_of_speech(&doc.tokens[t].norm) & wordnet::VERB == 0
            && !amount_before_noun(doc, t)
            || !flips.iter().any(|d| doc.tokens[t].start == d.start)
    });
    src_negators.retain(|&t| {
        !amount_before_noun(src, t)
            || !flips
                .iter()
                .any(|d| d.suggestion.as_deref() == Some(&src.tokens[t].norm))
    });
    let (a, b) = (src_negators.len(), sus_negators.len());
    // No negation in either side: nothing was added or removed.
    if a == 0 && b == 0 {
        return;
    }
    let changed: Vec<Changed> = pair
        .edits
        .iter()
        .filter(|e| e.kind != EditKind::Equal)
        .map(|e| {
            let na = src_negators.iter().filter(|t| e.source.contains(t)).count();
            let added = sus_negators
                .iter()
                .copied()
                .filter(|t| e.suspect.contains(t))
                .collect::<Vec<_>>();
            (e, added, na)
        })
        .filter(|(_, added, na)| added.len() != *na)
        .collect();
    let sides = || Sides {
        doc,
        src,
        pair,
        alignment,
        src_negators: &src_negators,
    };
    // "rare" → "not uncommon": a litotes read against the other side is a
    // flip, whatever negative word seems to carry its denial.
    let (more, fewer) = if b > a {
        (ours, theirs)
    } else {
        (theirs, ours)
    };
    if a != b
        && litotes(&more.words())
            .iter()
            .any(|d| litotes_against(d, &fewer.words()))
    {
        for (e, added, na) in &changed {
            out.extend(changed_negation(sides(), e, added, *na));
        }
        return;
    }
    // "not surprising" → "unsurprising": the denied word turned opposite in
    // the edit that dropped its denial restates it; other flips stand.
    if doubly_denied(theirs, ours, a, b) {
        flips.retain(|d| !changed.iter().any(|(e, ..)| clause::beside(doc, e, d)));
        return;
    }
    if or_else(doc, pair, a, b)
        || degree::superlative_restated(theirs, ours, a, b)
        || degree::shortfall_restated(theirs, ours, a, b)
        || degree::expectation_restated(theirs, ours, a, b)
        || (a == b + 1 && target::shortfall_of_mark(ours, theirs))
        || (b == a + 1 && target::shortfall_of_mark(theirs, ours))
    {
        return;
    }
    let carried = carried::carried(doc, src, pair, &changed);
    if a == b
        && !carried.contains(&true)
        && !changed
            .iter()
            .any(|(e, ..)| flips.iter().any(|d| clause::beside(doc, e, d)))
    {
        out.extend(moved_denial::moved_denials(
            doc,
            src,
            pair,
            &src_negators,
            &sus_negators,
        ));
        let flipped = quantifier::flipped_quantifiers(doc, src, pair);
        if !flipped.is_empty() {
            quantifier::balanced_by_quantifier(sides(), &changed, &flipped, out);
        }
        out.extend(flipped);
        return;
    }
    if let Some(cancelled) = answered(doc, src, pair, &changed, &carried, flips, (a, b)) {
        // A flip in another clause still stands ("called the results
        // discouraging and … not large enough" for "encouraging … too small").
        if cancelled {
            flips.retain(|d| !changed.iter().any(|(e, ..)| clause::beside(doc, e, d)));
        }
        return;
    }
    let moved = moved_denial::moved(doc, src, &changed, (&src_negators, &sus_negators));
    let sides = sides();
    for (k, (e, added, na)) in changed.into_iter().enumerate() {
        if moved[k] || misspelt_negator(doc, src, e) || sensed::denier_as_synonym(sides, e) {
            continue;
        }
        let nb = added.len();
        // "declined to say whether it would" → "confirmed it would": the
        // dropped denial is reported where its act is stated as done.
        if na > nb && reported.is_some_and(|t| e.source.contains(&t)) {
            continue;
        }
        // "was not high" → "was low" beside a flip elsewhere: this edit is
        // answered by its own opposite, the rest still count.
        if nb.abs_diff(na) == 1
            && let Some(i) = flips.iter().position(|d| clause::beside(doc, e, d))
        {
            flips.remove(i);
            continue;
        }
        if carried[k]
            || excused(sides, e, &added, na)
            || quantifier::restated_by_predicate(sides, e, &added, na)
        {
            continue;
        }
        out.extend(changed_negation(sides, e, &added, na));
    }
}
