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
