//! What the rules that compare speakers share: the speakers of an aligned
//! pair, and the finding for a reported claim given to another party.

use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::attribution::Speaker;
use crate::text::names::Names;
use std::ops::Range;

/// The speakers of an aligned pair's first reported claim: the source's, then
/// the suspect's (found once a pair, for every rule that asks).
pub fn pair_speakers<'p>(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    pair: &'p AlignedPair,
) -> Option<&'p (Speaker, Speaker)> {
    pair.speakers(|| {
        Some((
            Speaker::find(src, theirs, pair.source_tokens(src))?,
            Speaker::find(doc, ours, pair.suspect_tokens(doc))?,
        ))
    })
}

/// A finding on the suspect's speaker tokens `now`, with the source's speaker
/// `was` as suggestion and the source sentence as evidence.
pub fn claim_given_to(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (was, now): (Range<usize>, Range<usize>),
) -> Diagnostic {
    let (start, end) = doc.token_span(now);
    let before = src.span_text(was);
    Diagnostic::new(
        start,
        end,
        format!(
            "the claim is given to \"{}\"; the source gives it to \"{before}\"",
            &doc.text[start..end]
        ),
    )
    .suggest(before)
    .evidence(src.span_text(pair.source_tokens(src)))
}
