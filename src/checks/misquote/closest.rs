//! The source quotation most like a suspect quotation.

use similar::{DiffOp, capture_diff_slices};
use std::cmp::Ordering;

/// The source quotation most like `quote` (the last of equals) with its
/// similarity, or one below `floor` when none reaches it. The costly
/// character comparison is skipped for any quotation whose ceiling cannot
/// reach `floor` or the best found so far, so the choice is the one a full
/// comparison of every quotation makes.
pub(super) fn closest<'a, T>(
    quote: &[String],
    candidates: &'a [(Vec<String>, T)],
    floor: f32,
) -> Option<(f32, &'a [String], &'a T)> {
    let in_order: Vec<f32> = candidates.iter().map(|(s, _)| in_order(quote, s)).collect();
    let mut bar = in_order.iter().copied().fold(floor, f32::max);
    let joined = quote.join(" ");
    let mut best: Option<(f32, &'a [String], &'a T)> = None;
    for ((s, extra), words) in candidates.iter().zip(in_order) {
        let other = s.join(" ");
        if words.max(char_ceiling(&joined, &other)) < bar {
            continue;
        }
        let score = words.max(strsim::normalized_levenshtein(&joined, &other) as f32);
        if best.is_none_or(|(b, ..)| score >= b) {
            best = Some((score, s, extra));
            bar = bar.max(score);
        }
    }
    best
}

/// How alike two word sequences are by in-order shared words (Dice over the
/// LCS); the similarity is the better of this and character-level likeness,
/// so a misspelt one-word quote still finds its counterpart.
fn in_order(a: &[String], b: &[String]) -> f32 {
    let same: usize = capture_diff_slices(similar::Algorithm::Myers, a, b)
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    2.0 * same as f32 / (a.len() + b.len()).max(1) as f32
}

/// An upper bound on `strsim::normalized_levenshtein(a, b) as f32`: every edit
/// removes at most one character the other string lacks from each side, so
/// the distance is at least the larger count of such characters.
fn char_ceiling(a: &str, b: &str) -> f32 {
    let (mut a, mut b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 1.0;
    }
    a.sort_unstable();
    b.sort_unstable();
    let (mut i, mut j, mut only_a, mut only_b) = (0, 0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => (only_a, i) = (only_a + 1, i + 1),
            Ordering::Greater => (only_b, j) = (only_b + 1, j + 1),
            Ordering::Equal => (i, j) = (i + 1, j + 1),
        }
    }
    only_a += a.len() - i;
    only_b += b.len() - j;
    let fewest_edits: usize = only_a.max(only_b);
    (1.0 - fewest_edits as f64 / longer as f64) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ceiling_bounds_the_character_similarity() {
        let pairs = [
            ("kitten", "sitting"),
            ("", "second"),
            ("the plan was sound", "the scheme is unsound"),
            ("café au lait", "cafe au lait"),
            ("abc", "cba"),
        ];
        for (a, b) in pairs {
            let exact = strsim::normalized_levenshtein(a, b) as f32;
            assert!(char_ceiling(a, b) >= exact, "{a} / {b}");
        }
        assert_eq!(char_ceiling("", ""), 1.0);
    }

    #[test]
    fn closest_takes_the_last_of_equals() {
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let quote = words("we will win");
        let candidates = [
            (words("we will win"), 1),
            (words("they lost badly"), 2),
            (words("we will win"), 3),
        ];
        let (score, _, which) = closest(&quote, &candidates, 0.3).unwrap();
        assert_eq!((score, *which), (1.0, 3));
    }
}
