//! Where "no" or "not" bounds or times rather than denies: "no later than",
//! "did not close until May".

use super::is_figure;

/// Comparatives that make "no … than" a bound on an amount or a date.
const BOUNDS: &[&str] = &[
    "more", "less", "fewer", "later", "longer", "shorter", "greater", "higher", "lower", "larger",
    "smaller", "bigger", "older", "younger", "further", "farther", "over", "under",
];

/// Whether "no"/"not" at `k` opens a bound ("no more than", "not later than").
pub(super) fn comparison(words: &[&str], k: usize) -> bool {
    // "no later than May" bounds; "no earlier than January" is "not before
    // January" and "no better than placebo" is "not better": they deny.
    let comparative = words.get(k + 1).is_some_and(|w| BOUNDS.contains(w));
    comparative && words.get(k + 2) == Some(&"than")
}

/// Words after "not" within which "until" says when.
const UNTIL_REACH: usize = 6;

/// Whether "until" follows "not" closely, in its clause ("did not close until
/// May", "had not published the full report until after the vote").
pub(super) fn until_follows(words: &[&str], k: usize) -> bool {
    words
        .iter()
        .skip(k + 1)
        .take(UNTIL_REACH)
        .take_while(|w| !matches!(**w, "and" | "but" | "or" | "which" | "while"))
        .any(|w| *w == "until")
}

/// Whether the word at `at` is denied by a "not … until" around it ("did
/// not reopen until Friday": "reopen").
pub fn denied_until(words: &[&str], at: usize) -> bool {
    (at.saturating_sub(UNTIL_REACH)..at).any(|k| {
        matches!(words[k], "not" | "no" | "without")
            && until_follows(words, k)
            && words[at + 1..]
                .iter()
                .take(UNTIL_REACH)
                .any(|w| *w == "until")
    })
}

/// How many "not … until" denials `words` hold: uncounted as negations, since
/// they say when, yet a word on the other side may carry them ("could not
/// return until" → "will stay out until").
pub fn until_denials(words: &[&str]) -> usize {
    (0..words.len())
        .filter(|&k| matches!(words[k], "not" | "no" | "without") && until_follows(words, k))
        .count()
}

/// Words before a "not" searched for the figure it is set against.
const CONTRAST_REACH: usize = 3;

/// Whether the "not" at unit `k` sets a figure against one just before it
/// ("for seven weeks, not fourteen"): two figures compared, as "rather than"
/// before a figure compares them. `spelt_one`: "not one" still denies.
pub(super) fn figure_contrast(words: &[&str], k: usize, spelt_one: bool) -> bool {
    !spelt_one
        && is_figure(words.get(k + 1))
        && words[k.saturating_sub(CONTRAST_REACH)..k]
            .iter()
            .any(|w| is_figure(Some(w)))
}

#[cfg(test)]
mod tests {
    use super::super::is_negator;

    fn negates(sentence: &str) -> Vec<bool> {
        let words: Vec<&str> = sentence.split(' ').collect();
        (0..words.len())
            .map(|k| is_negator(&words, k, false))
            .collect()
    }

    #[test]
    fn bounds_and_until_do_not_deny() {
        assert!(!negates("no later than may").iter().any(|&n| n));
        assert!(!negates("it did not end until 11pm").iter().any(|&n| n));
        assert!(negates("it did not end").iter().any(|&n| n));
    }
}
