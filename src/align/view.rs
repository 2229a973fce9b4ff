//! The alignment laid out as side-by-side rows, for renderers.

use super::{Alignment, EditKind};
use crate::text::Document;
use serde::Serialize;
use std::sync::Arc;

/// A highlighted piece of one side of a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mark {
    /// Byte offset in that side's text.
    pub start: usize,
    /// End of the piece.
    pub end: usize,
    /// `insert` (suspect only), `delete` (source only) or `replace`.
    pub kind: &'static str,
}

/// One row: suspect sentences and the source sentences they render.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// Byte span in the suspect, if the row has a suspect side.
    pub suspect: Option<(usize, usize)>,
    /// Byte span in the source, if the row has a source side.
    pub source: Option<(usize, usize)>,
    /// Similarity of the two sides (0 for one-sided rows).
    pub score: f32,
    /// Changed words on the suspect side.
    pub suspect_marks: Vec<Mark>,
    /// Changed words on the source side.
    pub source_marks: Vec<Mark>,
}

impl Row {
    /// Whether the two sides have no changed words.
    pub fn unchanged(&self) -> bool {
        self.suspect.is_some()
            && self.source.is_some()
            && self.suspect_marks.is_empty()
            && self.source_marks.is_empty()
    }
}

/// The suspect and its source, row by row in suspect order, with omitted source
/// sentences placed after the row rendering the source sentence before them.
#[derive(Debug, Clone, Serialize)]
pub struct SideBySide {
    /// The source text the source spans index into.
    #[serde(skip)]
    pub source_text: Arc<str>,
    /// The rows.
    pub rows: Vec<Row>,
}

fn kind_name(kind: EditKind) -> &'static str {
    match kind {
        EditKind::Insert => "insert",
        EditKind::Delete => "delete",
        EditKind::Replace => "replace",
        EditKind::Equal => "equal",
    }
}

impl SideBySide {
    /// Lays out `alignment` of `suspect` with `source`.
    pub fn new(suspect: &Document, source: &Document, alignment: &Alignment) -> Self {
        let span = |doc: &Document, r: std::ops::Range<usize>| {
            (doc.sentences[r.start].start, doc.sentences[r.end - 1].end)
        };
        let mut rows: Vec<(usize, Row)> = Vec::new();
        let mut last_source_end = 0;
        let mut i = 0;
        while i < suspect.sentences.len() {
            match alignment.pairs.iter().find(|p| p.suspect.start == i) {
                Some(p) => {
                    let marks =
                        |doc: &Document, pick: fn(&super::Edit) -> std::ops::Range<usize>| {
                            p.edits
                                .iter()
                                .filter(|e| e.kind != EditKind::Equal && !pick(e).is_empty())
                                .map(|e| {
                                    let (start, end) = doc.token_span(pick(e));
                                    Mark {
                                        start,
                                        end,
                                        kind: kind_name(e.kind),
                                    }
                                })
                                .collect()
                        };
                    rows.push((
                        p.source.end,
                        Row {
                            suspect: Some(span(suspect, p.suspect.clone())),
                            source: Some(span(source, p.source.clone())),
                            score: p.score,
                            suspect_marks: marks(suspect, |e| e.suspect.clone()),
                            source_marks: marks(source, |e| e.source.clone()),
                        },
                    ));
                    last_source_end = p.source.end;
                    i = p.suspect.end;
                }
                None => {
                    rows.push((
                        last_source_end,
                        Row {
                            suspect: Some(span(suspect, i..i + 1)),
                            source: None,
                            score: 0.0,
                            suspect_marks: Vec::new(),
                            source_marks: Vec::new(),
                        },
                    ));
                    i += 1;
                }
            }
        }
        for &j in &alignment.omitted {
            let at = rows
                .iter()
                .rposition(|(end, r)| r.source.is_some() && *end <= j)
                .map_or(0, |k| k + 1);
            let row = Row {
                suspect: None,
                source: Some(span(source, j..j + 1)),
                score: 0.0,
                suspect_marks: Vec::new(),
                source_marks: Vec::new(),
            };
            rows.insert(at, (j + 1, row));
        }
        SideBySide {
            source_text: source.text.as_str().into(),
            rows: rows.into_iter().map(|(_, r)| r).collect(),
        }
    }
}
