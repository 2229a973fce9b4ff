//! `meaning-drift`: attribution, modality, intention, degree or scope shifted.

mod claims;
mod conditions;
mod degree;
mod sources;

use super::grammar::verb_after;
use super::{Check, Context, Rule};
use crate::align::units::Units;
use crate::align::{AlignedPair, EditKind};
use crate::finding::{Category, Diagnostic, Severity};
use crate::lexicon::dictionary::misspelling_of;
use crate::lexicon::negation::is_negator;
use crate::lexicon::spun::is_spun_sense;
use crate::lexicon::stance::{Stance, shift, stances};
use crate::lexicon::wordnet::{VERB, are_antonyms, parts_of_speech};
use crate::text::Document;
use crate::text::numbers::{is_calendar_word, plain_number};
use crate::text::tokens::TokenKind;
use crate::text::words::stem;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Flags substitutions that change who vouches for a statement, how sure or how strong it is.
pub struct MeaningDrift;

static RULE: Rule = Rule {
    id: "meaning-drift",
    category: Category::Meaning,
    default_severity: Severity::Warning,
    needs_source: true,
    summary: "Attribution, modality, intention, degree or scope shifted",
    explanation: "Some substitutions keep the topic but change the claim: a neutral attribution \
verb becomes a loaded one (said → claims; also where the rewrite moved it: \"said Marta \
Olsen\" → \"Marta Olsen conceded\"), a possibility becomes a certainty (may → will), a \
present plan becomes a past intention (plans to → has intended to), a \
conditional becomes a certainty outside reported speech (\"this plan would reduce\" → \"will \
reduce\"), a condition becomes a given (\"if inflation keeps easing\" → \"as inflation \
eases\"), a strong degree becomes a \
weak one (substantial → adequate), a guarded verdict a glowing one (encouraging → impressive), \
a belief a finding (believe → have established), a proposal a promise (proposed → \
promised), some becomes all, or a fact becomes a refusal (\"the \
statement did not detail\" → \"the company would not specify\"). Each word-level substitution of \
an aligned sentence is looked up in a curated table of such scales. A hedge dropped (\"expected \
to open\" → \"will open\") or a modal put before a plain verb (\"earns\" → \"may earn\"), an \
adverb of degree the source lacks (\"deeply sceptical\"), a cap made a floor (\"up to 180 \
million\" → \"at least 180 million\") or a figure just under made a floor (\"almost eight \
months\" → \"more than eight months\") and a cap or floor dropped from its figure (\"for up to \
10 weeks\" → \"for 10 weeks\") are flagged too, and so are a plan stated as what will happen \
(\"plans to begin\" → \"will begin\") or as done (\"plans to freeze hiring\" → \"has frozen \
hiring\"), an act under deliberation stated as settled (\"would \
consider extending\" → \"would extend\"), a question the source leaves open stated as \
answered (\"did not say whether fares would rise\" → \"fares will rise\"), a body's claim stated as fact (\"which says it has \
1,800 members\" → \"which has\"), a claim stripped of the attribution the source gives it \
to someone else (\"according to police, the transfer was made\" → \"the transfer was made\") \
or given to another party of the story (\"according to government estimates\" → \"according \
to company estimates\"), an accusation stated as fact (\"accused of embezzling\" → \
\"for embezzling\"), a partial or near statement made whole (\"repay part of the money\" → \
\"repay the money\", \"nearly doubled\" → \"doubled\") and a toned-down move told as a steep one (\"fell slightly\" → \
\"slumped\").",
    example_source: "The company said it plans to make substantial progress.",
    example_bad: "The company claims it has intended to make adequate progress.",
    example_good: "The company stated it plans to make substantial progress.",
};

