//! Opposites judged beyond the word pair: a phrase whose source word is
//! answered by another suspect word, a share restated by its complement,
//! and hyphenated words opposed whole.

use super::opposed::{TRANSFERS, are_converses};
use crate::checks::grammar::BE;
use crate::lexicon::wordnet::{self, are_antonyms, lemmas};
use crate::text::Document;
use crate::text::numbers::{Unit, plain_number, quantities};
use crate::text::words::{is_stopword, stem};
use std::ops::Range;

/// Whether the source phrase at `from` already has its counterpart in a
/// suspect word outside `phrase` that the source lacks, an opposite of its
/// own ("slightly ahead of guidance but
/// below forecasts" → "slightly behind guidance and short of forecasts":
/// "behind" answers "ahead of", and "short of" restates "below"). A source
/// phrase said once has one counterpart, reported on its own if it
/// flipped; one the source says again ("hired 340 … plans to hire 200")
/// may have two.
pub(super) fn answered_elsewhere(
    (theirs, from): (&[&str], Range<usize>),
    (ours, phrase): (&[&str], Range<usize>),
) -> bool {
    let Some(head) = theirs[from.clone()].iter().find(|w| !is_stopword(w)) else {
        return false;
    };
    let says = |w: &str| {
        !is_stopword(w)
            && (wordnet::synonym_rank(w, head).is_some()
                || stem(w) == stem(head)
                || wordnet::direction(w).is_some_and(|d| wordnet::direction(head) == Some(d)))
    };
    let again = theirs
        .iter()
        .enumerate()
        .any(|(j, w)| !from.contains(&j) && says(w));
    !again
        && ours.iter().enumerate().any(|(k, w)| {
            !phrase.contains(&k) && !theirs.contains(w) && !is_stopword(w) && are_antonyms(w, head)
        })
}

/// Tokens after a word searched for the share it counts.
const SHARE_REACH: usize = 3;

/// Tokens after "of" searched for the whole.
const WHOLE_REACH: usize = 3;

/// The share counted right after token `t` ("won 11 of his 13 matches"):
/// the part and the whole.
fn share_after(d: &Document, t: usize) -> Option<(f64, f64)> {
    let norm = |k: usize| d.tokens.get(k).map(|x| x.norm.as_str());
    let part_at = (t + 1..=t + SHARE_REACH).find(|&k| norm(k).and_then(plain_number).is_some())?;
    let part = norm(part_at).and_then(plain_number)?;
    if norm(part_at + 1) != Some("of") {
        return None;
    }
    let whole =
        (part_at + 2..=part_at + 1 + WHOLE_REACH).find_map(|k| norm(k).and_then(plain_number))?;
    Some((part, whole))
}

/// Whether opposite words count the two shares of one whole ("has won 11
/// of his 13 matches" → "has lost two of his 13 matches"): the same record
/// told from the other side.
pub(super) fn complement((src, ta): (&Document, usize), (doc, tb): (&Document, usize)) -> bool {
    match (share_after(src, ta), share_after(doc, tb)) {
        (Some((x, n)), Some((y, m))) => n == m && x != y && x + y == n,
        _ => false,
    }
}

/// Whether the tokens of two units are opposites whole where one is
/// hyphenated ("remained loss-making" → "remained profitable"), which their
/// parts are not.
pub(super) fn hyphenated_opposites(
    (src, ta): (&Document, usize),
    (doc, tb): (&Document, usize),
) -> bool {
    let (x, y) = (src.tokens[ta].norm.as_str(), doc.tokens[tb].norm.as_str());
    (x.contains('-') || y.contains('-')) && are_antonyms(x, y)
}

/// Tokens after a verb searched for the money it moves ("made about £340,000").
const MONEY_REACH: usize = 3;

/// Whether token `t` moves an amount of money or money itself ("lost 2
/// million pounds", "made money").
fn moves_money(d: &Document, t: usize) -> bool {
    let end = (t + 1 + MONEY_REACH).min(d.tokens.len());
    d.tokens.get(t + 1).is_some_and(|n| n.norm == "money")
        || quantities(d, t + 1..end)
            .first()
            .is_some_and(|q| q.unit == Unit::Money)
}

/// Whether a loss is told as money made ("lost 2 million pounds" → "made 2
/// million pounds"), or the reverse: "make" is the opposite of "lose" only
/// before money ("made 40 staff redundant" is no gain).
pub(super) fn money_opposites(
    (src, ta): (&Document, usize),
    (doc, tb): (&Document, usize),
) -> bool {
    let is = |w: &str, base: &str| lemmas(w).iter().any(|l| l == base);
    let (x, y) = (src.tokens[ta].norm.as_str(), doc.tokens[tb].norm.as_str());
    ((is(x, "lose") && is(y, "make")) || (is(x, "make") && is(y, "lose")))
        && moves_money(src, ta)
        && moves_money(doc, tb)
}

