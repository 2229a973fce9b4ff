//! Several words put for one ("banks" of a river → "financial
//! institutions", "surgery" → "surgical procedure"): a compound noun WordNet
//! lists as a synonym of the word only in one of its rarer senses, or a
//! compound word split in two with its first part swapped ("floodlights" →
//! "deluge lights").

use super::collocation::is_compound;
use super::content::is_content;
use super::{MAX_UNITS, SPLIT_COMPOUND, STAND_IN, Substitution, swap_finding, unquoted};
use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::finding::Diagnostic;
use crate::lexicon::frequency::bigram_count;
use crate::lexicon::wordnet;
use crate::text::Document;
use crate::text::words::{is_stopword, stem_among};

/// Longest stand-in judged, in words.
const MAX_WORDS: usize = 3;

/// Flags each compound noun of the suspect side of a substitution that
/// stands for a content word of its source side and that WordNet lists
/// as a synonym of it only in noun senses past its first: a thesaurus offers
/// a word's every sense spelt out ("bank" → "financial institution"), where
/// a writer spelling a word out keeps its usual sense ("workforce" → "labor
/// force"). Substitutions inside quotations are left to misquote.
pub(super) fn stand_ins(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    swaps: &[Substitution],
    out: &mut Vec<(&'static str, Diagnostic)>,
) {
    for Substitution {
        edit: e,
        theirs,
        ours,
        ..
    } in unquoted(swaps)
    {
        if ours.text.len() < 2 || ours.text.len() > MAX_UNITS || theirs.text.len() > MAX_UNITS {
            continue;
        }
        let content = |j: &usize| is_content(src, theirs, *j);
        let found = (0..theirs.text.len())
            .filter(content)
            .find_map(|j| Some((j, STAND_IN, stand_in(&theirs.text[j], ours, pair)?)))
            .or_else(|| {
                (0..theirs.text.len()).filter(content).find_map(|j| {
                    let range = split_compound(&theirs.text[j], (doc, ours), pair)?;
                    Some((j, SPLIT_COMPOUND, range))
                })
            });
        let Some((j, why, range)) = found else {
            continue;
        };
        let token = theirs.token[j];
        out.push(swap_finding(
            why,
            (doc, ours.tokens(range)),
            (src, token..token + 1),
            e.source.clone(),
        ));
    }
}

/// The units of `ours` that spell out `word` as a compound noun in a rarer
/// sense, none of them a word the source sentence has.
fn stand_in(word: &str, ours: &Units, pair: &AlignedPair) -> Option<std::ops::Range<usize>> {
    let in_source = |w: &String| stem_among(w, &pair.source_units.text);
    for len in (2..=MAX_WORDS.min(ours.text.len())).rev() {
        for at in 0..=ours.text.len() - len {
            let words = &ours.text[at..at + len];
            if words.iter().any(in_source) {
                continue;
            }
            let last = &words[len - 1];
            let head = words[..len - 1].join(" ");
            let lemmas = wordnet::lemmas(last);
            for form in std::iter::once(last).chain(lemmas.iter()) {
                let phrase = format!("{head} {form}");
                if wordnet::parts_as_written(&phrase) & wordnet::NOUN == 0 {
                    continue;
                }
                let shared = wordnet::shared_senses(word, &phrase);
                if !shared.is_empty()
                    && shared
                        .iter()
                        .all(|&(part, rank)| part == wordnet::NOUN && rank > 1)
                {
                    return Some(at..at + len);
                }
            }
        }
    }
    None
}

/// Shortest part of a compound word split in two, in letters.
const MIN_PART: usize = 3;

/// The two units of `ours` that spell a compound noun `word` ("floodlights")
/// as two words with its first part swapped ("deluge lights"), making a pair
/// neither WordNet nor the bigram table knows: the parts of a compound word
/// do not carry their own senses, so a spinner splitting it and looking the
/// first up breaks it, where a writer spelling it out keeps the part or
/// makes a listed compound ("workforce" → "labor force").
fn split_compound(
    word: &str,
    (doc, ours): (&Document, &Units),
    pair: &AlignedPair,
) -> Option<std::ops::Range<usize>> {
    let parts = |w: &str| wordnet::parts_of_speech(w);
    if parts(word) & wordnet::NOUN == 0 || word.contains('-') {
        return None;
    }
    let in_source = |w: &str| stem_among(w, &pair.source_units.text);
    // Only a second part the suspect writes, give or take a plural "s", is
    // looked up: the parts tried are no words to remember.
    let written = |y: &str| {
        ours.text.iter().any(|q| {
            q == y || q.strip_suffix('s') == Some(y) || y.strip_suffix('s') == Some(q.as_str())
        })
    };
    (MIN_PART..=word.len().saturating_sub(MIN_PART))
        .filter(|&i| word.is_char_boundary(i) && written(&word[i..]))
        .map(|i| word.split_at(i))
        .filter(|(x, y)| {
            !is_stopword(x)
                && parts(x) & (wordnet::NOUN | wordnet::ADJECTIVE) != 0
                && parts(y) & wordnet::NOUN != 0
        })
        .find_map(|(x, y)| {
            (0..ours.text.len().saturating_sub(1)).find_map(|at| {
                let (p, q) = (ours.text[at].as_str(), ours.text[at + 1].as_str());
                let split = is_content(doc, ours, at)
                    && wordnet::share_lemma(q, y)
                    && !wordnet::share_lemma(p, x)
                    && !in_source(p)
                    && bigram_count(p, q) == 0
                    && !is_compound(p, q);
                split.then_some(at..at + 2)
            })
        })
}
