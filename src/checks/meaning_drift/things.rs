//! Subjects that are things, not speakers: what a company's accounts, an
//! examination or a relative "which" shows is a record's showing, not a
//! statement made a finding.

use super::record_subjects::noun_of_record_before;
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

/// Whether the verb at token `t` has a thing for its subject: a relative
/// "which" just before it ("40 cockroaches, which showed"), or a noun of
/// [`SHOWING`] in its sentence's words before it that names no body or
/// person ("the accounts department" states things).
pub(super) fn thing_shows(doc: &Document, t: usize) -> bool {
    doc.norm_before(t, 1) == Some("which") || noun_of_record_before(doc, t, SHOWING, true)
}
