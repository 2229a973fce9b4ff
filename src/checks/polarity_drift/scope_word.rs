//! A removed negation whose scope is now told by an inserted "only", "all" or
//! "every": the finding reaches the word that carries the flip.

use crate::align::{AlignedPair, Edit, EditKind};
use crate::text::Document;
use std::ops::Range;

/// Families of words that restate a removed denial's scope the other way
/// round ("will not travel at weekends" → "will travel only at weekends", "no
/// volunteer … backed" → "the volunteers … all backed").
const SCOPE_WORDS: &[&[&str]] = &[&["only"], &["all", "every", "each"]];

/// Words after the negation's edit within which an inserted scope word is
/// looked for.
const SCOPE_REACH: usize = 10;

/// `span`, the removed negation's finding, widened through the scope word
/// the suspect inserted in the negation's edit or in another rewritten edit
/// a few words after it, when the source's sentence has no word of that
/// family.
pub(super) fn through_scope_word(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    e: &Edit,
    span: Range<usize>,
) -> Range<usize> {
    let family = |w: &str| SCOPE_WORDS.iter().find(|f| f.contains(&w)).copied();
    let sentence = pair.suspect_tokens(doc);
    let Some((k, words)) = doc
        .words(e.suspect.start..sentence.end)
        .take(e.suspect.len() + SCOPE_REACH)
        .find_map(|(k, t)| family(&t.norm).map(|f| (k, f)))
    else {
        return span;
    };
    let inserted = pair
        .edits
        .iter()
        .any(|f| f.kind != EditKind::Equal && f.suspect.contains(&k));
    let in_source = src
        .words(pair.source_tokens(src))
        .any(|(_, t)| words.contains(&t.norm.as_str()));
    if inserted && !in_source && k >= span.end {
        span.start..k + 1
    } else {
        span
    }
}
