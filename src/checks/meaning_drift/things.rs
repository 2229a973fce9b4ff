//! Subjects that are things, not speakers: what a company's accounts, an
//! examination or a relative "which" shows is a record's showing, not a
//! statement made a finding.

use super::record_subjects::noun_of_record_before;
use crate::lexicon::wordnet::{ADJECTIVE, ADVERB, NOUN, VERB, parts_of_speech};
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

/// Whether the verb of proof at token `t` reads as "turned out" before a
/// state, no finding: an adjective that is no noun or verb, after at most
/// one adverb and before no noun it would qualify ("proved hard to fill",
/// "proved particularly popular"), or "to be" ("proved to be fake").
pub(super) fn proved_a_state(doc: &Document, t: usize) -> bool {
    if !matches!(doc.norm_at(t), "proved" | "proves" | "prove" | "proven") {
        return false;
    }
    let adverb = parts_of_speech(doc.norm_at(t + 1)) == ADVERB;
    let i = t + 1 + usize::from(adverb);
    match doc.norm_at(i) {
        "to" => doc.norm_at(i + 1) == "be",
        w => {
            parts_of_speech(w) & (ADJECTIVE | NOUN | VERB) == ADJECTIVE
                && parts_of_speech(doc.norm_at(i + 1)) & (NOUN | VERB) == 0
        }
    }
}
