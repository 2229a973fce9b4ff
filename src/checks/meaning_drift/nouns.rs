//! Stance words read as nouns: "a rise in claims", "its order book",
//! "studies have shown" name a thing, not an act of saying, ordering or
//! weighing, and carry no stance to shift.

use crate::checks::grammar::MODALS;
use crate::lexicon::determiners::{is_article, is_possessive};
use crate::lexicon::wordnet::{ADJECTIVE, NOUN, parts_as_written, parts_of_speech};
use crate::text::Document;
use crate::text::tokens::TokenKind;

/// Words after which a stance noun takes what it is about ("plans to",
/// "claims that", "a request for"): the noun keeps the verb's stance.
const COMPLEMENTS: &[&str] = &["to", "that", "of", "for", "whether", "about", "on"];

/// Prepositions whose object a word stands as ("a rise in claims").
const OBJECT_OF: &[&str] = &["in", "at", "from", "into", "with"];

/// Verbs a clause-opening plural noun takes, as what records hold ("studies
/// have shown", "surveys found").
const SHOWING: &[&str] = &[
    "have",
    "had",
    "show",
    "showed",
    "shown",
    "found",
    "suggest",
    "suggested",
    "indicate",
    "indicated",
];

/// Whether token `t` of `d`, a word WordNet gives a noun sense and no
/// adjective's ("a sharp rise" keeps its degree) or one ending in "s"
/// ("asserts"), stands as a noun with nothing it is about after it: the
/// object of a preposition ("a rise in claims across the sector"), a
/// compound's first word after a determiner ("its order book"), or a plural
/// opening its clause before a verb of showing ("studies have shown").
pub(super) fn noun_reading(d: &Document, t: usize) -> bool {
    let Some(tok) = d.tokens.get(t) else {
        return false;
    };
    let w = tok.norm.as_str();
    let next = d.tokens.get(t + 1);
    let after = next.map_or("", |n| n.norm.as_str());
    if tok.kind != TokenKind::Word
        || w.ends_with("ing")
        || w.ends_with("ed")
        || (parts_of_speech(w) & (NOUN | ADJECTIVE) != NOUN && !w.ends_with('s'))
        || COMPLEMENTS.contains(&after)
    {
        return false;
    }
    let before = d.norm_before(t, 1);
    let object = before.is_some_and(|b| OBJECT_OF.contains(&b));
    let head = next.is_some_and(|n| {
        n.kind == TokenKind::Word
            && !n.norm.ends_with('s')
            && !n.norm.ends_with("ed")
            // "the plan will", "the claims have": a verb follows, no compound.
            && !MODALS.contains(&after)
            && !matches!(after, "be" | "have" | "do")
            && parts_as_written(after) & NOUN != 0
    });
    let compound = before.is_some_and(|b| is_article(b) || is_possessive(b)) && head;
    let opens = before.is_none_or(|b| matches!(b, "," | ";"))
        || d.sentence_of(t)
            .is_some_and(|s| d.sentences[s].tokens.start == t);
    let records = w.ends_with('s') && opens && SHOWING.contains(&after);
    object || compound || records
}

/// Whether a shift of `class` from source token `j` to suspect token `k`
/// is no act's: a word of saying, asking, intending or showing read as a
/// noun on either side ("a rise in claims", "its order book").
pub(super) fn nouns_read(
    class: &str,
    (src, j): (&Document, usize),
    (doc, k): (&Document, usize),
) -> bool {
    matches!(
        class,
        "attribution"
            | "directive"
            | "intention"
            | "commitment"
            | "evidence"
            | "finding"
            | "proof"
            | "attempt"
    ) && (noun_reading(src, j) || noun_reading(doc, k))
}
