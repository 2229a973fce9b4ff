//! Known tortured phrases from the Problematic Paper Screener list.

use super::Context;
use crate::align::units::{Shared, Units, for_each_part};
use crate::finding::Diagnostic;
use crate::lexicon::frequency::bigram_count;
use crate::lexicon::tortured;

/// A tortured phrase this common as a plain English bigram may be legitimate.
const COMMON_BIGRAM: u64 = 20_000_000;

/// Known tortured phrases in the suspect that its source does not use itself.
pub(super) fn tortured_phrases(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let doc = ctx.suspect;
    // The suspect's units, laid end to end in one string (with where each
    // ends and its token) rather than one string each.
    let mut joined = String::new();
    let mut ends: Vec<(usize, usize)> = Vec::new();
    for_each_part(doc, 0..doc.tokens.len(), |t, part| {
        joined.push_str(part);
        ends.push((joined.len(), t));
    });
    let mut start = 0;
    let words: Vec<&str> = ends
        .iter()
        .map(|&(end, _)| {
            let word = &joined[start..end];
            start = end;
            word
        })
        .collect();
    // The source's units are made on the first tortured phrase only: most
    // suspects have none.
    let mut source_words: Option<Option<Shared<String>>> = None;
    let mut k = 0;
    while k < words.len() {
        let Some(t) = tortured::match_at(&words, k) else {
            k += 1;
            continue;
        };
        let len = t.word_count();
        let source_words = source_words.get_or_insert_with(|| {
            ctx.source
                .map(|s| Units::new(s.doc, 0..s.doc.tokens.len()).text)
        });
        let in_source = source_words.as_ref().is_some_and(|s| {
            s.windows(len)
                .any(|w| w.iter().map(String::as_str).eq(t.words()))
        });
        let common = len == 2
            && (t.phrase().split_once(' '))
                .is_some_and(|(a, b)| bigram_count(a, b) >= COMMON_BIGRAM);
        if !in_source && !common {
            let tokens = ends[k].1..ends[k + len - 1].1 + 1;
            let (start, end) = doc.token_span(tokens);
            out.push(
                Diagnostic::new(
                    start,
                    end,
                    format!(
                        "tortured phrase: \"{}\" garbles \"{}\"",
                        &doc.text[start..end],
                        t.expected()
                    ),
                )
                .suggest(t.expected()),
            );
        }
        k += len;
    }
}