/// Whether `noun` names the party of the converse of verb `verb` in a
/// handing-over ("looking to sell" → "seeking a buyer", "hoped to borrow"
/// → "found a lender"): the other side of the same deal, no flip.
pub(super) fn converse_agent(verb: &str, noun: &str) -> bool {
    let transfer = lemmas(verb).iter().any(|l| TRANSFERS.contains(&l.as_str()));
    let root = noun.strip_suffix('s').unwrap_or(noun);
    let Some(stem) = root.strip_suffix("er") else {
        return false;
    };
    // "giver" → "give", "buyer" → "buy".
    let bases = [stem.to_string(), format!("{stem}e")];
    transfer
        && wordnet::parts_of_speech(root) & wordnet::NOUN != 0
        && bases.iter().any(|b| are_converses(verb, b))
}

/// Tokens after "first" searched for the "since" or "time in" of a first
/// occurrence in a span ("the first time in four decades").
const FIRST_REACH: usize = 4;

/// Whether a first occurrence in a span ("for the first time in four
/// decades") is told by the time since the last one ("40 years after the
/// last service"): the same fact, no flip.
pub(super) fn first_since_last(
    (src, ta): (&Document, usize),
    (doc, tb): (&Document, usize),
) -> bool {
    let end = (ta + 1 + FIRST_REACH).min(src.tokens.len());
    let span = src.tokens[ta + 1..end].iter().map(|t| t.norm.as_str());
    let first_in = src.tokens[ta].norm == "first"
        && span
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| matches!(w, ["time", "in" | "since"] | ["since", _]));
    let after_last = doc.tokens[tb].norm == "last"
        && matches!(doc.norm_before(tb, 1), Some("the"))
        && matches!(doc.norm_before(tb, 2), Some("after" | "since"));
    first_in && after_last
}

/// Whether `a` and `b`, each an "-ing" form straight after a form of "be",
/// are opposites only as adjectives ("standing water" ↔ "running water"):
/// used as verbs ("was standing for election" → "was running for
/// election") their verbs are no opposites. Verbs that are ("was winning"
/// → "was losing", "were growing" → "were easing"), and opposites by a
/// prefix ("was performing" → "was underperforming"), still flip.
pub(super) fn progressive_senses(
    (src, ta, a): (&Document, usize, &str),
    (doc, tb, b): (&Document, usize, &str),
) -> bool {
    let verbal = |d: &Document, t: usize, w: &str| {
        w.ends_with("ing")
            && d.norm_before(t, 1)
                .is_some_and(|p| p == "am" || BE.contains(&p))
    };
    // "was performing well" → "was underperforming": a prefix's opposite.
    if a.ends_with(b) || b.ends_with(a) || !verbal(src, ta, a) || !verbal(doc, tb, b) {
        return false;
    }
    let (la, lb) = (lemmas(a), lemmas(b));
    let (mut ba, bb) = (bases(&la, a), bases(&lb, b));
    bb.clone().next().is_some()
        && ba.clone().next().is_some()
        && !ba.any(|x| bb.clone().any(|y| are_antonyms(x, y)))
}

/// The lemmas `all` of word `w` other than `w` itself: its base forms.
fn bases<'a>(all: &'a [String], w: &'a str) -> impl Iterator<Item = &'a String> + Clone {
    all.iter().filter(move |l| l.as_str() != w)
}

/// Whether `a` at token `ta` and `b` at `tb` are "come" and "go" each
/// before a different word that is no direction: a phrase of its own, not
/// a movement turned round ("come online" → "go live", "came true" →
/// "went ahead"; "came back" → "went back" and "went up" → "came down"
/// are the same phrase turned).
pub(super) fn motion_idiom((src, ta): (&Document, usize), (doc, tb): (&Document, usize)) -> bool {
    let light = |d: &Document, t: usize, verb: &str| {
        d.tokens
            .get(t)
            .is_some_and(|x| lemmas(&x.norm).iter().any(|l| l == verb))
    };
    let turned = (light(src, ta, "come") && light(doc, tb, "go"))
        || (light(src, ta, "go") && light(doc, tb, "come"));
    fn next(d: &Document, t: usize) -> Option<&str> {
        d.tokens.get(t + 1).map(|x| x.norm.as_str())
    }
    let (x, y) = (next(src, ta), next(doc, tb));
    let plain = |w: Option<&str>| w.is_some_and(|w| wordnet::direction(w).is_none());
    turned && x != y && plain(x) && plain(y) && !x.zip(y).is_some_and(|(x, y)| are_antonyms(x, y))
}
