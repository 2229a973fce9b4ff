//! A denying word swapped for a synonym from another of its senses: "close
//! to giving up" → "near to surrendering". The words are the source's own,
//! told in another sense or plainly restated; no truth is reversed, and
//! garbled-phrase owns a swap in the wrong sense.

use super::negation::Sides;
use crate::align::Edit;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::wordnet::{self, share_lemma, synonym_rank};

/// Whether a source negator in edit `e`, alone or as a phrase with the word
/// before or after it ("giving up"), shares a WordNet synset with a verb of
/// the suspect's side of the edit that denies nothing.
pub(super) fn denier_as_synonym(sides: Sides, e: &Edit) -> bool {
    let Sides {
        doc,
        src,
        src_negators,
        ..
    } = sides;
    let verb = |w: &str| wordnet::parts_of_speech(w) & wordnet::VERB != 0;
    let ours: Vec<&str> = e
        .suspect
        .clone()
        .map(|t| doc.tokens[t].norm.as_str())
        .filter(|&w| verb(w) && !is_negator_word(w))
        .collect();
    if ours.is_empty() {
        return false;
    }
    let norm = |t: usize| src.tokens.get(t).map(|k| k.norm.as_str());
    src_negators
        .iter()
        .filter(|t| e.source.contains(t))
        .any(|&t| {
            let word = &src.tokens[t].norm;
            let mut told = vec![word.clone()];
            told.extend(
                t.checked_sub(1)
                    .and_then(norm)
                    .map(|p| format!("{p} {word}")),
            );
            told.extend(norm(t + 1).map(|n| format!("{word} {n}")));
            ours.iter()
                .any(|w| !share_lemma(word, w) && told.iter().any(|p| synonym_rank(p, w).is_some()))
        })
}
