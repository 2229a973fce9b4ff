//! A review told as its outcome: "would review the quota" → "would restore
//! the quota", "agreed to study the plan" → "agreed to adopt the plan".

use super::deliberations::outcome_told;
use super::required::required;
use super::{flag_unit, flag_units};
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::{VERB, parts_of_speech, synonym_rank};
use crate::text::Document;
use crate::text::words::{has_stem, stem};
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Verbs of looking into something to decide on it ("review the quota").
const EXAMINATIONS: &[&str] = &[
    "review",
    "reviews",
    "reviewing",
    "re-examine",
    "re-examining",
    "reexamine",
    "examine",
    "examines",
    "examining",
    "study",
    "studies",
    "studying",
    "assess",
    "assesses",
    "assessing",
    "reassess",
    "reassessing",
    "reconsider",
    "reconsidering",
    "revisit",
    "revisiting",
    "evaluate",
    "evaluates",
    "evaluating",
    "re-evaluate",
    "reevaluate",
    "investigate",
    "investigates",
    "investigating",
    "probe",
    "probes",
    "probing",
    "scrutinise",
    "scrutinize",
    "scrutinising",
    "scrutinizing",
    "inspect",
    "inspects",
    "inspecting",
    "check",
    "checks",
    "checking",
    "audit",
    "auditing",
    "analyse",
    "analyze",
    "analysing",
    "analyzing",
    "appraise",
    "appraising",
    "vet",
    "vetting",
];

/// Verbs that still only look into or weigh something, which a rewrite may
/// put for an examination ("review" → "look over", "study" → "survey").
const LOOKING: &[&str] = &[
    "look",
    "looking",
    // "was considering applying" → "was thinking about applying".
    "thinking",
    "search",
    "searching",
    "survey",
    "surveying",
    "consider",
    "considering",
    // "urging the council to reconsider" → "to rethink": still to be weighed.
    "rethink",
    "rethinking",
    "weigh",
    "weighing",
    "mull",
    "mulling",
    "monitor",
    "monitoring",
    "track",
    "tracking",
    "measure",
    "measuring",
    "test",
    "testing",
    "explore",
    "exploring",
    "discuss",
    "discussing",
    "debate",
    "debating",
    "verify",
    "verifying",
    "gauge",
    "judge",
];

/// Verbs of comparing or attending that, put for an examination, still only
/// look at the matter ("would check the two bids" → "would compare the two
/// bids", "was studying the designs" → "was concentrating on the designs"):
/// no outcome is told.
const ATTENDING: &[&str] = &[
    "compare",
    "compares",
    "comparing",
    "contrast",
    "contrasting",
    "concentrate",
    "concentrates",
    "concentrating",
    "focus",
    "focuses",
    "focusing",
    "focussing",
];

/// Whether `word` is a verb of examining or looking ([`EXAMINATIONS`],
/// [`LOOKING`]), looked up in a set built once: every word of a changed
/// sentence is asked.
fn looking(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| EXAMINATIONS.iter().chain(LOOKING).copied().collect())
        .contains(word)
}

/// Words before a verb that show it is one ("would review", "to review",
/// "was reviewing"), not a noun ("a review").
const VERB_LEADS: &[&str] = &[
    "to", "will", "would", "could", "may", "might", "can", "shall", "should", "must", "is", "are",
    "was", "were", "be", "been", "had", "has", "have",
];

/// Particles that make a looking verb of another ("go over", "look into").
const PARTICLES: &[&str] = &["over", "through", "into", "at"];

/// Adverb particles that make a phrasal verb of an outcome ("scale back",
/// "shut down", "sign off").
const OUTCOME_PARTICLES: &[&str] = &["back", "down", "up", "off", "out", "away"];

