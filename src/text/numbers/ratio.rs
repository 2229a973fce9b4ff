//! A share told as a ratio: "three in five", "one out of four", "one summer
//! sailing in ten".

use super::phrases::norms;
use super::vocabulary::plain_number;
use super::{Quantity, Unit};
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::{GROUP_LEADS, STOPWORDS, number_word};
use std::ops::Range;

/// Largest denominator of a ratio read as a share ("three in five", "one out of four").
const RATIO_DENOMINATOR: f64 = 10.0;

/// "three in five", "one out of four": a share, as a percentage, at the start of `range`.
pub(super) fn ratio_share(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let joined = doc.tokens.get(range.start + 1).map(|t| t.norm.as_str());
    if !matches!(joined, Some("in" | "out")) {
        return gapped_ratio(doc, range);
    }
    plain_number(&doc.tokens[range.start].norm)?;
    let words = norms(doc, &range, 4);
    let (part, whole, len) = match words[..] {
        [a, "in", b, ..] => (a, b, 3),
        [a, "out", "of", b] => (a, b, 4),
        _ => return None,
    };
    let (part, whole) = (plain_number(part)?, plain_number(whole)?);
    (part < whole && whole <= RATIO_DENOMINATOR && part.fract() == 0.0 && whole.fract() == 0.0)
        .then(|| {
            Quantity::new(
                part / whole * 100.0,
                Unit::Percent,
                range.start..range.start + len,
                None,
            )
        })
}

/// Most words of the counted noun between a ratio's part and its "in"
/// ("one summer sailing in ten").
const GAP_WORDS: usize = 2;

/// "one summer sailing in ten might be cancelled": a ratio whose noun stands
/// between its part and "in", read whole when nothing but a verb or a
/// function word follows the whole ("one goal in ten minutes" is no share).
fn gapped_ratio(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    // Every token starts a try: look for the "in" before reading a number.
    let in_after = |gap: usize| {
        doc.tokens
            .get(range.start + gap + 1)
            .is_some_and(|x| x.norm == "in")
    };
    if !(1..=GAP_WORDS).any(in_after) {
        return None;
    }
    let part = plain_number(&doc.tokens[range.start].norm)?;
    let word = |t: usize| {
        doc.tokens
            .get(t)
            .filter(|x| t < range.end && x.kind == TokenKind::Word)
    };
    let noun = |t: usize| {
        word(t).is_some_and(|x| {
            !STOPWORDS.contains(&x.norm.as_str()) && number_word(&x.norm).is_none()
        })
    };
    let gap = (1..=GAP_WORDS)
        .take_while(|g| noun(range.start + g))
        .last()?;
    let at = range.start + gap + 1;
    if word(at)?.norm != "in" {
        return None;
    }
    let whole = plain_number(&word(at + 1)?.norm)?;
    let after = doc.tokens.get(at + 2).filter(|_| at + 2 < range.end);
    let ends = after.is_none_or(|x| {
        x.kind != TokenKind::Word
            || STOPWORDS.contains(&x.norm.as_str())
            || GROUP_LEADS.contains(&x.norm.as_str())
    });
    (ends
        && part < whole
        && whole <= RATIO_DENOMINATOR
        && part.fract() == 0.0
        && whole.fract() == 0.0)
        .then(|| {
            Quantity::new(
                part / whole * 100.0,
                Unit::Percent,
                range.start..at + 2,
                None,
            )
        })
}