/// A shifted word is flagged with the rest of its verb group ("has intended to") up to
/// this many tokens; a longer one alone.
const MAX_SPAN_TOKENS: usize = 3;

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
            substitutions(doc, src, pair, out);
            attribution_moved(doc, src, pair, out);
            refusal(doc, src, pair, words, out);
            hedge_dropped(doc, src, pair, out);
            hedge_added(doc, src, pair, out);
            intensifier_added(doc, src, pair, out);
            bound_flipped(doc, src, pair, words, out);
            claims::claim_stated(doc, src, pair, words, out);
            claims::deliberation_dropped(doc, src, pair, words, out);
            claims::question_settled(doc, src, pair, words, out);
            claims::accusation_stated(doc, src, pair, words, out);
            claims::pending_stated(doc, src, pair, words, out);
            claims::plan_stated_done(doc, src, pair, words, out);
            degree::steep_move(doc, src, pair, words, out);
            degree::gap_restated(doc, src, pair, words, out);
            degree::uniqueness_added(doc, src, pair, words, out);
            degree::uniqueness_removed(doc, src, pair, words, out);
            degree::partial_dropped(doc, src, pair, words, out);
            claims::cause_stated(doc, src, pair, words, out);
            claims::attribution_dropped(doc, src, pair, words, out);
            conditions::condition_dropped(doc, src, pair, words, out);
            sources::attribution_swapped(doc, src, pair, words, out);
        }
        // Where two findings overlap, the first found stays: a named shift
        // ("may" became "will") says more than a dropped hedge.
        out.sort_by_key(|d| d.start);
        out.dedup_by(|later, kept| later.start < kept.end);
    }
}

/// Stance shifts inside each replaced run.
fn substitutions(doc: &Document, src: &Document, pair: &AlignedPair, out: &mut Vec<Diagnostic>) {
    for e in pair.substitutions() {
        let theirs = Units::new(src, e.source.clone());
        let ours = Units::new(doc, e.suspect.clone());
        let found = ours.text.iter().enumerate().find_map(|(k, to)| {
            theirs.text.iter().enumerate().find_map(|(j, from)| {
                // "not all analysts expect" → "some analysts doubt": a denied
                // scope is restated, not shifted.
                let denied = theirs.token[j]
                    .checked_sub(1)
                    .is_some_and(|p| src.tokens[p].norm == "not");
                // "did not seek costs" → "sought costs": the negation dropped
                // is polarity-drift's; the shift is not one of this rule's.
                let denied_ours = ours.token[k]
                    .checked_sub(1)
                    .is_some_and(|p| matches!(doc.tokens[p].norm.as_str(), "not" | "never"));
                let undenied = denied && !denied_ours;
                shift(from, to)
                    .or_else(|| made_certain(from, to))
                    .or_else(|| conditional_made_certain(src, theirs.token[j], from, to))
                    // "Some analysts" → "Not all analysts": a denied "all" is "some".
                    .filter(|(a, _)| !(undenied || ((denied || denied_ours) && a.class == "scope")))
                    // "he scores a goal": a verb, no scope; "scores of" is one.
                    .filter(|(_, b)| b.class != "scope" || !counts_without_of(doc, ours.token[k]))
                    // "most places" → "almost every place": the phrase keeps the stance.
                    .filter(|(a, _)| !phrase_keeps(doc, ours.token[k], a))
                    // "could drop … which would trigger" → "might fall … would
                    // prompt": both stances stand on both sides, reordered.
                    .filter(|(a, b)| {
                        let has = |units: &Units, s: &Stance| {
                            units.text.iter().any(|w| stances(w).contains(s))
                        };
                        !(a.class == "modality"
                            && has(&pair.suspect_units, a)
                            && has(&pair.source_units, b))
                    })
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
                    .filter(|(a, _)| a.class == "scope" || !are_antonyms(from, to))
                    // "the report showed" → "the report said": a finding
                    // told as a statement claims no more.
                    .filter(|(a, _)| !(a.class == "attribution" && a.group == "established"))
                    // "acknowledged" → "said": a loaded verb toned down
                    // claims no more, unless an allegation became a statement.
                    .filter(|(a, b)| {
                        !(a.class == "attribution"
                            && a.group == "loaded"
                            && b.group == "neutral"
                            && !from.starts_with("alleg")
                            && !from.starts_with("claim"))
                    })
                    // "the data showed", "figures show": records show; only
                    // a speaker's statement made a finding is drift.
                    .filter(|(_, b)| {
                        !(b.class == "attribution"
                            && b.group == "established"
                            && records_before(doc, ours.token[k]))
                    })
                    // "Many carried signs" → "Few carried signs": a denying
                    // "few" is a negation added, which polarity-drift reports.
                    .filter(|(a, _)| a.class != "scope" || !denies(doc, pair, ours.token[k]))
                    // "Claims are put at £35m", "insurance claims of": the
                    // noun, no attribution.
                    .filter(|(a, _)| {
                        a.class != "attribution"
                            || !(claim_noun(src, theirs.token[j]) || claim_noun(doc, ours.token[k]))
                    })
                    // "likely to rise" → "would probably climb": the source's
                    // stance is still there in another word.
                    .filter(|(a, _)| !ours.text.iter().any(|w| stances(w).contains(a)))
                    // "would likely disrupt" → "probably disrupting": the
                    // suspect's stance is the source's, in another of its words.
                    .filter(|(_, b)| {
                        !theirs
                            .text
                            .iter()
                            .enumerate()
                            .any(|(i, w)| i != j && stances(w).contains(b))
                    })
                    .map(|s| (k, from, to, s))
            })
        });
        if let Some((k, from, to, (a, b))) = found {
            let t = ours.token[k];
            let last = (k + 1..ours.text.len())
                .take_while(|&m| is_verb_group(&ours.text[m]))
                .last()
                .unwrap_or(k);
            let end = ours.token.get(last + 1).copied().unwrap_or(e.suspect.end);
            let span = if end - t <= MAX_SPAN_TOKENS {
                t..end
            } else {
                t..t + 1
            };
            let (start, end) = doc.token_span(span);
            out.push(
                Diagnostic::new(
                    start,
                    end,
                    format!(
                        "\"{from}\" became \"{to}\": {} changed from {} to {}",
                        a.class, a.group, b.group
                    ),
                )
                .evidence(src.span_text(e.source.clone())),
            );
        }
    }
}

