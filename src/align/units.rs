//! Canonical word units of a token range, each remembering its token.

use crate::text::Document;
use crate::text::words::for_each_unit;
use std::ops::{Deref, Range};
use std::rc::Rc;

/// A run of a shared list: a [`Units::slice`] shares its units' strings and
/// tokens with the units it was taken from instead of copying them.
#[derive(Debug, Clone)]
pub struct Shared<T> {
    all: Rc<[T]>,
    range: Range<usize>,
}

impl<T> Default for Shared<T> {
    fn default() -> Self {
        Shared {
            all: Rc::new([]),
            range: 0..0,
        }
    }
}

impl<T> Deref for Shared<T> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        &self.all[self.range.clone()]
    }
}

impl<T: PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T> From<Vec<T>> for Shared<T> {
    fn from(items: Vec<T>) -> Self {
        let range = 0..items.len();
        Shared {
            all: items.into(),
            range,
        }
    }
}

impl<T> FromIterator<T> for Shared<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        items.into_iter().collect::<Vec<T>>().into()
    }
}

impl<'a, T> IntoIterator for &'a Shared<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T> Shared<T> {
    /// The items at `range` of these, sharing them.
    fn sub(&self, range: Range<usize>) -> Self {
        let start = self.range.start + range.start;
        assert!(range.end <= self.range.len(), "run out of bounds");
        Shared {
            all: Rc::clone(&self.all),
            range: start..start + range.len(),
        }
    }
}

/// Canonical units (lower case, contractions expanded, number words as digits),
/// with hyphenated words split into their parts.
#[derive(Debug, Default, Clone)]
pub struct Units {
    /// The units.
    pub text: Shared<String>,
    /// The token each unit came from.
    pub token: Shared<usize>,
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
        let (mut text, mut token) = (
            Vec::with_capacity(range.len()),
            Vec::with_capacity(range.len()),
        );
        let end_token = range.end;
        for_each_part(doc, range, |t, part| {
            text.push(part.to_string());
            token.push(t);
        });
        Units {
            text: text.into(),
            token: token.into(),
            end_token,
        }
    }

    /// The units of `tokens`, a token range none of whose tokens lies outside
    /// the range these units were made of: what [`Units::new`] makes of it,
    /// sharing their strings rather than rebuilding them.
    pub fn slice(&self, tokens: Range<usize>) -> Units {
        let units = self.covering(&tokens);
        Units {
            text: self.text.sub(units.clone()),
            token: self.token.sub(units),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_of_a_slice_holds_the_units_of_its_tokens() {
        let units = Units::of_words(&["the", "mill", "will", "close", "soon"]);
        let middle = units.slice(1..4);
        assert_eq!(middle.words(), ["mill", "will", "close"]);
        assert_eq!(*middle.token, [1, 2, 3]);
        assert_eq!(middle.end_token, 4);
        let inner = middle.slice(2..3);
        assert_eq!(inner.words(), ["will"]);
        assert_eq!(*inner.token, [2]);
        assert_eq!(inner.tokens(0..1), 2..3);
        assert!(middle.slice(5..5).text.is_empty());
    }
}
