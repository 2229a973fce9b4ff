//! Which words of a substitution are content words, and which source word
//! stands for a suspect word.

use crate::align::units::Units;
use crate::lexicon::dictionary;
use crate::lexicon::titles::in_post;
use crate::text::Document;
use crate::text::names::{is_sentence_initial, is_title_case};
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;

/// Whether unit `k` of `units` is a content word: a word, not a name, a
/// stop word, a negation or a bound of a figure.
pub(super) fn is_content(doc: &Document, units: &Units, k: usize) -> bool {
    let w = units.text[k].as_str();
    let t = units.token[k];
    let token = &doc.tokens[t];
    // "Profit Rises as Shoppers Trade Down": title case capitalises common
    // words, which are judged as any others.
    let styled =
        || dictionary::is_known(w) && doc.sentence_of(t).is_some_and(|s| is_title_case(doc, s));
    let name = doc.is_capitalized(t)
        && !in_post(doc, t)
        && if is_sentence_initial(doc, t) {
            written_as_name(doc, &token.norm)
        } else {
            !styled()
        };
    token.kind == TokenKind::Word
        && !name
        && !is_stopword(w)
        && !NOT_CONTENT.contains(&w)
        && w.chars().all(char::is_alphabetic)
        && w.len() > 2
}

/// Whether `doc` writes the word `norm` as a name: capitalised inside a
/// sentence, not in a title-case headline ("shares in Castellan"), so that a
/// sentence-initial "Castellan" is the name too.
pub(super) fn written_as_name(doc: &Document, norm: &str) -> bool {
    (0..doc.tokens.len()).any(|u| {
        doc.tokens[u].norm == norm
            && doc.is_capitalized(u)
            && !is_sentence_initial(doc, u)
            && !doc.sentence_of(u).is_some_and(|s| is_title_case(doc, s))
    })
}

/// Function words the stop-word list lacks, and negations (polarity-drift judges those).
const NOT_CONTENT: &[&str] = &[
    "not",
    "no",
    "never",
    "nor",
    "none",
    "own",
    "per",
    "via",
    "yet",
    "although",
    "though",
    "whereas",
    "whilst",
    "because",
    "unless",
    // Approximations and bounds of figures: number-drift judges those.
    "around",
    "almost",
    "nearly",
    "under",
    "over",
    "roughly",
    "approximately",
];

/// The source word standing where suspect word `k` stands: by position when both
/// sides have as many content words, else first for first and last for last.
pub(super) fn counterpart(from: &[usize], to: &[usize], k: usize) -> Option<usize> {
    if from.is_empty() {
        return None;
    }
    let i = to.iter().position(|&x| x == k)?;
    if from.len() == to.len() {
        return Some(from[i]);
    }
    if i == 0 {
        return from.first().copied();
    }
    (i + 1 == to.len()).then(|| from[from.len() - 1])
}

/// Whether token `u` of `doc` is capitalised inside its sentence, as a word
/// of a name is.
pub(super) fn in_name(doc: &Document, u: usize) -> bool {
    doc.is_capitalized(u) && !is_sentence_initial(doc, u)
}
