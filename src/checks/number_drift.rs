//! `number-drift`: figures changed, added, dropped or given another role.

mod added;
mod ages;
mod approximation;
mod around;
mod article;
mod bounded_share;
mod complement;
mod count_share;
mod counted;
mod counterparts;
mod decades;
mod derived;
mod each;
mod excuses;
mod findings;
mod gaps;
mod half_time;
mod halves;
mod level_change;
mod magnitude;
mod matching;
mod metres;
mod missing;
mod misspelt;
mod multiples;
mod multiplied;
mod named_list;
mod one_in;
mod pair_check;
mod parts;
mod periods;
mod placing;
mod race_time;
mod relative_date;
mod relative_period;
mod remainder;
mod role_words;
mod roles;
mod rounding;
mod stated;
mod streak;
mod swaps;
mod vague;
mod weekdays;
mod worded_durations;
mod wording;
mod worked;

pub use added::is_added_figure;
pub use missing::is_missing_figure;
mod year_part;

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use swaps::swapped;
// Names submodules take from here (`use super::…`), with `Document`,
// `Quantity` and `Unit` above.
use approximation::{APPROXIMATION, bounds};
use around::noun_after;
use article::{Article, Ledger};
use pair_check::{Lost, PairCheck, Sorted};

/// Flags figures of an aligned sentence that differ from the source's.
pub struct NumberDrift;

static RULE: Rule = Rule {
    id: "number-drift",
    category: Category::Facts,
    default_severity: Severity::Error,
    needs_source: true,
    summary: "A figure that changed, appeared, vanished or moved to another role",
    explanation: "A changed figure misreports the story. Numbers are parsed with their scale and unit on \
both sides (8% = 8 percent = eight percent, $53 billion = 53bn dollars, a decade = 10), \
so restyling passes. In each aligned sentence a figure whose value, currency or unit \
changed, a figure added or dropped, and one moved to another role (made an estimate, \
traded places with another, given to another group) is flagged. Restatements pass: a \
conversion into another unit within rounding, a share, sum or difference worked out from \
the source's figures, a vague amount or a bound that covers the figure, a duration told \
in words.",
    details: include_str!("../../docs/rules/number-drift.md"),
    example_source: "Revenue rose eight percent, beating estimates to reach 280 billion yuan.",
    example_bad: "Revenue rose 8%, exceeding estimates of 280 billion yuan.",
    example_good: "Revenue rose 8 percent, beating estimates to reach 280 billion yuan.",
};

impl Check for NumberDrift {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    /// Checks each aligned pair in turn: its figures matched to the source's
    /// (and excused where the source tells them another way), figures that
    /// traded places, figures worked out from the source's, figures changed
    /// or added, and source figures the suspect lost.
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let article = Article::read(ctx, source.doc, source.alignment);
        let mut ledger = Ledger::default();
        for index in 0..article.pairs.len() {
            let mut pair = PairCheck::new(&article, index);
            let mut sorted = pair.sort_figures(&mut ledger, out);
            swapped(article.doc, article.src, &sorted.matched, out);
            out.extend(counted::recounted(
                article.src,
                article.doc,
                pair.pair,
                pair.theirs,
                &sorted.matched,
            ));
            out.extend(level_change::moved(
                article.src,
                article.doc,
                &sorted.matched,
            ));
            pair.drop_worked_out(&mut sorted);
            let unused = pair.unused();
            ledger.accounted.extend(pair.taken());
            pair.report_traded(&mut sorted.elsewhere, &unused, out);
            let mut lost = pair.lost_here();
            pair.report_new(sorted, &unused, &mut lost, &mut ledger, out);
            pair.report_missing(lost, &mut ledger.lost, out);
        }
        // A figure changed in a sentence reworded past alignment ("£65,000" → "£56,000").
        gaps::changed_in_gaps(&article, source.alignment, &mut ledger, out);
        ledger.report(out);
        // "next year" → "this year": a date counted from now moved.
        out.extend(
            article
                .pairs
                .iter()
                .flat_map(|p| relative_period::moved(article.src, article.doc, p)),
        );
        // "several hundred dollars" → "several thousand": a size without
        // a figure changed.
        out.extend(
            article
                .pairs
                .iter()
                .flat_map(|p| magnitude::resized(article.src, article.doc, p)),
        );
        // "doubled its space" → "tripled its space": a multiple changed.
        out.extend(
            article
                .pairs
                .iter()
                .flat_map(|p| multiplied::changed(article.src, article.doc, p)),
        );
    }
}
