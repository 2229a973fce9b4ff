//! A multiple stated by a verb, changed: "doubled its gallery space" →
//! "tripled its gallery space", "more than doubled" → "nearly tripled".

use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use std::ops::Range;

/// Verbs that multiply an amount, by their stem, with the factor they
/// multiply it by.
const MULTIPLYING: &[(&str, f64)] = &[
    ("doubl", 2.0),
    ("tripl", 3.0),
    ("trebl", 3.0),
    ("quadrupl", 4.0),
    ("halv", 0.5),
];

/// Words before a bare verb ("will double") that make it one.
const BEFORE_VERB: &[&str] = &[
    "to", "will", "would", "could", "can", "may", "might", "should", "expected",
];

/// The factor of the multiplying verb at token `k` of `doc`: an inflected
/// form ("doubled", "triples", "halving"), or a bare one after a modal or
/// "to" ("will double"), not the adjective or noun ("a double room").
fn factor_at(doc: &Document, k: usize) -> Option<f64> {
    let word = doc.norm_at(k);
    MULTIPLYING.iter().find_map(|&(stem, factor)| {
        let ending = word.strip_prefix(stem)?;
        let inflected = matches!(ending, "ed" | "es" | "ing");
        let bare = ending == "e"
            && doc
                .norm_before(k, 1)
                .is_some_and(|w| BEFORE_VERB.contains(&w));
        (inflected || bare).then_some(factor)
    })
}

/// The one multiplying verb in tokens `range` of `doc`, with its token.
fn multiple_in(doc: &Document, range: Range<usize>) -> Option<(usize, f64)> {
    let mut found = range.filter_map(|k| factor_at(doc, k).map(|f| (k, f)));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Findings for the multiplying verbs the suspect side of `pair` replaced
/// with one of another factor in the same direction.
pub(super) fn changed(src: &Document, doc: &Document, pair: &AlignedPair) -> Vec<Diagnostic> {
    pair.substitutions()
        .filter_map(|e| {
            let (was_at, was) = multiple_in(src, e.source.clone())?;
            let (now_at, now) = multiple_in(doc, e.suspect.clone())?;
            // "doubled" → "halved" turns a rise into a fall: polarity-drift
            // judges that; "sales doubled and profits tripled" → "profits
            // tripled and sales doubled" kept both multiples.
            let says = |d: &Document, range: Range<usize>, factor: f64| {
                range.into_iter().any(|k| factor_at(d, k) == Some(factor))
            };
            if was == now
                || (was > 1.0) != (now > 1.0)
                || says(src, pair.source_tokens(src), now)
                || says(doc, pair.suspect_tokens(doc), was)
            {
                return None;
            }
            let (start, end) = doc.token_span(now_at..now_at + 1);
            let before = src.span_text(was_at..was_at + 1).to_string();
            Some(
                Diagnostic::new(
                    start,
                    end,
                    format!(
                        "\"{before}\" became \"{}\": another multiple",
                        doc.span_text(now_at..now_at + 1)
                    ),
                )
                .suggest(before.clone())
                .evidence(before),
            )
        })
        .collect()
}