/// Whether token `t` is a plural of a number used as a noun of scope
/// ("scores", "dozens", "hundreds") without the "of" that makes it one.
fn counts_without_of(doc: &Document, t: usize) -> bool {
    matches!(
        doc.tokens[t].norm.as_str(),
        "scores" | "dozens" | "hundreds"
    ) && doc.tokens.get(t + 1).is_none_or(|n| n.norm != "of")
}

/// Whether the suspect's word at token `t` with the word before it forms a
/// phrase of the source's stance `kept` ("almost every": most).
fn phrase_keeps(doc: &Document, t: usize, kept: &Stance) -> bool {
    let Some(before) = t.checked_sub(1).map(|p| &doc.tokens[p]) else {
        return false;
    };
    let phrase = format!("{} {}", before.norm, doc.tokens[t].norm);
    stances(&phrase).contains(kept)
}

/// Whether token `t` opens its sentence or a clause after punctuation.
fn opens_clause(doc: &Document, t: usize) -> bool {
    t.checked_sub(1).is_none_or(|p| {
        doc.tokens[p].kind == TokenKind::Punct || doc.sentence_of(p) != doc.sentence_of(t)
    })
}

/// Whether "be able" follows token `t`, with or without "not" between
/// ("would not be able to": "could not").
fn able_after(doc: &Document, t: usize) -> bool {
    let words: Vec<&str> = doc
        .words(t + 1..(t + 5).min(doc.tokens.len()))
        .map(|(_, w)| w.norm.as_str())
        .filter(|w| *w != "not")
        .take(2)
        .collect();
    words == ["be", "able"]
}

/// Speech verbs that only ever load an attribution: unlike "claimed" or
/// "admitted", none is also a plain verb ("claimed lives", "admitted to hospital").
const LOADED_SPEECH: &[&str] = &[
    "insisted",
    "insists",
    "conceded",
    "concedes",
    "boasted",
    "boasts",
    "bragged",
    "fumed",
    "asserted",
    "asserts",
    "confessed",
];

/// Plain speech verbs a rewrite may have made loaded.
const PLAIN_SPEECH: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "stated", "states", "noted", "notes",
];

