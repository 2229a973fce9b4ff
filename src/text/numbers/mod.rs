//! Quantities: numbers with their scale and unit, parsed from tokens.
//!
//! `8%`, `8 percent` and `eight percent` are the same value; so are `$53 billion`,
//! `53 billion dollars` and `53bn USD`; `three` is `3`, `a decade` is `10` years,
//! `a dozen` is `12`. Month and weekday names count as values too, so a changed
//! date is a changed value. Ranges give two values.

mod convert;
mod phrases;
mod spoken;
mod timing;
mod vocabulary;

use super::Document;
use super::tokens::TokenKind;
use phrases::{
    and_a_half, century, clock_time, fraction_share, half_amount, one_unit, point_share,
    ratio_share, score, share_of_time,
};
use spoken::{is_spaced_group, spaced_thousands, spoken_number};
use std::ops::Range;
use vocabulary::*;

pub use vocabulary::{
    is_calendar_word, is_month_word, is_ordinal_word, ordinal_word_value, plain_number, scale_of,
    time_word,
};

/// What a value measures, as far as spelling it out says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A plain number, a count or a year.
    Plain,
    /// A percentage.
    Percent,
    /// An amount of money.
    Money,
    /// A month name (value 1–12).
    Month,
    /// A weekday name (value 1–7).
    Weekday,
    /// An ordinal (value n for "n-th").
    Ordinal,
    /// A duration, in units of this many seconds ("20 minutes": 60).
    Time(u32),
}

/// A number found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The value with its scale applied (`$1.5 billion` → 1.5e9).
    pub value: f64,
    /// What it measures.
    pub unit: Unit,
    /// Tokens it spans, currency sign and unit words included.
    pub tokens: Range<usize>,
    /// The currency or unit of measure it is stated in, when it names one
    /// ("dollar" for "$5" and "5 dollars", "metre" for "5 metres").
    pub measure: Option<&'static str>,
    /// Whether it glosses the figure before it in another unit or currency:
    /// "£9,000 (about $11,400)", "$61m (£48m)".
    pub gloss: bool,
    /// What it is counted per, when a rate says so ("£1,200 a month",
    /// "18 cents per litre", "$400 annually"): "month", "litre", "year".
    pub per: Option<&'static str>,
    /// Whether it is written with a thousands separator ("1,900"), which no
    /// year is.
    pub grouped: bool,
    /// Whether it is written with a dot before three digits ("38.500"), as
    /// much of Europe writes thousands: it states a thousand times its value
    /// too ("38,500"), when the other side has that.
    pub dotted: bool,
}

/// Whether a plain value reads as a year ("2019").
pub fn is_year_value(value: f64) -> bool {
    value.fract() == 0.0 && (1800.0..=2100.0).contains(&value)
}

impl Quantity {
    /// A figure read from `tokens`, neither a gloss nor a rate until the
    /// passes over the whole range say so.
    pub fn new(
        value: f64,
        unit: Unit,
        tokens: Range<usize>,
        measure: Option<&'static str>,
    ) -> Self {
        Quantity {
            value,
            unit,
            tokens,
            measure,
            gloss: false,
            per: None,
            grouped: false,
            dotted: false,
        }
    }

    /// Whether it reads as a year: a plain whole number from 1800 to 2100,
    /// written without a thousands separator.
    pub fn is_year(&self) -> bool {
        self.unit == Unit::Plain && is_year_value(self.value) && !self.grouped
    }

    /// Whether `other` states this figure's amount in another unit of the same
    /// kind ("212 km/h" and "mph"), so that the two can be compared.
    pub fn converts_to(&self, other: &Quantity) -> bool {
        match (self.measure, other.measure) {
            (Some(x), Some(y)) => x != y && convert::same_kind(x, y),
            _ => false,
        }
    }

    /// Whether two quantities state the same value (units that can restyle into each other match).
    pub fn same_value(&self, other: &Quantity) -> bool {
        let thousands = |q: &Quantity| q.dotted.then_some(q.value * 1000.0);
        self.same_as(self.value, other, other.value)
            || thousands(self).is_some_and(|a| self.same_as(a, other, other.value))
            || thousands(other).is_some_and(|b| self.same_as(self.value, other, b))
    }

    /// Whether this quantity, read as `a`, states the value of `other`, read as `b`.
    fn same_as(&self, a: f64, other: &Quantity, b: f64) -> bool {
        let (a, b) = match (self.unit, other.unit) {
            (Unit::Time(x), Unit::Time(y)) => (a * f64::from(x), b * f64::from(y)),
            _ => (a, b),
        };
        if let (Some(x), Some(y)) = (self.per, other.per)
            && x != y
        {
            return false;
        }
        if let (Some(x), Some(y)) = (self.measure, other.measure)
            && x != y
        {
            return match (minor_of(x, y), minor_of(y, x)) {
                (true, _) => equal(a / 100.0, b),
                (_, true) => equal(a, b / 100.0),
                _ if any_dollar(x, y) => equal(a, b),
                _ => convert::agree(a, x, b, y),
            };
        }
        let close = equal(a, b)
            || (self.unit == Unit::Percent && other.unit == Unit::Percent && rounded(a, b));
        close && compatible(self.unit, other.unit)
    }
}

/// Whether currency `minor` counts hundredths of currency `major` ("312p" is £3.12).
fn minor_of(minor: &str, major: &str) -> bool {
    matches!(
        (minor, major),
        ("penny", "pound") | ("cent", "dollar" | "euro")
    ) || (minor == "cent" && major.ends_with(" dollar"))
}

/// Whether two currencies are one dollar: a bare "$" names any country's.
fn any_dollar(x: &str, y: &str) -> bool {
    (x == "dollar" && y.ends_with(" dollar")) || (y == "dollar" && x.ends_with(" dollar"))
}

