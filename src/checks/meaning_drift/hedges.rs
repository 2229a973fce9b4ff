//! Hedges: a hedge dropped from a claim the suspect keeps, or one added.

mod added;
mod before;
mod beside;
mod burdens;
mod dropped;
mod figures;
mod holders;
mod judged;
mod keepers;
mod kept;
mod mandates;
mod placement;
mod prospects;
mod valuations;
mod verbs;
mod views;
mod words;

pub(super) use added::hedge_added;
pub(super) use kept::forecast_kept;
pub(super) use words::hedges as hedge_count;

use super::MAX_SPAN_TOKENS;
use crate::align::{AlignedPair, EditKind, MATCH_THRESHOLD};
use crate::checks::grammar::verb_after;
use crate::finding::Diagnostic;
use crate::lexicon::stance::{shift, stances};
use crate::text::Document;
use beside::{kept_beside, told_apart};
use burdens::burdens_only;
use dropped::{fewer_hedges, hedged_claims_gone, hedges_moved};
use figures::{bound_at, figure_at};
use kept::{claim_kept, same_speech};
use placement::{
    attribution_put_in, decision_put_in, has_verb, is_certain_modal, is_participle, is_verb_lead,
    placed_modal, qualifies_noun, restated_verb, settled_copula, verb_before,
};
use valuations::{estimate_at, estimate_told_according, estimates_attributed};
use words::{clause_hedges, hedging, numeral};

/// Tokens either side of a dropped hedge's edit within which a word of
/// certainty put in its place is looked for.
const CERTAIN_REACH: usize = 3;

/// Words that state as certain what a hedge left open.
const CERTAINTIES: &[&str] = &[
    "guaranteed",
    "guarantees",
    "guarantee",
    "confirmed",
    "confirms",
    "certainly",
    "certain",
    "definitely",
    "proved",
    "proves",
    "proven",
    "promised",
    "promises",
    "assured",
    "ensured",
];

