//! Figures and the bounds set on them, read off a sentence's words.

use super::words::numeral;
use crate::text::numbers::{plain_number, scale_of};

/// Whether a figure opens `words` at `k` ("40", "186,000", "five
/// thousand", "a hundred million").
pub(super) fn figure_at(words: &[String], k: usize) -> bool {
    let Some(w) = words.get(k).map(String::as_str) else {
        return false;
    };
    numeral(w)
        || plain_number(w).is_some()
        || (w == "a" && words.get(k + 1).is_some_and(|n| scale_of(n).is_some()))
}

/// Whether a bound on a figure stands at word `k` of `words` ("more than
/// 40", "fewer than five", "at least 12", "up to 3", "over 90").
pub(super) fn bound_at(words: &[String], k: usize) -> bool {
    let prev = k.checked_sub(1).map(|p| words[p].as_str());
    let bound = match words[k].as_str() {
        "than" => matches!(prev, Some("more" | "less" | "fewer")),
        "least" => prev == Some("at"),
        "to" => prev == Some("up"),
        "over" | "under" => true,
        _ => false,
    };
    bound && figure_at(words, k + 1)
}
