//! Where a dropped hedge's finding goes: the certain modal, copula or
//! restated verb that took the hedge's place.

use super::words::{HEDGE_SET, HEDGES, hedging, in_set};
use crate::align::units::Units;
use crate::align::{AlignedPair, Edit, EditKind};
use crate::lexicon::stance::stances;
use crate::lexicon::wordnet::{VERB, lemmas, parts_of_speech};
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::GROUP_LEADS;

/// Tokens after a dropped hedge within which a certain modal took its place
/// ("expects … to fall" → "… will fall"); one further on belongs to another
/// clause.
const MODAL_REACH: usize = 8;

/// Tokens after a deleted hedge within which a copula put in for it is
/// looked for.
const COPULA_REACH: usize = 12;

/// A copula the rewrite put in after a hedge it deleted outright, which
/// states as settled what the hedge forecast ("said it expected profit of
/// between £3m and £4m" → "said profit was between £3m and £4m"): the first
/// present or past "be" of a later changed edit within [`COPULA_REACH`]
/// tokens whose source side has none, and which no hedge follows.
pub(super) fn settled_copula(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    e: &Edit,
) -> Option<usize> {
    let copula = |w: &str| matches!(w, "is" | "are" | "was" | "were");
    if !e.suspect.is_empty() {
        return None;
    }
    let reach = e.suspect.start..e.suspect.start + COPULA_REACH;
    pair.edits
        .iter()
        .filter(|x| x.kind != EditKind::Equal && x.suspect.start >= e.suspect.start)
        .filter(|x| !x.source.clone().any(|t| copula(&src.tokens[t].norm)))
        .flat_map(|x| x.suspect.clone())
        .find(|&t| {
            reach.contains(&t)
                && copula(&doc.tokens[t].norm)
                // "a westerly is forecast": the hedge kept in the passive.
                && !doc
                    .tokens
                    .get(t + 1)
                    .is_some_and(|n| in_set(&HEDGE_SET, HEDGES, &n.norm))
        })
}

/// Whether the tokens `span` hold a verb ("according to" is a preposition).
pub(super) fn has_verb(doc: &Document, span: std::ops::Range<usize>) -> bool {
    doc.words(span)
        .any(|(_, t)| t.norm != "according" && parts_of_speech(&t.norm) & VERB != 0)
}

/// The copula or auxiliary just before token `t` ("was probably the main driver" → "was
/// the main driver": the hedge stood after "was").
pub(super) fn verb_before(doc: &Document, t: usize) -> Option<std::ops::Range<usize>> {
    let p = (0..t)
        .rev()
        .find(|&p| doc.tokens[p].kind == TokenKind::Word)?;
    let copula = matches!(
        doc.tokens[p].norm.as_str(),
        "is" | "are" | "was" | "were" | "be" | "been" | "has" | "have" | "had"
    );
    (p + 1 == t && copula).then_some(p..t)
}

/// Whether `word` is a modal of certainty.
pub(super) fn is_certain_modal(word: &str) -> bool {
    matches!(word, "will" | "would" | "shall" | "must")
}

/// The certain modal that took the place of the hedge of `te`, whose edit
/// put `own` in the suspect: one before the verb the hedge qualified ("which
/// are expected to take effect" → "though they will take effect"), else one
/// in the replacing edits within [`MODAL_REACH`] tokens of `own` ("expects …
/// to fall" → "… will fall"), else one the rewrite moved with its clause
/// ("pupils are expected to benefit once …" → "Once …, pupils will
/// benefit"): before a verb of the hedge's edit.
pub(super) fn placed_modal(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (own, te): (&std::ops::Range<usize>, &Units),
) -> Option<usize> {
    let changed = || {
        pair.edits
            .iter()
            .filter(|x| x.kind != EditKind::Equal)
            .flat_map(|x| x.suspect.clone())
            .filter(|&t| is_certain_modal(&doc.tokens[t].norm))
    };
    let before = |t: usize, words: &dyn Fn(&str) -> bool| {
        doc.tokens.get(t + 1).is_some_and(|n| words(&n.norm))
    };
    let verb = hedged_verb(src, pair, te);
    changed()
        .find(|&t| verb.is_some_and(|v| before(t, &|w| w == v)))
        .or_else(|| changed().find(|t| (own.start..own.end + MODAL_REACH).contains(t)))
        .or_else(|| changed().find(|&t| before(t, &|w| te.text.iter().any(|h| h == w))))
}