/// A hedge of the source gone in the suspect ("may have been" → "was").
///
/// A finding whose place is only guessed (no certain modal, word of
/// certainty or restated verb took the hedge's place) goes to `guessed`:
/// the caller keeps it only where nothing else in the sentence was flagged.
pub(super) fn hedge_dropped(
    doc: &Document,
    src: &Document,
    (pair, pairs): (&AlignedPair, &[AlignedPair]),
    out: &mut Vec<Diagnostic>,
    guessed: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let marks = (out.len(), guessed.len());
    // A pair taken only for where it stands, below the match threshold,
    // shares too little to say the suspect drops the source's hedge: its
    // content differs ("expected 200 firefighters" → "criticised the budget
    // cuts"), which omitted- and unsupported-content judge.
    if pair.score < MATCH_THRESHOLD || burdens_only(src, theirs) {
        return;
    }
    // As many hedges in the sentence: one may still have left its verb.
    if !fewer_hedges(&theirs.text, &ours.text) {
        verbs::hedge_left_verb(doc, src, pair, out);
        return;
    }
    for e in pair.edits.iter().filter(|e| e.kind != EditKind::Equal) {
        let (te, oe) = (
            pair.source_units.slice(e.source.clone()),
            pair.suspect_units.slice(e.suspect.clone()),
        );
        // "forecast" → "forcast", "expected" → "anticipatted": a misspelt
        // hedge is spelling's to report.
        let misspelt = || oe.text.iter().any(|w| kept::misspelt_hedge(w, &te.text));
        // "is expected to" → "is relied upon to": a spinner's wrong-sense
        // swap of the hedge, garbled-phrase's to report.
        let spun = || kept::spun_swap(theirs, &e.source, &te.text, &oe.text);
        // "estimate the losses at" → "put the losses … at", "valued at": the
        // "at" may lie past the edit.
        let put_at = || {
            ours.token.iter().enumerate().any(|(k, t)| {
                e.suspect.contains(t)
                    && (matches!(ours.text[k].as_str(), "put" | "puts" | "putting")
                        && estimate_at(&ours.text[k + 1..])
                        || valuations::valuation(&te.text, &ours.text, k))
            })
        };
        // "An estimated 45,000" → "Some 45,000": the approximation stands
        // before the figure past the edit.
        let approximated = || {
            oe.text.last().is_some_and(|w| kept::is_approximation(w))
                && ours
                    .token
                    .iter()
                    .position(|&t| t >= e.suspect.end)
                    .is_some_and(|k| numeral(&ours.text[k]))
                && !valuations::estimate_of_clause(&theirs.text, &ours.text)
        };
        // "an estimated £186,000" → "more than £190,000": an estimate of a
        // figure told as a bound on one, which number-drift judges.
        let bounded = || {
            let estimate =
                (0..te.text.len()).any(|k| hedging(&te.text, k) && figure_at(&te.text, k + 1));
            // "losses put at up to $9 million" → "losses of up to $9 million".
            let put_at = (0..te.text.len()).any(|k| {
                hedging(&te.text, k) && matches!(te.text[k].as_str(), "put" | "puts" | "putting")
            });
            let near = e.suspect.start..e.suspect.end + BOUND_REACH;
            (estimate || put_at)
                && (0..ours.text.len())
                    .any(|k| near.contains(&ours.token[k]) && bound_at(&ours.text, k))
        };
        // "was considering an appeal" → "had decided to appeal": the hedge
        // became a word the stance table names as its shift, which the
        // substitution reports by name (a certain modal is placed below), or
        // as its equal in speech ("had alleged" → "had argued").
        let shifted = || {
            (0..te.text.len()).any(|k| {
                hedging(&te.text, k)
                    && oe.text.iter().any(|w| {
                        !is_certain_modal(w)
                            && (shift(&te.text[k], w).is_some() || same_speech(&te.text[k], w))
                    })
            })
        };
        // "hope the museum will" → "are confident the museum will": a
        // belief exchanged, which the stance table names.
        let believes = || {
            oe.text
                .iter()
                .any(|w| stances(w).iter().any(|s| s.class == "belief"))
        };
        // "there could be no certainty an offer would be made" → "there was
        // no certainty": what the hedge qualified is itself a doubt.
        let doubt_stated = || {
            let after: Vec<&str> = ours
                .token
                .iter()
                .zip(&ours.text)
                .filter(|(t, _)| (e.suspect.end..e.suspect.end + DOUBT_REACH).contains(*t))
                .map(|(_, w)| w.as_str())
                .collect();
            after
                .windows(2)
                .any(|w| matches!(w[0], "no" | "not") && DOUBTS.contains(&w[1]))
        };
        // "are expected to receive" → "stand to collect": the "to" a keeper
        // takes may be the word after the edit.
        let mut told = oe.text.to_vec();
        if let Some(next) = ours
            .token
            .iter()
            .position(|&t| t >= e.suspect.end)
            .map(|k| &ours.text[k])
            .filter(|w| matches!(w.as_str(), "to" | "that" | "on"))
        {
            told.push(next.clone());
        }
        let dropped = fewer_hedges(&te.text, &told)
            || (clause_hedges(theirs, &e.source) > clause_hedges(ours, &e.suspect)
                && !believes()
                && !kept::wished(&oe.text));
        // "could take only one" → "had room for just one": an ability kept.
        let at = |end: usize| ours.token.iter().take_while(|&&t| t < end).count();
        let able = || {
            let (first, last) = (at(e.suspect.start), at(e.suspect.end));
            let from = first.saturating_sub(ABLE_REACH);
            // Past the edit only an "-able" word counts; a "let" there is another clause's.
            let wide = (last + ABLE_REACH).min(ours.text.len());
            kept::ability_kept(&te.text, &ours.text[from..last], &ours.text[from..wide])
        };
        // "growers may irrigate" → "the rules allow growers to irrigate": a
        // permission or duty told by its verb.
        let ruled = || {
            let first = at(e.suspect.start);
            let from = first.saturating_sub(mandates::RULE_REACH);
            mandates::rule_restated(&te.text, &theirs.text, &ours.text[from..first])
        };
        // "perhaps by planting" → "by planting" inside a quotation the copy
        // keeps, which misquote reports.
        let quoted = src.quotes.encloses(e.source.start) && doc.quotes.encloses(e.suspect.start);
        if !dropped
            || bounded()
            || approximated()
            || shifted()
            || misspelt()
            || spun()
            || put_at()
            || hedged_claims_gone(&te.text, &ours.text)
            || hedges_moved(&te.text, &theirs.text, &ours.text)
            || doubt_stated()
            || kept_beside(doc, src, pair, &te)
            || told_apart(pair, pairs, e)
            || views::view_restated(&te.text, &oe.text)
            || estimates_attributed(&te.text, &theirs.text, &ours.text)
            || estimate_told_according(&te.text, &theirs.text, &ours.text)
            || able()
            || ruled()
        {
            continue;
        }
        // The certain modal that took the hedge's place ("expects … to fall" →
        // "… will fall"), else the start of what replaced it.
        let modal = placed_modal(doc, src, pair, (&e.suspect, &te));
        // A word of certainty in the hedge's place ("expected" →
        // "guaranteed") names the change best, also when the diff put it in
        // an edit beside the hedge's ("a likely factor" → "almost certainly
        // a factor").
        let near = e.suspect.start.saturating_sub(CERTAIN_REACH)..e.suspect.end + CERTAIN_REACH;
        let certain = pair
            .edits
            .iter()
            .filter(|x| x.kind != EditKind::Equal)
            .flat_map(|x| x.suspect.clone())
            .filter(|t| near.contains(t))
            .find(|&t| CERTAINTIES.contains(&doc.tokens[t].norm.as_str()));
        let placed = certain
            .map(|t| t..t + 1)
            .or_else(|| modal.map(|t| t..t + 2))
            .or_else(|| restated_verb(doc, src, (pair, &e.suspect), &te).map(|t| t..t + 1))
            .or_else(|| settled_copula(doc, src, pair, e).map(|t| t..t + 2))
            .or_else(|| decision_put_in(doc, src, pair).map(|t| t..t + 1));
        let sure = placed.is_some();
        let span = placed.or_else(|| {
            if e.suspect.is_empty() {
                verb_after(doc, e.suspect.start..pair.suspect_tokens(doc).end)
                    .filter(|s| has_verb(doc, s.clone()))
                    .or_else(|| verb_before(doc, e.suspect.start))
            } else {
                // "jobs could be at risk" → "posts were at risk": the
                // finding goes on the verb put in the hedge's place.
                let start = e
                    .suspect
                    .clone()
                    .find(|&t| is_verb_lead(&doc.tokens[t].norm))
                    .or_else(|| {
                        e.suspect
                            .clone()
                            .find(|&t| is_participle(&doc.tokens[t].norm))
                    })
                    .unwrap_or(e.suspect.start);
                // "there are tentative signs it is bottoming out" → "she
                // said, adding that it had bottomed out": a verb of saying
                // put in only reports the claim, whose verb group is the
                // place.
                let end = pair.suspect_tokens(doc).end;
                let claim = (start + 1..end).find(|&t| is_verb_lead(&doc.tokens[t].norm));
                if let Some(lead) = claim.filter(|_| reports(&doc.tokens[start].norm)) {
                    return verb_after(doc, lead..end);
                }
                Some(start..e.suspect.end.min(start + MAX_SPAN_TOKENS))
            }
        });
        // No verb where the hedge stood ("estimated that the stoppage" → "the stoppage"): a
        // guess; "may have been caused by corrosion" cut at the end, "corrosion caused the
        // leak" put first: the claim's verb, where the copy keeps it unhedged.
        let span = span
            .or_else(|| verb_after(doc, e.suspect.start..pair.suspect_tokens(doc).end))
            .or_else(|| {
                claim_kept(pair, &te.text)
                    .filter(|c| !c.1)
                    .map(|(t, _)| t..t + 1)
            });
        if let Some(span) = span {
            let guess = !sure && !has_verb(doc, span.clone());
            // "according to a report by the fire service, crews found" →
            // "crews found …, the fire service's report showed": the source
            // named is made the subject of a verb of attribution put in,
            // which says where the claim was made firm.
            let put_in = attribution_put_in(doc, pair, &te.text).filter(|_| guess);
            // "said faster scans had probably helped referrals" → "Faster
            // scans had helped referrals, according to …": the claim the
            // hedge governed, where the copy keeps it, is the place.
            let kept = put_in
                .is_none()
                .then(|| claim_kept(pair, &te.text))
                .flatten()
                .filter(|_| guess);
            // "were likely to be modest" → "expect only modest gains": the
            // claim kept a hedge of its own.
            if kept.is_some_and(|(_, hedged)| hedged) {
                continue;
            }
            let span = put_in.or(kept.map(|(t, _)| t)).map_or(span, |t| t..t + 1);
            // A guessed place inside a quotation the copy keeps, or a hedge
            // cut there with nothing put in ("a potential turning point" → "a
            // turning point"): misquote reports the change there.
            let cut = e.suspect.is_empty() && qualifies_noun(&te.text);
            if quoted && (guess || cut) {
                continue;
            }
            // "…, though it hopes to move staff", "with a study showing":
            // a guessed place on a word that links clauses names no claim
            // (the hedged one stands elsewhere in the restructured sentence).
            if guess && LINKS.contains(&doc.tokens[span.start].norm.as_str()) {
                continue;
            }
            let (start, end) = doc.token_span(span);
            let to = if guess { &mut *guessed } else { &mut *out };
            holders::push_joined(
                to,
                if guess { marks.1 } else { marks.0 },
                Diagnostic::new(
                    start,
                    end,
                    format!(
                        "a hedge was dropped: the source says \"{}\"",
                        src.span_text(e.source.clone())
                    ),
                )
                .evidence(src.span_text(pair.source_tokens(src))),
            );
        }
    }
}

