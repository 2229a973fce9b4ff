//! Figures told in words on the other side: "a week" for "seven days",
//! "both" for "two", "the first time" for "never", a lone "one" for "a", a
//! count of time units past its adjectives ("two cold, settled weeks").

use crate::lexicon::wordnet::{ADJECTIVE, parts_as_written};
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, is_ordinal_word, is_year_value, quantities, time_word};
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, number_word};
use std::ops::Range;

/// Whether a word names a length of time, as durations restated in words do
/// ("12 months" → "the year", "two weeks" → "a fortnight").
pub(super) fn is_duration_word(word: &str) -> bool {
    let word = word.strip_suffix("'s").unwrap_or(word);
    time_word(word).is_some() || matches!(word, "fortnight" | "fortnights" | "decade" | "decades")
}

/// Whether the words of suspect figure `q` all stand in the source sentence
/// (alone, in a compound or as the same compound), where the source reads them
/// as no figure ("third to a team" → "came third", "twice-yearly" → "twice a
/// year", "a rise in fourth-quarter profit" → "its fourth-quarter profit"), or
/// the figure is one and the source says "single".
pub(super) fn written_in(
    doc: &Document,
    q: &Quantity,
    src: &Document,
    tokens: Range<usize>,
) -> bool {
    // "by a single vote" → "by just one vote".
    let single = q.value == 1.0
        && q.unit == Unit::Plain
        && src
            .words(tokens.clone())
            .any(|(_, t)| matches!(t.norm.as_str(), "single" | "lone" | "sole"));
    single
        || doc.tokens[q.tokens.clone()].iter().all(|w| {
            w.kind == TokenKind::Word
                && src.words(tokens.clone()).any(|(_, t)| {
                    t.kind == TokenKind::Word
                        && (t.norm == w.norm || t.norm.split('-').any(|part| part == w.norm))
                })
        })
}

/// Whether a figure restates what the other text tells in words: "after 17
/// minutes" for "in the 17th minute", "24 hours a day" for "around the clock",
/// "two" for "both" or "twice", "his second" for "doubled the lead", "one" for
/// "single", "50%" for "halve", "seven days" for "a week".
pub(super) fn told_in_words(q: &Quantity, src: &Document, tokens: Range<usize>) -> bool {
    let words: Vec<&str> = src
        .words(tokens.clone())
        .map(|(_, t)| t.norm.as_str())
        .collect();
    // "for 2023, against a profit a year earlier" → "… in 2022".
    if q.unit == Unit::Plain && is_year_value(q.value) && year_before(&words) {
        return quantities(src, tokens)
            .iter()
            .any(|s| s.unit == Unit::Plain && s.value == q.value + 1.0);
    }
    // "a week" → "seven days", "at least an hour" → "60 minutes".
    if let Unit::Time(unit) = q.unit {
        let seconds = q.value * f64::from(unit);
        // "in a single day" → "in 24 hours".
        let one_unit = (0..words.len()).any(|i| {
            let after = &words[i + 1..];
            let unit = match after {
                ["single" | "whole", unit, ..] | [unit, ..] => *unit,
                [] => "",
            };
            matches!(words[i], "a" | "an")
                && time_word(unit).is_some_and(|s| f64::from(s) == seconds)
        });
        // "one-day" → "single-day".
        let single_unit = q.value == 1.0
            && words.iter().any(|w| {
                w.strip_prefix("single-")
                    .and_then(time_word)
                    .is_some_and(|s| s == unit)
            });
        if one_unit || single_unit {
            return true;
        }
    }
    match q.unit {
        Unit::Time(60) => {
            let ordinal = format!("{}", q.value);
            words.windows(2).any(|w| {
                w[1] == "minute"
                    && w[0]
                        .strip_suffix(|c: char| c.is_ascii_alphabetic())
                        .and_then(|x| x.strip_suffix(|c: char| c.is_ascii_alphabetic()))
                        == Some(ordinal.as_str())
            })
        }
        Unit::Time(3600) => {
            q.value == 24.0
                && words
                    .windows(3)
                    .any(|w| matches!(w[0], "round" | "around") && w[1] == "the" && w[2] == "clock")
        }
        // "both groups" → "the two groups", "twice-weekly" → "two weekly";
        // "a one-way fare" → "a single", "only once" → "only as a one-off".
        Unit::Plain if q.value == 1.0 => words
            .iter()
            .any(|w| matches!(*w, "single" | "lone" | "sole" | "once")),
        // "every day" → "seven days a week".
        Unit::Time(86_400) if q.value == 7.0 && q.per == Some("week") => {
            words.contains(&"daily") || words.windows(2).any(|w| w == ["every", "day"])
        }
        Unit::Plain => q.value == 2.0 && words.iter().any(|w| says_two(w)),
        // "doubled the lead" → "scored his second"; "ahead of runner-up
        // Ana Cole" → "ahead of the second, Ana Cole".
        Unit::Ordinal if q.value == 2.0 => words.iter().any(|w| {
            matches!(
                *w,
                "doubled" | "doubling" | "doubles" | "runner-up" | "runners-up"
            )
        }),
        // "cut by 50%" → "halve", "half price" → "50% of the charge", "doubled"
        // → "rose 100%".
        Unit::Percent if q.value == 50.0 => words.iter().any(|w| {
            matches!(
                *w,
                "half" | "halve" | "halved" | "halves" | "halving" | "halfway" | "midway"
            )
        }),
        Unit::Percent if q.value == 100.0 => words
            .iter()
            .any(|w| matches!(*w, "doubled" | "doubling" | "doubles")),
        // "a quarter by the fund" → "25% by the fund": a share in words;
        // "the largest 10 percent of farms" → "the biggest tenth of farms":
        // a group of that share.
        Unit::Percent => words.windows(2).any(|w| {
            (matches!(w[0], "a" | "one" | "top" | "bottom") || w[0].ends_with("est"))
                && SHARES
                    .iter()
                    .any(|&(word, share)| w[1] == word && (share - q.value).abs() <= 1.0)
        }),
        _ => false,
    }
}

