//! The tense of reported speech, which shifts no stance: "would" after a
//! past verb of saying ("said it would open" → "says it will open"), a past
//! plan reported in the past ("said it planned to" → "intends to, she said"),
//! and a conditional whose condition the copy keeps ("would sign it if it
//! reached him" → "will sign it if it reaches him").

use crate::lexicon::stance::{Stance, stances};
use crate::text::Document;

/// "This plan would reduce flooding" → "will reduce": a conditional stated
/// as certain. After a verb of saying or expecting, "would" is only the tense
/// of reported speech ("said it would open" → "says it will open"); before a
/// condition the suspect keeps ("if it reaches his desk"), it is the tense
/// of the conditional. A speaker's own intention in reported speech
/// ("said it would") whose every verb of saying the copy drops (in `told`:
/// the words of the aligned suspect sentence and of the others made from the
/// same source sentences) is told as what will happen: "The council said it
/// would review" → "The council will review".
pub(super) fn conditional_made_certain(
    (src, t): (&Document, usize),
    (doc, u): (&Document, usize),
    told: (&[String], &[&str]),
    from: &str,
    to: &str,
) -> Option<(Stance, Stance)> {
    if (from, to) != ("would", "will") {
        return None;
    }
    let sentence = src.sentence_of(t)?;
    // "has said it would": a present perfect report shifts no tense.
    let words: Vec<&str> = src
        .words(src.sentences[sentence].tokens.start..t)
        .map(|(_, w)| w.norm.as_str())
        .collect();
    let reported = words
        .iter()
        .enumerate()
        .any(|(i, w)| reports(w) && !(i > 0 && matches!(words[i - 1], "has" | "have")));
    // "The council said it would review" → "The council will review": with
    // every verb of saying gone from the copy's sentence, the reported
    // intention is told as what will happen.
    let told_as_fact =
        reported && own_intention(&words) && !asked(doc, u) && !still_reported(doc, u, told);
    if (reported && !told_as_fact) || (condition_after(src, t) && condition_after(doc, u)) {
        return None;
    }
    let certain = stances(to).iter().find(|s| s.class == "modality")?;
    Some((
        Stance {
            class: "modality",
            group: if told_as_fact {
                "reported"
            } else {
                "conditional"
            },
        },
        *certain,
    ))
}

/// Whether the sentence of suspect token `u` still reports speech, thought
/// or expectation in any tense ("says it will open", "…, she said"), or
/// keeps a condition or an open question ("if", "whether"), itself or in
/// the words of the aligned suspect sentence (`own`) or of the others made
/// from the same source sentences (`split_off`: "The council said 18% were
/// uninsured. Another 35% will get less").
fn still_reported(doc: &Document, u: usize, (own, split_off): (&[String], &[&str])) -> bool {
    doc.sentence_of(u).is_some_and(|s| {
        doc.words(doc.sentences[s].tokens.clone())
            .map(|(_, w)| w.norm.as_str())
            .chain(own.iter().map(String::as_str))
            .chain(split_off.iter().copied())
            .any(|w| {
                matches!(w, "according" | "if" | "whether")
                    || stances(w).iter().any(|s| {
                        matches!(
                            s.class,
                            "attribution" | "forecast" | "belief" | "evidence" | "concern"
                        )
                    })
            })
    })
}

/// Pronouns by which a speaker reports its own intention ("said it would").
const OWN: &[&str] = &["it", "they", "he", "she", "we"];

/// Whether the source words before a "would" (`words`, up to it) report
/// the speaker's own intention, a pronoun after the reporting verb ("The
/// council said [that] it would"); not a claim about another party ("said
/// the change would cut"), which attribution-dropped judges.
fn own_intention(words: &[&str]) -> bool {
    let n = words.len();
    if n < 2 || !OWN.contains(&words[n - 1]) {
        return false;
    }
    let verb = if words[n - 2] == "that" {
        n.checked_sub(3)
    } else {
        Some(n - 2)
    };
    verb.is_some_and(|v| reports(words[v]))
}

