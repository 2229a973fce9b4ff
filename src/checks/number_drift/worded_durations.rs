//! Lengths of time told in words ("within a fortnight", "half an hour", "an
//! hour and a half", "in its first year"), and whether one restates a figure
//! the pair lost ("seven days" → "a week"; "41 seconds" → "nearly a minute"
//! does not).

use super::wording::{before_describing, is_duration_word};
use crate::text::Document;
use crate::text::names::bare;
use crate::text::numbers::{Quantity, Unit, time_word};
use std::ops::Range;

/// Tokens after a figure within which "a week" is its rate.
const RATE_REACH: usize = 5;

/// Share of its length a duration said with "nearly" may fall short by.
const NEARLY: f64 = 0.15;

/// Share of its length a duration said with "about" may miss by.
const ABOUT: f64 = 0.2;

/// Share of its length a duration said plainly may miss by.
const PLAIN: f64 = 0.1;

/// A length of time told in words.
pub(super) struct WordedDuration<'d> {
    /// The word naming the unit ("hour", "fortnight", "quarter").
    word: &'d str,
    /// Its length in seconds, when the words give one ("half an hour": 1,800);
    /// none for "the first year", "the coming weeks".
    seconds: Option<f64>,
    /// Its first token ("half" of "half an hour", "an" of "an hour").
    start: usize,
    /// The token after its last.
    end: usize,
}

/// The durations stated in words in `tokens` of `doc`, outside every figure
/// of `figures` ("in the year to June", "within a fortnight", "in its first
/// year", "the first half of 2025"; not a date: "last month", "earlier in
/// the day"; not a rate: "30 hours a week").
pub(super) fn worded_durations<'d>(
    doc: &'d Document,
    tokens: Range<usize>,
    figures: &[Quantity],
) -> Vec<WordedDuration<'d>> {
    let first = tokens.start;
    tokens
        .filter(|&t| t != first)
        .filter_map(|t| {
            let word = bare(doc.tokens[t].norm.as_str());
            // "a year-long trial": one unit, said as a compound.
            if let Some(seconds) = long_compound(word) {
                let in_figure = figures.iter().any(|q| q.tokens.contains(&t));
                return (!in_figure).then_some(WordedDuration {
                    word,
                    seconds: Some(seconds),
                    start: t,
                    end: t + 1,
                });
            }
            let share = matches!(word, "half" | "quarter");
            if !(share || is_duration_word(word)) {
                return None;
            }
            // "after a cold, settled fortnight": the article before its adjectives.
            // "every fortnight": "every" is read as describing, so taken first.
            let every = t
                .checked_sub(1)
                .filter(|&k| k >= first && doc.norm_at(k) == "every");
            let before = every.or_else(|| before_describing(doc, t).filter(|&k| k >= first));
            let before_word = before.map(|k| doc.norm_at(k)).unwrap_or_default();
            // "the first half of 2025", "the third quarter": a share of a year.
            let part_of_year =
                share && matches!(before_word, "first" | "second" | "third" | "fourth");
            let told = (is_duration_word(word) || part_of_year)
                && match before_word {
                    "a" | "an" | "half" => true,
                    // "in its first year", "over the coming year", "every fortnight".
                    "first" | "next" | "coming" | "past" | "following" | "every" => true,
                    "second" | "third" | "fourth" => part_of_year,
                    // "in the year to March"; not "early in the year";
                    // "in the fortnight after".
                    "the" => word.starts_with("year") && year_to(doc, t) || word == "fortnight",
                    _ => false,
                }
                && !figures.iter().any(|q| q.tokens.contains(&t))
                && !figures
                    .iter()
                    .any(|q| q.per.is_some() && q.tokens.end < t && t - q.tokens.end <= RATE_REACH);
            told.then(|| {
                let start = before.unwrap_or(t);
                let (start, seconds, end) = length(doc, start, t);
                WordedDuration {
                    word,
                    seconds,
                    start,
                    end,
                }
            })
        })
        .collect()
}

/// Whether "year" at token `t` of `doc` opens the span to a date ("the year
/// to March", "the year ending in June").
fn year_to(doc: &Document, t: usize) -> bool {
    doc.tokens.get(t + 1).is_some_and(|n| {
        matches!(
            n.norm.as_str(),
            "to" | "ending" | "ended" | "through" | "until" | "till"
        )
    })
}

