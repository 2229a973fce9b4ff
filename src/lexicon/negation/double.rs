//! Double negations: a negator denying a negative word just after it ("did
//! not rule out", "no objections"), which together affirm.

use super::implicit::implicit_negatives;
use super::negators::{determiner, is_figure, is_negator};
use super::prefix::denying_noun;

/// Words after a negator searched for the negative word it denies.
const DOUBLE_REACH: usize = 3;

/// Words after a negator searched for a "without" it denies ("no search takes
/// place without a warrant").
const WITHOUT_REACH: usize = 5;

/// Words after a negator searched for a "without" it denies through a verb
/// group with no clause opening between ("no final decision would be taken
/// without a consultation").
const WITHOUT_CLAUSE_REACH: usize = 7;

/// Words that open another clause, past which a far "without" is not denied.
const CLAUSE_OPENERS: &[&str] = &["and", "but", "or", "while", "though", "although", "because"];

/// Bases of verbs of prohibition: a "without" after one names what the act
/// needs ("is banned without written permission" is "requires written
/// permission").
const PROHIBITIONS: &[&str] = &["ban", "forbid", "prohibit"];

/// Words of dissent a negator denies ("no objections"): together they mean
/// all agreed.
const DISSENT: &[&str] = &["objection", "objections", "dissent", "opposition"];

/// Whether `a` and `b` say one thing: the same word, or both words of
/// [`DISSENT`] ("objections" and "opposition").
pub fn same_dissent(a: &str, b: &str) -> bool {
    let noun = |w: &str| DISSENT.contains(&w);
    a == b || (noun(a) && noun(b))
}

/// Whether unit `j` voices dissent: a word of [`DISSENT`] or a vote against
/// ("without a single vote against"; not "take action against").
fn dissent(words: &[&str], j: usize) -> bool {
    DISSENT.contains(&words[j])
        || (words[j] == "against"
            && j.checked_sub(1)
                .is_some_and(|p| matches!(words[p], "vote" | "votes" | "voted")))
}

/// The words of dissent in `words` ("objections", the "against" of a vote),
/// which a negation on the other side may deny.
///
/// A verb of dissent stands for its noun ("objected to" for "objection"),
/// unless a negator just before it denies it ("did not object to").
pub fn dissents(words: &[&str]) -> Vec<String> {
    (0..words.len())
        .filter_map(|j| {
            let (word, verb) = dissent_at(words, j)?;
            let denied =
                verb && (j.saturating_sub(DOUBLE_REACH)..j).any(|i| is_negator(words, i, false));
            (!denied).then(|| word.to_string())
        })
        .collect()
}

/// The word of dissent at unit `j`: the word itself ("objections", a vote's
/// "against"), or the noun a verb of dissent states, with whether it was a
/// verb.
fn dissent_at<'a>(words: &[&'a str], j: usize) -> Option<(&'a str, bool)> {
    if dissent(words, j) {
        Some((words[j], false))
    } else {
        dissenting_verb(words, j).map(|noun| (noun, true))
    }
}

/// The noun of dissent the verb at unit `j` states ("objected to" →
/// "objection", "opposed" → "opposition"); "object" only before "to" (not
/// "the object of").
fn dissenting_verb(words: &[&str], j: usize) -> Option<&'static str> {
    match words[j] {
        "objected" | "objecting" => Some("objection"),
        "object" | "objects" if words.get(j + 1) == Some(&"to") => Some("objection"),
        "dissented" | "dissenting" | "dissents" => Some("dissent"),
        "oppose" | "opposes" | "opposed" | "opposing" => Some("opposition"),
        _ => None,
    }
}

