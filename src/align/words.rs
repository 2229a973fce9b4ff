//! Word-level diff of an aligned sentence group, with token spans on both sides.
//!
//! Both sides are compared as canonical units (lower case, contractions expanded,
//! number words as digits), so "it'll" equals "it will" and "three" equals "3";
//! every edit maps back to token ranges of its document.

use crate::text::Document;
use crate::text::words::canonical_units;
use similar::{Algorithm, DiffOp, capture_diff_slices};
use std::ops::Range;

/// What an edit does to the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKind {
    /// The same words on both sides.
    Equal,
    /// Words only the suspect has.
    Insert,
    /// Words only the source has.
    Delete,
    /// Source words replaced by other suspect words.
    Replace,
}

/// One run of the word diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// What happened.
    pub kind: EditKind,
    /// Token indices in the suspect (empty for a deletion, positioned where it happened).
    pub suspect: Range<usize>,
    /// Token indices in the source (empty for an insertion).
    pub source: Range<usize>,
}

/// Canonical units of some sentences, each remembering its token.
struct Units {
    text: Vec<String>,
    token: Vec<usize>,
    end_token: usize,
}

impl Units {
    fn new(doc: &Document, sentences: Range<usize>) -> Self {
        let (first, last) = (
            doc.sentences[sentences.start].tokens.start,
            doc.sentences[sentences.end - 1].tokens.end,
        );
        let mut text = Vec::new();
        let mut token = Vec::new();
        for (t, tok) in doc.words(first..last) {
            let before = text.len();
            canonical_units(&tok.norm, &mut text);
            token.resize(text.len(), t);
            debug_assert!(text.len() > before);
        }
        Units {
            text,
            token,
            end_token: last,
        }
    }

    fn tokens(&self, units: Range<usize>) -> Range<usize> {
        if units.is_empty() {
            let at = self.token.get(units.start).copied().unwrap_or(self.end_token);
            return at..at;
        }
        self.token[units.start]..self.token[units.end - 1] + 1
    }
}

/// Diffs suspect sentences against source sentences, word by word.
pub fn word_diff(
    suspect: &Document,
    suspect_sentences: Range<usize>,
    source: &Document,
    source_sentences: Range<usize>,
) -> Vec<Edit> {
    let new = Units::new(suspect, suspect_sentences);
    let old = Units::new(source, source_sentences);
    capture_diff_slices(Algorithm::Myers, &old.text, &new.text)
        .into_iter()
        .map(|op| {
            let (kind, o, n) = match op {
                DiffOp::Equal {
                    old_index,
                    new_index,
                    len,
                } => (EditKind::Equal, old_index..old_index + len, new_index..new_index + len),
                DiffOp::Delete {
                    old_index,
                    old_len,
                    new_index,
                } => (EditKind::Delete, old_index..old_index + old_len, new_index..new_index),
                DiffOp::Insert {
                    old_index,
                    new_index,
                    new_len,
                } => (EditKind::Insert, old_index..old_index, new_index..new_index + new_len),
                DiffOp::Replace {
                    old_index,
                    old_len,
                    new_index,
                    new_len,
                } => (
                    EditKind::Replace,
                    old_index..old_index + old_len,
                    new_index..new_index + new_len,
                ),
            };
            Edit {
                kind,
                suspect: new.tokens(n),
                source: old.tokens(o),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions_and_number_words_are_equal() {
        let source = Document::new("It will spend $50 billion over the next three years.");
        let suspect = Document::new("It'll spend $50 billion over the following 3 years.");
        let edits = word_diff(&suspect, 0..1, &source, 0..1);
        let changed: Vec<(String, String)> = edits
            .iter()
            .filter(|e| e.kind != EditKind::Equal)
            .map(|e| {
                (
                    source.span_text(e.source.clone()).to_string(),
                    suspect.span_text(e.suspect.clone()).to_string(),
                )
            })
            .collect();
        assert_eq!(changed, [("next".to_string(), "following".to_string())]);
    }
}
