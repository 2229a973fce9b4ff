//! `meaning-drift`: attribution, modality, intention, degree or scope shifted.

mod absence;
mod accusations;
mod attempts;
mod attitudes;
mod bounds;
mod carried;
mod causes;
mod certainty;
mod claims;
mod conditions;
mod degree;
mod deliberations;
mod denied_plans;
mod doubts;
mod duties;
mod forecasts;
mod generics;
mod grants;
mod hedges;
mod loaded_speech;
mod near_certain;
mod nones;
mod nouns;
mod open_plans;
mod partial_denials;
mod parties;
mod plans;
mod pledges;
mod quantifiers;
mod reasons;
mod record_subjects;
mod records;
mod refusals;
mod regions;
mod required;
mod reviews;
mod scare;
mod sources;
mod speakers;
mod speech_verbs;
mod substitutions;
mod superlatives;
mod tense;
mod tentative;
mod things;
mod unattributed;
mod warmth;
mod weighed;
mod wholes;
mod widened;
mod word_senses;

use super::{Check, Context, Rule};
use crate::align::AlignedPair;
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;

/// Flags substitutions that change who vouches for a statement, how sure or how strong it is.
pub struct MeaningDrift;

static RULE: Rule = Rule {
    id: "meaning-drift",
    category: Category::Meaning,
    default_severity: Severity::Warning,
    needs_source: true,
    summary: "Attribution, modality, intention, degree or scope shifted",
    explanation: "Some rewrites keep the topic but change the claim: a neutral \"said\" becomes \
\"claimed\" or \"confirmed\", \"may\" becomes \"will\", a hedge, condition, cap or \
approximation is dropped, a plan is told as done, a link as a cause, some as all, an \
accusation or another's claim as plain fact. Each word-level substitution of an aligned \
sentence is looked up in a curated table of stance scales (attribution, modality, \
intention, degree, scope), and a dropped hedge, attribution or bound is sought in the \
sentence around it. Careful restatements pass (a belief told as the same one, a hedge \
kept elsewhere in the sentence), and words polarity-drift reports are left to it.",
    details: include_str!("../../docs/rules/meaning-drift.md"),
    example_source: "The company said it plans to make substantial progress.",
    example_bad: "The company claims it has intended to make adequate progress.",
    example_good: "The company stated it plans to make substantial progress.",
};

/// A shifted word is flagged with the rest of its verb group ("has intended to") up to
/// this many tokens; a longer one alone.
const MAX_SPAN_TOKENS: usize = 3;

/// Bytes from another finding of its sentence within which a dropped hedge
/// with no verb where it stood is taken for part of that finding.
const GUESS_REACH: usize = 60;

