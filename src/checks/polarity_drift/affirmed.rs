//! A source's denying verb or adjective dropped, the act it governed kept and
//! no denial left: "ruled out any link" → "confirmed a link", "declined to
//! say whether it expected" → "said it expected", "rejected a claim that he
//! had concealed" → "found he had concealed", "to avoid using lime" → "to
//! use lime".

use super::moved_denial::same_word;
use super::span::LONG_EDIT;
use crate::align::units::Units;
use crate::align::{AlignedPair, EditKind};
use crate::finding::Diagnostic;
use crate::lexicon::determiners::{is_article, is_demonstrative, is_possessive};
use crate::lexicon::negation::{implicit_negatives, is_negator, yet_to};
use crate::lexicon::wordnet::lemmas;
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;
use std::ops::Range;

/// Words after the denying word searched for the act it governed.
const GOVERNED_REACH: usize = 6;

/// Content words after a denying word with an object that may be the thing
/// it refused ("rejected a separate claim that Brightwell …"); after one
/// with an infinitive the act is its verb ("failed to consider the impact"
/// → "overlooked the impact" keeps no act).
const GOVERNED_WORDS: usize = 3;

/// Words before the denying word searched for a denial of it ("could not
/// rule out").
const DENIAL_REACH: usize = 3;

/// Base forms that deny the act after them by themselves.
const DENYING: &[&str] = &["refuse", "decline", "fail", "reject", "deny"];

/// Forms of "avoid", which deny the act of the "-ing" verb after them
/// ("asked them to avoid using lime" → "to use lime").
const AVOID: &[&str] = &["avoid", "avoids", "avoided", "avoiding"];

/// Words that restate a denying word without a negation ("dismissed" for
/// "rejected", "left open" for "refused to rule out"): a copy holding one is
/// left to the negation count.
const RESTATING: &[&str] = &[
    "dismiss",
    "exclude",
    "veto",
    "rebuff",
    "spurn",
    "dispute",
    "decline",
    "refuse",
    "reject",
    "deny",
    "fail",
    "unable",
    "open",
    "possible",
    "silent",
    "turn",
    "miss",
    "ignore",
    "neglect",
    "contest",
    "challenge",
    "innocence",
    "reluctant",
    "unwilling",
    "avoid",
    "steer",
    "shun",
    "evade",
    "dodge",
    "eschew",
];

/// Base forms that state as done or granted what a denial with an object
/// refused ("declined a request" → "approved the request", "ruled out a
/// link" → "confirmed a link", "rejected a claim that" → "found that").
const AFFIRMING: &[&str] = &[
    "approve",
    "accept",
    "confirm",
    "agree",
    "grant",
    "uphold",
    "endorse",
    "find",
    "admit",
    "acknowledge",
    "concede",
    "establish",
    "prove",
    "verify",
    "back",
    "allow",
];

/// Base forms of assent that answer a refusal with no act named ("The
/// judge declined." → "The judge agreed.").
const ASSENTING: &[&str] = &["agree", "accept", "approve", "grant", "allow", "consent"];

/// Whether source token `t`, a "declined" or "refused", ends its clause: a
/// refusal with no act named ("The judge declined."), not a fall ("sales
/// declined 4%") nor a refusal of something ("declined the offer").
fn bare_refusal(src: &Document, t: usize) -> bool {
    // Cheap guards first: the clause's end and the word before, then the
    // verb's base forms.
    let word = src.tokens[t].norm.as_str();
    src.tokens.get(t + 1).is_none_or(|n| {
        n.kind == TokenKind::Punct && matches!(n.norm.as_str(), "." | "," | ";" | "!")
    }) && t
        .checked_sub(1)
        .is_some_and(|p| !object_start(&src.tokens[p].norm))
        && ["decline", "refuse"].iter().any(|b| has_base(word, b))
}

/// Whether `w` may stand between a denying verb and its object: an article,
/// possessive or demonstrative, "any" or "all".
fn object_start(w: &str) -> bool {
    is_article(w) || is_possessive(w) || is_demonstrative(w) || matches!(w, "any" | "all")
}

/// Whether `word` has base form `base`.
pub(super) fn has_base(word: &str, base: &str) -> bool {
    word == base || lemmas(word).iter().any(|l| l == base)
}

