//! Names that a reordered sentence moved and changed one word of ("Fiona Dunbar" → "Fiona Dunlop").

use super::name_forms::{is_other_name, same_name_word, titled_initialism};
use super::replaced::became;
use super::wording::{TYPO_DISTANCE, UNIT_NAMES, misspelt_word, opener_swapped, retitled};
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::dictionary;
use crate::lexicon::titles::{POSTS, is_title_word};
use crate::text::Document;
use crate::text::names::{Names, bare, is_body_head};
use std::ops::Range;

/// "Fiona Dunbar, the minister, said" → "…, according to Fiona Dunlop": a name
/// of two words or more that the sentence moved and changed one word of. The
/// word diff sees a deletion and an insertion; here the pair's names are
/// matched by the words they keep.
pub(super) fn renamed_people(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    pair: &AlignedPair,
    covered: &[bool],
    out: &mut Vec<Diagnostic>,
) {
    let before = names_in(src, theirs, pair.source_tokens(src));
    let after = names_in(doc, ours, pair.suspect_tokens(doc));
    let words = |key: &str| key.split(' ').map(str::to_string).collect::<Vec<_>>();
    for (key, range, _) in &after {
        let new = words(key);
        let (start, end) = doc.token_span(range.clone());
        if range.clone().any(|t| covered[t])
            || before.iter().any(|(k, ..)| k == key)
            || out.iter().any(|d| d.overlaps(start, end))
        {
            continue;
        }
        let renamed = before.iter().find(|(k, was, _)| {
            let old = words(k);
            // Titles before a name make runs of different lengths: compare the ends.
            let n = old.len().min(new.len());
            let changed: Vec<(&String, &String)> = old[old.len() - n..]
                .iter()
                .zip(&new[new.len() - n..])
                .filter(|(a, b)| a != b)
                .collect();
            n >= 2
                && !after.iter().any(|(a, ..)| a == k)
                && matches!(changed[..], [(a, b)] if is_other_name(a, b)
                    && !((b != new.last().unwrap_or(b) || is_body_head(a))
                        && dictionary::misspells_word(b, a))
                    && !post_word_reworded(a, b))
                && !titled_initialism(doc, src, was, range)
                && !retitled(doc, src, was, range)
                && !opener_swapped((doc, src), (was, range))
                && !shortened(&old, &new)
        });
        let misspelt = || {
            let [now] = new.as_slice() else { return None };
            let unseen = !src.tokens.iter().any(|t| bare(&t.norm) == now);
            before
                .iter()
                .filter(|(k, ..)| !after.iter().any(|(a, ..)| a == k))
                .find(|(k, was, _)| {
                    // "the Ashgroves" → "the Ashgrove family", "the Greens":
                    // a family or party named in the plural.
                    let family = (now.strip_suffix('s') == Some(k.as_str())
                        && follows_the(doc, range.start))
                        || (k.strip_suffix('s') == Some(now) && follows_the(src, was.start));
                    unseen && !family && misspelt_name(k, now)
                })
        };
        if let Some((_, was, _)) = renamed.or_else(misspelt)
            && !misspelt_word(doc, src, was, range)
        {
            out.push(became(doc, src, was.clone(), range.clone()));
        }
    }
}

/// Whether a word of a post was put for a common word that is no post
/// ("Prime Minister António Valente" → "Prime Pastor António Valente"):
/// wording, which garbled-phrase judges.
fn post_word_reworded(was: &str, now: &str) -> bool {
    is_title_word(was) && !is_title_word(now) && dictionary::is_known(now)
}

/// Whether `new` is the name `old` with words dropped between its title and
/// its last word ("Judge Philippa Ashcombe" → "Judge Ashcombe", "Dr Rajiv
/// Menon" → "Dr Menon"): a first name left out, no other name. A name
/// without a title that loses a word ("Supreme Administrative Court" →
/// "Supreme Court") may be another.
fn shortened(old: &[String], new: &[String]) -> bool {
    let mut rest = old.iter();
    let titled = new.len() >= 2
        && new[..new.len() - 1]
            .iter()
            .all(|w| POSTS.iter().any(|p| same_name_word(w, p)) || is_title_word(w));
    titled
        && new.len() < old.len()
        && new.last() == old.last()
        && new.iter().all(|w| rest.any(|o| o == w))
}

/// Whether a one-word name moved within its sentence came out misspelt
/// ("…, Varga said" → "Vargas said …"): a typo's distance from the source's
/// name, same first letter, and no other way of writing it; a unit
/// ("Celcius") is no name.
fn misspelt_name(was: &str, now: &str) -> bool {
    !was.contains(' ')
        && !UNIT_NAMES.contains(&was)
        && was.len() >= MIN_MISSPELT_NAME
        && was.chars().next() == now.chars().next()
        && strsim::levenshtein(was, now) <= TYPO_DISTANCE
        && !same_name_word(was, now)
}

/// Whether token `t` comes right after "the".
fn follows_the(doc: &Document, t: usize) -> bool {
    t > 0 && doc.tokens[t - 1].norm == "the"
}

/// Shortest name whose misspelling is told from another name.
const MIN_MISSPELT_NAME: usize = 4;

/// Names of a token range, keyed by their lower-case words, with the first word after each.
pub(super) fn names_in<'a>(
    doc: &'a Document,
    names: &Names,
    range: Range<usize>,
) -> Vec<(String, Range<usize>, Option<&'a str>)> {
    names
        .runs()
        .iter()
        .filter(|r| range.contains(&r.start) && r.end <= range.end)
        .cloned()
        .map(|r| {
            let key = doc.tokens[r.clone()]
                .iter()
                .map(|t| bare(&t.norm))
                .collect::<Vec<_>>()
                .join(" ");
            let next = doc
                .words(r.end..range.end)
                .next()
                .map(|(_, t)| t.norm.as_str());
            (key, r, next)
        })
        .collect()
}
