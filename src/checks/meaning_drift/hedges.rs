//! Hedges: a hedge dropped or added, a refusal to say turned into a statement.

use super::MAX_SPAN_TOKENS;
use crate::align::units::Units;
use crate::align::{AlignedPair, Edit, EditKind};
use crate::checks::grammar::verb_after;
use crate::finding::Diagnostic;
use crate::lexicon::dictionary::misspelling_of;
use crate::lexicon::spun::is_spun_sense;
use crate::lexicon::stance::{shift, stances};
use crate::lexicon::wordnet::{VERB, lemmas, parts_of_speech};
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, shares_root};
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Words that hedge a claim ("unlikely" hedges too: "likely" → "unlikely" keeps
/// the hedge, and polarity-drift reports the flip). "set to", "poised to" and an
/// estimate "put at" hedge as well.
const HEDGES: &[&str] = &[
    "may",
    "should",
    "ought",
    "might",
    "possibly",
    "possible",
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
const DENIABLE: &[&str] = &[
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
fn denied_at(words: &[String], k: usize) -> bool {
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
        && matches!(
            at(k - 2),
            Some("is" | "are" | "was" | "were" | "be" | "been")
        )
}

/// Content words after a hedge that make up the claim it governs.
const CLAIM_WORDS: usize = 3;

/// Whether each hedge of `from` governs a claim that `to` leaves out: the
/// first [`CLAIM_WORDS`] content words after the hedge ("expected fresh
/// sandbag deliveries" → "criticised the county") lie in `from` and share no
/// root with a word of `to`. The claim went with its hedge; omitted-content
/// and unsupported-content judge that, and no hedge was dropped from a claim
/// kept.
fn hedged_claims_gone(from: &[String], to: &[String]) -> bool {
    let mut hedged = (0..from.len()).filter(|&k| hedging(from, k)).peekable();
    hedged.peek().is_some()
        && hedged.all(|k| {
            let claim: Vec<&String> = from[k + 1..]
                .iter()
                .filter(|w| !is_stopword(w))
                .take(CLAIM_WORDS)
                .collect();
            claim.len() == CLAIM_WORDS
                && claim.iter().all(|w| !to.iter().any(|o| shares_root(o, w)))
        })
}

/// Words that keep a hedge when they stand in for one, though the source's use
/// of them is no hedge to keep: an approximation ("an estimated 260,000" →
/// "roughly 260,000"), a schedule ("expected" → "due"), permission or ability
/// ("may accept" → "can take", "are permitted to").
const HEDGE_KEEPERS: &[&str] = &[
    // Weighing a step: "was exploring" → "is looking into", "consider" → "think about".
    "looking",
    "look",
    "think",
    "thinking",
    "studying",
    "examining",
    "reviewing",
    "assessing",
    "consideration",
    // "the level it considers safe" → "what it regards as safe".
    "regard",
    "regards",
    "regarded",
    // "the projection depends on emissions" → "the outlook hinges on them".
    "outlook",
    "doubt",
    "doubts",
    "doubted",
    "roughly",
    "approximately",
    // "estimate" → "gauge", "assessed", "valued at", "pegged at".
    "gauge",
    "gauged",
    "gauges",
    "assessed",
    "valued",
    "pegged",
    "judges",
    "judged",
    "reckoned",
    "reckons",
    "reckon",
    "believed",
    "due",
    "scheduled",
    // "has alleged" → "alleges".
    "alleges",
    "allege",
    "alleging",
    // "signals a cut may come" → "hints at a cut"; "expects inflation to
    // fall" → "sees inflation falling".
    "hint",
    "hints",
    "hinted",
    "hinting",
    "sees",
    // "a possible flyby" → "a potential flyby"; "more likely to survive" → "a
    // better chance of surviving".
    "potential",
    "potentially",
    "chance",
    "chances",
    "can",
    "able",
    "unable",
    "capable",
    "permitted",
    "allowed",
    // "hoped it would" → "was hopeful it would", "feared" → "was afraid";
    // "at risk of missing" → "in danger of missing".
    "hopeful",
    "optimistic",
    "afraid",
    "danger",
    "jeopardy",
    // "at risk of closing" → "safe from closing": a reversal, polarity-drift's.
    "safe",
    // "cut its profit forecast" → "lowered its profit guidance".
    "guidance",
    // "may not apply everywhere" → "does not necessarily apply everywhere".
    "necessarily",
    // "alleged that the council delayed" → "accused the council of delaying".
    "accused",
    "accuses",
    "accusing",
];

static HEDGE_SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
static KEEPER_SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();

/// Whether `word` is in `list`, looked up in a set built from it once: the
/// hedge lists are read for every word of every changed sentence.
fn in_set(set: &OnceLock<FxHashSet<&'static str>>, list: &[&'static str], word: &str) -> bool {
    set.get_or_init(|| list.iter().copied().collect())
        .contains(word)
}

/// Hedges in `words` (see [`HEDGES`]).
fn hedges(words: &[String]) -> usize {
    (0..words.len()).filter(|&k| hedging(words, k)).count()
}

/// Words before "May" that make it the month ("in May", "last May").
const BEFORE_MONTH: &[&str] = &[
    "in", "by", "since", "until", "till", "from", "of", "early", "late", "mid", "last", "next",
    "this", "through", "during", "before", "after",
];

/// Whether `word` is written in digits ("28", "2024").
fn numeral(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether word `k` of `words` hedges the claim.
fn hedging(words: &[String], k: usize) -> bool {
    let next = words.get(k + 1).map(String::as_str);
    let prev = k.checked_sub(1).map(|p| words[p].as_str());
    match words[k].as_str() {
        // "declined to comment on its likely outcome": a refusal claims nothing.
        _ if refused_before(words, k) => false,
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
        // "could not say", "could not be handled": an inability, not a
        // hedge; "could not be ruled out" still hedges.
        "could" => {
            next != Some("not")
                || (words.get(k + 2).is_some_and(|w| w == "be")
                    && words
                        .get(k + 3)
                        .is_some_and(|w| EXCLUDED.contains(&w.as_str())))
        }
        // "a guard that should have stopped it": a duty unmet, not a hedge.
        "should" if next == Some("have") => false,
        // "charged in an alleged fraud": the charge attributes the act already.
        "alleged" | "allegedly" if charged_before(words, k) => false,
        // "as expected", "than expected": what happened, not a forecast.
        "expected" | "forecast" | "predicted" | "anticipated"
            if k.checked_sub(1)
                .is_some_and(|p| matches!(words[p].as_str(), "as" | "than")) =>
        {
            false
        }
        // "too early to estimate the cost": the act of estimating, not a hedge.
        "estimate" if k.checked_sub(1).is_some_and(|p| words[p] == "to") => false,
        // "it was not possible to say": no hedge either.
        "possible" => k.checked_sub(1).is_none_or(|p| words[p] != "not"),
        // "did not expect to change", "did not consider": a denied
        // expectation is polarity-drift's, not a hedge ("not likely" still
        // hedges).
        // "were not expected to be affected" still forecasts, of the thing.
        w if in_set(&HEDGE_SET, HEDGES, w) => {
            !(DENIABLE.contains(&w) && denied_at(words, k)) || denied_forecast(words, k)
        }
        // "appeared to have been moved"; not "appeared in court".
        "set" | "poised" | "appeared" | "appears" | "thought" => next == Some("to"),
        // "hoped to open", "hoped performance would improve", "feared the
        // unit would close": a hope or a fear of what may come, not a fact.
        "hope" | "hopes" | "hoped" | "hoping" => next == Some("to") || modal_clause(words, k),
        "fear" | "fears" | "feared" | "fearing" => modal_clause(words, k),
        // "at risk of missing", "risks missing": a danger, not the outcome.
        "risk" => prev == Some("at") && next == Some("of"),
        "risks" => next.is_some_and(|n| n.ends_with("ing")),
        // "seemed mostly unaffected": seeming hedges whatever follows.
        "seemed" | "seems" | "seem" => true,
        // "is believed to have started", "is reported to have set aside".
        "believed" | "reported" | "said" | "understood" | "rumoured" | "rumored" => {
            next == Some("to")
                && k.checked_sub(1).is_some_and(|p| {
                    matches!(
                        words[p].as_str(),
                        "is" | "are" | "was" | "were" | "be" | "been"
                    )
                })
        }
        // "weighing options" hedges; "weighing less than 2 kilograms" does not.
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
        // "agreed in principle": provisional.
        "principle" => k.checked_sub(1).is_some_and(|p| words[p] == "in"),
        _ => false,
    }
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

/// Hedges of a clause to come ("hoped", "feared", "at risk of") in the tokens
/// `range` of `units`, read with the words after them, which an edit that
/// cuts the hedge alone ("they hoped") leaves out.
fn clause_hedges(units: &Units, range: &std::ops::Range<usize>) -> usize {
    (0..units.text.len())
        .filter(|&k| range.contains(&units.token[k]))
        .filter(|&k| {
            matches!(
                units.text[k].as_str(),
                "hope" | "hopes" | "hoped" | "hoping" | "fear" | "fears" | "feared" | "fearing"
            ) && modal_clause(&units.text, k)
                && hedging(&units.text, k)
        })
        .count()
}

/// Verbs of exclusion that a denied possibility turns into a hedge ("could
/// not be ruled out").
const EXCLUDED: &[&str] = &["ruled", "excluded", "discounted", "dismissed"];

/// Whether a refusal ("declined to", "refused to", "would not") stands
/// within [`REFUSAL_REACH`] words before word `k`.
fn refused_before(words: &[String], k: usize) -> bool {
    (k.saturating_sub(REFUSAL_REACH)..k).any(|p| {
        p.checked_sub(1).is_some_and(|q| {
            matches!(
                (words[q].as_str(), words[p].as_str()),
                (
                    "declined" | "declines" | "declining" | "refused" | "refuses" | "refusing",
                    "to"
                ) | ("would" | "will", "not")
            )
        })
    })
}

/// Words a refusal may stand before the hedge it takes in ("declined to
/// comment on its likely").
const REFUSAL_REACH: usize = 6;

/// Whether a charge ("charged", "accused", "arrested") stands within
/// [`CHARGE_REACH`] words before word `k` ("charged in alleged").
fn charged_before(words: &[String], k: usize) -> bool {
    words[k.saturating_sub(CHARGE_REACH)..k].iter().any(|p| {
        matches!(
            p.as_str(),
            "charged" | "accused" | "arrested" | "indicted" | "convicted" | "detained"
        )
    })
}

/// Words a charge may stand before the allegation it names.
const CHARGE_REACH: usize = 3;

/// Whether word `k` stands in a clause of purpose ("so that he could rest",
/// "in order that they might").
fn purpose_before(words: &[String], k: usize) -> bool {
    (k.saturating_sub(PURPOSE_REACH)..k).any(|p| {
        words[p] == "that"
            && p.checked_sub(1)
                .is_some_and(|q| matches!(words[q].as_str(), "so" | "order"))
    })
}

/// Whether "whether" stands within [`PURPOSE_REACH`] words before word `k`.
fn asked_before(words: &[String], k: usize) -> bool {
    words[k.saturating_sub(PURPOSE_REACH)..k]
        .iter()
        .any(|p| p == "whether")
}

/// Words a purpose's "so that" or a question's "whether" may stand before its modal ("so that the
/// crew could").
const PURPOSE_REACH: usize = 4;

/// Words in `words` that keep a hedge ([`HEDGE_KEEPERS`], "about 40").
fn keepers(words: &[String]) -> usize {
    let keeping = |k: usize| {
        let figure = words
            .get(k + 1)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        match words[k].as_str() {
            w if in_set(&KEEPER_SET, HEDGE_KEEPERS, w) => true,
            // "expected" → "did not expect": the expectation is still stated,
            // and its denial is polarity-drift's to report.
            w if DENIABLE.contains(&w) => denied_at(words, k),
            // "is expected to make his debut" → "is in line to make it".
            "line" => {
                k.checked_sub(1).is_some_and(|p| words[p] == "in")
                    && words.get(k + 1).is_some_and(|n| n == "to")
            }
            // "would consider the findings" → "would take them into account".
            "account" => k.checked_sub(1).is_some_and(|p| words[p] == "into"),
            // "a ban is likely" → "a ban is on the cards": the idiom of likelihood.
            "cards" => {
                k >= 2 && words[k - 1] == "the" && matches!(words[k - 2].as_str(), "on" | "in")
            }
            "about" | "around" | "some" | "nearly" | "almost" => figure,
            // "is reportedly a former employee" → "is one, according to reports".
            "reports" | "reported" => k.checked_sub(1).is_some_and(|p| words[p] == "to"),
            // "would weigh the benefits against" → "would balance them against".
            "balance" | "balancing" => words[k + 1..].iter().take(6).any(|n| n == "against"),
            // "would consider it" → "was open to it".
            "open" => words.get(k + 1).is_some_and(|n| n == "to"),
            // "signals a cut is possible" → "opens the door to a cut".
            "door" => words[k.saturating_sub(2)..k]
                .iter()
                .any(|p| matches!(p.as_str(), "open" | "opens" | "opened" | "opening")),
            // "said he should expect" → "telling him to expect": advice kept.
            "told" | "telling" | "tells" | "tell" | "urged" | "urging" | "advised" | "advising" => {
                words[k + 1..].iter().take(3).any(|n| n == "to")
            }
            // "remained possible" → "remained a possibility"; not "could not
            // exclude the possibility".
            "possibility" => k.checked_sub(1).is_some_and(|p| words[p] == "a"),
            _ => false,
        }
    };
    (0..words.len()).filter(|&k| keeping(k)).count()
}

/// Whether `to` states with fewer hedges than `from`, once the hedge keepers
/// that `to` has beyond `from`'s are counted as hedges.
fn fewer_hedges(from: &[String], to: &[String]) -> bool {
    hedges(from) > hedges(to) + keepers(to).saturating_sub(keepers(from))
}

/// Words "put" may take before "at" and still state an estimate ("put the
/// losses at"), unless it is put at risk.
const ESTIMATE_REACH: usize = 10;

/// Whether the words after "put" make it an estimate: "put the losses at 40 million".
fn estimate_at(after: &[String]) -> bool {
    after
        .iter()
        .take(ESTIMATE_REACH)
        .position(|w| w == "at")
        .is_some_and(|k| after.get(k + 1).is_none_or(|w| w != "risk"))
}

/// Tokens after a dropped hedge within which a certain modal took its place
/// ("expects … to fall" → "… will fall"); one further on belongs to another
/// clause.
const MODAL_REACH: usize = 8;

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
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
    guessed: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    if !fewer_hedges(&theirs.text, &ours.text) {
        return;
    }
    for e in pair.edits.iter().filter(|e| e.kind != EditKind::Equal) {
        let (te, oe) = (
            Units::new(src, e.source.clone()),
            Units::new(doc, e.suspect.clone()),
        );
        // "forecast" → "forcast": a misspelt hedge is spelling's to report.
        let misspelt = || {
            oe.text.iter().any(|w| {
                te.text
                    .iter()
                    .any(|h| in_set(&HEDGE_SET, HEDGES, h) && misspelling_of(w, h))
            })
        };
        // "is expected to" → "is relied upon to": a spinner's wrong-sense
        // swap of the hedge, garbled-phrase's to report.
        let spun = || {
            oe.text
                .iter()
                .any(|w| te.text.iter().any(|h| is_spun_sense(h, w)))
        };
        // "estimate the losses at" → "put the losses … at": the "at" may
        // lie past the edit.
        let put_at = || {
            ours.token.iter().enumerate().any(|(k, t)| {
                e.suspect.contains(t)
                    && matches!(ours.text[k].as_str(), "put" | "puts" | "putting")
                    && estimate_at(&ours.text[k + 1..])
            })
        };
        // "An estimated 45,000" → "Some 45,000": the approximation stands
        // before the figure past the edit.
        let approximated = || {
            oe.text.last().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "about" | "around" | "some" | "nearly" | "almost"
                )
            }) && ours
                .token
                .iter()
                .position(|&t| t >= e.suspect.end)
                .is_some_and(|k| numeral(&ours.text[k]))
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
        let dropped = fewer_hedges(&te.text, &oe.text)
            || (clause_hedges(theirs, &e.source) > clause_hedges(ours, &e.suspect) && !believes());
        if !dropped
            || approximated()
            || shifted()
            || misspelt()
            || spun()
            || put_at()
            || hedged_claims_gone(&te.text, &oe.text)
            || hedges_moved(&te.text, &theirs.text, &ours.text)
        {
            continue;
        }
        // The certain modal that took the hedge's place ("expects … to fall" →
        // "… will fall"), else the start of what replaced it.
        let modal = pair
            .edits
            .iter()
            .filter(|x| x.kind != EditKind::Equal)
            .flat_map(|x| x.suspect.clone())
            .filter(|t| (e.suspect.start..e.suspect.end + MODAL_REACH).contains(t))
            .find(|&t| is_certain_modal(&doc.tokens[t].norm))
            .or_else(|| moved_modal(doc, pair, &te.text));
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
            .or_else(|| restated_verb(doc, src, pair, &te).map(|t| t..t + 1))
            .or_else(|| settled_copula(doc, src, pair, e).map(|t| t..t + 2));
        let sure = placed.is_some();
        let span = placed.or_else(|| {
            if e.suspect.is_empty() {
                verb_after(doc, e.suspect.start..pair.suspect_tokens(doc).end)
                    .filter(|s| has_verb(doc, s.clone()))
                    .or_else(|| verb_before(doc, e.suspect.start))
            } else {
                Some(e.suspect.start..e.suspect.end.min(e.suspect.start + MAX_SPAN_TOKENS))
            }
        });
        // No verb where the hedge stood ("estimated that the stoppage" →
        // "the stoppage"): the place is a guess.
        let span = span.or_else(|| verb_after(doc, e.suspect.start..pair.suspect_tokens(doc).end));
        if let Some(span) = span {
            let guess = !sure && !has_verb(doc, span.clone());
            let (start, end) = doc.token_span(span);
            let to = if guess { &mut *guessed } else { &mut *out };
            to.push(
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

/// Tokens after a deleted hedge within which a copula put in for it is
/// looked for.
const COPULA_REACH: usize = 12;

/// A copula the rewrite put in after a hedge it deleted outright, which
/// states as settled what the hedge forecast ("said it expected profit of
/// between £3m and £4m" → "said profit was between £3m and £4m"): the first
/// present or past "be" of a later changed edit within [`COPULA_REACH`]
/// tokens whose source side has none, and which no hedge follows.
fn settled_copula(doc: &Document, src: &Document, pair: &AlignedPair, e: &Edit) -> Option<usize> {
    let copula = |w: &str| matches!(w, "is" | "are" | "was" | "were");
    if !e.suspect.is_empty() {
        return None;
    }
    let reach = e.suspect.start..e.suspect.start + COPULA_REACH;
    pair.edits
        .iter()
        .filter(|x| x.kind != EditKind::Equal && x.suspect.start >= e.suspect.start)
        .filter(|x| !x.source.clone().any(|t| copula(&src.tokens[t].norm)))
        .flat_map(|x| x.suspect.clone())
        .find(|&t| {
            reach.contains(&t)
                && copula(&doc.tokens[t].norm)
                // "a westerly is forecast": the hedge kept in the passive.
                && !doc
                    .tokens
                    .get(t + 1)
                    .is_some_and(|n| in_set(&HEDGE_SET, HEDGES, &n.norm))
        })
}

/// Whether the tokens `span` hold a verb ("according to" is a preposition).
fn has_verb(doc: &Document, span: std::ops::Range<usize>) -> bool {
    doc.words(span)
        .any(|(_, t)| t.norm != "according" && parts_of_speech(&t.norm) & VERB != 0)
}

/// The copula or auxiliary just before token `t` ("was probably the main driver" → "was
/// the main driver": the hedge stood after "was").
fn verb_before(doc: &Document, t: usize) -> Option<std::ops::Range<usize>> {
    let p = (0..t)
        .rev()
        .find(|&p| doc.tokens[p].kind == TokenKind::Word)?;
    let copula = matches!(
        doc.tokens[p].norm.as_str(),
        "is" | "are" | "was" | "were" | "be" | "been" | "has" | "have" | "had"
    );
    (p + 1 == t && copula).then_some(p..t)
}

/// Whether `a` and `b` share a group of attribution ("alleged", "argued").
fn same_speech(a: &str, b: &str) -> bool {
    stances(a)
        .iter()
        .any(|x| x.class == "attribution" && stances(b).contains(x))
}

/// Whether `word` is a modal of certainty.
fn is_certain_modal(word: &str) -> bool {
    matches!(word, "will" | "would" | "shall" | "must")
}

/// A certain modal the rewrite moved with its clause away from the dropped
/// hedge ("pupils are expected to benefit once …" → "Once …, pupils will
/// benefit"): one before a verb of the hedge's edit.
fn moved_modal(doc: &Document, pair: &AlignedPair, hedged: &[String]) -> Option<usize> {
    pair.edits
        .iter()
        .filter(|x| x.kind != EditKind::Equal)
        .flat_map(|x| x.suspect.clone())
        .find(|&t| {
            is_certain_modal(&doc.tokens[t].norm)
                && doc
                    .tokens
                    .get(t + 1)
                    .is_some_and(|n| hedged.contains(&n.norm))
        })
}

/// The verb the hedge qualified, restated bare in another form elsewhere in
/// the rewrite ("the rise appeared to be driven by" → "… drove the rise"):
/// a changed word of the suspect sharing its lemma with the first full verb
/// after the hedge in the source.
fn restated_verb(doc: &Document, src: &Document, pair: &AlignedPair, te: &Units) -> Option<usize> {
    let aux = |w: &str| {
        lemmas(w)
            .iter()
            .any(|l| matches!(l.as_str(), "be" | "have" | "do"))
    };
    let hedge = (0..te.text.len()).find(|&k| hedging(&te.text, k))?;
    let reach = te.token[hedge] + 1..pair.source_tokens(src).end;
    let verb = src
        .words(reach)
        .map(|(_, t)| t.norm.as_str())
        .take(MODAL_REACH)
        .find(|w| parts_of_speech(w) & VERB != 0 && !aux(w) && !in_set(&HEDGE_SET, HEDGES, w))?;
    let verb_lemmas = lemmas(verb);
    let kin = |w: &str| {
        w != verb
            && !w.ends_with('s')
            && !w.ends_with("ing")
            && lemmas(w).iter().any(|l| l != w && verb_lemmas.contains(l))
    };
    pair.edits
        .iter()
        .filter(|x| x.kind != EditKind::Equal)
        .flat_map(|x| doc.words(x.suspect.clone()))
        .find(|(_, t)| parts_of_speech(&t.norm) & VERB != 0 && kin(&t.norm))
        .map(|(k, _)| k)
}

/// Whether every hedge of the edit `te` still stands elsewhere in the suspect
/// sentence as often as in the source ("if the trial is fast, but most
/// investors expected a later date" → "Most investors expected a later date,
/// …"): the rewrite moved the hedge, it did not drop it.
fn hedges_moved(te: &[String], from: &[String], to: &[String]) -> bool {
    let count = |words: &[String], w: &str| words.iter().filter(|x| *x == w).count();
    let mut hedged = (0..te.len()).filter(|&k| hedging(te, k)).peekable();
    hedged.peek().is_some() && hedged.all(|k| count(to, &te[k]) >= count(from, &te[k]))
}

/// "did not detail" rendered as "would not specify" or "refused to".
pub(super) fn refusal(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let fact = ["did", "does", "do"];
    // "declined to comment" → "would not comment": the source refused too.
    let refused_already = tw
        .iter()
        .any(|w| matches!(*w, "refused" | "declined" | "refuses" | "declines"))
        || find_seq(tw, &["would", "will"], "not").is_some();
    if find_seq(tw, &fact, "not").is_none()
        || find_seq(ow, &fact, "not").is_some()
        || refused_already
    {
        return;
    }
    // "would not reveal": a refusal to tell; "will not see" is no refusal.
    let refused = find_seq(ow, &["would", "will"], "not")
        .filter(|&k| ow.get(k + 2).is_some_and(|v| TELLING.contains(v)))
        .map(|k| k..k + 2)
        .or_else(|| {
            ow.iter()
                .position(|w| matches!(*w, "refused" | "declined" | "refuses" | "declines"))
                .map(|k| k..k + 1)
        });
    if let Some(range) = refused {
        let tokens = pair.suspect_units.tokens(range);
        let (start, end) = doc.token_span(tokens);
        out.push(
            Diagnostic::new(start, end, "a statement of fact became a refusal")
                .evidence(src.span_text(pair.source_tokens(src))),
        );
    }
}

/// Verbs of telling or disclosing that "would not" makes a refusal.
const TELLING: &[&str] = &[
    "say",
    "comment",
    "specify",
    "disclose",
    "detail",
    "reveal",
    "name",
    "identify",
    "confirm",
    "elaborate",
    "discuss",
    "give",
    "provide",
    "answer",
    "explain",
    "release",
    "share",
    "divulge",
    "speculate",
    "respond",
    "tell",
    "put",
    "state",
];

/// Words that hedge a statement when put into it ("appeared to lose",
/// "reportedly collapsed", "is thought to have been").
const HEDGE_VERBS: &[&str] = &[
    "appeared",
    "appears",
    "seemed",
    "seems",
    "reportedly",
    "apparently",
    "allegedly",
    "thought",
    "believed",
    "possibly",
    "perhaps",
    "probably",
    "likely",
];

/// Whether unit `k` of `units` is a hedge verb: "appeared to lose" hedges,
/// "appeared in the journal" does not, nor a comparison ("faster than believed").
fn hedge_verb(doc: &Document, units: &Units, k: usize) -> bool {
    let word = units.text[k].as_str();
    let seeming = matches!(word, "appeared" | "appears" | "seemed" | "seems");
    let compared = units.token[k]
        .checked_sub(1)
        .is_some_and(|p| matches!(doc.tokens[p].norm.as_str(), "than" | "as"));
    HEDGE_VERBS.contains(&word)
        && !compared
        && (!seeming
            || doc
                .tokens
                .get(units.token[k] + 1)
                .is_some_and(|t| t.norm == "to"))
}

/// Verbs that carry tense, mood or voice, not content.
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "can",
    "will", "would", "shall", "should", "must", "not", "to",
];

/// A modal hedge put before a verb the source states plainly ("The win earns" →
/// "The win may earn").
pub(super) fn hedge_added(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let more_hedged = fewer_hedges(&ours.text, &theirs.text);
    for e in pair.edits.iter().filter(|e| e.kind != EditKind::Equal) {
        let oe = Units::new(doc, e.suspect.clone());
        let te = Units::new(src, e.source.clone());
        let plain = match &te.text[..] {
            [] => true,
            // "had committed" → "might commit".
            [aux, verb] if AUXILIARIES.contains(&aux.as_str()) && aux != "not" => {
                !AUXILIARIES.contains(&verb.as_str()) && parts_of_speech(verb) & VERB != 0
            }
            [verb] => {
                !AUXILIARIES.contains(&verb.as_str())
                    && hedges(&te.text) + keepers(&te.text) == 0
                    && parts_of_speech(verb) & VERB != 0
            }
            _ => false,
        };
        // "May" capitalised is the month.
        let modal = matches!(
            &oe.words()[..],
            ["may" | "might" | "could"] | ["may" | "might" | "could", _]
        ) && !doc.is_capitalized(oe.token[0]);
        // "appeared to lose", "reportedly collapsed", "is thought to have been":
        // a hedge put into a sentence that had none.
        let inserted = (e.kind == EditKind::Insert || plain)
            && hedges(&theirs.text) == 0
            && oe.text.len() <= MAX_SPAN_TOKENS
            && (0..oe.text.len()).any(|k| hedge_verb(doc, &oe, k));
        if !((more_hedged && plain && modal) || inserted) {
            continue;
        }
        let (start, end) = doc.token_span(oe.token[0]..oe.token[0] + 1);
        out.push(
            Diagnostic::new(
                start,
                end,
                format!(
                    "a hedge was added: the source says \"{}\"",
                    src.span_text(pair.source_tokens(src))
                ),
            )
            .evidence(src.span_text(pair.source_tokens(src))),
        );
    }
}

/// Where one of `firsts` stands right before `second` ("would not").
fn find_seq(words: &[&str], firsts: &[&str], second: &str) -> Option<usize> {
    words
        .windows(2)
        .position(|w| firsts.contains(&w[0]) && w[1] == second)
}
