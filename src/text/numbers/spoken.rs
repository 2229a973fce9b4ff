//! Numbers as they are said, over several tokens: "two hundred and forty",
//! "a hundred and fifty thousand", "forty six", "212 000" (thousands set
//! apart by a space, as much of Europe writes them).

use super::vocabulary::scale_of;
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::number_word;
use std::ops::Range;

/// A number said in words at the start of `range` that joins more words than
/// a figure and its scales ("two hundred and forty", "a hundred and forty",
/// "one hundred fifty thousand", "forty six"): its value and where it ends.
/// "a" counts as one only before a scale, and "and" joins only a number
/// under a hundred to the scale before it ("between two hundred and three
/// hundred" is a range, and so is any pair after "between").
pub(super) fn spoken_number(doc: &Document, range: Range<usize>) -> Option<(f64, usize)> {
    let word = |k: usize| {
        doc.tokens
            .get(k)
            .filter(|t| k < range.end && t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    let small = |k: usize| word(k).and_then(under_a_hundred);
    let scale = |k: usize| word(k).and_then(spoken_scale);
    let start = range.start;
    let mut chunk = match word(start)? {
        "a" | "an" if scale(start + 1).is_some() => 1.0,
        _ => small(start)?,
    };
    let mut k = start + 1;
    let mut joined = false;
    // "forty six": tens and ones as two words.
    if chunk % 10.0 == 0.0
        && chunk >= 20.0
        && let Some(ones) = small(k).filter(|&n| n < 10.0)
    {
        chunk += ones;
        k += 1;
        joined = true;
    }
    // "one point two million", "three point five percent": digits said
    // after "point", read as a decimal only before a scale or "percent"
    // ("at one point two officers left" is no decimal).
    if let Some((fraction, end)) = said_decimal(&word, k)
        && (scale(end).is_some_and(|s| s > 100.0) || matches!(word(end), Some("percent" | "per")))
    {
        chunk += fraction;
        k = end;
        joined = true;
    }
    let between = start
        .checked_sub(1)
        .is_some_and(|p| doc.tokens[p].norm == "between");
    let (mut total, mut last_scale) = (0.0, f64::MAX);
    loop {
        match scale(k) {
            Some(100.0) if chunk > 0.0 && chunk < 100.0 => chunk *= 100.0,
            Some(s) if s > 100.0 && s < last_scale && chunk > 0.0 => {
                total += chunk * s;
                (chunk, last_scale) = (0.0, s);
            }
            _ => break,
        }
        k += 1;
        // The tens and ones after a scale: "hundred and forty", "thousand five".
        let and = word(k) == Some("and");
        let at = k + usize::from(and);
        let Some(n) = small(at).filter(|_| !(and && between)) else {
            continue;
        };
        // "two hundred and three hundred": a second number.
        let second = match scale(at + 1) {
            Some(100.0) => chunk > 0.0,
            Some(_) => and && chunk == 0.0,
            None => false,
        };
        if second {
            break;
        }
        chunk += n;
        k = at + 1;
        joined = true;
    }
    joined.then_some((total + chunk, k))
}

/// The digits said after a "point" at token `k` ("point two five"): their
/// value as a fraction and where they end.
fn said_decimal<'a>(word: &impl Fn(usize) -> Option<&'a str>, k: usize) -> Option<(f64, usize)> {
    let digit = |j: usize| {
        word(j)
            .and_then(number_word)
            .and_then(|d| d.parse::<f64>().ok())
            .filter(|&n| n < 10.0 && n.fract() == 0.0)
    };
    if word(k) != Some("point") {
        return None;
    }
    let (mut fraction, mut place, mut j) = (0.0, 0.1, k + 1);
    while let Some(d) = digit(j) {
        fraction += d * place;
        place /= 10.0;
        j += 1;
    }
    (j > k + 1).then_some((fraction, j))
}

/// The scale a word says in full ("hundred": 100), not an abbreviation ("m").
fn spoken_scale(word: &str) -> Option<f64> {
    matches!(
        word,
        "hundred" | "thousand" | "million" | "billion" | "trillion"
    )
    .then(|| scale_of(word))
    .flatten()
}

/// A whole number from one to ninety-nine in words: "forty", "forty-six".
fn under_a_hundred(word: &str) -> Option<f64> {
    let value = |w: &str| number_word(w).and_then(|d| d.parse::<f64>().ok());
    let n = match word.split_once('-') {
        Some((tens, ones)) => {
            let (t, o) = (value(tens)?, value(ones)?);
            (t >= 20.0 && t % 10.0 == 0.0 && (1.0..10.0).contains(&o)).then_some(t + o)?
        }
        None => value(word)?,
    };
    (n > 0.0).then_some(n)
}

/// "212 000", "1 900", "1 250 000": a figure of up to three digits and the
/// groups of three digits set apart from it by a single space, read as one
/// number; its value and where it ends.
pub(super) fn spaced_thousands(doc: &Document, range: Range<usize>) -> Option<(f64, usize)> {
    let tokens = &doc.tokens;
    let head = &tokens[range.start];
    let digits =
        |s: &str, n: Range<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if head.kind != TokenKind::Number || !digits(&head.norm, 1..4) {
        return None;
    }
    let mut value: f64 = head.norm.parse().ok()?;
    let mut k = range.start + 1;
    while k < range.end && is_spaced_group(doc, k) {
        value = value * 1000.0 + tokens[k].norm.parse::<f64>().ok()?;
        k += 1;
    }
    (k > range.start + 1).then_some((value, k))
}

/// Whether token `k` is three digits set apart by one space from a number
/// right before it ("000" in "212 000").
pub(super) fn is_spaced_group(doc: &Document, k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).map(|p| &doc.tokens[p]) else {
        return false;
    };
    let t = &doc.tokens[k];
    let gap = &doc.text[prev.end..t.start];
    prev.kind == TokenKind::Number
        && prev.norm.bytes().all(|b| b.is_ascii_digit())
        && t.kind == TokenKind::Number
        && t.norm.len() == 3
        && t.norm.bytes().all(|b| b.is_ascii_digit())
        && gap.chars().count() == 1
        && gap.chars().all(char::is_whitespace)
}