/// Negators that deny a negative word just after them ("did not rule out",
/// "never failed", "not impossible"), as (unit index, base form of the word
/// denied): together they affirm.
pub fn double_negations(words: &[&str]) -> Vec<(usize, String)> {
    (0..words.len())
        .filter(|&k| is_negator(words, k, false))
        // The "without" a litotes denies ("not without its critics") is
        // denied, not denying.
        .filter(|&k| !(words[k] == "without" && k > 0 && is_negator(words, k - 1, false)))
        .filter_map(|k| {
            let window = &words[k + 1..words.len().min(k + 1 + DOUBLE_REACH)];
            // "not without its critics" is "has its critics": the litotes
            // denies "without" before any negative word after it.
            if window.first() == Some(&"without") {
                return Some((k, "without".to_string()));
            }
            implicit_negatives(window)
                .into_iter()
                .next()
                .map(|n| (k, n))
                // "found no irregularities" is "found all in order".
                .or_else(|| window.iter().find_map(|w| denying_noun(w)).map(|n| (k, n)))
                // "had not missed a penalty", "never failed to": one negator
                // denying another.
                .or_else(|| {
                    (k + 1..k + 1 + window.len())
                        .find(|&j| {
                            j + 1 < words.len()
                                && is_negator(words, j, false)
                                && words[j] != "without"
                        })
                        .map(|j| (k, words[j].to_string()))
                })
                // "should not vaccinate without consent": only with it.
                .or_else(|| denied_without(words, k).then(|| (k, "without".to_string())))
                // "without a single vote against" is "unanimously", and so
                // is "without a dissenting voice": a verb of dissent stands
                // for its noun.
                .or_else(|| {
                    let end = words.len().min(k + 2 + DOUBLE_REACH);
                    (k + 1..end)
                        .find_map(|j| dissent_at(words, j))
                        .map(|(n, _)| (k, n.to_string()))
                })
                .or_else(|| denied_relative(words, k))
        })
        .chain(prohibited_without(words))
        .collect()
}

/// Whether the negator at unit `k` of `words` denies a "without" after it:
/// within [`WITHOUT_REACH`] words, or within [`WITHOUT_CLAUSE_REACH`] where
/// no word between opens another clause.
fn denied_without(words: &[&str], k: usize) -> bool {
    let end = words.len().min(k + 1 + WITHOUT_CLAUSE_REACH);
    let Some(j) = (k + 1..end).find(|&j| words[j] == "without") else {
        return false;
    };
    j <= k + WITHOUT_REACH || !words[k + 1..j].iter().any(|w| CLAUSE_OPENERS.contains(w))
}

/// Verbs of prohibition ([`PROHIBITIONS`]) with a "without" a word or
/// three after them, as (unit index, "without"): together they state a
/// requirement ("picking is banned without a permit" → "picking requires a
/// permit"). A denied prohibition ("is not banned without") leaves its
/// "without" to the negator before it.
fn prohibited_without<'a>(words: &'a [&'a str]) -> impl Iterator<Item = (usize, String)> + 'a {
    (0..words.len())
        .filter(move |&k| {
            let reach = &words[k + 1..words.len().min(k + 1 + DOUBLE_REACH)];
            reach.contains(&"without")
                && implicit_negatives(&words[k..=k])
                    .iter()
                    .any(|b| PROHIBITIONS.contains(&b.as_str()))
                && !(k.saturating_sub(DOUBLE_REACH)..k).any(|i| is_negator(words, i, false))
        })
        .map(|k| (k, "without".to_string()))
}

/// Words after a negative quantifier searched for a relative pronoun.
const RELATIVE_REACH: usize = 4;

/// "no emergencies that could not be handled" is "every emergency was
/// handled": a negative quantifier whose relative clause denies, as
/// (quantifier, the relative clause's negator).
fn denied_relative(words: &[&str], k: usize) -> Option<(usize, String)> {
    if !matches!(words[k], "no" | "none" | "nothing" | "nobody") {
        return None;
    }
    let end = |from: usize, reach: usize| words.len().min(from + reach);
    let relative = (k + 1..end(k + 1, RELATIVE_REACH))
        .find(|&j| matches!(words[j], "that" | "who" | "which"))?;
    (relative + 1..end(relative + 1, DOUBLE_REACH))
        .find(|&j| matches!(words[j], "not" | "never"))
        .map(|j| (k, words[j].to_string()))
}

/// Whether the "no" at unit `k` of `words` is a vote ("voted no"), or one
/// against ("the only no vote", "three no votes"), not a denial.
pub(super) fn no_vote(words: &[&str], k: usize) -> bool {
    let Some(&before) = k.checked_sub(1).and_then(|p| words.get(p)) else {
        return false;
    };
    matches!(before, "voted" | "vote" | "votes" | "voting")
        || matches!(words.get(k + 1), Some(&("vote" | "votes")))
            && (determiner(before) || before == "only" || is_figure(Some(&before)))
}
