//! `number-drift`: figures changed, added, dropped or given another role.

mod ages;
mod approximation;
mod bounded_share;
mod complement;
mod derived;
mod half_time;
mod level_change;
mod metres;
mod misspelt;
mod named_list;
mod one_in;
mod parts;
mod placing;
mod race_time;
mod relative_date;
mod relative_period;
mod remainder;
mod rounding;
mod streak;
mod vague;
mod weekdays;
mod year_part;

use super::fragment::stops_short;
use super::{Check, Context, Rule};
use crate::align::{AlignedPair, EditKind};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, is_month_word, is_year_value, quantities, time_word};
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;
use approximation::{APPROXIMATION, approximates, bounds, hedged, worded_share};
use bounded_share::bounds_figures;
use derived::{MIN_COUNT, derived_exactly, derived_from, gap_to, ratio_of, restates_multiple};
use one_in::{one_of_as_share, opens_one_in, share_as_one_in};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

/// Flags figures of an aligned sentence that differ from the source's.
pub struct NumberDrift;

static RULE: Rule = Rule {
    id: "number-drift",
    category: Category::Facts,
    default_severity: Severity::Error,
    needs_source: true,
    summary: "A figure that changed, appeared, vanished or moved to another role",
    explanation: "Numbers are parsed with their scale and unit on both sides (8% = 8 percent = \
eight percent; $53 billion = 53bn dollars; three = 3; a decade = 10; a fifth of = 20%; \
twice = 2; Sept. 4 = September 4 = 4th September; 5 hours 2 minutes and 18 seconds = 5hr 2min 18sec; \
two hundredths of a second = 0.02sec; a length and a half = one and a half lengths; 400 metres = 400m), \
so restyling passes; a currency or unit that changed \
($4,000 → €4,000, NZ$64m → US$64m, 2,800 metres → 2,800 feet; a bare \"$\" may be any country's dollar) is a changed figure, and a duration restated \
in words (12 months → the year, two weeks → a fortnight, 24 hours → a single day) is not a dropped one. A figure \
converted into another unit agrees within rounding (4 metres = 13ft, 80kg = 176 pounds, \
31C = 88F), and a conversion added or dropped beside a figure (\"$61m (£48m)\", \"£9,000, or \
about $11,400\") is neither new nor missing, unless it gets its own figure wrong (\"42.9C \
(107.2F)\"). In \
each aligned sentence, a suspect figure found nowhere in the source is flagged as changed (when \
a source figure of the same kind went missing beside it) or added, unless worked out from the \
source's figures (a share, a difference or a sum, also of a figure another sentence states: \
\"$500 million\" of a \"$2.5 billion\" budget → \"a fifth of the total\", \"one of its three \
shelters\" → \"a third of them\", \"19 minutes, from 45\" → \"less than half the 45 minutes\"; or the rest of a total the source \
left in words, \"the rest\" → \"the remaining £3.7m\"); a source figure the suspect \
no longer states is flagged as dropped where words took its place or a figure of its unit \
stayed, unless another part of a split sentence states it or works a figure out from it, or the words are a vague amount that covers it (\"420 pupils\" → \"hundreds of pupils\", \"31 hours\" → \"several hours\") (one left out with its words, \"in service since 2009\", is an omission; a figure the \
source states more often than the suspect may be the one a new figure replaced: \"the two \
decks\" → \"the three decks\", \"two\" said again elsewhere); and a figure that became an estimate, forecast or \
target (\"beating estimates to reach 280\" → \"estimates of 280\") is flagged as moved, as are \
two figures that traded places (\"damaged 1,140 properties and forced 2,300 people\" → \"damaged \
2,300 properties and forced 1,140 people\"). Rates must count per the same thing (\"a month\" \
is not \"a year\"), and a year the same part of it (\"by the end of 2025\" is not \"by mid-2025\"); a share or a length of time in words stated as a bound holds a figure \
on its side (\"more than two decades\" for 22 years, \"almost a third\" for 31%); a figure said with a fraction is rounded to it, hedged or not (\"one and a quarter million dollars\" for $1.26 million); a lone \"one\" may become \"a\", \"one-way\" \"single\" and \"once\" \"a one-off\", \
and a weekday may be left out or spelt out (\"weekdays\" → \"Monday to Friday\"); \"the first time\" \
may restate \"never before\", but a rank of the same thing changed is flagged (\"never beyond the second \
round\" → \"never past the first round\"), and so is a placing changed in words (\"finished second\" → \"was \
third\"; \"runner-up\" keeps it); a race time may be worked out from a source time and a margin; \
a count of the names listed after it may go where the names stay (\"two members, Oliver Brandt \
and Sami Haddad\" → \"members Oliver Brandt and Sami Haddad\"); a run being chased may be numbered one past the wins so far (\"won the last three\" → \"chasing a fourth \
straight win\") and a count given as the rest of its whole with the opposite verb (\"missed five of his eight\" \
→ \"made three of his eight\"); a frequency may be restated (\"every 10 minutes\" → \"six \
times an hour\", \"every day\" → \"seven days a week\"), and so may a minute of a football match (\"the 81st \
minute\" → \"nine minutes from time\", \"with nine minutes left\" or \"after 81 minutes\", \"the 50th minute\" → \"five minutes after half-time\", \"after half-time\" → \"into the second half\", \"doubled the lead\" → \"scored his second\") and an age given as a bare number of years (\"under 12 \
months old\" → \"aged under one\"). A share restated as \"one in N\" is 100/N per cent (\"5% of staff\" → \"one in 20\"). \
A time of day in words is a clock time (\"5:30 a.m.\" = \"half past five in the morning\"), hours \
between two clock times may run past midnight (\"from 8 p.m.\" … \"11 a.m.\" → \"15 hours later\"), \
a gap in percentage points may take a share the suspect states in another sentence, a misspelt \
month (\"Ocotber\") is left to spelling, and a figure is matched to a source figure of its own unit \
first (\"14 ships … 48 hours\" → \"48 ships … two days\": the ships changed). A total may be \
stated with its parts (\"11 counts of fraud and two of laundering\" → \"13 counts, 11 of fraud and \
two of laundering\", \"bringing the total to £4,515,170\"), a group counted with or without the \
one it names (\"the lowest of the five cities\" → \"lower than the other four\"; \"five other \
lakes\" → \"six more lakes\" is flagged), the start of a multiple worked out (\"doubled to 24\" → \
\"from 12 to 24\"), and a length of time bounded in another unit (\"22 months\" → \"almost two years\"). \
A kept figure is flagged when the level a move reached became its size or the other way round \
(\"rose 12% to £4.5 million\" → \"rose by £4.5 million\", \"up from $610,000\" → \"up $610,000\"), \
and a period counted from now moved to another (\"next year\" → \"this year\"; \"the coming \
season\" may be \"this season\").",
    example_source: "Revenue rose eight percent, beating estimates to reach 280 billion yuan.",
    example_bad: "Revenue rose 8%, exceeding estimates of 280 billion yuan.",
    example_good: "Revenue rose 8 percent, beating estimates to reach 280 billion yuan.",
};

