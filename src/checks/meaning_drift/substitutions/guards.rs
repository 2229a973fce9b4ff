//! The guards a stance shift inside a replaced run must pass to be
//! flagged: words around either side that keep the stance, or make the
//! change another rule's ("Some analysts" → "Not all analysts", "might
//! not" → "may not", a quoted word left to misquote).

use super::super::certainty::{
    belief_denied, belief_lowered, certain_in_source, forecast_before, possible_by_litotes,
};
use super::super::record_subjects::{records_before, ruling_before};
use super::super::speech_verbs::{
    admission_reported, claim_noun, claimed_won, condemns_verdict, denial_after, disputed, grants,
    insists_on, own_word, reception_reversed, refused, same_holder,
};
use super::super::tense::{plan_backshifted, plan_of_the_past};
use super::super::things::{proved_a_state, thing_shows};
use super::super::word_senses::{
    able_after, act_denied, approximates, attempted, counts_without_of, denied_near, denies,
    failed_before, no_stance, opens_clause, ordered_goods, phrase_keeps, scoped_before, spans_time,
};
use super::super::{nouns::nouns_read, required::required};
use super::classes::left_to_misquote;
use crate::align::{AlignedPair, units::Units};
use crate::checks::polarity_drift::few_for_many;
use crate::lexicon::stance::{Stance, stances};
use crate::lexicon::wordnet::are_antonyms;
use crate::text::{Document, words::stem};

/// One word swap inside a replaced run, with what the guards read around it.
pub(super) struct Swap<'a> {
    /// The suspect and source documents.
    pub(super) doc: &'a Document,
    pub(super) src: &'a Document,
    /// The aligned pair the run belongs to.
    pub(super) pair: &'a AlignedPair,
    /// The run's source and suspect units.
    pub(super) theirs: &'a Units,
    pub(super) ours: &'a Units,
    /// Words of other suspect sentences made from the same source sentence.
    pub(super) split_off: &'a [&'a str],
    /// The swapped words: unit `j` of `theirs` became unit `k` of `ours`.
    pub(super) j: usize,
    pub(super) k: usize,
    pub(super) from: &'a String,
    pub(super) to: &'a String,
    /// Both words inside quotations the copy keeps.
    pub(super) quoted: bool,
    /// The source word denied by a "not" or "no" before it (or a "little"),
    /// the suspect word by a "not" or "never", and the source's denial dropped.
    pub(super) denied: bool,
    pub(super) denied_ours: bool,
    pub(super) undenied: bool,
}

