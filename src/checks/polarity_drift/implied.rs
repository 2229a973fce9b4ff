//! Negations carried by words: the side with fewer explicit negations says
//! the missing ones in words of negative meaning ("will lose" → "will no
//! longer have").

use super::derived::restates_plain_word;
use super::kept::kept_for_denied;
use super::negators::DENIED_REACH;
use super::restated::{restates_same_side, undenied_restatement};
use super::since::last_for_since;
use crate::align::units::Units;
use crate::checks::grammar::MODALS;
use crate::lexicon::determiners::is_possessive;
use crate::lexicon::negation::{
    dissents, double_negations, implicit_negatives, is_negator, is_negator_word, litotes,
    opposed_by_prefix, prefixed_negatives, until_denials,
};
use crate::lexicon::wordnet::{self, are_antonyms, lemmas};
use crate::text::words::is_stopword;

/// Whether negative word `w` voices dissent ("oppose") and `words` deny a
/// word of dissent ("raised no objections"): `w` restates it, undenied.
fn denied_dissent(w: &str, words: &[&str]) -> bool {
    if dissents(&[w]).is_empty() {
        return false;
    }
    (0..words.len()).any(|j| {
        !dissents(&words[j..=j]).is_empty()
            && (j.saturating_sub(DENIED_REACH)..j).any(|k| is_negator(words, k, false))
    })
}

