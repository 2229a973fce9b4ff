//! An act held back told by its gerund after "from" or "off", or by its
//! noun after "off on": "refrained from raising rates" and "held off
//! raising rates" are "did not raise rates", "held off on any
//! celebrations" is "was not celebrating".

use super::negators::{DENIED_REACH, content_after_words, first_within, same_root};
use crate::lexicon::negation::is_negator;
use crate::text::words::is_stopword;

/// Words after a held-back gerund searched for the "to" of a change to
/// another act.
const CHANGE_REACH: usize = 6;

/// Words after "off on" searched for the noun of the act held back
/// ("held off on any celebrations").
const NOUN_REACH: usize = 2;

/// Whether `fewer` holds a verb's "from" or "off" before a gerund whose root
/// `more` denies ("refrained from raising" for "did not raise"), the
/// gerund standing so nowhere in `more`: the denial carried by the verb
/// that holds the act back. A change from one act to another ("moved from
/// raising rates to cutting them") holds none back.
pub(super) fn held_back(fewer: &[&str], more: &[&str]) -> bool {
    let changed_to = |k: usize| {
        fewer[k..]
            .windows(2)
            .take(CHANGE_REACH)
            .any(|w| w[0] == "to" && w[1].ends_with("ing"))
    };
    let gerunds = (1..fewer.len().saturating_sub(1)).filter_map(|k| {
        let (verb, particle, act) = (fewer[k - 1], fewer[k], fewer[k + 1]);
        (matches!(particle, "from" | "off")
            && act.ends_with("ing")
            && !is_stopword(verb)
            && !changed_to(k + 2))
        .then_some(act)
    });
    // "holding off on any celebrations": the act named by its noun.
    let nouns = (1..fewer.len().saturating_sub(1)).filter_map(|k| {
        let held = fewer[k] == "off" && fewer[k + 1] == "on" && !is_stopword(fewer[k - 1]);
        let after = fewer.get(k + 2..).unwrap_or_default();
        held.then(|| first_within(after, NOUN_REACH, |w| !is_stopword(w)))
            .flatten()
    });
    let denied: Vec<&str> = (0..more.len())
        .filter(|&k| is_negator(more, k, more.get(k + 1) == Some(&"one")))
        .filter_map(|k| content_after_words(&more[k + 1..], DENIED_REACH))
        .collect();
    gerunds
        .chain(nouns)
        .any(|act| !more.contains(&act) && denied.iter().any(|d| same_root(d, act)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gerund_held_back_restates_its_denied_verb() {
        let more = ["the", "bank", "did", "not", "raise", "rates"];
        assert!(held_back(
            &["the", "bank", "refrained", "from", "raising", "rates"],
            &more
        ));
        assert!(held_back(
            &["the", "bank", "held", "off", "raising", "rates"],
            &more
        ));
        assert!(!held_back(&["the", "bank", "raised", "rates"], &more));
        assert!(held_back(
            &[
                "the",
                "club",
                "was",
                "holding",
                "off",
                "on",
                "any",
                "celebrations"
            ],
            &["the", "club", "was", "not", "celebrating", "yet"]
        ));
        let moved = [
            "it", "moved", "from", "raising", "rates", "to", "cutting", "them",
        ];
        assert!(!held_back(&moved, &more));
    }
}
