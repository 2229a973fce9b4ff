//! Suspect figures that no source figure of their pair states, excused where
//! the source tells them another way: a gloss, the rest of a count, a run
//! being chased, a share as "one in N", a minute of play, words for a figure.

use super::approximation::{bounds, worded_share};
use super::around::in_dateline;
use super::counterparts::rate_changed;
use super::findings::{changed, describe, on_figure};
use super::periods::{is_three_months, minute_of_play};
use super::stated::same_measure;
use super::wording::{
    counts_time_past_adjectives, lone_one, pronoun_one, told_in_words, written_in,
};
use super::{Ledger, PairCheck, complement, half_time, one_in, streak, vague};
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;
use std::ops::Range;

/// What became of a suspect figure no source figure of its pair states.
pub(super) enum Fate {
    /// The source tells it another way, or a finding reported it.
    Explained,
    /// Another source sentence states it.
    Elsewhere,
    /// Nothing explains it yet.
    New,
}

impl<'a> PairCheck<'a> {
    /// The fate of suspect figure `q`, the `n`th of the pair, which no source
    /// figure of the pair states; `source_worded_duration` tells whether the
    /// source sentence states a length of time in words. Source figures it
    /// is found to restate are taken, and a wrong conversion or a changed
    /// rate is reported.
    pub(super) fn unmatched(
        &mut self,
        n: usize,
        q: &Quantity,
        source_worded_duration: bool,
        ledger: &mut Ledger,
        out: &mut Vec<Diagnostic>,
    ) -> Fate {
        if self.kept_otherwise(n, q, out) {
            Fate::Explained
        } else if self.stated_in_another_sentence(q) {
            Fate::Elsewhere
        } else if self.restated_otherwise(q, ledger, out)
            || self.told_otherwise(q, source_worded_duration)
        {
            Fate::Explained
        } else {
            Fate::New
        }
    }

    /// Whether `q` is a gloss of the suspect figure before it (reporting a
    /// wrong conversion), the rest of a count, a run being chased or the next
    /// of a count.
    fn kept_otherwise(&mut self, n: usize, q: &Quantity, out: &mut Vec<Diagnostic>) -> bool {
        let (doc, src, theirs, ours) = (self.art.doc, self.art.src, self.theirs, self.ours);
        // "1.9 km (about 1.2 miles)": a gloss restating its own sentence's
        // figure, which the source need not have.
        if q.gloss && n > 0 && ours[n - 1].same_value(q) {
            return true;
        }
        // "42.9C (107.2F)": a conversion the rewriter got wrong.
        if q.gloss && n > 0 && ours[n - 1].converts_to(q) {
            out.push(
                on_figure(
                    doc,
                    q,
                    format!(
                        "\"{}\" is not \"{}\": the conversion is wrong",
                        describe(doc, &ours[n - 1]),
                        describe(doc, q)
                    ),
                )
                .evidence(self.evidence()),
            );
            return true;
        }
        // "missed five of his eight" → "made three of his eight".
        if let Some(k) = complement::complement_of(doc, q, ours, src, theirs) {
            self.used[k] = true;
            return true;
        }
        // "won the last three" → "chasing a fourth straight win".
        if let Some(run) = streak::continued(doc, q, src, &self.art.all_source) {
            if let Some(k) = theirs.iter().position(|t| t.tokens == run.tokens) {
                self.used[k] = true;
            }
            return true;
        }
        // "the 18th consecutive month" → "18 months in a row".
        if let Some(k) = streak::run_retold(doc, q, src, theirs) {
            self.used[k] = true;
            return true;
        }
        // "after two terms" → "a third term".
        if let Some(k) = streak::next_after(doc, q, src, theirs) {
            self.used[k] = true;
            return true;
        }
        false
    }

    /// Whether a figure of any source sentence states `q`, or a share in
    /// words bounding it holds it ("a 31% fall" stated in another sentence
    /// → "by nearly a third").
    fn stated_in_another_sentence(&self, q: &Quantity) -> bool {
        let (doc, ours) = (self.art.doc, self.ours);
        // "two of its pools" or "two masters clubs" elsewhere states no "the
        // past two years": a count of things is no length of time ("Smith,
        // 61" may be "the 61-year-old").
        let counted_for_time = |s: &Quantity| {
            s.unit == Unit::Plain
                && matches!(q.unit, Unit::Time(_))
                && counts_things(self.art.src, s)
        };
        self.art.all_source.iter().any(|s| {
            (s.same_value(q) && same_measure(s, q) && !counted_for_time(s))
                || worded_share(s, doc, q, ours)
                || (s.unit == Unit::Percent && bounds(s, doc, q))
        })
    }

