//! Quantities: numbers with their scale and unit, parsed from tokens.
//!
//! `8%`, `8 percent` and `eight percent` are the same value; so are `$53 billion`,
//! `53 billion dollars` and `53bn USD`; `three` is `3`, `a decade` is `10` years,
//! `a dozen` is `12`. Month and weekday names count as values too, so a changed
//! date is a changed value. Ranges give two values.

use super::Document;
use super::tokens::TokenKind;
use super::words::number_word;
use std::ops::Range;

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
}

impl Quantity {
    /// Whether two quantities state the same value (units that can restyle into each other match).
    pub fn same_value(&self, other: &Quantity) -> bool {
        let (a, b) = match (self.unit, other.unit) {
            (Unit::Time(x), Unit::Time(y)) => {
                (self.value * f64::from(x), other.value * f64::from(y))
            }
            _ => (self.value, other.value),
        };
        let close = (a - b).abs() <= 1e-9 * a.abs().max(1.0)
            || (self.unit == Unit::Percent && other.unit == Unit::Percent && rounded(a, b));
        let same_measure = match (self.measure, other.measure) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        };
        close && same_measure && compatible(self.unit, other.unit)
    }
}

/// Whether one of two percentages is a repeating fraction ("a third": 33.3…)
/// that the other rounds (33%, 33.3%).
fn rounded(a: f64, b: f64) -> bool {
    let repeating = |x: f64| ((x * 10.0).round() - x * 10.0).abs() > 1e-6;
    (repeating(a) || repeating(b)) && (a - b).abs() < 0.5
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

/// Duration words with their length in seconds.
const TIME_WORDS: &[(&str, u32)] = &[
    ("seconds", 1),
    ("minute", 60),
    ("minutes", 60),
    ("hour", 3_600),
    ("hours", 3_600),
    ("day", 86_400),
    ("days", 86_400),
    ("week", 604_800),
    ("weeks", 604_800),
    ("month", 2_592_000),
    ("months", 2_592_000),
    ("year", 31_536_000),
    ("years", 31_536_000),
];

/// The length in seconds of a duration word ("hours" → 3600).
pub fn time_word(word: &str) -> Option<u32> {
    TIME_WORDS.iter().find(|(w, _)| *w == word).map(|(_, s)| *s)
}

const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("mn", 1e6),
    ("m", 1e6),
    ("mln", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
];

const CURRENCY_SIGNS: &[&str] = &["$", "€", "£", "¥", "₹", "₩", "₽", "us$", "hk$", "a$", "c$"];

const CURRENCY_WORDS: &[&str] = &[
    "dollar",
    "dollars",
    "usd",
    "euro",
    "euros",
    "eur",
    "pound",
    "pounds",
    "gbp",
    "yen",
    "yuan",
    "renminbi",
    "rmb",
    "cny",
    "rupee",
    "rupees",
    "won",
    "francs",
    "franc",
    "pesos",
    "peso",
    "reais",
    "real",
    "rand",
    "krona",
    "kronor",
    "krone",
    "ringgit",
    "baht",
    "dirhams",
    "naira",
    "shillings",
    "cents",
];

const PERCENT_WORDS: &[&str] = &["%", "percent", "pct", "percentage"];

/// Currency signs and words by the currency they name; "¥" (yen or yuan) and
/// words shared by several currencies name none.
const CURRENCIES: &[(&str, &str)] = &[
    ("$", "dollar"),
    ("us$", "dollar"),
    ("dollar", "dollar"),
    ("dollars", "dollar"),
    ("usd", "dollar"),
    ("€", "euro"),
    ("euro", "euro"),
    ("euros", "euro"),
    ("eur", "euro"),
    ("£", "pound"),
    ("pound", "pound"),
    ("pounds", "pound"),
    ("gbp", "pound"),
    ("yen", "yen"),
    ("yuan", "yuan"),
    ("renminbi", "yuan"),
    ("rmb", "yuan"),
    ("cny", "yuan"),
    ("₹", "rupee"),
    ("rupee", "rupee"),
    ("rupees", "rupee"),
    ("cents", "cent"),
];

/// Units of measure by the unit they name ("metres" and "meters": "metre").
const MEASURES: &[(&str, &str)] = &[
    ("metre", "metre"),
    ("metres", "metre"),
    ("meter", "metre"),
    ("meters", "metre"),
    ("kilometre", "kilometre"),
    ("kilometres", "kilometre"),
    ("kilometer", "kilometre"),
    ("kilometers", "kilometre"),
    ("km", "kilometre"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("foot", "foot"),
    ("feet", "foot"),
    ("ft", "foot"),
    ("yards", "yard"),
    ("inches", "inch"),
    ("centimetres", "centimetre"),
    ("centimeters", "centimetre"),
    ("cm", "centimetre"),
    ("millimetres", "millimetre"),
    ("millimeters", "millimetre"),
    ("mm", "millimetre"),
    ("kilograms", "kilogram"),
    ("kilogrammes", "kilogram"),
    ("kg", "kilogram"),
    ("tonnes", "tonne"),
    ("tons", "ton"),
    ("litres", "litre"),
    ("liters", "litre"),
    ("gallons", "gallon"),
    ("barrels", "barrel"),
    ("hectares", "hectare"),
    ("acres", "acre"),
    ("degrees", "degree"),
    ("megawatts", "megawatt"),
    ("mw", "megawatt"),
    ("gigawatts", "gigawatt"),
    ("gw", "gigawatt"),
];

fn named(table: &[(&str, &'static str)], word: &str) -> Option<&'static str> {
    table.iter().find(|(w, _)| *w == word).map(|(_, m)| *m)
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether a lower-case word names a month or a weekday (a date, not a name).
pub fn is_calendar_word(word: &str) -> bool {
    MONTHS.contains(&word) || WEEKDAYS.contains(&word)
}

const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Whether a lower-case word is an ordinal ("first" … "tenth"): a value, which number-drift judges.
pub fn is_ordinal_word(word: &str) -> bool {
    ORDINALS.contains(&word)
}

/// Nouns after which an ordinal word states a fact ("second quarter"), not a manner ("users first").
const ORDINAL_NOUNS: &[&str] = &[
    "quarter",
    "half",
    "round",
    "place",
    "term",
    "year",
    "day",
    "week",
    "month",
    "time",
    "consecutive",
    "straight",
    "largest",
    "biggest",
    "game",
    "stage",
    "phase",
    "season",
    "leg",
    "set",
    "innings",
];

const WORD_AMOUNTS: &[(&str, f64)] = &[
    ("decade", 10.0),
    ("decades", 10.0),
    ("dozen", 12.0),
    ("century", 100.0),
    ("twice", 2.0),
    ("double", 2.0),
    ("thrice", 3.0),
    ("triple", 3.0),
    ("treble", 3.0),
    ("quadruple", 4.0),
];

/// Abbreviated month names (AP style "Jan. 1", "Sept. 4"); taken as months only
/// when written with a capital and followed by a full stop or a number.
const MONTH_ABBREVIATIONS: &[(&str, f64)] = &[
    ("jan", 1.0),
    ("feb", 2.0),
    ("mar", 3.0),
    ("apr", 4.0),
    ("jun", 6.0),
    ("jul", 7.0),
    ("aug", 8.0),
    ("sep", 9.0),
    ("sept", 9.0),
    ("oct", 10.0),
    ("nov", 11.0),
    ("dec", 12.0),
];

/// Fractions that state a share ("a fifth of" the crop: 20%), with their percentage.
const FRACTIONS: &[(&str, f64)] = &[
    ("half", 50.0),
    ("third", 100.0 / 3.0),
    ("quarter", 25.0),
    ("fifth", 20.0),
    ("tenth", 10.0),
];

/// Words after which "a quarter" is a share ("of which a quarter will be"),
/// not a period or an ordinal ("a third defendant").
const SHARE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "have", "has", "had", "could", "may", "might",
    ",", ".",
];

/// "a fifth of", "one third of", "half of", "of which a quarter will": a share,
/// as a percentage, at the start of `range`.
fn fraction_share(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let words: Vec<&str> = doc.tokens[range.start..range.end.min(range.start + 3)]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let (fraction, len) = match words[..] {
        ["a" | "one", fraction, next] if next == "of" || SHARE_VERBS.contains(&next) => {
            (fraction, 2)
        }
        ["a" | "one", fraction] if range.start + 2 == range.end => (fraction, 2),
        ["half", "of", ..] => ("half", 1),
        _ => return None,
    };
    let &(_, value) = FRACTIONS.iter().find(|(w, _)| *w == fraction)?;
    Some(Quantity {
        value,
        unit: Unit::Percent,
        tokens: range.start..range.start + len,
        measure: None,
    })
}

fn scale_of(word: &str) -> Option<f64> {
    SCALES.iter().find(|(w, _)| *w == word).map(|(_, s)| *s)
}

/// A number written in digits, possibly with an attached scale (`53bn`, `1.5m`) or ordinal suffix.
fn digits_value(word: &str) -> Option<(f64, Option<Unit>)> {
    let end = word
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(word.len());
    if end == 0 {
        return None;
    }
    let value: f64 = word[..end].replace(',', "").parse().ok()?;
    match &word[end..] {
        "" => Some((value, None)),
        "st" | "nd" | "rd" | "th" => Some((value, Some(Unit::Ordinal))),
        "s" => Some((value, None)),
        suffix => scale_of(suffix).map(|s| (value * s, Some(Unit::Plain))),
    }
}

/// The numeric part of a word token, and what kind of value it is.
fn word_value(norm: &str) -> Option<(f64, Unit)> {
    if let Some((v, unit)) = digits_value(norm) {
        return Some((v, unit.unwrap_or(Unit::Plain)));
    }
    let head = norm.split('-').next().unwrap_or(norm);
    if let Some(d) = number_word(head) {
        return d.parse().ok().map(|v| (v, Unit::Plain));
    }
    if let Some((v, _)) = digits_value(head).filter(|_| norm.contains('-')) {
        return Some((v, Unit::Plain));
    }
    if let Some(&(_, v)) = WORD_AMOUNTS.iter().find(|(w, _)| *w == norm) {
        return Some((v, Unit::Plain));
    }
    let month = ["mid-", "early-", "late-"]
        .iter()
        .find_map(|p| norm.strip_prefix(p))
        .unwrap_or(norm);
    if let Some(i) = MONTHS.iter().position(|w| *w == month) {
        return Some((i as f64 + 1.0, Unit::Month));
    }
    if let Some(&(_, m)) = MONTH_ABBREVIATIONS.iter().find(|(w, _)| *w == norm) {
        return Some((m, Unit::Month));
    }
    let position = |list: &[&str]| list.iter().position(|w| *w == norm).map(|i| i as f64 + 1.0);
    if let Some(i) = position(WEEKDAYS) {
        return Some((i, Unit::Weekday));
    }
    let ordinal = |w: &str| ORDINALS.iter().position(|o| *o == w);
    ordinal(norm)
        .or_else(|| ordinal(head).filter(|_| norm.contains('-')))
        .map(|i| (i as f64 + 1.0, Unit::Ordinal))
}

/// "half a century" (50), "half a dozen" (6) at the start of `range`.
fn half_amount(doc: &Document, range: Range<usize>) -> Option<Quantity> {
    let words: Vec<&str> = doc.tokens[range.start..range.end.min(range.start + 3)]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let ["half", "a" | "an", amount] = words[..] else {
        return None;
    };
    let &(_, value) = WORD_AMOUNTS.iter().find(|(w, _)| *w == amount)?;
    Some(Quantity {
        value: value / 2.0,
        unit: Unit::Plain,
        tokens: range.start..range.start + 3,
        measure: None,
    })
}

fn is_month_abbreviation(norm: &str) -> bool {
    MONTH_ABBREVIATIONS.iter().any(|(w, _)| *w == norm)
}

/// Quantities in a token range of `doc`, in order.
pub fn quantities(doc: &Document, range: Range<usize>) -> Vec<Quantity> {
    let tokens = &doc.tokens;
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if let Some(half) = half_amount(doc, i..range.end) {
            out.push(half);
            i += 3;
            continue;
        }
        if let Some(share) = fraction_share(doc, i..range.end) {
            i = share.tokens.end;
            out.push(share);
            continue;
        }
        let t = &tokens[i];
        let starts_money = t.kind == TokenKind::Punct && CURRENCY_SIGNS.contains(&t.norm.as_str());
        let number_at = if starts_money { i + 1 } else { i };
        let Some((mut value, mut unit)) = tokens
            .get(number_at)
            .filter(|_| number_at < range.end)
            .and_then(|n| word_value(&n.norm))
        else {
            i += 1;
            continue;
        };
        if starts_money && !matches!(unit, Unit::Plain) {
            i += 1;
            continue;
        }
        let loose_word = match unit {
            Unit::Month if is_month_abbreviation(&tokens[number_at].norm) => {
                let dated = tokens
                    .get(number_at + 1)
                    .is_some_and(|n| n.norm == "." || n.kind == TokenKind::Number);
                !(dated && doc.is_capitalized(number_at))
            }
            Unit::Month => match doc.folded_token(number_at).split_once('-') {
                Some((_, month)) => !month.starts_with(char::is_uppercase),
                None => !doc.is_capitalized(number_at),
            },
            Unit::Ordinal
                if !tokens[number_at]
                    .norm
                    .starts_with(|c: char| c.is_ascii_digit()) =>
            {
                let counted = tokens
                    .get(number_at + 1)
                    .is_some_and(|n| ORDINAL_NOUNS.contains(&n.norm.as_str()));
                let determined = number_at.checked_sub(1).is_some_and(|p| {
                    let w = tokens[p].norm.as_str();
                    matches!(w, "the" | "its" | "their" | "his" | "her" | "our" | "a")
                        || w.ends_with("'s")
                });
                !(counted || determined)
            }
            _ => false,
        };
        if loose_word {
            i += 1;
            continue;
        }
        let mut end = number_at + 1;
        let mut measure = starts_money.then(|| named(CURRENCIES, &t.norm)).flatten();
        if unit == Unit::Plain {
            while let Some(scale) = tokens
                .get(end)
                .filter(|_| end < range.end)
                .and_then(|n| scale_of(&n.norm))
            {
                value *= scale;
                end += 1;
            }
            if starts_money {
                unit = Unit::Money;
            }
            let next = tokens
                .get(end)
                .filter(|_| end < range.end)
                .map(|n| n.norm.as_str());
            if next.is_some_and(|n| PERCENT_WORDS.contains(&n)) {
                unit = Unit::Percent;
                end += 1;
            } else if next.is_some_and(|n| CURRENCY_WORDS.contains(&n)) {
                unit = Unit::Money;
                measure = measure.or(next.and_then(|n| named(CURRENCIES, n)));
                end += 1;
            } else if next == Some("per") && tokens.get(end + 1).is_some_and(|n| n.norm == "cent") {
                unit = Unit::Percent;
                end += 2;
            } else if let Some(seconds) = next.and_then(time_word).filter(|_| !starts_money) {
                unit = Unit::Time(seconds);
                end += 1;
            } else if let Some(m) = next
                .and_then(|n| named(MEASURES, n))
                .filter(|_| !starts_money)
            {
                measure = Some(m);
                end += 1;
            }
        }
        out.push(Quantity {
            value,
            unit,
            tokens: i..end,
            measure,
        });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
