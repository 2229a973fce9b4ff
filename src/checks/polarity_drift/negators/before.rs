//! "Before" an act for "without" it: "how fast they can spin without
//! breaking up" is "how fast they can rotate before breaking apart".

use super::same_root;
use crate::align::units::Units;

/// Adds to `negators` (the tokens of `units` counted as negations) each
/// "before" of a "before" and gerund whose gerund the other side (`other`)
/// has after "without" ("before breaking" for "without breaking"), or of a
/// "before" and article whose noun the other side has after "without" and
/// the same article ("withdrawn before a decision was made" for "withdrawn
/// without a decision having been reached"): the denial restated as the
/// limit of the act.
pub(super) fn restating_without(units: &Units, negators: &mut Vec<usize>, other: &Units) {
    if !units.text.iter().any(|w| w == "before") {
        return;
    }
    let (words, theirs) = (units.words(), other.words());
    let withheld: Vec<[&str; 2]> = (0..theirs.len())
        .filter(|&k| theirs[k] == "without")
        .filter_map(|k| act_after(&theirs, k))
        .collect();
    if withheld.is_empty() {
        return;
    }
    for k in 0..words.len() {
        let t = units.token[k];
        let restates = |[article, act]: [&str; 2]| {
            withheld
                .iter()
                .any(|&[a, g]| a == article && same_root(g, act))
        };
        if words[k] == "before"
            && act_after(&words, k).is_some_and(restates)
            && !negators.contains(&t)
        {
            negators.push(t);
        }
    }
}

/// Articles a withheld noun may take after "without" or "before".
const ARTICLES: &[&str] = &["a", "an", "the", "any"];

/// The act after word `k`: a gerund right after it ("" and "breaking"), or
/// an article and the noun after it ("a" and "decision").
fn act_after<'a>(words: &[&'a str], k: usize) -> Option<[&'a str; 2]> {
    let gerund = |w: &str| w.len() > 4 && w.ends_with("ing");
    let next = *words.get(k + 1)?;
    if gerund(next) {
        return Some(["", next]);
    }
    let noun = *words.get(k + 2)?;
    (ARTICLES.contains(&next) && !gerund(noun)).then_some([next, noun])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before_an_act_restates_without_it() {
        let without = Units::of_words(&["spin", "without", "breaking", "up"]);
        let before = Units::of_words(&["rotate", "before", "breaking", "apart"]);
        let mut negators = Vec::new();
        restating_without(&before, &mut negators, &without);
        assert_eq!(negators, [1]);
        // Another act after "without" restates nothing.
        let other = Units::of_words(&["spin", "without", "wobbling"]);
        let mut negators = Vec::new();
        restating_without(&before, &mut negators, &other);
        assert!(negators.is_empty());
        // A noun after the same article restates it too.
        let without = Units::of_words(&["withdrawn", "without", "a", "decision", "having"]);
        let before = Units::of_words(&["withdrawn", "before", "a", "decision", "was", "made"]);
        let mut negators = Vec::new();
        restating_without(&before, &mut negators, &without);
        assert_eq!(negators, [1]);
        let other = Units::of_words(&["withdrawn", "without", "a", "vote"]);
        let mut negators = Vec::new();
        restating_without(&before, &mut negators, &other);
        assert!(negators.is_empty());
    }
}
