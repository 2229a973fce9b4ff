//! Who stands where around an opposed word: the parties of a converse verb
//! or a relative position that changed sides, and a name changed.

use crate::lexicon::wordnet::synonym_rank;
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, stem};

/// The words of the name nearest token `t` in its sentence, after it or
/// before it: a run of capitalised words, stopwords left out.
fn nearest_name(d: &Document, t: usize, after: bool) -> Vec<&str> {
    let Some(s) = d.sentence_of(t) else {
        return Vec::new();
    };
    let sentence = d.sentences[s].tokens.clone();
    let name = |k: usize| {
        let x = &d.tokens[k];
        x.kind == TokenKind::Word && d.is_capitalized(k) && !is_stopword(&x.norm)
    };
    let order: Vec<usize> = if after {
        (t + 1..sentence.end).collect()
    } else {
        (sentence.start..t).rev().collect()
    };
    order
        .iter()
        .skip_while(|&&k| !name(k))
        .take_while(|&&k| name(k))
        .map(|&k| d.tokens[k].norm.as_str())
        .collect()
}

/// Whether the party of a relative position changed sides ("Amsalu finished
/// ahead of Whitlow" → "Whitlow finished behind her"): the name right after
/// one side's word is the name right before the other's.
pub(super) fn names_swapped((src, ta): (&Document, usize), (doc, tb): (&Document, usize)) -> bool {
    let shared = |x: Vec<&str>, y: Vec<&str>| x.iter().any(|w| y.contains(w));
    shared(nearest_name(src, ta, true), nearest_name(doc, tb, false))
        || shared(nearest_name(src, ta, false), nearest_name(doc, tb, true))
}

/// Whether both words stand capitalised inside a name beside the same
/// capitalised word ("Coastwatch North" → "Coastwatch South", "North
/// Korea"): a name changed, which entity-drift judges.
pub(super) fn in_name((src, ta): (&Document, usize), (doc, tb): (&Document, usize)) -> bool {
    let name_word = |d: &Document, t: usize| {
        d.tokens.get(t).is_some_and(|x| x.kind == TokenKind::Word) && d.is_capitalized(t)
    };
    let shared = |x: Option<usize>, y: Option<usize>| match (x, y) {
        (Some(x), Some(y)) => {
            name_word(src, x) && name_word(doc, y) && src.tokens[x].norm == doc.tokens[y].norm
        }
        _ => false,
    };
    name_word(src, ta)
        && name_word(doc, tb)
        && (shared(ta.checked_sub(1), tb.checked_sub(1)) || shared(Some(ta + 1), Some(tb + 1)))
}

/// Personal pronouns that stand for a converse verb's party.
const PRONOUNS: &[&str] = &["i", "we", "you", "he", "she", "it", "they"];

/// Personal pronouns that stand for a converse verb's party after it.
const OBJECT_PRONOUNS: &[&str] = &["me", "us", "you", "him", "her", "it", "them"];

/// Content words searched on each side of a converse verb for its parties.
const PARTY_REACH: usize = 6;

/// Whether a converse verb's parties changed sides ("the trust bought the
/// land from three families" → "three families sold the land to the trust"):
/// the party just before the suspect's verb follows the source's, and the
/// party just before the source's follows the suspect's. A party is told by
/// the words its name does not share with the other's ("the Liberal
/// candidate led the Labour candidate" → "the Labour candidate trailed the
/// Liberal candidate").
pub(super) fn roles_swapped(
    (src, ta): (&Document, usize),
    (doc, tb): (&Document, usize),
    named: bool,
) -> bool {
    let (x, y) = (party_before(src, ta), party_before(doc, tb));
    let own = |p: &[String], q: &[String]| -> Vec<String> {
        p.iter()
            .filter(|w| !q.iter().any(|v| stem(v) == stem(w)))
            .cloned()
            .collect()
    };
    let (x, y) = (own(&x, &y), own(&y, &x));
    if x.is_empty() || y.is_empty() {
        return false;
    }
    let sentence = |d: &Document, t: usize| {
        d.sentence_of(t)
            .map_or(0..d.tokens.len(), |s| d.sentences[s].tokens.clone())
    };
    let follows = |d: &Document, t: usize, party: &[String]| {
        let end = sentence(d, t).end;
        d.tokens[t + 1..end]
            .iter()
            .any(|k| party.iter().any(|w| stem(w) == stem(&k.norm)))
    };
    let unnamed = |d: &Document, t: usize, party: &[String]| {
        !d.tokens[sentence(d, t)]
            .iter()
            .any(|k| party.iter().any(|w| stem(w) == stem(&k.norm)))
    };
    let synonyms = x
        .iter()
        .any(|a| y.iter().any(|b| synonym_rank(a, b).is_some()));
    // `named`: both parties named after the verb on the other side.
    if named {
        return follows(doc, tb, &x) && follows(src, ta, &y);
    }
    // "the council, which bought them from a collector" → "the council;
    // a collector sold them to it": a party named before the verb may
    // follow it as a pronoun.
    let told_again = |d: &Document, t: usize, party: &[String]| {
        let s = sentence(d, t);
        d.tokens[s.start..t]
            .iter()
            .any(|k| party.iter().any(|w| stem(w) == stem(&k.norm)))
            && d.tokens[t + 1..s.end.min(t + 1 + PARTY_REACH)]
                .iter()
                .any(|k| OBJECT_PRONOUNS.contains(&k.norm.as_str()))
    };
    // "Fenwick led 2-0, and Rovers …" → "Rovers trailed 2-0": the other
    // party may go unnamed; "the hosts trailed" → "the visitors led":
    // both may, when they are not one party in other words.
    (follows(doc, tb, &x) || unnamed(doc, tb, &x) || told_again(doc, tb, &x))
        && (follows(src, ta, &y) || (unnamed(src, ta, &y) && !synonyms))
}

/// The run of content words just before token `t` (within
/// [`PARTY_REACH`] tokens), the party of a verb there; a personal pronoun
/// nearer the verb is the party itself ("saying they had lost" → "noting
/// that they had won": "they", not the verb of saying).
fn party_before(d: &Document, t: usize) -> Vec<String> {
    let content = |k: usize| {
        let x = &d.tokens[k];
        x.kind == TokenKind::Word && !is_stopword(&x.norm)
    };
    let start = t.saturating_sub(PARTY_REACH);
    let Some(last) = (start..t)
        .rev()
        .find(|&k| content(k) || PRONOUNS.contains(&d.tokens[k].norm.as_str()))
    else {
        return Vec::new();
    };
    if PRONOUNS.contains(&d.tokens[last].norm.as_str()) {
        return vec![d.tokens[last].norm.clone()];
    }
    (start..=last)
        .rev()
        .take_while(|&k| content(k))
        .map(|k| d.tokens[k].norm.clone())
        .collect()
}
