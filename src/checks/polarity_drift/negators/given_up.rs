//! An act given up or ruled out ("had ruled out taking the case", "had
//! given up pursuing the rest") denies the act as "would not take" does.

use super::DENIED_REACH;
use crate::align::units::Units;
use crate::checks::polarity_drift::affirmed::has_base;
use crate::checks::polarity_drift::moved_denial::same_word;
use crate::lexicon::determiners::is_article;
use crate::lexicon::negation::{is_negator, yet_to};
use crate::text::words::is_stopword;

/// Whether unit `k` of `words` is the "out" of "ruled out taking" or "ruled
/// out that", or the "up" of "given up pursuing", with its verb's base form
/// ("rule", "give"). A "rule out" may also put a subject of an article and
/// one word before the act's "-ing" where the other side (`theirs`) names
/// that act ("ruled out a decision slipping" for "a decision could slip"),
/// or a noun after at most an article and one modifier that the other side
/// names ("had ruled out an appeal" for "whether to appeal"; never "ruled
/// out for offside", whose next word is no content).
fn given_up_at(words: &[&str], k: usize, theirs: &[&str]) -> Option<&'static str> {
    let base = match words[k] {
        "out" => "rule",
        "up" => "give",
        _ => return None,
    };
    let gerund = |w: &str| w.len() > 4 && w.ends_with("ing");
    let named = |w: &str| theirs.iter().any(|t| *t != w && same_word(t, w));
    let subject = base == "rule"
        && words.get(k + 1).is_some_and(|w| is_article(w))
        && words.get(k + 3).is_some_and(|w| gerund(w) && named(w));
    let act = subject
        || (base == "rule" && named_object(words, k, theirs))
        || words
            .get(k + 1)
            .is_some_and(|w| gerund(w) || (base == "rule" && *w == "that"));
    let verb = k.checked_sub(1).is_some_and(|p| has_base(words[p], base));
    (act && verb).then_some(base)
}

/// Whether the object of the "rule out" ending at unit `k` of `words`, past
/// at most an article, is a content word, or a modifier and one, that the
/// other side (`theirs`) names ("ruled out further talks" for "open to
/// talks").
fn named_object(words: &[&str], k: usize, theirs: &[&str]) -> bool {
    let start = k + 1 + usize::from(words.get(k + 1).is_some_and(|w| is_article(w)));
    words
        .iter()
        .skip(start)
        .take(2)
        .take_while(|w| !is_stopword(w))
        .any(|w| theirs.iter().any(|t| same_word(t, w)))
}

/// Adds to `negators` (the tokens of `units` counted as negations) each act
/// given up or ruled out ([`given_up_at`]) that nothing before it denies
/// ("did not rule out selling" is one negation) where the other side
/// (`other`) holds no form of the same verb: there the curated phrases and
/// the count of that side's own denials weigh it ("did not rule out
/// retiring" → "ruled out retiring").
pub(super) fn given_up_acts(units: &Units, negators: &mut Vec<usize>, other: &Units) {
    // Cheap guard first: most sentences hold neither particle.
    if !units.text.iter().any(|w| w == "out" || w == "up") {
        return;
    }
    let (words, theirs) = (units.words(), other.words());
    for k in 1..words.len() {
        let Some(base) = given_up_at(&words, k, &theirs) else {
            continue;
        };
        let denied = (k.saturating_sub(DENIED_REACH + 1)..k)
            .any(|p| is_negator(&words, p, false) || yet_to(&words, p));
        let restated = theirs.iter().any(|w| has_base(w, base));
        let t = units.token[k];
        if !denied && !restated && !negators.contains(&t) {
            negators.push(t);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acts_given_up_are_found() {
        let w = ["had", "ruled", "out", "taking", "the", "case"];
        assert_eq!(given_up_at(&w, 2, &[]), Some("rule"));
        let w = ["had", "given", "up", "pursuing", "the", "rest"];
        assert_eq!(given_up_at(&w, 2, &[]), Some("give"));
        let w = ["ruled", "out", "a", "merger"];
        assert_eq!(given_up_at(&w, 1, &[]), None);
        assert_eq!(given_up_at(&w, 1, &["a", "merger"]), Some("rule"));
        let w = ["ruled", "out", "further", "talks"];
        assert_eq!(given_up_at(&w, 1, &["open", "to", "talks"]), Some("rule"));
        let w = ["ruled", "out", "for", "offside"];
        assert_eq!(given_up_at(&w, 1, &["offside"]), None);
        let w = ["set", "up", "a", "meeting"];
        assert_eq!(given_up_at(&w, 1, &[]), None);
        let w = ["ruled", "out", "a", "decision", "slipping"];
        assert_eq!(given_up_at(&w, 1, &["could", "slip"]), Some("rule"));
        assert_eq!(given_up_at(&w, 1, &["could", "wait"]), None);
    }

    #[test]
    fn a_denied_or_restated_giving_up_adds_none() {
        let mut negators = Vec::new();
        let ours = Units::of_words(&["had", "ruled", "out", "taking", "it"]);
        let theirs = Units::of_words(&["was", "considering", "taking", "it"]);
        given_up_acts(&ours, &mut negators, &theirs);
        assert_eq!(negators, [2]);
        negators.clear();
        let theirs = Units::of_words(&["did", "not", "rule", "out", "taking", "it"]);
        given_up_acts(&ours, &mut negators, &theirs);
        assert!(negators.is_empty());
        let ours = Units::of_words(&["did", "not", "rule", "out", "taking", "it"]);
        let theirs = Units::of_words(&["might", "take", "it"]);
        given_up_acts(&ours, &mut negators, &theirs);
        assert!(negators.is_empty());
    }
}
