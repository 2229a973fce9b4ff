//! What the words around a substitute show: a phrase, compound or term
//! the swap broke, or a word read as another part of speech.

use super::super::collocation::{
    COMMON_PAIR, InContext, abandons_collocation, breaks_collocation, breaks_compound,
    breaks_named_compound, breaks_phrasal_verb, breaks_term, unseen_after,
};
use super::super::compound_sense::{
    minor_sense_modifier, rarer_modifier, replaced_modifier, verb_in_compound,
};
use super::super::fixed_term::breaks_fixed_term;
use super::super::stranded::{noun_read_as_adjective, noun_read_as_verb, verb_read_as_noun};
use super::super::{
    BROKEN_COMPOUND, BROKEN_PHRASE, FIXED_TERM_BROKEN, MINOR_SENSE_MODIFIER, NOUN_AS_ADJECTIVE,
    NOUN_AS_VERB, PHRASAL_BROKEN, RARER_MODIFIER, REPLACED_MODIFIER, SYNONYM_BREAKS_COMPOUND,
    SYNONYM_BREAKS_TERM, UNSEEN_AFTER, VERB_AS_NOUN, VERB_IN_COMPOUND,
};
use crate::text::Document;
use crate::text::words::shares_root;

/// The evidence that source word `f` (in context `a`) replaced by suspect
/// word `t` at token `at` (in context `b`) garbles its phrase; `synonym`
/// where the two words share a common sense.
pub(super) fn context_evidence(
    doc: &Document,
    at: usize,
    (a, b): (&InContext, &InContext),
    (f, t): (&str, &str),
    synonym: bool,
) -> Option<&'static str> {
    if breaks_phrasal_verb(a, b) {
        return Some(PHRASAL_BROKEN);
    }
    if !synonym && noun_read_as_adjective(a, b) {
        return Some(NOUN_AS_ADJECTIVE);
    }
    let closed = doc.tokens.get(at + 1).is_none_or(|x| !x.is_wordlike());
    if !synonym && noun_read_as_verb(a, b, closed) {
        return Some(NOUN_AS_VERB);
    }
    if verb_read_as_noun(a, b, closed) {
        return Some(VERB_AS_NOUN);
    }
    if rarer_modifier(a, b) {
        return Some(RARER_MODIFIER);
    }
    if synonym {
        if breaks_compound(a, b) {
            return Some(SYNONYM_BREAKS_COMPOUND);
        }
        if breaks_fixed_term(a, b) {
            return Some(FIXED_TERM_BROKEN);
        }
        if breaks_term(a, b) {
            return Some(SYNONYM_BREAKS_TERM);
        }
        if minor_sense_modifier(a, b) {
            return Some(MINOR_SENSE_MODIFIER);
        }
        return abandons_collocation(a, b);
    }
    if shares_root(f, t) {
        return None;
    }
    if verb_in_compound(a, b) {
        Some(VERB_IN_COMPOUND)
    } else if breaks_collocation(a, b) {
        Some(BROKEN_PHRASE)
    } else if breaks_named_compound(a, b) {
        Some(BROKEN_COMPOUND)
    } else if breaks_fixed_term(a, b) {
        Some(FIXED_TERM_BROKEN)
    } else if breaks_term(a, b) {
        Some(SYNONYM_BREAKS_TERM)
    } else if replaced_modifier(a, b) {
        Some(REPLACED_MODIFIER)
    } else {
        unseen_after(a, b, COMMON_PAIR).then_some(UNSEEN_AFTER)
    }
}
