//! Negations that come with new content: a clause the rewrite inserted
//! ("Nobody was injured when a jet …") or a quotation recast around a new
//! denial, not a flip of anything the source said.

use super::negators::{DENIED_REACH, content_after};
use crate::align::{AlignedPair, Edit};
use crate::lexicon::negation::is_negator_word;
use crate::text::Document;
use crate::text::words::stem;
use rustc_hash::FxHashSet;

/// Fewest words, besides its negators, an insertion holds to count as new
/// content rather than a negation slipped into the source's words.
const MIN_NEW_WORDS: usize = 3;

/// Whether an inserted stretch with its own negations is new content: long
/// enough to say something of its own, and each negator denying a word the
/// source sentence never uses ("… and nobody was hurt" added after a crash
/// the source tells without it). A negator slipped in before a source word
/// ("will not be exempt") still counts as a flip.
pub(super) fn new_content(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    e: &Edit,
    added: &[usize],
) -> bool {
    let words = doc
        .words(e.suspect.clone())
        .filter(|(_, t)| !is_negator_word(&t.norm))
        .count();
    if !e.source.is_empty() || words < MIN_NEW_WORDS {
        return false;
    }
    denies_new_words(doc, src, pair, e, added, true)
}

/// Whether a quotation's words were rewritten around a negation that
/// denies a word the source sentence never uses ("Hospitals have worked
/// hard" → "Hospitals have failed to keep up"): a quote recast, which
/// misquote reports, not a flip of anything the speaker said. A negation
/// dropped, or put before a word the source has ("we can ignore" for "we
/// cannot ignore"), still counts.
pub(super) fn recast_quote(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    e: &Edit,
    added: &[usize],
) -> bool {
    !added.is_empty()
        && added.iter().all(|&t| doc.quotes.encloses(t))
        && denies_new_words(doc, src, pair, e, added, false)
}

/// Whether each negator in `added` denies a word of its edit whose root
/// the source sentence never uses (or, with `or_none`, denies no word of
/// its edit).
fn denies_new_words(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    e: &Edit,
    added: &[usize],
    or_none: bool,
) -> bool {
    let source: FxHashSet<String> = src
        .words(pair.source_tokens(src))
        .map(|(_, t)| stem(&t.norm))
        .collect();
    added.iter().all(|&t| {
        content_after(doc, t + 1..e.suspect.end, DENIED_REACH)
            .map_or(or_none, |w| !source.contains(&stem(w)))
    })
}