/// "said Marta Olvedo" → "Marta Olvedo conceded", "Velmora said in a
/// statement" → "In a statement, Velmora insisted": a plain speech verb made
/// loaded where the rewrite also moved it, so no substitution pairs the two.
fn attribution_moved(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let Some(k) = ours
        .text
        .iter()
        .position(|w| LOADED_SPEECH.contains(&w.as_str()))
    else {
        return;
    };
    let to = ours.text[k].as_str();
    let is_plain = |w: &&String| PLAIN_SPEECH.contains(&w.as_str());
    let plain = |units: &Units| units.text.iter().filter(is_plain).count();
    let Some(from) = theirs.text.iter().find(is_plain) else {
        return;
    };
    if theirs.text.iter().any(|w| stem(w) == stem(to)) || plain(ours) > plain(theirs) {
        return;
    }
    let (start, end) = doc.token_span(ours.token[k]..ours.token[k] + 1);
    out.push(
        Diagnostic::new(
            start,
            end,
            format!("\"{from}\" became \"{to}\": attribution changed from neutral to loaded"),
        )
        .evidence(src.sentence_text(pair.source.start)),
    );
}

/// Nouns of a record that shows or finds things itself.
const RECORDS: &[&str] = &[
    "report",
    "data",
    "figures",
    "study",
    "survey",
    "records",
    "statistics",
    "analysis",
    "research",
    "poll",
    "review",
    "audit",
    "inquiry",
    "investigation",
    "tests",
    "results",
];

/// Words before a verb within which its subject, a record, is looked for.
const SUBJECT_REACH: usize = 8;

/// Whether a record ("the data", "the audit") stands in the words before token `t`.
fn records_before(doc: &Document, t: usize) -> bool {
    doc.words(t.saturating_sub(SUBJECT_REACH)..t)
        .any(|(_, x)| RECORDS.contains(&x.norm.as_str()))
}

/// Whether suspect token `t` of `pair` is a negation in its sentence.
fn denies(doc: &Document, pair: &AlignedPair, t: usize) -> bool {
    let units = &pair.suspect_units;
    let spelt_one = |k: usize| {
        units
            .token
            .get(k + 1)
            .is_some_and(|&n| doc.tokens[n].norm == "one")
    };
    units
        .token
        .iter()
        .position(|&x| x == t)
        .is_some_and(|k| is_negator(&units.words(), k, spelt_one(k)))
}

/// Whether token `t` is "claim" or "claims" as a noun: after a determiner or
/// an adjective, or before a verb of being or a preposition.
fn claim_noun(doc: &Document, t: usize) -> bool {
    let norm = |k: usize| doc.tokens.get(k).map_or("", |x| x.norm.as_str());
    matches!(norm(t), "claim" | "claims")
        && (matches!(
            norm(t + 1),
            "are" | "were" | "is" | "was" | "of" | "for" | "against" | "from" | "have" | "had"
        ) || t.checked_sub(1).is_some_and(|p| {
            matches!(
                norm(p),
                "the" | "a" | "an" | "insurance" | "its" | "their" | "these" | "such"
            )
        }))
}

/// An intention or a weighing stated as what will happen ("plans to begin" →
/// "will begin", "aims to cut" → "will cut"): the plan made certain.
fn made_certain(from: &str, to: &str) -> Option<(Stance, Stance)> {
    if !matches!(to, "will" | "shall") {
        return None;
    }
    // "planned to fill" → "will fill" too; "had" is tense, not a plan.
    let intended = stances(from)
        .iter()
        .find(|s| s.class == "intention" && !matches!(from, "has" | "had"))?;
    let certain = stances(to).iter().find(|s| s.class == "modality")?;
    Some((*intended, *certain))
}

/// "This plan would reduce flooding" → "will reduce": a conditional stated
/// as certain. After a verb of saying or expecting, "would" is only the tense
/// of reported speech ("said it would open" → "says it will open").
fn conditional_made_certain(
    src: &Document,
    t: usize,
    from: &str,
    to: &str,
) -> Option<(Stance, Stance)> {
    if (from, to) != ("would", "will") {
        return None;
    }
    let sentence = src.sentence_of(t)?;
    let reported = src
        .words(src.sentences[sentence].tokens.start..t)
        .any(|(_, w)| reports(&w.norm));
    if reported {
        return None;
    }
    let certain = stances(to).iter().find(|s| s.class == "modality")?;
    Some((
        Stance {
            class: "modality",
            group: "conditional",
        },
        *certain,
    ))
}

