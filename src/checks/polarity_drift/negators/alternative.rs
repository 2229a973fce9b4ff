//! An alternative set aside in other words: "using towers in place of
//! cliffs" → "using towers instead of cliffs", "chose cremation over
//! burial" → "opted for cremation rather than burial". The "rather" or
//! "instead" denies what the other side's phrase sets aside.

use super::same_root;
use crate::align::units::Units;
use crate::lexicon::wordnet::{lemmas, synonym_rank};
use crate::text::words::is_stopword;

/// Words after "rather" searched for its "than".
const THAN_REACH: usize = 8;

/// Words after a phrase of alternative searched for what it sets aside.
const SET_ASIDE_REACH: usize = 4;

/// Words before a phrase of alternative within which what it sets aside
/// must not stand (the preferred thing comes first).
const PREFERRED_REACH: usize = 8;

/// Words before "over" searched for a verb of choice.
const CHOICE_REACH: usize = 4;

/// Verbs of choice after which "over" sets a thing aside ("chose
/// cremation over burial", "opted for buses over trams").
const CHOICES: &[&str] = &[
    "choose", "opt", "prefer", "favour", "favor", "pick", "select",
];

/// Phrases that set aside the thing after them, as "instead of" does.
const ALTERNATIVES: &[&[&str]] = &[
    &["in", "place", "of"],
    &["in", "lieu", "of"],
    &["as", "opposed", "to"],
    &["in", "preference", "to"],
    &["instead", "of"],
    &["rather", "than"],
];

/// Drops from each side's negators (tokens of `theirs` and `ours`) each
/// "rather" of "rather … than" or "instead" of "instead of" whose set-aside
/// thing the other side sets aside too, after a phrase of alternative it
/// does not count as a negation ("in place of", "as opposed to", "over"
/// after a verb of choice, or a "rather than" or "instead of" read as
/// comparing figures): the same alternative, no denial. The thing set
/// aside must not come first there ("towers in place of cliffs" →
/// "cliffs instead of towers" is weighed as a denial added).
pub(in crate::checks::polarity_drift) fn restating_alternative(
    (theirs, src_negators): (&Units, &mut Vec<usize>),
    (ours, sus_negators): (&Units, &mut Vec<usize>),
) {
    let drop_src = restated(theirs, src_negators, ours, sus_negators);
    let drop_sus = restated(ours, sus_negators, theirs, src_negators);
    src_negators.retain(|t| !drop_src.contains(t));
    sus_negators.retain(|t| !drop_sus.contains(t));
}

/// The negators of `units` that [`restating_alternative`] drops, against
/// `other` and its negators.
fn restated(
    units: &Units,
    negators: &[usize],
    other: &Units,
    other_negators: &[usize],
) -> Vec<usize> {
    let words = units.words();
    let ow = other.words();
    let uncounted = |k: usize| !other_negators.contains(&other.token[k]);
    negators
        .iter()
        .copied()
        .filter(|&t| {
            let Some(k) = units.token.iter().position(|&u| u == t) else {
                return false;
            };
            let from = match words[k] {
                "instead" if words.get(k + 1) == Some(&"of") => k + 2,
                "rather" => match (k + 1..words.len().min(k + 1 + THAN_REACH))
                    .find(|&i| words[i] == "than")
                {
                    Some(h) => h + 1,
                    None => return false,
                },
                _ => return false,
            };
            let Some(set_aside) = words
                .iter()
                .skip(from)
                .take(SET_ASIDE_REACH)
                .find(|w| !is_stopword(w))
            else {
                return false;
            };
            (0..ow.len()).any(|q| {
                alternative_at(&ow, q, uncounted)
                    .is_some_and(|after| sets_aside(&ow, q, after, set_aside))
            })
        })
        .collect()
}

/// Where what is set aside starts when a phrase of alternative that
/// `uncounted` (by the unit of its first word) lets stand opens at unit `q`
/// of `words`: a phrase of [`ALTERNATIVES`] (its "instead" or "rather" not
/// counted as a negation) or an "over" after a verb of choice.
fn alternative_at(words: &[&str], q: usize, uncounted: impl Fn(usize) -> bool) -> Option<usize> {
    if words[q] == "over" {
        let choice = words[q.saturating_sub(CHOICE_REACH)..q]
            .iter()
            .any(|w| lemmas(w).iter().any(|l| CHOICES.contains(&l.as_str())));
        return choice.then_some(q + 1);
    }
    ALTERNATIVES
        .iter()
        .find(|p| words[q..].starts_with(p))
        .filter(|p| !matches!(p[0], "instead" | "rather") || uncounted(q))
        .map(|p| q + p.len())
}

/// Whether `set_aside` stands among the [`SET_ASIDE_REACH`] words of
/// `words` from `after` and not among the [`PREFERRED_REACH`] before the
/// phrase opening at `q`, also as a synonym ("in place of the heavy horse
/// ring" → "instead of the weighty horse ring").
fn sets_aside(words: &[&str], q: usize, after: usize, set_aside: &str) -> bool {
    let same = |w: &&str| same_root(w, set_aside) || synonym_rank(w, set_aside).is_some();
    words.iter().skip(after).take(SET_ASIDE_REACH).any(same)
        && !words[q.saturating_sub(PREFERRED_REACH)..q].iter().any(same)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dropped(a: &[&str], b: &[&str]) -> (Vec<usize>, Vec<usize>) {
        let (theirs, ours) = (Units::of_words(a), Units::of_words(b));
        let negators = |w: &[&str]| {
            (0..w.len())
                .filter(|&k| matches!(w[k], "rather" | "instead"))
                .collect::<Vec<_>>()
        };
        let (mut src, mut sus) = (negators(a), negators(b));
        restating_alternative((&theirs, &mut src), (&ours, &mut sus));
        (src, sus)
    }

    #[test]
    fn an_alternative_in_other_words_restates() {
        let towers = ["using", "towers", "in", "place", "of", "cliffs"];
        let instead = ["using", "towers", "instead", "of", "cliffs"];
        assert_eq!(dropped(&towers, &instead), (vec![], vec![]));
        let chose = ["chose", "cremation", "over", "burial"];
        let rather = ["opted", "for", "cremation", "rather", "than", "burial"];
        assert_eq!(dropped(&chose, &rather), (vec![], vec![]));
        // What is set aside may be told by a synonym.
        let heavy = ["a", "zone", "in", "place", "of", "the", "heavy", "ring"];
        let weighty = ["a", "zone", "instead", "of", "the", "weighty", "ring"];
        assert_eq!(dropped(&heavy, &weighty), (vec![], vec![]));
    }

    #[test]
    fn an_alternative_turned_round_still_denies() {
        let towers = ["using", "towers", "in", "place", "of", "cliffs"];
        let cliffs = ["using", "cliffs", "instead", "of", "towers"];
        assert_eq!(dropped(&towers, &cliffs), (vec![], vec![2]));
        // "over" after no verb of choice sets nothing aside.
        let over = ["won", "over", "burial"];
        let rather = ["won", "cremation", "rather", "than", "burial"];
        assert_eq!(dropped(&over, &rather), (vec![], vec![2]));
        // Both sides counting their "rather" keep both.
        let both = ["cremation", "rather", "than", "burial"];
        assert_eq!(dropped(&both, &both), (vec![1], vec![1]));
    }
}