fn equal(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(1.0)
}

/// Whether one of two percentages is a repeating fraction ("a third": 33.3…)
/// that the other rounds or truncates (33%, 33.3%; "two-thirds": 66%, 67%).
fn rounded(a: f64, b: f64) -> bool {
    let repeating = |x: f64| ((x * 10.0).round() - x * 10.0).abs() > 1e-6;
    let (exact, stated) = match (repeating(a), repeating(b)) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return false,
    };
    [1.0, 10.0].iter().any(|&places: &f64| {
        let cut = |f: fn(f64) -> f64| f(exact * places) / places;
        (cut(f64::round) - stated).abs() < 1e-9 || (cut(f64::floor) - stated).abs() < 1e-9
    })
}

fn compatible(a: Unit, b: Unit) -> bool {
    use Unit::*;
    a == b
        || matches!(
            (a, b),
            (Plain, Money)
                | (Money, Plain)
                | (Plain, Percent)
                | (Percent, Plain)
                | (Plain, Time(_))
                | (Time(_), Plain)
                | (Time(_), Time(_))
        )
}

/// Whether no quantity can start at token `i`: it is a word or mark that
/// is no figure, currency sign, range or score (no digit first, no hyphen),
/// no number, amount, date or time word, and opens none of the phrases the
/// readers of [`quantities`] look for ("a", "an", "one", "half", "quarter",
/// "noon", "midday", "midnight"). Most tokens are, and this one test is much cheaper
/// than trying every reader on them.
fn inert(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    let norm = t.norm.as_str();
    let may_open = t.kind == TokenKind::Number
        || (t.kind == TokenKind::Punct && CURRENCY_SIGNS.contains(&norm))
        || norm.is_empty()
        || norm.contains('-')
        || norm.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            norm,
            "a" | "an" | "one" | "half" | "quarter" | "noon" | "midday" | "midnight"
        );
    !may_open
        && crate::text::words::number_word(norm).is_none()
        && time_word(norm).is_none()
        && timing::time_suffix(norm).is_none()
        && word_value(norm).is_none()
}

/// Quantities in a token range of `doc`, in order.
pub fn quantities(doc: &Document, range: Range<usize>) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if inert(doc, i) {
            i += 1;
            continue;
        }
        if let Some(time) =
            clock_time(doc, i..range.end).or_else(|| timing::spoken_clock(doc, i..range.end))
        {
            i = time.tokens.end;
            out.push(time);
            continue;
        }
        if let Some(sides) = dashed_range(doc, i..range.end).or_else(|| score(doc, i)) {
            i = sides[1].tokens.end;
            out.extend(sides);
            continue;
        }
        let found = timing::fraction_of_second(doc, i..range.end)
            .or_else(|| share_of_time(doc, i..range.end))
            .or_else(|| point_share(doc, i..range.end))
            .or_else(|| half_amount(doc, i..range.end))
            .or_else(|| and_a_half(doc, i..range.end))
            .or_else(|| fraction_share(doc, i..range.end))
            .or_else(|| ratio_share(doc, i..range.end))
            .or_else(|| century(doc, i..range.end))
            .or_else(|| one_unit(doc, i..range.end))
            .or_else(|| number_at(doc, i..range.end));
        match found {
            Some(q) => {
                i = q.tokens.end;
                out.push(q);
            }
            None => i += 1,
        }
    }
    spread_over_ranges(doc, &mut out);
    mark_glosses(doc, &mut out);
    for q in &mut out {
        q.grouped = q.tokens.clone().any(|k| {
            let t = &doc.tokens[k];
            t.kind == TokenKind::Number
                && (doc.text[t.start..t.end].contains(',') || is_spaced_group(doc, k))
        });
        q.dotted = q
            .tokens
            .clone()
            .any(|k| is_dotted_thousands(doc.norm_at(k)));
    }
    join_durations(doc, out)
}

/// "four years and six months", "3 hours 48 minutes", "2 hours, 6 minutes
/// and 41 seconds": one duration, summed in the first one's unit.
fn join_durations(doc: &Document, quantities: Vec<Quantity>) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::with_capacity(quantities.len());
    for q in quantities {
        // Each part in a smaller unit than the part before it: "31 seconds,
        // 48 seconds faster" is two figures.
        if let Some(last) = out.last_mut()
            && let (Unit::Time(a), Unit::Time(b)) = (last.unit, q.unit)
            && b < part_unit(doc.norm_at(last.tokens.end - 1)).unwrap_or(a)
            && (q.tokens.start == last.tokens.end
                || (q.tokens.start == last.tokens.end + 1
                    && match doc.tokens[last.tokens.end].norm.as_str() {
                        "and" => true,
                        // "2 hours, 6 minutes": a part less than the whole
                        // unit; "two weeks, 14 days" is a list.
                        "," => q.value * f64::from(b) < f64::from(a),
                        _ => false,
                    }))
        {
            last.value += q.value * f64::from(b) / f64::from(a);
            last.tokens.end = q.tokens.end;
            continue;
        }
        // "an hour and 18 minutes": one unit of time written as a word first.
        let q = match a_unit_before(doc, &q) {
            Some((start, seconds)) => Quantity {
                value: q.value + f64::from(seconds) / f64::from(time_seconds(q.unit)),
                tokens: start..q.tokens.end,
                ..q
            },
            None => q,
        };
        out.push(q);
    }
    out
}

/// The length in seconds of the unit of a duration's last token: a word
/// ("minutes") or a unit written onto the figure ("2min").
fn part_unit(norm: &str) -> Option<u32> {
    time_word(norm).or_else(|| timing::time_suffix(norm).map(|(_, s)| s))
}

