//! Suspect figures the source states in no figure of theirs: reported as a
//! source figure changed, where one the pair lost may have been replaced, or
//! as added, unless the source accounts for them some other way.

use super::approximation::hedged;
use super::counterparts::{counterpart_in, of_a_kind};
use super::derived::{derived_exactly, per_other_period};
use super::findings::{changed, describe, on_figure};
use super::periods::{frequency, is_interval};
use super::stated::stated_shares;
use super::wording::{counted_as, counts_group, first_for_never};
use super::{
    Ledger, Lost, PairCheck, Sorted, decades, half_time, halves, named_list, parts, placing,
    race_time, remainder, weekdays,
};
use crate::finding::Diagnostic;
use crate::text::numbers::{Quantity, Unit};

/// How the message of a figure the source does not have ends.
const NOT_IN_SOURCE: &str = " is not in the source";

/// Whether a number-drift `message` reports a figure the source does not have.
pub fn is_added_figure(message: &str) -> bool {
    message.starts_with('"') && message.ends_with(NOT_IN_SOURCE)
}

impl<'a> PairCheck<'a> {
    /// Reports the unexplained figures of `sorted` as changed or added, the
    /// ones stated nowhere in the source first: a figure the source states
    /// in another sentence, while this pair lost one of its kind, most likely
    /// replaced it ("three-year" → "two-year"). Source figures it takes the
    /// place of leave `lost`; `unused` are the pair's source figures no
    /// suspect figure took.
    pub(super) fn report_new(
        &self,
        sorted: Sorted<'a>,
        unused: &[&'a Quantity],
        lost: &mut Lost<'a>,
        ledger: &mut Ledger,
        out: &mut Vec<Diagnostic>,
    ) {
        let (doc, src) = (self.art.doc, self.art.src);
        let Sorted {
            matched,
            mut unexplained,
            elsewhere,
        } = sorted;
        let stated_nowhere = unexplained.len();
        unexplained.extend(elsewhere);
        for (n, q) in unexplained.into_iter().enumerate() {
            // "$126 a year, or $10.50 a month": a rate the pair states,
            // restated per another period beside it, takes no lost figure.
            if matched.iter().any(|(_, o)| per_other_period(o, q)) {
                continue;
            }
            // "the second round" → "the first round": a rank of the same
            // thing changed, however often the source rank is said elsewhere.
            if let Some(m) = unused.iter().find(|m| placing::same_role(src, m, doc, q)) {
                lost.missing.retain(|x| x != m);
                lost.spare.retain(|x| x != m);
                ledger.restated.push(m.tokens.clone());
                out.push(changed(doc, src, m, q));
                continue;
            }
            let from_elsewhere = n >= stated_nowhere;
            if self.accounted_for(from_elsewhere, q, lost) {
                continue;
            }
            // A figure lost here stands for it before one the suspect says
            // elsewhere, and that one only for a figure of its own unit or
            // one stated nowhere.
            let counterpart = counterpart_in(&lost.missing, q)
                .map(|k| lost.missing.remove(k))
                .or_else(|| {
                    let k = counterpart_in(&lost.spare, q)
                        .filter(|&k| !from_elsewhere || of_a_kind(lost.spare[k].unit, q.unit))?;
                    Some(lost.spare.remove(k))
                });
            if self.kept_anyway(counterpart, q, lost) {
                continue;
            }
            let d = match counterpart {
                Some(m) => {
                    ledger.restated.push(m.tokens.clone());
                    changed(doc, src, m, q)
                }
                None => on_figure(doc, q, format!("\"{}\"{NOT_IN_SOURCE}", describe(doc, q)))
                    .evidence(self.evidence()),
            };
            // Both sides of a score ("8-1" → "7-2") share one span: one finding.
            if out
                .last()
                .is_none_or(|l| (l.start, l.end) != (d.start, d.end))
            {
                out.push(d);
            }
        }
    }

    /// Whether the pair is of the two headlines.
    fn headlines(&self) -> bool {
        let (doc, src) = (self.art.doc, self.art.src);
        self.pair.suspect.clone().all(|i| doc.is_headline(i))
            && self.pair.source.clone().all(|j| src.is_headline(j))
    }

    /// Whether the source accounts for new figure `q` without a figure lost
    /// in its place (`from_elsewhere`: a figure another source sentence
    /// states, which takes no lost figure of another kind): an ordinal word
    /// counted, the others of a group, a total, a frequency, a week spelt
    /// out, "the first time" for "never", the rest of a total or a race time
    /// worked out. The figures of `lost` it restates or was worked from leave
    /// it.
    fn accounted_for(&self, from_elsewhere: bool, q: &Quantity, lost: &mut Lost<'a>) -> bool {
        let (doc, src) = (self.art.doc, self.art.src);
        let Lost { missing, spare } = lost;
        // "after a 14-month search" → "among four paintings", the
        // four of another sentence: a figure of another kind took no
        // lost figure's place.
        if from_elsewhere
            && !missing.iter().any(|m| of_a_kind(m.unit, q.unit))
            && !spare.iter().any(|m| of_a_kind(m.unit, q.unit))
        {
            return true;
        }
        // A headline takes its figures from the whole story: "Two schools to
        // merge" → "Schools to merge despite 2,600-name petition", the
        // petition of the body.
        if from_elsewhere && self.headlines() {
            return true;
        }
        // "by the end of the decade" → "by 2030".
        for lost in [&mut *missing, &mut *spare] {
            if let Some(k) = lost
                .iter()
                .position(|m| decades::closes_the_decade(src, m, q))
            {
                lost.remove(k);
                return true;
            }
        }
        // "its third landslide since 2019" → "three landslides since 2019".
        if let Some(k) = missing.iter().position(|m| counted_as(src, m, q)) {
            missing.remove(k);
            return true;
        }
        // "among its five largest cities" → "than its other four".
        if let Some(k) = missing
            .iter()
            .position(|m| parts::others_of(src, m, doc, q))
        {
            missing.remove(k);
            return true;
        }
        if let Some(k) = spare.iter().position(|m| parts::others_of(src, m, doc, q)) {
            spare.remove(k);
            return true;
        }
        // "… £315,000 in costs and a £170 surcharge" → "bringing the
        // total to £4,515,170".
        if parts::summed_total(doc, q, self.stated()) {
            return true;
        }
        // "every 10 minutes" → "six times an hour"; "every 30 minutes" →
        // "twice an hour", whose "an hour" already stood for the 30 minutes.
        if let Some(f) = frequency(doc, q) {
            if let Some(k) = missing.iter().position(|m| frequency(src, m) == Some(f)) {
                missing.remove(k);
                return true;
            }
            if self.theirs.iter().any(|m| frequency(src, m) == Some(f)) {
                return true;
            }
        }
        // "the companies said" → "the two companies said", the two named
        // just before.
        if named_list::counts_names_before(doc, q, src, self.pair.source_tokens(src)) {
            return true;
        }
        if weekdays::spells_out_week(doc, q, &self.source_words)
            || first_for_never(doc, q, &self.source_words)
            || counts_group(q, &self.source_words)
        {
            return true;
        }
        // "£9.1 million … the rest" → "the remaining £3.7m": the rest
        // of a total, its parts no figures lost.
        if let Some(operands) = remainder::rest_of(doc, q, self.stated()) {
            missing.retain(|m| !operands.contains(m));
            return true;
        }
        // "18,400 volunteers. Half received the vaccine" → "9,200 were
        // given the vaccine".
        if halves::half_worked_out(q, self.stated(), src, self.pair.source_tokens(src))
            || half_time::man_down_counted(doc, q, src, self.pair.source_tokens(src))
        {
            return true;
        }
        // "2:08:31, one second ahead" → "2:08:32": a race time worked
        // out, its margin no figure lost.
        let all_source = &self.art.all_source;
        if let Some((time, margin)) = race_time::worked_out(q, src, all_source) {
            let operands = [&all_source[time], &all_source[margin]];
            missing.retain(|m| !operands.contains(m));
            return true;
        }
        false
    }

    /// Whether new figure `q` is no change after all: the lower end of a
    /// range, its words unchanged, that took the changed unit of its upper
    /// end (which reports the change), or, with no `counterpart` lost in its
    /// place, a figure worked out from the suspect's. The pair's figures it
    /// was worked out from leave `lost`: stated in a step, they are not lost
    /// ("half of his six-year sentence" → "three years", "3,150 of 31,482"
    /// → "about one in 10").
    fn kept_anyway(
        &self,
        counterpart: Option<&Quantity>,
        q: &Quantity,
        lost: &mut Lost<'a>,
    ) -> bool {
        let (doc, src, theirs) = (self.art.doc, self.art.src, self.theirs);
        if counterpart.is_some_and(|m| m.per == q.per && describe(src, m) == describe(doc, q)) {
            return true;
        }
        let mut worked_from = |from: Vec<usize>| {
            let here: Vec<&Quantity> = from.iter().filter_map(|&k| theirs.get(k)).collect();
            if here.is_empty() {
                return false;
            }
            lost.missing.retain(|m| !here.contains(m));
            lost.spare.retain(|m| !here.contains(m));
            true
        };
        // "$412 million … of a $1.28 billion budget" → "about 32% of the
        // total": worked out from one of this sentence's figures and
        // one the suspect states anywhere.
        if counterpart.is_none()
            && !is_interval(doc, q)
            && derived_exactly(q, self.stated(), hedged(doc, q)).is_some_and(&mut worked_from)
        {
            return true;
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
        let (all_source, all_suspect) = (&self.art.all_source, &self.art.all_suspect);
        counterpart.is_none()
            && q.measure == Some("point")
            && shares() == 1
            && derived_exactly(q, &stated_shares(theirs, all_source, all_suspect), false)
                .is_some_and(worked_from)
    }
}
