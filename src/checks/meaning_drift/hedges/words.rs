//! Which words hedge a claim, read in context ("may" the modal, not the
//! month; "could not" an inability; "expected" after "as" no forecast).

use super::before::{asked_before, charged_before, purpose_before, refused_before};
use super::holders::noun_holds;
use super::judged::passive_judgement;
use super::kept::gerund;
use super::mandates::mandated;
use super::valuations::estimate_at;
use crate::align::units::Units;
use crate::checks::grammar::{BE, linked_adjective};
use crate::lexicon::wordnet::{VERB, parts_of_speech};
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Words that hedge a claim ("unlikely" hedges too: "likely" → "unlikely" keeps
/// the hedge, and polarity-drift reports the flip). "set to", "poised to" and an
/// estimate "put at" hedge as well.
pub(super) const HEDGES: &[&str] = &[
    "may",
    "should",
    "ought",
    "might",
    "possibly",
    "possible",
    // "maybe inside the library" restates "possibly inside the library".
    "maybe",
    // "where feasible" restates "where possible".
    "feasible",
    "perhaps",
    "probably",
    "likely",
    "probable",
    "unlikely",
    "improbable",
    "reportedly",
    "expected",
    "expect",
    "expects",
    "expecting",
    "consider",
    "considers",
    "considering",
    "exploring",
    "mulling",
    "anticipated",
    "anticipate",
    "anticipates",
    "anticipating",
    "predict",
    "predicts",
    "forecasts",
    "projected",
    "projection",
    "projections",
    "forecast",
    "predicted",
    "estimated",
    "estimate",
    "estimates",
    "estimating",
    "forecasting",
    "predicting",
    "likelier",
    "likeliest",
    "allegedly",
    "alleged",
    "preliminary",
    "suspected",
    "provisional",
    "provisionally",
    "tentative",
    "tentatively",
    "unconfirmed",
    "purported",
    "apparently",
];

/// Verbs of expecting and weighing whose denial is no hedge.
pub(super) const DENIABLE: &[&str] = &[
    "expect",
    "expected",
    "expects",
    "expecting",
    "consider",
    "considered",
    "considering",
    "anticipate",
    "anticipated",
    "anticipating",
];

/// Whether word `k` is denied by a "not", "never" or a failing just before it
/// ("did not expect", "failed to consider").
pub(super) fn denied_at(words: &[String], k: usize) -> bool {
    words[k.saturating_sub(2)..k].iter().any(|p| {
        matches!(
            p.as_str(),
            "not" | "never" | "without" | "failed" | "fail" | "fails" | "failing"
        )
    })
}

/// Whether word `k` is "expected to" in a denied passive forecast ("supplies
/// were not expected to be affected"): a hedge on a thing, not a person's
/// denied expectation.
fn denied_forecast(words: &[String], k: usize) -> bool {
    let at = |i: usize| words.get(i).map(String::as_str);
    k >= 2
        && at(k) == Some("expected")
        && at(k + 1) == Some("to")
        && at(k - 1) == Some("not")
        && at(k - 2).is_some_and(|w| BE.contains(&w))
}

pub(super) static HEDGE_SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();

/// Whether `word` is in `list`, looked up in a set built from it once: the
/// hedge lists are read for every word of every changed sentence.
pub(super) fn in_set(
    set: &OnceLock<FxHashSet<&'static str>>,
    list: &[&'static str],
    word: &str,
) -> bool {
    set.get_or_init(|| list.iter().copied().collect())
        .contains(word)
}

/// Hedges in `words` (see [`HEDGES`]).
pub(in crate::checks::meaning_drift) fn hedges(words: &[String]) -> usize {
    (0..words.len()).filter(|&k| hedging(words, k)).count()
}

/// Words before "May" that make it the month ("in May", "last May").
const BEFORE_MONTH: &[&str] = &[
    "in", "by", "since", "until", "till", "from", "of", "early", "late", "mid", "last", "next",
    "this", "through", "during", "before", "after",
];

/// Whether `word` is written in digits ("28", "2024").
pub(super) fn numeral(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether word `k` of `words` hedges the claim.
pub(super) fn hedging(words: &[String], k: usize) -> bool {
    // "declined to comment on its likely outcome": a refusal claims nothing.
    // It is looked for last: most words hedge nothing anyway.
    // "would not be surprised if" denies with no refusal.
    hedges_unless_refused(words, k) && (words[k] == "surprised" || !refused_before(words, k))
}

/// Whether word `k` of `words` hedges the claim, unless a refusal stands
/// before it.
fn hedges_unless_refused(words: &[String], k: usize) -> bool {
    let next = words.get(k + 1).map(String::as_str);
    let prev = k.checked_sub(1).map(|p| words[p].as_str());
    match words[k].as_str() {
        // "on May 28", "9 May", "since May": the month, not the modal.
        "may"
            if next.is_some_and(numeral)
                || prev.is_some_and(|p| numeral(p) || BEFORE_MONTH.contains(&p)) =>
        {
            false
        }
        // "so that he could rest": a purpose, not a hedge; "review whether
        // the race should move": a question, which is settled or not.
        "could" | "might" | "may" | "should"
            if purpose_before(words, k) || asked_before(words, k) =>
        {
            false
        }
        // "could not say", "could not be handled", "could no longer offer":
        // an inability, not a hedge; "could not be ruled out" still hedges.
        "could" if next == Some("no") => words.get(k + 2).is_none_or(|w| w != "longer"),
        "could" => {
            next != Some("not")
                || (words.get(k + 2).is_some_and(|w| w == "be")
                    && words
                        .get(k + 3)
                        .is_some_and(|w| EXCLUDED.contains(&w.as_str())))
        }
        // "a guard that should have stopped it": a duty unmet, not a hedge.
        // "ruled that she should be suspended": an order, not a hedge.
        "should" if next == Some("have") || mandated(words, k) => false,
        // "charged in an alleged fraud": the charge attributes the act already.
        "alleged" | "allegedly" if charged_before(words, k) => false,
        // "as expected", "than expected", "far more than would be expected":
        // what happened, measured against a forecast, not a forecast.
        "expected" | "forecast" | "predicted" | "anticipated" if compared(words, k) => false,
        // "too early to estimate the cost": the act of estimating, not a hedge.
        "estimate" if k.checked_sub(1).is_some_and(|p| words[p] == "to") => false,
        // "it was not possible to say": no hedge either.
        "possible" => k.checked_sub(1).is_none_or(|p| words[p] != "not"),
        // "would not be surprised if waits rose": the idiom of expecting it.
        "surprised" => next == Some("if") && denied_at(words, k),
        // "did not expect to change", "did not consider": a denied
        // expectation is polarity-drift's, not a hedge ("not likely" still
        // hedges).
        // "were not expected to be affected" still forecasts, of the thing.
        w if in_set(&HEDGE_SET, HEDGES, w) => {
            !(DENIABLE.contains(&w) && denied_at(words, k)) || denied_forecast(words, k)
        }
        // "said she believed the decline was", "he thinks the unit is",
        // "investigators believe the converters were sold": a speaker's or
        // a named holder's belief; not "believed in", "thought about".
        "believe" | "believes" | "believed" | "think" | "thinks" | "thought"
            if (matches!(prev, Some("he" | "she" | "they" | "i" | "we"))
                || noun_holds(words, k))
                && next.is_none_or(|n| !matches!(n, "in" | "to" | "of" | "about" | "so")) =>
        {
            true
        }
        // "appeared to have been moved", "appeared largest"; not "appeared in court".
        "set" | "poised" | "thought" => next == Some("to"),
        // "the delay before symptoms appeared made it dangerous": the verb
        // after it takes an object, so "appeared" is "came", no appearance.
        "appeared" | "appears" | "appear" => {
            next.is_some_and(|n| n == "to" || linked_adjective(n) && !takes_object(words, k + 1))
        }
        // "hoped to open", "hoped performance would improve", "feared the unit
        // would close", "feared losing": a hope or a fear of what may come.
        "hope" | "hopes" | "hoped" | "hoping" => next == Some("to") || modal_clause(words, k),
        "fear" | "fears" | "feared" | "fearing" => {
            modal_clause(words, k)
                || gerund(next)
                || matches!(next, Some("the" | "a" | "an" | "that"))
        }
        // "was confident of meeting the schedule" → "would meet it": a belief.
        "confident" => matches!(next, Some("that" | "of")) || modal_clause(words, k),
        // "said he was concerned that the company had finished late" → "said
        // the company had finished late": a worry, told as fact once cut.
        "concerned" | "worried" => next == Some("that"),
        // "at risk of missing", "risks missing", "because of the risk of
        // tracks buckling": a danger, not the outcome.
        "risk" => matches!(prev, Some("at" | "the" | "a")) && next == Some("of"),
        "risks" | "risked" | "risking" => next.is_some_and(|n| n.ends_with("ing")),
        // "warns of cancellations": a forecast of what may come; "warning of
        // possible flooding" hedges once, in its adjective.
        "warn" | "warns" | "warned" | "warning" => {
            next == Some("of")
                && words.get(k + 2).is_none_or(|w| {
                    !matches!(w.as_str(), "possible" | "potential" | "likely" | "probable")
                })
        }
        // "seemed mostly unaffected", "described residents as seeming
        // relaxed": seeming hedges whatever follows.
        "seemed" | "seems" | "seem" | "seeming" => true,
        // "is reported to have set aside", a symphony "believed to have lain unplayed": the
        // passive of report; not "due to be reported to councillors", no verb after "to".
        "believed" | "reported" | "said" | "understood" | "rumoured" | "rumored" => {
            let be = |w: &str| BE.contains(&w) || w == "have";
            let verb = words.get(k + 2).filter(|n| parts_of_speech(n) & VERB != 0);
            let passive = k.checked_sub(1).is_some_and(|p| be(&words[p]));
            next == Some("to") && verb.is_some_and(|n| passive || be(n))
        }
        // "weighing options" hedges; "weighing less than 2 kilograms" does not.
        // "weighing up strike action" hedges; "weighing up to 40 kg" does not.
        "weigh" | "weighs" | "weighing" if next == Some("up") => words
            .get(k + 2)
            .is_none_or(|n| n != "to" && !n.starts_with(|c: char| c.is_ascii_digit())),
        "weigh" | "weighs" | "weighing" => !next.is_some_and(|n| {
            n.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    n,
                    "less"
                            | "more"
                            | "no"
                            | "about"
                            | "around"
                            | "up"
                            | "over"
                            | "under"
                            | "in"
                            | "at"
                            // "weigh on margins": a burden, not a deliberation.
                            | "on"
                            | "heavily"
                )
        }),
        // "estimates putting losses at": one estimate, not two.
        "put" | "puts" | "putting" => {
            estimate_at(&words[k + 1..]) && !prev.is_some_and(|p| p.starts_with("estimat"))
        }
        // "potential victims"; not "the potential of", "has potential to".
        "potential" => next.is_none_or(|n| !matches!(n, "of" | "to" | "for" | "in" | "and")),
        // "agreed in principle": provisional.
        "principle" => k.checked_sub(1).is_some_and(|p| words[p] == "in"),
        // "are considered more vulnerable", "is regarded as safe".
        "considered" | "deemed" | "regarded" | "seen" | "viewed" => passive_judgement(words, k),
        _ => false,
    }
}

/// Auxiliaries that may stand between "than" or "as" and the word of
/// forecast it measures against ("than would be expected").
const COMPARED_AUXILIARIES: &[&str] = &["would", "might", "could", "be", "been", "have", "had"];

/// Whether word `k` of `words`, a word of forecast, closes a comparison
/// with what was forecast ("as expected", "than might have been expected").
fn compared(words: &[String], k: usize) -> bool {
    words[..k]
        .iter()
        .rev()
        .find(|w| !COMPARED_AUXILIARIES.contains(&w.as_str()))
        .is_some_and(|w| matches!(w.as_str(), "as" | "than"))
}

/// Words that open a verb's object ("made the species dangerous").
const OBJECT_LEADS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "these", "those",
];

/// Whether word `k` of `words` is a verb followed by its object: a main
/// verb of its own, no adjective an appearance links to its subject.
fn takes_object(words: &[String], k: usize) -> bool {
    parts_of_speech(&words[k]) & VERB != 0
        && words
            .get(k + 1)
            .is_some_and(|n| OBJECT_LEADS.contains(&n.as_str()))
}

/// Words after a verb of hoping or fearing within which the modal of the
/// clause it governs is looked for ("feared the unit would never reopen").
const CLAUSE_REACH: usize = 5;

/// Whether word `k`, a verb of hoping or fearing, governs a clause with a
/// modal of what will come ("hoped performance would improve"), which the
/// verb hedges; a clause hedged itself ("hoped it could open") keeps its
/// hedge in the modal.
fn modal_clause(words: &[String], k: usize) -> bool {
    words
        .iter()
        .skip(k + 1)
        .take(CLAUSE_REACH)
        .any(|w| matches!(w.as_str(), "would" | "will"))
}

/// Hedges judged by the word after them, which an edit may leave out
/// ("believed" to, "appeared" largest).
const IN_CONTEXT: &[&str] = &[
    "believed",
    "reported",
    "understood",
    "rumoured",
    "rumored",
    "appeared",
    "appears",
    "appear",
    "considered",
    "deemed",
    "regarded",
    "seen",
    "viewed",
];

/// Hedges of a clause to come ("hoped", "at risk of") or of a passive report
/// ("were believed to") in the tokens `range` of `units`, read with the words
/// around them, which an edit cutting the hedge alone ("hopes | to") leaves out.
pub(super) fn clause_hedges(units: &Units, range: &std::ops::Range<usize>) -> usize {
    (0..units.text.len())
        .filter(|&k| range.contains(&units.token[k]))
        .filter(|&k| {
            let clause = matches!(
                units.text[k].as_str(),
                "hope" | "hopes" | "hoped" | "hoping" | "fear" | "fears" | "feared" | "fearing"
            );
            let reported = IN_CONTEXT.contains(&units.text[k].as_str());
            (clause || reported) && hedging(&units.text, k)
        })
        .count()
}

/// Verbs of exclusion that a denied possibility turns into a hedge ("could
/// not be ruled out").
const EXCLUDED: &[&str] = &["ruled", "excluded", "discounted", "dismissed"];