fn time_seconds(unit: Unit) -> u32 {
    match unit {
        Unit::Time(s) => s,
        _ => 1,
    }
}

/// "an hour and" right before duration `q` (in a smaller unit): where it
/// starts and the seconds it adds.
fn a_unit_before(doc: &Document, q: &Quantity) -> Option<(usize, u32)> {
    let Unit::Time(b) = q.unit else { return None };
    let start = q.tokens.start.checked_sub(3)?;
    let words: Vec<&str> = doc.tokens[start..q.tokens.start]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let ["a" | "an", unit, "and"] = words[..] else {
        return None;
    };
    let seconds = time_word(unit)?;
    (seconds > b).then_some((start, seconds))
}

/// Marks the figures that gloss the one before them in another unit or
/// currency: inside brackets right after it ("$61m (£48m)", "4 metres (13ft)"),
/// or after ", or" ("£9,000, or about $11,400").
fn mark_glosses(doc: &Document, out: &mut [Quantity]) {
    let norm = |k: usize| doc.norm_at(k);
    let mut bracket: Option<usize> = None;
    for k in 1..out.len() {
        let (prev_end, start) = (out[k - 1].tokens.end, out[k].tokens.start);
        let opens = norm(prev_end) == "(" && start > prev_end;
        let or_about = norm(prev_end) == ","
            && norm(prev_end + 1) == "or"
            && (start == prev_end + 2
                || (start == prev_end + 3 && APPROXIMATORS.contains(&norm(prev_end + 2))));
        let inside =
            bracket.is_some_and(|open| !doc.tokens[open..start].iter().any(|t| t.norm == ")"));
        if opens {
            bracket = Some(prev_end);
        } else if !inside {
            bracket = None;
        }
        let between_ok = !opens
            || doc.tokens[prev_end + 1..start]
                .iter()
                .all(|t| APPROXIMATORS.contains(&t.norm.as_str()));
        if (opens && between_ok) || or_about || (inside && !opens) {
            out[k].gloss = true;
        }
    }
}

/// Words that may stand before a converted figure ("about $11,400").
const APPROXIMATORS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "some",
    "approximately",
    "nearly",
    "c",
];

/// The quantity starting at the first token of `range`, if any: a number (with
/// a currency sign before it), its scale words and its unit.
fn number_at(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let tokens = &doc.tokens;
    let i = range.start;
    let sign = tokens[i].norm.as_str();
    let starts_money = tokens[i].kind == TokenKind::Punct && CURRENCY_SIGNS.contains(&sign);
    let at = if starts_money { i + 1 } else { i };
    if at >= range.end {
        return None;
    }
    let norm = tokens[at].norm.as_str();
    // "two hundred and forty", "212 000": one number over several tokens.
    let joined = spoken_number(doc, at..range.end).or_else(|| spaced_thousands(doc, at..range.end));
    let (mut value, mut unit, mut measure) = joined
        .map(|(v, _)| (v, Unit::Plain, None))
        .or_else(|| word_value(norm))
        // "2min", "58.21sec": a unit of time written onto the figure.
        .or_else(|| timing::time_suffix(norm).map(|(v, s)| (v, Unit::Time(s), None)))
        .or_else(|| {
            // "21p" is money, as "21 pence" is; "8in" a measure.
            unit_suffix(doc.folded_token(at)).map(|(v, m)| {
                let unit = if m == "penny" {
                    Unit::Money
                } else {
                    Unit::Plain
                };
                (v, unit, Some(m))
            })
        })
        .or_else(|| {
            // "$US600", "$A910": the country letters written between sign and figure.
            let figure = norm.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            (starts_money && figure.len() < norm.len() && norm.len() - figure.len() <= 2)
                .then(|| word_value(figure))
                .flatten()
        })?;
    if (starts_money && unit != Unit::Plain) || loose_word(doc, at, unit) {
        return None;
    }
    if unit == Unit::Plain && follows_number(doc, at) {
        unit = Unit::Ordinal;
    }
    if unit == Unit::Ordinal && day_of_month(doc, at) {
        unit = Unit::Plain;
    }
    let mut start = i;
    if starts_money {
        (unit, measure) = (Unit::Money, named(CURRENCIES, sign));
    }
    // "NZ$64m", "$US600": the dollar of a country, its letters in the span.
    if sign == "$" {
        let joined = i
            .checked_sub(1)
            .filter(|&p| tokens[p].kind == TokenKind::Word && tokens[p].end == tokens[i].start);
        let letters = &norm[..norm.len()
            - norm
                .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                .len()];
        if let Some(dollar) = joined.and_then(|p| named(DOLLAR_PREFIXES, &tokens[p].norm)) {
            (start, measure) = (i - 1, Some(dollar));
        } else if let Some(dollar) = named(DOLLAR_PREFIXES, letters) {
            measure = Some(dollar);
        }
    }
    let mut end = joined.map_or(at + 1, |(_, end)| end);
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|_| k < range.end)
            .map(|t| t.norm.as_str())
    };
    // "three and a half", "one and a quarter million".
    if unit == Unit::Plain
        && let Some((part, len)) = and_a_part(word(end), word(end + 1), word(end + 2))
    {
        value += part;
        end += len;
    }
    if matches!(unit, Unit::Plain | Unit::Money) && measure.is_none() || starts_money {
        end = unit_after(doc, end..range.end, &mut value, &mut unit, &mut measure);
    }
    // "212 km/h": the speed's "/h" belongs to its unit.
    if measure == Some("kilometre")
        && word(end) == Some("/")
        && matches!(word(end + 1), Some("h" | "hr"))
    {
        end += 2;
    }
    if matches!(measure, Some("degree" | "celsius" | "fahrenheit")) {
        let scale;
        (value, end, scale) = temperature(doc, i, end, value);
        measure = scale.or(measure);
    }
    // The rate's words stay out of the span: "£480 a year" → "£840 per year"
    // changed the figure, not the wording of its rate. "twice an hour" is a
    // frequency that other wording restates ("every 30 minutes").
    let frequency = matches!(norm, "once" | "twice" | "thrice");
    let per = rate_after(doc, end..range.end).filter(|_| !frequency);
    Some(Quantity {
        per,
        ..Quantity::new(value, unit, start..end, measure)
    })
}

