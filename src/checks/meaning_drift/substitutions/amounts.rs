//! An amount told by "some" ("some disruption") weighed against a word of
//! degree ("major disruption").

use crate::lexicon::stance::{Stance, stances};
use crate::lexicon::wordnet::{NOUN, lemmas, parts_of_speech};
use crate::text::Document;
use crate::text::numbers::plain_number;

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
    if let Some(shift) = count_made_whole((src, f, from), (doc, t, to)) {
        return Some(shift);
    }
    let (a, by_some) = degree_of(src, f, from)?;
    let (b, to_some) = degree_of(doc, t, to)?;
    ((by_some || to_some) && a.group != b.group).then_some((a, b))
}

/// Whether `word` is a count ("four", "4").
fn is_count(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) || plain_number(word).is_some()
}

/// "four of them backed it" → "all of them backed it", "two of the three
/// members" → "all three members": a count of a group told as the whole of
/// it, a part made all.
fn count_made_whole(
    (src, f, from): (&Document, usize, &str),
    (doc, t, to): (&Document, usize, &str),
) -> Option<(Stance, Stance)> {
    let of_after = |d: &Document, k: usize| d.tokens.get(k + 1).is_some_and(|n| n.norm == "of");
    let counted = is_count(from) && of_after(src, f);
    // "two of the three" → "all three": the whole of the group the source
    // sizes; "71 of the patients" → "all 86" is a figure changed, number-drift's.
    let size = doc.tokens.get(t + 1).map(|n| n.norm.as_str());
    let sized = size.is_some_and(|n| {
        let named = src.tokens.get(f + 2..(f + 4).min(src.tokens.len()));
        is_count(n) && named.is_some_and(|ws| ws.iter().any(|w| w.norm == n))
    });
    let whole = matches!(to, "all" | "every" | "each") && (of_after(doc, t) || sized);
    let scope = |group| Stance {
        class: "scope",
        group,
    };
    (counted && whole).then(|| (scope("some"), scope("all")))
}
