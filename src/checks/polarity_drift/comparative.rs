//! A comparison of inferiority told either way: "less enthusiastic" is "not
//! as enthusiastic", "fewer buyers" is "not as many buyers", "more
//! slowly" is "not as fast".

use crate::align::units::Units;
use crate::lexicon::wordnet::are_antonyms;

/// Units after a negation within which the "as" or "so" of the equal
/// comparison it denies is looked for ("Not every resident was as keen").
const AS_REACH: usize = 6;

/// Counts as a negation each "less" or "fewer" of either side whose
/// comparison the other side states as a denied equal one ("were less keen"
/// → "not all were as keen": the denial moved into "less"). Each side is
/// its units and the tokens counted as its negations.
pub(super) fn count_less(
    (theirs, src_negators): (&Units, &mut Vec<usize>),
    (ours, sus_negators): (&Units, &mut Vec<usize>),
) {
    let (src_less, sus_less) = (
        restated_less(theirs, ours, sus_negators),
        restated_less(ours, theirs, src_negators),
    );
    for (negators, less) in [(src_negators, src_less), (sus_negators, sus_less)] {
        negators.extend(less);
        negators.sort_unstable();
        negators.dedup();
    }
}

/// Tokens of the "less" or "fewer" in `units` whose comparison `other`
/// states as a denied equal one ("less keen" → "not as keen", "fewer
/// buyers" → "not so many buyers", "less than hoped" → "not as much as hoped"): there the denial moved into the
/// comparative, which counts as the negation it restates.
/// `other_negators` are the tokens of `other` counted as negations.
fn restated_less(units: &Units, other: &Units, other_negators: &[usize]) -> Vec<usize> {
    let (words, theirs) = (units.words(), other.words());
    // The equal comparisons a negation of `other` denies, as the word compared.
    let denied: Vec<&str> = (0..theirs.len())
        .filter(|&j| matches!(theirs[j], "as" | "so"))
        .filter(|&j| {
            (j.saturating_sub(AS_REACH)..j).any(|n| other_negators.contains(&other.token[n]))
        })
        .filter_map(|j| match theirs.get(j + 1..j + 3) {
            // "did not fall as much as hoped" → "fell less than hoped";
            // "as far as feared" likewise.
            Some(["many" | "much" | "far", "as"]) => Some("than"),
            Some(["many" | "much", w]) => Some(*w),
            _ => theirs.get(j + 1).copied(),
        })
        .collect();
    // "less than half the usual amount" → "not a large part of it": a size
    // the negation denies restates a comparison below a figure.
    let size_denied = || {
        (0..theirs.len()).any(|j| {
            (j.saturating_sub(AS_REACH)..j).any(|n| other_negators.contains(&other.token[n]))
                && ["small", "little", "few"]
                    .iter()
                    .any(|s| are_antonyms(theirs[j], s))
        })
    };
    // "less than half the seats" → "not even half the seats": the figure
    // itself denied.
    let figure_denied = |k: usize| {
        let figure = match words.get(k + 2..) {
            Some([article @ ("a" | "one"), next, ..]) => vec![*article, *next],
            Some([first, ..]) => vec![*first],
            _ => return false,
        };
        (0..theirs.len()).any(|j| {
            other_negators.contains(&other.token[j])
                && [j + 1, j + 2].into_iter().any(|f| {
                    (f == j + 1 || matches!(theirs.get(j + 1), Some(&("even" | "quite"))))
                        && theirs.get(f..f + figure.len()) == Some(&figure[..])
                })
        })
    };
    // "no less than 60" is a lower bound, not a shortfall.
    let bound = |k: usize| k > 0 && matches!(words[k - 1], "no" | "not");
    // "had not fallen as fast" → "had fallen more slowly": "more" and the
    // compared word's opposite.
    // An adverb counts by its adjective ("slowly" for "slow").
    let opposite = |w: &str| {
        let root = w.strip_suffix("ly").unwrap_or(w);
        denied
            .iter()
            .any(|d| are_antonyms(w, d) || are_antonyms(root, d))
    };
    (0..words.len())
        .filter(|&k| match words[k] {
            "less" | "fewer" => words.get(k + 1).is_some_and(|w| {
                denied.contains(w)
                    || (*w == "than" && !bound(k) && (size_denied() || figure_denied(k)))
            }),
            "more" => words.get(k + 1).is_some_and(|w| opposite(w)),
            _ => false,
        })
        .map(|k| units.token[k])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn less_restates_a_denied_equal_comparison() {
        let less = Units::of_words(&["some", "were", "less", "keen"]);
        let not_as = Units::of_words(&["not", "all", "were", "as", "keen"]);
        assert_eq!(restated_less(&less, &not_as, &[0]), [2]);
        // Undenied, "as keen" is no "less keen".
        assert!(restated_less(&less, &not_as, &[]).is_empty());
        let fewer = Units::of_words(&["fewer", "buyers", "came"]);
        let not_many = Units::of_words(&["not", "as", "many", "buyers", "came"]);
        assert_eq!(restated_less(&fewer, &not_many, &[0]), [0]);
        let less_than = Units::of_words(&["fell", "less", "than", "hoped"]);
        let not_as_much = Units::of_words(&["not", "fall", "as", "much", "as", "hoped"]);
        assert_eq!(restated_less(&less_than, &not_as_much, &[0]), [1]);
        let slowly = Units::of_words(&["fell", "more", "slowly", "than", "hoped"]);
        let not_fast = Units::of_words(&["not", "fallen", "as", "fast", "as", "hoped"]);
        assert_eq!(restated_less(&slowly, &not_fast, &[0]), [1]);
        let below = Units::of_words(&["less", "than", "half", "the", "usual"]);
        let not_large = Units::of_words(&["not", "a", "large", "part"]);
        assert_eq!(restated_less(&below, &not_large, &[0]), [0]);
        assert!(restated_less(&below, &not_large, &[]).is_empty());
        let half = Units::of_words(&["less", "than", "half", "the", "seats"]);
        let not_even = Units::of_words(&["not", "even", "half", "the", "seats"]);
        assert_eq!(restated_less(&half, &not_even, &[0]), [0]);
        let third = Units::of_words(&["fewer", "than", "a", "third", "voted"]);
        let not_third = Units::of_words(&["not", "even", "a", "third", "voted"]);
        assert_eq!(restated_less(&third, &not_third, &[0]), [0]);
        let quarter = Units::of_words(&["not", "even", "a", "quarter", "voted"]);
        assert!(restated_less(&third, &quarter, &[0]).is_empty());
        let bound = Units::of_words(&["no", "less", "than", "sixty"]);
        assert!(restated_less(&bound, &not_large, &[0]).is_empty());
    }
}
