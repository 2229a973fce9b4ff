//! Articles put before a name the source writes without one ("The MA").

use super::SourceNames;
use super::case::is_all_caps;
use crate::lexicon::wordnet::{self, ADVERB, NOUN};
use crate::lexicon::{dictionary, speech};
use crate::text::Document;
use crate::text::names::bare;
use crate::text::tokens::TokenKind;
use crate::text::words::GROUP_LEADS;

/// The "the" before name token `t` that the source never gives the name
/// ("The MA", "the Okafor said"): `form` is how the source writes the name,
/// `as_source` whether the suspect writes it that way too.
pub(super) fn stray_article(
    doc: &Document,
    names: &SourceNames,
    t: usize,
    form: &str,
    as_source: bool,
) -> Option<usize> {
    let tok = &doc.tokens[t];
    let written = doc.folded_token(t);
    t.checked_sub(1).filter(|&a| {
        doc.tokens[a].norm == "the"
            && !is_all_caps(form)
            && (is_all_caps(doc.folded_token(t)) || !dictionary::is_known(bare(&tok.norm)))
            && !names.with_article.contains(bare(&tok.norm))
            && doc
                .tokens
                .get(t + 1)
                .is_none_or(|n| n.kind != TokenKind::Word || !doc.is_capitalized(t + 1))
            && if as_source {
                ends_possessive(written) || stands_alone(doc, t)
            } else {
                !modifies_next(doc, t)
            }
    })
}

/// Whether a written word ends in a possessive ("Caldera's"), which no article precedes.
fn ends_possessive(s: &str) -> bool {
    s.ends_with("'s")
}

/// Whether name token `t` ends its noun phrase: the sentence ends or a verb
/// or adverb follows ("the Pinnock is", "the Brekke said", "the Quintero
/// also"), so an article before it is the name's, not a noun's after it.
fn stands_alone(doc: &Document, t: usize) -> bool {
    doc.tokens.get(t + 1).is_none_or(|n| {
        let parts = wordnet::parts_as_written(&n.norm);
        matches!(n.norm.as_str(), "." | "!" | "?" | ";" | ":")
            || GROUP_LEADS.contains(&n.norm.as_str())
            || speech::is_speech_verb(&n.norm)
            || (parts & ADVERB != 0 && parts & NOUN == 0)
    })
}

/// Whether name token `t` modifies the common noun after it ("the Dunmere site"),
/// which the article then belongs to.
fn modifies_next(doc: &Document, t: usize) -> bool {
    doc.tokens.get(t + 1).is_some_and(|n| {
        let parts = wordnet::parts_as_written(&n.norm);
        n.kind == TokenKind::Word
            && !doc.is_capitalized(t + 1)
            && !n.norm.ends_with('s')
            && parts & NOUN != 0
            && parts & ADVERB == 0
    })
}