/// Words before a dropped "could"'s edit within which a word of ability
/// may restate it ("to allow contractors to take out").
const ABLE_REACH: usize = 3;

/// Tokens after a dropped hedge's edit within which a denied certainty ("no
/// certainty") is looked for.
const DOUBT_REACH: usize = 3;

/// Nouns and adjectives of certainty whose denial states a doubt ("no
/// guarantee", "not certain").
const DOUBTS: &[&str] = &[
    "certainty",
    "certain",
    "guarantee",
    "guarantees",
    "assurance",
    "assurances",
    "sure",
    "clear",
];

/// Words that link clauses or open an aside ("though", "with", "according
/// to"): no claim a guessed place of a dropped hedge could stand on.
const LINKS: &[&str] = &[
    "and",
    "but",
    "or",
    "though",
    "although",
    "while",
    "whereas",
    "with",
    "according",
    "between",
    "which",
    "as",
];

/// Tokens after a dropped estimate's edit within which a bound on its figure
/// is looked for ("put at" → "of", with "up to $9 million" after it).
const BOUND_REACH: usize = 3;

/// Whether `word` is a neutral verb of saying ("said", "adding", "noting").
fn reports(word: &str) -> bool {
    let neutral = |w: &str| {
        stances(w)
            .iter()
            .any(|s| s.class == "attribution" && s.group == "neutral")
    };
    let base = word.strip_suffix("ing");
    neutral(word) || base.is_some_and(|b| neutral(b) || neutral(&format!("{b}e")))
}
