//! What the source leaves open, stated as settled: an act under deliberation
//! ("would consider extending" → "would extend"), a pending outcome ("has
//! applied for" → "has secured"), a question left open ("did not say
//! whether" → stated).

mod talks;
pub(super) mod words;

use super::claims::determiner;
use super::{flag_unit, flag_units};
use crate::align::{AlignedPair, EditKind};
use crate::checks::grammar::{leaves_question_open, verb_after};
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::wordnet::{
    VERB, lemmas, parts_of_speech, share_lemma, shared_senses, synonym_rank,
};
use crate::text::Document;
use crate::text::words::stem;
pub use talks::meeting_settled;
use words::{DELIBERATIONS, EXAMINATIONS, STILL_OPEN};

/// Words between a deliberation and the act it weighs.
const LINKS: &[&str] = &["to", "whether", "at"];

/// Modals after which the act of a "whether" clause stands ("whether the
/// race should move").
pub(super) const MODALS: &[&str] = &[
    "should", "would", "could", "will", "can", "might", "may", "must",
];

/// Most words of the subject between "whether" and its modal.
const SUBJECT_REACH: usize = 4;

/// How many words before a deliberation a negation governs it.
const NEGATION_REACH: usize = 3;

/// Words of a vote, which leaves open the act it is held on.
const VOTES: &[&str] = &[
    "vote",
    "votes",
    "voted",
    "voting",
    "ballot",
    "ballots",
    "balloted",
    "balloting",
];

/// Words before an act's "on" within which a word of a vote holds it open.
const VOTE_REACH: usize = 4;

/// How many words after the replaced deliberation the act may stand in the suspect.
pub(super) const ACT_REACH: usize = 4;

