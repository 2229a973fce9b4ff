//! A figure changed in a sentence reworded past recognition: a suspect
//! sentence with no counterpart standing where a source sentence was left
//! out ("The runner-up receives £65,000." → "The beaten finalist takes home
//! £56,000.").

use super::Article;
use super::findings::changed;
use super::swaps::transposed;
use crate::align::Alignment;
use crate::finding::Diagnostic;
use crate::text::numbers::quantities;

/// The source sentences left out in the place of unsupported suspect
/// sentence `i`: the one after the source side of the group ending just
/// before it, and the one before the source side of the group starting just
/// after it.
fn slot(alignment: &Alignment, i: usize) -> Vec<usize> {
    let after = alignment
        .pairs
        .iter()
        .find(|p| p.suspect.end == i)
        .map(|p| p.source.end);
    let before = alignment
        .pairs
        .iter()
        .find(|p| p.suspect.start == i + 1)
        .and_then(|p| p.source.start.checked_sub(1));
    let mut found: Vec<usize> = after
        .into_iter()
        .chain(before)
        .filter(|j| alignment.omitted.contains(j))
        .collect();
    found.dedup();
    found
}

/// Findings for figures of unsupported suspect sentences that are a source
/// figure of the sentence left out in their place with its digits reordered
/// ("£65,000" → "£56,000"), their own value stated nowhere in the source.
pub(super) fn changed_in_gaps(art: &Article, alignment: &Alignment) -> Vec<Diagnostic> {
    let (src, doc) = (art.src, art.doc);
    let mut out = Vec::new();
    for &i in &alignment.unsupported {
        let left_out = slot(alignment, i);
        if left_out.is_empty() {
            continue;
        }
        for q in quantities(doc, doc.sentences[i].tokens.clone()) {
            if art.all_source.iter().any(|s| s.same_value(&q)) {
                continue;
            }
            let was = left_out.iter().find_map(|&j| {
                quantities(src, src.sentences[j].tokens.clone())
                    .into_iter()
                    .find(|s| transposed(src, s, doc, &q))
            });
            if let Some(s) = was {
                out.push(changed(doc, src, &s, &q));
            }
        }
    }
    out
}
