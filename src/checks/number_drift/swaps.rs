//! Figures that traded places, in one sentence ("damaged 1,140 properties
//! and forced 2,300 people" → "damaged 2,300 properties and forced 1,140
//! people") or between two, and digits reordered ("187" → "178").

use super::around::{figure_before, noun_after, owner, word_after, word_before};
use super::counterparts::{of_a_kind, same_kind};
use super::findings::{describe, on_figure};
use super::role_words::{clauses_traded, opens_clause, roles_traded};
use super::{PairCheck, ages};
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use crate::text::tokens::TokenKind;

/// Whether suspect figure `q` is source figure `s` with its written digits reordered ("187" →
/// "178", "$2.1 million" → "$1.2 million"), in the same unit.
pub(super) fn transposed(src: &Document, s: &Quantity, doc: &Document, q: &Quantity) -> bool {
    let digits = |d: &Document, x: &Quantity| {
        let mut found: Vec<char> = describe(d, x)
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        found.sort_unstable();
        found
    };
    s.unit == q.unit
        && s.measure == q.measure
        && s.value != q.value
        && s.value.abs() >= 10.0
        && digits(src, s) == digits(doc, q)
}

/// Two figures that traded places ("damaged 1,140 properties and forced 2,300
/// people" → "damaged 2,300 properties and forced 1,140 people"): kept values,
/// in reverse order, one of them now standing by the word the other stood by.
pub(super) fn swapped(
    doc: &Document,
    src: &Document,
    matched: &[(&Quantity, &Quantity)],
    out: &mut Vec<Diagnostic>,
) {
    type Around = for<'a> fn(&'a Document, &Quantity) -> Option<&'a str>;
    // The word just before or the noun just after a figure tells its role
    // alone; the first word of content further on only when both figures
    // exchanged theirs ("22 companies won, out of 58 that bid" → "of the 58
    // companies that bid, 22 won" keeps the roles). The figure before one
    // tells its place in a list ("17 shots, six of them on target, against
    // 11 shots, five" → "17 shots, 5 of them on target, to 11, with 6"),
    // the person an age is given to its owner ("Jordan Acheson, 29" →
    // "24-year-old Jordan Acheson").
    let contexts: [(Around, bool); 6] = [
        (word_before, false),
        (noun_after, false),
        (word_after, true),
        (owner, false),
        (figure_before, true),
        (ages::person_of, true),
    ];
    for (i, &(a, ours_a)) in matched.iter().enumerate() {
        for &(b, ours_b) in &matched[i + 1..] {
            let reversed =
                (a.tokens.start < b.tokens.start) != (ours_a.tokens.start < ours_b.tokens.start);
            // Dates restyle their order ("July 1" → "1 July"); the ends of one
            // range ("1.5-2°C") share a span; figures of two kinds do not trade.
            let dated = |q: &Quantity| matches!(q.unit, Unit::Month | Unit::Weekday);
            let one_span = a.tokens == b.tokens || ours_a.tokens == ours_b.tokens;
            // "12 counts" and "10 years" kept their own words: a count and a
            // duration do not trade.
            let timed = |q: &Quantity| matches!(q.unit, Unit::Time(_));
            let counted = |q: &Quantity| q.unit == Unit::Plain && noun_after(src, q).is_some();
            let alike = same_kind(a.unit, b.unit)
                && !((timed(a) && counted(b)) || (timed(b) && counted(a)))
                && (a.measure.is_none() || b.measure.is_none() || a.measure == b.measure);
            // "eight new shops over the next 18 months" → "18 new shops over
            // the next eight months": each number took the other's unit and
            // the word after it ("Milloy, 24 … four years" → "the
            // 24-year-old … received four" keeps the roles). A sum of money
            // may name its currency once ("312 million pounds … 180 million").
            let plain = |q: &Quantity| !dated(q) && q.unit != Unit::Money;
            let crossed = !a.same_value(b)
                && plain(a)
                && plain(b)
                && !of_a_kind(a.unit, ours_a.unit)
                && (a.unit, b.unit) == (ours_b.unit, ours_a.unit)
                && unit_word(src, a).is_some_and(|w| unit_word(doc, ours_b) == Some(w))
                && unit_word(src, b).is_some_and(|w| unit_word(doc, ours_a) == Some(w));
            // "income rose by 4% … spending fell to £3.2 million" → "income
            // rose to £3.2 million … spending fell by 4%": figures of two
            // kinds trade only the words of their clauses.
            let unlike = !same_kind(a.unit, b.unit) && !dated(a) && !dated(b);
            if unlike
                && reversed
                && !one_span
                && in_two_clauses(src, a, b)
                && in_two_clauses(doc, ours_a, ours_b)
                && clauses_traded(src, (a, b), doc, (ours_a, ours_b))
            {
                report_traded(doc, src, a, (ours_a, ours_b), out);
                continue;
            }
            if !crossed
                && (!reversed || a.same_value(b) || dated(a) || dated(b) || one_span || !alike)
            {
                continue;
            }
            let traded = crossed
                || contexts.iter().any(|&(ctx, both)| {
                    let (was_a, was_b) = (ctx(src, a), ctx(src, b));
                    let (now_a, now_b) = (ctx(doc, ours_a), ctx(doc, ours_b));
                    let moved = |now: Option<&str>, was: Option<&str>, other: Option<&str>| {
                        now.is_some() && now == other && now != was
                    };
                    let (moved_a, moved_b) =
                        (moved(now_a, was_a, was_b), moved(now_b, was_b, was_a));
                    // "imports rose to 29.9 billion … exports came to 31.6 billion":
                    // a word both figures now share tells neither's role.
                    was_a.is_some()
                        && was_b.is_some()
                        && was_a != was_b
                        && now_a != now_b
                        && if both {
                            moved_a && moved_b
                        } else {
                            moved_a || moved_b
                        }
                })
                || roles_traded(src, (a, b), doc, (ours_a, ours_b));
            if traded {
                report_traded(doc, src, a, (ours_a, ours_b), out);
            }
        }
    }
}