/// Whether words say "the year before" the sentence's year ("a year
/// earlier", "the previous year").
fn year_before(words: &[&str]) -> bool {
    words.windows(3).any(|w| {
        matches!(
            w,
            ["a", "year", "earlier" | "before"]
                | ["the", "previous" | "prior", "year"]
                | ["the", "year", "before"]
        )
    })
}

/// Fractions in words a share in per cent may restate ("a quarter" → "25%").
const SHARES: &[(&str, f64)] = &[
    ("quarter", 25.0),
    ("third", 100.0 / 3.0),
    ("fifth", 20.0),
    ("tenth", 10.0),
];

/// Whether a word says "two" without a figure: "both", "twice", "doubled",
/// "twice-weekly".
fn says_two(word: &str) -> bool {
    matches!(
        word.split('-').next().unwrap_or(word),
        "both" | "twice" | "double" | "doubled" | "doubling"
    )
}

/// Whether `q` is "first" where the source sentence says "never" ("had
/// never run it under 2:24" → "the first time she had dipped under 2:24"):
/// a denial restated, no figure added.
pub(super) fn first_for_never(doc: &Document, q: &Quantity, source_words: &[&str]) -> bool {
    q.unit == Unit::Ordinal
        && doc.tokens[q.tokens.clone()]
            .iter()
            .any(|t| t.norm == "first")
        && source_words.contains(&"never")
        && !source_words.contains(&"first")
}

/// Nouns that name a group of a set size ("twins" → "two cubs").
const GROUPS: &[(&str, f64)] = &[
    ("twins", 2.0),
    ("pair", 2.0),
    ("duo", 2.0),
    ("triplets", 3.0),
    ("trio", 3.0),
    ("quadruplets", 4.0),
    ("quartet", 4.0),
];

/// Whether plain count `q` counts a group the source sentence names by its
/// size ("red panda twins" → "two red panda cubs").
pub(super) fn counts_group(q: &Quantity, source_words: &[&str]) -> bool {
    q.unit == Unit::Plain
        && GROUPS
            .iter()
            .any(|(w, v)| *v == q.value && source_words.contains(w))
}

/// Whether plain figure `q` counts what ordinal word `m` numbered ("third" →
/// "three").
pub(super) fn counted_as(src: &Document, m: &Quantity, q: &Quantity) -> bool {
    m.unit == Unit::Ordinal
        && q.unit == Unit::Plain
        && m.value == q.value
        && src.tokens[m.tokens.start].kind == TokenKind::Word
}

