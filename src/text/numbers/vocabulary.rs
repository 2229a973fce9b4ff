//! The words of quantities: scales, currencies, units, durations, calendar
//! names and ordinals, and the value of a single token.

use super::Unit;
use crate::text::words::{NUMBER_WORDS, number_word};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Duration words with their length in seconds.
pub(super) const TIME_WORDS: &[(&str, u32)] = &[
    ("seconds", 1),
    ("secs", 1),
    ("sec", 1),
    ("minute", 60),
    ("min", 60),
    ("mins", 60),
    ("hr", 3_600),
    ("hrs", 3_600),
    ("minutes", 60),
    ("hour", 3_600),
    ("hours", 3_600),
    ("day", 86_400),
    ("days", 86_400),
    ("week", 604_800),
    ("weeks", 604_800),
    ("month", 2_628_000),
    ("months", 2_628_000),
    ("year", 31_536_000),
    ("years", 31_536_000),
];

/// Seconds in a year, the unit of decades and centuries.
pub(super) const YEAR: u32 = 31_536_000;

/// Words counting years by the ten or hundred ("three decades": 30 years).
pub(super) const YEAR_AMOUNTS: &[(&str, f64)] = &[
    ("decade", 10.0),
    ("decades", 10.0),
    ("century", 100.0),
    ("centuries", 100.0),
];

/// Words naming a temperature scale after "degrees", with the scale.
pub(super) const TEMPERATURE_SCALES: &[(&str, &str)] = &[
    ("celsius", "celsius"),
    ("centigrade", "celsius"),
    ("c", "celsius"),
    ("fahrenheit", "fahrenheit"),
    ("f", "fahrenheit"),
];

/// The length in seconds of a duration word ("hours" → 3600).
pub fn time_word(word: &str) -> Option<u32> {
    TIME_WORDS.iter().find(|(w, _)| *w == word).map(|(_, s)| *s)
}

pub(super) const SCALES: &[(&str, f64)] = &[
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
    // "two dozen" (24); "a dozen" alone is a value word.
    ("dozen", 12.0),
];

pub(super) const CURRENCY_SIGNS: &[&str] =
    &["$", "€", "£", "¥", "₹", "₩", "₽", "us$", "hk$", "a$", "c$"];

pub(super) const CURRENCY_WORDS: &[&str] = &[
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
    "pence",
    "crown",
    "crowns",
    "krona",
    "kronor",
    "krone",
    "kroner",
    "franc",
    "francs",
    "lira",
    "zloty",
    "zlotys",
    "forint",
    "rand",
    "peso",
    "pesos",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
    "shekel",
    "shekels",
    "baht",
    "ringgit",
    "dinar",
    "dinars",
    "riyal",
    "riyals",
];

pub(super) const PERCENT_WORDS: &[&str] = &["%", "percent", "pct", "pc", "percentage"];

/// Currency signs and words by the currency they name; "¥" (yen or yuan) and
/// words shared by several currencies name none.
pub(super) const CURRENCIES: &[(&str, &str)] = &[
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
    ("pence", "penny"),
    ("crown", "crown"),
    ("crowns", "crown"),
    ("krona", "krona"),
    ("kronor", "krona"),
    ("krone", "krone"),
    ("kroner", "krone"),
    ("franc", "franc"),
    ("francs", "franc"),
    ("lira", "lira"),
    ("zloty", "zloty"),
    ("zlotys", "zloty"),
    ("forint", "forint"),
    ("rand", "rand"),
    ("peso", "peso"),
    ("pesos", "peso"),
    ("rouble", "rouble"),
    ("roubles", "rouble"),
    ("ruble", "rouble"),
    ("rubles", "rouble"),
    ("shekel", "shekel"),
    ("shekels", "shekel"),
    ("baht", "baht"),
    ("ringgit", "ringgit"),
    ("dinar", "dinar"),
    ("dinars", "dinar"),
    ("riyal", "riyal"),
    ("riyals", "riyal"),
    ("p", "penny"),
];

/// Country letters joined to "$" ("NZ$64m", "A$910", "$US600") by the dollar
/// they name; a bare "$" names any dollar.
pub(super) const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("us", "us dollar"),
    ("nz", "nz dollar"),
    ("a", "au dollar"),
    ("au", "au dollar"),
    ("hk", "hk dollar"),
    ("c", "ca dollar"),
    ("ca", "ca dollar"),
    ("s", "sg dollar"),
    ("sg", "sg dollar"),
    ("nt", "tw dollar"),
];

