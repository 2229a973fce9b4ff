//! Readings of a word in its context that make a stance shift no shift: a
//! denial before it, "some" approximating a figure (a record or a ruling
//! body as subject is in `record_subjects`).

use crate::align::AlignedPair;
use crate::checks::grammar::{BE, LINKING};
use crate::lexicon::determiners::{is_article, is_possessive, is_singular_demonstrative};
use crate::lexicon::negation::{is_negator, is_plain_denial};
use crate::lexicon::stance::{Stance, stances};
use crate::text::Document;
use crate::text::numbers::{is_calendar_word, is_ordinal_figure, is_year_value, time_word};
use crate::text::tokens::TokenKind;

/// Whether token `t` is denied by "not" or "never" before it, or by a
/// failure ("failed to show", "unable to prove").
pub(super) fn failed_before(doc: &Document, t: usize) -> bool {
    let before = |back: usize| doc.norm_before(t, back);
    matches!(before(1), Some("not" | "never"))
        || (before(1) == Some("to")
            && matches!(
                before(2),
                Some("fail" | "fails" | "failed" | "failing" | "unable")
            ))
}

/// Whether token `t` is "some" before a figure ("some 90,000"), an
/// approximation, or "half" ending an amount ("a minute and a half"): no
/// part of a whole.
pub(super) fn approximates(doc: &Document, t: usize) -> bool {
    match doc.tokens[t].norm.as_str() {
        "some" => doc
            .tokens
            .get(t + 1)
            .is_some_and(|n| n.kind == TokenKind::Number),
        "half" => t >= 2 && doc.tokens[t - 2].norm == "and" && doc.tokens[t - 1].norm == "a",
        _ => false,
    }
}

/// Whether token `t` is a plural of a number used as a noun of scope
/// ("scores", "dozens", "hundreds") without the "of" that makes it one.
pub(super) fn counts_without_of(doc: &Document, t: usize) -> bool {
    matches!(
        doc.tokens[t].norm.as_str(),
        "scores" | "dozens" | "hundreds"
    ) && doc.tokens.get(t + 1).is_none_or(|n| n.norm != "of")
}

/// Whether the suspect's word at token `t` with the word before it forms a
/// phrase of the source's stance `kept` ("almost every": most).
pub(super) fn phrase_keeps(doc: &Document, t: usize, kept: &Stance) -> bool {
    let Some(before) = t.checked_sub(1).map(|p| &doc.tokens[p]) else {
        return false;
    };
    let phrase = format!("{} {}", before.norm, doc.tokens[t].norm);
    stances(&phrase).contains(kept)
}

/// Whether token `t` opens its sentence or a clause after punctuation.
pub(super) fn opens_clause(doc: &Document, t: usize) -> bool {
    t.checked_sub(1).is_none_or(|p| {
        doc.tokens[p].kind == TokenKind::Punct || doc.sentence_of(p) != doc.sentence_of(t)
    })
}

/// Whether "be able" follows token `t`, with or without "not" between
/// ("would not be able to": "could not").
pub(super) fn able_after(doc: &Document, t: usize) -> bool {
    let words: Vec<&str> = doc
        .words(t + 1..(t + 5).min(doc.tokens.len()))
        .map(|(_, w)| w.norm.as_str())
        .filter(|w| *w != "not")
        .take(2)
        .collect();
    words == ["be", "able"]
}

/// Whether suspect token `t` of `pair` is a negation in its sentence.
pub(super) fn denies(doc: &Document, pair: &AlignedPair, t: usize) -> bool {
    let units = &pair.suspect_units;
    let spelt_one = |k: usize| {
        units
            .token
            .get(k + 1)
            .is_some_and(|&n| doc.tokens[n].norm == "one")
    };
    units
        .token
        .iter()
        .position(|&x| x == t)
        .is_some_and(|k| is_negator(&units.words(), k, spelt_one(k)))
}

/// Whether the figure at token `t` of `doc` is joined by a hyphen to the noun
/// after it ("a 2,600-name petition"): a modifier, with no room for a bound
/// ("more than 2,600 people").
pub(super) fn modifies_noun(doc: &Document, t: usize) -> bool {
    let (start, _) = doc.token_span(t..t + 1);
    let word = doc.text[start..].split(char::is_whitespace).next();
    word.and_then(|w| w.split_once('-')).is_some_and(|(a, b)| {
        a.ends_with(|c: char| c.is_ascii_digit()) && b.starts_with(char::is_alphabetic)
    })
}

/// Prepositions of place after a verb of falling, which make it a fall
/// through space ("collapsed onto the road"), not a quantity's.
const PLACES: &[&str] = &[
    "onto", "into", "off", "down", "through", "inwards", "inward", "under", "beneath",
];

/// Whether the word `next` after a verb of falling makes it a fall through
/// space ("a section of cliff fell onto the beach" → "collapsed onto the
/// beach"), no move of a quantity.
pub(super) fn through_space(next: Option<&str>) -> bool {
    next.is_some_and(|w| PLACES.contains(&w))
}

/// Words before a stance word, back to the start of its clause, read at most.
const CLAUSE_REACH: usize = 8;

/// Whether a word of stance `a` stands before token `t` of `doc` in its
/// clause ("there is a possibility that the plant will"), where it scopes
/// over `t`; a "that" the stance word takes does not end the clause.
pub(super) fn scoped_before(doc: &Document, t: usize, a: &Stance) -> bool {
    (t.saturating_sub(CLAUSE_REACH)..t)
        .rev()
        .map(|m| &doc.tokens[m])
        .take_while(|w| {
            w.is_wordlike()
                && !matches!(
                    w.norm.as_str(),
                    "and" | "but" | "which" | "who" | "while" | "as" | "if" | "because"
                )
        })
        .any(|w| {
            stances(&w.norm).contains(a)
                // "there is a risk that the strike will", "a chance that".
                || (a.group == "possible"
                    && matches!(
                        w.norm.as_str(),
                        "possibility" | "chance" | "chances" | "risk" | "prospect" | "danger"
                    ))
                || (a.group, w.norm.as_str()) == ("probable", "likelihood")
        })
}