/// An act the source only weighs ("would consider extending") that the suspect
/// states as done or decided ("would extend"): the deliberation was cut or
/// replaced, the act's verb follows it in the suspect, and no word keeps the
/// act open.
pub fn deliberation_dropped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let open = |w: &&str| DELIBERATIONS.contains(w) || STILL_OPEN.contains(w);
    if !tw.iter().any(|w| DELIBERATIONS.contains(w)) {
        return;
    }
    let unit_at = |tokens: &[usize], t: usize| tokens.iter().position(|&x| x >= t);
    for e in pair.edits.iter().filter(|e| e.kind != EditKind::Equal) {
        let Some(from) = unit_at(&theirs.token, e.source.start) else {
            continue;
        };
        let to = unit_at(&theirs.token, e.source.end).unwrap_or(tw.len());
        // "look" weighs an act only as "look at closing"; "look into whether",
        // "look at whether" leave it to "whether".
        let weighs = |i: usize| {
            DELIBERATIONS.contains(&tw[i])
                && (!tw[i].starts_with("look")
                    || (tw.get(i + 1) == Some(&"at") && tw.get(i + 2) != Some(&"whether")))
        };
        let Some(i) = (from..to).find(|&i| weighs(i)) else {
            continue;
        };
        // "did not consider extending": a negation polarity-drift judges;
        // "had not decided whether to appeal" leaves the question open, but
        // told as "had decided to appeal" its negation is the change.
        let decide = |w: &&str| matches!(*w, "decided" | "decide" | "decides");
        let settled = |w: &&str| {
            decide(w) || matches!(*w, "agreed" | "agree" | "agrees" | "resolved" | "opted")
        };
        let undecided = i >= 1 && tw[i] == "whether" && decide(&tw[i - 1]);
        if (!undecided || ow.iter().any(settled))
            && tw[i.saturating_sub(NEGATION_REACH)..i]
                .iter()
                .any(|w| is_negator_word(w))
        {
            continue;
        }
        // The act: a verb form right after the deliberation ("considering
        // extending", "whether to appeal", "sought to raise").
        let mut j = i + 1;
        while j < tw.len() && LINKS.contains(&tw[j]) {
            j += 1;
        }
        // "whether the race should move": the act follows its subject's modal.
        let mut subject = false;
        if tw[i] == "whether"
            && tw[j - 1] != "to"
            && let Some(m) = (j..tw.len().min(j + SUBJECT_REACH)).find(|&m| MODALS.contains(&tw[m]))
        {
            (j, subject) = (m + 1, true);
        } else if tw[i] == "whether"
            && tw[j - 1] != "to"
            && let Some(m) = (j + 1..tw.len().min(j + SUBJECT_REACH + 1)).find(|&m| past_act(tw, m))
        {
            // "examining whether some spills happened", "whether the firm
            // had breached": the act is the clause's past verb.
            (j, subject) = (m, true);
        }
        // "whether the scheme should be extended": the act is the passive's
        // participle.
        while subject && j + 1 < tw.len() && matches!(tw[j], "be" | "been" | "have") {
            j += 1;
        }
        let Some(act) = tw.get(j) else { continue };
        let verb_form = act.ends_with("ing")
            || subject
            || tw[j - 1] == "to"
            || MODALS.contains(&tw[j - 1])
            || (tw[i] == "whether" && past_act(tw, j));
        if !verb_form || parts_of_speech(act) & VERB == 0 {
            continue;
        }
        let here = unit_at(&ours.token, e.suspect.start).unwrap_or(ow.len());

        let root = stem(act);
        // "proposed freezing" → "has frozen": the act in another form.
        let act_lemmas = lemmas(act);
        let same = |w: &str| stem(w) == root || lemmas(w).iter().any(|l| act_lemmas.contains(l));
        let once = |words: &[&str]| words.iter().filter(|w| same(w)).count() == 1;
        // Right after the cut, or anywhere when the act is named once on each
        // side ("would study the ruling before deciding whether to appeal" →
        // "would appeal the ruling").
        let Some(k) = (here..ow.len().min(here + ACT_REACH))
            .find(|&k| same(ow[k]))
            .or_else(|| {
                (once(tw) && once(ow))
                    .then(|| ow.iter().position(|w| same(w)))
                    .flatten()
            })
        else {
            continue;
        };
        // "would restore credit …, which he said could be in spring": a word
        // of an open act after this one governs that act, not this one.
        if !settles(ow, k, open) {
            continue;
        }
        // "will look at staffing levels" → "will examine staffing levels";
        // not a question dropped ("review whether it should move" → "review a move").
        let examined = ow[k.saturating_sub(2)..k]
            .iter()
            .any(|w| EXAMINATIONS.contains(w));
        if examined && tw[i] != "whether" {
            continue;
        }
        // "will vote on whether to strike" → "are to vote on strike action",
        // "will vote next month on opening": a vote on the act leaves it open.
        if k >= 1
            && ow[k - 1] == "on"
            && ow[k.saturating_sub(VOTE_REACH)..k]
                .iter()
                .any(|w| VOTES.contains(w))
        {
            continue;
        }
        // "would have kept": a counterfactual settles nothing.
        if k >= 2 && ow[k - 1] == "have" && MODALS.contains(&ow[k - 2]) {
            continue;
        }
        // "Would the company return?": a question settles nothing.
        let at = ours.token[k];
        if doc
            .sentence_of(at)
            .is_some_and(|n| doc.sentence_text(n).trim_end().ends_with('?'))
        {
            continue;
        }
        // "was reviewing whether the delay would breach" → "had concluded that
        // the delay would breach": the words put for the deliberation settle it.
        let put = here..unit_at(&ours.token, e.suspect.end).unwrap_or(ow.len());
        // "would propose tying" → "would suggest tying": a verb of the same
        // WordNet sense put for the deliberation keeps the act weighed.
        let restated = |w: &&str| shared_senses(tw[i], w).iter().any(|&(p, _)| p == VERB);
        if ow[put.clone()].iter().any(restated) {
            continue;
        }
        let span = if subject && !put.is_empty() && put.len() <= ACT_REACH {
            put
        } else {
            k..k + 1
        };
        let weighed = tw[i];
        flag_units(
            doc,
            src,
            pair,
            span,
            |now| {
                format!(
                    "\"{weighed} … {act}\" became \"{now}\": an act under deliberation is stated as settled"
                )
            },
            out,
        );
        return;
    }
}

/// Whether the suspect's words leave settled the act at `words[act]`: no
/// deliberation, intention or modal before it ("would think about bidding",
/// "is planning to"), no act that is itself a word of intention ("apply for
/// planning"; "would seek a retrial" is the weighed act settled), nor a
/// condition anywhere ("if").
fn settles(words: &[&str], act: usize, open: impl Fn(&&str) -> bool) -> bool {
    !words[..act].iter().any(&open)
        && !STILL_OPEN.contains(&words[act])
        && !words.iter().any(|w| CONDITIONS.contains(w))
}

/// Words of the suspect that keep an act open wherever they stand.
const CONDITIONS: &[&str] = &["if", "undecided"];