/// Verbs that make a figure of the source a goal already ("aims to plant 40,000
/// trees" → "a goal of 40,000 trees").
const INTENTION_VERBS: &[&str] = &[
    "aim", "aims", "aimed", "plan", "plans", "planned", "target", "targets", "targeted", "seek",
    "seeks", "hopes", "wants", "intends",
];

/// Words around a figure searched for the words that make it a forecast.
const FORESEEN_REACH: usize = 6;

/// Whether source figure `q` is given the role of a forecast by the words
/// right around it: "a projected $18.2 million", "the $6.9 billion average
/// analyst estimate" (not "beat estimates to reach $4.2 billion").
fn foreseen(src: &Document, q: &Quantity) -> bool {
    let sentence = src
        .sentence_of(q.tokens.start)
        .map_or(0..src.tokens.len(), |i| src.sentences[i].tokens.clone());
    let before = (sentence.start..q.tokens.start)
        .rev()
        .map(|k| &src.tokens[k])
        .filter(|t| t.is_wordlike())
        .take(FORESEEN_REACH)
        .any(|t| FORESEEING.contains(&t.norm.as_str()));
    let after = src
        .words(q.tokens.end..sentence.end)
        .take(FORESEEN_REACH)
        .any(|(_, t)| ROLE_NOUNS.contains(&t.norm.as_str()));
    before || after
}

/// Words by which a source sentence gives a figure the role of a forecast.
const FORESEEING: &[&str] = &[
    "projected",
    "expected",
    "forecast",
    "predicted",
    "anticipated",
    "estimated",
    "estimate",
];

/// Nouns that give a figure the role of an expectation rather than a result.
const ROLE_NOUNS: &[&str] = &[
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "expectation",
    "expectations",
    "target",
    "targets",
    "projection",
    "projections",
    "guidance",
    "consensus",
    "goal",
    "prediction",
    "predictions",
];

/// The role noun directly governing the quantity (`estimates of 280`), if any.
fn role(doc: &Document, q: &Quantity) -> Option<&'static str> {
    let mut i = q.tokens.start;
    let mut skipped = 0;
    while i > 0 && skipped < 3 {
        i -= 1;
        let w = doc.tokens[i].norm.as_str();
        if let Some(r) = ROLE_NOUNS.iter().find(|r| **r == w) {
            return Some(r);
        }
        if !matches!(
            w,
            "of" | "about" | "around" | "roughly" | "nearly" | "some" | "at"
        ) {
            return None;
        }
        skipped += 1;
    }
    None
}

/// Whether a word names a length of time, as durations restated in words do
/// ("12 months" → "the year", "two weeks" → "a fortnight").
fn is_duration_word(word: &str) -> bool {
    let word = word.strip_suffix("'s").unwrap_or(word);
    time_word(word).is_some() || matches!(word, "fortnight" | "fortnights" | "decade" | "decades")
}

/// Whether figure `q` is in a dateline ("LONDON, 12 March –"): the place and date
/// a wire story opens with, which a rewrite may drop or restyle.
fn in_dateline(doc: &Document, q: &Quantity) -> bool {
    doc.sentence_of(q.tokens.start)
        .and_then(|k| doc.dateline_dash(k))
        .is_some_and(|dash| q.tokens.end <= dash)
}

