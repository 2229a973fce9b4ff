//! A figure changed in a sentence reworded past recognition: a suspect
//! sentence with no counterpart standing where a source sentence was left
//! out ("The runner-up receives £65,000." → "The beaten finalist takes home
//! £56,000."), or beside the other half of a split one.

use super::findings::changed;
use super::swaps::transposed;
use super::{Article, Ledger};
use crate::align::Alignment;
use crate::finding::Diagnostic;
use crate::text::numbers::{Quantity, quantities};

/// The source sentences unsupported suspect sentence `i` may render: the
/// source sides of the groups just before and just after it (the other half
/// of a split sentence, "left Brannock at 2:15 p.m. and was climbing" →
/// "… climbed. It had taken off from Brannock at 2:51 p.m."), and the
/// sentences left out in its place, after the one and before the other.
fn slot(alignment: &Alignment, i: usize) -> Vec<usize> {
    let before = alignment.pairs.iter().find(|p| p.suspect.end == i);
    let after = alignment.pairs.iter().find(|p| p.suspect.start == i + 1);
    let left_out = before
        .map(|p| p.source.end)
        .into_iter()
        .chain(after.and_then(|p| p.source.start.checked_sub(1)))
        .filter(|j| alignment.omitted.contains(j));
    let mut found: Vec<usize> = before
        .into_iter()
        .chain(after)
        .flat_map(|p| p.source.clone())
        .chain(left_out)
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// Reports figures of unsupported suspect sentences that are a source figure
/// of a sentence they may render with its digits reordered ("£65,000" →
/// "£56,000"), neither value stated anywhere on the other side; the source
/// figure goes to `ledger` as restated, not missing.
pub(super) fn changed_in_gaps(
    art: &Article,
    alignment: &Alignment,
    ledger: &mut Ledger,
    out: &mut Vec<Diagnostic>,
) {
    let (src, doc) = (art.src, art.doc);
    for &i in &alignment.unsupported {
        let rendered = slot(alignment, i);
        if rendered.is_empty() {
            continue;
        }
        // The figures of the rendered source sentences, in order, read once
        // and only for a suspect figure the source states nowhere.
        let mut theirs: Option<Vec<Quantity>> = None;
        for q in quantities(doc, doc.sentences[i].tokens.clone()) {
            if art.all_source.iter().any(|s| s.same_value(&q)) {
                continue;
            }
            let theirs = theirs.get_or_insert_with(|| {
                rendered
                    .iter()
                    .flat_map(|&j| quantities(src, src.sentences[j].tokens.clone()))
                    .collect()
            });
            let was = theirs.iter().find(|s| {
                transposed(src, s, doc, &q) && !art.all_suspect.iter().any(|o| o.same_value(s))
            });
            if let Some(s) = was {
                out.push(changed(doc, src, s, &q));
                ledger.restated.push(s.tokens.clone());
            }
        }
    }
}
