//! A year restated as its decade in words: "built in 1968" → "dates from
//! the late sixties" or "the 1960s". The rewording says less, not
//! something else.

use crate::align::AlignedPair;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, quantities, time_word};
use std::ops::Range;

/// Decades named by word, by their tens digit ("sixties": 6).
const DECADES: &[(&str, u32)] = &[
    ("twenties", 2),
    ("thirties", 3),
    ("forties", 4),
    ("fifties", 5),
    ("sixties", 6),
    ("seventies", 7),
    ("eighties", 8),
    ("nineties", 9),
];

/// Whether source figure `m`, a year, is restated in suspect tokens
/// `tokens` of `doc` by the decade it falls in ("the sixties", "the
/// 1960s", "the '60s"), on the part of it a word before names ("early",
/// "mid", "late").
pub(super) fn decade_in_words(m: &Quantity, doc: &Document, tokens: Range<usize>) -> bool {
    if !m.is_year() {
        return false;
    }
    // The year is whole: `is_year` says so.
    let year = m.value as u32;
    let (tens, unit) = (year / 10 % 10, year % 10);
    let start = year - unit;
    let written = [format!("{start}s"), format!("{}s", start % 100)];
    doc.words(tokens).any(|(k, t)| {
        let word = t.norm.as_str();
        let named = DECADES.iter().any(|&(w, d)| w == word && d == tens)
            || written.iter().any(|w| w == word);
        let part = match doc.norm_before(k, 1).map(|w| w.trim_start_matches('\'')) {
            Some("early") => unit <= 3,
            Some("mid") => (3..=7).contains(&unit),
            Some("late") => unit >= 6,
            _ => true,
        };
        named && part
    })
}

/// The suspect side of `pair` with the sentence on either side of it, where
/// a sentence split off may tell the decade ("The roof dates from the late
/// sixties. A survey in 2019 …").
pub(super) fn around(doc: &Document, pair: &AlignedPair) -> Range<usize> {
    let first = pair.suspect.start.saturating_sub(1);
    let last = pair.suspect.end.min(doc.sentences.len() - 1);
    doc.sentences[first].tokens.start..doc.sentences[last].tokens.end
}

/// Whether suspect year `q` names "the end of the decade" that source
/// figure `m` of `src` says ("by the end of the decade" → "by 2030"): a year
/// that closes a decade.
pub(super) fn closes_the_decade(src: &Document, m: &Quantity, q: &Quantity) -> bool {
    let decade = src.tokens[m.tokens.clone()]
        .iter()
        .any(|t| t.norm == "decade");
    decade
        && matches!(m.word_before(src, 1), "the" | "this")
        && m.word_before(src, 2) == "of"
        && m.word_before(src, 3) == "end"
        && q.is_year()
        && q.value % 10.0 == 0.0
}

/// Whether source length `m` of `src`, a count of years, is told in
/// suspect tokens `tokens` of `doc` as the year it runs from, a year the
/// source states too ("the first final in 31 years … last reached the final
/// in 1993" → "the first final since 1993"): the source dates the start.
pub(super) fn since_a_stated_year(
    m: &Quantity,
    doc: &Document,
    tokens: Range<usize>,
    all_source: &[Quantity],
) -> bool {
    let in_years = time_word("years").is_some_and(|year| m.unit == Unit::Time(year));
    in_years
        && quantities(doc, tokens).iter().any(|q| {
            q.is_year()
                && q.word_before(doc, 1) == "since"
                && all_source.iter().any(|s| s.is_year() && s.value == q.value)
        })
}
