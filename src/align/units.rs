//! Canonical word units of a token range, each remembering its token.

use crate::text::Document;
use crate::text::words::for_each_unit;
use std::ops::Range;

/// Canonical units (lower case, contractions expanded, number words as digits),
/// with hyphenated words split into their parts.
#[derive(Debug, Default, Clone)]
pub struct Units {
    /// The units.
    pub text: Vec<String>,
    /// The token each unit came from.
    pub token: Vec<usize>,
    /// End of the token range the units were taken from.
    pub end_token: usize,
}

#[cfg(test)]
impl Units {
    /// Units of a list of words, one unit a word, for unit tests.
    pub(crate) fn of_words(words: &[&str]) -> Self {
        Units {
            text: words.iter().map(|w| w.to_string()).collect(),
            token: (0..words.len()).collect(),
            end_token: words.len(),
        }
    }
}

/// Calls `f` with each unit [`Units::new`] would make of `range` of `doc`,
/// borrowed, and its token: for a scan that keeps no owned units.
pub fn for_each_part(doc: &Document, range: Range<usize>, mut f: impl FnMut(usize, &str)) {
    for (t, tok) in doc.words(range) {
        for_each_unit(&tok.norm, |unit| {
            for part in unit.split('-').filter(|p| !p.is_empty()) {
                f(t, part);
            }
        });
    }
}

impl Units {
    /// Units of the words in `range` of `doc`.
    pub fn new(doc: &Document, range: Range<usize>) -> Self {
        // About one unit a token (punctuation has none, contractions two).
        let mut out = Units {
            text: Vec::with_capacity(range.len()),
            token: Vec::with_capacity(range.len()),
            end_token: range.end,
        };
        for_each_part(doc, range, |t, part| {
            out.text.push(part.to_string());
            out.token.push(t);
        });
        out
    }

    /// The units of `tokens`, a token range none of whose tokens lies outside
    /// the range these units were made of: what [`Units::new`] makes of it,
    /// copied rather than rebuilt.
    pub fn slice(&self, tokens: Range<usize>) -> Units {
        let units = self.covering(&tokens);
        Units {
            text: self.text[units.clone()].to_vec(),
            token: self.token[units].to_vec(),
            end_token: tokens.end,
        }
    }

    /// The units as string slices.
    pub fn words(&self) -> Vec<&str> {
        self.text.iter().map(String::as_str).collect()
    }

    /// Token range covered by units `range`; an empty range is placed before
    /// the token of its position.
    pub fn tokens(&self, range: Range<usize>) -> Range<usize> {
        if range.is_empty() {
            let at = self
                .token
                .get(range.start)
                .copied()
                .unwrap_or(self.end_token);
            return at..at;
        }
        self.token[range.start]..self.token[range.end - 1] + 1
    }

    /// The units whose tokens fall in `tokens`.
    pub fn covering(&self, tokens: &Range<usize>) -> Range<usize> {
        self.token.partition_point(|&t| t < tokens.start)
            ..self.token.partition_point(|&t| t < tokens.end)
    }
}