/// `shift` kept only where no guard lets the swap pass.
pub(super) fn guarded(s: &Swap, shift: Option<(Stance, Stance)>) -> Option<(Stance, Stance)> {
    let Swap {
        doc,
        src,
        pair,
        theirs,
        ours,
        split_off,
        j,
        k,
        from,
        to,
        quoted,
        denied,
        denied_ours,
        undenied,
    } = *s;
    shift
        // "carries some risk" → "carries serious risk", "it will
        // cause" → "it may cause" inside a quotation the copy
        // keeps: a quoted word, misquote's; a claim played down
        // ("substantial" → "adequate") still shifts what is said.
        .filter(|(a, b)| !(quoted && left_to_misquote(a, b)))
        // "Some analysts" → "Not all analysts": a denied "all" is "some".
        .filter(|(a, _)| !(undenied || ((denied || denied_ours) && a.class == "scope")))
        // "had not played badly" → "had played reasonably well": a
        // degree denied a word or two before is its opposite's.
        .filter(|(a, _)| !(a.class == "degree" && denied_near(src, theirs.token[j])))
        // "failed to show" → "failed to prove": a stronger proof
        // denied claims less, not more.
        .filter(|(a, _)| {
            a.class != "proof"
                || !(failed_before(src, theirs.token[j]) && failed_before(doc, ours.token[k]))
        })
        // "would need to show" → "would have to prove": a proof
        // required on both sides is claimed on neither.
        .filter(|(a, _)| {
            !(a.class == "proof" && required(src, theirs.token[j]) && required(doc, ours.token[k]))
        })
        // "a motor had been ordered from a supplier" → "requested": a
        // thing bought, no command.
        .filter(|(a, _)| !(a.class == "directive" && ordered_goods(src, theirs.token[j])))
        // "had not yet decided" → "was still weighing up": undecided is weighing.
        .filter(|(a, b)| {
            let yet = src.norm_before(theirs.token[j], 1) == Some("yet");
            let not = matches!(src.norm_before(theirs.token[j], 2), Some("not" | "no"));
            !((a.group, b.group) == ("decided", "weighing") && yet && not)
        })
        // "he scores a goal": a verb, no scope; "scores of" is one.
        .filter(|(_, b)| b.class != "scope" || !counts_without_of(doc, ours.token[k]))
        // "finished only fifth" → "just third", "was not the only reason"
        // → "one of several": the source's "only" limits a rank, a figure
        // or a claim; only the copy's "only" for a share is a scope.
        .filter(|(a, _)| !(a.class == "scope" && from == "only"))
        // "some 2,350 MW short": an approximation of a figure, no scope.
        .filter(|(a, _)| {
            !(a.class == "scope"
                && (approximates(doc, ours.token[k]) || approximates(src, theirs.token[j])))
        })
        // "most of 2025" → "much of 2025": the bulk of a period.
        .filter(|(a, b)| {
            !(a.class == "scope"
                && [a.group, b.group]
                    .iter()
                    .all(|g| matches!(*g, "most" | "many"))
                && spans_time(doc, ours.token[k])
                && spans_time(src, theirs.token[j]))
        })
        // "most places" → "almost every place": the phrase keeps the stance.
        .filter(|(a, _)| !phrase_keeps(doc, ours.token[k], a))
        // "could drop … which would trigger" → "might fall … would
        // prompt": both stances stand on both sides, reordered.
        .filter(|(a, b)| {
            let has = |units: &Units, s: &Stance| units.text.iter().any(|w| stances(w).contains(s));
            let kept_apart = split_off.iter().any(|w| stances(w).contains(a));
            !(a.class == "modality"
                && (has(&pair.suspect_units, a) || kept_apart)
                && has(&pair.source_units, b))
        })
        // "saw a rise, according to a study" → "showed a rise,
        // researchers reported": the diff paired "according" with
        // the claim's own verb, while the sentence keeps as many
        // neutral attributions as the source's (this one moved).
        .filter(|(a, _)| {
            let neutral =
                |units: &Units| units.text.iter().filter(|w| stances(w).contains(a)).count();
            !(a.class == "attribution"
                && from == "according"
                && neutral(&pair.suspect_units) >= neutral(&pair.source_units))
        })
        // "scans would give a clearer picture" → "scans should
        // make things clearer": both tell the outcome expected.
        .filter(|_| (from.as_str(), to.as_str()) != ("would", "should"))
        // "could not return until" → "will stay out until": an
        // ability denied is no possibility but a certainty.
        .filter(|(a, _)| {
            !(a.class == "modality"
                && matches!(from.as_str(), "could" | "can")
                && (theirs.text.get(j + 1).is_some_and(|n| n == "not")
                    || src
                        .tokens
                        .get(theirs.token[j] + 1)
                        .is_some_and(|n| n.norm == "not")))
        })
        // "will be allowed to apply" → "may apply": a permission
        // restated by a modal of permission, no possibility.
        .filter(|(a, _)| {
            !(a.class == "modality"
                && matches!(to.as_str(), "may" | "can" | "could")
                && pair.source_units.text.iter().any(|w| {
                    stances(w)
                        .iter()
                        .any(|s| s.class == "obligation" && s.group == "permitted")
                }))
        })
        // "it is not impossible that it would fail" → "it could fail".
        .filter(|(a, b)| {
            !(a.class == "modality" && b.group == "possible" && possible_by_litotes(pair))
        })
        .filter(|_| !no_stance((src, theirs.token[j]), (doc, ours.token[k])))
        // "its order book" → "its request book": a noun, no act.
        .filter(|(a, _)| !nouns_read(a.class, (src, theirs.token[j]), (doc, ours.token[k])))
        // "Should the board approve it": a condition, no modal.
        .filter(|_| !(to == "should" && opens_clause(doc, ours.token[k])))
        // "would not be able to" → "could not": the same modality.
        .filter(|_| !(from == "would" && able_after(src, theirs.token[j])))
        // "had no plans" → "did not plan", "than planned" → "behind
        // plan": tense or an auxiliary, not the intention.
        .filter(|(a, _)| {
            a.class != "intention"
                || !(matches!(from.as_str(), "has" | "had") || stem(from) == stem(to))
        })
        // "hoped to reopen" → "has promised to reopen": the "has" is the
        // auxiliary of a verb of another stance, which tells the hope's change.
        .filter(|(a, _)| {
            !((a.class, a.group) == ("intention", "wish")
                && matches!(to.as_str(), "has" | "had")
                && doc
                    .tokens
                    .get(ours.token[k] + 1)
                    .is_some_and(|n| stances(&n.norm).iter().any(|s| s.class != "intention")))
        })
        // "took longer than we hoped" → "than we planned": a yardstick, no intention.
        .filter(|(a, _)| !(a.class == "intention" && compared(src, theirs.token[j])))
        // "failed to weigh" → "had not considered": no act on either side.
        .filter(|(a, _)| {
            !(a.class == "intention"
                && act_denied(src, theirs.token[j])
                && act_denied(doc, ours.token[k]))
        })
        // "is seeking approval" → "has applied for approval": an
        // attempt told as made is still only an attempt.
        .filter(|(a, _)| {
            !(a.class == "intention"
                && matches!(to.as_str(), "has" | "had")
                && doc
                    .tokens
                    .get(ours.token[k] + 1)
                    .is_some_and(|n| attempted(from) && attempted(&n.norm)))
        })
        // "Farrow said the company planned to meet" → "The company
        // intends to meet, Farrow said": reported speech's tense.
        .filter(|(a, b)| {
            let (was, now) = (a.group, b.group);
            !(a.class == "intention"
                && ((was, now) == ("past", "present") && plan_backshifted(src, theirs.token[j])
                    || (was, now) == ("present", "past") && plan_backshifted(doc, ours.token[k])))
        })
        // "had been planning to fly" → "had intended to fly": a plan of
        // the past on both sides.
        .filter(|(a, b)| {
            !(a.class == "intention"
                && (a.group, b.group) == ("present", "past")
                && plan_of_the_past(src, theirs.token[j])
                && plan_of_the_past(doc, ours.token[k]))
        })
        // "Under the plan, pupils will move" → "They'll move",
        // "expects sales to reach" → "predicts sales will reach":
        // the certainty is the source's own, or the suspect's
        // "will" tells the content of a forecast it keeps.
        .filter(|(a, _)| {
            !(a.class == "intention"
                && matches!(to.as_str(), "will" | "shall")
                && (certain_in_source(pair) || forecast_before(pair, ours.token[k])))
        })
        .filter(|(a, _)| a.class == "scope" || !are_antonyms(from, to))
        .filter(|(a, b)| !reception_reversed(a, b))
        // "destroyed or damaged" → "damaged or destroyed": both
        // words stand on both sides, reordered.
        .filter(|_| {
            !(pair.suspect_units.text.contains(from) && pair.source_units.text.contains(to))
        })
        // "the Journal can reveal" → "the Journal has reported":
        // the news idiom of a scoop is the paper's own report,
        // and told as one it claims no less.
        .filter(|(a, _)| {
            !(a.class == "evidence"
                && from.starts_with("reveal")
                && theirs.token[j]
                    .checked_sub(1)
                    .is_some_and(|p| src.tokens[p].norm == "can"))
        })
        // "the report showed" → "said": a finding told as a statement claims no more.
        .filter(|(a, _)| !(a.class == "attribution" && a.group == "established"))
        // "Police believe" → "Police say": a belief told as a statement.
        .filter(|(a, _)| same_holder(a, src, theirs.token[j], doc, ours.token[k]))
        // "acknowledged" → "said", "confirmed" → "said": a loaded
        // or affirming verb toned down claims no more, unless an
        // allegation became a statement the copy no longer disputes.
        .filter(|(a, b)| {
            let alleged = from.starts_with("alleg") || from.starts_with("claim");
            !(a.class == "attribution"
                && matches!(a.group, "loaded" | "affirming")
                && b.group == "neutral"
                && (!alleged || disputed(&pair.suspect_units.text)))
        })
        .filter(|(a, b)| !belief_lowered(a, b))
        .filter(|(a, _)| {
            a.class != "belief" || !belief_denied(src, theirs.token[j], doc, ours.token[k])
        })
        // "said the waits were unacceptable" → "slammed the waits
        // as unacceptable": the source's verdict is a condemnation.
        .filter(|(a, _)| {
            !(a.class == "attribution"
                && condemns_verdict(src, theirs.token[j], doc, ours.token[k], to))
        })
        // "\"We accept we are behind,\" said" → "conceded": the
        // speaker's own admission, named.
        .filter(|(a, _)| {
            !(a.class == "attribution" && admission_reported(to, &pair.source_units.text))
        })
        // "declined to comment" → "declined to speculate": a
        // statement refused claims nothing.
        .filter(|(a, _)| a.class != "attribution" || !refused(doc, ours.token[k]))
        // "now insists on two signatures": a demand, not a statement.
        .filter(|(_, b)| b.class != "attribution" || !insists_on(doc, ours.token[k]))
        // "the data showed", "figures show": records show; only
        // a speaker's statement made a finding is drift; "proved hard
        // to fill" tells what turned out.
        .filter(|(_, b)| {
            !(b.class == "attribution"
                && b.group == "established"
                && (records_before(doc, ours.token[k])
                    || ruling_before(doc, ours.token[k])
                    || thing_shows(doc, ours.token[k])
                    || proved_a_state(doc, ours.token[k])))
        })
        // "Many carried signs" → "Few carried signs", "the few
        // boats" → "the many boats": polarity-drift's.
        .filter(|(a, _)| a.class != "scope" || !denies(doc, pair, ours.token[k]))
        .filter(|_| !few_for_many(src, theirs.token[j], doc, ours.token[k]))
        // "Claims are put at £35m", "insurance claims of": the
        // noun, no attribution.
        .filter(|(a, _)| {
            a.class != "attribution"
                || !(claim_noun(src, theirs.token[j])
                    || claim_noun(doc, ours.token[k])
                    || claimed_won(doc, ours.token[k]))
        })
        // "would study the judgment" → "once he had studied the
        // judgment": the source's word kept in another form.
        .filter(|_| !ours.text.iter().any(|w| w != to && stem(w) == stem(from)))
        // "said the jobs were welcome" → "welcomed the jobs": the
        // verb's stance is the source's own word.
        .filter(|(a, _)| a.class != "attribution" || !own_word(src, pair, from, to))
        // "could reopen … that would end" → "may reopen, possibly
        // ending": a consequence of what the source already tells
        // as possible, told as possible, claims no less.
        // Only a hedge before the word scopes over it; one after
        // it qualifies a clause of its own ("would limit how many
        // they could perform").
        .filter(|(a, b)| {
            let source = &pair.source_units;
            !(a.class == "modality"
                && a.group == "certain"
                && source
                    .text
                    .iter()
                    .zip(&source.token)
                    .any(|(w, &t)| t < theirs.token[j] && stances(w).contains(b)))
        })
        // "The plant may close" → "There is a possibility that the
        // plant will close": a hedge before the word, in its
        // clause, scopes over it.
        .filter(|(a, _)| !(a.class == "modality" && scoped_before(doc, ours.token[k], a)))
        // "likely to rise" → "would probably climb": the source's
        // stance is still there in another word.
        // ("planned to keep" → "had committed to keeping": the "had" is the
        // auxiliary of the suspect's own word, no plan kept.)
        .filter(|(a, _)| {
            !(0..ours.text.len())
                .any(|i| stances(&ours.text[i]).contains(a) && !auxiliary_of(&ours.text, i, k))
        })
        // "would likely disrupt" → "probably disrupting": the
        // suspect's stance is the source's, in another of its words.
        // ("after a series of claims": the noun, no stance.)
        .filter(|(_, b)| {
            !theirs
                .text
                .iter()
                .enumerate()
                .any(|(i, w)| i != j && stances(w).contains(b) && !claim_noun(src, theirs.token[i]))
        })
        // "said it could not verify the accounts" → "confirmed
        // the accounts": a verb granting the claim, with the
        // denial after the source's verb dropped, reverses it,
        // which polarity-drift reports.
        .filter(|(a, _)| {
            a.class != "attribution"
                || !(grants(to)
                    && denial_after(src, theirs.token[j])
                    && !denial_after(doc, ours.token[k]))
        })
        // "declined to say how many" → "confirmed that": a
        // refusal to speak told as a statement granting the
        // claim reverses it, which polarity-drift reports.
        .filter(|(a, _)| {
            !(a.class == "attribution"
                && grants(to)
                && refused(src, theirs.token[j])
                && !refused(doc, ours.token[k]))
        })
}

/// Adverbs that may stand between an auxiliary and its verb ("has also decided").
const BETWEEN_AUXILIARY: &[&str] = &["also", "now", "already", "since", "just", "formally"];

/// Whether word `i` of `words` is the "has" or "had" of the verb at `k`
/// ("had decided", "has also agreed").
fn auxiliary_of(words: &[String], i: usize, k: usize) -> bool {
    matches!(words[i].as_str(), "has" | "had" | "have")
        && (i + 1 == k || (i + 2 == k && BETWEEN_AUXILIARY.contains(&words[i + 1].as_str())))
}

/// Whether "than" stands one or two words before token `t` of `doc`, or
/// "as" just before ("longer than we hoped", "as planned").
fn compared(doc: &Document, t: usize) -> bool {
    matches!(doc.norm_before(t, 1), Some("than" | "as")) || doc.norm_before(t, 2) == Some("than")
}
