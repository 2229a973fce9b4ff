//! The first stage of a pair's check: each suspect figure matched to the
//! source figure it states, the same figure first, then one restated
//! (rounded, hedged, an age in years, a share in words); a figure no source
//! figure of the pair states is left to [`PairCheck::unmatched`].

use super::approximation::{approximates, worded_share};
use super::around::{figure_before, word_before};
use super::count_share::share_for_count;
use super::counterparts::of_a_kind;
use super::excuses::Fate;
use super::roles::role_given;
use super::worded_durations::worded_durations;
use super::{Ledger, PairCheck, Sorted, ages, each, year_part};
use crate::finding::Diagnostic;
use crate::text::numbers::Quantity;

impl<'a> PairCheck<'a> {
    /// Sorts the pair's suspect figures: matched to the source figure each
    /// states (reporting one given another role, or a year moved to another
    /// part of itself), explained another way, stated by another source
    /// sentence, or unexplained.
    pub(super) fn sort_figures(
        &mut self,
        ledger: &mut Ledger,
        out: &mut Vec<Diagnostic>,
    ) -> Sorted<'a> {
        let (doc, src, theirs, ours) = (self.art.doc, self.art.src, self.theirs, self.ours);
        let reserved = self.reserve();
        let source_worded = worded_durations(src, self.pair.source_tokens(src), theirs);
        let mut sorted = Sorted::default();
        for (n, q) in ours.iter().enumerate() {
            match self.source_for(q, reserved[n]) {
                Some(k) => {
                    self.used[k] = true;
                    sorted.matched.push((&theirs[k], q));
                    out.extend(
                        role_given(src, &theirs[k], doc, q, self.pair)
                            .or_else(|| year_part::moved_in_year((src, &theirs[k]), (doc, q)))
                            .or_else(|| share_for_count(src, &theirs[k], doc, q))
                            .or_else(|| each::each_made_total(src, &theirs[k], doc, q))
                            .or_else(|| each::total_made_rate(src, &theirs[k], theirs, doc, q)),
                    );
                }
                None => {
                    let source_worded_duration =
                        source_worded.iter().any(|w| w.may_be_told_as(src, q));
                    match self.unmatched(n, q, source_worded_duration, ledger, out) {
                        Fate::Explained => {}
                        Fate::Elsewhere => sorted.elsewhere.push(q),
                        Fate::New => sorted.unexplained.push(q),
                    }
                }
            }
        }
        sorted
    }

    /// Per suspect figure, the source figure reserved for it, taken: a value
    /// the suspect repeats goes first to the one whose figure before it the
    /// source shares ("6% over three years"), a figure then to the one whose
    /// word before it the source shares ("on a turnout of 64 percent"), then
    /// to one of its own unit anywhere in the sentence, before one of another
    /// unit ("48 ships … delays of at least 48 hours").
    fn reserve(&mut self) -> Vec<Option<usize>> {
        let (doc, src, theirs, ours) = (self.art.doc, self.art.src, self.theirs, self.ours);
        let used = &mut self.used;
        // "9.5% over two years … 6% over three years" → "9.5% over three
        // years … 6% over three years": of a value the suspect repeats, the
        // copy after the figure the source has before it states it.
        let repeated = |q: &Quantity| ours.iter().filter(|o| o.same_value(q)).count() > 1;
        let placed: Vec<Option<usize>> = ours
            .iter()
            .map(|q| {
                let before = figure_before(doc, q).filter(|_| repeated(q))?;
                take(used, theirs, |t| {
                    t.unit == q.unit && t.same_value(q) && figure_before(src, t) == Some(before)
                })
            })
            .collect();
        let reserved: Vec<Option<usize>> = ours
            .iter()
            .zip(placed)
            .map(|(q, placed)| {
                placed.or_else(|| {
                    let before = word_before(doc, q)?;
                    take(used, theirs, |t| {
                        t.unit == q.unit && t.same_value(q) && word_before(src, t) == Some(before)
                    })
                })
            })
            .collect();
        ours.iter()
            .zip(reserved)
            .map(|(q, r)| {
                r.or_else(|| {
                    take(used, theirs, |t| {
                        of_a_kind(t.unit, q.unit) && t.same_value(q)
                    })
                })
            })
            .collect()
    }

    /// The source figure suspect figure `q` states: the one `reserved` for
    /// it, else the first free one of its value, of the same unit first
    /// ("every four hours … two males" → "every two hours … two males"),
    /// else one it restates ("under 12 months old" → "aged under one").
    fn source_for(&self, q: &Quantity, reserved: Option<usize>) -> Option<usize> {
        let (doc, src, theirs, ours) = (self.art.doc, self.art.src, self.theirs, self.ours);
        let used = &self.used;
        let exact = reserved
            .or_else(|| {
                (0..theirs.len())
                    .find(|&k| !used[k] && theirs[k].unit == q.unit && theirs[k].same_value(q))
            })
            .or_else(|| (0..theirs.len()).find(|&k| !used[k] && theirs[k].same_value(q)));
        exact.or_else(|| {
            (0..theirs.len()).find(|&k| {
                !used[k]
                    && (approximates(src, &theirs[k], doc, q)
                        || ages::age_restated(doc, q, &theirs[k])
                        || ages::upper_age_restated((src, &theirs[k]), (doc, q))
                        || ages::upper_age_restated((doc, q), (src, &theirs[k]))
                        || worded_share(&theirs[k], doc, q, ours))
            })
        })
    }
}

/// The first source figure of `theirs` not yet `used` that `fits`, taken.
fn take(used: &mut [bool], theirs: &[Quantity], fits: impl Fn(&Quantity) -> bool) -> Option<usize> {
    let k = (0..theirs.len()).find(|&k| !used[k] && fits(&theirs[k]))?;
    used[k] = true;
    Some(k)
}
