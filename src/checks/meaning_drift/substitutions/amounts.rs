//! An amount told by "some" ("some disruption") weighed against a word of
//! degree ("major disruption").

use crate::lexicon::stance::{Stance, stances};
use crate::lexicon::wordnet::{NOUN, lemmas, parts_of_speech};
use crate::text::Document;

/// A degree told by "some" before a noun in the singular ("some disruption"):
/// an amount, low, not a scope; otherwise the degree the table gives a word.
fn degree_of(d: &Document, t: usize, word: &str) -> Option<(Stance, bool)> {
    let amount = word == "some"
        && d.tokens.get(t + 1).is_some_and(|n| {
            parts_of_speech(&n.norm) & NOUN != 0 && lemmas(&n.norm).contains(&n.norm)
        });
    let low = Stance {
        class: "degree",
        group: "low",
    };
    if amount {
        return Some((low, true));
    }
    stances(word)
        .iter()
        .find(|s| s.class == "degree")
        .map(|s| (*s, false))
}

/// "caused some disruption" → "caused major disruption", "strong opposition"
/// → "some opposition": an amount told by "some" exchanged for a word of
/// another degree.
pub(super) fn amount_shift(
    (src, f, from): (&Document, usize, &str),
    (doc, t, to): (&Document, usize, &str),
) -> Option<(Stance, Stance)> {
    let (a, by_some) = degree_of(src, f, from)?;
    let (b, to_some) = degree_of(doc, t, to)?;
    ((by_some || to_some) && a.group != b.group).then_some((a, b))
}
