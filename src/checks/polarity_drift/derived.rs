//! A negative word that restates an undenied plain word of its own family on
//! the other side ("during the suspension" → "while shipments were
//! suspended") carries no negation that side lacks.

use super::negators::DENIED_REACH;
use crate::lexicon::negation::{implicit_negatives, is_negator, is_negator_word};
use crate::lexicon::wordnet;
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
            && (same_family(base, m) || names_act(base, m))
    })
}

/// Shortest base form whose whole root (less a final "e") marks a family on
/// its own ("lose", "loss"; not "ban", "bank").
const SHORT_ROOT_BASE: usize = 4;

/// Most letters a word may add to a short root and stay of its family
/// ("lose" → "loss"; not "lose" → "loser's").
const SHORT_ROOT_ENDING: usize = 2;

/// Whether `m` begins with at least [`FAMILY_PREFIX`] letters of `base` and
/// is longer than it ("suspend" → "suspension"), or adds a letter or two to
/// the root of a short base ("lose" → "loss").
fn same_family(base: &str, m: &str) -> bool {
    let shared = base
        .chars()
        .zip(m.chars())
        .take_while(|(x, y)| x == y)
        .count();
    let root = base.strip_suffix('e').unwrap_or(base);
    (shared >= FAMILY_PREFIX && m.len() > base.len())
        || (base.len() >= SHORT_ROOT_BASE
            && m.starts_with(root)
            && (root.len() + 1..=root.len() + SHORT_ROOT_ENDING).contains(&m.len()))
}

/// Endings that make a noun of a verb's act ("refusal", "rejection").
const ACT_ENDINGS: &[&str] = &["al", "ion", "ment", "ure"];

/// Most common senses within which the verb of an act restates `base`.
const ACT_RANK: u8 = 2;

/// Whether `m` names the act of a verb ("refusal" of "refuse") that shares
/// one of its most common senses with `base` ("reject").
fn names_act(base: &str, m: &str) -> bool {
    ACT_ENDINGS.iter().any(|ending| {
        m.strip_suffix(ending).is_some_and(|root| {
            [root.to_string(), format!("{root}e")].iter().any(|verb| {
                wordnet::parts_of_speech(verb) & wordnet::VERB != 0
                    && wordnet::synonym_rank(base, verb).is_some_and(|(x, y)| x.max(y) <= ACT_RANK)
            })
        })
    })
}
