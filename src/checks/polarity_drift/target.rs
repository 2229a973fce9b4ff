//! A denied attainment restated as a shortfall: "profit did not reach the 40
//! million pounds expected" → "profit came in below the 40 million pounds
//! expected", "did not hit its target" → "fell short of its target".

use crate::align::units::Units;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::wordnet::lemmas;
use crate::text::words::is_stopword;

/// Verbs of attaining a level or a mark, whose denial a shortfall restates,
/// and the "at" of a level ("did not run at full capacity" → "ran below
/// full capacity").
const ATTAINING: &[&str] = &[
    "reach", "hit", "meet", "top", "exceed", "surpass", "achieve", "match", "attain", "at",
];

/// Words that place an amount beneath a mark ("below the 40 million",
/// "short of its target", "under 30 percent").
const BENEATH: &[&str] = &["below", "under", "short", "shy", "beneath"];

/// Words after a negator within which the verb of attaining is looked for
/// ("did not quite reach", "has not yet been met").
const ATTAINING_REACH: usize = 4;

/// Words after the verb, and after the word placing beneath, within which
/// the mark's first content word is looked for ("reach the 40 million" and
/// "below the 40 million").
const MARK_REACH: usize = 3;

/// Whether `w` is a form of a verb of [`ATTAINING`].
fn attaining(w: &str) -> bool {
    ATTAINING.contains(&w) || lemmas(w).iter().any(|l| ATTAINING.contains(&l.as_str()))
}

/// The first content word among the [`MARK_REACH`] after word `k` of `words`.
fn mark_after<'w>(words: &[&'w str], k: usize) -> Option<&'w str> {
    words
        .iter()
        .skip(k + 1)
        .take(MARK_REACH + 1)
        .copied()
        .find(|w| !is_stopword(w) && *w != "of")
}

/// Whether the side with one negation more (`more`) denies attaining a mark
/// that the other (`fewer`) places an amount beneath: "did not reach the 40
/// million" → "below the 40 million". The mark is the first content word
/// after the verb, and it must follow the word placing beneath; a side that
/// places beneath already ("did not fall below") restates nothing.
pub(super) fn shortfall_of_mark(fewer: &Units, more: &Units) -> bool {
    let (fw, mw) = (fewer.words(), more.words());
    if mw.iter().any(|w| BENEATH.contains(w)) {
        return false;
    }
    let marks: Vec<&str> = mw
        .iter()
        .enumerate()
        .filter(|(k, w)| {
            attaining(w) && (k.saturating_sub(ATTAINING_REACH)..*k).any(|j| is_negator_word(mw[j]))
        })
        .filter_map(|(k, _)| mark_after(&mw, k))
        .collect();
    !marks.is_empty()
        && fw.iter().enumerate().any(|(k, w)| {
            BENEATH.contains(w) && mark_after(&fw, k).is_some_and(|m| marks.contains(&m))
        })
}
