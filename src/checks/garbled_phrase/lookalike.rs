//! Look-alikes: a substitute spelt like the original, not a synonym of it
//! ("gloom" → "doom").

use super::evidence::family_rank;
use crate::lexicon::frequency::rank;
use crate::lexicon::thesaurus;
use crate::text::words::{shares_root, stem};

/// Similarity (normalised Levenshtein) from which two different words look alike.
const LOOKALIKE: f64 = 0.6;

/// Frequency rank within which a substitute, or its base form, is too common
/// to be a mere look-alike ("past" → "last", "spent" → "slept" are choices,
/// not slips: a form's own rank understates a word split among inflections).
const COMMON_RANK: u32 = 3_000;

/// Frequency rank within which a substitute more than a letter away is too
/// common to be a slip for a commoner word: a writer knows it and picks it for
/// its sense (water "lines" → "pipes"; "power" → "powder" is a slip).
const KNOWN_RANK: u32 = 10_000;

/// Two different words spelt alike ("gloom", "doom"), not one derived from the
/// other ("images", "imagery"; "day", "daily") nor, more than a letter
/// apart, kin in the thesaurus ("possible", "feasible"; "designed",
/// "devised": a writer's choice, where "power" → "powder" is a slip), the
/// substitute not among the commonest words nor an inflection of one.
///
/// A careful writer picks a look-alike of about the original's frequency on
/// purpose ("barred" → "banned", "carry" → "ferry"); a slip lands on a much
/// rarer word a letter away or past the commonest 10,000 ("fund" → "fount") or, between two rare words, on one a letter
/// or two away ("gloom" → "doom").
pub(super) fn looks_alike(from: &str, to: &str) -> bool {
    let (rf, rt) = (rank(from), rank(to));
    let typo = strsim::levenshtein(from, to) <= 1;
    let slip = ((rt > KNOWN_RANK || typo) && rt / LOOKALIKE_RARITY >= rf)
        || (rf > RARE_LOOKALIKE_RANK && strsim::levenshtein(from, to) <= 2);
    family_rank(to) > COMMON_RANK
        && slip
        && strsim::normalized_levenshtein(from, to) >= LOOKALIKE
        && stem(from) != stem(to)
        && from.len().abs_diff(to.len()) <= 1
        && !shares_root(from, to)
        && (typo || !thesaurus::related(from, to))
}

/// A look-alike this many times rarer than the original is a slip.
const LOOKALIKE_RARITY: u32 = 4;

/// Frequency rank past which an original is rare enough that a look-alike a
/// letter or two away is a slip whatever its own frequency.
const RARE_LOOKALIKE_RANK: u32 = 20_000;
