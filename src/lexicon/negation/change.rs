//! Denied changes restated as keeping ("would not revise its forecast" →
//! "would keep its forecast").

use super::negators::is_negator;
use crate::lexicon::wordnet::lemmas;

/// Verbs of removal or change: denying one keeps things as they are ("would
/// not revise its forecast" is "would keep its forecast").
const CHANGES: &[&str] = &[
    "withdraw",
    "revise",
    "change",
    "alter",
    "eliminate",
    "remove",
    "scrap",
    "abandon",
    "cut",
    "close",
    "axe",
    "drop",
    "lift",
    "reverse",
    "amend",
    "adjust",
    "shut",
    // "no staff will be made redundant" → "all staff will keep their jobs".
    "redundant",
    // "fees will not be refunded" → "fees will be retained".
    "refund",
    // "had not stopped the search" → "was still searching".
    "stop",
    "quit",
    "halt",
    "cease",
    // "flights would not be affected" → "flights would run as normal".
    "affect",
    "disrupt",
    "interrupt",
    // "a rule it would not relax" → "would keep that rule in place":
    // loosening or undoing a rule.
    "relax",
    "loosen",
    "soften",
    "repeal",
    "revoke",
    "rescind",
    "overturn",
];

/// Verbs of movement, changes only when the negator denies them directly
/// ("fares will not rise" → "fares will be frozen"; not "had not received
/// an increase", which denies the receiving).
const MOVES: &[&str] = &[
    "rise", "raise", "increase", "fall", "reduce", "decrease", "lower",
];

/// Words between a negator and the movement it denies ("would not be
/// raised").
const AUXILIARIES: &[&str] = &["be", "been", "being", "have", "to"];

/// Words that say things stay as they are.
const KEEPS: &[&str] = &[
    "keep",
    "retain",
    "maintain",
    "preserve",
    "unchanged",
    "intact",
    // "hours will not be reduced" → "hours will stay the same"; "no ship
    // will be withdrawn" → "all ships will remain in service".
    "same",
    "stay",
    "remain",
    // "had not given up on the bid" → "was still pursuing the bid".
    "still",
    "continue",
    // "fares will not rise" → "fares will be frozen".
    "freeze",
    // "would not raise its dividend" → "held its dividend at 4.1p".
    "hold",
    // "would not change its plans" → "would proceed with (press ahead
    // with) its plans".
    "proceed",
    "ahead",
    // "services will not be disrupted" → "services will run normally".
    "normal",
    "normally",
    "usual",
];

/// Words after a negator searched for the change it denies.
const CHANGE_REACH: usize = 4;

/// Words of the subject a "no" quantifies, besides [`CHANGE_REACH`].
const SUBJECT_WORDS: usize = 2;

/// The entry of `list` that `word` or one of its base forms is.
fn listed<'a>(word: &str, list: &[&'a str]) -> Option<&'a str> {
    list.iter().copied().find(|x| *x == word).or_else(|| {
        lemmas(word)
            .iter()
            .find_map(|b| list.iter().copied().find(|x| x == b))
    })
}

/// Whether `kept` says in a word of its own what a denied change of
/// `denied` says ("would not revise its forecast" → "would keep its
/// forecast"), and does not make the change itself; a keeping word that
/// `denying`, the whole sentence `denied` is part of, has too says nothing new.
pub fn kept_as_denied_change(kept: &[&str], denied: &[&str], denying: &[&str]) -> bool {
    // A keeping word the denying sentence has too restates nothing: "held
    // the dividend rather than cutting it" → "held the dividend, as feared".
    let denied_keeps: Vec<&str> = denying.iter().filter_map(|w| listed(w, KEEPS)).collect();
    if !kept
        .iter()
        .any(|w| listed(w, KEEPS).is_some_and(|x| !denied_keeps.contains(&x)))
    {
        return false;
    }
    (0..denied.len()).any(|k| {
        // "no teaching posts would be cut": the change follows the subject.
        // "none of the ships will be withdrawn": and the "of the" before it.
        let reach = CHANGE_REACH
            + match denied[k] {
                "no" => SUBJECT_WORDS,
                "none" | "neither" => SUBJECT_WORDS + 2,
                _ => 0,
            };
        is_negator(denied, k, denied.get(k + 1) == Some(&"one"))
            && (k + 1..(k + 1 + reach).min(denied.len()))
                .filter_map(|i| {
                    change_at(denied, i).or_else(|| {
                        denied[k + 1..i]
                            .iter()
                            .all(|w| AUXILIARIES.contains(w))
                            .then(|| listed(denied[i], MOVES))
                            .flatten()
                    })
                })
                .any(|c| {
                    !(0..kept.len())
                        .any(|i| change_at(kept, i) == Some(c) || listed(kept[i], MOVES) == Some(c))
                })
    })
}

/// The change word `words[k]` makes, from [`CHANGES`]; "give up" is
/// "abandon".
fn change_at(words: &[&str], k: usize) -> Option<&'static str> {
    let w = words[k];
    if words.get(k + 1) == Some(&"up") && listed(w, &["give"]).is_some() {
        return Some("abandon");
    }
    listed(w, CHANGES)
}
