//! A body's own claim, reported in a relative clause, stated as fact ("which
//! says it has 1,800 members" → "which has"), and the quotation and word
//! tests the claim checks share.

use super::deliberations::MODALS;
use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::determiners::{is_article, is_possessive, is_singular_demonstrative};
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::{GROUP_LEADS, stem};

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
    // "a survey that, he said, had flagged": "that" with a pronoun reporting.
    let that_said = |ws: &[&str], i: usize| {
        ws[i] == "that"
            && ws.get(i + 1).is_some_and(|w| pronoun(w))
            && ws.get(i + 2).is_some_and(|w| REPORTED.contains(w))
    };
    // "a deal that critics say carries": "that" with a subject reporting.
    let that_subject = |ws: &[&str], i: usize| {
        ws[i] == "that"
            && ws.get(i + 1).is_some_and(|w| !REPORTED.contains(w))
            && ws[i + 2..ws.len().min(i + 2 + REPORTER_WORDS)]
                .iter()
                .any(|x| REPORTED.contains(x))
    };
    let reported = |ws: &[&str]| {
        ws.iter().enumerate().any(|(i, w)| {
            that_said(ws, i)
                || that_subject(ws, i)
                || relative(w)
                    && ws[i + 1..ws.len().min(i + 2 + REPORTER_WORDS)]
                        .iter()
                        .any(|x| REPORTED.contains(x))
        })
    };
    // "which it said had caused" → "…, which had caused …, it said": the
    // report moved out of the relative clause, still told.
    if reported(ow) || reports(ow) >= reports(tw) {
        return;
    }
    for i in (0..tw.len()).filter(|&i| relative(tw[i]) || that_said(tw, i) || that_subject(tw, i)) {
        // "which says it has": the relative is the claimant; "which the
        // council says will": a subject of its own claims.
        let verb_at = if that_said(tw, i)
            || (tw.get(i + 1).is_some_and(|w| CLAIMS.contains(w))
                && tw.get(i + 2).is_some_and(|w| pronoun(w)))
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
        // "said that officials expect the cost": a clause of its own follows,
        // no verb the relative's claim opens with.
        if tw[i] == "that" && (determiner(verb) || pronoun(verb)) {
            continue;
        }
        let next = tw.get(verb_at + 1).filter(|_| MODALS.contains(verb));
        let states = |w: &str| same_verb(w, verb) || next.is_some_and(|n| stem(w) == stem(n));
        let opens = |w: &str| relative(w) || w == tw[i];
        // The copy's own opener first: "which has 60 members … a technique
        // that has been used" puts the claim after "that".
        // Not a pair the source holds itself ("customers who were charged").
        let at = |open: &dyn Fn(&str) -> bool| {
            ow.windows(2)
                .position(|x| open(x[0]) && states(x[1]) && !tw.windows(2).any(|y| y == x))
        };
        let Some(k) = at(&|w| w == tw[i]).or_else(|| at(&opens)) else {
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

/// Words of `ws` that report a claim ("said", "according to").
fn reports(ws: &[&str]) -> usize {
    ws.iter()
        .filter(|w| REPORTED.contains(w) || matches!(**w, "according" | "told" | "added"))
        .count()
}

/// Whether two verb forms are one verb ("has", "had"; "were", "are").
fn same_verb(a: &str, b: &str) -> bool {
    let be = |w: &str| matches!(w, "is" | "are" | "was" | "were");
    let have = |w: &str| matches!(w, "has" | "have" | "had");
    stem(a) == stem(b) || (be(a) && be(b)) || (have(a) && have(b))
}

/// Whether tokens of `doc` hold a quotation mark (folded to '"' as the quote
/// pairing reads them): misquote reports changes there.
pub(super) fn quoted(doc: &Document, tokens: std::ops::Range<usize>) -> bool {
    doc.tokens[tokens]
        .iter()
        .any(|t| t.kind == TokenKind::Punct && t.norm == "\"")
}

/// Whether punctuation stands right before token `t` ("…, said Marta").
pub(super) fn punctuated_before(doc: &Document, t: usize) -> bool {
    t.checked_sub(1)
        .is_some_and(|p| doc.tokens[p].kind == TokenKind::Punct)
}

/// Whether `w` is a word after which a noun, not a verb, follows ("the levy
/// brought"): an article, a possessive, "this" or "that".
pub(super) fn determiner(w: &str) -> bool {
    is_article(w) || is_possessive(w) || is_singular_demonstrative(w)
}
