//! A count of the names listed after it: "two members of the eight, stroke
//! Oliver Brandt and bow Sami Haddad" → "eight members Oliver Brandt and
//! Sami Haddad". The names kept say how many there are.

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use crate::text::tokens::TokenKind;
use std::ops::Range;

/// Whether source count `m` counts the names its sentence lists after it,
/// and the suspect's `tokens` keep every one of those names.
pub(super) fn counts_kept_names(
    src: &Document,
    m: &Quantity,
    doc: &Document,
    tokens: Range<usize>,
) -> bool {
    if m.unit != Unit::Plain || m.measure.is_some() || m.value < 2.0 {
        return false;
    }
    let Some(sentence) = src.sentence_of(m.tokens.start) else {
        return false;
    };
    let mut names: Vec<Vec<&str>> = Vec::new();
    let mut in_name = false;
    for k in m.tokens.end..src.sentences[sentence].tokens.end {
        let capital = src.tokens[k].kind == TokenKind::Word && src.is_capitalized(k);
        match names.last_mut() {
            Some(name) if capital && in_name => name.push(src.norm_at(k)),
            _ if capital => names.push(vec![src.norm_at(k)]),
            _ => {}
        }
        in_name = capital;
    }
    // "two treatment works, at Kelby and Stonehurst, and … at Kelby": a
    // name said again is the same one.
    let mut distinct: Vec<&Vec<&str>> = Vec::new();
    for name in &names {
        if !distinct.contains(&name) {
            distinct.push(name);
        }
    }
    let kept = |word: &str| doc.words(tokens.clone()).any(|(_, t)| t.norm == word);
    distinct.len() as f64 == m.value && names.iter().flatten().all(|w| kept(w))
}

/// Largest count of names told by "the two companies" and the like.
const MOST_NAMES_COUNTED: f64 = 4.0;

/// Whether suspect count `q` only counts the names its sentence gives before
/// it, in a noun phrase the source sentence (`src` tokens `tokens`) has
/// without the count: "Grainfield will buy Oakes & Sons, the companies said"
/// → "…, the two companies said".
pub(super) fn counts_names_before(
    doc: &Document,
    q: &Quantity,
    src: &Document,
    tokens: Range<usize>,
) -> bool {
    if q.unit != Unit::Plain
        || q.measure.is_some()
        || q.value.fract() != 0.0
        || !(2.0..=MOST_NAMES_COUNTED).contains(&q.value)
        || q.tokens.len() != 1
    {
        return false;
    }
    let Some(the) = q
        .tokens
        .start
        .checked_sub(1)
        .filter(|&t| doc.norm_at(t) == "the")
    else {
        return false;
    };
    let noun = doc.norm_at(q.tokens.end);
    let in_source = tokens
        .clone()
        .any(|k| src.norm_at(k) == "the" && src.norm_at(k + 1) == noun);
    let Some(sentence) = doc.sentence_of(q.tokens.start) else {
        return false;
    };
    if !noun.ends_with('s') || !in_source {
        return false;
    }
    // Runs of capitalised words, "&" joining one ("Oakes & Sons"), after
    // the dateline ("TOULOUSE, June 18 (Wire) -") if any.
    let mut names = 0.0;
    let mut in_name = false;
    for k in doc.text_start(sentence, the)..the {
        let t = &doc.tokens[k];
        let capital = t.kind == TokenKind::Word
            && doc.is_capitalized(k)
            && !crate::text::words::is_stopword(&t.norm);
        if capital && !in_name {
            names += 1.0;
        }
        in_name = capital || (in_name && t.norm == "&");
    }
    names == q.value
}