/// Where the act after a denying word at unit `k` of `w` begins, if unit
/// `k` denies by itself: "unable to", "ruled out", "declined to", "refused
/// a request", "rejected the claim", "denied that". "Declined to 61
/// million" is a fall, "the rejected bid" a description.
fn denying_at(w: &[&str], k: usize) -> Option<usize> {
    let next = w.get(k + 1).copied()?;
    let after = w.get(k + 2).copied();
    let digit = |x: Option<&str>| x.is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()));
    let word = w[k];
    if word == "unable" {
        return (next == "to").then_some(k + 2);
    }
    if AVOID.contains(&word) {
        return (next.len() > 4 && next.ends_with("ing")).then_some(k + 1);
    }
    if !word.starts_with(['r', 'u', 'd', 'f']) {
        return None;
    }
    if has_base(word, "rule") && next == "out" {
        return Some(k + 2);
    }
    let base = DENYING.iter().find(|b| has_base(word, b))?;
    if k > 0 && object_start(w[k - 1]) {
        return None;
    }
    if next == "to" {
        return (!digit(after) && *base != "reject" && *base != "deny").then_some(k + 2);
    }
    match *base {
        "decline" | "refuse" => object_start(next).then_some(k + 1),
        "reject" | "deny" => {
            (!digit(Some(next)) && !matches!(next, "by" | "in" | "for")).then_some(k + 1)
        }
        _ => None,
    }
}

/// Whether a denying word whose act starts at `start` took an object, not
/// an infinitive or an avoided "-ing" verb ("rejected a claim", not
/// "declined to comment" or "avoid going").
fn took_object(w: &[&str], start: usize) -> bool {
    start < 2 || w[start - 1] != "to" && !AVOID.contains(&w[start - 1])
}

/// Whether a clause break (a comma, semicolon, colon, dash, bracket or
/// quotation mark) stands among `tokens`.
fn breaks(doc: &Document, tokens: Range<usize>) -> bool {
    tokens.into_iter().any(|t| {
        let tok = &doc.tokens[t];
        tok.kind == TokenKind::Punct
            && matches!(
                tok.norm.as_str(),
                "," | ";" | ":" | "\"" | "(" | ")" | "-" | "--"
            )
    })
}

/// Units of the clause of `ours` that holds unit `u`: the words between
/// the clause breaks either side of it.
fn clause_of(doc: &Document, ours: &Units, u: usize) -> Range<usize> {
    let apart = |a: usize| breaks(doc, ours.token[a] + 1..ours.token[a + 1]);
    let start = (0..u).rev().find(|&a| apart(a)).map_or(0, |a| a + 1);
    let end = (u..ours.text.len().saturating_sub(1))
        .find(|&a| apart(a))
        .map_or(ours.text.len(), |a| a + 1);
    start..end
}

