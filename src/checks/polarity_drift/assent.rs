//! Verbs of assent and of contest: taking a verdict, claim or order as it
//! stands ("respected the verdict", "would comply", "conceded that") against
//! setting oneself against it ("disputed the verdict", "would contest",
//! "denied that"). Any verb of one family put for any of the other flips the
//! stance, though few such pairs are opposites in WordNet or the news list.

use crate::checks::grammar::MODALS;
use crate::lexicon::wordnet::{self, lemmas};
use crate::text::Document;

/// Base forms of taking a thing as it stands.
const ASSENTING: &[&str] = &[
    "accept",
    "acknowledge",
    "admit",
    "applaud",
    "back",
    "comply",
    "concede",
    "confirm",
    "corroborate",
    "endorse",
    "praise",
    "respect",
    "verify",
    "welcome",
];

/// Base forms of setting oneself against a thing.
const CONTESTING: &[&str] = &[
    "challenge",
    "condemn",
    "contest",
    "contradict",
    "criticise",
    "criticize",
    "denounce",
    "deny",
    "dispute",
    "object",
    "query",
    "question",
    "rebut",
    "refute",
    "reject",
];

/// Words besides the modals before a verb's base form that make it one
/// ("to dispute", "did not contest", "we accept").
const BEFORE_BASE: &[&str] = &["to", "did", "does", "do", "not", "we", "they", "i", "you"];

/// The family of the verb at token `t` written `w`: `Some(true)` assent,
/// `Some(false)` contest; `None` for other words or a form that may be a
/// noun ("a question", "the challenges").
fn family(d: &Document, t: usize, w: &str) -> Option<bool> {
    let base = lemmas(w);
    let of = |list: &[&str]| base.iter().any(|l| list.contains(&l.as_str()));
    let assent = of(ASSENTING);
    if !assent && !of(CONTESTING) {
        return None;
    }
    let verbal = matches!(ending(w), "ed" | "ing")
        || d.norm_before(t, 1)
            .is_some_and(|p| MODALS.contains(&p) || BEFORE_BASE.contains(&p))
        || wordnet::parts_of_speech(w) & wordnet::NOUN == 0;
    verbal.then_some(assent)
}

/// The inflection a verb form ends in ("ed", "ing", "s", or "" for a base
/// form), so that only like forms pair ("disputed" with "respected", not
/// "disputes" with "respected").
fn ending(w: &str) -> &'static str {
    ["ed", "ing", "s"]
        .into_iter()
        .find(|e| w.ends_with(e))
        .unwrap_or("")
}

/// Words before a base form within which "did" or "does" gives it its
/// tense ("did not dispute", "did not really dispute").
const DO_REACH: usize = 3;

/// The inflection of the verb at token `t` written `w`, a base form after
/// "did" or "does" taking theirs ("did not dispute" is past, as "admitted"
/// is).
fn form(d: &Document, t: usize, w: &str) -> &'static str {
    let own = ending(w);
    if !own.is_empty() {
        return own;
    }
    (1..=DO_REACH)
        .map_while(|k| d.norm_before(t, k))
        .find_map(|p| match p {
            "did" => Some("ed"),
            "does" => Some("s"),
            _ => None,
        })
        .unwrap_or(own)
}

/// Whether source word `a` and suspect word `b` are verbs of assent and of
/// contest, one each, in the same form ("respected the verdict" → "disputed
/// the verdict", "would comply" → "would contest", "did not dispute" →
/// "admitted").
pub(super) fn assent_contested(
    (src, ta, a): (&Document, usize, &str),
    (doc, tb, b): (&Document, usize, &str),
) -> bool {
    form(src, ta, a) == form(doc, tb, b)
        && family(src, ta, a).is_some_and(|x| family(doc, tb, b).is_some_and(|y| x != y))
}

/// Words after a negator within which the verb of contest it denies stands
/// ("did not dispute", "did not seriously dispute").
const DENIED_CONTEST_REACH: usize = 3;

/// Whether the negator at token `t` denies a verb of contest ("did not
/// dispute that"), which says assent.
pub(super) fn denies_contest(d: &Document, t: usize) -> bool {
    d.words(t + 1..d.tokens.len())
        .take(DENIED_CONTEST_REACH)
        .any(|(k, w)| is_contest(d, k, &w.norm))
}

/// Whether tokens `range` of `d` hold a verb of contest.
pub(super) fn contests(d: &Document, range: std::ops::Range<usize>) -> bool {
    d.words(range).any(|(k, w)| is_contest(d, k, &w.norm))
}

/// Whether the word `w` at token `t` is a verb of contest ([`family`]).
fn is_contest(d: &Document, t: usize, w: &str) -> bool {
    family(d, t, w) == Some(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flips(source: &str, a: &str, copy: &str, b: &str) -> bool {
        let (src, doc) = (Document::new(source), Document::new(copy));
        let at = |d: &Document, w: &str| d.tokens.iter().position(|t| t.norm == w).unwrap();
        assent_contested((&src, at(&src, a), a), (&doc, at(&doc, b), b))
    }

    #[test]
    fn a_verb_of_assent_put_for_one_of_contest_flips() {
        assert!(flips(
            "It respected the verdict.",
            "respected",
            "It disputed the verdict.",
            "disputed"
        ));
        assert!(flips(
            "The firm would comply.",
            "comply",
            "The firm would contest the order.",
            "contest"
        ));
        assert!(flips(
            "He denied that it would.",
            "denied",
            "He conceded that it would.",
            "conceded"
        ));
    }

    #[test]
    fn a_base_form_after_did_takes_its_tense() {
        assert!(flips(
            "The trust did not dispute that.",
            "dispute",
            "The trust admitted that.",
            "admitted"
        ));
        assert!(flips(
            "The agency did not object to it.",
            "object",
            "The agency backed it.",
            "backed"
        ));
        assert!(!flips(
            "The trust will not dispute that.",
            "dispute",
            "The trust admitted that.",
            "admitted"
        ));
    }

    #[test]
    fn same_family_other_forms_and_nouns_do_not() {
        assert!(!flips(
            "He denied it.",
            "denied",
            "He disputed it.",
            "disputed"
        ));
        assert!(!flips(
            "It respected the verdict.",
            "respected",
            "It disputes the verdict.",
            "disputes"
        ));
        assert!(!flips(
            "They confirmed the date.",
            "confirmed",
            "A question remains.",
            "question"
        ));
    }
}
