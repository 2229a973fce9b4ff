//! Plans the suspect states as done or under way.

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::determiners::{is_article, is_possessive, is_singular_demonstrative};
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::stance::stances;
use crate::lexicon::wordnet::{VERB, lemmas, parts_of_speech, shared_senses};
use crate::text::Document;

/// Phrases that put an act still to come ("plans to freeze", "would hold").
const PLANNED: &[&[&str]] = &[
    &["plans", "to"],
    &["plan", "to"],
    &["planned", "to"],
    &["intended", "to"],
    &["planning", "to"],
    &["intends", "to"],
    &["intend", "to"],
    &["aims", "to"],
    &["is", "to"],
    &["are", "to"],
    &["will"],
    &["would"],
    &["expects", "to"],
    &["expected", "to"],
    &["set", "to"],
    &["wants", "to"],
    &["hopes", "to"],
    &["seeks", "to"],
    &["proposes", "to"],
    &["proposed", "to"],
    &["proposing", "to"],
    &["intending", "to"],
    &["aiming", "to"],
    &["aim", "to"],
    &["hoping", "to"],
    &["seeking", "to"],
    &["due", "to"],
    &["scheduled", "to"],
    &["slated", "to"],
    &["poised", "to"],
    &["promised", "to"],
    &["promises", "to"],
    &["pledged", "to"],
    &["pledges", "to"],
    &["vowed", "to"],
    &["vows", "to"],
];

/// Verbs of intention whose act, told in the progressive, is under way
/// ("plans to close" → "is closing"); a schedule or a forecast ("is to
/// close", "expected to close") already tells it as coming.
const INTENDING: &[&str] = &[
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "intend",
    "intending",
    "intended",
    "aims",
    "aim",
    "aiming",
    "proposes",
    "proposed",
    "proposing",
    "wants",
    "hopes",
    "hoping",
    "seeks",
    "seeking",
];

/// Words before a done form that still keep it to come ("will have held",
/// "plans to have frozen") or make it a condition.
const STILL_TO_COME: &[&str] = &[
    "will", "would", "to", "could", "may", "might", "shall", "should", "must", "if", "once",
    "unless", "when", "until", "before",
];

/// Words that may stand between an auxiliary and its verb ("has also frozen").
const BETWEEN: &[&str] = &["also", "already", "now", "since", "just", "recently"];

/// An act the source plans ("plans to freeze hiring", "said it would hold
/// meetings") that the suspect states as done ("has frozen hiring", "had
/// already held meetings") or, where the source only intends it, as under
/// way ("plans to withdraw" → "is withdrawing").
pub fn plan_stated_done(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // Every phrase is "will", "would" or ends in "to": a cheap test before
    // the list is read at each word.
    let may_plan = |i: &usize| tw.get(i + 1) == Some(&"to") || matches!(tw[*i], "will" | "would");
    for (i, phrase) in (0..tw.len()).filter(may_plan).flat_map(|i| {
        PLANNED
            .iter()
            .filter(move |p| tw.get(i..i + p.len()) == Some(**p))
            .map(move |p| (i, p))
    }) {
        let Some(&act) = tw.get(i + phrase.len()) else {
            continue;
        };
        if is_negator_word(act) || parts_of_speech(act) & VERB == 0 {
            continue;
        }
        // "would set up a panel" → "has set up a panel": a participle
        // spelt as the verb ("set", "cut", "put") is done once it follows
        // an auxiliary of the perfect the source does not put before it.
        let perfect_in_source = tw
            .windows(2)
            .any(|x| matches!(x[0], "has" | "have" | "had") && x[1] == act);
        let same_form = |w: &str| w == act && !perfect_in_source && irregular_same(act);
        let done = |w: &str| {
            same_form(w)
                || w != act
                    && !w.ends_with("ing")
                    && w.strip_suffix('s') != Some(act)
                    && !tw.contains(&w)
                    && lemmas(w).iter().any(|l| l == act)
        };
        let under_way = |w: &str| {
            INTENDING.contains(&phrase[0])
                && w.ends_with("ing")
                && !tw.contains(&w)
                && lemmas(w).iter().any(|l| l == act)
        };
        let perfect = ow.iter().enumerate().find_map(|(k, w)| {
            let aux: &[&str] = if done(w) {
                &["has", "have", "had"]
            } else if under_way(w) {
                // "intended to rebuild" → "had begun rebuilding".
                &["is", "are", "was", "were", "began", "begun", "started"]
            } else {
                return None;
            };
            let mut first = k;
            while first > 0 && BETWEEN.contains(&ow[first - 1]) {
                first -= 1;
            }
            first
                .checked_sub(1)
                .filter(|&a| aux.contains(&ow[a]))
                .map(|a| (k, a))
        });
        // "would open" → "opened", "will be signed" → "was signed": the
        // simple past, with no auxiliary before it.
        let under_way = perfect.is_some_and(|(_, a)| !matches!(ow[a], "has" | "have" | "had"));
        // "I would urge people to stay indoors": a polite request, no plan.
        // "In the 1990s, fishermen would land 500 tonnes a week": a habit
        // of the past, no plan.
        let polite = phrase == &["would"]
            && (i > 0 && matches!(tw[i - 1], "i" | "we") || tw.iter().any(|w| of_the_past(w)));
        let past = || {
            (!polite)
                .then(|| simple_past(tw, ow, i + phrase.len()))
                .flatten()
        };
        let Some((k, auxiliary)) = perfect.or_else(past) else {
            continue;
        };
        if ow[k] == "been" && !be_done(tw, i + phrase.len())
            || been_told(tw, ow, k, i + phrase.len())
        {
            continue;
        }
        if plan_kept(tw, ow, phrase, act) {
            continue;
        }
        // The words before the verb group, its auxiliary not counted: "until
        // a groundwater survey had been carried out" is still to come.
        let before = &ow[auxiliary.min(k).saturating_sub(4)..k];
        if before
            .iter()
            .any(|w| STILL_TO_COME.contains(w) || is_negator_word(w))
        {
            continue;
        }
        let was = format!("{} {act}", phrase.join(" "));
        // "would be assessed" → "had been ruled out": the passive's
        // participle is the act stated as done, and the finding takes it in.
        let passive = ow[k] == "been"
            && ow
                .get(k + 1)
                .is_some_and(|w| w.ends_with("ed") && parts_of_speech(w) & VERB != 0);
        let end = if passive { k + 2 } else { k + 1 };
        flag_units(
            doc,
            src,
            pair,
            auxiliary..end,
            |now| {
                let how = if under_way { "under way" } else { "done" };
                format!("\"{was}\" became \"{now}\": a plan is stated as {how}")
            },
            out,
        );
        return;
    }
}

