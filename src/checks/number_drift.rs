//! `number-drift`: figures changed, added, dropped or given another role.

mod ages;
mod approximation;
mod around;
mod bounded_share;
mod complement;
mod counterparts;
mod derived;
mod findings;
mod half_time;
mod metres;
mod misspelt;
mod named_list;
mod one_in;
mod parts;
mod periods;
mod placing;
mod race_time;
mod relative_date;
mod remainder;
mod roles;
mod rounding;
mod stated;
mod streak;
mod swaps;
mod vague;
mod weekdays;
mod wording;
mod year_part;

use super::fragment::stops_short;
use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, quantities};
use approximation::{APPROXIMATION, approximates, bounds, hedged, worded_share};
use around::{in_dateline, noun_after, word_before};
use bounded_share::bounds_figures;
use counterparts::{counterpart_in, of_a_kind, rate_changed};
use derived::{derived_exactly, derived_from, gap_to, ratio_of, restates_multiple};
use findings::{changed, describe, missing_span, whole};
use one_in::{one_of_as_share, opens_one_in, share_as_one_in};
use periods::{
    frequency, in_quarter_phrase, is_interval, is_three_months, minute_of_play, quarter_restated,
};
use roles::{INTENTION_VERBS, foreseen, role};
use stated::{same_measure, stated_as_often, stated_elsewhere, stated_figures, stated_shares};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;
use swaps::{Figures, swapped, traded_across, transposed};
use wording::{
    counted_as, duration_in_words, first_for_never, is_loose_word, is_spelt_one, lone_one,
    told_in_words, written_in,
};

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
\"from 12 to 24\"), and a length of time bounded in another unit (\"22 months\" → \"almost two years\").",
    example_source: "Revenue rose eight percent, beating estimates to reach 280 billion yuan.",
    example_bad: "Revenue rose 8%, exceeding estimates of 280 billion yuan.",
    example_good: "Revenue rose 8 percent, beating estimates to reach 280 billion yuan.",
};

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
    }
}
