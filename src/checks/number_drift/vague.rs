//! A figure softened into a vague amount: "420 pupils" → "hundreds of
//! pupils", "waited up to 31 hours" → "waited several hours". The rewording
//! says less, not something else, so the figure is no more lost than the
//! words around it. A share judged by a quantifier ("nearly half of the
//! hours" → "most of the hours") changed in degree, which meaning-drift
//! judges: no figure went missing either.

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, quantities};
use std::ops::Range;

/// Words that state an amount without a figure or a judgement of its size
/// ("many" and "few" judge it, which the figure no longer lets a reader check).
const VAGUE: &[&str] = &["several", "some", "part", "while"];

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
/// it as a vague amount: no figure of their own, and a word of [`VAGUE`] or
/// a plural scale covering its value.
pub(super) fn softened(doc: &Document, words: Range<usize>, m: &Quantity) -> bool {
    if !quantities(doc, words.clone()).is_empty() {
        return false;
    }
    doc.words(words).any(|(_, t)| {
        let word = t.norm.as_str();
        VAGUE.contains(&word)
            || MAGNITUDES
                .iter()
                .any(|&(w, low, high)| w == word && (low..high).contains(&m.value))
    })
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