/// Countries named before "dollars" by the dollar they name ("Australian
/// dollars", "New Zealand dollars").
pub(super) const DOLLAR_COUNTRIES: &[(&str, &str)] = &[
    ("australian", "au dollar"),
    ("canadian", "ca dollar"),
    ("american", "us dollar"),
    ("us", "us dollar"),
    ("u.s", "us dollar"),
    ("singapore", "sg dollar"),
    ("taiwan", "tw dollar"),
    ("zealand", "nz dollar"),
    ("kong", "hk dollar"),
];

/// Countries named before their currency ("Australian dollars").
pub(super) const CURRENCY_COUNTRIES: &[&str] = &[
    "zealand",
    "kong",
    "australian",
    "canadian",
    "american",
    "us",
    "u.s",
    "singapore",
    "taiwan",
    "mexican",
    "swiss",
    "swedish",
    "norwegian",
    "danish",
    "indian",
    "japanese",
    "chinese",
    "brazilian",
    "egyptian",
    "kenyan",
    "nigerian",
    "philippine",
];

/// Areas by "square" and the length unit after it ("square miles").
pub(super) const SQUARE_MEASURES: &[(&str, &str)] = &[
    ("kilometres", "square kilometre"),
    ("kilometers", "square kilometre"),
    ("km", "square kilometre"),
    ("miles", "square mile"),
    ("metres", "square metre"),
    ("meters", "square metre"),
    ("feet", "square foot"),
];

/// Volumes by "cubic" and the length unit after it ("cubic metres").
pub(super) const CUBIC_MEASURES: &[(&str, &str)] = &[
    ("metres", "cubic metre"),
    ("meters", "cubic metre"),
    ("metre", "cubic metre"),
    ("meter", "cubic metre"),
];

/// What a rate counts per, by the word after "a", "per" or "each".
pub(super) const RATE_UNITS: &[(&str, &str)] = &[
    ("year", "year"),
    ("annum", "year"),
    ("month", "month"),
    ("week", "week"),
    ("day", "day"),
    ("hour", "hour"),
    ("minute", "minute"),
    ("litre", "litre"),
    ("liter", "litre"),
    ("gallon", "gallon"),
    ("kilogram", "kilogram"),
    ("kilo", "kilogram"),
    ("pound", "pound"),
    ("lb", "pound"),
    ("kg", "kilogram"),
    ("tonne", "tonne"),
    ("ton", "ton"),
    ("metre", "metre"),
    ("meter", "metre"),
    ("kilometre", "kilometre"),
    ("kilometer", "kilometre"),
    ("km", "kilometre"),
    ("mile", "mile"),
    ("hectare", "hectare"),
    ("acre", "acre"),
    ("barrel", "barrel"),
    ("kilowatt-hour", "kilowatt hour"),
    ("megawatt-hour", "megawatt hour"),
    ("kwh", "kilowatt hour"),
    ("mwh", "megawatt hour"),
];

/// Adverbs that make a figure a rate ("$400 annually").
pub(super) const RATE_ADVERBS: &[(&str, &str)] = &[
    ("annually", "year"),
    ("yearly", "year"),
    ("monthly", "month"),
    ("weekly", "week"),
    ("daily", "day"),
    ("hourly", "hour"),
];

/// Units of measure by the unit they name ("metres" and "meters": "metre").
pub(super) const MEASURES: &[(&str, &str)] = &[
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
    ("lb", "pound"),
    ("lbs", "pound"),
    ("mi", "mile"),
    ("inches", "inch"),
    ("inch", "inch"),
    ("centimetres", "centimetre"),
    ("centimeters", "centimetre"),
    ("cm", "centimetre"),
    ("millimetres", "millimetre"),
    ("millimeters", "millimetre"),
    ("mm", "millimetre"),
    ("celsius", "celsius"),
    ("centigrade", "celsius"),
    ("fahrenheit", "fahrenheit"),
    ("grams", "gram"),
    ("milligrams", "milligram"),
    ("mg", "milligram"),
    ("micrograms", "microgram"),
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
    ("degree", "degree"),
    ("degrees", "degree"),
    ("mph", "mph"),
    ("megawatts", "megawatt"),
    ("mw", "megawatt"),
    ("gigawatts", "gigawatt"),
    ("gw", "gigawatt"),
    ("gigawatt", "gigawatt"),
    ("megawatt", "megawatt"),
    ("kw", "kilowatt"),
    ("kilowatt", "kilowatt"),
    ("kilowatts", "kilowatt"),
    ("gwh", "gigawatt hour"),
    ("mwh", "megawatt hour"),
    ("kwh", "kilowatt hour"),
    ("kilowatt-hour", "kilowatt hour"),
    ("kilowatt-hours", "kilowatt hour"),
    ("megawatt-hour", "megawatt hour"),
    ("megawatt-hours", "megawatt hour"),
    ("gigawatt-hour", "gigawatt hour"),
    ("gigawatt-hours", "gigawatt hour"),
];