/// Whether token `t`, a verb of planning or weighing, is denied: by a "not",
/// "never" or a failure before it ("failed to weigh"), or, an auxiliary, by a
/// "not" or "never" after it ("had not considered"); an act not done on
/// both sides of a rewrite is no intention shifted.
pub(super) fn act_denied(doc: &Document, t: usize) -> bool {
    let auxiliary = matches!(
        doc.tokens[t].norm.as_str(),
        "has" | "had" | "have" | "did" | "does" | "do"
    );
    failed_before(doc, t)
        || (auxiliary
            && doc
                .tokens
                .get(t + 1)
                .is_some_and(|n| matches!(n.norm.as_str(), "not" | "never")))
}

/// Nouns of a span of time besides durations and calendar names ("the
/// season", "his career").
const PERIODS: &[&str] = &[
    "season",
    "seasons",
    "summer",
    "winter",
    "spring",
    "autumn",
    "term",
    "period",
    "decade",
    "century",
    "career",
    "campaign",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
];

/// Words of order in time that may lead a span ("the last year", "its early
/// days").
const TIME_ORDER: &[&str] = &[
    "last", "next", "past", "previous", "coming", "early", "late", "first", "second",
];

/// Whether `w` may stand between "of" and the span of time it takes ("most
/// of the last year", "much of his career"): an article, "this", "that", a
/// possessive, or a word of order in time.
fn span_lead(w: &str) -> bool {
    is_article(w) || is_singular_demonstrative(w) || is_possessive(w) || TIME_ORDER.contains(&w)
}

/// Whether token `t`, a word of scope, takes "of" and a span of time ("most
/// of 2025", "much of the summer", "most of the 1990s"): the bulk of a period, which "most" and
/// "much" tell alike.
pub(super) fn spans_time(doc: &Document, t: usize) -> bool {
    if doc.tokens.get(t + 1).is_none_or(|n| n.norm != "of") {
        return false;
    }
    let head = doc.tokens[t + 2..]
        .iter()
        .find(|w| !span_lead(&w.norm) && !is_ordinal_figure(&w.norm));
    head.is_some_and(|w| {
        let word = w.norm.as_str();
        PERIODS.contains(&word)
            || time_word(word).is_some()
            || is_calendar_word(word)
            || word
                .strip_suffix('s')
                .unwrap_or(word)
                .parse::<f64>()
                .is_ok_and(is_year_value)
    })
}

/// Whether "part of" at `words[i]` tells membership, not a portion: after a
/// verb of being ("is part of", "were once part of") or before "a", "an" or
/// "the same" ("part of a six-event series").
pub(super) fn membership(words: &[&str], i: usize) -> bool {
    let whole = words.get(i + 2..).unwrap_or_default();
    let member = matches!(whole, ["a" | "an", ..] | ["the", "same", ..]);
    let verb = words[..i]
        .iter()
        .rev()
        .find(|w| !w.ends_with("ly") && !matches!(**w, "once" | "still" | "now" | "also"));
    member || verb.is_some_and(|v| LINKING.contains(v) || matches!(*v, "form" | "forms" | "formed"))
}

/// Whether token `t` is "much" ending a denied verb phrase ("did not change
/// much", "has not grown much"): little, no scope ("were broadly flat").
pub(super) fn little(doc: &Document, t: usize) -> bool {
    doc.tokens[t].norm == "much" && denied_near(doc, t)
}

/// Whether "not", "never" or "n't" stands one to three tokens before token
/// `t` ("had not played badly").
pub(super) fn denied_near(doc: &Document, t: usize) -> bool {
    doc.tokens[t.saturating_sub(3)..t]
        .iter()
        .any(|tok| is_plain_denial(&tok.norm))
}

/// Whether a swap of source token `j` for suspect token `k` carries no
/// stance: words of a name, capitalised inside a sentence that is no headline
/// ("Fraternal Order of Police" → "Fraternal Request of Police"), or "found"
/// of a discovery, before an "-ing" form ("Asteroid found spinning faster").
pub(super) fn no_stance((src, j): (&Document, usize), (doc, k): (&Document, usize)) -> bool {
    let in_name = |d: &Document, t: usize| {
        d.is_capitalized(t)
            && d.sentence_of(t)
                .is_some_and(|s| d.sentences[s].tokens.start < t && !d.is_headline(s))
    };
    let doing = |n: &str| n.len() > 5 && n.ends_with("ing") && !n.ends_with("thing");
    let found =
        doc.tokens[k].norm == "found" && doc.tokens.get(k + 1).is_some_and(|n| doing(&n.norm));
    found || (in_name(src, j) && in_name(doc, k))
}

/// Whether a word is a verb of an attempt sought ("seeking", "applied").
pub(super) fn attempted(word: &str) -> bool {
    stances(word)
        .iter()
        .any(|s| s.class == "attempt" && s.group == "sought")
}

/// Whether token `t` is "ordered" in the passive with no "to" after it, a
/// thing bought ("a replacement motor had been ordered from a supplier",
/// "the pump had been ordered and would be fitted"): no command given.
pub(super) fn ordered_goods(doc: &Document, t: usize) -> bool {
    doc.tokens[t].norm == "ordered"
        && doc.norm_before(t, 1).is_some_and(|w| BE.contains(&w))
        && doc.tokens.get(t + 1).is_none_or(|n| n.norm != "to")
}