/// The first full verb after the hedge of `te` in the source sentence ("are
/// expected to take effect" → "take"), within [`MODAL_REACH`] words.
fn hedged_verb<'a>(src: &'a Document, pair: &AlignedPair, te: &Units) -> Option<&'a str> {
    let aux = |w: &str| {
        lemmas(w)
            .iter()
            .any(|l| matches!(l.as_str(), "be" | "have" | "do"))
    };
    let hedge = (0..te.text.len()).find(|&k| hedging(&te.text, k))?;
    let reach = te.token[hedge] + 1..pair.source_tokens(src).end;
    src.words(reach)
        .map(|(_, t)| t.norm.as_str())
        .take(MODAL_REACH)
        .find(|w| parts_of_speech(w) & VERB != 0 && !aux(w) && !in_set(&HEDGE_SET, HEDGES, w))
}

/// The verb the hedge qualified, restated bare in another form elsewhere in
/// the rewrite ("the rise appeared to be driven by" → "… drove the rise"):
/// a changed word of the suspect sharing its lemma with the first full verb
/// after the hedge in the source. A present "-s" form counts only inside
/// `own`, the suspect side of the hedge's edit ("drug may reduce" →
/// "medication reduces"); elsewhere it is more often a plural noun.
pub(super) fn restated_verb(
    doc: &Document,
    src: &Document,
    (pair, own): (&AlignedPair, &std::ops::Range<usize>),
    te: &Units,
) -> Option<usize> {
    let verb = hedged_verb(src, pair, te)?;
    let verb_lemmas = lemmas(verb);
    let kin = |w: &str, k: usize| {
        w != verb
            && (!w.ends_with('s') || own.contains(&k))
            && !w.ends_with("ing")
            && lemmas(w).iter().any(|l| l != w && verb_lemmas.contains(l))
    };
    pair.edits
        .iter()
        .filter(|x| x.kind != EditKind::Equal)
        .flat_map(|x| doc.words(x.suspect.clone()))
        .find(|(k, t)| parts_of_speech(&t.norm) & VERB != 0 && kin(&t.norm, *k))
        .map(|(k, _)| k)
}

/// The verb of attribution the rewrite put in for a dropped "according to"
/// (`hedged`, the source edit's words): the last changed word of the
/// suspect that the stance table files under attribution ("according to a
/// report by the fire service" → "the fire service's report showed").
pub(super) fn attribution_put_in(
    doc: &Document,
    pair: &AlignedPair,
    hedged: &[String],
) -> Option<usize> {
    if !hedged.iter().any(|w| w == "according") {
        return None;
    }
    pair.edits
        .iter()
        .filter(|x| x.kind != EditKind::Equal)
        .flat_map(|x| doc.words(x.suspect.clone()))
        .filter(|(_, t)| {
            t.norm != "according"
                && parts_of_speech(&t.norm) & VERB != 0
                && stances(&t.norm).iter().any(|s| s.class == "attribution")
        })
        .map(|(k, _)| k)
        // "report showed": the verb follows the noun of the same table.
        .last()
}

/// Hedges that qualify a noun ("a potential turning point"), with no verb
/// where they stand.
const ADJECTIVES: &[&str] = &[
    "potential",
    "possible",
    "likely",
    "probable",
    "alleged",
    "suspected",
    "purported",
    "provisional",
    "tentative",
    "preliminary",
];

/// Whether the hedge words `te` are one that qualifies a noun (see [`ADJECTIVES`]).
pub(super) fn qualifies_noun(te: &[String]) -> bool {
    matches!(te, [w] if ADJECTIVES.contains(&w.as_str()))
}

/// Whether `word` leads a verb group: a copula, an auxiliary or a modal.
pub(super) fn is_verb_lead(word: &str) -> bool {
    GROUP_LEADS.contains(&word) || matches!(word, "be" | "been")
}

/// Whether `word` is a verb's participle ("coming", "added").
pub(super) fn is_participle(word: &str) -> bool {
    (word.ends_with("ing") || word.ends_with("ed")) && parts_of_speech(word) & VERB != 0
}

/// A verb of decision the rewrite put in for a dropped hedge ("it would
/// likely go to voters" → "the city has decided to put it to voters"): a
/// changed word of the suspect the stance table files as a decision, which
/// the source's sentence does not state.
pub(super) fn decision_put_in(doc: &Document, src: &Document, pair: &AlignedPair) -> Option<usize> {
    let decided = |w: &str| {
        stances(w)
            .iter()
            .any(|s| s.class == "intention" && s.group == "decided")
    };
    if src
        .words(pair.source_tokens(src))
        .any(|(_, t)| decided(&t.norm))
    {
        return None;
    }
    pair.edits
        .iter()
        .filter(|x| x.kind != EditKind::Equal)
        .flat_map(|x| doc.words(x.suspect.clone()))
        .find(|(_, t)| decided(&t.norm))
        .map(|(k, _)| k)
}