/// Whether a word reports speech, thought or expectation ("said", "told",
/// "expected", "hoped"), after which "would" is reported speech's tense.
fn reports(word: &str) -> bool {
    matches!(word, "according" | "told" | "if" | "whether")
        || stances(word).iter().any(|s| {
            matches!(
                s.class,
                "attribution" | "forecast" | "belief" | "evidence" | "concern"
            )
        })
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

/// Whether a word continues the verb group of a stance word ("has intended to",
/// "is expected to"), so that the flagged span takes it in.
fn is_verb_group(word: &str) -> bool {
    matches!(word, "to" | "be" | "been" | "have") || !stances(word).is_empty()
}

fn find_seq(words: &[&str], firsts: &[&str], second: &str) -> Option<usize> {
    words
        .windows(2)
        .position(|w| firsts.contains(&w[0]) && w[1] == second)
}

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

/// Whether word `k` is denied by a "not" or "never" just before it ("did not
/// expect").
fn denied_at(words: &[String], k: usize) -> bool {
    words[k.saturating_sub(2)..k]
        .iter()
        .any(|p| matches!(p.as_str(), "not" | "never"))
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
    "can",
    "able",
    "unable",
    "capable",
    "permitted",
    "allowed",
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
    let hedging = |k: usize| {
        let next = words.get(k + 1).map(String::as_str);
        match words[k].as_str() {
            // "could not say": an inability, not a hedge; "could not be ruled
            // out" still hedges.
            "could" => next != Some("not") || words.get(k + 2).is_some_and(|w| w == "be"),
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
            w if in_set(&HEDGE_SET, HEDGES, w) => !(DENIABLE.contains(&w) && denied_at(words, k)),
            // "appeared to have been moved"; not "appeared in court".
            "set" | "poised" | "hope" | "hopes" | "hoped" | "appeared" | "appears" | "thought" => {
                next == Some("to")
            }
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
            "put" | "puts" | "putting" => estimate_at(&words[k + 1..]),
            // "agreed in principle": provisional.
            "principle" => k.checked_sub(1).is_some_and(|p| words[p] == "in"),
            _ => false,
        }
    };
    (0..words.len()).filter(|&k| hedging(k)).count()
}

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
            "about" | "around" | "some" | "nearly" | "almost" => figure,
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
fn hedge_dropped(doc: &Document, src: &Document, pair: &AlignedPair, out: &mut Vec<Diagnostic>) {
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
        if !fewer_hedges(&te.text, &oe.text) || misspelt() || spun() {
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
            .find(|&t| {
                matches!(
                    doc.tokens[t].norm.as_str(),
                    "will" | "would" | "shall" | "must"
                )
            });
        // A word of certainty in the hedge's place ("expected" →
        // "guaranteed") names the change best.
        let certain = doc
            .words(e.suspect.clone())
            .find(|(_, t)| CERTAINTIES.contains(&t.norm.as_str()))
            .map(|(k, _)| k);
        let span = if let Some(t) = certain {
            Some(t..t + 1)
        } else if let Some(t) = modal {
            Some(t..t + 2)
        } else if e.suspect.is_empty() {
            verb_after(doc, e.suspect.start..pair.suspect_tokens(doc).end)
        } else {
            Some(e.suspect.start..e.suspect.end.min(e.suspect.start + MAX_SPAN_TOKENS))
        };
        if let Some(span) = span {
            let (start, end) = doc.token_span(span);
            out.push(
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

/// "did not detail" rendered as "would not specify" or "refused to".
fn refusal(
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
    let refused = find_seq(ow, &["would", "will"], "not")
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
/// "appeared in the journal" does not.
fn hedge_verb(doc: &Document, units: &Units, k: usize) -> bool {
    let word = units.text[k].as_str();
    let seeming = matches!(word, "appeared" | "appears" | "seemed" | "seems");
    HEDGE_VERBS.contains(&word)
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
fn hedge_added(doc: &Document, src: &Document, pair: &AlignedPair, out: &mut Vec<Diagnostic>) {
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

/// An adverb of degree inserted where the source had none ("were sceptical" →
/// "were deeply sceptical").
fn intensifier_added(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let degree = |w: &str| w.ends_with("ly") && stances(w).iter().any(|s| s.class == "degree");
    if pair.source_units.text.iter().any(|w| degree(w)) {
        return;
    }
    for e in pair.edits.iter().filter(|e| e.kind == EditKind::Insert) {
        let oe = Units::new(doc, e.suspect.clone());
        if let [word] = &oe.text[..]
            && degree(word)
        {
            let (start, end) = doc.token_span(e.suspect.clone());
            out.push(
                Diagnostic::new(
                    start,
                    end,
                    format!("\"{word}\" was added: a degree the source does not state"),
                )
                .evidence(src.span_text(pair.source_tokens(src))),
            );
        }
    }
}

/// Phrases that cap a figure ("up to 180 million").
const CEILINGS: &[&[&str]] = &[
    &["up", "to"],
    &["at", "most"],
    &["no", "more", "than"],
    &["as", "many", "as"],
    &["as", "much", "as"],
];

/// Phrases that set a floor under a figure ("at least 180 million").
const FLOORS: &[&[&str]] = &[
    &["at", "least"],
    &["more", "than"],
    &["no", "fewer", "than"],
    &["no", "less", "than"],
    &["in", "excess", "of"],
];

/// The bound phrase (and its kind) standing right before a figure in `words`.
fn bound_before_figure(words: &[&str]) -> Option<(usize, usize, bool)> {
    // A figure, or a date: "until at least September", "mid-August".
    // "a week", "a third": an amount written with an article.
    let figure = |k: usize| {
        words.get(k).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c))
                || *w == "half"
                || plain_number(w).is_some()
                || is_calendar_word(w.trim_start_matches("mid").trim_start_matches('-'))
                || (matches!(*w, "a" | "an")
                    && words
                        .get(k + 1)
                        .is_some_and(|n| ARTICLE_AMOUNTS.contains(n)))
                || (*w == "mid" && words.get(k + 1).is_some_and(|n| is_calendar_word(n)))
        })
    };
    // "went up to $7.40": the particle of a verb of movement, no cap.
    let moved_up = |k: usize| {
        words[k] == "up"
            && k.checked_sub(1)
                .is_some_and(|p| MOVED_UP.contains(&words[p]))
    };
    (0..words.len()).find_map(|k| {
        [(CEILINGS, true), (FLOORS, false)]
            .iter()
            .find_map(|(list, ceiling)| {
                list.iter()
                    .find(|p| words[k..].starts_with(p) && figure(k + p.len()) && !moved_up(k))
                    .map(|p| (k, p.len(), *ceiling))
            })
    })
}

/// Verbs of movement whose particle "up" may stand before "to" and a figure.
const MOVED_UP: &[&str] = &[
    "went", "go", "goes", "gone", "going", "moved", "move", "moves", "shot", "crept", "edged",
    "inched", "jumped", "ticked", "climbed", "rose",
];

/// Units and fractions an article makes an amount of ("a week", "a third").
const ARTICLE_AMOUNTS: &[&str] = &[
    "day",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
    "hour",
    "third",
    "quarter",
    "fifth",
    "half",
    "dozen",
];

/// Words that qualify a figure as approximate.
const APPROXIMATIONS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "approximately",
    "over",
    "under",
    "just",
];

/// A cap made a floor or a floor a cap ("up to 180 million" → "at least 180
/// million"), or a bound dropped from its figure ("up to 10 weeks" → "10 weeks").
fn bound_flipped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    near_made_floor(doc, src, pair, (tw, ow), out);
    let Some((s, slen, was)) = bound_before_figure(tw) else {
        return;
    };
    // The suspect's bound on the same figure ("up to 5,000" → "more than
    // half … 5,000": the bound on "half" is another figure's).
    // A bound of the same kind on another figure may be a conversion's
    // ("as much as 28 inches" → "up to 71 centimeters (28 inches)").
    let figure = tw[s + slen];
    let bounds: Vec<(usize, usize, bool)> = (0..ow.len())
        .filter_map(|k| bound_before_figure(&ow[k..]).map(|(at, len, now)| (k + at, len, now)))
        .collect();
    let same = bounds
        .iter()
        .find(|&&(k, len, _)| ow.get(k + len) == Some(&figure))
        .or_else(|| bounds.iter().find(|b| b.2 == was));
    let Some(&(k, len, now)) = same else {
        bound_dropped(doc, src, pair, (tw, s + slen, was), out);
        return;
    };
    if was == now {
        return;
    }
    let (from, to) = if was {
        ("cap", "floor")
    } else {
        ("floor", "cap")
    };
    flag_units(
        doc,
        src,
        pair,
        k..k + len,
        |now| format!("\"{now}\" made a {from} a {to}"),
        out,
    );
}

/// Words that put a figure just under itself ("almost eight months", "nearly half").
const NEARS: &[&[&str]] = &[
    &["almost"],
    &["nearly"],
    &["just", "under"],
    &["just", "short", "of"],
    &["close", "to"],
];

/// "almost eight months" → "more than eight months", "nearly half" → "more
/// than half": a figure the source stays just under, made a floor.
fn near_made_floor(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let Some((k, len, false)) = bound_before_figure(ow) else {
        return;
    };
    let figure = ow[k + len];
    let near = (0..tw.len()).find_map(|s| {
        NEARS
            .iter()
            .find(|p| tw[s..].starts_with(p) && tw.get(s + p.len()) == Some(&figure))
            .map(|p| s..s + p.len() + 1)
    });
    let Some(near) = near else { return };
    let was = src.span_text(pair.source_units.tokens(near));
    flag_units(
        doc,
        src,
        pair,
        k..k + len + 1,
        |now| format!("\"{was}\" became \"{now}\": a figure just under became a floor"),
        out,
    );
}

/// The figure at `tw[at]` lost the bound before it in the suspect: the same
/// figure stands there with no bound or approximation before it.
fn bound_dropped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, at, ceiling): (&[&str], usize, bool),
    out: &mut Vec<Diagnostic>,
) {
    let ours = &pair.suspect_units;
    let ow = ours.words();
    // An amount with an article is found by both its words.
    let figure =
        &tw[at..(at + 1 + usize::from(matches!(tw[at], "a" | "an" | "mid"))).min(tw.len())];
    // Not a figure inside a name ("Aurelis-3", "Vantor 2").
    let Some(k) = ow.windows(figure.len()).enumerate().position(|(k, w)| {
        w == figure && (is_calendar_word(figure[0]) || !doc.is_capitalized(ours.token[k]))
    }) else {
        return;
    };
    let before = k.checked_sub(1).map(|p| ow[p]);
    let after = &ow[k + 1..];
    // "a minimum of two", "upwards of 300", "43 years or more", "2031 at the
    // earliest", "three years at most".
    let worded = k
        .checked_sub(2)
        .is_some_and(|p| matches!(ow[p], "minimum" | "maximum" | "upwards") && ow[p + 1] == "of")
        || (0..after.len().min(4)).any(|j| {
            matches!(
                after[j..],
                [
                    "or",
                    "more" | "less" | "fewer" | "over" | "above" | "under",
                    ..
                ]
            ) || matches!(
                after[j..],
                ["at", "the", "earliest" | "latest" | "most" | "least", ..]
                    | ["at", "earliest" | "latest" | "most" | "least", ..]
            )
        });
    // "at least until Sunday": the bound a word or two before the figure.
    let bound_near = (k.saturating_sub(3)..k).any(|p| matches!(ow[p], "least" | "most"));
    let qualified = worded
        || bound_near
        || before.is_some_and(|b| {
            APPROXIMATIONS.contains(&b)
                || matches!(
                    b,
                    "to" | "most"
                        | "least"
                        | "than"
                        | "as"
                        | "upwards"
                        | "minimum"
                        | "maximum"
                        // "gusts reaching 148 km/h", "peaking at": the top of a range.
                        | "reaching"
                        | "reached"
                        | "peaking"
                        | "topping"
                )
        });
    if qualified {
        return;
    }
    let bound = if ceiling { "cap" } else { "floor" };
    flag_units(
        doc,
        src,
        pair,
        k..k + figure.len(),
        |now| format!("the source's {bound} on \"{now}\" was dropped"),
        out,
    );
}
