//! The words around a figure that tell its role: the word before it, the
//! noun or first word of content after it, the noun it is "of", and
//! whether it stands in a dateline.

use crate::text::Document;
use crate::text::numbers::Quantity;
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;

/// The word just before a figure ("damaged", "by"), if a word stands there.
pub(super) fn word_before<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    let t = doc.tokens.get(q.tokens.start.checked_sub(1)?)?;
    // "from 38 meadows between 2019" → "From 2019 … from 38 meadows": the
    // preposition of a period moved to the front says nothing of a figure's
    // role ("down from 94 percent" still does).
    let period = matches!(t.norm.as_str(), "from" | "between") && q.is_year();
    (t.kind == TokenKind::Word && !period).then_some(t.norm.as_str())
}

/// Tokens after a figure within which the first word of content tells its
/// role ("38% of adults supported": "adults"; "51% opposed it": "opposed").
const ROLE_REACH: usize = 3;

/// The first word of content after a figure, before any punctuation.
pub(super) fn word_after<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    doc.tokens
        .get(q.tokens.end..)?
        .iter()
        .take(ROLE_REACH)
        .take_while(|t| t.kind == TokenKind::Word)
        .find(|t| !is_stopword(&t.norm))
        .map(|t| t.norm.as_str())
}

/// The noun a figure is "of" ("revenue of $38 million": "revenue").
pub(super) fn owner<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    let at = q.tokens.start.checked_sub(2)?;
    let t = &doc.tokens[at];
    (word_before(doc, q) == Some("of") && t.kind == TokenKind::Word && !is_stopword(&t.norm))
        .then_some(t.norm.as_str())
}

/// The content word just after a figure ("properties"), if one stands there.
pub(super) fn noun_after<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    let t = doc.tokens.get(q.tokens.end)?;
    (t.kind == TokenKind::Word && !is_stopword(&t.norm)).then_some(t.norm.as_str())
}

/// The first three words after figure `q` ("minutes from time").
pub(super) fn words_after<'a>(doc: &'a Document, q: &Quantity) -> Option<Vec<&'a str>> {
    let words = doc.tokens.get(q.tokens.end..)?.iter();
    Some(
        words
            .filter(|t| t.is_wordlike())
            .take(3)
            .map(|t| t.norm.as_str())
            .collect(),
    )
}

/// Whether figure `q` is in a dateline ("LONDON, 12 March –"): the place and date
/// a wire story opens with, which a rewrite may drop or restyle.
pub(super) fn in_dateline(doc: &Document, q: &Quantity) -> bool {
    doc.sentence_of(q.tokens.start)
        .and_then(|k| doc.dateline_dash(k))
        .is_some_and(|dash| q.tokens.end <= dash)
}

/// Tokens before a figure within which a figure in digits tells its place
/// in a list ("17 shots, six of them").
const LIST_REACH: usize = 4;

/// The figure written in digits just before figure `q` in its sentence
/// ("17 shots, six of them": "17"; "6% over three years": "6"), within
/// [`LIST_REACH`] tokens: where a figure stands in a list of figures.
pub(super) fn figure_before<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    let sentence = doc.sentences[doc.sentence_of(q.tokens.start)?].tokens.start;
    let first = q.tokens.start.saturating_sub(LIST_REACH).max(sentence);
    doc.tokens[first..q.tokens.start]
        .iter()
        .rev()
        .find_map(|t| {
            let digits = t.norm.len()
                - t.norm
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .len();
            let number = t.kind == TokenKind::Number || (t.kind == TokenKind::Word && digits > 0);
            number.then(|| {
                if t.kind == TokenKind::Number {
                    t.norm.as_str()
                } else {
                    &t.norm[..digits]
                }
            })
        })
}
