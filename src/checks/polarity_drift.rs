//! `polarity-drift`: negation added or removed, antonyms and opposite phrases.

mod abstained;
mod affirmed;
mod against;
mod age;
mod anchored;
mod answered;
mod argument;
mod assent;
mod bounds;
mod cancelled;
mod carried;
mod clause;
pub(crate) mod closed;
mod comparative;
mod conditions;
mod consent;
mod counterpart;
mod degree;
mod denied_opposite;
mod derived;
mod dismissed;
mod dropped;
mod earliest;
mod enough;
mod evidence;
mod excuses;
mod few_many;
mod graded;
mod implied;
mod in_place;
mod inserted;
mod kept;
mod litotes;
mod moved_clause;
mod moved_denial;
mod negation;
mod negators;
mod opposed;
mod ordered;
mod parties;
mod pending;
mod phrasal;
mod phrases;
mod possible;
mod quantifier;
mod question;
mod reassigned;
mod remainder;
mod replaced;
mod restated;
mod reversed;
mod rhetorical;
mod scale;
mod scope_word;
mod sensed;
mod since;
mod span;
mod split;
mod steady;
mod still;
mod suffixed;
mod swaps;
mod switched;
mod target;
mod turned;
mod until;

use super::{Check, Context, Rule};
use crate::align::AlignedPair;
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
pub(crate) use few_many::few_for_many;
use negation::negation;
pub(crate) use opposed::are_converses;
use phrases::{direction_flips, direction_swapped, opposite_phrases};
use std::ops::Range;
use swaps::{antonyms, moved_opposites};

/// Flags aligned sentences whose meaning flipped.
pub struct PolarityDrift;

static RULE: Rule = Rule {
    id: "polarity-drift",
    category: Category::Meaning,
    default_severity: Severity::Error,
    needs_source: true,
    summary: "Negation added or removed, or a word or phrase swapped for its opposite",
    explanation: "A flipped polarity reverses what the article reports: \"approved\" told as \"did not \
approve\", \"rose\" as \"fell\", the winner made the loser. In each aligned sentence \
pair the rule counts negations, explicit ones and those carried inside a word (\"lose\", \
\"unable\"), and flags one that appeared or vanished with no opposite to answer it; it \
also flags a word swapped for its WordNet or curated opposite, a curated phrase of \
opposite polarity, a figure that moves the other way, and parties swapped around the \
same verb or comparison. Restatements pass: a negation moved within its clause, a denial \
answered by an opposite, a count told by its remainder, converse verbs, a passive.",
    details: include_str!("../../docs/rules/polarity-drift.md"),
    example_source: "Ma has been shunning the limelight and did not attend.",
    example_bad: "Ma has been in the headlines and attended.",
    example_good: "Ma has been shunning the limelight and didn't attend.",
};

impl Check for PolarityDrift {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let (doc, src) = (ctx.suspect, source.doc);
        for pair in &source.alignment.pairs {
            let first = out.len();
            let mut denied_phrases = Vec::new();
            opposite_phrases(doc, src, pair, out, &mut denied_phrases);
            direction_flips(doc, src, pair, out);
            direction_swapped(doc, src, pair, out);
            parties::swapped_parties(doc, src, pair, out);
            steady::steadied(doc, src, pair, out);
            graded::graded_the_other_way(doc, src, pair, out);
            few_many::few_made_many(doc, src, pair, out);
            until::dropped_until(doc, src, pair, out);
            let reported = affirmed::affirmed_denials(doc, src, pair, out);
            possible::possibility_flipped(doc, src, pair, out);
            let mut flips = Vec::new();
            antonyms(doc, src, pair, &mut flips);
            moved_opposites(doc, src, pair, &mut flips);
            flips.retain(|d| {
                !(question::questioned_flip(pair, d)
                    || reversed::reversed_with_terms(doc, src, pair, d)
                    || until::restated_until(doc, pair, d)
                    || denied_opposite::denied_opposite(doc, pair, d)
                    || still::denied_still_flip(doc, pair, d))
            });
            // "drops plans to close" → "keeps … open": two reversals restate.
            if cancelled::opposites_cancel(doc, pair, &flips) {
                // A curated phrase on a cancelled flip's word goes with it.
                let gone: Vec<usize> = flips.iter().map(|d| d.start).collect();
                let mut kept = out.split_off(first);
                kept.retain(|d| !gone.contains(&d.start));
                out.append(&mut kept);
                flips.clear();
            }
            // A denied opposite phrase ("did not approve" → "turned down")
            // answers the negation as a word flip does; it is never a
            // finding of its own.
            denied_phrases.retain(|p| !flips.iter().any(|d| d.overlaps(p.start, p.end)));
            let phrases: Vec<(usize, usize)> =
                denied_phrases.iter().map(|d| (d.start, d.end)).collect();
            flips.append(&mut denied_phrases);
            let moved = bounds::denial_onto_bound(doc, pair, &mut flips);
            negation(doc, src, pair, source.alignment, &mut flips, out, reported);
            flips.retain(|d| !phrases.contains(&(d.start, d.end)));
            out.append(&mut flips);
            enough::sufficiency_flipped(doc, src, pair, out);
            consent::consent_flipped(doc, src, pair, out);
            conditions::condition_turned(doc, src, pair, out);
            let mut turned = Vec::new();
            bounds::bound_turned(doc, src, pair, out, &mut turned, moved);
            out.append(&mut turned);
            closed::possibility_closed(doc, src, pair, out);
            bounds::floor_made_within(doc, src, pair, out);
        }
        // An opposite phrase may also be an antonym ("opposed" → "supported"): one finding.
        out.sort_by_key(|d| (d.start, d.end));
        out.dedup_by(|later, kept| later.start == kept.start && later.end == kept.end);
    }
}

/// A finding on the suspect's units `now` of `pair` for the source's units
/// `was`, two sides of a pair of `opposites` ("\"too small\" became \"large
/// enough\": an excess and a sufficiency are opposites").
fn became(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    was: Range<usize>,
    now: Range<usize>,
    opposites: &str,
) -> Diagnostic {
    let (start, end) = doc.token_span(pair.suspect_units.tokens(now));
    let old = src.span_text(pair.source_units.tokens(was));
    Diagnostic::new(
        start,
        end,
        format!(
            "\"{old}\" became \"{}\": {opposites} are opposites",
            &doc.text[start..end]
        ),
    )
    .evidence(old)
}