/// Words that open an indirect question ("how much it will charge").
const QUESTIONS: &[&str] = &["how", "what", "when", "where", "which", "who", "why"];

/// Words before suspect token `u` searched for [`QUESTIONS`].
const QUESTION_REACH: usize = 3;

/// Whether suspect token `u` stands in an indirect question ("has yet to
/// disclose how much it will charge"): what is asked is told as no fact.
fn asked(doc: &Document, u: usize) -> bool {
    doc.sentence_of(u).is_some_and(|s| {
        let before: Vec<&str> = doc
            .words(doc.sentences[s].tokens.start..u)
            .map(|(_, w)| w.norm.as_str())
            .collect();
        before
            .iter()
            .rev()
            .take(QUESTION_REACH)
            .any(|w| QUESTIONS.contains(w))
    })
}

/// Words that open a condition.
const CONDITIONS: &[&str] = &["if", "unless", "provided", "providing"];

/// Whether a condition follows token `t` in its sentence ("would sign the
/// bill if it reached his desk").
fn condition_after(doc: &Document, t: usize) -> bool {
    doc.sentence_of(t).is_some_and(|s| {
        doc.words(t + 1..doc.sentences[s].tokens.end)
            .any(|(_, w)| CONDITIONS.contains(&w.norm.as_str()))
    })
}

/// Whether a word reports speech, thought or expectation in the past ("said",
/// "told", "expected", "hoped"), after which "would" is reported speech's tense;
/// a present report ("says", "state regulators", "concerns") shifts no tense.
fn reports(word: &str) -> bool {
    matches!(word, "according" | "if" | "whether")
        || (is_past(word)
            && stances(word).iter().any(|s| {
                matches!(
                    s.class,
                    "attribution" | "forecast" | "belief" | "evidence" | "concern"
                )
            }))
}

/// Whether a word is a past (or -ing) form: regular, or one of the irregular
/// pasts of reporting verbs.
fn is_past(word: &str) -> bool {
    word.ends_with("ed")
        || word.ends_with("ing")
        || matches!(
            word,
            "said" | "told" | "wrote" | "written" | "thought" | "found" | "shown" | "forecast"
        )
}

/// Words after a past plan within which a trailing attribution ("…, she
/// said.") is looked for.
const TRAILING_REACH: usize = 4;

/// Whether token `t`, a past form of a verb of intending ("planned",
/// "intended"), is reported speech's tense of a present plan: a past verb of
/// saying stands before it in its sentence ("Farrow said the company planned
/// to meet regulators"), or closes the sentence ("…, Farrow said."); not
/// "had planned", a plan of the past.
pub(super) fn plan_backshifted(doc: &Document, t: usize) -> bool {
    let word = doc.norm_at(t);
    let past_plan = word.ends_with("ed") || word == "sought";
    let said = |w: &str| {
        is_past(w)
            && w != "according"
            && stances(w)
                .iter()
                .any(|s| s.class == "attribution" && s.group == "neutral")
    };
    past_plan
        && doc.sentence_of(t).is_some_and(|s| {
            let tokens = doc.sentences[s].tokens.clone();
            let words: Vec<&str> = doc.words(tokens).map(|(_, w)| w.norm.as_str()).collect();
            let before = doc.words(doc.sentences[s].tokens.start..t).count();
            // "had planned": a plan of the past, reported or not.
            if before > 0 && words[before - 1] == "had" {
                return false;
            }
            let tail = words.len().saturating_sub(TRAILING_REACH).max(before + 1);
            words[..before].iter().any(|w| said(w))
                || words.get(tail..).is_some_and(|w| w.iter().any(|w| said(w)))
        })
}

/// Whether token `t`, a verb of intending, follows "had" or "had been"
/// ("had intended", "had been planning"): a plan of the past.
pub(super) fn plan_of_the_past(doc: &Document, t: usize) -> bool {
    match doc.norm_before(t, 1) {
        Some("had") => true,
        Some("been") => doc.norm_before(t, 2) == Some("had"),
        _ => false,
    }
}
