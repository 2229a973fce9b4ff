//! Rates: what a figure is counted per ("£1,200 a month", "18 cents per
//! litre", "$400 annually"), told apart from times that only look like one
//! ("5% a year earlier").

use super::norm_within;
use super::vocabulary::{RATE_ADVERBS, RATE_UNITS, named, time_word};
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, number_word};
use std::ops::Range;

/// "a month", "per cubic metre", "annually": what the figure before counts per.
pub(super) fn rate_after(doc: &Document, range: Range<usize>) -> Option<&'static str> {
    let word = |k: usize| norm_within(doc, &range, k);
    let at = range.start;
    if let Some(per) = word(at).and_then(|w| named(RATE_ADVERBS, w)) {
        return Some(per);
    }
    let opens = |w: &str| matches!(w, "a" | "an" | "per" | "each" | "every");
    if !opens(word(at)?) {
        // "5,500 night flights a year", "400,000 litres of milk a day": a rate
        // of time a few words on, past what the figure counts.
        let gap = (at..at + RATE_GAP).take_while(|&k| {
            doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && word(k).is_some_and(|w| !opens(w) && !matches!(w, "and" | "or" | "but" | "than"))
        });
        let k = gap.last()? + 1;
        let per = named(RATE_UNITS, word(k + 1)?).filter(|p| time_word(p).is_some())?;
        return (opens(word(k)?) && !is_time_adverb(word(k + 2), word(k + 3))).then_some(per);
    }
    let (shape, at) = match word(at + 1)? {
        "cubic" => ("cubic ", at + 2),
        "square" => ("square ", at + 2),
        _ => ("", at + 1),
    };
    let per = named(RATE_UNITS, word(at)?)?;
    // "in 2019 a second bridge": an ordinal, no rate.
    if is_time_adverb(word(at + 1), word(at + 2)) || (per == "second" && !per_second(doc, at)) {
        return None;
    }
    let per = match (shape, per) {
        ("", per) => per,
        ("cubic ", "metre") => "cubic metre",
        ("square ", "metre") => "square metre",
        ("square ", "kilometre") => "square kilometre",
        _ => return None,
    };
    Some(per)
}

/// Whether "second" at token `at` is the unit a figure just before is
/// counted per ("150 litres a second", "22 km per second"), not an ordinal
/// ("a second bridge", "for a second time"): after "a", "per" or "every",
/// a figure a few words back, and no noun after it.
pub(super) fn per_second(doc: &Document, at: usize) -> bool {
    let norm = |k: usize| doc.tokens.get(k).map(|t| t.norm.as_str());
    let figure = |k: usize| {
        doc.tokens[k].kind == TokenKind::Number || number_word(&doc.tokens[k].norm).is_some()
    };
    let closes = doc
        .tokens
        .get(at + 1)
        .is_none_or(|t| t.kind != TokenKind::Word || is_stopword(&t.norm));
    norm(at) == Some("second")
        && at >= 2
        && matches!(norm(at - 1), Some("a" | "per" | "every" | "each"))
        && (at.saturating_sub(SECOND_REACH)..at - 1).any(figure)
        && closes
}

/// Tokens before "a second" searched for the figure it is the rate of.
const SECOND_REACH: usize = 5;

/// Words between a figure and a rate of time after it ("flights a year").
const RATE_GAP: usize = 3;

/// "5% a year earlier", "a month ago", "a year on, …", "a week from now": a
/// time, not a rate ("£900 a week on overtime" is one: "on" before a word of
/// its own; so is "1.1 million litres a day from the aquifer" or "£94 a year
/// from January": "from" only before "now" or "today").
fn is_time_adverb(word: Option<&str>, next: Option<&str>) -> bool {
    let closes = next.is_none_or(|n| {
        !n.starts_with(char::is_alphanumeric) || matches!(n, "from" | "and" | "since")
    });
    match word {
        Some("on") => closes,
        Some("from") => matches!(
            next,
            Some("now" | "then" | "today" | "tomorrow" | "yesterday" | "here")
        ),
        w => matches!(
            w,
            Some("earlier" | "later" | "ago" | "before" | "after" | "into")
        ),
    }
}