/// Whether the suspect `ow` still tells the source's planning `phrase`
/// before the planned `act` or a verb sharing a sense with it ("would rise"
/// → "had already risen … and would climb again"), or before any verb while
/// it has no more perfects than the source `tw`: "who has
/// worked there …, said there would be no redundancies" → "who has been
/// employed there …, said there would be no redundancies", "has become the
/// first …, blocking plans to turn it into flats" → "has turned into the
/// first …, obstructing plans to transform it": the plan is still told as
/// one, and the perfect restates the source's own.
fn plan_kept(tw: &[&str], ow: &[&str], phrase: &[&str], act: &str) -> bool {
    let verb = |w: &str| parts_of_speech(w) & VERB != 0;
    let planned_as = |told: &dyn Fn(&str) -> bool| {
        ow.windows(phrase.len() + 1)
            .any(|x| x[..phrase.len()] == *phrase && told(x[phrase.len()]))
    };
    // "would be needed" → "would be": a light verb names no act of its own.
    let same_act = |w: &str| {
        !matches!(act, "be" | "have")
            && (w == act || shared_senses(w, act).iter().any(|&(part, _)| part == VERB))
    };
    let planned = planned_as(&verb);
    // "has also frozen": the verb after any words between.
    let perfects = |words: &[&str]| {
        (0..words.len())
            .filter(|&k| matches!(words[k], "has" | "have" | "had"))
            .filter_map(|k| words[k + 1..].iter().find(|w| !BETWEEN.contains(w)))
            .filter(|w| **w != "to" && verb(w))
            .count()
    };
    planned_as(&same_act) || (planned && perfects(ow) <= perfects(tw))
}

/// Whether "been" can state done the act of the source's "be" (token `act`
/// of `tw`): not where "be" only carries the act after it, an ability or a
/// progressive to come ("will be able to track", "will be carrying out"),
/// which "had been left uncleared" does not do.
fn be_done(tw: &[&str], act: usize) -> bool {
    tw.get(act + 1).is_none_or(|next| {
        !(matches!(*next, "able" | "unable")
            || next.ends_with("ing") && parts_of_speech(next) & VERB != 0)
    })
}

/// Whether the passive "been" at `k` of `ow`, standing for the source's
/// "be" at `act` of `tw`, tells no act done: its participle is a plan of
/// its own ("was due to be replaced" → "had been scheduled for
/// replacement"), or a state the source tells elsewhere, not as the planned
/// act ("will be run …, using a refurbished coach" → "a coach that has been
/// refurbished").
fn been_told(tw: &[&str], ow: &[&str], k: usize, act: usize) -> bool {
    let Some(&done) = ow.get(k + 1).filter(|_| ow[k] == "been") else {
        return false;
    };
    let planned = PLANNED.iter().any(|p| p.len() == 2 && p[0] == done)
        && ow.get(k + 2).is_some_and(|w| matches!(*w, "to" | "for"));
    let stated = tw
        .iter()
        .enumerate()
        .any(|(j, w)| *w == done && j != act + 1);
    planned || stated
}

/// Verbs whose past participle is spelt as the verb ("has set", "has cut").
const SAME_PARTICIPLE: &[&str] = &[
    "set", "cut", "put", "shut", "let", "hit", "cost", "quit", "split", "spread", "bid", "cast",
    "upset", "hurt",
];

