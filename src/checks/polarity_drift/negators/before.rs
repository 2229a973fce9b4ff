//! "Before" an act for "without" it: "how fast they can spin without
//! breaking up" is "how fast they can rotate before breaking apart".

use super::same_root;
use crate::align::units::Units;

/// Adds to `negators` (the tokens of `units` counted as negations) each
/// "before" of a "before" and gerund whose gerund the other side (`other`)
/// has after "without" ("before breaking" for "without breaking"): the
/// denial restated as the limit of the act.
pub(super) fn restating_without(units: &Units, negators: &mut Vec<usize>, other: &Units) {
    if !units.text.iter().any(|w| w == "before") {
        return;
    }
    let (words, theirs) = (units.words(), other.words());
    let gerund = |w: &str| w.len() > 4 && w.ends_with("ing");
    let withheld: Vec<&str> = theirs
        .windows(2)
        .filter(|w| w[0] == "without" && gerund(w[1]))
        .map(|w| w[1])
        .collect();
    if withheld.is_empty() {
        return;
    }
    for k in 0..words.len().saturating_sub(1) {
        let t = units.token[k];
        if words[k] == "before"
            && gerund(words[k + 1])
            && withheld.iter().any(|g| same_root(g, words[k + 1]))
            && !negators.contains(&t)
        {
            negators.push(t);
        }
    }
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
    }
}