/// Whether the words of suspect figure `q` all stand in the source sentence
/// (alone, in a compound or as the same compound), where the source reads them
/// as no figure ("third to a team" → "came third", "twice-yearly" → "twice a
/// year", "a rise in fourth-quarter profit" → "its fourth-quarter profit"), or
/// the figure is one and the source says "single".
fn written_in(doc: &Document, q: &Quantity, src: &Document, tokens: Range<usize>) -> bool {
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
fn told_in_words(q: &Quantity, src: &Document, tokens: Range<usize>) -> bool {
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
        // "doubled the lead" → "scored his second".
        Unit::Ordinal if q.value == 2.0 => words
            .iter()
            .any(|w| matches!(*w, "doubled" | "doubling" | "doubles")),
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
        // "a quarter by the fund" → "25% by the fund": a share in words.
        Unit::Percent => words.windows(2).any(|w| {
            matches!(w[0], "a" | "one")
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

/// Tokens after a figure within which "a week" is its rate.
const RATE_REACH: usize = 5;

/// Whether a duration is stated in words, outside every figure of `figures`
/// ("in the year to June", "within a fortnight", "in its first year", "the
/// first half of 2025"; not a date: "last month", "earlier in the day").
fn duration_in_words(doc: &Document, tokens: Range<usize>, figures: &[Quantity]) -> bool {
    let first = tokens.start;
    tokens.into_iter().any(|t| {
        let word = doc.tokens[t].norm.as_str();
        let before = t.checked_sub(1).map(|p| doc.tokens[p].norm.as_str());
        // "the first half of 2025", "the third quarter": a share of a year.
        let part_of_year = matches!(word, "half" | "quarter")
            && before.is_some_and(|b| matches!(b, "first" | "second" | "third" | "fourth"));
        (is_duration_word(word) || part_of_year)
            && t > first
            && match before.unwrap_or_default() {
                "a" | "an" | "half" => true,
                // "in its first year", "over the coming year".
                "first" | "next" | "coming" | "past" | "following" => true,
                "second" | "third" | "fourth" => part_of_year,
                "the" => word.starts_with("year"),
                _ => false,
            }
            && !figures.iter().any(|q| q.tokens.contains(&t))
            // "30 hours a week": a rate of the figure before it.
            && !figures
                .iter()
                .any(|q| q.per.is_some() && q.tokens.end < t && t - q.tokens.end <= RATE_REACH)
    })
}

fn describe(doc: &Document, q: &Quantity) -> String {
    doc.span_text(q.tokens.clone()).to_string()
}

fn same_kind(a: Unit, b: Unit) -> bool {
    a == b
        || matches!(
            (a, b),
            (Unit::Plain, Unit::Money)
                | (Unit::Money, Unit::Plain)
                | (Unit::Time(_), Unit::Time(_))
                | (Unit::Plain, Unit::Time(_))
                | (Unit::Time(_), Unit::Plain)
        )
}

impl Check for NumberDrift {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let (doc, src) = (ctx.suspect, source.doc);
        let raw_source = quantities(src, 0..src.tokens.len());
        let all_suspect = metres::as_metres(doc, quantities(doc, 0..doc.tokens.len()), &raw_source);
        let all_source = metres::as_metres(src, raw_source, &all_suspect);
        let pairs = &source.alignment.pairs;
        // Each pair's figures, source side and suspect side, read once.
        let figures: Vec<Figures> = pairs
            .iter()
            .map(|p| {
                (
                    metres::as_metres(src, quantities(src, p.source_tokens(src)), &all_suspect),
                    metres::as_metres(doc, quantities(doc, p.suspect_tokens(doc)), &all_source),
                )
            })
            .collect();
        // Source figures reported changed, and source figures found missing
        // with their findings, over all pairs.
        let mut restated: Vec<Range<usize>> = Vec::new();
        // Source figures some pair stated or worked a figure out from.
        let mut accounted: Vec<Range<usize>> = Vec::new();
        let mut lost: Vec<(Range<usize>, Diagnostic)> = Vec::new();
        for (i, pair) in pairs.iter().enumerate() {
            let (theirs, ours) = &figures[i];
            let mut used = vec![false; theirs.len()];
            // "on a turnout of 64 percent": a figure repeated in the suspect
            // goes first to the one whose word before it the source shares.
            let reserved: Vec<Option<usize>> = ours
                .iter()
                .map(|q| {
                    let before = word_before(doc, q)?;
                    let k = (0..theirs.len()).find(|&k| {
                        !used[k]
                            && theirs[k].unit == q.unit
                            && theirs[k].same_value(q)
                            && word_before(src, &theirs[k]) == Some(before)
                    })?;
                    used[k] = true;
                    Some(k)
                })
                .collect();
            // "48 ships … delays of at least 48 hours": a figure of the same
            // unit, anywhere in the sentence, before one of another unit.
            let reserved: Vec<Option<usize>> = ours
                .iter()
                .zip(reserved)
                .map(|(q, r)| {
                    r.or_else(|| {
                        let k = (0..theirs.len()).find(|&k| {
                            !used[k] && of_a_kind(theirs[k].unit, q.unit) && theirs[k].same_value(q)
                        })?;
                        used[k] = true;
                        Some(k)
                    })
                })
                .collect();
            // A sentence cut off mid-way lost its figures with it: fragment reports it.
            // Judged only when a source figure is unmatched: most pairs have none.
            let cut_off = || (pair.suspect.start..pair.suspect.end).any(|k| stops_short(ctx, k));
            let worded_duration = duration_in_words(doc, pair.suspect_tokens(doc), ours);
            let source_worded_duration = duration_in_words(src, pair.source_tokens(src), theirs);
            let mut unexplained = Vec::new();
            let mut elsewhere = Vec::new();
            let mut matched = Vec::new();
            for (n, q) in ours.iter().enumerate() {
                // "every four hours … two males" → "every two hours … two
                // males": a figure of the same unit first.
                let exact = reserved[n]
                    .or_else(|| {
                        (0..theirs.len()).find(|&k| {
                            !used[k] && theirs[k].unit == q.unit && theirs[k].same_value(q)
                        })
                    })
                    .or_else(|| (0..theirs.len()).find(|&k| !used[k] && theirs[k].same_value(q)));
                // "under 12 months old" → "aged under one": an age in years.
                let found = exact.or_else(|| {
                    (0..theirs.len()).find(|&k| {
                        !used[k]
                            && (approximates(src, &theirs[k], doc, q)
                                || ages::age_restated(doc, q, &theirs[k])
                                || worded_share(&theirs[k], doc, q, ours))
                    })
                });
                match found {
                    Some(k) => {
                        used[k] = true;
                        matched.push((&theirs[k], q));
                        let intended = || {
                            src.words(pair.source_tokens(src))
                                .any(|(_, t)| INTENTION_VERBS.contains(&t.norm.as_str()))
                        };
                        // "a projected $18.2 million shortfall" → "a forecast
                        // one", "below the $6.9 billion analyst estimate": the
                        // source gave the figure that role in other words.
                        let foreseen = || foreseen(src, &theirs[k]);
                        if let (Some(r), None) = (role(doc, q), role(src, &theirs[k]))
                            && !(matches!(r, "goal" | "target" | "targets") && intended())
                            && !(matches!(
                                r,
                                "forecast"
                                    | "forecasts"
                                    | "estimate"
                                    | "estimates"
                                    | "projection"
                                    | "projections"
                            ) && foreseen())
                        {
                            out.push(
                                Diagnostic::new(
                                    doc.tokens[q.tokens.start].start,
                                    doc.tokens[q.tokens.end - 1].end,
                                    format!(
                                        "\"{}\" became the {r}, not the figure reported",
                                        describe(doc, q)
                                    ),
                                )
                                .evidence(src.sentence_text(pair.source.start)),
                            );
                        } else if let Some(d) =
                            year_part::moved_in_year((src, &theirs[k]), (doc, q))
                        {
                            out.push(d);
                        }
                    }
                    // "1.9 km (about 1.2 miles)": a gloss restating its own
                    // sentence's figure, which the source need not have.
                    None if q.gloss && n > 0 && ours[n - 1].same_value(q) => {}
                    // "42.9C (107.2F)": a conversion the rewriter got wrong.
                    None if q.gloss && n > 0 && ours[n - 1].converts_to(q) => {
                        let (start, end) = doc.token_span(q.tokens.clone());
                        out.push(
                            Diagnostic::new(
                                start,
                                end,
                                format!(
                                    "\"{}\" is not \"{}\": the conversion is wrong",
                                    describe(doc, &ours[n - 1]),
                                    describe(doc, q)
                                ),
                            )
                            .evidence(src.sentence_text(pair.source.start)),
                        );
                    }
                    // "missed five of his eight" → "made three of his eight".
                    None if let Some(k) = complement::complement_of(doc, q, ours, src, theirs) => {
                        used[k] = true;
                    }
                    // "won the last three" → "chasing a fourth straight win".
                    None if let Some(run) = streak::continued(doc, q, src, &all_source) => {
                        if let Some(k) = theirs.iter().position(|t| t.tokens == run.tokens) {
                            used[k] = true;
                        }
                    }
                    // "a 31% fall" stated in another sentence → "by nearly a
                    // third": a share in words bounding it holds it too.
                    None if all_source.iter().any(|s| {
                        (s.same_value(q) && same_measure(s, q))
                            || worded_share(s, doc, q, ours)
                            || (s.unit == Unit::Percent && bounds(s, doc, q))
                    }) =>
                    {
                        elsewhere.push(q)
                    }
                    // "One resident, Anneke Brauer, said": a lone "one" is
                    // mostly "a".
                    // "80%, or 95,000 tonnes a year" → "… a month": a gloss
                    // keeps its figure and changes its period.
                    None if q.gloss
                        && let Some(k) = rate_changed(theirs, &used, q) =>
                    {
                        used[k] = true;
                        restated.push(theirs[k].tokens.clone());
                        out.push(changed(doc, src, &theirs[k], q));
                    }
                    None if q.gloss || in_dateline(doc, q) || lone_one(doc, q) => {}
                    // "5% of its workforce" → "one in 20 of the workforce".
                    None if let Some(k) = share_as_one_in(doc, q, theirs) => {
                        used[k] = true;
                    }
                    None if opens_one_in(doc, q, ours, theirs) => {}
                    // "one of its three shelters" → "a third of its shelters".
                    None if let Some(k) = one_of_as_share(src, q, theirs) => {
                        used[k] = true;
                    }
                    // "in the 81st minute" → "nine minutes from time".
                    None if let Some(minute) = minute_of_play(doc, q)
                        && let Some(k) = (0..theirs.len()).find(|&k| {
                            !used[k] && minute_of_play(src, &theirs[k]) == Some(minute)
                        }) =>
                    {
                        used[k] = true;
                    }
                    None if source_worded_duration && matches!(q.unit, Unit::Time(_)) => {}
                    None if written_in(doc, q, src, pair.source_tokens(src)) => {}
                    None if told_in_words(q, src, pair.source_tokens(src)) => {}
                    // "after half-time" → "into the second half".
                    None if half_time::names_half(doc, q, src, pair.source_tokens(src)) => {}
                    // "the final quarter" → "the last three months".
                    None if is_three_months(q)
                        && src
                            .words(pair.source_tokens(src))
                            .any(|(_, t)| t.norm.contains("quarter")) => {}
                    None => unexplained.push(q),
                }
            }
            swapped(doc, src, &matched, out);
            out.extend(level_change::moved(src, doc, &matched));
            // A figure worked out from the source's ("a third of 312" → "104",
            // "doubled" → "rose 100%") changes nothing; the figures it was
            // worked from are stated.
            let source_words: Vec<&str> = src
                .words(pair.source_tokens(src))
                .map(|(_, t)| t.norm.as_str())
                .collect();
            // Operands: this pair's source figures, and figures of other source
            // sentences that this suspect sentence restates ("admitted 1,470 …
            // up from 1,050" merged → "a 40% jump from 1,050").
            // Copied only when the sentence merged any in and a figure needs them.
            let merged: Vec<&Quantity> = if unexplained.is_empty() {
                Vec::new()
            } else {
                all_source
                    .iter()
                    .filter(|s| elsewhere.iter().any(|q| s.same_value(q)))
                    .filter(|s| !theirs.iter().any(|t| t.same_value(s)))
                    .collect()
            };
            let pool: Cow<[Quantity]> = if merged.is_empty() {
                Cow::Borrowed(theirs)
            } else {
                Cow::Owned(theirs.iter().chain(merged).cloned().collect())
            };
            unexplained.retain(|q| {
                // "$2.1 million" → "$1.2 million": a slip, however the new
                // figure could be worked out.
                if theirs
                    .iter()
                    .zip(&used)
                    .any(|(s, used)| !*used && transposed(src, s, doc, q))
                {
                    return true;
                }
                // "doubled … to 24" → "from 12 to 24"; "13 counts, 11 of
                // fraud and two of laundering".
                if restates_multiple(q, &source_words)
                    || parts::multiplied_from(q, theirs, &source_words)
                    || parts::total_of_listed(q, ours, theirs)
                {
                    return false;
                }
                let interval = is_interval(doc, q);
                let worked = if noun_after(doc, q) == Some("times") {
                    ratio_of(q, &pool, hedged(doc, q))
                } else {
                    derived_from(q, &pool, hedged(doc, q))
                };
                // "270,000 more than the 1.19 million who came in 2023": the
                // gap to a figure of this sentence from one stated elsewhere.
                if worked.is_none() {
                    let after: Vec<&str> = doc
                        .tokens
                        .get(q.tokens.end..)
                        .unwrap_or_default()
                        .iter()
                        .take(2)
                        .map(|t| t.norm.as_str())
                        .collect();
                    if gap_to(q, &after, &pool, &all_source, hedged(doc, q)) {
                        return false;
                    }
                }
                if !interval
                    && worked.is_some_and(|from| {
                        for k in from {
                            if let Some(u) = used.get_mut(k) {
                                *u = true;
                            }
                        }
                        true
                    })
                {
                    return false;
                }
                // "19 minutes, less than half the 45 minutes the bus takes".
                !bounds_figures(doc, q, ours, theirs, &all_source)
            });
            let unused: Vec<&Quantity> = theirs
                .iter()
                .zip(&used)
                .filter(|(_, used)| !**used)
                .map(|(q, _)| q)
                .collect();
            accounted.extend(
                theirs
                    .iter()
                    .zip(&used)
                    .filter(|(_, used)| **used)
                    .map(|(q, _)| q.tokens.clone()),
            );
            elsewhere.retain(|q| {
                let Some(m) = traded_across(pairs, &figures, i, q, &unused)
                else {
                    return true;
                };
                let (start, end) = doc.token_span(q.tokens.clone());
                out.push(
                    Diagnostic::new(
                        start,
                        end,
                        format!(
                            "\"{}\" became \"{}\", which the source gives to another sentence's subject",
                            describe(src, m),
                            describe(doc, q)
                        ),
                    )
                    .suggest(describe(src, m))
                    .evidence(src.sentence_text(pair.source.start)),
                );
                false
            });
            let quarter = OnceCell::new();
            let stated = OnceCell::new();
            let lost_here: Vec<&Quantity> = theirs
                .iter()
                .zip(&used)
                .filter(|(q, used)| !**used && !stated_as_often(q, &all_source, &all_suspect))
                .filter(|(q, _)| {
                    let restated = worded_duration && matches!(q.unit, Unit::Time(_));
                    let period = || {
                        *quarter.get_or_init(|| quarter_restated(doc, pair, theirs))
                            && in_quarter_phrase(src, theirs, q)
                    };
                    !(q.gloss
                        || in_dateline(src, q)
                        || restated
                        || cut_off()
                        || period()
                        || told_in_words(q, doc, pair.suspect_tokens(doc)))
                })
                .map(|(q, _)| q)
                .collect();
            // Figures the suspect states elsewhere, only fewer times than the
            // source, may stand for a figure of this sentence stated nowhere in
            // the source ("the two decks" → "the three decks", "two" said again
            // further on), but are not reported lost on their own.
            let (mut missing, mut spare): (Vec<&Quantity>, Vec<&Quantity>) = lost_here
                .into_iter()
                .partition(|q| !stated_elsewhere(q, &all_suspect));
            // A figure the source states in another sentence, while this pair lost one
            // of its kind, most likely replaced it ("three-year" → "two-year"):
            // judged after the figures stated nowhere took their counterparts.
            let stated_nowhere = unexplained.len();
            unexplained.extend(elsewhere);
            for (n, q) in unexplained.into_iter().enumerate() {
                // "the second round" → "the first round": a rank of the same
                // thing changed, however often the source rank is said elsewhere.
                if let Some(m) = unused.iter().find(|m| placing::same_role(src, m, doc, q)) {
                    missing.retain(|x| x != m);
                    spare.retain(|x| x != m);
                    restated.push(m.tokens.clone());
                    out.push(changed(doc, src, m, q));
                    continue;
                }
                // "after a 14-month search" → "among four paintings", the
                // four of another sentence: a figure of another kind took no
                // lost figure's place.
                if n >= stated_nowhere
                    && !missing.iter().any(|m| of_a_kind(m.unit, q.unit))
                    && !spare.iter().any(|m| m.unit == q.unit)
                {
                    continue;
                }
                let (start, end) = doc.token_span(q.tokens.clone());
                // "its third landslide since 2019" → "three landslides since 2019".
                if let Some(k) = missing.iter().position(|m| counted_as(src, m, q)) {
                    missing.remove(k);
                    continue;
                }
                // "among its five largest cities" → "than its other four".
                if let Some(k) = missing
                    .iter()
                    .position(|m| parts::others_of(src, m, doc, q))
                {
                    missing.remove(k);
                    continue;
                }
                if let Some(k) = spare.iter().position(|m| parts::others_of(src, m, doc, q)) {
                    spare.remove(k);
                    continue;
                }
                // "… £315,000 in costs and a £170 surcharge" → "bringing the
                // total to £4,515,170".
                if parts::summed_total(
                    doc,
                    q,
                    stated.get_or_init(|| stated_figures(theirs, &all_source, &all_suspect)),
                ) {
                    continue;
                }
                // "every 10 minutes" → "six times an hour".
                if let Some(f) = frequency(doc, q)
                    && let Some(k) = missing.iter().position(|m| frequency(src, m) == Some(f))
                {
                    missing.remove(k);
                    continue;
                }
                if weekdays::spells_out_week(doc, q, &source_words)
                    || first_for_never(doc, q, &source_words)
                {
                    continue;
                }
                // "£9.1 million … the rest" → "the remaining £3.7m": the rest
                // of a total, its parts no figures lost.
                if let Some(operands) = remainder::rest_of(
                    doc,
                    q,
                    stated.get_or_init(|| stated_figures(theirs, &all_source, &all_suspect)),
                ) {
                    missing.retain(|m| !operands.contains(m));
                    continue;
                }
                // "2:08:31, one second ahead" → "2:08:32": a race time worked
                // out, its margin no figure lost.
                if let Some((time, margin)) = race_time::worked_out(q, src, &all_source) {
                    let operands = [&all_source[time], &all_source[margin]];
                    missing.retain(|m| !operands.contains(m));
                    continue;
                }
                // A figure lost here stands for it before one the suspect says
                // elsewhere, and that one only for a figure of its own unit or
                // one stated nowhere.
                let counterpart = counterpart_in(&missing, q)
                    .map(|k| missing.remove(k))
                    .or_else(|| {
                        let k = counterpart_in(&spare, q)
                            .filter(|&k| n < stated_nowhere || spare[k].unit == q.unit)?;
                        Some(spare.remove(k))
                    });
                // The range's lower end took the changed unit from its upper end,
                // which reports the change: its own words are unchanged.
                if counterpart
                    .is_some_and(|m| m.per == q.per && describe(src, m) == describe(doc, q))
                {
                    continue;
                }
                // "$412 million … of a $1.28 billion budget" → "about 32% of the
                // total": worked out from one of this sentence's figures and
                // one the suspect states anywhere.
                if counterpart.is_none()
                    && !is_interval(doc, q)
                    && derived_exactly(
                        q,
                        stated.get_or_init(|| stated_figures(theirs, &all_source, &all_suspect)),
                        hedged(doc, q),
                    )
                    .is_some_and(|from| from.iter().any(|&k| k < theirs.len()))
                {
                    continue;
                }
                // "62% … 38%" → "38%, 24 percentage points lower": a
                // difference of two shares the suspect states, one of them
                // here, the only one the sentence has to take it from.
                let shares = || {
                    theirs
                        .iter()
                        .filter(|s| s.unit == Unit::Percent && s.measure != Some("point"))
                        .count()
                };
                if counterpart.is_none()
                    && q.measure == Some("point")
                    && shares() == 1
                    && derived_exactly(q, &stated_shares(theirs, &all_source, &all_suspect), false)
                        .is_some_and(|from| from.iter().any(|&k| k < theirs.len()))
                {
                    continue;
                }
                let d = match counterpart {
                    Some(m) => {
                        restated.push(m.tokens.clone());
                        changed(doc, src, m, q)
                    }
                    None => Diagnostic::new(
                        start,
                        end,
                        format!("\"{}\" is not in the source", describe(doc, q)),
                    )
                    .evidence(src.sentence_text(pair.source.start)),
                };
                // Both sides of a score ("8-1" → "7-2") share one span: one finding.
                if out
                    .last()
                    .is_none_or(|l| (l.start, l.end) != (d.start, d.end))
                {
                    out.push(d);
                }
            }
            // "finished second" → "was third": a placing changed in words.
            // Judged on figures the suspect states elsewhere too ("the
            // second-to-last day"): the placing in words is a rank of its own.
            let mut reranked = |m: &&Quantity| {
                let (theirs, ours) = (pair.source_tokens(src), pair.suspect_tokens(doc));
                let d = placing::placing_changed(src, m, theirs, doc, ours);
                let kept = d.is_none();
                out.extend(d);
                kept
            };
            missing.retain(&mut reranked);
            spare.retain(&mut reranked);
            // "for one season" → "for a season": a lone "one" is often just "a".
            for m in missing
                .into_iter()
                .filter(|m| !is_spelt_one(src, m) && !is_loose_word(src, m))
                .filter(|m| !relative_date::told_in_words(src, m, doc, pair.suspect_tokens(doc)))
                .filter(|m| !named_list::counts_kept_names(src, m, doc, pair.suspect_tokens(doc)))
                .filter(|m| !misspelt::misspelt_in(src, m, doc, pair.suspect_tokens(doc)))
            {
                // "took effect in April 2022" left out: a figure dropped with
                // its words is an omission, unless a figure of its unit (a
                // year for a year) stayed that may have taken its place.
                let replaced = missing_span(pair, m);
                // "420 pupils" → "hundreds of pupils": softened, not lost.
                if replaced
                    .as_ref()
                    .is_some_and(|words| vague::softened(doc, words.clone(), m))
                {
                    continue;
                }
                let Some((start, end)) =
                    replaced.map(|words| doc.token_span(words)).or_else(|| {
                        ours.iter()
                            .any(|q| q.unit == m.unit && q.is_year() == m.is_year())
                            .then(|| whole(doc, pair))
                    })
                else {
                    continue;
                };
                lost.push((
                    m.tokens.clone(),
                    Diagnostic::new(
                        start,
                        end,
                        format!("the source's figure \"{}\" is missing", describe(src, m)),
                    )
                    .evidence(describe(src, m)),
                ));
            }
        }
        // A source sentence split in two: the figure one half lacks, the other
        // half changed, and that finding tells it, or stated or worked a
        // figure out from ("rose to 312 million, up from 271 million" → "rose
        // by 41 million … to 312 million. …").
        out.extend(
            lost.into_iter()
                .filter(|(tokens, _)| !restated.contains(tokens) && !accounted.contains(tokens))
                .map(|(_, d)| d),
        );
        // "next year" → "this year": a date counted from now moved.
        out.extend(
            pairs
                .iter()
                .flat_map(|p| relative_period::moved(src, doc, p)),
        );
    }
}

/// Whether `q` is "first" where the source sentence says "never" ("had
/// never run it under 2:24" → "the first time she had dipped under 2:24"):
/// a denial restated, no figure added.
fn first_for_never(doc: &Document, q: &Quantity, source_words: &[&str]) -> bool {
    q.unit == Unit::Ordinal
        && doc.tokens[q.tokens.clone()]
            .iter()
            .any(|t| t.norm == "first")
        && source_words.contains(&"never")
        && !source_words.contains(&"first")
}

/// Whether duration `q` is an interval: "every ten minutes" is a frequency,
/// no difference of two.
fn is_interval(doc: &Document, q: &Quantity) -> bool {
    matches!(q.unit, Unit::Time(_)) && word_before(doc, q) == Some("every")
}

/// A pair's source figures, and those of other source sentences that the
/// suspect states too: what a figure the rewriter worked out may come from.
/// A share of another sentence is of another whole, and small counts match
/// by chance: neither is taken from elsewhere.
fn stated_figures(
    theirs: &[Quantity],
    all_source: &[Quantity],
    all_suspect: &[Quantity],
) -> Vec<Quantity> {
    let told = |s: &Quantity| {
        all_suspect
            .iter()
            .any(|x| x.same_value(s) && same_measure(x, s))
    };
    let operand =
        |s: &Quantity| s.unit != Unit::Percent && !(s.unit == Unit::Plain && s.value < MIN_COUNT);
    let others = all_source
        .iter()
        .filter(|s| !theirs.contains(s) && operand(s) && told(s));
    theirs.iter().chain(others).cloned().collect()
}

/// Whether two units measure one kind of thing: the same unit, or two
/// units of time ("48 hours" and "two days").
fn of_a_kind(a: Unit, b: Unit) -> bool {
    a == b || matches!((a, b), (Unit::Time(_), Unit::Time(_)))
}

/// A pair's source figures, and the shares (percentages) of other source
/// sentences that the suspect states too: what a difference in percentage
/// points may be worked out from.
fn stated_shares(
    theirs: &[Quantity],
    all_source: &[Quantity],
    all_suspect: &[Quantity],
) -> Vec<Quantity> {
    let others = all_source.iter().filter(|s| {
        s.unit == Unit::Percent
            && s.measure != Some("point")
            && !theirs.contains(s)
            && all_suspect
                .iter()
                .any(|x| x.unit == Unit::Percent && x.same_value(s))
    });
    theirs.iter().chain(others).cloned().collect()
}

/// Whether the suspect states source figure `q` in any sentence, a rate
/// only at its own period ("30 trains a week" is not the "30" of another
/// sentence).
fn stated_elsewhere(q: &Quantity, all_suspect: &[Quantity]) -> bool {
    all_suspect.iter().any(|s| alike(s, q))
}

/// Whether the suspect states source figure `q` as many times as the source
/// does ("two" twice in the source and once in the suspect is one "two"
/// lost); a date may be said once for all.
fn stated_as_often(q: &Quantity, all_source: &[Quantity], all_suspect: &[Quantity]) -> bool {
    let stated = all_suspect.iter().filter(|s| alike(s, q)).count();
    let dated =
        q.is_year() || q.measure == Some("clock") || matches!(q.unit, Unit::Month | Unit::Weekday);
    stated > 0 && (dated || stated >= all_source.iter().filter(|s| alike(s, q)).count())
}

/// Whether figure `s` states source figure `q`, at its period if a rate.
fn alike(s: &Quantity, q: &Quantity) -> bool {
    s.same_value(q) && (q.per.is_none() || s.per == q.per)
}

/// The source figure of `lost` that changed into suspect figure `q`: the
/// one of the same number first ("2.49 to 4.99 pounds" → "2.49 to 4.99
/// euros"), then one of the same unit, then one of a kin unit.
fn counterpart_in(lost: &[&Quantity], q: &Quantity) -> Option<usize> {
    lost.iter()
        .position(|m| m.value == q.value && same_kind(m.unit, q.unit))
        .or_else(|| lost.iter().position(|m| m.unit == q.unit))
        .or_else(|| lost.iter().position(|m| same_kind(m.unit, q.unit)))
}

/// The finding for source figure `m` changed into suspect figure `q`.
fn changed(doc: &Document, src: &Document, m: &Quantity, q: &Quantity) -> Diagnostic {
    let (start, end) = doc.token_span(q.tokens.clone());
    let (was, now) = (describe(src, m), describe(doc, q));
    let message = match (m.per, q.per) {
        (Some(a), Some(b)) if a != b => {
            format!("\"{was}\" a {a} became \"{now}\" a {b}: the rate changed")
        }
        _ => format!("\"{was}\" became \"{now}\""),
    };
    Diagnostic::new(start, end, message)
        .suggest(was.clone())
        .evidence(was)
}

/// Whether suspect figure `q` is source figure `s` with its written digits reordered ("187" →
/// "178", "$2.1 million" → "$1.2 million"), in the same unit.
fn transposed(src: &Document, s: &Quantity, doc: &Document, q: &Quantity) -> bool {
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

/// The unused source figure `q` restates with another period: the same
/// value and measure, counted per a different period.
fn rate_changed(theirs: &[Quantity], used: &[bool], q: &Quantity) -> Option<usize> {
    let per = q.per?;
    (0..theirs.len()).find(|&k| {
        let s = &theirs[k];
        !used[k] && s.value == q.value && s.measure == q.measure && s.per.is_some_and(|p| p != per)
    })
}

/// Whether two figures of one value measure the same thing: a figure found
/// in another sentence stands for this one only then ("38 km/h" is no "38
/// seconds").
fn same_measure(a: &Quantity, b: &Quantity) -> bool {
    let timed_against_measured =
        |x: &Quantity, y: &Quantity| matches!(x.unit, Unit::Time(_)) && y.measure.is_some();
    !timed_against_measured(a, b) && !timed_against_measured(b, a)
}

/// The word just before a figure ("damaged", "by"), if a word stands there.
fn word_before<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    let t = doc.tokens.get(q.tokens.start.checked_sub(1)?)?;
    // "from 38 meadows between 2019" → "From 2019 … from 38 meadows": the
    // preposition of a period moved to the front says nothing of a figure's
    // role ("down from 94 percent" still does).
    let period = matches!(t.norm.as_str(), "from" | "between") && is_year(q);
    (t.kind == TokenKind::Word && !period).then_some(t.norm.as_str())
}

/// Whether a figure reads as a year ("2019").
fn is_year(q: &Quantity) -> bool {
    q.is_year()
}

/// The content word just after a figure ("properties"), if one stands there.
/// Tokens after a figure within which the first word of content tells its
/// role ("38% of adults supported": "adults"; "51% opposed it": "opposed").
const ROLE_REACH: usize = 3;

/// The first word of content after a figure, before any punctuation.
fn word_after<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    doc.tokens
        .get(q.tokens.end..)?
        .iter()
        .take(ROLE_REACH)
        .take_while(|t| t.kind == TokenKind::Word)
        .find(|t| !is_stopword(&t.norm))
        .map(|t| t.norm.as_str())
}

/// The noun a figure is "of" ("revenue of $38 million": "revenue").
fn owner<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    let at = q.tokens.start.checked_sub(2)?;
    let t = &doc.tokens[at];
    (word_before(doc, q) == Some("of") && t.kind == TokenKind::Word && !is_stopword(&t.norm))
        .then_some(t.norm.as_str())
}

fn noun_after<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    let t = doc.tokens.get(q.tokens.end)?;
    (t.kind == TokenKind::Word && !is_stopword(&t.norm)).then_some(t.norm.as_str())
}

