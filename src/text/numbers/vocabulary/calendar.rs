//! Words of time: durations ("hours", "decades"), month and weekday names
//! and their abbreviations, and ordinals.

/// Duration words with their length in seconds.
const TIME_WORDS: &[(&str, u32)] = &[
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
pub(in crate::text::numbers) const YEAR: u32 = 31_536_000;

/// Words counting years by the ten or hundred ("three decades": 30 years).
pub(in crate::text::numbers) const YEAR_AMOUNTS: &[(&str, f64)] = &[
    ("decade", 10.0),
    ("decades", 10.0),
    ("century", 100.0),
    ("centuries", 100.0),
];

/// The length in seconds of a duration word ("hours" → 3600).
pub fn time_word(word: &str) -> Option<u32> {
    TIME_WORDS.iter().find(|(w, _)| *w == word).map(|(_, s)| *s)
}

/// Month names, January first.
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

/// Weekday names, Monday first.
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

/// Whether a lower-case word names a weekday.
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word)
}

/// Whether a lower-case word names a month or a weekday (a date, not a name).
pub fn is_calendar_word(word: &str) -> bool {
    is_month_word(word) || is_weekday(word)
}

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

/// Whether a lower-case word is an abbreviated month name ("sept").
pub fn is_month_abbreviation(norm: &str) -> bool {
    MONTH_ABBREVIATIONS.iter().any(|(w, _)| *w == norm)
}

/// Ordinal words, "first" to "twentieth".
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
pub(in crate::text::numbers) const ORDINAL_NOUNS: &[&str] = &[
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
