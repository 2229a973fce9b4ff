//! A preference stated both ways: "would rather see signs than new rules" →
//! "would prefer signs to new rules" restates; the "rather" denies what the
//! "to" of "prefer" sets aside.

use super::same_root;
use crate::align::units::Units;
use crate::text::words::is_stopword;

/// Words after "rather" searched for its "than", and after "prefer" for
/// its "to" or "over".
const PREFERENCE_REACH: usize = 8;

/// Words after "than", "to" or "over" searched for what is set aside.
const SET_ASIDE_REACH: usize = 4;

/// Drops from `negators` (tokens of `units`) each "rather" whose "than"
/// sets aside a thing the other side (`other`, holding no "rather" or
/// "instead" of its own) sets aside after a "prefer … to" or "prefer …
/// over": the same preference, no denial. The preferred thing must come
/// first there too ("would rather see signs than rules" → "would prefer
/// rules to signs" is weighed as a denial removed).
pub(in crate::checks::polarity_drift) fn restating_preference(
    units: &Units,
    negators: &mut Vec<usize>,
    other: &Units,
) {
    let ow = other.words();
    if !ow.iter().any(|w| w.starts_with("prefer"))
        || ow.iter().any(|w| matches!(*w, "rather" | "instead"))
    {
        return;
    }
    let words = units.words();
    negators.retain(|&t| {
        let Some(k) = units.token.iter().position(|&u| u == t) else {
            return true;
        };
        if words[k] != "rather" {
            return true;
        }
        let Some(h) =
            (k + 1..words.len().min(k + 2 + PREFERENCE_REACH)).find(|&i| words[i] == "than")
        else {
            return true;
        };
        let Some(set_aside) = first_content(&words, h + 1) else {
            return true;
        };
        !set_aside_after_prefer(&ow, set_aside)
    });
}

/// The first word of content among the [`SET_ASIDE_REACH`] words of `words`
/// from `from`.
fn first_content<'a>(words: &[&'a str], from: usize) -> Option<&'a str> {
    words
        .iter()
        .skip(from)
        .take(SET_ASIDE_REACH)
        .copied()
        .find(|w| !is_stopword(w))
}

/// Whether `words` prefer something to `set_aside`: a "prefer" with a "to"
/// or "over" after its object (not "prefer to wait") and `set_aside` after
/// that, not before it.
fn set_aside_after_prefer(words: &[&str], set_aside: &str) -> bool {
    (0..words.len())
        .filter(|&p| words[p].starts_with("prefer"))
        .any(|p| {
            (p + 2..words.len().min(p + 2 + PREFERENCE_REACH))
                .find(|&q| matches!(words[q], "to" | "over"))
                .is_some_and(|q| {
                    !words[p + 1..q].iter().any(|w| same_root(w, set_aside))
                        && words
                            .iter()
                            .skip(q + 1)
                            .take(SET_ASIDE_REACH)
                            .any(|w| same_root(w, set_aside))
                })
        })
}
