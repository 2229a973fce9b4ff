//! A denied act told as a state kept: "had not panicked" is "had kept
//! calm", "did not sail" is "was kept in port".

use super::negators::{DENIED_REACH, content_after_words};
use crate::align::{AlignedPair, Edit, EditKind};
use crate::lexicon::determiners::{is_article, is_possessive};
use crate::lexicon::negation::is_negator;
use crate::lexicon::wordnet::{self, ADJECTIVE, NOUN, VERB, are_antonyms, lemmas};
use crate::text::words::shares_root;

/// Verbs that keep a state.
const KEEPING: &[&str] = &["keep", "stay", "remain"];

/// Objects that may stand between a keeping verb and its state ("kept it
/// in port").
const OBJECTS: &[&str] = &["it", "them", "him", "her", "us", "me"];

/// Whether `word` is a form of a keeping verb.
fn keeping(word: &str) -> bool {
    lemmas(word).iter().any(|l| KEEPING.contains(&l.as_str()))
}

/// Whether `w` is a determiner that opens a noun phrase a keeping verb may
/// keep ("kept the ferry in port"): an article or a possessive.
fn determiner(w: &str) -> bool {
    is_article(w) || is_possessive(w)
}

/// Words of a noun phrase after its determiner within which the state kept
/// is looked for.
const PHRASE_REACH: usize = 3;

/// Words before a denial within which the noun of a kept noun phrase
/// stands as the subject of the act denied.
const NOUN_REACH: usize = 3;

/// Whether `state` names a state kept: "in" ("in port") or an adjective.
fn is_state(state: &str) -> bool {
    state == "in" || (wordnet::parts_of_speech(state) & ADJECTIVE != 0 && !state.ends_with("ing"))
}

/// The state a keeping verb of `words` keeps ("calm", or "in" for "in
/// port"), if any: right after it or its pronoun, or after a noun phrase
/// it keeps ("kept the victim's name private"), past the phrase's noun,
/// which comes with it.
fn kept_state<'a>(words: &[&'a str]) -> Option<(&'a str, Option<&'a str>)> {
    (0..words.len()).find_map(|k| {
        if !keeping(words[k]) {
            return None;
        }
        let mut j = k + 1;
        if words.get(j).is_some_and(|w| OBJECTS.contains(w)) {
            j += 1;
        }
        let state = *words.get(j)?;
        if determiner(state) {
            let noun = |w: &str| wordnet::parts_of_speech(w) & NOUN != 0;
            return (j + 2..words.len().min(j + 2 + PHRASE_REACH))
                .find(|&i| noun(words[i - 1]) && is_state(words[i]))
                .map(|i| (words[i], Some(words[i - 1])));
        }
        is_state(state).then_some((state, None))
    })
}

/// Whether `fewer` keeps a state ("had kept calm") where `more` denies an
/// act ("had not panicked"): an act other than keeping, and no word of the
/// state itself, its root or its opposite ("did not stay calm" → "kept
/// calm" and "was not calm" → "kept calm" differ), among the words the
/// denial reaches ("has not made a profit" → "has stayed profitable" keeps
/// what was denied, a flip).
///
/// A noun phrase kept ("kept the ferry in port") answers only an act its
/// noun is the subject of, just before the denial ("the ferry did not
/// sail"; not "would not revise the budget" for "kept the budget
/// unchanged", which a kept change answers).
pub(super) fn kept_for_denied(fewer: &[&str], more: &[&str]) -> bool {
    let Some((state, kept_noun)) = kept_state(fewer) else {
        return false;
    };
    let beside =
        |k: usize| kept_noun.is_none_or(|n| more[k.saturating_sub(NOUN_REACH)..k].contains(&n));
    if more.iter().any(|w| keeping(w)) {
        return false;
    }
    (0..more.len()).any(|k| {
        if !is_negator(more, k, more.get(k + 1) == Some(&"one")) || !beside(k) {
            return false;
        }
        let denied = || more[k + 1..].iter().take(DENIED_REACH);
        content_after_words(&more[k + 1..], DENIED_REACH)
            .is_some_and(|act| wordnet::parts_of_speech(act) & VERB != 0 && !fewer.contains(&act))
            && !denied().any(|w| shares_root(w, state) || are_antonyms(w, state))
    })
}

