//! A source quotation retold in reported speech and given to another speaker
//! ("…," Korhonen said → "Vlasakova said Ferrer had nothing to lose …").

use super::quote_speakers::{attributed, role_holder};
use super::speakers::give_to;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::attribution::Speaker;
use crate::text::names::Names;
use crate::text::words::{is_stopword, stem};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Fewest content words of a source quotation that reported speech is
/// matched against: a short one ("a step forward") recurs in any sentence.
const MIN_CONTENT_WORDS: usize = 4;

/// Share of a source quotation's content words a suspect sentence must keep
/// to retell it.
const RETOLD: f32 = 0.75;

/// Stems of the content words of `words`.
fn content<'a>(words: impl Iterator<Item = &'a str>) -> FxHashSet<String> {
    words
        .map(str::to_lowercase)
        .filter(|w| !is_stopword(w))
        .map(|w| stem(&w))
        .collect()
}

/// Flags the named speaker of each suspect sentence that retells, outside
/// quotation marks, a source quotation the source gives to someone else.
pub(super) fn retold_quotes(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    out: &mut Vec<Diagnostic>,
) {
    let quotes: Vec<(FxHashSet<String>, Range<usize>)> = attributed(src, theirs, true)
        .into_iter()
        .filter_map(|q| Some((content(q.words.iter().map(String::as_str)), q.speaker?)))
        .filter(|(words, _)| words.len() >= MIN_CONTENT_WORDS)
        .collect();
    if quotes.is_empty() {
        return;
    }
    for (i, sentence) in doc.sentences.iter().enumerate() {
        if doc.is_headline(i) {
            continue;
        }
        let Some(speaker) = Speaker::find(doc, ours, sentence.tokens.clone()) else {
            continue;
        };
        // "Tolley said", or "the inspector said" for "inspector Martin Ferrier".
        let post = || {
            let (last, _) = doc.words(speaker.range.clone()).last()?;
            role_holder(doc, ours, &doc.tokens[last].norm)
        };
        let Some(who) = ours
            .runs()
            .iter()
            .rfind(|r| speaker.range.contains(&r.start))
            .cloned()
            .or_else(post)
        else {
            continue;
        };
        let words = content(
            doc.words(sentence.tokens.clone())
                .filter(|(t, _)| !speaker.range.contains(t))
                .filter(|(t, _)| !doc.quotes.encloses(*t))
                .map(|(_, t)| t.norm.as_str()),
        );
        let retold = quotes
            .iter()
            .map(|(quote, was)| {
                let kept = quote.intersection(&words).count() as f32 / quote.len() as f32;
                (kept, was)
            })
            .filter(|(kept, _)| *kept >= RETOLD)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, was)) = retold {
            give_to(doc, src, (was, speaker.range.clone(), &who), out);
        }
    }
}
