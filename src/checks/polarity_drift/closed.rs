//! An open possibility told as closed: "had not ruled out a legal
//! challenge" → "had dismissed the idea of a legal challenge", "has not
//! been ruled out" → "remains off the table", "did not rule out approving"
//! → "all but ruled out approving". The source denies a ruling out; the
//! copy keeps the act and puts an undenied verb or phrase of closing
//! before it (or after it, in the passive), so the negation counts do not
//! show the change. A source "left open the possibility of" counts too.
//! Keeping it open in other words ("has not closed the door to", "is still
//! considering", "remains open to") passes.

use super::possible::{denial_before, rules_out};
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::words::{is_lettered_content, is_stopword};

/// Content words of the act searched on either side of a ruling out.
const ACT_REACH: usize = 4;

/// Base-form stems that close an option as "rule out" does: the general
/// English set (exclude, dismiss, reject, set aside, drop, abandon).
const CLOSING: &[&str] = &["exclud", "dismiss", "reject", "preclud"];

/// Nouns that frame an act after a closer ("the idea of", "the
/// possibility of").
pub(super) const FRAMES: &[&str] = &[
    "idea",
    "possibility",
    "prospect",
    "option",
    "notion",
    "plans",
    "plan",
];

/// Whether unit `k` of `words` follows a passive "be" ("has not been ruled
/// out"), so the act it closes is its subject.
fn after_passive_be(words: &[&str], k: usize) -> bool {
    k > 0 && matches!(words[k - 1], "been" | "be" | "being")
}

/// Whether unit `k` of `words` starts a verb or phrase of closing, and
/// how many units it takes.
fn closing_at(words: &[&str], k: usize) -> Option<usize> {
    let w = words[k];
    let next = |i: usize| words.get(k + i).copied();
    if rules_out(words, k) {
        return Some(2);
    }
    if CLOSING.iter().any(|c| w.starts_with(c)) {
        return Some(1);
    }
    if matches!(w, "set" | "sets" | "setting") && next(1) == Some("aside") {
        return Some(2);
    }
    let dropping = ["drop", "drops", "dropped", "dropping"];
    let abandoning = ["abandon", "abandons", "abandoned", "abandoning"];
    if (dropping.contains(&w) || abandoning.contains(&w))
        && matches!(next(1), Some("the" | "any" | "plans"))
        && matches!(
            next(2),
            Some("idea" | "possibility" | "prospect" | "plans" | "of")
        )
    {
        return Some(1);
    }
    if w == "off" && next(1) == Some("the") && next(2) == Some("table") {
        return Some(3);
    }
    None
}

/// Where the act starts after a "left open" at unit `k` of `words`
/// ("left open the possibility of", "kept the door open to").
fn left_open(words: &[&str], k: usize) -> Option<usize> {
    let leave = [
        "left", "leaves", "leave", "leaving", "kept", "keeps", "keep", "keeping",
    ];
    if !leave.contains(&words[k]) {
        return None;
    }
    match (words.get(k + 1), words.get(k + 2), words.get(k + 3)) {
        (Some(&"open"), ..) => Some(k + 2),
        (Some(&"the"), Some(&"door" | &"option" | &"possibility"), Some(&"open")) => Some(k + 4),
        _ => None,
    }
}

/// Units of the content words among `range` of `words`.
fn content(words: &[&str], range: std::ops::Range<usize>) -> Vec<usize> {
    range.filter(|&i| is_lettered_content(words[i])).collect()
}

/// An option the words leave open: a denied ruling out ("had not ruled
/// out a legal challenge") or a "left open the possibility of".
pub(crate) struct OpenOption<'a> {
    /// Units of the whole phrase, from its denial or "left open" to its
    /// last act word.
    pub(crate) span: std::ops::Range<usize>,
    /// The act's content words.
    pub(crate) acts: Vec<&'a str>,
}