/// Flags a denying word of the source dropped in the copy with the act it
/// governed kept ("ruled out any link" → "confirmed a link"), where the copy
/// holds no negation, no denying word and no word that restates one
/// ("dismissed", "left open"). A denying word itself denied ("could not rule
/// out") or denying another ("refused to rule out") is left to the negation
/// count. Returns the source token of the denying word it reported.
pub(super) fn affirmed_denials(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    // Cheap guard first: most sentences hold no denying word ("out" counts
    // only after a "rule").
    let text = &theirs.text;
    let cheap = |k: usize| {
        let w = text[k].as_str();
        w == "unable"
            || AVOID.contains(&w)
            || w == "out" && k > 0 && text[k - 1].starts_with("rul")
            || DENYING.iter().any(|b| w.starts_with(&b[..4]))
    };
    if !(0..text.len()).any(cheap) {
        return None;
    }
    let tw = theirs.words();
    let ow = ours.words();
    if ow
        .iter()
        .any(|w| RESTATING.iter().any(|r| has_base(w, r)) || has_base(w, "rule"))
    {
        return None;
    }
    let theirs_implicit = implicit_negatives(&tw);
    // A negation or "yet to" at unit `u` of the copy ("no one" spelt out
    // denies, "No 1" ranks).
    let denies = |u: usize| is_negator(&ow, u, ow.get(u + 1) == Some(&"one")) || yet_to(&ow, u);
    for k in 0..tw.len() {
        let bare = bare_refusal(src, theirs.token[k]);
        let Some(start) = denying_at(&tw, k).or(bare.then_some(k + 1)) else {
            continue;
        };
        // "could not rule out", "if it fails to": denied or supposed.
        let denied = (k.saturating_sub(DENIAL_REACH)..k).any(|p| {
            is_negator(&tw, p, false) || matches!(tw[p], "if" | "unless" | "whether" | "when")
        });
        let end = tw.len().min(start + GOVERNED_REACH);
        let double = (start..end.min(start + 2)).any(|g| denying_at(&tw, g).is_some());
        if denied || double {
            continue;
        }
        let governed: Vec<&str> = tw[start..end]
            .iter()
            .copied()
            .filter(|g| !is_stopword(g) && !tw[..k].contains(g))
            .take(match (bare, took_object(&tw, start)) {
                (true, _) => 0,
                (false, true) => GOVERNED_WORDS,
                (false, false) => 1,
            })
            .collect();
        let kept_units: Vec<usize> = (0..ow.len())
            .filter(|&u| governed.iter().any(|g| same_word(ow[u], g)))
            .collect();
        // A refusal with no act keeps none: the word of assent in its place
        // is what flips it.
        let Some(kept) = kept_units.first().copied().or(bare.then_some(0)) else {
            continue;
        };
        // "said they did not deserve to lose, and he blamed the officials":
        // a denial in another clause leaves this one affirmed.
        let denied_clause = kept_units.iter().any(|&u| {
            let clause = clause_of(doc, ours, u);
            clause.clone().any(denies)
                || implicit_negatives(&ow[clause])
                    .iter()
                    .any(|n| !theirs_implicit.contains(n))
        });
        if denied_clause {
            continue;
        }
        let tok = theirs.token[k];
        let edit = pair
            .edits
            .iter()
            .find(|e| e.kind != EditKind::Equal && e.source.contains(&tok));
        // "left many unable to call" → "many could not ring": the denial
        // restated where the denying word stood.
        let restated = edit.is_some_and(|e| {
            (0..ow.len()).any(|u| e.suspect.contains(&ours.token[u]) && denies(u))
        });
        if restated {
            continue;
        }
        // A denial with an object may be restated by a phrase ("voted
        // down", "threw out"): only a word stating the opposite in its
        // place counts.
        // "Jurors rejected a claim" → "shows" + "jurors also found": the
        // word of assent may be put in just after the replaced words, a
        // word such as "that" between.
        let place = edit.map(|e| {
            let next = pair
                .edits
                .iter()
                .find(|n| {
                    n.kind != EditKind::Equal
                        && (e.suspect.end..=e.suspect.end + 1).contains(&n.suspect.start)
                })
                .map_or(e.suspect.end, |n| n.suspect.end);
            e.suspect.start..next
        });
        let words = if bare { ASSENTING } else { AFFIRMING };
        let affirmed = place.and_then(|range| {
            doc.words(range)
                .find(|(_, t)| words.iter().any(|a| has_base(&t.norm, a)))
                .map(|(t, _)| t..t + 1)
        });
        // "The judge declined." → "The judge agreed, but not …": the
        // assent's own clause may deny it.
        let assent_denied = bare
            && affirmed.as_ref().is_some_and(|w| {
                ours.token
                    .iter()
                    .position(|&t| t == w.start)
                    .is_some_and(|u| {
                        let clause = clause_of(doc, ours, u);
                        clause.clone().any(denies) || !implicit_negatives(&ow[clause]).is_empty()
                    })
            });
        if assent_denied {
            continue;
        }
        let span = match edit {
            _ if took_object(&tw, start) => match affirmed {
                Some(word) => word,
                None => continue,
            },
            Some(e) if !e.suspect.is_empty() && e.suspect.len() <= LONG_EDIT => e.suspect.clone(),
            _ => ours.token[kept]..ours.token[kept] + 1,
        };
        let (s, e) = doc.token_span(span);
        out.push(
            Diagnostic::new(
                s,
                e,
                format!(
                    "denial dropped: the source's \"{}\" is gone and the act is stated as done",
                    tw[k]
                ),
            )
            .evidence(src.span_text(pair.source_tokens(src))),
        );
        return Some(tok);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denying_words_are_found_with_their_act() {
        let w = ["it", "ruled", "out", "any", "link"];
        assert_eq!(denying_at(&w, 1), Some(3));
        let w = ["police", "were", "unable", "to", "trace", "him"];
        assert_eq!(denying_at(&w, 2), Some(4));
        let w = ["sales", "declined", "to", "61", "million"];
        assert_eq!(denying_at(&w, 1), None);
        let w = ["the", "rejected", "bid"];
        assert_eq!(denying_at(&w, 1), None);
        let w = ["the", "judge", "declined", "a", "request"];
        assert_eq!(denying_at(&w, 2), Some(3));
    }

    #[test]
    fn a_refusal_ends_its_clause_when_bare() {
        let doc = |s: &str| Document::new(s);
        let bare = doc("The judge declined.");
        assert!(bare_refusal(&bare, 2));
        let fall = doc("Sales declined 4% in May.");
        assert!(!bare_refusal(&fall, 1));
        let object = doc("She refused the offer.");
        assert!(!bare_refusal(&object, 1));
    }
}