/// Where the words of a duration whose unit word is `unit` start, its
/// length in seconds and where its words end, from its article at
/// `article`: one unit ("an hour"), half of one ("half an hour") or one and
/// a half ("an hour and a half"). A share of it ("a quarter of an hour") or
/// a rate ("twice an hour", "once a week") states no length.
fn length(doc: &Document, article: usize, unit: usize) -> (usize, Option<f64>, usize) {
    let words_only = (article, None, unit + 1);
    let word = bare(doc.norm_at(unit));
    let Some(seconds) = unit_seconds(word) else {
        return words_only;
    };
    // "the past year", "its first month", "every fortnight", "the
    // fortnight after": one of the unit, placed.
    let placed = match doc.norm_at(article) {
        "past" | "last" | "next" | "coming" | "following" | "first" | "previous" | "every" => true,
        "the" => word == "fortnight",
        _ => false,
    };
    if placed && article + 1 == unit && !doc.norm_at(unit).ends_with('s') {
        return (article, Some(seconds), unit + 1);
    }
    if !matches!(doc.norm_at(article), "a" | "an") || article + 1 != unit {
        return words_only;
    }
    let after = |k: usize| {
        doc.tokens
            .get(unit + k)
            .map_or("", |t| bare(t.norm.as_str()))
    };
    match doc.norm_before(article, 1).unwrap_or("") {
        "half" => (article - 1, Some(seconds / 2.0), unit + 1),
        "of" | "once" | "twice" | "times" | "every" | "per" => words_only,
        _ if (after(1), after(2), after(3)) == ("and", "a", "half") => {
            (article, Some(seconds * 1.5), unit + 4)
        }
        _ => (article, Some(seconds), unit + 1),
    }
}

/// Units of time in words with their length in seconds, past those of
/// [`time_word`] ("a fortnight" is two weeks, "a decade" ten years).
const LONGER_UNITS: &[(&str, f64)] = &[("fortnight", 1_209_600.0), ("decade", 315_360_000.0)];

/// The length in seconds of one unit of time named by `word`.
fn unit_seconds(word: &str) -> Option<f64> {
    time_word(word).map(f64::from).or_else(|| {
        LONGER_UNITS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, s)| *s)
    })
}

/// The length of a duration said as one unit in a compound ("year-long",
/// "fortnight-long", "week-long").
fn long_compound(word: &str) -> Option<f64> {
    let unit = word.strip_suffix("-long")?;
    if unit.ends_with('s') {
        return None;
    }
    unit_seconds(unit)
}

impl WordedDuration<'_> {
    /// Whether it may restate lost figure `q` (a length of time of the
    /// source): a duration of no stated length may; one of a length must
    /// hold `q` within the bound or hedge before it ("under a minute" for
    /// 50 seconds, "nearly an hour" for 55 minutes, "a week" for seven days),
    /// and one the source sentence states too (`theirs`) restates nothing.
    pub(super) fn restates(&self, doc: &Document, q: &Quantity, theirs: &[WordedDuration]) -> bool {
        if theirs
            .iter()
            .any(|s| s.word == self.word && s.seconds == self.seconds)
        {
            return false;
        }
        let (Some(said), Unit::Time(unit)) = (self.seconds, q.unit) else {
            return true;
        };
        let lost = q.value * f64::from(unit);
        let slack = said * PLAIN;
        match hedge(doc, self.start).0 {
            Hedge::Nearly => lost <= said + slack && lost >= said * (1.0 - NEARLY),
            Hedge::Under => lost <= said + slack,
            Hedge::Over => lost >= said - slack,
            Hedge::About => (lost - said).abs() <= said * ABOUT,
            Hedge::Plain => (lost - said).abs() <= slack,
        }
    }

    /// Whether a figure `q` of the suspect may state it, as this duration of
    /// the source in `src`: any figure where it states no length ("in the
    /// year to March" → "in the 12 months to March"), else one it holds
    /// ("the past year" → "the past 12 months", not "the past two years").
    pub(super) fn may_be_told_as(&self, src: &Document, q: &Quantity) -> bool {
        self.seconds.is_none() || self.restates(src, q, &[])
    }

    /// Its tokens, with the hedge before it ("nearly a minute").
    pub(super) fn tokens(&self, doc: &Document) -> Range<usize> {
        hedge(doc, self.start).1..self.end
    }

    /// Whether it states a length and starts within `words`.
    pub(super) fn has_length_in(&self, words: &Range<usize>) -> bool {
        self.seconds.is_some() && words.contains(&self.start)
    }
}

/// How words before a duration bound or hedge it.
enum Hedge {
    /// "nearly", "almost", "just under": a little short of it.
    Nearly,
    /// "under", "less than", "within", "up to": at most it.
    Under,
    /// "over", "more than": at least it.
    Over,
    /// "about", "roughly", "some": near it on either side.
    About,
    /// No hedge: it.
    Plain,
}

/// The hedge before the duration starting at token `start`, and where its
/// words start.
fn hedge(doc: &Document, start: usize) -> (Hedge, usize) {
    let back = |n: usize| doc.norm_before(start, n).unwrap_or("");
    match (back(2), back(1)) {
        ("just", "under") => (Hedge::Nearly, start - 2),
        (_, "nearly" | "almost") => (Hedge::Nearly, start - 1),
        ("less" | "fewer", "than") | ("up", "to") => (Hedge::Under, start - 2),
        (_, "under" | "below" | "within") => (Hedge::Under, start - 1),
        ("more" | "longer", "than") => (Hedge::Over, start - 2),
        (_, "over" | "above") => (Hedge::Over, start - 1),
        (_, "about" | "around" | "roughly" | "approximately" | "some") => (Hedge::About, start - 1),
        _ => (Hedge::Plain, start),
    }
}
