//! A season named as a time ("last spring", "in autumn 2025") swapped for a
//! word that does not share its first sense, the season ("last coil", "early
//! leap").

use super::collocation::InContext;
use crate::lexicon::wordnet;

/// The seasons, as nouns that name a time of year.
const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];

/// Words before a season that make it a time of year ("next spring",
/// "early autumn"); "the" is left out, as "the fall" is as often a decline.
const TIME_BEFORE: &[&str] = &[
    "last", "next", "this", "early", "late", "in", "each", "every", "mid",
];

/// Whether `from`, a season named as a time (after "last", "in" and the
/// like, or before a year: "spring 2025", "the spring of 2028"), became a word
/// that is no season and does not share the season's first noun sense, the
/// season ("spring" → "leap", "coil"; "spring" → "springtime" passes): the
/// spinner took another sense of the word, which its place as a time rules
/// out.
pub(super) fn season_swapped(from: &InContext, to: &InContext) -> bool {
    let year =
        |w: Option<&str>| w.is_some_and(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    let as_time = from.before.is_some_and(|b| TIME_BEFORE.contains(&b))
        || year(from.after)
        || from.after == Some("of") && year(from.object);
    as_time
        && SEASONS.contains(&from.word)
        && !SEASONS.contains(&to.word)
        && !wordnet::shared_senses(from.word, to.word)
            .iter()
            .any(|&(part, rank)| part == wordnet::NOUN && rank == 1)
}
