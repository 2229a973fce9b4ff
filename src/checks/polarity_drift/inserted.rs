//! Negations that come with new content: a clause the rewrite inserted
//! ("Nobody was injured when a jet …") or a quotation recast around a new
//! denial, not a flip of anything the source said.

use super::negators::{DENIED_REACH, content_after};
use crate::align::{AlignedPair, Edit, EditKind};
use crate::checks::grammar::{AUXILIARIES, MODALS};
use crate::lexicon::determiners::{is_article, is_possessive};
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::wordnet::{VERB, parts_of_speech};
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
/// ("will not be exempt"), or before a verb standing in for one the source
/// lost ([`restates_lost_verb`]), still counts as a flip.
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
        && !restates_lost_verb(doc, src, pair, e, added)
}

/// Whether a negator in `added` denies a verb standing in for one the
/// rewrite deleted while keeping the words on either side of it, its
/// parties: the clause recast around a swapped verb ("The team has
/// approved new rules" → "New rules have not been endorsed by the team").
fn restates_lost_verb(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    e: &Edit,
    added: &[usize],
) -> bool {
    let is_verb = |w: &str| parts_of_speech(w) & VERB != 0;
    let kept: FxHashSet<String> = doc
        .words(pair.suspect_tokens(doc))
        .map(|(_, t)| stem(&t.norm))
        .collect();
    let sentence = pair.source_tokens(src);
    let content = |i: usize| content_after(src, i..i + 1, 1);
    let party_kept = |words: Vec<usize>| {
        words
            .into_iter()
            .find_map(content)
            .is_some_and(|w| kept.contains(&stem(w)))
    };
    // A verb in use, undenied: no article or possessive before it ("the
    // boost to river flow"), no negator in what was lost ("was not based
    // on" restated).
    let lost_verb = |d: &Edit| {
        !src.words(d.source.clone())
            .any(|(_, t)| is_negator_word(&t.norm))
            && src.words(d.source.clone()).any(|(i, t)| {
                let before: Vec<usize> = src.words(sentence.start..i).map(|(j, _)| j).collect();
                let after: Vec<usize> = src.words(i + 1..sentence.end).map(|(j, _)| j).collect();
                content(i).is_some_and(is_verb)
                    && !kept.contains(&stem(&t.norm))
                    && !before.last().is_some_and(|&j| {
                        is_article(&src.tokens[j].norm) || is_possessive(&src.tokens[j].norm)
                    })
                    && party_kept(before.iter().rev().take(DENIED_REACH).copied().collect())
                    && party_kept(after.iter().take(DENIED_REACH).copied().collect())
            })
    };
    // A verb's own denial ("have not been", "have yet to be"), not a
    // "nobody" or "no figure" telling something new.
    let verb_denied = |t: usize| {
        doc.words(pair.suspect_tokens(doc).start..t)
            .last()
            .is_some_and(|(_, w)| {
                AUXILIARIES.contains(&w.norm.as_str()) || MODALS.contains(&w.norm.as_str())
            })
            && content_after(doc, t + 1..e.suspect.end, DENIED_REACH).is_some_and(is_verb)
    };
    added.iter().any(|&t| verb_denied(t))
        && pair
            .edits
            .iter()
            .any(|d| d.kind != EditKind::Equal && lost_verb(d))
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
