//! Source figures the suspect no longer states: which of a pair's count as
//! lost, and the findings for those no rewording explains.

use super::around::in_dateline;
use super::findings::{amount_part, describe, missing_span, whole};
use super::periods::{in_quarter_phrase, quarter_restated};
use super::stated::{stated_as_often, stated_elsewhere};
use super::worded_durations::worded_durations;
use super::wording::{is_loose_word, is_spelt_one, told_in_words};
use super::{
    Lost, PairCheck, decades, half_time, misspelt, named_list, placing, relative_date, vague,
};
use crate::checks::fragment::stops_short;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use std::cell::OnceCell;
use std::ops::Range;

impl<'a> PairCheck<'a> {
    /// The pair's source figures no suspect figure took, which the suspect
    /// states less often than the source, and no words of the suspect
    /// sentence restate: a gloss, a dateline's figure, a length of time or
    /// a quarter put in words, or a figure of a sentence cut off mid-way
    /// (fragment reports it).
    pub(super) fn lost_here(&self) -> Lost<'a> {
        let (doc, src, pair, theirs) = (self.art.doc, self.art.src, self.pair, self.theirs);
        let (all_source, all_suspect) = (&self.art.all_source, &self.art.all_suspect);
        let worded = worded_durations(doc, pair.suspect_tokens(doc), self.ours);
        let source_worded = worded_durations(src, pair.source_tokens(src), theirs);
        // Judged only when a source figure is unmatched: most pairs have none.
        let cut_off =
            || (pair.suspect.start..pair.suspect.end).any(|k| stops_short(self.art.ctx, k));
        let quarter = OnceCell::new();
        let lost_here: Vec<&Quantity> = theirs
            .iter()
            .zip(&self.used)
            .filter(|(q, used)| !**used && !stated_as_often(q, all_source, all_suspect))
            .filter(|(q, _)| {
                let restated = matches!(q.unit, Unit::Time(_))
                    && worded.iter().any(|w| w.restates(doc, q, &source_worded));
                let period = || {
                    *quarter.get_or_init(|| quarter_restated(doc, pair, theirs))
                        && in_quarter_phrase(src, theirs, q)
                };
                !(q.gloss
                    || in_dateline(src, q)
                    || self.dates_worked_out(q)
                    || restated
                    || cut_off()
                    || period()
                    || told_in_words(q, doc, pair.suspect_tokens(doc)))
            })
            .map(|(q, _)| q)
            .collect();
        let (missing, spare) = lost_here
            .into_iter()
            .partition(|q| !stated_elsewhere(q, all_suspect));
        Lost { missing, spare }
    }

    /// Whether source date `q` (a month or a year) dates the figure just
    /// before it, which a suspect figure was worked out from and the suspect
    /// no longer states ("fell to 61,200 from 63,900 in January" → "fell by
    /// 2,700 to 61,200"): the date went with the level the change replaced.
    fn dates_worked_out(&self, q: &Quantity) -> bool {
        let src = self.art.src;
        let date = q.unit == Unit::Month || q.is_year();
        let links = |k: usize| matches!(src.norm_at(k), "in" | "of" | "for" | "during");
        date && self.theirs.iter().zip(&self.used).any(|(s, used)| {
            *used
                && s.tokens.end < q.tokens.start
                && q.tokens.start - s.tokens.end <= DATE_REACH
                && (s.tokens.end..q.tokens.start).all(links)
                && !self.art.all_suspect.iter().any(|o| o.same_value(s))
        })
    }

    /// Reports the figures of `lost` whose placing changed in words, and
    /// adds to `found_lost` the missing ones no rewording explains: a lone
    /// "one" for "a", a weekday or an ordinal word left out, a relative date,
    /// a year told by its decade ("1968" → "the late sixties"), the extra 30
    /// minutes of a match as "extra time",
    /// a count of names kept, a misspelt month, a vague amount ("420 pupils"
    /// → "hundreds of pupils"), a share judged by a quantifier ("nearly
    /// half" → "most"), a figure a headline leaves out, or a figure dropped
    /// with its words (an omission, unless a figure of its unit stayed that
    /// may have taken its place).
    pub(super) fn report_missing(
        &self,
        lost: Lost<'a>,
        found_lost: &mut Vec<(Range<usize>, Diagnostic)>,
        out: &mut Vec<Diagnostic>,
    ) {
        let (doc, src, pair, ours) = (self.art.doc, self.art.src, self.pair, self.ours);
        let all_source = &self.art.all_source;
        let Lost {
            mut missing,
            mut spare,
        } = lost;
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
        // "Police recover paintings after 14-month search" → "Paintings
        // recovered by police": a headline abridges, what it leaves out the
        // body tells.
        if doc.is_headline(pair.suspect.start) {
            return;
        }
        // "a couple of councillors" → "several councillors": a count
        // resized in words, though "two" is said elsewhere ("two years").
        for m in spare {
            if let Some(words) = missing_span(pair, m).filter(|w| vague::resized(doc, w.clone(), m))
            {
                let span = doc.token_span(amount_part(doc, words));
                found_lost.push((m.tokens.clone(), missing_at(src, span, m)));
            }
        }
        // "for one season" → "for a season": a lone "one" is often just "a".
        for m in missing
            .into_iter()
            .filter(|m| !is_spelt_one(src, m) && !is_loose_word(src, m))
            .filter(|m| !relative_date::told_in_words(src, m, doc, pair.suspect_tokens(doc)))
            .filter(|m| !half_time::names_extra_time(src, m, doc, pair.suspect_tokens(doc)))
            .filter(|m| !half_time::names_man_down(src, m, doc, pair.suspect_tokens(doc)))
            .filter(|m| !named_list::counts_kept_names(src, m, doc, pair.suspect_tokens(doc)))
            .filter(|m| !misspelt::misspelt_in(src, m, doc, pair.suspect_tokens(doc)))
            .filter(|m| !decades::decade_in_words(m, doc, decades::around(doc, pair)))
            .filter(|m| !decades::since_a_stated_year(m, doc, pair.suspect_tokens(doc), all_source))
        {
            // "took effect in April 2022" left out: a figure dropped with
            // its words is an omission, unless a figure of its unit (a
            // year for a year) stayed that may have taken its place.
            let replaced = missing_span(pair, m);
            // "420 pupils" → "hundreds of pupils": softened, not lost;
            // "nearly half of them" → "most of them": a degree changed,
            // which meaning-drift judges.
            if replaced.as_ref().is_some_and(|words| {
                vague::softened(doc, words.clone(), &vague::as_length(src, m))
                    || vague::judged_share(src, doc, words.clone(), m)
            }) {
                continue;
            }
            // Shown on a figure of its kind the source states nowhere, which
            // may have taken its place ("21 of the tenants" → "12 of the
            // tenants"), else on the whole sentence.
            let kin = || {
                ours.iter()
                    .filter(|q| q.unit == m.unit && q.is_year() == m.is_year())
            };
            let stand_in = || {
                kin()
                    .find(|q| q.measure == m.measure && !all_source.iter().any(|s| s.same_value(q)))
                    .map_or_else(|| whole(doc, pair), |q| doc.token_span(q.tokens.clone()))
            };
            // "by 41 seconds despite" → "by nearly a minute in spite of":
            // shown on the length of time that does not hold it.
            let told = |words: &Range<usize>| {
                worded_durations(doc, pair.suspect_tokens(doc), ours)
                    .iter()
                    .find(|w| w.has_length_in(words))
                    .map(|w| w.tokens(doc))
            };
            let Some((start, end)) = replaced
                .map(|words| {
                    doc.token_span(told(&words).unwrap_or_else(|| amount_part(doc, words)))
                })
                .or_else(|| kin().next().map(|_| stand_in()))
            else {
                continue;
            };
            found_lost.push((m.tokens.clone(), missing_at(src, (start, end), m)));
        }
    }
}

/// Most words between a figure and the date that dates it ("63,900 in January").
const DATE_REACH: usize = 1;

/// How the message of a missing source figure opens and ends.
const MISSING: (&str, &str) = ("the source's figure \"", "\" is missing");

/// Whether a number-drift `message` reports a source figure missing.
pub fn is_missing_figure(message: &str) -> bool {
    message.starts_with(MISSING.0) && message.ends_with(MISSING.1)
}

/// The finding for source figure `m` of `src` missing, shown at `span`.
fn missing_at(src: &Document, (start, end): (usize, usize), m: &Quantity) -> Diagnostic {
    let (opening, ending) = MISSING;
    Diagnostic::new(start, end, format!("{opening}{}{ending}", describe(src, m)))
        .evidence(describe(src, m))
}
