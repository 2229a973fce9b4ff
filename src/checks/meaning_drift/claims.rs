//! Claims and deliberations the suspect states as settled facts.

use super::carried::said_before;
use super::flag_units;
use crate::align::units::Units;
use crate::align::{AlignedPair, EditKind};
use crate::checks::grammar::{leaves_question_open, verb_after};
use crate::finding::Diagnostic;
use crate::lexicon::dictionary::misspelling_of;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::stance::stances;
use crate::lexicon::wordnet::{VERB, parts_of_speech};
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::{GROUP_LEADS, is_stopword, stem};

/// Verbs that report a body's own claim about itself ("which says it has
/// 1,800 members").
const CLAIMS: &[&str] = &["says", "say", "claims", "claim", "said", "claimed"];

/// Verbs that report a claim after the relative's own subject ("which the
/// council says will", "which it estimates will", "who it said were").
const REPORTED: &[&str] = &[
    "says",
    "say",
    "said",
    "claims",
    "claim",
    "claimed",
    "estimates",
    "estimate",
    "estimated",
    "believes",
    "believe",
    "believed",
    "argues",
    "argue",
    "argued",
];

/// Most words of the subject between a relative and its reporting verb
/// ("which the council says").
const REPORTER_WORDS: usize = 2;

/// A relative clause reporting a claim ("which says it has", "which the
/// council says will mean", "who it said were") whose suspect states the
/// claim itself ("which has", "which will mean", "who are"); a modal the
/// suspect drops with the report ("which scientists say can weaken" →
/// "which weakens") still states it.
pub fn claim_stated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let relative = |w: &str| matches!(w, "which" | "who");
    let pronoun = |w: &str| matches!(w, "it" | "they" | "he" | "she");
    let reported = |ws: &[&str]| {
        ws.iter().enumerate().any(|(i, w)| {
            relative(w)
                && ws[i + 1..ws.len().min(i + 2 + REPORTER_WORDS)]
                    .iter()
                    .any(|x| REPORTED.contains(x))
        })
    };
    if reported(ow) {
        return;
    }
    for i in (0..tw.len()).filter(|&i| relative(tw[i])) {
        // "which says it has": the relative is the claimant; "which the
        // council says will": a subject of its own claims.
        let verb_at = if tw.get(i + 1).is_some_and(|w| CLAIMS.contains(w))
            && tw.get(i + 2).is_some_and(|w| pronoun(w))
        {
            i + 3
        } else if let Some(c) =
            (i + 2..tw.len().min(i + 2 + REPORTER_WORDS)).find(|&c| REPORTED.contains(&tw[c]))
            && tw[i + 1..c]
                .iter()
                .all(|w| !GROUP_LEADS.contains(w) && !relative(w) && *w != "that")
        {
            c + 1
        } else {
            continue;
        };
        let Some(verb) = tw.get(verb_at) else {
            continue;
        };
        let next = tw.get(verb_at + 1).filter(|_| MODALS.contains(verb));
        let states = |w: &str| same_verb(w, verb) || next.is_some_and(|n| stem(w) == stem(n));
        let Some(k) = ow.windows(2).position(|x| relative(x[0]) && states(x[1])) else {
            continue;
        };
        let claim = tw[i..=verb_at].join(" ");
        flag_units(
            doc,
            src,
            pair,
            k..k + 2,
            |now| format!("\"{claim}\" became \"{now}\": a claim is stated as fact"),
            out,
        );
    }
}

