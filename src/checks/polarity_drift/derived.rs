//! A negative word that restates an undenied plain word of its own family on
//! the other side ("during the suspension" → "while shipments were
//! suspended") carries no negation that side lacks.

use super::negators::DENIED_REACH;
use crate::lexicon::negation::{implicit_negatives, is_negator, is_negator_word};
use crate::text::words::is_stopword;

/// Shortest beginning a negative word's base form shares with a word of
/// the same family ("suspend", "suspension"; not "refer", "refuse").
const FAMILY_PREFIX: usize = 5;

/// Whether negative base form `base`, found in `fewer` only, restates a word
/// of its family in `more` that is neither negative nor denied nor in
/// `fewer`: the negation it carries was already in that word, undenied.
pub(super) fn restates_plain_word(base: &str, fewer: &[&str], more: &[&str]) -> bool {
    more.iter().enumerate().any(|(k, m)| {
        !fewer.contains(m)
            && !is_stopword(m)
            && !is_negator_word(m)
            && implicit_negatives(&more[k..=k]).is_empty()
            && !(k.saturating_sub(DENIED_REACH)..k)
                .any(|j| is_negator(more, j, more.get(j + 1) == Some(&"one")))
            && same_family(base, m)
    })
}

/// Whether `m` begins with at least [`FAMILY_PREFIX`] letters of `base` and
/// is longer than it ("suspend" → "suspension").
fn same_family(base: &str, m: &str) -> bool {
    let shared = base
        .chars()
        .zip(m.chars())
        .take_while(|(x, y)| x == y)
        .count();
    shared >= FAMILY_PREFIX && m.len() > base.len()
}