/// Whether a word that opens another clause ("and", "while", "but") stands
/// between figures `a` and `b` of `doc`: "after four-year, £48m
/// restoration" gives both one role.
fn in_two_clauses(doc: &Document, a: &Quantity, b: &Quantity) -> bool {
    let (first, second) = if a.tokens.start < b.tokens.start {
        (a, b)
    } else {
        (b, a)
    };
    (first.tokens.end..second.tokens.start).any(|k| opens_clause(doc.norm_at(k)))
}

/// Reports suspect figures `ours_a` and `ours_b` as having traded places,
/// with the source sentence of source figure `a` as evidence.
fn report_traded(
    doc: &Document,
    src: &Document,
    a: &Quantity,
    (ours_a, ours_b): (&Quantity, &Quantity),
    out: &mut Vec<Diagnostic>,
) {
    for (q, other) in [(ours_a, ours_b), (ours_b, ours_a)] {
        out.push(
            on_figure(
                doc,
                q,
                format!(
                    "\"{}\" and \"{}\" traded places: each now stands where the source has the other",
                    describe(doc, q),
                    describe(doc, other)
                ),
            )
            .evidence(src.sentence_text(src.sentence_of(a.tokens.start).unwrap_or(0))),
        );
    }
}

/// The word just after the first token of figure `q` ("eight new shops":
/// "new"; "18 months": "months").
fn unit_word<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    let t = doc.tokens.get(q.tokens.start + 1)?;
    (t.kind == TokenKind::Word).then_some(t.norm.as_str())
}

/// The figures of an aligned pair: source side, suspect side.
pub(super) type Figures = (Vec<Quantity>, Vec<Quantity>);

/// Figures swapped between two sentences ("about 6,800 accounts … about 430
/// staff" → "about 430 accounts … about 6,800 staff"): suspect figure `q` of
/// `pair` belongs to another source sentence, whose suspect counterpart now
/// carries a figure of this pair's source that went unused here. Returns that
/// figure.
pub(super) fn traded_across<'a>(
    pairs: &[AlignedPair],
    figures: &[Figures],
    i: usize,
    q: &Quantity,
    unused: &[&'a Quantity],
) -> Option<&'a Quantity> {
    let pair = &pairs[i];
    pairs
        .iter()
        .zip(figures)
        .filter(|(other, _)| other.source != pair.source && other.suspect != pair.suspect)
        .find_map(|(_, (their_figures, our_figures))| {
            if !their_figures.iter().any(|x| x.same_value(q)) {
                return None;
            }
            unused.iter().copied().find(|m| {
                same_kind(m.unit, q.unit)
                    && !m.same_value(q)
                    && our_figures.iter().any(|x| x.same_value(m))
                    && !their_figures.iter().any(|x| x.same_value(m))
            })
        })
}

impl<'a> PairCheck<'a> {
    /// Reports and drops the figures of `elsewhere` (stated by another source
    /// sentence) that traded places with a source figure of this pair left
    /// `unused` (see [`traded_across`]).
    pub(super) fn report_traded(
        &self,
        elsewhere: &mut Vec<&'a Quantity>,
        unused: &[&'a Quantity],
        out: &mut Vec<Diagnostic>,
    ) {
        let (doc, src) = (self.art.doc, self.art.src);
        elsewhere.retain(|q| {
            let Some(m) = traded_across(self.art.pairs, &self.art.figures, self.index, q, unused)
            else {
                return true;
            };
            out.push(
                on_figure(
                    doc,
                    q,
                    format!(
                        "\"{}\" became \"{}\", which the source gives to another sentence's subject",
                        describe(src, m),
                        describe(doc, q)
                    ),
                )
                .suggest(describe(src, m))
                .evidence(self.evidence()),
            );
            false
        });
    }
}