/// Whether `act` is a verb whose past participle is spelt as itself.
fn irregular_same(act: &str) -> bool {
    SAME_PARTICIPLE.contains(&act)
}

/// Auxiliaries before a participle ("is closed", "has opened", "got
/// signed"), not "was" or "were", which tell the simple past.
const PARTICIPLE_AUXILIARIES: &[&str] = &[
    "is", "are", "be", "being", "been", "has", "have", "had", "having", "get", "gets", "getting",
    "got",
];

/// Whether `w`, before a simple past, makes it no finite verb ("a newly
/// opened store", "the signed deal") or a state ("is closed"): a determiner
/// (an article, a possessive, "this" or "that"), an adverb of recency or an
/// auxiliary of a participle.
fn not_finite(w: &str) -> bool {
    is_article(w)
        || is_possessive(w)
        || is_singular_demonstrative(w)
        || matches!(w, "newly" | "recently")
        || PARTICIPLE_AUXILIARIES.contains(&w)
}

/// The act after the source's planning phrase (token `act` of `tw`) told
/// in the suspect `ow` in the simple past ("would open" → "opened", "will be
/// signed" → "was signed"): the index of the past form, twice (no auxiliary
/// to flag beside it), or of the "was" and the participle.
fn simple_past(tw: &[&str], ow: &[&str], act: usize) -> Option<(usize, usize)> {
    let verb = tw[act];
    if verb == "be" {
        let participle = *tw.get(act + 1).filter(|w| w.ends_with("ed"))?;
        return ow.windows(2).enumerate().find_map(|(k, x)| {
            (matches!(x[0], "was" | "were") && x[1] == participle && !to_come(ow, k))
                .then_some((k + 1, k))
        });
    }
    // "which will replace pipes" → "will see pipes replaced", "aims to
    // attract more" → "attracted 310,000 in 2019 and is aiming for more":
    // a suspect that still tells something to come tells the plan as one.
    // "said his side would need to improve" → "needed to improve": a state,
    // told in reported speech's tense, is no act done.
    if irregular_same(verb) || STATES.contains(&verb) || (0..ow.len()).any(|k| tells_future(ow, k))
    {
        return None;
    }
    ow.iter().enumerate().find_map(|(k, w)| {
        let past = w.ends_with("ed")
            && *w != verb
            && !tw.contains(w)
            && lemmas(w).iter().any(|l| l == verb);
        let finite = k
            .checked_sub(1)
            .is_some_and(|p| !not_finite(ow[p]) && !BETWEEN.contains(&ow[p]));
        (past && finite && !to_come(ow, k)).then_some((k, k))
    })
}

/// Whether a word of [`STILL_TO_COME`] or a negator stands in the few
/// words before word `k`.
fn to_come(ow: &[&str], k: usize) -> bool {
    ow[k.saturating_sub(4)..k]
        .iter()
        .any(|w| STILL_TO_COME.contains(w) || is_negator_word(w))
}

/// Whether a word sets a sentence in the past or tells a habit ("in the
/// 1990s", "used to", "often"), when "would" tells what was usual.
fn of_the_past(word: &str) -> bool {
    let decade = word.starts_with(|c: char| c.is_ascii_digit()) && word.ends_with("0s");
    decade
        || matches!(
            word,
            "past" | "used" | "once" | "formerly" | "previously" | "ago"
        )
        || stances(word).iter().any(|s| s.class == "habit")
}

/// Verbs of a state, not an act, whose past tells no plan carried out.
const STATES: &[&str] = &[
    "need", "want", "like", "know", "seem", "remain", "require", "depend", "mean", "deserve",
    "prefer", "wish", "hope", "expect", "matter", "exist", "have", "lack", "own", "contain",
    "include", "involve", "appear", "welcome",
];

/// Endings of the forms of a verb of planning ("plans", "proposal"), not of
/// another word that starts like one ("plant").
const FORMS: &[&str] = &[
    "", "s", "d", "e", "es", "ed", "ing", "ned", "ning", "al", "als", "ation", "ations",
];

/// Words before "May" that make it the month ("in May", "by May").
const MONTH_LEADS: &[&str] = &[
    "in", "on", "by", "since", "until", "till", "from", "of", "last", "next", "early", "late",
    "mid", "this", "through", "before", "after", "during",
];

/// Whether word `k` of `ow` tells an act still to come: a modal or a verb
/// of planning, expecting or scheduling; not the month ("in May", "May 3").
fn tells_future(ow: &[&str], k: usize) -> bool {
    let word = ow[k];
    if word == "may" {
        let month = k
            .checked_sub(1)
            .is_some_and(|p| MONTH_LEADS.contains(&ow[p]))
            || ow
                .get(k + 1)
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        return !month;
    }
    matches!(
        word,
        "will" | "would" | "shall" | "could" | "might" | "should" | "due" | "scheduled"
    ) || [
        "plan", "aim", "intend", "expect", "hope", "seek", "propos", "want", "slated", "poised",
    ]
    .iter()
    .any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| FORMS.contains(&rest))
    })
}
