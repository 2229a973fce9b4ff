//! A denied act told as a state kept: "had not panicked" is "had kept
//! calm", "did not sail" is "was kept in port".

use super::negators::{DENIED_REACH, content_after_words};
use crate::lexicon::negation::is_negator;
use crate::lexicon::wordnet::{self, ADJECTIVE, VERB, are_antonyms, lemmas};
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

/// The state a keeping verb of `words` keeps ("calm", or "in" for "in
/// port"), if any.
fn kept_state<'a>(words: &[&'a str]) -> Option<&'a str> {
    (0..words.len()).find_map(|k| {
        if !keeping(words[k]) {
            return None;
        }
        let mut j = k + 1;
        if words.get(j).is_some_and(|w| OBJECTS.contains(w)) {
            j += 1;
        }
        let state = *words.get(j)?;
        let adjective = wordnet::parts_of_speech(state) & ADJECTIVE != 0 && !state.ends_with("ing");
        (state == "in" || adjective).then_some(state)
    })
}

/// Whether `fewer` keeps a state ("had kept calm") where `more` denies an
/// act ("had not panicked"): an act other than keeping, and no word of the
/// state itself, its root or its opposite ("did not stay calm" → "kept
/// calm" and "was not calm" → "kept calm" differ).
pub(super) fn kept_for_denied(fewer: &[&str], more: &[&str]) -> bool {
    let Some(state) = kept_state(fewer) else {
        return false;
    };
    if more.iter().any(|w| keeping(w)) {
        return false;
    }
    (0..more.len()).any(|k| {
        if !is_negator(more, k, more.get(k + 1) == Some(&"one")) {
            return false;
        }
        content_after_words(&more[k + 1..], DENIED_REACH).is_some_and(|act| {
            wordnet::parts_of_speech(act) & VERB != 0
                && !shares_root(act, state)
                && !are_antonyms(act, state)
                && !fewer.contains(&act)
        })
    })
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
        let port = ["winds", "kept", "it", "in", "port"];
        assert!(kept_for_denied(&port, &["it", "did", "not", "sail"]));
    }
}
