//! An earliest time told as the time: "will not reopen before March 2026"
//! → "will reopen in March 2026", "was not expected before Sept. 5" →
//! "expect full containment by Sept. 5", "no earlier than April" → "from
//! April". The bound hardened into a date is meaning-drift's to report;
//! the act itself is still said to happen.
//! The bound kept, in other words, is no flip: "would not face action
//! until March" → "no action would be taken before March".

use crate::align::units::Units;
use crate::lexicon::negation::{is_plain_denial, until_denials};
use crate::text::Document;
use crate::text::words::is_stopword;

/// Words after the negator within which its "before" is looked for.
const BEFORE_REACH: usize = 6;

/// Words after a negator within which the "before" of a kept bound is
/// looked for: a "no" opening the subject stands far from it ("no
/// enforcement action would be taken against the mill before March").
const BOUND_REACH: usize = 10;

/// Words that end the clause a "not … before" stands in.
const CLAUSE_ENDS: &[&str] = &["and", "but", "or", "which", "while", "although"];

/// Prepositions that tell a time as the time of the act or a deadline.
const AT_TIME: &[&str] = &["in", "by", "on", "from", "at"];

/// Comparatives that, between "no" or "not" and "than", bound a time from
/// below: "no earlier than April", "not sooner than 2027".
const EARLIER: &[&str] = &["earlier", "sooner"];

/// Whether the source negator at token `t` opens a "not … before T" in its
/// clause, or a "no earlier than T", and the suspect words `ow` tell the
/// same T after "in", "by", "on", "from" or "at", with no "before T" of
/// their own.
pub(super) fn earliest_told_as_date(src: &Document, t: usize, ow: &[&str]) -> bool {
    let negator = src.norm_at(t);
    let after: Vec<&str> = src
        .words(t + 1..src.tokens.len())
        .map(|(_, w)| w.norm.as_str())
        .take(BEFORE_REACH + 1)
        .collect();
    let time = match after.as_slice() {
        [c, "than", ..] if matches!(negator, "no" | "not") && EARLIER.contains(c) => {
            time_after(&after, 1)
        }
        _ if is_plain_denial(negator) => {
            before_in_clause(&after, BEFORE_REACH).and_then(|b| after.get(b + 1).copied())
        }
        _ => None,
    };
    let Some(time) = time else {
        return false;
    };
    let told = |prep: &[&str]| ow.windows(2).any(|w| prep.contains(&w[0]) && w[1] == time);
    told(AT_TIME) && !told(&["before"])
}

/// Whether each negator token in `tokens` (of `units`) opens a "not …
/// before T" in its clause and the other side (`other`) keeps T as the same
/// earliest bound: after the "until" of a "not … until" of its own ("would
/// not face action until March" for "no action would be taken before
/// March") or in a sentence naming the "earliest" ("the earliest bills could
/// be issued is April" for "would not be issued before April at the
/// earliest"), with no "before T" of its own.
pub(super) fn bound_kept(units: &Units, tokens: &[usize], other: &[&str]) -> bool {
    if !units.text.iter().any(|w| w == "before")
        || !other.iter().any(|w| matches!(*w, "until" | "earliest"))
    {
        return false;
    }
    let words = units.words();
    let kept = |time: &str| {
        let after = |word: &str| {
            (0..other.len()).any(|j| other[j] == word && time_after(other, j) == Some(time))
        };
        !after("before")
            && ((after("until") && until_denials(other) > 0)
                || (other.contains(&"earliest") && other.contains(&time)))
    };
    !tokens.is_empty()
        && tokens.iter().all(|&t| {
            let Some(k) = units.token.iter().position(|&x| x == t) else {
                return false;
            };
            let Some(b) = before_in_clause(&words[k + 1..], BOUND_REACH) else {
                return false;
            };
            time_after(&words, k + 1 + b).is_some_and(kept)
        })
}

/// Where a "before" stands among the first `reach` of `words` (those after
/// a negator), the clause unended.
fn before_in_clause(words: &[&str], reach: usize) -> Option<usize> {
    words
        .iter()
        .take(reach)
        .take_while(|w| !CLAUSE_ENDS.contains(w))
        .position(|w| *w == "before")
}

/// The first word of content among the few after unit `at` of `words`:
/// the time a "before" or "until" there names.
fn time_after<'a>(words: &[&'a str], at: usize) -> Option<&'a str> {
    words[at + 1..]
        .iter()
        .take(BEFORE_REACH)
        .copied()
        .find(|w| !is_stopword(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn told(source: &str, copy: &str) -> bool {
        let src = Document::new(source);
        let doc = Document::new(copy);
        let ow: Vec<&str> = doc
            .words(0..doc.tokens.len())
            .map(|(_, w)| w.norm.as_str())
            .collect();
        (0..src.tokens.len()).any(|t| earliest_told_as_date(&src, t, &ow))
    }

    #[test]
    fn an_earliest_date_told_as_the_date() {
        assert!(told(
            "The platform will not reopen before March 2026.",
            "The platform will reopen in March 2026."
        ));
        assert!(told(
            "Containment was not expected before Sept. 5.",
            "Officials expect containment by Sept. 5."
        ));
    }

    #[test]
    fn a_time_no_earlier_than_told_as_the_date() {
        assert!(told(
            "The rules will apply no earlier than April.",
            "The rules will apply from April."
        ));
        assert!(told(
            "The line will open not sooner than 2027.",
            "The line will open in 2027."
        ));
        assert!(!told(
            "The rules will apply no later than April.",
            "The rules will apply from April."
        ));
        assert!(!told(
            "The rules will apply no earlier than April.",
            "The rules will apply from June."
        ));
    }

    #[test]
    fn a_kept_before_or_another_time_is_no_date() {
        assert!(!told(
            "The line will not be ready before March.",
            "The line will be ready before March."
        ));
        assert!(!told(
            "The line will not be ready before March.",
            "The line will be ready in May."
        ));
        assert!(!told(
            "It will not reopen, and talks end before March.",
            "It will reopen in March."
        ));
    }
}
