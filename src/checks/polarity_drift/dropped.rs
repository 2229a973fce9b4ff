//! A denied clause dropped or rewritten whole: the denial left with the
//! clause and what it denied, no flip of its own.

use super::negators::{DENIED_REACH, NEGATOR_TAILS};
use crate::align::{AlignedPair, Edit};
use crate::checks::grammar::AUXILIARIES;
use crate::lexicon::negation::{implicit_negatives, is_negator_word};
use crate::lexicon::wordnet::{self, are_antonyms};
use crate::text::Document;
use crate::text::words::{is_stopword, shares_root};

/// Whether the suspect side of edit `e` brings no word of content the
/// source's sentence lacks: the clause went, nothing took its place but words
/// moved ("though no decision has been made" → "officials said").
pub(super) fn nothing_new(doc: &Document, src: &Document, pair: &AlignedPair, e: &Edit) -> bool {
    doc.words(e.suspect.clone()).all(|(_, t)| {
        is_stopword(&t.norm)
            || src
                .words(pair.source_tokens(src))
                .any(|(_, x)| x.norm == t.norm)
    })
}

/// Source words from which a changed edit is a clause rewritten whole.
pub(super) const REWRITTEN_CLAUSE: usize = 6;

/// Whether none of the words the source negator at token `t` denies (the
/// content words among the [`DENIED_REACH`] after it) is kept in `ours`,
/// as itself, a word of its root, a synonym or an opposite; `outright` when
/// the clause went with nothing new in its place.
pub(super) fn denial_dropped(
    src: &Document,
    pair: &AlignedPair,
    t: usize,
    ours: &[&str],
    outright: bool,
) -> bool {
    let end = pair.source_tokens(src).end.max(t + 1);
    let denied: Vec<&str> = src
        .words(t + 1..end)
        .take(DENIED_REACH)
        .map(|(_, w)| w.norm.as_str())
        .filter(|w| {
            !is_stopword(w)
                && !AUXILIARIES.contains(w)
                && !NEGATOR_TAILS.contains(w)
                && !is_negator_word(w)
        })
        .collect();
    // "not come as a surprise" → "caught them off guard": a negative word
    // kept by another of the same meaning.
    let negatives = implicit_negatives(ours);
    // Where the clause went outright, an auxiliary keeps nothing ("but no
    // decision has been made" dropped: "has" is no synonym of "made" here).
    let kept = |w: &str| {
        ours.iter()
            .filter(|o| !(outright && AUXILIARIES.contains(*o)))
            .any(|o| {
                shares_root(o, w) || wordnet::synonym_rank(o, w).is_some() || are_antonyms(o, w)
            })
            || implicit_negatives(&[w])
                .iter()
                .any(|n| negatives.contains(n))
    };
    !denied.is_empty() && !denied.iter().any(|w| kept(w))
}
