//! Subjects that are things, not speakers: what a company's accounts, an
//! examination or a relative "which" shows is a record's showing, not a
//! statement made a finding.

use super::word_senses::RECORD_KEEPERS;
use crate::text::Document;

/// Nouns of a record, or of a check that makes one, that show what they
/// hold ("its latest accounts showed", "an examination later established").
const SHOWING: &[&str] = &[
    "accounts",
    "examination",
    "examinations",
    "inspection",
    "inspections",
    "assessment",
    "filings",
    "documents",
    "minutes",
];

/// Words before a verb within which its subject is looked for.
const SUBJECT_REACH: usize = 8;

/// Whether the verb at token `t` has a thing for its subject: a relative
/// "which" just before it ("40 cockroaches, which showed"), or a noun of
/// [`SHOWING`] in its sentence's words before it that names no body or
/// person ("the accounts department" states things).
pub(super) fn thing_shows(doc: &Document, t: usize) -> bool {
    let names_keeper = |k: usize| {
        doc.tokens
            .get(k + 1)
            .is_some_and(|n| RECORD_KEEPERS.contains(&n.norm.as_str()))
    };
    let sentence = doc.sentence_of(t);
    doc.norm_before(t, 1) == Some("which")
        || doc.words(t.saturating_sub(SUBJECT_REACH)..t).any(|(k, x)| {
            SHOWING.contains(&x.norm.as_str()) && !names_keeper(k) && doc.sentence_of(k) == sentence
        })
}
