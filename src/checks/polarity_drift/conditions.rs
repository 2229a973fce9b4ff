//! A condition turned round around a kept act: one the act needs ("only
//! with consent") told as an exception to it ("unless the client objects")
//! or as one the act goes ahead without ("even without consent"), or the
//! reverse ("regardless of whether a crew attends" → "unless a crew
//! attends"). A rewording within one kind passes ("unless" → "except if",
//! "regardless of" → "irrespective of"), and so does a condition turned
//! round with its act ("will not reopen unless" → "will reopen only if";
//! "did not object as long as it stopped" → "would oppose only if it
//! continued").

use super::became;
use super::clause::same_clause;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::{implicit_negatives, is_negator};
use crate::lexicon::wordnet::are_antonyms;
use crate::text::Document;
use crate::text::words::{is_stopword, shares_root};
use std::ops::Range;

/// A condition the act needs ("only if", "only with").
const NEEDED: u8 = 1;
/// An exception to the act ("unless", "except if").
const EXCEPTED: u8 = 2;
/// A condition the act holds whatever ("regardless of", "even without").
const WHATEVER: u8 = 4;

/// Words after "only" that make it a needed condition ("only with consent",
/// "only once the count is in").
const NEEDED_AFTER_ONLY: &[&str] = &["if", "with", "when", "once", "after"];

/// Words after "even" that make a condition the act holds whatever.
const WHATEVER_AFTER_EVEN: &[&str] = &["if", "without", "when", "before"];

/// Words before a condition read for the act it conditions.
const ACT_REACH: usize = 8;

/// Content words after a condition read for what it names.
const CONDITION_REACH: usize = 5;

/// The kinds of the condition opening at `words[k]` and its length in words,
/// if one opens there. A bare "without" is an exception or a condition set
/// aside ("would close without funding", "allowed without consent").
fn condition_at(words: &[&str], k: usize) -> Option<(u8, usize)> {
    let next = words.get(k + 1).copied();
    match (words[k], next) {
        ("only", Some(n)) if NEEDED_AFTER_ONLY.contains(&n) => Some((NEEDED, 2)),
        ("unless", _) => Some((EXCEPTED, 1)),
        ("except", Some("if" | "when")) => Some((EXCEPTED, 2)),
        ("without", _) if k == 0 || words[k - 1] != "even" => Some((EXCEPTED | WHATEVER, 1)),
        ("even", Some(n)) if WHATEVER_AFTER_EVEN.contains(&n) => Some((WHATEVER, 2)),
        ("regardless" | "irrespective", Some("of")) => Some((WHATEVER, 2)),
        ("whether", Some("or")) if words.get(k + 2) == Some(&"not") => Some((WHATEVER, 3)),
        _ => None,
    }
}

/// Whether `words` hold a condition of any kind (a cheap test before the
/// scan).
fn may_hold_condition(words: &[&str]) -> bool {
    (0..words.len()).any(|k| condition_at(words, k).is_some())
}

/// A condition of one side: its kinds, its units, the words of its clause
/// before it, and the content words of the act there and of what it names
/// after it.
struct Condition<'a> {
    kinds: u8,
    at: Range<usize>,
    clause: Vec<&'a str>,
    act: Vec<&'a str>,
    names: Vec<&'a str>,
}

impl Condition<'_> {
    /// How many denials the act before the condition carries, explicit or
    /// inside a word ("will not reopen", "will be banned").
    fn denials(&self) -> usize {
        let explicit = (0..self.clause.len())
            .filter(|&j| is_negator(&self.clause, j, false))
            .count();
        explicit + implicit_negatives(&self.clause).len()
    }
}

/// The conditions of a sentence's `words`, unit `k` standing at token
/// `token[k]` of `doc`.
fn conditions<'a>(doc: &Document, words: &[&'a str], token: &[usize]) -> Vec<Condition<'a>> {
    (0..words.len())
        .filter_map(|k| {
            let (kinds, len) = condition_at(words, k)?;
            let here = token[k]..token[k] + 1;
            let clause: Vec<&str> = (k.saturating_sub(ACT_REACH)..k)
                .filter(|&j| same_clause(doc, token[j]..token[j] + 1, here.clone()))
                .map(|j| words[j])
                .collect();
            let content = |w: &&str| !is_stopword(w);
            Some(Condition {
                kinds,
                at: k..k + len,
                act: clause.iter().copied().filter(content).collect(),
                names: words[k + len..]
                    .iter()
                    .copied()
                    .filter(content)
                    .take(CONDITION_REACH)
                    .collect(),
                clause,
            })
        })
        .collect()
}

/// Whether two lists of words share one by its root.
fn share(a: &[&str], b: &[&str]) -> bool {
    a.iter().any(|x| b.iter().any(|y| shares_root(x, y)))
}

/// Words naming each kind of condition in a finding.
fn kind_name(kinds: u8) -> &'static str {
    match kinds {
        NEEDED => "a condition required",
        EXCEPTED => "an exception",
        WHATEVER => "a condition set aside",
        _ => "a condition done without",
    }
}

/// Flags a condition of the source turned round in the suspect around the
/// same act and the same named condition, the act's denials unchanged and
/// no opposite put in it ("will be allowed only with the written consent" →
/// "will be allowed even without the written consent").
pub(super) fn condition_turned(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let (tw, ow) = (theirs.words(), ours.words());
    if !may_hold_condition(&tw) || !may_hold_condition(&ow) {
        return;
    }
    let was = conditions(src, &tw, &theirs.token);
    if was.is_empty() {
        return;
    }
    for now in conditions(doc, &ow, &ours.token) {
        let turned = was.iter().find(|c| {
            c.kinds & now.kinds == 0
                && share(&c.act, &now.act)
                && share(&c.names, &now.names)
                && c.denials() == now.denials()
                && !c
                    .act
                    .iter()
                    .any(|x| now.act.iter().any(|y| x != y && are_antonyms(x, y)))
        });
        if let Some(c) = turned {
            let kinds = format!("{} and {}", kind_name(c.kinds), kind_name(now.kinds));
            out.push(became(doc, src, pair, c.at.clone(), now.at.clone(), &kinds));
        }
    }
}
