//! Claims and deliberations the suspect states as settled facts.

use super::flag_units;
use crate::align::{AlignedPair, EditKind};
use crate::checks::grammar::{leaves_question_open, verb_after};
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::wordnet::{VERB, lemmas, parts_of_speech};
use crate::text::Document;
use crate::text::words::stem;

/// Verbs that report a body's own claim about itself ("which says it has
/// 1,800 members").
const CLAIMS: &[&str] = &["says", "say", "claims", "claim", "said", "claimed"];

/// A relative clause reporting a claim ("which says it has") whose suspect
/// states the claim itself ("which has").
pub fn claim_stated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let relative = |w: &str| matches!(w, "which" | "who");
    for w in tw.windows(4) {
        let [rel, claim, pronoun, verb] = w else {
            continue;
        };
        if !(relative(rel)
            && CLAIMS.contains(claim)
            && matches!(*pronoun, "it" | "they" | "he" | "she"))
        {
            continue;
        }
        let still_claimed = ow
            .windows(2)
            .any(|x| relative(x[0]) && CLAIMS.contains(&x[1]));
        let Some(k) = ow
            .windows(2)
            .position(|x| relative(x[0]) && stem(x[1]) == stem(verb))
        else {
            continue;
        };
        if still_claimed {
            continue;
        }
        flag_units(
            doc,
            src,
            pair,
            k..k + 2,
            |now| {
                format!(
                    "\"{rel} {claim} {pronoun} {verb}\" became \"{now}\": a claim is stated as fact"
                )
            },
            out,
        );
    }
}

/// Words that put an act under deliberation: it is weighed, proposed or sought,
/// not done ("would consider extending", "has proposed raising", "deciding
/// whether to appeal").
const DELIBERATIONS: &[&str] = &[
    "consider",
    "considers",
    "considering",
    "weigh",
    "weighs",
    "weighing",
    "whether",
    "propose",
    "proposed",
    "proposes",
    "proposing",
    "seek",
    "seeks",
    "seeking",
    "sought",
    "explore",
    "exploring",
    "mulling",
];

/// Words that keep an act open in the suspect: another deliberation, an
/// intention or a modal ("would think about bidding", "is planning").
const STILL_OPEN: &[&str] = &[
    "think",
    "thinking",
    "plan",
    "plans",
    "planning",
    "planned",
    "want",
    "wants",
    "wanted",
    "hope",
    "hopes",
    "hoping",
    "may",
    "might",
    "could",
    "undecided",
    "if",
    "proposal",
    "pondering",
    "contemplating",
    "eyeing",
    "aims",
    "aiming",
    // "will seek to recover" → "will try to recover".
    "try",
    "tries",
    "trying",
    "attempt",
    "attempts",
    "attempting",
    "looking",
    "look",
    "intends",
];

/// Words between a deliberation and the act it weighs.
const LINKS: &[&str] = &["to", "whether"];

/// How many words before a deliberation a negation governs it.
const NEGATION_REACH: usize = 3;