/// Whether a figure is written "38.500": up to three digits, a dot and three
/// digits, as a European thousands separator would have it.
fn is_dotted_thousands(norm: &str) -> bool {
    norm.split_once('.').is_some_and(|(head, tail)| {
        (1..=3).contains(&head.len())
            && tail.len() == 3
            && !head.starts_with('0')
            && head.bytes().chain(tail.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// "and a half", "and a quarter", "and three quarters" after a whole number:
/// the part they add and the words they take.
fn and_a_part(a: Option<&str>, b: Option<&str>, c: Option<&str>) -> Option<(f64, usize)> {
    match (a?, b?, c?) {
        ("and", "a", "half") => Some((0.5, 3)),
        ("and", "a", "quarter") => Some((0.25, 3)),
        ("and", "three", "quarters") => Some((0.75, 3)),
        _ => None,
    }
}

/// "1.5-2°C", "10-12 years": a range written as one dashed token, both ends
/// taking the scale and unit that follow it.
fn dashed_range(doc: &Document, range: Range<usize>) -> Option<[Quantity; 2]> {
    let first = &doc.tokens[range.start];
    let signed = first.kind == TokenKind::Punct && CURRENCY_SIGNS.contains(&first.norm.as_str());
    let dashed = doc.tokens.get(range.start + usize::from(signed))?;
    let (a, b) = dashed.norm.split_once('-')?;
    let figure = |s: &str| {
        (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit() || c == b'.'))
            .then(|| s.parse::<f64>().ok())
            .flatten()
    };
    let a = figure(a)?;
    // "44-45C": the unit written on the upper end only.
    let folded = doc.folded_token(range.start + usize::from(signed));
    let suffixed = folded.split_once('-').and_then(|(_, b)| unit_suffix(b));
    let (b, q) = match (figure(b), suffixed) {
        (Some(b), _) => (b, number_at(doc, range)?),
        (None, Some((b, measure))) => {
            let tokens = range.start..range.start + usize::from(signed) + 1;
            (b, Quantity::new(a, Unit::Plain, tokens, Some(measure)))
        }
        (None, None) => return None,
    };
    if a == 0.0 {
        return None;
    }
    let scale = q.value / a;
    let low = Quantity {
        value: a * scale,
        ..q.clone()
    };
    Some([
        low,
        Quantity {
            value: b * scale,
            ..q
        },
    ])
}

/// Whether the word at `at` is used as something other than a value: a month
/// name that is a verb ("may"), an ordinal of manner ("users first"), the
/// pronoun in "one of them".
fn loose_word(doc: &Document, at: usize, unit: Unit) -> bool {
    let tokens = &doc.tokens;
    let norm = tokens[at].norm.as_str();
    let next = tokens.get(at + 1).map(|n| n.norm.as_str());
    match unit {
        Unit::Month if is_month_abbreviation(norm) => {
            let dated = tokens
                .get(at + 1)
                .is_some_and(|n| n.norm == "." || n.kind == TokenKind::Number);
            !(dated && doc.is_capitalized(at))
        }
        Unit::Month => match doc.folded_token(at).split_once('-') {
            Some((_, month)) => !month.starts_with(char::is_uppercase),
            None => !doc.is_capitalized(at),
        },
        Unit::Ordinal if !norm.starts_with(|c: char| c.is_ascii_digit()) => {
            let counted = next.is_some_and(|n| ORDINAL_NOUNS.contains(&n));
            let determined = at.checked_sub(1).is_some_and(|p| {
                let w = tokens[p].norm.as_str();
                matches!(w, "the" | "its" | "their" | "his" | "her" | "our" | "a")
                    || w.ends_with("'s")
                    || PLACING_VERBS.contains(&w)
            });
            // "first" is as often a matter of order as a figure ("their first complaint").
            !(counted || (determined && norm != "first"))
        }
        // "one of them", "no one", "every one": a pronoun, not a count.
        Unit::Plain => {
            norm == "one"
                && (next == Some("of")
                    || at.checked_sub(1).is_some_and(|p| {
                        matches!(tokens[p].norm.as_str(), "no" | "every" | "any" | "each")
                    }))
        }
        _ => false,
    }
}

/// Verbs after which an ordinal is a placing ("finished second", "came third").
const PLACING_VERBS: &[&str] = &[
    "finished", "finishes", "finish", "came", "comes", "placed", "ranked", "ranks",
];

/// Whether a number word follows "number", making it a rank ("the number two
/// consumer": second).
fn follows_number(doc: &Document, at: usize) -> bool {
    let tokens = &doc.tokens;
    let word = |k: Option<usize>| k.map(|k| tokens[k].norm.as_str());
    // "number two", "the number 9 shirt" (a short figure: a rank, not a count).
    let short = tokens[at].kind == TokenKind::Word || tokens[at].norm.len() <= 2;
    let spelled = short && word(at.checked_sub(1)) == Some("number");
    // "world No. 71".
    let abbreviated = word(at.checked_sub(1)) == Some(".") && word(at.checked_sub(2)) == Some("no");
    spelled || abbreviated
}

/// Whether a figure with an ordinal suffix is a day beside its month ("April
/// 13th", "13th April", "the 13th of April"): the date "April 13".
fn day_of_month(doc: &Document, at: usize) -> bool {
    let tokens = &doc.tokens;
    let month = |k: usize| tokens.get(k).is_some_and(|t| is_month_word(&t.norm));
    tokens[at].norm.starts_with(|c: char| c.is_ascii_digit())
        && (at.checked_sub(1).is_some_and(month)
            || month(at + 1)
            || (tokens.get(at + 1).is_some_and(|t| t.norm == "of") && month(at + 2)))
}

/// "a month", "per cubic metre", "annually": what the figure before counts per.
fn rate_after(doc: &Document, range: Range<usize>) -> Option<&'static str> {
    let word = |k: usize| {
        doc.tokens
            .get(k)
            .filter(|_| k < range.end)
            .map(|n| n.norm.as_str())
    };
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
    if is_time_adverb(word(at + 1), word(at + 2)) {
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

/// Words between a figure and a rate of time after it ("flights a year").
const RATE_GAP: usize = 3;

/// "5% a year earlier", "a month ago", "a year on, …": a time, not a rate
/// ("£900 a week on overtime" is one: "on" before a word of its own).
fn is_time_adverb(word: Option<&str>, next: Option<&str>) -> bool {
    let closes = next.is_none_or(|n| {
        !n.starts_with(char::is_alphanumeric) || matches!(n, "from" | "and" | "since")
    });
    match word {
        Some("on") => closes,
        w => matches!(
            w,
            Some("earlier" | "later" | "ago" | "before" | "after" | "from" | "into")
        ),
    }
}

/// Reads the scale words and the unit after a number (tokens of `range`),
/// updating the value, and returns where the quantity ends.
fn unit_after(
    doc: &Document,
    range: Range<usize>,
    value: &mut f64,
    unit: &mut Unit,
    measure: &mut Option<&'static str>,
) -> usize {
    let tokens = &doc.tokens;
    let mut end = range.start;
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|_| k < range.end)
            .map(|n| n.norm.as_str())
    };
    // "2 m", "2,000 m" apart from the figure and with no currency: metres
    // ("£2m", "$2 m" are millions).
    let spaced = |k: usize| k > 0 && tokens.get(k).is_some_and(|t| t.start > tokens[k - 1].end);
    if *unit != Unit::Money && word(end) == Some("m") && spaced(end) {
        *measure = Some("metre");
        return end + 1;
    }
    while let Some(scale) = word(end).and_then(scale_of) {
        *value *= scale;
        end += 1;
    }
    // "2.4 billion-dollar merger": a scale and a currency in one word.
    if let Some((scale, currency)) = word(end).and_then(|w| w.split_once('-'))
        && let Some(times) = scale_of(scale)
        && let Some(m) = named(CURRENCIES, currency)
    {
        *value *= times;
        (*unit, *measure) = (Unit::Money, Some(m));
        return end + 1;
    }
    // "a $2.3 million-a-year contract": a scale joined to the words after it.
    if let Some((scale, _)) = word(end).and_then(|w| w.split_once('-'))
        && let Some(times) = scale_of(scale)
    {
        *value *= times;
        return end + 1;
    }
    // "1.2 billion Australian dollars": a country's name before its currency.
    let mut country = None;
    if word(end).is_some_and(|w| CURRENCY_COUNTRIES.contains(&w))
        && word(end + 1).is_some_and(|w| CURRENCY_WORDS.contains(&w))
    {
        country = word(end);
        end += 1;
    }
    let money = *unit == Unit::Money;
    let next = word(end);
    if next == Some("percentage") && matches!(word(end + 1), Some("point" | "points")) {
        // A change of percentage points is not a change of percent.
        (*unit, *measure) = (Unit::Percent, Some("point"));
        end += 2;
    } else if next == Some("basis") && matches!(word(end + 1), Some("point" | "points")) {
        // 150 basis points are 1.5 percentage points.
        *value /= 100.0;
        (*unit, *measure) = (Unit::Percent, Some("point"));
        end += 2;
    } else if next.is_some_and(|n| PERCENT_WORDS.contains(&n)) {
        (*unit, *measure) = (Unit::Percent, Some("percent"));
        end += 1;
    } else if next.is_some_and(|n| CURRENCY_WORDS.contains(&n)) {
        *unit = Unit::Money;
        *measure = measure.or(next.and_then(|n| named(CURRENCIES, n)));
        if *measure == Some("dollar")
            && let Some(dollar) = country.and_then(|c| named(DOLLAR_COUNTRIES, c))
        {
            *measure = Some(dollar);
        }
        end += 1;
    } else if next == Some("per") && word(end + 1) == Some("cent") {
        (*unit, *measure) = (Unit::Percent, Some("percent"));
        end += 2;
    } else if !money
        && let Some(seconds) = next.and_then(time_word).or_else(|| short_time(doc, end))
    {
        *unit = Unit::Time(seconds);
        end += 1;
    } else if !money && let Some(years) = next.and_then(|n| named_value(YEAR_AMOUNTS, n)) {
        *value *= years;
        *unit = Unit::Time(YEAR);
        end += 1;
    } else if !money && let Some(m) = next.and_then(|n| named(MEASURES, n)) {
        *measure = Some(m);
        end += 1;
        // "1 kilowatt hour": energy, not a power and a duration.
        if let Some(energy) = energy_of(m).filter(|_| matches!(word(end), Some("hour" | "hours"))) {
            *measure = Some(energy);
            end += 1;
        }
    } else if !money
        && next == Some("square")
        && let Some(m) = word(end + 1).and_then(|n| named(SQUARE_MEASURES, n))
    {
        *measure = Some(m);
        end += 2;
    } else if !money
        && next == Some("cubic")
        && let Some(m) = word(end + 1).and_then(|n| named(CUBIC_MEASURES, n))
    {
        *measure = Some(m);
        end += 2;
    } else if !money && next == Some("°") {
        *measure = Some("degree");
        end += 1;
    }
    end
}

/// "h" and "s" as units of a duration told in parts ("2 h 24 min 51 s"):
/// hours before minutes, seconds after them; alone they say too little.
fn short_time(doc: &Document, at: usize) -> Option<u32> {
    let minutes = |k: usize| matches!(doc.norm_at(k), "min" | "mins");
    match doc.norm_at(at) {
        "h" if doc
            .tokens
            .get(at + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && minutes(at + 2) =>
        {
            Some(3_600)
        }
        "s" if at >= 2 && minutes(at - 2) => Some(1),
        _ => None,
    }
}

/// A temperature's sign ("minus 4 degrees", "-4C", "4 degrees below zero") and
/// the scale named after it ("Celsius"), for a quantity from token `start` to `end`.
fn temperature(
    doc: &Document,
    start: usize,
    end: usize,
    value: f64,
) -> (f64, usize, Option<&'static str>) {
    let tokens = &doc.tokens;
    let word = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
    let scale = word(end).and_then(|w| named(TEMPERATURE_SCALES, w));
    let end = if scale.is_some() { end + 1 } else { end };
    let attached_minus = start.checked_sub(1).is_some_and(|p| {
        tokens[p].norm == "-"
            && tokens[p].end == tokens[start].start
            && p.checked_sub(1).is_none_or(|q| {
                tokens[q].kind == TokenKind::Punct || tokens[q].end < tokens[p].start
            })
    });
    let minus = start
        .checked_sub(1)
        .is_some_and(|p| tokens[p].norm == "minus")
        || attached_minus;
    let below = word(end) == Some("below") && matches!(word(end + 1), Some("zero" | "freezing"));
    if minus || below {
        (-value, end + if below { 2 } else { 0 }, scale)
    } else {
        (value, end, scale)
    }
}

/// "between 28 and 35 million dollars", "12 to 65 pounds": the first number of
/// a range takes the scale and unit written only after the second.
fn spread_over_ranges(doc: &Document, out: &mut [Quantity]) {
    for k in 1..out.len() {
        let (first, second) = (&out[k - 1], &out[k]);
        // "fell 8% in 2024 to 1.4 million": a year does not take the scale.
        let year = is_year_value(first.value);
        // "three to four decades": a number word takes the unit too.
        let spelt = |t: usize| plain_number(&doc.tokens[t].norm);
        let bare = first.tokens.len() == 1
            && first.unit == Unit::Plain
            && first.measure.is_none()
            && !year
            && (doc.tokens[first.tokens.start].kind == TokenKind::Number
                || spelt(first.tokens.start).is_some());
        let joined = second.tokens.start == first.tokens.end + 1
            && RANGE_WORDS.contains(&doc.tokens[first.tokens.end].norm.as_str());
        if !(bare && joined) {
            continue;
        }
        let mut scale: f64 = doc.tokens[second.tokens.clone()]
            .iter()
            .filter_map(|t| scale_of(&t.norm))
            .product();
        // "four decades" is 40 years: the unit's own factor spreads too.
        if let (Unit::Time(_), Some(raw)) = (second.unit, spelt(second.tokens.start))
            && raw != 0.0
        {
            scale = second.value / raw;
        }
        let (unit, measure) = (second.unit, second.measure);
        // "Feb. 18 to March 7": the next date's month is not the first's unit.
        let named = matches!(unit, Unit::Month | Unit::Weekday | Unit::Ordinal);
        if named || (scale == 1.0 && unit == Unit::Plain && measure.is_none()) {
            continue;
        }
        let first = &mut out[k - 1];
        first.value *= scale;
        (first.unit, first.measure) = (unit, measure);
    }
}

/// Words joining the two ends of a range.
const RANGE_WORDS: &[&str] = &["and", "to", "-", "–", "or"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_reader_finds_a_quantity_at_an_inert_token() {
        let doc = Document::new(
            "A quarter of the 212 000 fans, half a million in all, came at noon \
             and left an hour and a half later; one in five paid $US600 (£40-50) \
             for seats in the 18th century stand, three-quarters of a mile away. \
             Mid-May, forty six runners finished 2min 18sec ahead, a tenth of a \
             second apart, in 44-45C heat; the 3-1 win took 11pm to settle. \
             Councils said the May figures rose 5pc, a fifth of a percentage point.",
        );
        let end = doc.tokens.len();
        let mut inert_tokens = 0;
        for i in 0..end {
            if !inert(&doc, i) {
                continue;
            }
            inert_tokens += 1;
            let r = i..end;
            let word = &doc.tokens[i].norm;
            assert!(clock_time(&doc, r.clone()).is_none(), "{word}");
            assert!(dashed_range(&doc, r.clone()).is_none(), "{word}");
            assert!(score(&doc, i).is_none(), "{word}");
            assert!(
                timing::fraction_of_second(&doc, r.clone()).is_none(),
                "{word}"
            );
            assert!(share_of_time(&doc, r.clone()).is_none(), "{word}");
            assert!(point_share(&doc, r.clone()).is_none(), "{word}");
            assert!(half_amount(&doc, r.clone()).is_none(), "{word}");
            assert!(and_a_half(&doc, r.clone()).is_none(), "{word}");
            assert!(fraction_share(&doc, r.clone()).is_none(), "{word}");
            assert!(ratio_share(&doc, r.clone()).is_none(), "{word}");
            assert!(century(&doc, r.clone()).is_none(), "{word}");
            assert!(one_unit(&doc, r.clone()).is_none(), "{word}");
            assert!(number_at(&doc, r).is_none(), "{word}");
        }
        assert!(inert_tokens > 30, "most words are inert: {inert_tokens}");
        for word in [
            "a", "half", "noon", "three", "may", "hours", "fifth", "2min", "$", "mid-may",
        ] {
            let doc = Document::new(word);
            assert!(!inert(&doc, 0), "{word}");
        }
    }

    fn values(s: &str) -> Vec<(f64, Unit, String)> {
        let doc = Document::new(s);
        quantities(&doc, 0..doc.tokens.len())
            .into_iter()
            .map(|q| (q.value, q.unit, doc.span_text(q.tokens.clone()).to_string()))
            .collect()
    }

    #[test]
    fn restyled_values_are_equal() {
        let a =
            values("eight percent, $53 billion, three years, a decade, half a century, mid-March");
        let b = values("8%, 53bn dollars, 3 years, ten years, 50 years, March");
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(&b) {
            assert!(
                (x.0 - y.0).abs() < 1e-6 && compatible(x.1, y.1),
                "{x:?} vs {y:?}"
            );
        }
    }

    #[test]
    fn durations_compare_in_seconds() {
        let doc = Document::new("20 minutes, 20 hours, two weeks, 14 days");
        let q = quantities(&doc, 0..doc.tokens.len());
        assert_eq!(q.len(), 4);
        assert_eq!(doc.span_text(q[0].tokens.clone()), "20 minutes");
        assert!(!q[0].same_value(&q[1]));
        assert!(q[2].same_value(&q[3]));
    }

    #[test]
    fn a_time_then_a_margin_in_the_same_unit_stay_two_figures() {
        let spans: Vec<String> = values("won in 2 hours 5 minutes 31 seconds, 48 seconds faster")
            .into_iter()
            .map(|(_, _, span)| span)
            .collect();
        assert_eq!(spans, ["2 hours 5 minutes 31 seconds", "48 seconds"]);
        let joined = values("2 hours, 6 minutes and 41 seconds");
        assert_eq!(joined.len(), 1);
    }

    #[test]
    fn energy_and_volume_units_read_the_same_however_joined() {
        let measures = |s: &str| {
            let doc = Document::new(s);
            quantities(&doc, 0..doc.tokens.len())
                .into_iter()
                .map(|q| (q.value, q.measure))
                .collect::<Vec<_>>()
        };
        let energy = [(1.0, Some("kilowatt hour"))];
        assert_eq!(measures("a 1-kilowatt-hour pack"), energy);
        assert_eq!(measures("a 1 kilowatt-hour pack"), energy);
        assert_eq!(measures("a 1 kilowatt hour pack"), energy);
        assert_eq!(measures("a 1 kWh pack"), energy);
        let volume = [(3000.0, Some("cubic metre"))];
        assert_eq!(measures("a 3,000-cubic-metre tank"), volume);
        assert_eq!(measures("3,000 cubic metres"), volume);
    }

    #[test]
    fn a_grouped_count_is_no_year() {
        let doc = Document::new("about 1,900 runners in 1900");
        let q = quantities(&doc, 0..doc.tokens.len());
        assert!(!q[0].is_year() && q[1].is_year());
    }

    #[test]
    fn money_percent_and_dates_are_parsed_with_spans() {
        assert_eq!(
            values("Sales rose 14 per cent to 380 million euros on Monday, March 4."),
            [
                (14.0, Unit::Percent, "14 per cent".to_string()),
                (380e6, Unit::Money, "380 million euros".to_string()),
                (1.0, Unit::Weekday, "Monday".to_string()),
                (3.0, Unit::Month, "March".to_string()),
                (4.0, Unit::Plain, "4".to_string()),
            ]
        );
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(values("It may rise.").is_empty());
        assert!(values("Dec said so.").is_empty());
    }

    #[test]
    fn compound_hyphenated_and_ranged_figures() {
        let pairs = [
            ("Twenty-two firms", "22 firms"),
            ("a 250-million-dollar deal", "a $250 million deal"),
            ("three decades", "30 years"),
            ("24 months", "two years"),
            ("three in five", "60%"),
            ("the number two consumer", "the second consumer"),
            ("It hit -4C", "It hit minus 4 degrees Celsius"),
            ("4 degrees below zero", "-4C"),
            ("Under-12s", "under 12"),
        ];
        for (a, b) in pairs {
            let (x, y) = (Document::new(a), Document::new(b));
            let (qa, qb) = (
                quantities(&x, 0..x.tokens.len()),
                quantities(&y, 0..y.tokens.len()),
            );
            assert_eq!((qa.len(), qb.len()), (1, 1), "{a} / {b}: {qa:?} {qb:?}");
            assert!(qa[0].same_value(&qb[0]), "{a} / {b}: {qa:?} {qb:?}");
        }
        let doc = Document::new(
            "between 28 and 35 million dollars, 12 to 65 pounds, Covid-19, one of them",
        );
        let q = quantities(&doc, 0..doc.tokens.len());
        let seen: Vec<(f64, Option<&str>)> = q.iter().map(|q| (q.value, q.measure)).collect();
        assert_eq!(
            seen,
            [
                (28e6, Some("dollar")),
                (35e6, Some("dollar")),
                (12.0, Some("pound")),
                (65.0, Some("pound")),
            ]
        );
        assert!(values("4C and 4F").iter().all(|v| v.0 == 4.0));
        assert!(values("20c").is_empty());
    }

    #[test]
    fn conversions_and_glosses() {
        let doc =
            Document::new("$61m (£48m), £9,000, or about $11,400, 4 metres (13ft), 22pc, 80kg");
        let q = quantities(&doc, 0..doc.tokens.len());
        let glosses: Vec<bool> = q.iter().map(|q| q.gloss).collect();
        assert_eq!(
            glosses,
            [false, true, false, true, false, true, false, false]
        );
        assert!(q[4].same_value(&q[5]));
        assert_eq!(q[6].unit, Unit::Percent);
        let points = Document::new("14%, 14 percentage points, 14 percent");
        let p = quantities(&points, 0..points.tokens.len());
        assert!(!p[0].same_value(&p[1]));
        assert!(p[0].same_value(&p[2]));
        let more = Document::new(
            "two-thirds of members, a decade-long fight, 3 hours 48 minutes, 2:00 p.m., on Sundays",
        );
        let m = quantities(&more, 0..more.tokens.len());
        let seen: Vec<String> = m
            .iter()
            .map(|q| more.span_text(q.tokens.clone()).to_string())
            .collect();
        assert_eq!(
            seen,
            [
                "two-thirds",
                "decade-long",
                "3 hours 48 minutes",
                "2:00 p.m",
                "Sundays"
            ]
        );
        assert!((m[0].value - 66.67).abs() < 0.01 && m[1].value == 10.0);
        let times = Document::new(
            "at 3.20am and 11.15pm, 3:20 a.m., 11:15 p.m., world No. 71, ranked 71st",
        );
        let t = quantities(&times, 0..times.tokens.len());
        assert!(t[0].same_value(&t[2]) && t[1].same_value(&t[3]));
        assert!(!t[0].same_value(&t[1]));
        assert!(t[4].same_value(&t[5]));
        let weight = Document::new("up to 176 pounds");
        let w = quantities(&weight, 0..weight.tokens.len());
        assert!(q[7].same_value(&w[0]));
        let half = Document::new("four and a half years");
        let h = quantities(&half, 0..half.tokens.len());
        assert_eq!((h.len(), h[0].value), (1, 4.5));
        let (a, b) = (
            Document::new("four years and six months"),
            Document::new("a year and a half, 18 months, voted 11-4"),
        );
        let (qa, qb) = (
            quantities(&a, 0..a.tokens.len()),
            quantities(&b, 0..b.tokens.len()),
        );
        assert_eq!(qa.len(), 1);
        assert!(qa[0].same_value(&h[0]));
        assert!(qb[0].same_value(&qb[1]));
        assert_eq!(
            qb[2..].iter().map(|q| q.value).collect::<Vec<_>>(),
            [11.0, 4.0]
        );
    }

    #[test]
    fn currencies_and_units_must_match() {
        let doc = Document::new(
            "$4,000, 4,000 dollars, €4,000, 2,800 metres, 2,800 meters, 2,800 feet, 2,800",
        );
        let q = quantities(&doc, 0..doc.tokens.len());
        assert_eq!(doc.span_text(q[3].tokens.clone()), "2,800 metres");
        assert!(q[0].same_value(&q[1]));
        assert!(!q[0].same_value(&q[2]));
        assert!(q[3].same_value(&q[4]));
        assert!(!q[3].same_value(&q[5]));
        assert!(q[5].same_value(&q[6]));
    }

    #[test]
    fn month_abbreviations_fractions_and_multipliers() {
        assert_eq!(
            values("From Jan. 1 until Sept 4, twice as many."),
            [
                (1.0, Unit::Month, "Jan".to_string()),
                (1.0, Unit::Plain, "1".to_string()),
                (9.0, Unit::Month, "Sept".to_string()),
                (4.0, Unit::Plain, "4".to_string()),
                (2.0, Unit::Plain, "twice".to_string()),
            ]
        );
        let doc =
            Document::new("a fifth of the crop, one third of sales, 20%, 33%, 34%, a quarter.");
        let q = quantities(&doc, 0..doc.tokens.len());
        assert_eq!(doc.span_text(q[0].tokens.clone()), "a fifth");
        assert!(q[0].same_value(&q[2]));
        assert!(q[1].same_value(&q[3]));
        assert!(!q[1].same_value(&q[4]));
        assert_eq!(q[5].value, 25.0);
        assert!(
            values("A third defendant was cleared.")
                .iter()
                .all(|q| q.1 == Unit::Ordinal)
        );
    }

    #[test]
    fn dashed_ranges_give_both_ends_their_unit() {
        let v = values("a $5-6 million deal lasting 10-12 years");
        let got: Vec<(f64, Unit)> = v.iter().map(|(x, u, _)| (*x, *u)).collect();
        let year = Unit::Time(365 * 24 * 3600);
        assert_eq!(
            got,
            [
                (5e6, Unit::Money),
                (6e6, Unit::Money),
                (10.0, year),
                (12.0, year)
            ]
        );
        assert_eq!(v[1].2, "$5-6 million");
    }

    #[test]
    fn a_date_range_keeps_each_day_a_plain_number() {
        let v = values("from Feb. 18 to March 7");
        assert_eq!(v[1], (18.0, Unit::Plain, "18".to_string()));
    }

    #[test]
    fn shares_before_a_noun_and_ordinal_thirds() {
        assert_eq!(values("a quarter the width")[0].0, 25.0);
        let ordinal = values("Two failed. A third, Halden, said so.");
        assert!(ordinal.iter().all(|v| v.1 != Unit::Percent), "{ordinal:?}");
        let (a, b) = (Document::new("two-thirds"), Document::new("66%"));
        let (qa, qb) = (
            quantities(&a, 0..a.tokens.len()),
            quantities(&b, 0..b.tokens.len()),
        );
        assert!(qa[0].same_value(&qb[0]));
    }
}