/// An examination ("would review the quota") whose verb alone the suspect
/// replaced by one of an outcome ("would restore the quota"): what was to be
/// looked into is told as decided.
pub fn review_settled(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (_, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if ow.iter().any(|w| looking(w)) {
        return;
    }
    for e in pair.substitutions() {
        let (theirs, ours) = (
            pair.source_units.slice(e.source.clone()),
            pair.suspect_units.slice(e.suspect.clone()),
        );
        // "was reviewing" → "was scaling back": a phrasal verb of an outcome.
        let ([from], [to] | [to, _]) = (&theirs.text[..], &ours.text[..]) else {
            continue;
        };
        if ours.text.len() == 2 && !OUTCOME_PARTICLES.contains(&ours.text[1].as_str()) {
            continue;
        }
        let led = |d: &Document, t: usize| {
            t.checked_sub(1)
                .is_some_and(|p| VERB_LEADS.contains(&d.norm_at(p)))
        };
        if !EXAMINATIONS.contains(&from.as_str())
            || stem(from) == stem(to)
            || ATTENDING.contains(&to.as_str())
            || synonym_rank(from, to).is_some()
            || parts_of_speech(to) & VERB == 0
            || !led(src, e.source.start)
            || src.norm_at(e.source.start - 1) != doc.norm_at(e.suspect.start.saturating_sub(1))
            || PARTICLES.contains(&doc.norm_at(e.suspect.end))
            // "urged them to check that" → "to confirm that": asked for on
            // both sides, nothing is told as decided.
            || (required(src, e.source.start) && required(doc, e.suspect.start))
        {
            continue;
        }
        let Some(k) = pair
            .suspect_units
            .token
            .iter()
            .position(|&t| t == ours.token[0])
        else {
            continue;
        };
        flag_units(
            doc,
            src,
            pair,
            k..k + ours.text.len(),
            |now| {
                format!(
                    "\"{from}\" became \"{now}\": what was to be looked into is told as decided"
                )
            },
            out,
        );
        return;
    }
}

/// Forms of "be" before a passive participle ("will be reviewed").
const BE_FORMS: &[&str] = &["be", "been", "being", "is", "are", "was", "were"];

/// Whether `words[k]` tells an examination still to be made from the side
/// of what is examined: the participle of a verb of looking into something
/// after a form of "be", an adverb between at most ("hardship cases will be
/// looked at", "the bid will be carefully reviewed"), or "go before" a body
/// that weighs it ("a funding plan will go before the committee").
pub(super) fn examined_in_passive(words: &[String], k: usize) -> bool {
    let w = words[k].as_str();
    if w == "before" {
        return k.checked_sub(1).is_some_and(|p| {
            matches!(words[p].as_str(), "go" | "goes" | "going" | "gone" | "went")
        });
    }
    let be = |p: usize| BE_FORMS.contains(&words[p].as_str());
    let passive = k
        .checked_sub(1)
        .is_some_and(|p| be(p) || (words[p].ends_with("ly") && p.checked_sub(1).is_some_and(be)));
    if !passive || !w.ends_with("ed") {
        return false;
    }
    let particle = || {
        words
            .get(k + 1)
            .is_some_and(|n| PARTICLES.contains(&n.as_str()))
    };
    let root = stem(w);
    (w == "looked" && particle()) || EXAMINATIONS.iter().any(|e| has_stem(e, &root))
}

/// Nouns of an examination under way after "under" ("under review").
const UNDER_WAY: &[&str] = &[
    "review",
    "consideration",
    "discussion",
    "examination",
    "investigation",
    "study",
    "assessment",
];

/// A request or proposal the source has under examination ("was reviewing the
/// request", "would consider the bid", "is under review") that the suspect, with no word of
/// looking into it left, tells as decided ("had approved the request"): a
/// verb of an outcome the source does not state, not denied.
pub fn examination_settled(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // "is under consideration": the noun of an examination under way.
    let under = |i: usize| tw[i - 1] == "under" && UNDER_WAY.contains(&tw[i]);
    let under_way =
        (1..tw.len()).find(|&i| VERB_LEADS.contains(&tw[i - 1]) && looking(tw[i]) || under(i));
    let Some(i) = under_way else { return };
    if ow.iter().any(|w| looking(w)) {
        return;
    }
    let Some(k) = outcome_told(tw, ow) else {
        return;
    };
    let was = format!("{} {}", tw[i - 1], tw[i]);
    flag_unit(
        doc,
        src,
        pair,
        k,
        |now| format!("\"{was}\" became \"{now}\": what was under examination is told as decided"),
        out,
    );
}