/// Words before a keeping verb within which "whether" or "if" makes its
/// state a question, not a state kept ("did not say whether he would stay
/// on").
const QUESTION_REACH: usize = 3;

/// Whether the source sentence `theirs` keeps the state `fewer` keeps ("will
/// remain open" on both sides), not as a question: a state kept unchanged
/// answers no denial dropped elsewhere ("the hall will remain open and they
/// did not expect disruption" → "… and they expected disruption").
pub(super) fn kept_by_source(fewer: &[&str], theirs: &[&str]) -> bool {
    let asked = |k: usize| {
        theirs[k.saturating_sub(QUESTION_REACH)..k]
            .iter()
            .any(|w| matches!(*w, "whether" | "if"))
    };
    kept_state(fewer).is_some_and(|(state, _)| {
        (0..theirs.len()).any(|k| {
            keeping(theirs[k])
                && !asked(k)
                && kept_state(&theirs[k..]).is_some_and(|(kept, _)| kept == state)
        })
    })
}

/// Tokens between two edits within which one may hold the other's state
/// ("kept it in port").
const TOUCHING_GAP: usize = 2;

/// The suspect sentence's words outside every other edit that replaced a
/// source denial: a state kept there ("would not ring" → "would stay
/// silent") answers that denial, not one dropped in edit `e` ("did not
/// expect" → "expected").
pub(super) fn beyond_other_denials<'a>(
    pair: &'a AlignedPair,
    e: &Edit,
    src_negators: &[usize],
) -> Vec<&'a str> {
    let ours = &pair.suspect_units;
    // An edit touching `e` may hold its state ("but cannot …, and" →
    // "although high winds kept" beside "did not sail" → "in port").
    let touching = |x: &Edit| {
        x.suspect.end + TOUCHING_GAP >= e.suspect.start
            && e.suspect.end + TOUCHING_GAP >= x.suspect.start
    };
    let denying = |x: &Edit| {
        !std::ptr::eq(x, e)
            && !touching(x)
            && x.kind != EditKind::Equal
            && src_negators.iter().any(|t| x.source.contains(t))
    };
    let others: Vec<&Edit> = pair.edits.iter().filter(|x| denying(x)).collect();
    (0..ours.text.len())
        .filter(|&k| !others.iter().any(|x| x.suspect.contains(&ours.token[k])))
        .map(|k| ours.text[k].as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_state_restates_a_denied_act() {
        let kept = ["he", "had", "kept", "calm"];
        assert!(kept_for_denied(&kept, &["he", "had", "not", "panicked"]));
        assert!(!kept_for_denied(
            &kept,
            &["he", "had", "not", "stayed", "calm"]
        ));
        assert!(!kept_for_denied(&kept, &["he", "had", "panicked"]));
        let profitable = ["it", "has", "stayed", "profitable"];
        let profit = ["it", "has", "not", "made", "a", "profit"];
        assert!(!kept_for_denied(&profitable, &profit));
        let port = ["winds", "kept", "it", "in", "port"];
        assert!(kept_for_denied(&port, &["it", "did", "not", "sail"]));
        let ferry = ["winds", "kept", "the", "ferry", "in", "port"];
        assert!(kept_for_denied(
            &ferry,
            &["the", "ferry", "did", "not", "sail"]
        ));
        let budget = ["she", "would", "keep", "the", "budget", "unchanged"];
        let expect = [
            "she", "did", "not", "expect", "the", "strike", "and", "budget",
        ];
        assert!(!kept_for_denied(&budget, &expect));
        let name = ["they", "kept", "the", "old", "name"];
        assert!(!kept_for_denied(
            &name,
            &["they", "did", "not", "rename", "it"]
        ));
    }

    #[test]
    fn a_state_the_source_keeps_too_is_kept_by_source() {
        let open = ["the", "hall", "will", "stay", "open"];
        assert!(kept_by_source(&open, &["it", "will", "remain", "open"]));
        assert!(!kept_by_source(&open, &["it", "will", "reopen"]));
        let asked = ["not", "say", "whether", "it", "would", "stay", "open"];
        assert!(!kept_by_source(&open, &asked));
    }
}