/// Whether two verb forms are one verb ("has", "have"; "were", "are").
fn same_verb(a: &str, b: &str) -> bool {
    let be = |w: &str| matches!(w, "is" | "are" | "was" | "were");
    stem(a) == stem(b) || (be(a) && be(b))
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
    "proposals",
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

/// Modals after which the act of a "whether" clause stands ("whether the
/// race should move").
const MODALS: &[&str] = &[
    "should", "would", "could", "will", "can", "might", "may", "must",
];

/// Most words of the subject between "whether" and its modal.
const SUBJECT_REACH: usize = 4;

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
        let Some(act) = tw.get(j) else { continue };
        let verb_form = act.ends_with("ing")
            || tw[j - 1] == "to"
            || MODALS.contains(&tw[j - 1])
            || (tw[i] == "whether" && past_act(tw, j));
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

/// Whether word `m` of `words` is a regular past verb of a clause
/// ("happened", "had breached"), not a participle after a determiner.
fn past_act(words: &[&str], m: usize) -> bool {
    let w = words[m];
    w.ends_with("ed")
        && parts_of_speech(w) & VERB != 0
        && !DETERMINERS.contains(&words[m - 1])
        && !matches!(words[m - 1], "was" | "were" | "is" | "are" | "be" | "been")
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
    "allege",
    "alleges",
    "alleging",
    "claim",
    "claims",
    "claiming",
    "claimed",
    "contend",
    "contends",
    "argue",
    "argues",
];

/// An act the source holds as an accusation ("went on trial accused of
/// embezzling") that the suspect gives as the ground of the trial or arrest
/// ("went on trial for embezzling") or as done ("who embezzled").
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
        // The act, not a name ("accused of the Dale killings").
        let first = at + phrase.len();
        let named = |i: usize| src.is_capitalized(pair.source_units.token[i]);
        let Some(act) = (first..tw.len().min(first + ACT_REACH))
            .find(|&i| !is_stopword(tw[i]) && !named(i))
            .map(|i| tw[i])
        else {
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
        // "who embezzled": the act told as done, no longer as the charge.
        let told = || {
            ow.iter()
                .position(|w| stem(w) == stem(act))
                .map(|k| (k, k + 1))
        };
        let Some((k, end)) = (0..ow.len())
            .find_map(|k| ground(k).map(|end| (k, end)))
            .or_else(told)
        else {
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

/// Verbs that attribute a claim to a speaker ("police said", "prosecutors
/// allege"); "according to" attributes too.
const REPORTING: &[&str] = &[
    "said", "says", "say", "told", "allege", "alleges", "alleged", "claim", "claims", "claimed",
    "argue", "argues", "argued", "insist", "insists", "insisted",
];

/// Words after a reporting verb that make the claim the speaker's own ("the
/// company said it would close", "she said she had"): a self-report, which
/// [`plan_stated_done`] and its kin judge.
const SELF: &[&str] = &[
    "it", "he", "she", "they", "we", "i", "its", "their", "his", "her",
];

/// Units before or after a reporting verb searched for its speaker.
const SPEAKER_REACH: usize = 4;

/// A claim the source attributes to a speaker other than its subject
/// ("according to police, the transfer was made", "Norvane said the project
/// would create 400 jobs") that the suspect states with no attribution at
/// all and without naming the speaker ("The project will create 400 jobs"),
/// nor in another suspect sentence made from the same source sentences ("The
/// firm said no jobs would go. Though hours may be cut."), nor in the suspect
/// sentence before, which names the speaker as saying something.
pub fn attribution_dropped(
    doc: &Document,
    src: &Document,
    (pair, pairs): (&AlignedPair, &[AlignedPair]),
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if quoted(src, pair.source_tokens(src)) || quoted(doc, pair.suspect_tokens(doc)) {
        return;
    }
    let Some((said, speaker)) = attribution(src, pair, tw) else {
        return;
    };
    let split_off = pairs.iter().any(|other| {
        !std::ptr::eq(other, pair)
            && other.source.start < pair.source.end
            && pair.source.start < other.source.end
            && attributes(&other.suspect_units.words(), &speaker)
    });
    if attributes(ow, &speaker) || split_off || said_before(doc, pair, &speaker, REPORTING) {
        return;
    }
    let tokens = pair.suspect_tokens(doc);
    let (first, last) = doc.token_span(tokens.clone());
    // Another finding of the sentence says more about it than this one.
    if out.iter().any(|d| first <= d.start && d.end <= last) {
        return;
    }
    let units = &pair.suspect_units;
    let verb = main_verb(doc, units, ow)
        .map_or(tokens.clone(), |(a, b)| units.token[a]..units.token[b] + 1);
    let (start, end) = doc.token_span(verb);
    out.push(
        Diagnostic::new(
            start,
            end,
            format!("the source's attribution \"{said}\" was dropped: a claim is stated as fact"),
        )
        .evidence(src.span_text(pair.source_tokens(src))),
    );
}

/// Whether suspect words `ow` still attribute their claim: a verb of saying
/// or stance, "according to", "heard", or the speaker named (a misspelt name still
/// names the speaker: "Pennock" → "Pennick").
fn attributes(ow: &[&str], speaker: &[String]) -> bool {
    // "The project will create", "State funding has fallen": a noun opening
    // the sentence or after a determiner is no verb of forecasting or saying.
    let attributed = ow.iter().enumerate().any(|(i, w)| {
        let noun = matches!(*w, "project" | "projects" | "state" | "states")
            && (i == 0 || DETERMINERS.contains(&ow[i - 1]));
        // "offered to write off the debt": a verb of accounts, no writing.
        let written_off = matches!(*w, "write" | "writes" | "wrote" | "written" | "writing")
            && ow.get(i + 1).is_some_and(|n| matches!(*n, "off" | "down"));
        // "Jurors heard that", "the court heard": what a court is told.
        matches!(*w, "according" | "per" | "heard" | "hears")
            || REPORTING.contains(w)
            || (!noun
                && !written_off
                && stances(w)
                    .iter()
                    .any(|s| matches!(s.class, "attribution" | "evidence" | "forecast")))
    });
    let named = speaker.iter().any(|s| {
        ow.iter()
            .any(|w| stem(w) == stem(s) || misspelling_of(w, s))
    });
    attributed || named
}

/// The source's attribution of its sentence to a speaker, as written, with
/// the speaker's content words; `None` for a self-report or no attribution.
fn attribution(src: &Document, pair: &AlignedPair, tw: &[&str]) -> Option<(String, Vec<String>)> {
    let units = &pair.source_units;
    let content = |range: std::ops::Range<usize>| -> Vec<String> {
        tw[range]
            .iter()
            .filter(|w| !is_stopword(w) && !REPORTING.contains(w))
            .map(|w| w.to_string())
            .collect()
    };
    let text = |range: std::ops::Range<usize>| src.span_text(units.tokens(range)).to_string();
    if let Some(k) = tw.windows(2).position(|w| w == ["according", "to"]) {
        let end = (k + 2 + SPEAKER_REACH).min(tw.len());
        let end = (k + 2..end)
            .find(|&j| punctuated_before(src, units.token[j]))
            .unwrap_or(end);
        let speaker = content(k + 2..end);
        return (!speaker.is_empty()).then(|| (text(k..end), speaker));
    }
    let k = tw.iter().position(|w| REPORTING.contains(w))?;
    // "It did not say whether": a denial, no attribution.
    if tw[k.saturating_sub(2)..k]
        .iter()
        .any(|w| is_negator_word(w))
    {
        return None;
    }
    // "the alleged fraud": an adjective, no attribution.
    if k > 0
        && matches!(
            tw[k - 1],
            "the" | "an" | "a" | "his" | "her" | "its" | "their"
        )
    {
        return None;
    }
    // "…, said Marta Olsen": the speaker follows; "…, said it would": not.
    let clause_end = (k + 1..tw.len())
        .find(|&j| punctuated_before(src, units.token[j]))
        .unwrap_or(tw.len());
    // The speaker after the verb is a short name or title that ends its
    // clause, with no verb of its own ("said 71.4% of patients were" is a claim).
    let inverted = punctuated_before(src, units.token[k])
        && tw.get(k + 1).is_some_and(|w| {
            !SELF.contains(w) && *w != "that" && w.starts_with(char::is_alphabetic)
        })
        && clause_end - (k + 1) <= SPEAKER_REACH + 2
        && !tw[k + 1..clause_end]
            .iter()
            .any(|w| GROUP_LEADS.contains(w));
    let (range, claim_start) = if inverted {
        (k + 1..(k + 1 + SPEAKER_REACH).min(tw.len()), 0)
    } else {
        (k.saturating_sub(SPEAKER_REACH)..k, k + 1)
    };
    // The claim's first word: after the verb ("said it would"), or at the
    // start of an inverted sentence ("It will close, the firm said").
    if tw[claim_start..]
        .iter()
        .find(|w| **w != "that")
        .is_some_and(|w| SELF.contains(w))
    {
        return None;
    }
    let speaker = content(range.clone());
    let said = if inverted {
        text(k..range.end)
    } else {
        text(range.start..k + 1)
    };
    (!speaker.is_empty()).then_some((said, speaker))
}

/// Whether tokens of `doc` hold a quotation mark (folded to '"' as the quote
/// pairing reads them): misquote reports changes there.
pub(super) fn quoted(doc: &Document, tokens: std::ops::Range<usize>) -> bool {
    doc.tokens[tokens]
        .iter()
        .any(|t| t.kind == TokenKind::Punct && t.norm == "\"")
}

/// Whether punctuation stands right before token `t` ("…, said Marta").
fn punctuated_before(doc: &Document, t: usize) -> bool {
    t.checked_sub(1)
        .is_some_and(|p| doc.tokens[p].kind == TokenKind::Punct)
}

/// Words after which a noun, not a verb, follows ("the levy brought").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "this", "that", "his", "her",
];

/// Words that open a parenthetical between commas (", which runs nine
/// terminals,"), whose verbs are not the sentence's own.
const PARENTHETICALS: &[&str] = &["which", "who", "whose", "where", "founded", "based"];

/// The first and last units of the suspect sentence's main verb group
/// ("Henrik Sollberg, 58, transferred", "A petition has gathered"), skipping
/// parentheticals between commas.
fn main_verb(doc: &Document, units: &Units, words: &[&str]) -> Option<(usize, usize)> {
    let after_comma = |k: usize| punctuated_before(doc, units.token[k]);
    let mut aside = false;
    let mut verb = None;
    for k in 1..words.len() {
        let w = words[k];
        if after_comma(k) {
            aside = PARENTHETICALS.contains(&w) || w.starts_with(|c: char| c.is_ascii_digit());
        }
        if aside {
            continue;
        }
        // "The final transfer was made": a word before an auxiliary heads the subject.
        let is_verb = GROUP_LEADS.contains(&w)
            || (parts_of_speech(w) & VERB != 0
                && !DETERMINERS.contains(&words[k - 1])
                && !words.get(k + 1).is_some_and(|n| GROUP_LEADS.contains(n))
                && !doc.is_capitalized(units.token[k]));
        if is_verb {
            verb = Some(k);
            break;
        }
    }
    let first = verb?;
    let mut k = first;
    let leads = |w: &str| GROUP_LEADS.contains(&w) || matches!(w, "be" | "been");
    // "was made", "has been taken", "will run": the group runs on past its
    // auxiliaries to the verb they lead.
    while words.get(k + 1).is_some_and(|w| {
        leads(w) || w.ends_with("ed") || (leads(words[k]) && parts_of_speech(w) & VERB != 0)
    }) {
        k += 1;
    }
    Some((first, k))
}
