//! Ages given as a bare number ("children aged under one", "over 65s"):
//! years, so a source age in months or years is the same figure.

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, time_word};
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;

/// Oldest age read from a bare number.
const MAX_AGE: f64 = 120.0;

/// The age in seconds that plain figure `q` gives right after "aged", "under"
/// or "over", with no noun after it ("under one who were admitted", not
/// "under 40 people").
fn age_seconds(doc: &Document, q: &Quantity) -> Option<f64> {
    if q.unit != Unit::Plain || q.value > MAX_AGE || q.tokens.start == 0 {
        return None;
    }
    let before = doc.tokens[q.tokens.start - 1].norm.as_str();
    let bare = doc
        .tokens
        .get(q.tokens.end)
        .is_none_or(|t| t.kind != TokenKind::Word || is_stopword(&t.norm));
    let year = f64::from(time_word("year")?);
    (matches!(before, "aged" | "under" | "over") && bare).then_some(q.value * year)
}

/// Whether `q` is an age that states source duration `m` ("under 12 months
/// old" → "aged under one").
pub(super) fn age_restated(doc: &Document, q: &Quantity, m: &Quantity) -> bool {
    let Unit::Time(per) = m.unit else {
        return false;
    };
    age_seconds(doc, q).is_some_and(|age| {
        let was = m.value * f64::from(per);
        (age - was).abs() <= was * AGE_TOLERANCE
    })
}

/// Whether `under` is an age limit below it ("under-16s", "under 16") and
/// `at_most` the same limit told as the oldest age let in, one year less
/// ("aged 15 and under", "15 or younger").
pub(super) fn upper_age_restated(
    (d1, under): (&Document, &Quantity),
    (d2, at_most): (&Document, &Quantity),
) -> bool {
    let below = {
        let written = d1.norm_at(under.tokens.start);
        written.starts_with("under-") || d1.norm_before(under.tokens.start, 1) == Some("under")
    };
    let end = at_most.tokens.end;
    let or_under = matches!(d2.norm_at(end), "and" | "or")
        && matches!(d2.norm_at(end + 1), "under" | "younger" | "below");
    below
        && or_under
        && under.value <= MAX_AGE
        && at_most.unit == Unit::Plain
        && at_most.value == under.value - 1.0
}

/// How far apart two ages may be and still be one: a year of 365 days
/// against twelve months of the vocabulary's length.
const AGE_TOLERANCE: f64 = 0.01;

/// Tokens around an age within which the name of the person it is given to
/// stands ("Shane Milloy, the 29-year-old").
const NAME_REACH: usize = 3;

/// The surname of the person figure `q` gives the age of: after an
/// "N-year-old" ("24-year-old Jordan Acheson": "acheson"), or before an age
/// set off by a comma or an "N-year-old" ("Jordan Acheson, 29,": "acheson";
/// "Shane Milloy, the 29-year-old": "milloy").
pub(super) fn person_of<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    let first = doc.tokens.get(q.tokens.start)?;
    let year_old = first.norm.ends_with("year-old");
    let set_off = doc.tokens.get(q.tokens.end).is_some_and(|t| t.norm == ",")
        && doc.norm_before(q.tokens.start, 1) == Some(",");
    if !year_old && !set_off {
        return None;
    }
    let named = |k: usize| {
        let t = doc.tokens.get(k)?;
        (t.kind == TokenKind::Word
            && doc.is_capitalized(k)
            && !is_stopword(&t.norm)
            && doc.sentence_of(k) == doc.sentence_of(q.tokens.start)
            && doc.sentences[doc.sentence_of(k)?].tokens.start != k)
            .then_some(t.norm.as_str())
    };
    // The run of capitalised words after the age, up to its last.
    let after = year_old
        .then(|| {
            let mut k = q.tokens.end;
            let mut last = None;
            while let Some(word) = named(k) {
                last = Some(word);
                k += 1;
            }
            last
        })
        .flatten();
    after.or_else(|| {
        (1..=NAME_REACH)
            .map_while(|back| q.tokens.start.checked_sub(back))
            .find(|&k| !matches!(doc.tokens[k].norm.as_str(), "," | "the" | "a"))
            .and_then(named)
    })
}
