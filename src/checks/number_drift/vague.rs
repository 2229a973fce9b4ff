//! A figure softened into a vague amount: "420 pupils" → "hundreds of
//! pupils", "waited up to 31 hours" → "waited several hours". The rewording
//! says less, not something else, so the figure is no more lost than the
//! words around it. A share judged by a quantifier ("nearly half of the
//! hours" → "most of the hours") changed in degree, which meaning-drift
//! judges: no figure went missing either. A vague amount that cannot be
//! the figure resized it ("a couple of councillors" → "several
//! councillors", "a dozen" → "dozens").

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, quantities, scale_of, time_word};
use std::ops::Range;

/// Words that state an amount without a figure or a judgement of its size
/// ("many" and "few" judge it, which the figure no longer lets a reader
/// check), with the least count they can mean: "several" is more than two
/// ("a couple of councillors" → "several councillors" grew the count).
const VAGUE: &[(&str, f64)] = &[
    ("several", 3.0),
    ("some", 0.0),
    ("part", 0.0),
    ("while", 0.0),
];

/// Small counts said without a figure after "a" ("a few", "a handful"), with
/// the values they cover: "a couple of" and "three" may be either.
const SMALL: &[(&str, f64, f64)] = &[("few", 2.0, 10.0), ("handful", 2.0, 10.0)];

/// Plural scale words stating an order of magnitude ("hundreds of"), with
/// the values they cover.
const MAGNITUDES: &[(&str, f64, f64)] = &[
    ("dozens", 24.0, 200.0),
    ("scores", 40.0, 200.0),
    ("hundreds", 200.0, 1e3),
    ("thousands", 2e3, 1e6),
    ("millions", 2e6, 1e9),
    ("billions", 2e9, 1e12),
];

/// Whether suspect words `words`, which replaced source figure `m`, state
/// it as a vague amount: no figure of their own, and a word of [`VAGUE`]
/// stating no more than it (times the scale after it: "several hundred" is
/// 300 or more), a small count of [`SMALL`], a plural scale covering its
/// value or a plural word of time covering its length ("for years").
pub(super) fn softened(doc: &Document, words: Range<usize>, m: &Quantity) -> bool {
    if !quantities(doc, words.clone()).is_empty() {
        return false;
    }
    let covers = |(low, high): (f64, f64)| (low..high).contains(&m.value);
    doc.words(words).any(|(k, t)| {
        let word = t.norm.as_str();
        let scale = scale_after(doc, k);
        VAGUE
            .iter()
            .any(|&(w, least)| w == word && m.value >= least * scale)
            || small_count(doc, k, m.value)
            || MAGNITUDES
                .iter()
                .any(|&(w, low, high)| w == word && covers((low, high)))
            || lengths_of_time(m, word)
    })
}

/// Plural words of time stating a length vaguely ("for years"), with their
/// length in seconds.
const LENGTHS: &[(&str, f64)] = &[
    ("minutes", 60.0),
    ("hours", 3_600.0),
    ("days", 86_400.0),
    ("weeks", 604_800.0),
    ("months", 2_628_000.0),
    ("years", 31_536_000.0),
    ("decades", 315_360_000.0),
];

/// Most of a plural word of time a length it covers may count ("for
/// years" is not 300 years).
const MOST_LENGTHS: f64 = 100.0;

/// Source figure `m` of `src` as a length of time where a word counting
/// years states it alone ("for a decade": 10 years), else as it is.
pub(super) fn as_length(src: &Document, m: &Quantity) -> Quantity {
    let mut length = m.clone();
    let counted = src.tokens[m.tokens.clone()].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "decade" | "decades" | "century" | "centuries"
        )
    });
    if m.unit == Unit::Plain
        && counted
        && let Some(year) = time_word("years")
    {
        length.unit = Unit::Time(year);
    }
    length
}

/// Whether plural time word `word` covers length of time `m` ("for a
/// decade" → "for years", "31 hours" → "hours"): at least two of its
/// unit, within [`MOST_LENGTHS`].
fn lengths_of_time(m: &Quantity, word: &str) -> bool {
    let Unit::Time(seconds) = m.unit else {
        return false;
    };
    LENGTHS.iter().any(|&(w, length)| {
        let count = m.value * f64::from(seconds) / length;
        w == word && (2.0..=MOST_LENGTHS).contains(&count)
    })
}

/// Whether `word` states an amount without a figure: a word of [`VAGUE`],
/// [`SMALL`] or [`MAGNITUDES`] ("several", "few", "dozens").
pub(super) fn is_vague_amount(word: &str) -> bool {
    VAGUE.iter().any(|&(w, _)| w == word)
        || SMALL.iter().any(|&(w, ..)| w == word)
        || MAGNITUDES.iter().any(|&(w, ..)| w == word)
}

/// Whether suspect words `words`, which replaced source figure `m`, state
/// another amount without a figure: a vague amount that does not cover it
/// ("a couple of councillors" → "several councillors", "a dozen" →
/// "dozens"), a count changed even where the figure is said elsewhere.
pub(super) fn resized(doc: &Document, words: Range<usize>, m: &Quantity) -> bool {
    quantities(doc, words.clone()).is_empty()
        && !softened(doc, words.clone(), m)
        && doc.words(words).any(|(_, t)| is_vague_amount(&t.norm))
}

/// The scale of the word after token `k` ("hundred" in "several hundred"), or 1.
fn scale_after(doc: &Document, k: usize) -> f64 {
    doc.tokens
        .get(k + 1)
        .and_then(|t| scale_of(&t.norm))
        .unwrap_or(1.0)
}

/// Whether word `k` of `doc` is a small count of [`SMALL`] after "a" that
/// covers `value` (times the scale after it: "a few hundred").
fn small_count(doc: &Document, k: usize, value: f64) -> bool {
    let scale = scale_after(doc, k);
    doc.norm_before(k, 1) == Some("a")
        && SMALL.iter().any(|&(w, low, high)| {
            w == doc.tokens[k].norm && (low * scale..high * scale).contains(&value)
        })
}

/// Whether suspect figure `q`, a loose "a couple of", restates a small count
/// the source words `tokens` of `src` say without a figure ("for a few
/// years" → "for a couple of years").
pub(super) fn couple_for_few(
    doc: &Document,
    q: &Quantity,
    src: &Document,
    tokens: Range<usize>,
) -> bool {
    doc.tokens[q.tokens.clone()]
        .iter()
        .any(|t| t.norm == "couple")
        && src.words(tokens).any(|(k, _)| small_count(src, k, q.value))
}

/// Quantifiers that judge how large a share is without a figure.
const SHARE_QUANTIFIERS: &[&str] = &[
    "all", "most", "majority", "minority", "bulk", "every", "none", "few", "little",
];

/// Whether suspect words `words`, which replaced source figure `m` of `src`,
/// judge it as a share with a quantifier: `m` is a percentage, a fraction
/// ("half") or a count of a group ("41 of its 65 members"), and the words
/// hold no figure of their own but a word of [`SHARE_QUANTIFIERS`] ("nearly
/// all of its 65 members", "most of the lost hours").
pub(super) fn judged_share(
    src: &Document,
    doc: &Document,
    words: Range<usize>,
    m: &Quantity,
) -> bool {
    let share = m.unit == Unit::Percent
        || (m.unit == Unit::Plain && m.value > 0.0 && m.value < 1.0)
        || src.tokens.get(m.tokens.end).is_some_and(|t| t.norm == "of");
    share
        && quantities(doc, words.clone()).is_empty()
        && doc
            .words(words)
            .any(|(_, t)| SHARE_QUANTIFIERS.contains(&t.norm.as_str()))
}