/// Whether the side with fewer explicit negations carries the missing ones in
/// its words ("will lose" → "will no longer have", "not enough" →
/// "insufficient"): words of negative meaning that the other side lacks.
pub(super) fn implied(theirs: &Units, ours: &Units, a: usize, b: usize) -> bool {
    let (fewer, more) = if a < b {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let (fw, mw) = (fewer.words(), more.words());
    // "would not scrap the line" → "would cancel the line": the negative
    // word restates a denied one, and so drops the denial.
    // "would not drop its call" → "would abandon its call": likewise where
    // the denied act of ending is no negative word itself.
    let denials: Vec<(usize, String)> = (0..mw.len())
        .filter(|&k| is_negator(&mw, k, mw.get(k + 1) == Some(&"one")))
        .map(|k| (k, String::new()))
        .collect();
    if undenied_restatement(&mw, &double_negations(&mw), &fw)
        || undenied_restatement(&mw, &denials, &fw)
    {
        return false;
    }
    let (fewer_negatives, more_negatives) = (implicit_negatives(&fw), implicit_negatives(&mw));
    // "hide … did not profit" → "conceal … profited": a negative word that
    // restates one of the other side carries nothing new.
    let inside: Vec<&String> = fewer_negatives
        .iter()
        .filter(|w| !more_negatives.contains(w))
        // "refused to release him" → "denied him bail": restating the
        // other side's negator itself, it carries that negation.
        .filter(|w| {
            !more_negatives.iter().any(|m| {
                !fewer_negatives.contains(m)
                    && !is_negator_word(m)
                    && wordnet::synonym_rank(w, m).is_some()
            })
        })
        // "voted against the plan" → "opposed the plan": a curated phrase
        // of the same side restated.
        .filter(|w| !restates_same_side(w, &fw, &mw))
        // "failed to identify a suspect, and the case was closed" →
        // "succeeded …, and the case was shut": a verb restating one the
        // other side does not deny carries nothing that side lacks.
        // "none at levels considered dangerous" → "at levels regarded as
        // unsafe": nor does a word restating one the other side denies,
        // which it states undenied.
        .filter(|w| {
            !mw.iter().enumerate().any(|(k, m)| {
                let denied = mw[k.saturating_sub(DENIED_REACH)..k]
                    .iter()
                    .any(|x| is_negator_word(x));
                !fw.contains(m)
                    && !is_negator_word(m)
                    && if denied {
                        restates_denied(w, m)
                    } else {
                        restates(w, m)
                    }
            })
        })
        // "during the suspension" → "while shipments were suspended": the
        // negation was in the other side's own undenied word.
        .filter(|w| !restates_plain_word(w, &fw, &mw))
        // "had not consulted them" → "had only briefly consulted them", "had
        // never met them" → "had met them only once": an "only" restates a
        // denial of what lies beyond a limit ("not until March" → "only in
        // March"), not a denial of the act itself.
        .filter(|w| {
            w.as_str() != "only"
                || (limited(&mw, &fw) && !(mw.contains(&"never") && occasions_counted(&fw)))
        })
        // "Neither will close, and no posts go" → "Neither will shut, and
        // posts go": a negative word its own side denies carries nothing.
        .filter(|w| !denied_in(&fw, w))
        // "raised no objections" → "opposed the plan": dissent restating
        // the dissent the other side denies states it undenied.
        .filter(|w| !denied_dissent(w, &mw))
        // "The council denied this" → "The council did not dispute this": a
        // word of contradiction the other side denies in another word is
        // conceded there, no negation carried.
        .filter(|w| !denied_contradiction(w, &mw))
        // "which approved it, found no evidence" → "which rejected it,
        // found evidence": the opposite of an undenied word is a flip of
        // its own, carrying none of the other side's negations.
        .filter(|w| {
            !mw.iter().enumerate().any(|(k, m)| {
                let denied = (k.saturating_sub(DENIED_REACH)..k)
                    .any(|j| is_negator(&mw, j, mw.get(j + 1) == Some(&"one")));
                // Movements ("cut" and "up to") are the count's to weigh.
                let content = !is_stopword(m) && wordnet::direction(m).is_none();
                !fw.contains(m) && content && !denied && are_antonyms(w, m)
            })
        })
        // "not cheap" → "inexpensive": the prefix denies the opposite of
        // the word the other side denies, a flip.
        .filter(|w| {
            opposed_by_prefix(w).is_none_or(|rest| {
                !mw.iter()
                    .enumerate()
                    .any(|(k, m)| denied_in(&mw[..=k], m) && are_antonyms(rest, m))
            })
        })
        .collect();
    // A prefixed word ("undisclosed" for "not disclosed") counts once.
    let prefixed = prefixed_negatives(&fw, &mw)
        .into_iter()
        .filter(|w| !inside.iter().any(|x| x == w))
        .count();
    // "not unlike" → "similar to": two denials that affirm, restated.
    let affirmed = litotes(&mw).iter().filter(|w| !fw.contains(w)).count();
    // "was not without risks" → "carried some risks": a negator denying
    // another ("not without", "never failed") affirms, and takes both out
    // of the count, unless the other side keeps the denied one. Right after
    // it, or across a participle with no modal before the negation ("was not
    // approved without"): "could not survive without" is no litotes.
    let doubled = double_negations(&mw)
        .iter()
        .filter(|(k, d)| {
            (mw.get(k + 1) == Some(&d.as_str()) || litotes_across(&mw, &fw, *k, d))
                && is_negator_word(d)
                && !fw.contains(&d.as_str())
        })
        .count()
        * 2;
    // "their last win came in 2021" → "have not won since 2021"; "had not
    // panicked" → "had kept calm".
    let last = usize::from(last_for_since(&fw, &mw) || kept_for_denied(&fw, &mw));
    // A carried "not … until" ("stay out until") answers no counted negation.
    (inside.len() + prefixed + affirmed + doubled + last).saturating_sub(until_denials(&mw))
        >= a.abs_diff(b)
}

/// Whether a word of `words` with base form `base` has a negation among the
/// [`DENIED_REACH`] words before it ("neither hospital will shut"; not "so
/// far prevented").
fn denied_in(words: &[&str], base: &str) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        (*w == base || wordnet::lemmas(w).iter().any(|l| l == base))
            && (k.saturating_sub(DENIED_REACH)..k)
                .any(|j| is_negator(words, j, words.get(j + 1) == Some(&"one")))
    })
}

/// Most common senses of two verbs within which one restates the other.
const RESTATED_RANK: u8 = 3;

/// Most common senses of two words within which one restates a word its
/// side denies.
const DENIED_RANK: u8 = 2;

/// Whether verbs `w` and `m` share one of their most common senses ("shut",
/// "closed"; "ended", "finished").
fn restates(w: &str, m: &str) -> bool {
    let verb = |x: &str| wordnet::parts_of_speech(x) & wordnet::VERB != 0;
    verb(w)
        && verb(m)
        && wordnet::synonym_rank(w, m).is_some_and(|(x, y)| x.max(y) <= RESTATED_RANK)
}

/// Whether negative word `w` shares one of the two most common senses of
/// each with `m`, a word the other side denies ("unsafe", "dangerous"): it
/// restates that word undenied rather than carrying the denial.
fn restates_denied(w: &str, m: &str) -> bool {
    wordnet::synonym_rank(w, m).is_some_and(|(x, y)| x.max(y) <= DENIED_RANK)
}

