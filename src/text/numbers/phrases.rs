//! Quantities written as phrases of several tokens: "half a century", "a fifth
//! of".

use super::units::unit_after;
use super::vocabulary::{
    FRACTIONS, MEASURES, WORD_AMOUNTS, YEAR, YEAR_AMOUNTS, named, named_value, scale_of, time_word,
    word_value,
};
use super::{Quantity, Unit};
use crate::text::Document;
use std::ops::Range;

/// Most words [`norms`] reads.
const MAX_NORMS: usize = 6;

/// A few words read at one token, kept on the stack: every token of a
/// text is tried as the start of each phrase.
pub(super) struct Norms<'a> {
    words: [&'a str; MAX_NORMS],
    len: usize,
}

impl<'a> std::ops::Deref for Norms<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        &self.words[..self.len]
    }
}

/// The lower-case words of up to `n` (at most [`MAX_NORMS`]) tokens at the
/// start of `range`.
pub(super) fn norms<'a>(doc: &'a Document, range: &Range<usize>, n: usize) -> Norms<'a> {
    let tokens = &doc.tokens[range.start..range.end.min(range.start + n.min(MAX_NORMS))];
    let mut out = Norms {
        words: [""; MAX_NORMS],
        len: tokens.len(),
    };
    for (w, t) in out.words.iter_mut().zip(tokens) {
        *w = t.norm.as_str();
    }
    out
}

/// Words after which "a quarter" is a share ("of which a quarter will be"),
/// not a period or an ordinal ("a third defendant").
const SHARE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "have", "has", "had", "could", "may", "might",
    ",", ".",
];

/// Words after "a third" that make it a share compared, not an ordinal ("a
/// third more than in 2023", "a rise of a fifth since 2021").
const COMPARED: &[&str] = &[
    "more", "less", "fewer", "higher", "lower", "bigger", "smaller", "larger", "since", "compared",
];

/// "a fifth of", "one third of", "half of", "of which a quarter will": a share,
/// as a percentage, at the start of `range`.
pub(super) fn fraction_share(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    if !matches!(
        doc.tokens[range.start].norm.as_str(),
        "a" | "an" | "one" | "half"
    ) {
        return None;
    }
    // "the first half of 2025", "the second half": a part of a period, not a
    // share; "the western half of the state", "the lower half": a part of a
    // place or a table.
    let ordinal_before = range.start > 0
        && matches!(
            doc.tokens[range.start - 1].norm.as_str(),
            "first"
                | "second"
                | "last"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "upper"
                | "lower"
                | "top"
                | "bottom"
                | "front"
                | "back"
        );
    if ordinal_before {
        return None;
    }
    // "a quarter of a million": a share of a scale is a plain amount.
    if let ["a" | "one", fraction, "of", "a", scale] = norms(doc, &range, 5)[..]
        && let Some(&(_, share)) = FRACTIONS.iter().find(|(w, _)| *w == fraction)
        && let Some(amount) = scale_of(scale)
    {
        return Some(Quantity::new(
            share / 100.0 * amount,
            Unit::Plain,
            range.start..range.start + 5,
            None,
        ));
    }
    let words = norms(doc, &range, 3);
    let (fraction, len) = match words[..] {
        // "A third, Halden Generics, said": the third of several, not a share.
        ["a", _, ","] if opens_sentence(doc, range.start) => return None,
        // "a fifth of", "a third will", "a quarter the width".
        // "a third more than", "a rise of a fifth since": a share compared.
        ["a" | "an" | "one", fraction, next]
            if matches!(next, "of" | "the")
                || SHARE_VERBS.contains(&next)
                || COMPARED.contains(&next) =>
        {
            (fraction, 2)
        }
        ["a" | "an" | "one", fraction] if range.start + 2 == range.end && fraction != "half" => {
            (fraction, 2)
        }
        // "rose by a fifth", "more than a quarter", "nearly a third", "close
        // to a third".
        ["a" | "an" | "one", fraction, ..] if approximated(doc, range.start) => (fraction, 2),
        ["half", "of" | "the" | "its" | "their", ..] => ("half", 1),
        // "around half in skilled jobs", "more than half".
        ["half", ..]
            if range.start > 0
                && matches!(
                    doc.tokens[range.start - 1].norm.as_str(),
                    "around" | "about" | "nearly" | "almost" | "roughly" | "over" | "than"
                ) =>
        {
            ("half", 1)
        }
        _ => return None,
    };
    let &(_, value) = FRACTIONS.iter().find(|(w, _)| *w == fraction)?;
    Some(Quantity::new(
        value,
        Unit::Percent,
        range.start..range.start + len,
        None,
    ))
}