/// Whether `q` is a weekday or an ordinal written as a word, which a rewording
/// may leave out or restate ("said on Tuesday" → "said overnight", "its third
/// landslide since 2019" → "three landslides since 2019").
pub(super) fn is_loose_word(doc: &Document, q: &Quantity) -> bool {
    q.unit == Unit::Weekday
        || (q.unit == Unit::Ordinal && doc.tokens[q.tokens.start].kind == TokenKind::Word)
}

/// Whether `q` is a spelt "one" used as an article ("one resident said"),
/// not counted against others ("one more month", "one of").
pub(super) fn lone_one(doc: &Document, q: &Quantity) -> bool {
    is_spelt_one(doc, q)
        && doc.tokens.get(q.tokens.end).is_some_and(|t| {
            !matches!(
                t.norm.as_str(),
                "more" | "fewer" | "less" | "extra" | "additional" | "other" | "or" | "of" | "in"
            )
        })
}

/// Words that count what follows, never describe it: "only one", "just one".
const COUNTING: &[&str] = &["only", "just", "single", "sole", "mere", "least", "exactly"];

/// Whether `q` is a spelt "one" standing for a noun after an ordinal or an
/// adjective ("the bank's third major one", "a serious one"): a pronoun,
/// no count.
pub(super) fn pronoun_one(doc: &Document, q: &Quantity) -> bool {
    let start = q.tokens.start;
    is_spelt_one(doc, q)
        && start.checked_sub(1).is_some_and(|p| {
            let before = &doc.tokens[p];
            let word = before.norm.as_str();
            before.kind == TokenKind::Word
                && !COUNTING.contains(&word)
                && number_word(word).is_none()
                && (is_ordinal_word(word) || parts_as_written(word) & ADJECTIVE != 0)
        })
}

/// Whether `q` is the bare word "one".
pub(super) fn is_spelt_one(doc: &Document, q: &Quantity) -> bool {
    q.tokens.len() == 1 && q.unit == Unit::Plain && doc.tokens[q.tokens.start].norm == "one"
}

/// Most adjectives read between a length of time's count or article and its
/// unit ("a cold, settled fortnight").
const DESCRIBING_WORDS: usize = 3;

/// Adjectives that place or measure a length of time themselves ("the
/// past week", "every half hour"), read as its words, not skipped.
const PLACING: &[&str] = &[
    "half",
    "first",
    "next",
    "coming",
    "past",
    "following",
    "last",
    "previous",
    "single",
    "whole",
];

/// Whether token `k` of `doc` is an adjective that may describe a length of
/// time ("cold", "settled"), no number, ordinal or word of time itself, nor
/// one that places it ("past").
fn describing(doc: &Document, k: usize) -> bool {
    let word = doc.norm_at(k);
    doc.tokens[k].kind == TokenKind::Word
        && !is_stopword(word)
        && !PLACING.contains(&word)
        && number_word(word).is_none()
        && !is_ordinal_word(word)
        && !is_duration_word(word)
        && parts_as_written(word) & ADJECTIVE != 0
}

/// The token before token `t` of `doc`, past up to [`DESCRIBING_WORDS`]
/// adjectives and the commas between them ("a cold, settled fortnight": the
/// "a"); the token just before `t` where no adjective stands there.
pub(super) fn before_describing(doc: &Document, t: usize) -> Option<usize> {
    let mut k = t.checked_sub(1)?;
    let mut described = 0;
    while describing(doc, k) || (described > 0 && doc.norm_at(k) == ",") {
        described += usize::from(doc.norm_at(k) != ",");
        if described > DESCRIBING_WORDS {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    Some(k)
}

/// Whether plain count `q` of `doc` counts a unit of time its adjectives
/// stand before ("two cold, settled weeks"): a length of time.
pub(super) fn counts_time_past_adjectives(doc: &Document, q: &Quantity) -> bool {
    let mut k = q.tokens.end;
    let mut described = 0;
    while k < doc.tokens.len() && described <= DESCRIBING_WORDS {
        if is_duration_word(doc.norm_at(k)) {
            return described > 0 && before_describing(doc, k) == Some(q.tokens.end - 1);
        }
        if !(describing(doc, k) || doc.norm_at(k) == ",") {
            return false;
        }
        described += usize::from(doc.norm_at(k) != ",");
        k += 1;
    }
    false
}