    /// Whether `q` restates a source figure of the pair another way (taking
    /// it; a rate given another period is reported), or is a gloss, a
    /// dateline's figure or a lone "one".
    fn restated_otherwise(
        &mut self,
        q: &Quantity,
        ledger: &mut Ledger,
        out: &mut Vec<Diagnostic>,
    ) -> bool {
        let (doc, src, theirs, ours) = (self.art.doc, self.art.src, self.theirs, self.ours);
        // "80%, or 95,000 tonnes a year" → "… a month": a gloss keeps its
        // figure and changes its period.
        if q.gloss
            && let Some(k) = rate_changed(theirs, &self.used, q)
        {
            self.used[k] = true;
            ledger.restated.push(theirs[k].tokens.clone());
            out.push(changed(doc, src, &theirs[k], q));
            return true;
        }
        // "One resident, Anneke Brauer, said": a lone "one" is mostly "a".
        if q.gloss || in_dateline(doc, q) || lone_one(doc, q) || pronoun_one(doc, q) {
            return true;
        }
        // "5% of its workforce" → "one in 20 of the workforce".
        if let Some(k) = one_in::share_as_one_in(doc, q, theirs) {
            self.used[k] = true;
            return true;
        }
        if one_in::opens_one_in(doc, q, ours, theirs) {
            return true;
        }
        // "one of its three shelters" → "a third of its shelters".
        if let Some(k) = one_in::one_of_as_share(src, q, theirs) {
            self.used[k] = true;
            return true;
        }
        // "in the 81st minute" → "nine minutes from time".
        if let Some(minute) = minute_of_play(doc, q)
            && let Some(k) = (0..theirs.len())
                .find(|&k| !self.used[k] && minute_of_play(src, &theirs[k]) == Some(minute))
        {
            self.used[k] = true;
            return true;
        }
        false
    }

    /// The tokens of the source sentences beside the pair's that no suspect
    /// sentence renders: one may be merged into the pair's suspect sentence.
    fn merged_neighbours(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let (src, source) = (self.art.src, &self.pair.source);
        self.art
            .omitted
            .iter()
            .filter(move |&&j| j + 1 == source.start || j == source.end)
            .map(move |&j| src.sentences[j].tokens.clone())
    }

    /// Whether the source sentence tells `q` in words: a length of time
    /// (`source_worded_duration`, unless a length of time in `q`'s unit it
    /// gives in figures is left for `q` to have changed), the words of the figure, "both" for
    /// "two", a small count without a figure for "a couple of", half-time for a half, a quarter for three months.
    fn told_otherwise(&self, q: &Quantity, source_worded_duration: bool) -> bool {
        let (doc, src) = (self.art.doc, self.art.src);
        let tokens = || self.pair.source_tokens(src);
        // "in the year to March" → "in the 12 months to March"; but "down
        // from 23 days a year earlier" → "down from 32 days …": a length
        // of time the source gives in figures of the same unit, still
        // unmatched, is the one a new figure changed.
        let figure_left = || {
            self.theirs
                .iter()
                .zip(&self.used)
                .any(|(s, used)| !used && s.unit == q.unit)
        };
        // "a cold, settled fortnight" → "two cold, settled weeks".
        let length = matches!(q.unit, Unit::Time(_))
            || (q.unit == Unit::Plain && counts_time_past_adjectives(doc, q));
        (source_worded_duration && length && !figure_left())
            || written_in(doc, q, src, tokens())
            || told_in_words(q, src, tokens())
            // "… after a landslip. It said the line would stay shut for at
            // least a week." → "…, which would remain closed for at least
            // seven days": a left-out neighbour merged into the sentence.
            || self
                .merged_neighbours()
                .any(|t| told_in_words(q, src, t))
            // "for a few years" → "for a couple of years".
            || vague::couple_for_few(doc, q, src, tokens())
            // "after half-time" → "into the second half".
            || half_time::names_half(doc, q, src, tokens())
            // "the final quarter" → "the last three months".
            || (is_three_months(q)
                && src
                    .words(tokens())
                    .any(|(_, t)| t.norm.contains("quarter")))
    }
}

/// Whether plain figure `s` of `doc` counts things: a word of content or
/// "of" just after it ("two masters clubs", "two of its pools").
fn counts_things(doc: &Document, s: &Quantity) -> bool {
    doc.tokens
        .get(s.tokens.end)
        .is_some_and(|t| t.kind == TokenKind::Word && (t.norm == "of" || !is_stopword(&t.norm)))
}
