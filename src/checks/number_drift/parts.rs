//! Figures a rewriter states beside their parts or their whole: a total
//! followed by its parts ("13 counts, 11 of fraud and two of laundering"),
//! a total summed from the amounts it is made of ("bringing the total to
//! £4,515,170"), the rest of a group ("the other four" of five) and the
//! start of a multiple ("doubled from 12 to 24") and the level it reaches
//! ("a fund of 2,500 dollars to be doubled" → "doubled to 5,000 dollars").

use super::around::word_before;
use super::derived::{amount, major};
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};

/// Whether count `q` is the sum of two other figures its own sentence lists
/// after it, both the source's ("guilty on 13 counts, 11 of wire fraud and
/// two of money laundering" for "11 counts of wire fraud and two counts of
/// money laundering").
pub(super) fn total_of_listed(q: &Quantity, ours: &[Quantity], theirs: &[Quantity]) -> bool {
    let part = |s: &&Quantity| {
        s.unit == Unit::Plain
            && s.measure == q.measure
            && s.per.is_none()
            && s.tokens.start >= q.tokens.end
            && theirs.iter().any(|t| t.unit == s.unit && t.same_value(s))
    };
    let parts: Vec<&Quantity> = ours.iter().filter(part).collect();
    q.unit == Unit::Plain
        && q.per.is_none()
        && parts.iter().enumerate().any(|(i, a)| {
            parts[i + 1..]
                .iter()
                .any(|b| a.value > 0.0 && b.value > 0.0 && a.value + b.value == q.value)
        })
}

/// Words before an amount that call it a total ("bringing the total to",
/// "a total of").
const TOTAL_WORDS: &[&str] = &["total", "totalling", "totaling", "altogether"];

/// Tokens before an amount within which a total word makes it a total.
const TOTAL_REACH: usize = 3;

/// Whether `q`, an amount of money called a total, is the exact sum of two
/// or three amounts of its currency in `figures` ("a £4.2 million fine …
/// £315,000 in costs and a £170 surcharge" → "bringing the total to
/// £4,515,170").
pub(super) fn summed_total(doc: &Document, q: &Quantity, figures: &[Quantity]) -> bool {
    let start = q.tokens.start.saturating_sub(TOTAL_REACH);
    let total = (start..q.tokens.start).any(|k| TOTAL_WORDS.contains(&doc.norm_at(k)));
    if !total || q.unit != Unit::Money || q.per.is_some() {
        return false;
    }
    let parts: Vec<f64> = figures
        .iter()
        .filter(|s| {
            s.unit == Unit::Money && s.per.is_none() && major(s) == major(q) && !s.same_value(q)
        })
        .map(amount)
        .collect();
    let v = amount(q);
    let exact = |sum: f64| (sum - v).abs() <= 1e-6 * v.abs().max(1.0);
    (0..parts.len()).any(|i| {
        (i + 1..parts.len()).any(|j| {
            exact(parts[i] + parts[j])
                || (j + 1..parts.len()).any(|k| exact(parts[i] + parts[j] + parts[k]))
        })
    })
}

/// Whether count `q` and source count `m` count one group, one of them
/// without the member the sentence names, as "other" beside it says ("the
/// lowest share among the country's five largest cities" → "lower than in
/// any of the country's other four largest cities"; "runs Harrowgate Park
/// and five other schools" → "runs six schools including Harrowgate Park").
pub(super) fn others_of(src: &Document, m: &Quantity, doc: &Document, q: &Quantity) -> bool {
    let beside = |d: &Document, x: &Quantity, words: &[&str]| {
        let before = x.tokens.start.checked_sub(1).map_or("", |k| d.norm_at(k));
        words.contains(&before) || words.contains(&d.norm_at(x.tokens.end))
    };
    // "five other lakes" → "six more lakes": both count the others.
    let other = |d: &Document, x: &Quantity| beside(d, x, &["other"]);
    let more = |d: &Document, x: &Quantity| beside(d, x, MORE_WORDS);
    q.unit == Unit::Plain
        && m.unit == Unit::Plain
        && q.measure.is_none()
        && m.measure.is_none()
        && ((m.value == q.value + 1.0 && other(doc, q) && !more(src, m))
            || (q.value == m.value + 1.0 && other(src, m) && !more(doc, q)))
}

/// Words beside a count that make it a count of others ("five further
/// counties", "six more lakes").
const MORE_WORDS: &[&str] = &["other", "more", "further", "additional", "extra"];

/// Verbs that multiply a figure, with the factor.
const MULTIPLIERS: &[(&str, f64)] = &[
    ("doubled", 2.0),
    ("doubling", 2.0),
    ("tripled", 3.0),
    ("trebled", 3.0),
    ("quadrupled", 4.0),
    ("halved", 0.5),
];

/// Whether `q` is the figure a source figure of its sentence was multiplied
/// from, where the source names the multiple in a word ("doubled the number
/// of water stations to 24" → "from 12 to 24").
pub(super) fn multiplied_from(q: &Quantity, theirs: &[Quantity], source_words: &[&str]) -> bool {
    q.unit == Unit::Plain
        && q.value > 0.0
        && MULTIPLIERS.iter().any(|(w, factor)| {
            source_words.contains(w)
                && theirs.iter().any(|s| {
                    s.unit == q.unit && s.measure == q.measure && s.value == q.value * factor
                })
        })
}

/// Whether `q`, reached by a multiple ("to be doubled to 5,000 dollars"), is
/// worked out from the source figure of its sentence the source names the
/// multiple of in a word ("a fund of 2,500 dollars … to be doubled"): the
/// source figure is no level reached itself, and the suspect says "to".
pub(super) fn multiplied_to(
    src: &Document,
    doc: &Document,
    q: &Quantity,
    theirs: &[Quantity],
    source_words: &[&str],
) -> bool {
    matches!(q.unit, Unit::Plain | Unit::Money)
        && q.value > 0.0
        && word_before(doc, q) == Some("to")
        && MULTIPLIERS.iter().any(|(w, factor)| {
            source_words.contains(w)
                && theirs.iter().any(|s| {
                    s.unit == q.unit
                        && s.measure == q.measure
                        && s.value * factor == q.value
                        && word_before(src, s) != Some("to")
                })
        })
}