/// Two figures that traded places ("damaged 1,140 properties and forced 2,300
/// people" → "damaged 2,300 properties and forced 1,140 people"): kept values,
/// in reverse order, one of them now standing by the word the other stood by.
fn swapped(
    doc: &Document,
    src: &Document,
    matched: &[(&Quantity, &Quantity)],
    out: &mut Vec<Diagnostic>,
) {
    type Around = for<'a> fn(&'a Document, &Quantity) -> Option<&'a str>;
    // The word just before or the noun just after a figure tells its role
    // alone; the first word of content further on only when both figures
    // exchanged theirs ("22 companies won, out of 58 that bid" → "of the 58
    // companies that bid, 22 won" keeps the roles).
    let contexts: [(Around, bool); 4] = [
        (word_before, false),
        (noun_after, false),
        (word_after, true),
        (owner, false),
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
            if !reversed || a.same_value(b) || dated(a) || dated(b) || one_span || !alike {
                continue;
            }
            let traded = contexts.iter().any(|&(ctx, both)| {
                let (was_a, was_b) = (ctx(src, a), ctx(src, b));
                let (now_a, now_b) = (ctx(doc, ours_a), ctx(doc, ours_b));
                let moved = |now: Option<&str>, was: Option<&str>, other: Option<&str>| {
                    now.is_some() && now == other && now != was
                };
                let (moved_a, moved_b) = (moved(now_a, was_a, was_b), moved(now_b, was_b, was_a));
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
            });
            if !traded {
                continue;
            }
            for (q, other) in [(ours_a, ours_b), (ours_b, ours_a)] {
                let (start, end) = doc.token_span(q.tokens.clone());
                out.push(
                    Diagnostic::new(
                        start,
                        end,
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
    }
}

/// The figures of an aligned pair: source side, suspect side.
type Figures = (Vec<Quantity>, Vec<Quantity>);

/// Figures swapped between two sentences ("about 6,800 accounts … about 430
/// staff" → "about 430 accounts … about 6,800 staff"): suspect figure `q` of
/// `pair` belongs to another source sentence, whose suspect counterpart now
/// carries a figure of this pair's source that went unused here. Returns that
/// figure.
fn traded_across<'a>(
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

/// Whether the suspect sentence names a quarter where the source sentence
/// counted "three months" ("in the three months to Dec. 31" → "in the
/// October-December quarter", "fourth-quarter", "the October-December
/// period").
fn quarter_restated(doc: &Document, pair: &AlignedPair, theirs: &[Quantity]) -> bool {
    doc.words(pair.suspect_tokens(doc))
        .any(|(_, t)| t.norm.contains("quarter") || is_month_span(&t.norm))
        && theirs.iter().any(is_three_months)
}

/// Whether a word joins two month names into a span ("october-december").
fn is_month_span(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(first, last)| is_month_word(first) && is_month_word(last))
}

fn is_three_months(q: &Quantity) -> bool {
    time_word("month").is_some_and(|month| q.unit == Unit::Time(month)) && q.value == 3.0
}

/// Whether source figure `q` is part of the "three months to December 31"
/// that names a quarter: the three months, the month, or its day (after the
/// month's abbreviation too: "Dec. 31").
fn in_quarter_phrase(src: &Document, theirs: &[Quantity], q: &Quantity) -> bool {
    let abbreviated = |end: usize| src.tokens.get(end).is_some_and(|t| t.norm == ".");
    let after_month = || {
        theirs.iter().any(|m| {
            m.unit == Unit::Month
                && (m.tokens.end == q.tokens.start
                    || (m.tokens.end + 1 == q.tokens.start && abbreviated(m.tokens.end)))
        })
    };
    is_three_months(q)
        || q.unit == Unit::Month
        || (q.unit == Unit::Plain && q.value <= 31.0 && after_month())
}

/// Longest rewording (in tokens) shown as where a dropped figure went.
const MISSING_SPAN_TOKENS: usize = 6;

/// Where source figure `m` went missing: the suspect tokens that replaced
/// it, when the word diff pairs a short rewording with it ("about 45 minutes"
/// → "a short wait").
fn missing_span(pair: &AlignedPair, m: &Quantity) -> Option<Range<usize>> {
    let replaced = pair.edits.iter().find(|e| {
        e.kind == EditKind::Replace
            && e.source.contains(&m.tokens.start)
            && !e.suspect.is_empty()
            && e.suspect.len() <= MISSING_SPAN_TOKENS
    })?;
    Some(replaced.suspect.clone())
}

/// The whole suspect side of a pair.
fn whole(doc: &Document, pair: &AlignedPair) -> (usize, usize) {
    (
        doc.sentences[pair.suspect.start].start,
        doc.sentences[pair.suspect.end - 1].end,
    )
}

/// The first three words after figure `q` ("minutes from time").
fn words_after<'a>(doc: &'a Document, q: &Quantity) -> Option<Vec<&'a str>> {
    let words = doc.tokens.get(q.tokens.end..)?.iter();
    Some(
        words
            .filter(|t| t.is_wordlike())
            .take(3)
            .map(|t| t.norm.as_str())
            .collect(),
    )
}