/// "a quarter of a percentage point", "a quarter point", "half a point": a
/// share of a percentage point, at the start of `range`.
pub(super) fn point_share(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    if !matches!(doc.tokens[range.start].norm.as_str(), "half" | "a" | "one") {
        return None;
    }
    let words = norms(doc, &range, 6);
    let (fraction, len) = match words[..] {
        ["a" | "one", fraction, "of", "a", "percentage", "point", ..] => (fraction, 6),
        ["a" | "one", fraction, "percentage", "point", ..] => (fraction, 4),
        ["a" | "one", fraction, "point", ..] => (fraction, 3),
        ["half", "a", "percentage", "point", ..] => ("half", 4),
        ["half", "a", "point", ..] => ("half", 3),
        _ => return None,
    };
    let &(_, share) = FRACTIONS.iter().find(|(w, _)| *w == fraction)?;
    Some(Quantity::new(
        share / 100.0,
        Unit::Percent,
        range.start..range.start + len,
        Some("point"),
    ))
}

/// "three-quarters of an hour" (45 minutes), "a quarter of an hour", "half an
/// hour", "a half year", "three-quarters of an inch": a share of one unit of time or
/// measure, at the start of `range`.
pub(super) fn share_of_time(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let first = doc.tokens[range.start].norm.as_str();
    if !matches!(first, "half" | "a" | "one") && !first.contains('-') {
        return None;
    }
    let words = norms(doc, &range, 5);
    let fraction = |w: &str| FRACTIONS.iter().find(|(f, _)| *f == w).map(|&(_, v)| v);
    let (share, rest) = match words[..] {
        ["half", ..] => (50.0, &words[1..]),
        ["a" | "one", f, ..] if fraction(f).is_some() => (fraction(f)?, &words[2..]),
        [w, ..] => match word_value(w)? {
            (v, Unit::Percent, None) if w.contains('-') => (v, &words[1..]),
            _ => return None,
        },
        [] => return None,
    };
    let (len, unit) = match rest {
        ["of", "a" | "an", unit, ..] => (3, *unit),
        ["a" | "an", unit, ..] => (2, *unit),
        // "a half year", "a quarter hour".
        [unit, ..]
            if matches!(words[..2], ["a" | "one", "half" | "quarter"])
                && time_word(unit).is_some() =>
        {
            (1, *unit)
        }
        _ => return None,
    };
    let used = words.len() - rest.len() + len;
    let tokens = range.start..range.start + used;
    // "three-quarters of an inch", "half a mile": a share of a unit of measure.
    if let Some(measure) = named(MEASURES, unit) {
        return Some(Quantity::new(
            share / 100.0,
            Unit::Plain,
            tokens,
            Some(measure),
        ));
    }
    Some(Quantity::new(
        share / 100.0,
        Unit::Time(time_word(unit)?),
        tokens,
        None,
    ))
}

/// "about a metre", "nearly a mile": one unit of measure, hedged, at the
/// start of `range`.
pub(super) fn one_unit(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let ["a" | "an", unit] = norms(doc, &range, 2)[..] else {
        return None;
    };
    let measure = named(MEASURES, unit).or_else(|| named(MEASURES, &format!("{unit}s")))?;
    approximated(doc, range.start).then(|| {
        Quantity::new(
            1.0,
            Unit::Plain,
            range.start..range.start + 2,
            Some(measure),
        )
    })
}

/// "the 18th century", "the eighteenth century": the hundred years a
/// "1700s" names, at the start of `range`.
pub(super) fn century(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    if range.len() < 2 || doc.tokens[range.start + 1].norm != "century" {
        return None;
    }
    let words = norms(doc, &range, 2);
    let [ordinal, "century"] = words[..] else {
        return None;
    };
    let (n, Unit::Ordinal, _) = word_value(ordinal)? else {
        return None;
    };
    (n >= 1.0 && n.fract() == 0.0).then(|| {
        Quantity::new(
            (n - 1.0) * 100.0,
            Unit::Plain,
            range.start..range.start + 2,
            None,
        )
    })
}

/// Words before "a third" that make it a share ("nearly a third", "by a
/// fifth"), not an ordinal.
const SHARE_BEFORE: &[&str] = &[
    "by",
    "than",
    "nearly",
    "almost",
    "about",
    "roughly",
    "around",
    "over",
    "under",
    "approximately",
    "exactly",
    "fully",
];