pub(super) fn named_value(table: &[(&str, f64)], word: &str) -> Option<f64> {
    table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

pub(super) fn named(table: &[(&str, &'static str)], word: &str) -> Option<&'static str> {
    table.iter().find(|(w, _)| *w == word).map(|(_, m)| *m)
}

pub(super) const MONTHS: &[&str] = &[
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

pub(super) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether a lower-case word names a month.
pub fn is_month_word(word: &str) -> bool {
    MONTHS.contains(&word)
}

/// Whether a lower-case word names a month or a weekday (a date, not a name).
pub fn is_calendar_word(word: &str) -> bool {
    MONTHS.contains(&word) || WEEKDAYS.contains(&word)
}

pub(super) const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// Whether a lower-case word is an ordinal ("first" … "twentieth"): a value, which number-drift judges.
pub fn is_ordinal_word(word: &str) -> bool {
    ORDINALS.contains(&word)
}

/// The rank a lower-case ordinal word names ("third" → 3).
pub fn ordinal_word_value(word: &str) -> Option<f64> {
    let at = ORDINALS.iter().position(|&o| o == word)?;
    Some(at as f64 + 1.0)
}

/// Nouns after which an ordinal word states a fact ("second quarter"), not a manner ("users first").
pub(super) const ORDINAL_NOUNS: &[&str] = &[
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

pub(super) const WORD_AMOUNTS: &[(&str, f64)] = &[
    ("decade", 10.0),
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
pub(super) const MONTH_ABBREVIATIONS: &[(&str, f64)] = &[
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

/// The value a scale word multiplies by ("million" → 1e6).
pub fn scale_of(word: &str) -> Option<f64> {
    SCALES.iter().find(|(w, _)| *w == word).map(|(_, s)| *s)
}

/// A number written in digits, possibly with an attached scale (`53bn`, `1.5m`) or ordinal suffix.
pub(super) fn digits_value(word: &str) -> Option<(f64, Option<Unit>)> {
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
        "pc" => Some((value, Some(Unit::Percent))),
        "s" => Some((value, None)),
        suffix => scale_of(suffix).map(|s| (value * s, Some(Unit::Plain))),
    }
}

/// The value of a word token, what kind of value it is, and the currency or
/// unit it names itself ("250-million-dollar": 250e6, money, dollar).
pub(super) fn word_value(norm: &str) -> Option<(f64, Unit, Option<&'static str>)> {
    if let Some((v, unit)) = digits_value(norm) {
        return Some((v, unit.unwrap_or(Unit::Plain), None));
    }
    let words = value_words();
    if let Some(&(v, unit)) = words.get(norm) {
        return Some((v, unit, None));
    }
    if norm.contains('-') {
        if let Some(v) = hyphenated_value(norm) {
            return Some(v);
        }
        let month = ["mid-", "early-", "late-", "end-"]
            .iter()
            .find_map(|p| norm.strip_prefix(p));
        if let Some(&(v, unit @ Unit::Month)) = month.and_then(|m| words.get(m)) {
            return Some((v, unit, None));
        }
        let head = norm.split('-').next().unwrap_or(norm);
        if let Some(&(v, unit @ Unit::Ordinal)) = words.get(head) {
            return Some((v, unit, None));
        }
    }
    // "Saturday's", "Sundays": a date all the same.
    let name = norm.strip_suffix("'s").or_else(|| norm.strip_suffix('s'))?;
    match words.get(name) {
        Some(&(v, unit @ (Unit::Month | Unit::Weekday))) => Some((v, unit, None)),
        _ => None,
    }
}

/// Every word that is a value by itself: number words, amounts, month names and
/// abbreviations, weekdays and ordinals, looked up at once.
fn value_words() -> &'static FxHashMap<&'static str, (f64, Unit)> {
    static WORDS: OnceLock<FxHashMap<&'static str, (f64, Unit)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut map = FxHashMap::default();
        let numbered = |list: &'static [&'static str], unit: Unit| {
            list.iter()
                .enumerate()
                .map(move |(i, w)| (*w, (i as f64 + 1.0, unit)))
        };
        map.extend(numbered(ORDINALS, Unit::Ordinal));
        map.extend(numbered(WEEKDAYS, Unit::Weekday));
        map.extend(
            MONTH_ABBREVIATIONS
                .iter()
                .map(|&(w, m)| (w, (m, Unit::Month))),
        );
        map.extend(numbered(MONTHS, Unit::Month));
        map.extend(WORD_AMOUNTS.iter().map(|&(w, v)| (w, (v, Unit::Plain))));
        map.extend(
            NUMBER_WORDS
                .iter()
                .filter_map(|&(w, d)| d.parse().ok().map(|v| (w, (v, Unit::Plain)))),
        );
        map
    })
}

/// Fractions, as the percentage each one is ("a fifth of", "two-thirds").
pub(super) const FRACTIONS: &[(&str, f64)] = &[
    ("third", 100.0 / 3.0),
    ("quarter", 25.0),
    ("fifth", 20.0),
    ("tenth", 10.0),
    ("sixth", 100.0 / 6.0),
    ("eighth", 12.5),
    ("fourth", 25.0),
    ("half", 50.0),
    ("thirds", 100.0 / 3.0),
    ("quarters", 25.0),
    ("fifths", 20.0),
    ("tenths", 10.0),
    ("sixths", 100.0 / 6.0),
    ("eighths", 12.5),
    ("fourths", 25.0),
];

/// Words before a hyphen that leave the number after it a count ("under-12s",
/// "over-50s", "top-10"); after other words the number is part of a name ("Covid-19").
const COUNT_PREFIXES: &[&str] = &["under", "over", "top", "mid"];

/// A number word or a number in digits.
pub fn plain_number(word: &str) -> Option<f64> {
    number_word(word).and_then(|d| d.parse().ok()).or_else(|| {
        digits_value(word)
            .filter(|(_, u)| u.is_none())
            .map(|(v, _)| v)
    })
}

/// A hyphenated amount: "twenty-two", "three-year", "250-million-dollar", "under-12s",
/// "year-and-a-half".
fn hyphenated_value(norm: &str) -> Option<(f64, Unit, Option<&'static str>)> {
    let parts: Vec<&str> = norm.split('-').collect();
    if let [unit, "and", "a", "half"] = parts[..]
        && let Some(seconds) = time_word(unit)
    {
        return Some((1.5, Unit::Time(seconds), None));
    }
    let (mut value, rest) = match parts[..] {
        [tens, ones, ..]
            if number_word(tens).is_some_and(|t| t.len() == 2 && t.ends_with('0'))
                && number_word(ones).is_some_and(|o| o.len() == 1 && o != "0") =>
        {
            (plain_number(tens)? + plain_number(ones)?, &parts[2..])
        }
        // "ninety-fifth", "twenty-first": an ordinal.
        [tens, ones]
            if number_word(tens).is_some_and(|t| t.len() == 2 && t.ends_with('0'))
                && ORDINALS[..9].contains(&ones) =>
        {
            let unit = ORDINALS.iter().position(|o| *o == ones)? + 1;
            return Some((plain_number(tens)? + unit as f64, Unit::Ordinal, None));
        }
        // "25-basis-point": a figure and its unit in one word.
        [amount, "basis", "point" | "points"] => {
            return Some((plain_number(amount)? / 100.0, Unit::Percent, Some("point")));
        }
        // "half-hour", "quarter-mile": a share of one unit of time or measure.
        ["half" | "quarter", unit]
            if time_word(unit).is_some() || named(MEASURES, &format!("{unit}s")).is_some() =>
        {
            let share = if parts[0] == "half" { 0.5 } else { 0.25 };
            return Some(match time_word(unit) {
                Some(seconds) => (share, Unit::Time(seconds), None),
                None => (share, Unit::Plain, named(MEASURES, &format!("{unit}s"))),
            });
        }
        // "quarter-point", "half-point": a share of a percentage point.
        [share, "point"] if FRACTIONS.iter().any(|(w, _)| *w == share) => {
            let &(_, each) = FRACTIONS.iter().find(|(w, _)| *w == share)?;
            return Some((each / 100.0, Unit::Percent, Some("point")));
        }
        [count, share] if FRACTIONS.iter().any(|(w, _)| *w == share) => {
            let &(_, each) = FRACTIONS.iter().find(|(w, _)| *w == share)?;
            return Some((plain_number(count)? * each, Unit::Percent, None));
        }
        // "nineteenth-century", "19th-century": the hundred years a "1800s" names.
        [ordinal, "century"] => {
            let (n, Unit::Ordinal, _) = word_value(ordinal)? else {
                return None;
            };
            return (n >= 1.0 && n.fract() == 0.0).then_some((
                (n - 1.0) * 100.0,
                Unit::Plain,
                None,
            ));
        }
        [amount, ..] if named_value(YEAR_AMOUNTS, amount).is_some() => {
            let years = named_value(YEAR_AMOUNTS, amount)?;
            return Some((years, Unit::Time(YEAR), None));
        }
        [prefix, count] if COUNT_PREFIXES.contains(&prefix) => (
            plain_number(count.strip_suffix('s').unwrap_or(count))?,
            &parts[2..],
        ),
        [first, ..] => (plain_number(first)?, &parts[1..]),
        [] => return None,
    };
    let (mut unit, mut measure) = (Unit::Plain, None);
    let mut shape: Option<&[(&str, &str)]> = None;
    for part in rest {
        if let Some(shaped) = shape.take() {
            // "92,000-square-metre", "3,000-cubic-metre": the area or volume
            // unit from the length after "square" or "cubic".
            let plural = if *part == "foot" {
                "feet".to_string()
            } else {
                format!("{part}s")
            };
            measure = named(shaped, part).or_else(|| named(shaped, &plural));
        } else if *part == "square" {
            shape = Some(SQUARE_MEASURES);
        } else if *part == "cubic" {
            shape = Some(CUBIC_MEASURES);
        } else if let Some(energy) = measure
            .and_then(energy_of)
            .filter(|_| matches!(*part, "hour" | "hours"))
        {
            // "1-kilowatt-hour": energy, not a duration.
            measure = Some(energy);
        } else if matches!(*part, "a" | "an" | "per") {
            // "$40-a-month": a rate, not a duration.
            break;
        } else if let Some(scale) = scale_of(part) {
            value *= scale;
        } else if let Some(currency) = named(CURRENCIES, part) {
            (unit, measure) = (Unit::Money, Some(currency));
        } else if let Some(seconds) = time_word(part).or_else(|| time_word(&format!("{part}s"))) {
            unit = Unit::Time(seconds);
        } else if let Some(m) =
            named(MEASURES, part).or_else(|| named(MEASURES, &format!("{part}s")))
        {
            measure = Some(m);
        } else if PERCENT_WORDS.contains(part) {
            unit = Unit::Percent;
        }
    }
    Some((value, unit, measure))
}

/// The energy unit a power unit makes with "hour" ("kilowatt" → "kilowatt hour").
pub(super) fn energy_of(power: &str) -> Option<&'static str> {
    match power {
        "kilowatt" => Some("kilowatt hour"),
        "megawatt" => Some("megawatt hour"),
        "gigawatt" => Some("gigawatt hour"),
        _ => None,
    }
}

/// Units written only attached to digits ("8in", "5g"): alone, the letters are words.
const SUFFIX_UNITS: &[(&str, &str)] = &[("in", "inch"), ("g", "gram"), ("p", "penny")];

/// The unit a letter written after digits names ("34C": degrees Celsius), from
/// the token as written: upper-case C and F only, "20c" being cents.
pub(super) fn unit_suffix(written: &str) -> Option<(f64, &'static str)> {
    if !written.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (number, unit) = if let Some(n) = written.strip_suffix('C') {
        (n, "celsius")
    } else if let Some(n) = written.strip_suffix('F') {
        (n, "fahrenheit")
    } else {
        let at = written.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
        let suffix = written[at..].to_lowercase();
        let unit = named(MEASURES, &suffix).or_else(|| named(SUFFIX_UNITS, &suffix))?;
        (&written[..at], unit)
    };
    digits_value(number)
        .filter(|(_, u)| u.is_none())
        .map(|(v, _)| (v, unit))
}

pub(super) fn is_month_abbreviation(norm: &str) -> bool {
    MONTH_ABBREVIATIONS.iter().any(|(w, _)| *w == norm)
}
