//! Opposites that keep their own figures: a word that stands by the same
//! figure on both sides refers to the same thing, however the aligner paired
//! it ("exports totalled 31.6 billion, while imports rose 1.8%" → "imports
//! climbed 1.8%, while exports came to 31.6 billion" swaps no opposites).

use super::negators::first_within;

/// Words after a word searched for the figure it stands by.
const FIGURE_REACH: usize = 6;

/// The first figure among the [`FIGURE_REACH`] words after unit `k`.
fn figure_after<'a>(words: &[&'a str], k: usize) -> Option<&'a str> {
    let after = words.get(k + 1..).unwrap_or_default();
    first_within(after, FIGURE_REACH, |w| {
        w.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// Whether suspect unit `k`, paired with source unit `j` as its opposite,
/// stands by a figure that a source word `restates` stands by, and source
/// unit `j` does not: it restates that word, and the opposites refer to
/// different things ("well below the record 12,400 MW" → "short of the record
/// 12,400 MW", however "above" was paired with it).
pub(super) fn restated_by_figure(
    (theirs, j): (&[&str], usize),
    (ours, k): (&[&str], usize),
    restates: impl Fn(&str) -> bool,
) -> bool {
    let Some(figure) = figure_after(ours, k) else {
        return false;
    };
    figure_after(theirs, j) != Some(figure)
        && theirs
            .iter()
            .enumerate()
            .any(|(i, w)| i != j && restates(w) && figure_after(theirs, i) == Some(figure))
}