/// Whether word `m` of `words` is a regular past verb of a clause
/// ("happened", "had breached"), not a participle after a determiner.
fn past_act(words: &[&str], m: usize) -> bool {
    let w = words[m];
    w.ends_with("ed")
        && parts_of_speech(w) & VERB != 0
        && !determiner(words[m - 1])
        && !matches!(words[m - 1], "was" | "were" | "is" | "are" | "be" | "been")
}

/// Phrases that leave an outcome open: asked for, proposed or under
/// negotiation ("has applied for a permit", "is in talks to acquire").
const PENDING: &[&[&str]] = &[
    &["applied", "for"],
    &["applying", "for"],
    &["applied", "to"],
    &["in", "talks"],
    &["in", "discussions"],
    &["in", "discussion"],
    &["advanced", "talks"],
    &["in", "negotiations"],
    &["has", "proposed"],
    &["have", "proposed"],
    &["bid", "for"],
    &["bidding", "for"],
    &["talks", "with"],
    &["talking", "to"],
];

/// Words before an outcome within which a negator denies it.
pub(super) const DENIAL_REACH: usize = 5;

/// Verbs of an outcome obtained or settled.
pub(super) const OBTAINED: &[&str] = &[
    "secured",
    "secures",
    "won",
    "wins",
    "received",
    "obtained",
    "got",
    "granted",
    "agreed",
    "agrees",
    "signed",
    "signs",
    "approved",
    "awarded",
    "clinched",
    "clinches",
    "hired",
    "appointed",
    "sealed",
    "struck",
];

/// An outcome the source leaves pending ("has applied for emergency funds")
/// that the suspect states as obtained ("has secured emergency funds").
pub fn pending_stated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let pending = |words: &[&str]| {
        PENDING
            .iter()
            .find(|p| words.windows(p.len()).any(|w| w == **p))
    };
    let Some(phrase) = pending(tw) else {
        return;
    };
    if pending(ow).is_some() {
        return;
    }
    let Some(k) = outcome_told(tw, ow) else {
        return;
    };
    let was = phrase.join(" ");
    flag_unit(
        doc,
        src,
        pair,
        k,
        |now| format!("\"{was}\" became \"{now}\": a pending outcome is stated as obtained"),
        out,
    );
}

/// Edits longer than this many tokens get a settled question's finding on
/// the verb after them, not on the whole rewritten stretch.
const LONG_EDIT: usize = 4;

/// A question the source leaves open ("did not say whether fares would
/// rise") that the suspect answers ("fares will rise, the operator said"):
/// the negation and its "whether" are gone, and nothing else keeps the
/// question open.
pub fn question_settled(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (_, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if ow
        .iter()
        .any(|w| matches!(*w, "whether" | "if") || is_negator_word(w))
    {
        return;
    }
    for e in pair.edits.iter().filter(|e| e.kind != EditKind::Equal) {
        let Some(n) = e
            .source
            .clone()
            .find(|&t| is_negator_word(&src.tokens[t].norm) && leaves_question_open(src, t))
        else {
            continue;
        };
        let span = if !e.suspect.is_empty() && e.suspect.len() <= LONG_EDIT {
            Some(e.suspect.clone())
        } else {
            verb_after(doc, e.suspect.start..pair.suspect_tokens(doc).end)
        };
        let Some(span) = span else { continue };
        let (start, end) = doc.token_span(span);
        let asked = src.span_text(n..e.source.end);
        out.push(
            Diagnostic::new(
                start,
                end,
                format!("the source leaves this open (\"{asked}\"); the copy states it as settled"),
            )
            .evidence(src.span_text(pair.source_tokens(src))),
        );
        return;
    }
}

/// The suspect word at which an outcome is told obtained ("approved",
/// "won") that the source does not state in any form of the verb ("winning
/// 41 percent" → "Nair won 56 percent" states it) and no denial just before
/// keeps pending ("no deal had yet been struck"). An outcome the source
/// states by another of these words that is its synonym ("granted a lease"
/// → "awarded a lease") is stated.
pub(super) fn outcome_told(tw: &[&str], ow: &[&str]) -> Option<usize> {
    let stated = |w: &str| {
        tw.iter()
            .any(|t| share_lemma(t, w) || OBTAINED.contains(t) && synonym_rank(t, w).is_some())
    };
    let denied = |k: usize| {
        ow[k.saturating_sub(DENIAL_REACH)..k]
            .iter()
            .any(|w| is_negator_word(w))
    };
    (0..ow.len()).find(|&k| OBTAINED.contains(&ow[k]) && !stated(ow[k]) && !denied(k))
}
