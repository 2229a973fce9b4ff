//! Proper names: runs of capitalised words that are not merely sentence-initial.

use super::Document;
use super::numbers::{is_calendar_word, month_ends_name};
use super::tokens::TokenKind;
use super::words::is_stopword;
use crate::lexicon::dictionary;
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Words that may join capitalised words inside one name (`Bank of America`).
const CONNECTORS: &[&str] = &["of", "de", "du", "van", "von", "der", "&"];

/// Common nouns that end the name of a body ("English Draughts
/// Association", "Parish Council").
const BODY_HEADS: &[&str] = &[
    "academy",
    "agency",
    "alliance",
    "association",
    "authority",
    "board",
    "chamber",
    "charity",
    "club",
    "college",
    "commission",
    "committee",
    "company",
    "corporation",
    "council",
    "federation",
    "foundation",
    "guild",
    "institute",
    "league",
    "partnership",
    "society",
    "trust",
    "union",
];

/// Whether capitalised word `t` of `doc`, written `written`, misspells
/// `meant`, a lower-case dictionary word, where the slip is spelling's even
/// inside a name: before another capitalised word ("Cheif Executive") or as
/// the common noun ending a body's name ("Draughts Assocation"). A name's
/// last word is otherwise the name ("Price" → "Pryce").
pub fn misspelt_in_name(doc: &Document, t: usize, written: &str, meant: &str) -> bool {
    dictionary::misspells_word(written, meant)
        && (doc.precedes_capitalised_word(t) || is_body_head(meant))
}

/// Whether `word`, in any case and in the singular or the plural, is a
/// common noun that ends a body's name ("Association", "councils").
pub fn is_body_head(word: &str) -> bool {
    let word = word.to_lowercase();
    BODY_HEADS.contains(&word.as_str())
        || word
            .strip_suffix('s')
            .is_some_and(|w| BODY_HEADS.contains(&w))
}

/// A lower-cased word without its possessive `'s`.
pub fn bare(norm: &str) -> &str {
    norm.strip_suffix("'s").unwrap_or(norm)
}

/// Whether token `t` opens its sentence (ignoring opening quotes and brackets).
pub fn is_sentence_initial(doc: &Document, t: usize) -> bool {
    let Some(s) = doc.sentence_of(t) else {
        return false;
    };
    // After a dateline ("PARIS, May 2 (Wire) – Officials said"), too.
    doc.tokens[doc.text_start(s, t)..t]
        .iter()
        .all(|x| x.kind == TokenKind::Punct)
}

/// Whether sentence `s` is a headline: unclosed in the first paragraph, or
/// written in title case.
fn is_headline(doc: &Document, s: usize) -> bool {
    let sentence = &doc.sentences[s];
    let closed = doc.tokens[sentence.tokens.clone()]
        .last()
        .is_some_and(|x| matches!(x.norm.as_str(), "." | "!" | "?" | "\"" | "'" | ":"));
    (sentence.paragraph == 0 && !closed) || is_title_case(doc, s)
}

/// Whether sentence `s` is written in title case (most words capitalised).
pub fn is_title_case(doc: &Document, s: usize) -> bool {
    let words: Vec<usize> = doc
        .words(doc.sentences[s].tokens.clone())
        .filter(|(_, tok)| tok.kind == TokenKind::Word)
        .map(|(k, _)| k)
        .collect();
    let capitalised = words.iter().filter(|&&k| doc.is_capitalized(k)).count();
    words.len() >= 3 && capitalised * 10 >= words.len() * 7
}

/// Name detection over one document.
pub struct Names<'a> {
    doc: &'a Document,
    /// Per sentence: whether it is a headline.
    headlines: Vec<bool>,
    /// Name runs, found once.
    runs: Vec<Range<usize>>,
    /// Lower-cased words written capitalised somewhere other than a sentence start.
    capitalised_inside: FxHashSet<&'a str>,
}

impl<'a> Names<'a> {
    /// Prepares name detection for `doc`.
    pub fn new(doc: &'a Document) -> Self {
        let capitalised_inside = (0..doc.tokens.len())
            .filter(|&t| {
                doc.tokens[t].kind == TokenKind::Word
                    && doc.is_capitalized(t)
                    && !is_sentence_initial(doc, t)
            })
            .map(|t| bare(&doc.tokens[t].norm))
            .collect();
        let mut names = Names {
            doc,
            headlines: (0..doc.sentences.len())
                .map(|s| is_headline(doc, s))
                .collect(),
            runs: Vec::new(),
            capitalised_inside,
        };
        names.runs = names.find_runs();
        names
    }

    /// Whether word token `t` looks like part of a name.
    pub fn is_name_token(&self, t: usize) -> bool {
        let doc = self.doc;
        let tok = &doc.tokens[t];
        if tok.kind != TokenKind::Word
            || !doc.is_capitalized(t)
            || (is_calendar_word(bare(&tok.norm)) && !month_ends_name(doc, t))
        {
            return false;
        }
        let raw = doc.folded_token(t);
        let all_caps = raw
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        if (all_caps && raw.chars().count() >= 2) || !is_sentence_initial(doc, t) {
            return true;
        }
        let word = bare(&tok.norm);
        let before_name = doc.tokens.get(t + 1).is_some_and(|n| {
            n.kind == TokenKind::Word
                && doc.is_capitalized(t + 1)
                && !is_stopword(word)
                && !is_stopword(&n.norm)
        });
        before_name || self.capitalised_inside.contains(word) || !dictionary::is_known(word)
    }

    /// Whether token `t` stands in a headline (unclosed first paragraph, or title case).
    pub fn in_headline(&self, t: usize) -> bool {
        self.doc.sentence_of(t).is_some_and(|s| self.headlines[s])
    }

    /// Whether the lower-case word (possessive ignored) is written capitalised
    /// somewhere other than a sentence start.
    pub fn capitalised_inside(&self, norm: &str) -> bool {
        self.capitalised_inside.contains(bare(norm))
    }

    /// Maximal runs of name tokens (with inner connectors) outside headlines.
    pub fn runs(&self) -> &[Range<usize>] {
        &self.runs
    }

    fn find_runs(&self) -> Vec<Range<usize>> {
        let doc = self.doc;
        let mut runs = Vec::new();
        let mut t = 0;
        while t < doc.tokens.len() {
            if !self.is_name_token(t) || self.in_headline(t) {
                t += 1;
                continue;
            }
            let start = t;
            let mut end = t + 1;
            loop {
                if end < doc.tokens.len() && self.is_name_token(end) {
                    end += 1;
                } else if end + 1 < doc.tokens.len()
                    && CONNECTORS.contains(&doc.tokens[end].norm.as_str())
                    && self.is_name_token(end + 1)
                {
                    end += 2;
                } else {
                    break;
                }
            }
            runs.push(start..end);
            t = end;
        }
        runs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_multiword_names_and_acronyms() {
        let doc = Document::new(
            "Headline Words Here\n\nThe Bank of America and Ant Group said the IPO was off, Jack Ma said. Ma agreed.",
        );
        let names: Vec<&str> = Names::new(&doc)
            .runs()
            .iter()
            .map(|r| doc.span_text(r.clone()))
            .collect();
        assert_eq!(
            names,
            ["Bank of America", "Ant Group", "IPO", "Jack Ma", "Ma"]
        );
    }
}
