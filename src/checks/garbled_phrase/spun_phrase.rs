//! Phrases a spinner put for a term of the source sentence ("fruit" →
//! "natural product"), from the curated table.

use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::finding::Diagnostic;
use crate::lexicon::spun_phrase::spun_phrases;
use crate::text::Document;
use crate::text::words::stem;

/// A finding for each spinner's phrase of an aligned pair outside quotations
/// (`quoted`, by suspect token): inside one misquote reports every change.
pub(super) fn findings(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    quoted: &[bool],
) -> Vec<Diagnostic> {
    let stems = |u: &Units| u.text.iter().map(|w| stem(w)).collect::<Vec<_>>();
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    spun_phrases(&stems(theirs), &stems(ours))
        .into_iter()
        .filter(|(copy, _)| !ours.tokens(copy.clone()).any(|t| quoted[t]))
        .map(|(copy, term)| {
            let (start, end) = doc.token_span(ours.tokens(copy));
            let was = src.span_text(theirs.tokens(term));
            Diagnostic::new(
                start,
                end,
                format!(
                    "\"{was}\" became \"{}\": a spinner's phrase in the wrong sense",
                    &doc.text[start..end]
                ),
            )
            .suggest(was)
            .evidence(was)
        })
        .collect()
}
