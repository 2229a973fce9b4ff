//! Lemmatisation as WordNet's morphy does it: the exception list of
//! irregular forms ("drove" → "drive"), then suffix rules ("investors" →
//! "investor"), keeping the base forms WordNet knows.

use super::detach::DETACH;
use super::tsv::pairs;
use super::{LEMMAS, is_lemma};
use crate::text::memo::{Memo, memoised};
use std::rc::Rc;

/// The base forms WordNet's exception list gives an irregular `word`
/// ("drove" → "drive", "frozen" → "freeze"), in the list's order: the lines
/// from the form's first one (the list is sorted by inflected form, so one
/// form's lines follow one another; a test checks it).
pub fn exceptions(word: &str) -> impl Iterator<Item = &'static str> {
    let text = LEMMAS.text;
    let first = LEMMAS
        .entry(word)
        .map_or(text.len(), |(key_end, _)| key_end - word.len());
    pairs(&text[first..])
        .take_while(move |&(inflected, _)| inflected == word)
        .map(|(_, base)| base)
}

/// Base forms of a lower-case word or phrase that WordNet knows (the word itself
/// first, if known); a phrase is lemmatised on its first word ("held up" → "hold up").
///
/// They are remembered per thread (the same words are compared with many
/// others across a document's sentence pairs), up to [`LEMMA_CACHE`] words.
pub fn lemmas(word: &str) -> Rc<[String]> {
    thread_local! {
        static CACHE: Memo<Rc<[String]>> = Memo::default();
    }
    memoised(
        &CACHE,
        word,
        LEMMA_CACHE,
        || base_forms(word).into(),
        Rc::clone,
    )
}

/// Whether two words are one word or share a base form ("won", "winning").
pub fn share_lemma(a: &str, b: &str) -> bool {
    a == b || {
        let theirs = lemmas(b);
        lemmas(a).iter().any(|l| theirs.contains(l))
    }
}

/// Most words whose lemmas a thread remembers.
pub(super) const LEMMA_CACHE: usize = 50_000;

/// [`lemmas`], worked out and not remembered: for a phrase asked of once.
pub fn base_forms(word: &str) -> Vec<String> {
    if let Some((head, rest)) = word.split_once(' ') {
        let mut out: Vec<String> = Vec::new();
        for base in std::iter::once(head.to_string()).chain(inflections(head)) {
            let phrase = format!("{base} {rest}");
            if is_lemma(&phrase) && !out.contains(&phrase) {
                out.push(phrase);
            }
        }
        return out;
    }
    let mut out: Vec<String> = Vec::new();
    // Candidates are checked before they are copied: most are no lemma.
    let mut push = |w: &str| {
        if is_lemma(w) && !out.iter().any(|o| o == w) {
            out.push(w.to_string());
        }
    };
    push(word);
    for base in exceptions(word) {
        push(base);
    }
    // Allocated only once a suffix rule applies.
    let mut candidate = String::new();
    for (stem, replacement) in detached(word) {
        candidate.clear();
        candidate.push_str(stem);
        candidate.push_str(replacement);
        push(&candidate);
        let doubled = stem.as_bytes();
        if doubled.len() >= 3 && doubled[doubled.len() - 1] == doubled[doubled.len() - 2] {
            push(&stem[..stem.len() - 1]);
        }
    }
    out
}

/// Candidate base forms of a word by exception list and suffix rules, known or not.
fn inflections(word: &str) -> Vec<String> {
    let mut out: Vec<String> = exceptions(word).map(str::to_string).collect();
    for (stem, replacement) in detached(word) {
        out.push(format!("{stem}{replacement}"));
    }
    out
}

/// The [`DETACH`] rules `word` takes, in order, each as what is left of the
/// word (two bytes or more) and the rule's replacement. A rule whose ending
/// ends in another letter than the word is passed by uncompared: most are.
fn detached(word: &str) -> impl Iterator<Item = (&str, &'static str)> {
    let last = word.as_bytes().last();
    DETACH
        .iter()
        .filter(move |(ending, _)| ending.as_bytes().last() == last)
        .filter_map(move |&(ending, replacement)| {
            Some((
                word.strip_suffix(ending).filter(|s| s.len() >= 2)?,
                replacement,
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmatises_inflections() {
        assert!(lemmas("investors").contains(&"investor".to_string()));
        assert!(lemmas("went").contains(&"go".to_string()));
        assert!(lemmas("biggest").contains(&"big".to_string()));
    }

    #[test]
    fn the_exception_list_is_sorted_by_inflected_form() {
        let inflected: Vec<_> = pairs(LEMMAS.text).map(|(inflected, _)| inflected).collect();
        assert!(
            inflected.is_sorted(),
            "sort data/lexicon/lemmas.tsv by its first column"
        );
    }

    #[test]
    fn exceptions_give_each_forms_lines_in_order() {
        let list: Vec<_> = pairs(LEMMAS.text).collect();
        for &(inflected, _) in &list {
            let listed = list.iter().filter(|&&(i, _)| i == inflected);
            assert!(exceptions(inflected).eq(listed.map(|&(_, base)| base)));
        }
    }

    #[test]
    fn exceptions_give_every_base_in_list_order() {
        assert_eq!(exceptions("axes").collect::<Vec<_>>(), ["ax", "axis"]);
        assert_eq!(exceptions("went").collect::<Vec<_>>(), ["go"]);
        assert_eq!(exceptions("walked").count(), 0);
    }
}