/// Whether the words before token `at` make the fraction there a share:
/// one of `SHARE_BEFORE`, or "to" after "close", "up" or "down" ("close to
/// a third"; "to a third term" is an ordinal).
fn approximated(doc: &Document, at: usize) -> bool {
    let norm = |k: Option<usize>| k.map_or("", |k| doc.tokens[k].norm.as_str());
    let before = norm(at.checked_sub(1));
    SHARE_BEFORE.contains(&before)
        || (before == "to" && matches!(norm(at.checked_sub(2)), "close" | "up" | "down"))
}

/// Whether token `at` starts a sentence.
fn opens_sentence(doc: &Document, at: usize) -> bool {
    at.checked_sub(1)
        .is_none_or(|p| matches!(doc.tokens[p].norm.as_str(), "." | "!" | "?"))
}

/// "half a century" (50 years), "half a dozen" (6) at the start of `range`.
pub(super) fn half_amount(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    if doc.tokens[range.start].norm != "half" {
        return None;
    }
    let words = norms(doc, &range, 3);
    let ["half", "a" | "an", amount] = words[..] else {
        return None;
    };
    let &(_, value) = WORD_AMOUNTS.iter().find(|(w, _)| *w == amount)?;
    // "half a decade", "half a century": a length in years.
    let unit = match named_value(YEAR_AMOUNTS, amount) {
        Some(_) => Unit::Time(YEAR),
        None => Unit::Plain,
    };
    Some(Quantity::new(
        value / 2.0,
        unit,
        range.start..range.start + 3,
        None,
    ))
}

/// Words after which "couple of" counts without "a" ("the next couple of years").
const COUPLE_AFTER: &[&str] = &["next", "last", "past", "first"];

/// "a couple of", "the next couple of", "a couple hundred", "a pair of": a
/// count of two, loosely said, with the scale and unit after it ("a couple
/// of hundred fans": 200; "a couple of years"; "a pair of stewards"), at the
/// start of `range`. "A couple" alone is two people together ("a couple
/// staying two weeks"), no count.
pub(super) fn couple(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let after = |w: &str| COUPLE_AFTER.contains(&w);
    let len = match norms(doc, &range, 3)[..] {
        ["a", "couple" | "pair", "of", ..] => 3,
        ["a", "couple", next] if scale_of(next).is_some() => 2,
        ["couple", "of", ..] if after(doc.norm_before(range.start, 1).unwrap_or("")) => 2,
        _ => return None,
    };
    let (mut value, mut unit, mut measure) = (2.0, Unit::Plain, None);
    let end = unit_after(
        doc,
        range.start + len..range.end,
        &mut value,
        &mut unit,
        &mut measure,
    );
    Some(Quantity::new(value, unit, range.start..end, measure))
}

/// "a year and a half", "an hour and a half", "the next year and a half",
/// "a century and a half": one and a half of a unit of time; "a length and a half", "a mile and a
/// half": one and a half of what the noun counts ("one and a half lengths").
pub(super) fn and_a_half(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let first = doc.tokens[range.start].norm.as_str();
    if !matches!(first, "a" | "an" | "one") && time_word(first).is_none() {
        return None;
    }
    let words = norms(doc, &range, 5);
    let (unit, len) = match words[..] {
        ["a" | "an" | "one", unit, "and", "a", "half"] => (unit, 5),
        [unit, "and", "a", "half", ..] => (unit, 4),
        _ => return None,
    };
    let tokens = range.start..range.start + len;
    if let Some(seconds) = time_word(unit) {
        return Some(Quantity::new(1.5, Unit::Time(seconds), tokens, None));
    }
    // "a century and a half": 150 years.
    if let Some(years) = named_value(YEAR_AMOUNTS, unit) {
        return Some(Quantity::new(1.5 * years, Unit::Time(YEAR), tokens, None));
    }
    let noun = len == 5 && unit.bytes().all(|b| b.is_ascii_lowercase());
    noun.then(|| {
        let measure = named(MEASURES, unit).or_else(|| named(MEASURES, &format!("{unit}s")));
        Quantity::new(1.5, Unit::Plain, tokens, measure)
    })
}

/// "11-4", "6-2": a score or vote, two figures in one token.
pub(super) fn score(doc: &Document, at: usize) -> Option<[Quantity; 2]> {
    let (a, b) = doc.tokens[at].norm.split_once('-')?;
    let digits = |s: &str| {
        (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<f64>().ok())
            .flatten()
    };
    let side = |value| Quantity::new(value, Unit::Plain, at..at + 1, None);
    Some([side(digits(a)?), side(digits(b)?)])
}