impl Check for MeaningDrift {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let (doc, src) = (ctx.suspect, source.doc);
        for pair in &source.alignment.pairs {
            // The pair's words, read once for the checks that scan them.
            let (tw, ow) = (pair.source_units.words(), pair.suspect_units.words());
            let words = (tw.as_slice(), ow.as_slice());
            let (before, mut guessed) = (out.len(), Vec::new());
            substitutions::substitutions(doc, src, (pair, &source.alignment.pairs), out);
            loaded_speech::attribution_moved(doc, src, pair, out);
            refusals::refusal(doc, src, pair, words, out);
            hedges::hedge_dropped(doc, src, (pair, &source.alignment.pairs), out, &mut guessed);
            hedges::hedge_added(doc, src, pair, out);
            tentative::claim_softened(doc, src, pair, words, out);
            forecasts::forecast_split(doc, src, pair, words, out);
            let at = out.len();
            degree::intensifier_added(doc, src, pair, out);
            leave_quoted(doc, src, pair, out, at);
            bounds::bound_flipped(doc, src, pair, words, out);
            bounds::approximation_dropped(doc, src, pair, words, out);
            claims::claim_stated(doc, src, pair, words, out);
            deliberations::deliberation_dropped(doc, src, pair, words, out);
            reviews::review_settled(doc, src, pair, words, out);
            reviews::examination_settled(doc, src, pair, words, out);
            deliberations::question_settled(doc, src, pair, words, out);
            doubts::doubt_denied(doc, src, pair, words, out);
            accusations::accusation_stated(doc, src, pair, words, out);
            scare::characterisation_stated(doc, src, pair, words, out);
            deliberations::pending_stated(doc, src, pair, words, out);
            deliberations::meeting_settled(doc, src, pair, words, out);
            weighed::firm_weighed(doc, src, pair, words, out);
            plans::plan_stated_done(doc, src, pair, words, out);
            degree::steep_move(doc, src, pair, words, out);
            degree::rout_claimed(doc, src, pair, words, out);
            degree::gap_restated(doc, src, pair, words, out);
            degree::comparison_restated(doc, src, pair, words, out);
            degree::denial_raised(doc, src, pair, words, out);
            superlatives::uniqueness_added(doc, src, pair, words, out);
            superlatives::uniqueness_removed(doc, src, pair, words, out);
            superlatives::rank_raised(doc, src, pair, words, out);
            let at = out.len();
            degree::partial_dropped(doc, src, pair, words, out);
            degree::severity_added(doc, src, pair, words, out);
            wholes::whole_turned(doc, src, pair, words, out);
            quantifiers::quantifier_added(doc, src, pair, words, out);
            widened::qualifier_widened(doc, src, pair, words, out);
            nones::none_graded(doc, src, pair, words, out);
            partial_denials::denial_made_partial(doc, src, pair, words, out);
            leave_quoted(doc, src, pair, out, at);
            records::record_claimed(doc, src, pair, words, out);
            absence::absence_proved(doc, src, pair, words, out);
            causes::cause_stated(doc, src, pair, words, out);
            reasons::reason_stated(doc, src, pair, words, out);
            unattributed::attribution_dropped(
                doc,
                src,
                (pair, &source.alignment.pairs),
                words,
                out,
            );
            conditions::condition_dropped(doc, src, pair, words, out);
            conditions::condition_deleted(doc, src, pair, words, out);
            sources::attribution_swapped(doc, src, pair, words, out);
            speakers::speaker_swapped(doc, src, pair, source.names, out);
            pledges::statement_pledged(doc, src, pair, words, out);
            denied_plans::denied_plan_settled(doc, src, pair, words, out);
            open_plans::open_option_planned(doc, src, pair, words, out);
            attempts::attempt_done(doc, src, pair, words, out);
            generics::possibility_stated(doc, src, pair, words, out);
            near_certain::certainty_added(doc, src, pair, words, out);
            near_certain::denial_hedged(doc, src, pair, words, out);
            regions::region_widened(doc, src, pair, words, out);
            attitudes::attitude_moved(doc, src, pair, out);
            warmth::warmth_turned(doc, src, pair, words, out);
            grants::grant_turned(doc, src, pair, out);
            duties::duty_turned(doc, src, pair, words, out);
            // A dropped hedge with no verb where it stood, a few words from
            // another finding of its sentence, is that finding's doing told again at the
            // wrong words ("estimated that the stoppage could cost" → "the
            // stoppage is costing").
            let told = |d: &Diagnostic| {
                out[before..].iter().any(|o| {
                    o.start.abs_diff(d.end) <= GUESS_REACH || d.start.abs_diff(o.end) <= GUESS_REACH
                })
            };
            let kept: Vec<Diagnostic> = guessed.into_iter().filter(|d| !told(d)).collect();
            out.extend(kept);
        }
        // Where two findings overlap, the first found stays: a named shift
        // ("may" became "will") says more than a dropped hedge.
        out.sort_by_key(|d| d.start);
        // The kept one reaches over the other's words.
        out.dedup_by(|later, kept| {
            let overlap = later.start < kept.end;
            if overlap {
                kept.end = kept.end.max(later.end);
            }
            overlap
        });
    }
}

/// Whether a meaning-drift finding's message tells a modal, belief,
/// evidence or intention word changed ("\"may\" became \"will\": modality
/// changed from possible to certain") or a hedge dropped: the kinds the
/// copy's authors label inside a misquoted quotation too.
pub fn drifts_inside_quotes(message: &str) -> bool {
    message.contains(" changed from ") || message.starts_with("a hedge was dropped")
}

