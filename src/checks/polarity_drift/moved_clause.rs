//! A removed negation that went alone while the clause it denied moved to
//! another part of the sentence: the finding goes on that clause's verb.

use crate::align::{AlignedPair, Edit, EditKind};
use crate::checks::grammar::{MODALS, verb_after};
use crate::text::Document;
use crate::text::words::is_stopword;
use std::ops::Range;

/// The verb of the rewritten stretch that took the denied clause's subject
/// ("Visitors' coats and bags will not be checked, but staff have been
/// asked …" → "Staff have been asked …, and visitors' coats and bags will
/// be inspected": "be inspected"), when the negation's edit left nothing in
/// its place and the word before the negator no longer stands before the
/// gap: `negator` is the source's removed negator, `e` its edit.
pub(super) fn moved_clause(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    e: &Edit,
    negator: usize,
) -> Option<Range<usize>> {
    // Where the word before the negator still stands before the gap, the
    // clause stayed in place ("is not highly flammable" → "is highly
    // flammable").
    let sentence = pair.suspect_tokens(doc);
    let kept = e.suspect.start > sentence.start
        && doc.norm_before(e.suspect.start, 1) == src.norm_before(negator, 1);
    if !e.suspect.is_empty() || kept {
        return None;
    }
    // The subject's last word: the last word of content before the negator.
    let start = pair.source_tokens(src).start;
    let (_, subject) = src
        .words(start..negator)
        .filter(|(_, t)| !is_stopword(&t.norm))
        .last()?;
    let subject = subject.norm.as_str();
    pair.edits
        .iter()
        .filter(|f| f.kind != EditKind::Equal && !f.suspect.is_empty() && f.source.is_empty())
        .find_map(|f| {
            let (k, _) = doc
                .words(f.suspect.clone())
                .find(|(_, t)| t.norm == subject)?;
            // A modal opens the verb group ("will be inspected").
            let (j, _) = doc
                .words(k + 1..f.suspect.end)
                .find(|(_, t)| !MODALS.contains(&t.norm.as_str()))?;
            verb_after(doc, j..f.suspect.end).map(|v| k + 1..v.end)
        })
}