/// Length of a football match's normal time, in minutes.
const NORMAL_TIME: f64 = 90.0;

/// The minute of play figure `q` names: "the 81st minute", "after 12
/// minutes" ("on 39 minutes"), "nine minutes from time" ("from the end",
/// "before the end") or "five minutes after half-time".
fn minute_of_play(doc: &Document, q: &Quantity) -> Option<f64> {
    let after = words_after(doc, q)?;
    match (q.unit, after.as_slice()) {
        (Unit::Ordinal, ["minute" | "minutes", ..]) => Some(q.value),
        (
            Unit::Time(60),
            ["from", "time", ..]
            | ["from" | "before", "the", "end"]
            | ["left" | "remaining", ..]
            | ["to", "play", ..],
        ) => Some(NORMAL_TIME - q.value),
        (Unit::Time(60), ["after", "half-time" | "halftime", ..] | ["after", "half", "time"]) => {
            Some(NORMAL_TIME / 2.0 + q.value)
        }
        (Unit::Time(60), _) if matches!(word_before(doc, q), Some("after" | "on")) => Some(q.value),
        _ => None,
    }
}

/// How many times a second figure `q` says a thing happens: "every 10
/// minutes" and "six times an hour" both 1/600.
fn frequency(doc: &Document, q: &Quantity) -> Option<f64> {
    if let Unit::Time(unit) = q.unit {
        let seconds = q.value * f64::from(unit);
        return (is_interval(doc, q) && seconds > 0.0).then(|| 1.0 / seconds);
    }
    let after = words_after(doc, q)?;
    let per = match after.as_slice() {
        ["times", "a" | "an" | "per" | "each", unit] => time_word(unit)?,
        ["times", ..] => time_word(q.per?)?,
        _ => return None,
    };
    Some(q.value / f64::from(per))
}