/// Words after which a denial bounds its act rather than denying it ("not
/// until March", "not unless asked", "no more than five", "not all of them",
/// "not outside trials", "the lone no vote").
const LIMITS: &[&str] = &[
    "until",
    "till",
    "unless",
    "without",
    "except",
    "excluding",
    "beyond",
    "outside",
    "while",
    "than",
    "other",
    "but",
    "all",
    "every",
    "whole",
    "entire",
    "full",
    "fully",
    "always",
    "lone",
    "sole",
    "alone",
];

/// Words that deny by amount, which an "only" restates ("few came" → "only a
/// handful came").
const SCANT: &[&str] = &[
    "few", "little", "barely", "hardly", "scarcely", "rarely", "seldom",
];

/// Words after an "only" that make it a bound of time, condition or place
/// ("only once the strike was over", "only with consent", "only in trials").
const BOUNDED: &[&str] = &[
    "once", "when", "if", "after", "with", "in", "within", "where", "while", "until",
];

/// Whether the denial of `more` bounds its act, so that an "only" of `fewer`
/// can restate it: a word of limit, a word denying by amount, "before" or
/// "after" the other side turned ("not before May" → "only after May"), a
/// word denied by prefix ("non-essential"), or an "only" that is itself a
/// bound ("the only member", "only after the vote") or after a modal ("will
/// not help" → "will only make it worse").
fn limited(more: &[&str], fewer: &[&str]) -> bool {
    let bound = more.iter().any(|w| {
        LIMITS.contains(w)
            || SCANT.contains(w)
            || *w == "non"
            || w.starts_with("non-")
            || (matches!(*w, "before" | "after") && !fewer.contains(w))
    });
    bound
        || fewer.iter().enumerate().any(|(k, w)| {
            *w == "only"
                && (k.checked_sub(1).is_some_and(|p| {
                    fewer[p] == "the" || is_possessive(fewer[p]) || MODALS.contains(&fewer[p])
                }) || fewer.get(k + 1).is_some_and(|n| BOUNDED.contains(n)))
        })
}

/// Whether an "only" in `words` counts occasions ("only once", "only three
/// times"), which affirms the act happened.
fn occasions_counted(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        *w == "only"
            && matches!(
                words.get(k + 1..),
                Some(["once" | "twice", ..] | [_, "times" | "occasions", ..])
            )
    })
}

/// Words a litotes may put between its negation and its "without" ("was
/// not approved without").
const LITOTES_GAP: usize = 2;

/// Words before a litotes' negation searched for a modal ("could not").
const LITOTES_MODAL_REACH: usize = 2;

/// Words after a litotes' "without" searched for the thing it was without
/// ("without strong opposition").
const WITHOUT_REACH: usize = 3;

/// Whether the negation at `k` of `mw` denies a "without" a word or two
/// after it as a litotes, with the thing it was without kept by the other
/// side `fw` ("was not approved without opposition" → "faced opposition
/// before it was approved"): not after a modal, where it states a need
/// ("could not survive without new funding").
fn litotes_across(mw: &[&str], fw: &[&str], k: usize, denied: &str) -> bool {
    if denied != "without"
        || (1..=LITOTES_MODAL_REACH)
            .any(|b| k.checked_sub(b).is_some_and(|p| MODALS.contains(&mw[p])))
    {
        return false;
    }
    (k + 2..=k + 1 + LITOTES_GAP).any(|j| {
        mw.get(j) == Some(&"without")
            && mw[k + 1..j].iter().all(|w| !is_negator_word(w))
            && mw[j + 1..]
                .iter()
                .take(WITHOUT_REACH)
                .find(|w| !is_stopword(w))
                .is_some_and(|w| fw.contains(w))
    })
}

/// Verbs that contradict a claim: one denied restates none of the others
/// undenied ("did not dispute" is no "denied").
const CONTRADICTIONS: &[&str] = &[
    "deny",
    "reject",
    "dispute",
    "contest",
    "challenge",
    "refute",
    "rebut",
];

/// Whether `w`, a base form, is a verb of [`CONTRADICTIONS`] and `words`
/// deny another of them ("denied the claim" → "did not dispute the claim").
fn denied_contradiction(w: &str, words: &[&str]) -> bool {
    CONTRADICTIONS.contains(&w)
        && (0..words.len()).any(|j| {
            lemmas(words[j])
                .iter()
                .any(|l| l != w && CONTRADICTIONS.contains(&l.as_str()))
                && (j.saturating_sub(DENIED_REACH)..j).any(|k| is_negator(words, k, false))
        })
}