/// Drops the findings of `out` from `at` on (words of degree added or made
/// whole: "cautiously optimistic" → "optimistic") that stand inside a
/// quotation of a suspect sentence whose source sentence quotes too: a
/// quoted word changed, which misquote reports.
fn leave_quoted(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
    at: usize,
) {
    if out.len() == at || !claims::quoted(src, pair.source_tokens(src)) {
        return;
    }
    let tokens = pair.suspect_tokens(doc);
    let quoted = |d: &Diagnostic| {
        tokens
            .clone()
            .find(|&t| doc.tokens[t].start >= d.start)
            .is_some_and(|t| doc.quotes.encloses(t))
    };
    let kept: Vec<Diagnostic> = out.drain(at..).filter(|d| !quoted(d)).collect();
    out.extend(kept);
}

/// Flags suspect units `units` of `pair`, the message written around the
/// flagged text, with the source sentences as evidence.
pub(super) fn flag_units(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    units: std::ops::Range<usize>,
    message: impl FnOnce(&str) -> String,
    out: &mut Vec<Diagnostic>,
) {
    let (start, end) = doc.token_span(pair.suspect_units.tokens(units));
    out.push(
        Diagnostic::new(start, end, message(&doc.text[start..end]))
            .evidence(src.span_text(pair.source_tokens(src))),
    );
}

/// Flags the suspect units `units` of `pair` as [`flag_units`] does, unless
/// a finding already stands on part of them; whether it flagged.
pub(super) fn flag_new_units(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    units: std::ops::Range<usize>,
    message: impl FnOnce(&str) -> String,
    out: &mut Vec<Diagnostic>,
) -> bool {
    let (start, end) = doc.token_span(pair.suspect_units.tokens(units.clone()));
    if out.iter().any(|d| d.overlaps(start, end)) {
        return false;
    }
    flag_units(doc, src, pair, units, message, out);
    true
}

/// Flags the one suspect unit `k` of `pair`, as [`flag_units`] does a run.
pub(super) fn flag_unit(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    k: usize,
    message: impl FnOnce(&str) -> String,
    out: &mut Vec<Diagnostic>,
) {
    flag_units(doc, src, pair, k..k + 1, message, out);
}

/// Flags each replaced run of `pair` of at most `max_run` units on either
/// side, neither side inside a quotation the copy keeps and its words
/// flagged by no other finding, that `change` reads (given each side's
/// units and the run's units among them) as moved from one `what` to
/// another: "\"…\" became \"…\": the {what} changed from {was} to {now}".
pub(super) fn flag_reworded_runs(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (what, max_run): (&str, usize),
    change: impl Fn(Side, Side) -> Option<(&'static str, &'static str)>,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    for e in pair.substitutions() {
        let (from, to) = (theirs.covering(&e.source), ours.covering(&e.suspect));
        if from.is_empty() || to.is_empty() || from.len() > max_run || to.len() > max_run {
            continue;
        }
        if src.quotes.encloses(e.source.start) && doc.quotes.encloses(e.suspect.start) {
            continue;
        }
        let Some((was, now)) = change((&theirs.text, from), (&ours.text, to)) else {
            continue;
        };
        let (start, end) = doc.token_span(e.suspect.clone());
        // A finding of another kind on these words says it already.
        if out.iter().any(|d| d.overlaps(start, end)) {
            continue;
        }
        out.push(
            Diagnostic::new(
                start,
                end,
                format!(
                    "\"{}\" became \"{}\": the {what} changed from {was} to {now}",
                    src.span_text(e.source.clone()),
                    &doc.text[start..end],
                ),
            )
            .evidence(src.span_text(pair.source_tokens(src))),
        );
    }
}

/// One side of a replaced run: all the units of its sentences, and the
/// run's among them.
pub(super) type Side<'a> = (&'a [String], std::ops::Range<usize>);