/// Whether plain figure `q` counts what ordinal word `m` numbered ("third" →
/// "three").
fn counted_as(src: &Document, m: &Quantity, q: &Quantity) -> bool {
    m.unit == Unit::Ordinal
        && q.unit == Unit::Plain
        && m.value == q.value
        && src.tokens[m.tokens.start].kind == TokenKind::Word
}

/// Whether `q` is a weekday or an ordinal written as a word, which a rewording
/// may leave out or restate ("said on Tuesday" → "said overnight", "its third
/// landslide since 2019" → "three landslides since 2019").
fn is_loose_word(doc: &Document, q: &Quantity) -> bool {
    q.unit == Unit::Weekday
        || (q.unit == Unit::Ordinal && doc.tokens[q.tokens.start].kind == TokenKind::Word)
}

/// Whether `q` is the bare word "one".
/// Whether `q` is a spelt "one" used as an article ("one resident said"),
/// not counted against others ("one more month", "one of").
fn lone_one(doc: &Document, q: &Quantity) -> bool {
    is_spelt_one(doc, q)
        && doc.tokens.get(q.tokens.end).is_some_and(|t| {
            !matches!(
                t.norm.as_str(),
                "more" | "fewer" | "less" | "extra" | "additional" | "other" | "or" | "of" | "in"
            )
        })
}

fn is_spelt_one(doc: &Document, q: &Quantity) -> bool {
    q.tokens.len() == 1 && q.unit == Unit::Plain && doc.tokens[q.tokens.start].norm == "one"
}
