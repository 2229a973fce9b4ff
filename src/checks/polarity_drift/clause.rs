//! Clause boundaries in the suspect sentence: whether a flip or a moved
//! negation stands in the same clause as an edit.

use crate::align::Edit;
use crate::finding::Diagnostic;
use crate::text::Document;
use std::ops::Range;

/// Whether a flip stands in the clause of an edit's suspect side: no clause
/// boundary between them ("none of its staff would lose" → "all its staff
/// would keep"; not "which approved it, found no evidence").
pub(super) fn beside(doc: &Document, e: &Edit, flip: &Diagnostic) -> bool {
    let at = doc.tokens.partition_point(|t| t.start < flip.start);
    same_clause(doc, e.suspect.clone(), at..at + 1)
}

/// Whether two token ranges of the suspect stand in one clause: no clause
/// boundary between them.
pub(super) fn same_clause(doc: &Document, a: Range<usize>, b: Range<usize>) -> bool {
    let between = if b.start >= a.end {
        a.end..b.start
    } else if a.start >= b.end {
        b.end..a.start
    } else {
        return true;
    };
    !doc.tokens[between]
        .iter()
        .any(|t| CLAUSE_BOUNDARIES.contains(&t.norm.as_str()))
}

/// Tokens that end one clause and start another.
const CLAUSE_BOUNDARIES: &[&str] = &[
    ",", ";", ":", ".", "and", "but", "which", "who", "while", "whereas", "although", "though",
    "because", "said", "says",
];