/// Each option `words` leave open, with the words of its act: up to
/// [`ACT_REACH`] content words after a denied ruling out, or before its
/// denial in the passive ("a public inquiry has not been ruled out").
pub(crate) fn open_options<'a>(words: &[&'a str]) -> Vec<OpenOption<'a>> {
    let mut options = Vec::new();
    let mut push = |from: usize, to: usize, at: Vec<usize>| {
        let acts: Vec<&str> = at.iter().map(|&i| words[i]).collect();
        if let (Some(&first), Some(&last)) = (at.first(), at.last()) {
            let span = from.min(first)..to.max(last + 1);
            options.push(OpenOption { span, acts });
        }
    };
    for k in 0..words.len() {
        if let Some(at) = left_open(words, k) {
            let end = words.len().min(at + ACT_REACH + 2);
            let act = content(words, at..end);
            let act = act.into_iter().filter(|&i| !FRAMES.contains(&words[i]));
            push(k, k + 1, act.take(2).collect());
            continue;
        }
        let Some(len) = closing_at(words, k) else {
            continue;
        };
        if words[k] == "off" {
            continue;
        }
        let Some(d) = denial_before(words, k) else {
            continue;
        };
        if after_passive_be(words, k) {
            push(
                k + len,
                k + len,
                content(words, d.saturating_sub(ACT_REACH)..d),
            );
        } else {
            let end = words.len().min(k + len + ACT_REACH);
            push(
                d,
                k + len,
                content(words, k + len..end).into_iter().take(2).collect(),
            );
        }
    }
    options
}

/// The act words of each option `words` leave open ([`open_options`]).
fn open_acts<'a>(words: &[&'a str]) -> Vec<&'a str> {
    open_options(words)
        .into_iter()
        .flat_map(|o| o.acts)
        .collect()
}

/// Flags a closing verb or phrase in the copy, with no denial before it
/// and an act word of the source's denied ruling out near it, where the
/// copy denies no ruling out itself.
pub(super) fn possibility_closed(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    // Cheap guard first: most source sentences rule nothing out.
    let t = &theirs.text;
    if !t
        .iter()
        .any(|w| w == "out" || w == "open" || w.starts_with("exclud"))
    {
        return;
    }
    let (tw, ow) = (theirs.words(), ours.words());
    let acts = open_acts(&tw);
    if acts.is_empty() || !open_acts(&ow).is_empty() {
        return;
    }
    // After the closer, the act follows with only function words or a
    // framing noun between ("dismissed the idea of a legal challenge");
    // before it, the act is its subject ("an inquiry remains off the table",
    // "an appeal was ruled out").
    let after = |from: usize| {
        ow.iter()
            .skip(from)
            .take(ACT_REACH + 2)
            .take_while(|w| acts.contains(w) || is_stopword(w) || FRAMES.contains(w))
            .any(|w| acts.contains(w))
    };
    let before = |k: usize| {
        (ow[k] == "off" || after_passive_be(&ow, k))
            && ow[k.saturating_sub(ACT_REACH)..k]
                .iter()
                .any(|w| acts.contains(w))
    };
    let found = (0..ow.len()).find_map(|k| {
        let len = closing_at(&ow, k)?;
        if denial_before(&ow, k).is_some() {
            return None;
        }
        (after(k + len) || before(k)).then_some((k, len))
    });
    let Some((k, len)) = found else { return };
    let span = ours.token[k]..ours.token[k + len - 1] + 1;
    // One finding a sentence: a negation already flagged here says it.
    let (ss, se) = doc.token_span(pair.suspect_tokens(doc));
    if out.iter().any(|d| d.overlaps(ss, se)) {
        return;
    }
    let (s, e) = doc.token_span(span);
    out.push(
        Diagnostic::new(
            s,
            e,
            "possibility closed: the source leaves the act open, the copy rules it out",
        )
        .evidence(src.span_text(pair.source_tokens(src))),
    );
}
