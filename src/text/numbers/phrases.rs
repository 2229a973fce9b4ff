//! Quantities written as phrases of several tokens: "half a century", "a fifth
//! of".

use super::vocabulary::{
    FRACTIONS, MEASURES, WORD_AMOUNTS, named, plain_number, scale_of, time_word, word_value,
};
use super::{Quantity, Unit};
use crate::text::Document;
use std::ops::Range;

/// Most words [`norms`] reads.
const MAX_NORMS: usize = 6;

/// A few words read at one token, kept on the stack: every token of a
/// text is tried as the start of each phrase.
struct Norms<'a> {
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
fn norms<'a>(doc: &'a Document, range: &Range<usize>, n: usize) -> Norms<'a> {
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
    // "the first half of 2025", "the second half": a part of a period, not a share.
    let ordinal_before = range.start > 0
        && matches!(
            doc.tokens[range.start - 1].norm.as_str(),
            "first" | "second" | "last"
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

/// "half a century" (50), "half a dozen" (6) at the start of `range`.
pub(super) fn half_amount(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    if doc.tokens[range.start].norm != "half" {
        return None;
    }
    let words = norms(doc, &range, 3);
    let ["half", "a" | "an", amount] = words[..] else {
        return None;
    };
    let &(_, value) = WORD_AMOUNTS.iter().find(|(w, _)| *w == amount)?;
    Some(Quantity::new(
        value / 2.0,
        Unit::Plain,
        range.start..range.start + 3,
        None,
    ))
}

/// Largest denominator of a ratio read as a share ("three in five", "one out of four").
const RATIO_DENOMINATOR: f64 = 10.0;

/// "three in five", "one out of four": a share, as a percentage, at the start of `range`.
pub(super) fn ratio_share(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let joined = doc.tokens.get(range.start + 1).map(|t| t.norm.as_str());
    if !matches!(joined, Some("in" | "out")) {
        return None;
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

/// "a year and a half", "an hour and a half", "the next year and a half":
/// one and a half of a unit of time; "a length and a half", "a mile and a
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

/// A time of day as hours after midnight ("3:20 a.m.", "3.20am", "11pm", "11:15 p.m."):
/// restyled clock times keep their value.
pub(super) fn clock_time(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let tokens = &doc.tokens[range.clone()];
    let first = tokens.first()?;
    // "noon" is "12 p.m.", "midnight" "12 a.m.".
    let named = match first.norm.as_str() {
        "noon" | "midday" => Some(12.0),
        "midnight" => Some(0.0),
        _ => None,
    };
    if let Some(half) = named {
        return Some(clock(0.0, 0.0, half, range.start..range.start + 1));
    }
    if !first.norm.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let norm = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let meridiem = |w: &str| match w {
        "am" | "a.m" | "a.m." => Some(0.0),
        "pm" | "p.m" | "p.m." => Some(12.0),
        _ => None,
    };
    // One token: "3.20am", "11pm".
    let at = first.norm.find(|c: char| c.is_ascii_alphabetic());
    if let Some(at) = at {
        let half = meridiem(&first.norm[at..])?;
        let (hours, minutes) = split_clock(&first.norm[..at], '.')?;
        return Some(clock(hours, minutes, half, range.start..range.start + 1));
    }
    // "1030 GMT": wire style for 10:30, before a time zone.
    if TIME_ZONES.contains(&norm(1))
        && first.norm.len() == 4
        && let Ok(hhmm) = first.norm.parse::<u32>()
        && hhmm / 100 < 24
        && hhmm % 100 < 60
    {
        return Some(clock(
            f64::from(hhmm / 100),
            f64::from(hhmm % 100),
            0.0,
            range.start..range.start + 1,
        ));
    }
    // "2:04:51": a duration of hours, minutes and seconds (a race time).
    if norm(1) == ":" && norm(3) == ":" {
        let part = |k: usize| norm(k).parse::<f64>().ok();
        let seconds = part(0)? * 3600.0 + part(2)? * 60.0 + part(4)?;
        return Some(Quantity::new(
            seconds,
            Unit::Time(1),
            range.start..range.start + 5,
            None,
        ));
    }
    // "3:20 a.m.", "3:20", "11 p.m.", "7.40 a.m.", "6:14am"
    let (hours, minutes, len) = if norm(1) == ":" {
        let (digits, glued) = norm(2).split_at(
            norm(2)
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(norm(2).len()),
        );
        let minutes: f64 = digits.parse().ok()?;
        let hours = first.norm.parse::<f64>().ok()?;
        // "5:41.3": minutes and seconds to the tenth (a race time).
        if let Some(tenths) = glued.strip_prefix('.')
            && digits.len() == 2
            && !tenths.is_empty()
            && tenths.bytes().all(|b| b.is_ascii_digit())
        {
            let seconds = hours * 60.0 + norm(2).parse::<f64>().ok()?;
            return Some(Quantity::new(
                seconds,
                Unit::Time(1),
                range.start..range.start + 3,
                None,
            ));
        }
        if !glued.is_empty() {
            return Some(clock(
                hours,
                minutes,
                meridiem(glued)?,
                range.start..range.start + 3,
            ));
        }
        (hours, minutes, 3)
    } else {
        let (hours, minutes) = split_clock(&first.norm, '.')?;
        (hours, minutes, 1)
    };
    match meridiem(norm(len)) {
        Some(half) => Some(clock(
            hours,
            minutes,
            half,
            range.start..range.start + len + 1,
        )),
        None if len == 3 || dotted_clock_range(doc, range.start) => {
            Some(clock(hours, minutes, 0.0, range.start..range.start + len))
        }
        None => None,
    }
}

/// Whether token `at` is an end of a range of times of day written with a
/// dot on the 24-hour clock, as much of Europe writes them ("between 9.30
/// and 16.00", "from 8.15 to 17.45"); a unit after it makes the pair amounts.
fn dotted_clock_range(doc: &Document, at: usize) -> bool {
    let norm = |k: usize| doc.norm_at(k);
    let joins = |k: usize| matches!(norm(k), "and" | "to" | "until" | "till");
    let first = if joins(at + 1) {
        at
    } else if at >= 2 && joins(at - 1) {
        at - 2
    } else {
        return false;
    };
    let second = first + 2;
    let (mut value, mut unit, mut measure) = (1.0, Unit::Plain, None);
    let after = second + 1..doc.tokens.len();
    let bare = super::units::unit_after(doc, after.clone(), &mut value, &mut unit, &mut measure)
        == second + 1
        && super::rates::rate_after(doc, after).is_none();
    first >= 1
        && matches!(norm(first - 1), "between" | "from")
        && is_dotted_clock(norm(first))
        && is_dotted_clock(norm(second))
        && bare
}

/// Whether a token reads "9.30" or "16.00": hours, a dot and two digits of minutes.
fn is_dotted_clock(word: &str) -> bool {
    word.split_once('.').is_some_and(|(h, m)| {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        digits(h)
            && h.len() <= 2
            && m.len() == 2
            && digits(m)
            && h.parse::<u32>().is_ok_and(|h| h < 24)
            && m.parse::<u32>().is_ok_and(|m| m < 60)
    })
}

/// Time zones a wire clock time ("1030 GMT") stands before.
const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt",
];

fn split_clock(digits: &str, separator: char) -> Option<(f64, f64)> {
    match digits.split_once(separator) {
        Some((h, m)) => Some((h.parse().ok()?, m.parse().ok()?)),
        None => Some((digits.parse().ok()?, 0.0)),
    }
}

fn clock(hours: f64, minutes: f64, half: f64, tokens: Range<usize>) -> Quantity {
    let hours = if hours == 12.0 { half } else { hours + half };
    Quantity::new(hours + minutes / 60.0, Unit::Plain, tokens, Some("clock"))
}