/// How many words after the replaced deliberation the act may stand in the suspect.
const ACT_REACH: usize = 4;

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
    if !tw.iter().any(|w| DELIBERATIONS.contains(w)) || ow.iter().any(open) {
        return;
    }
    let unit_at = |tokens: &[usize], t: usize| tokens.iter().position(|&x| x >= t);
    for e in pair.edits.iter().filter(|e| e.kind != EditKind::Equal) {
        let Some(from) = unit_at(&theirs.token, e.source.start) else {
            continue;
        };
        let to = unit_at(&theirs.token, e.source.end).unwrap_or(tw.len());
        let Some(i) = (from..to).find(|&i| DELIBERATIONS.contains(&tw[i])) else {
            continue;
        };
        // "had not decided whether to": a negation polarity-drift judges.
        if tw[i.saturating_sub(NEGATION_REACH)..i]
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
        let Some(act) = tw.get(j) else { continue };
        let verb_form = act.ends_with("ing") || tw[j - 1] == "to";
        if !verb_form || parts_of_speech(act) & VERB == 0 {
            continue;
        }
        let here = unit_at(&ours.token, e.suspect.start).unwrap_or(ow.len());
        let root = stem(act);
        let once = |words: &[&str]| words.iter().filter(|w| stem(w) == root).count() == 1;
        // Right after the cut, or anywhere when the act is named once on each
        // side ("would study the ruling before deciding whether to appeal" →
        // "would appeal the ruling").
        let Some(k) = (here..ow.len().min(here + ACT_REACH))
            .find(|&k| stem(ow[k]) == root)
            .or_else(|| {
                (once(tw) && once(ow))
                    .then(|| ow.iter().position(|w| stem(w) == root))
                    .flatten()
            })
        else {
            continue;
        };
        let weighed = tw[i];
        flag_units(
            doc,
            src,
            pair,
            k..k + 1,
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

/// Phrases that hold an act as an accusation ("accused of embezzling", "on
/// suspicion of starting").
const ACCUSATIONS: &[&[&str]] = &[
    &["accused", "of"],
    &["suspicion", "of"],
    &["suspected", "of"],
    &["charged", "with"],
    &["alleged", "to", "have"],
];

/// Words that keep an accusation in the suspect.
const STILL_ACCUSED: &[&str] = &[
    "accused",
    "accusation",
    "accusations",
    "suspicion",
    "suspected",
    "suspect",
    "charged",
    "charges",
    "alleged",
    "allegedly",
    "allegations",
    "allegation",
];

/// An act the source holds as an accusation ("went on trial accused of
/// embezzling") that the suspect gives as the ground of the trial or arrest
/// ("went on trial for embezzling").
pub fn accusation_stated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let accused = |w: &&str| {
        matches!(
            *w,
            "accused" | "suspicion" | "suspected" | "charged" | "alleged"
        )
    };
    if !tw.iter().any(accused) || ow.iter().any(|w| STILL_ACCUSED.contains(w)) {
        return;
    }
    for phrase in ACCUSATIONS {
        let Some(at) = tw.windows(phrase.len()).position(|w| w == *phrase) else {
            continue;
        };
        let Some(act) = tw.get(at + phrase.len()) else {
            continue;
        };
        // "for arson", "for the arson".
        let ground = |k: usize| {
            let det = usize::from(matches!(
                ow.get(k + 1).copied(),
                Some("the" | "a" | "an" | "his" | "her" | "their")
            ));
            (ow[k] == "for" && ow.get(k + 1 + det).is_some_and(|w| stem(w) == stem(act)))
                .then_some(k + 2 + det)
        };
        let Some((k, end)) = (0..ow.len()).find_map(|k| ground(k).map(|end| (k, end))) else {
            continue;
        };
        let was = phrase.join(" ");
        flag_units(
            doc,
            src,
            pair,
            k..end,
            |now| format!("\"{was} {act}\" became \"{now}\": an accusation is stated as fact"),
            out,
        );
        return;
    }
}

/// Phrases that leave an outcome open: asked for, proposed or under
/// negotiation ("has applied for a permit", "is in talks to acquire").
const PENDING: &[&[&str]] = &[
    &["applied", "for"],
    &["applying", "for"],
    &["applied", "to"],
    &["in", "talks"],
    &["advanced", "talks"],
    &["in", "negotiations"],
    &["has", "proposed"],
    &["have", "proposed"],
    &["bid", "for"],
];

/// Verbs of an outcome obtained or settled.
const OBTAINED: &[&str] = &[
    "secured", "secures", "won", "wins", "received", "obtained", "got", "granted", "agreed",
    "agrees", "signed", "signs", "approved", "awarded", "clinched", "clinches",
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
    let Some(k) = ow
        .iter()
        .position(|w| OBTAINED.contains(w) && !tw.contains(w))
    else {
        return;
    };
    let was = phrase.join(" ");
    flag_units(
        doc,
        src,
        pair,
        k..k + 1,
        |now| format!("\"{was}\" became \"{now}\": a pending outcome is stated as obtained"),
        out,
    );
}

/// Phrases that state an association, not a cause ("linked to a lower risk").
const ASSOCIATIONS: &[&[&str]] = &[
    &["linked", "to"],
    &["linked", "with"],
    &["associated", "with"],
    &["tied", "to"],
    &["correlated", "with"],
    &["connected", "to"],
    &["connected", "with"],
    &["coincided", "with"],
    &["coincides", "with"],
    &["coinciding", "with"],
];

/// Verbs that state a cause ("cuts the risk", "causes strokes").
const CAUSES: &[&str] = &[
    "cuts", "cut", "reduces", "reduce", "lowers", "lower", "causes", "cause", "caused", "prevents",
    "prevent", "boosts", "boost", "raises", "raise", "triggers", "trigger", "drives", "drive",
    "protects", "protect", "halves", "halve", "driven", "drove", "fuelled", "fueled", "sparked",
];

/// An association the source reports ("coffee was linked to a lower risk")
/// stated as a cause ("coffee cuts the risk").
pub fn cause_stated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // "linked to", or "linked mainly to" with an adverb between.
    let associated = |words: &[&str]| {
        ASSOCIATIONS.iter().any(|p| {
            words.windows(p.len()).any(|w| w == *p)
                || words
                    .windows(3)
                    .any(|w| w[0] == p[0] && w[1].ends_with("ly") && w[2] == p[1])
        })
    };
    let heads = |w: &&str| ASSOCIATIONS.iter().any(|p| p[0] == *w);
    if !tw.iter().any(heads) || !associated(tw) || associated(ow) {
        return;
    }
    let Some(k) = ow
        .iter()
        .position(|w| CAUSES.contains(w) && !tw.contains(w))
    else {
        return;
    };
    flag_units(
        doc,
        src,
        pair,
        k..k + 1,
        |now| format!("\"{now}\": the source reports an association, not a cause"),
        out,
    );
}

/// Phrases that put an act still to come ("plans to freeze", "would hold").
const PLANNED: &[&[&str]] = &[
    &["plans", "to"],
    &["plan", "to"],
    &["planned", "to"],
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
/// already held meetings").
pub fn plan_stated_done(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    for (i, phrase) in (0..tw.len()).flat_map(|i| {
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
        let done = |w: &str| {
            w != act
                && !w.ends_with("ing")
                && *w != *format!("{act}s")
                && !tw.contains(&w)
                && lemmas(w).iter().any(|l| l == act)
        };
        let Some(k) = ow.iter().position(|w| done(w)) else {
            continue;
        };
        let mut first = k;
        while first > 0 && BETWEEN.contains(&ow[first - 1]) {
            first -= 1;
        }
        let Some(auxiliary) = first
            .checked_sub(1)
            .filter(|&a| matches!(ow[a], "has" | "have" | "had"))
        else {
            continue;
        };
        let before = &ow[k.saturating_sub(4)..k];
        if before
            .iter()
            .any(|w| STILL_TO_COME.contains(w) || is_negator_word(w))
        {
            continue;
        }
        let was = format!("{} {act}", phrase.join(" "));
        flag_units(
            doc,
            src,
            pair,
            auxiliary..k + 1,
            |now| format!("\"{was}\" became \"{now}\": a plan is stated as done"),
            out,
        );
        return;
    }
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
