//! Several words put for one ("banks" of a river → "financial
//! institutions", "surgery" → "surgical procedure"): a compound noun WordNet
//! lists as a synonym of the word only in one of its rarer senses.

use super::content::is_content;
use super::{MAX_UNITS, STAND_IN, swap_finding, unquoted_swaps};
use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet;
use crate::text::Document;
use crate::text::words::stem;

/// Longest stand-in judged, in words.
const MAX_WORDS: usize = 3;

/// Flags each compound noun of the suspect side of a substitution that
/// stands for a content word of its source side and that WordNet lists
/// as a synonym of it only in noun senses past its first: a thesaurus offers
/// a word's every sense spelt out ("bank" → "financial institution"), where
/// a writer spelling a word out keeps its usual sense ("workforce" → "labor
/// force"). Substitutions inside quotations (`quoted`, by suspect token) are
/// left to misquote.
pub(super) fn stand_ins(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    quoted: &[bool],
    out: &mut Vec<(&'static str, Diagnostic)>,
) {
    for (e, theirs, ours) in unquoted_swaps(doc, src, pair, quoted) {
        if ours.text.len() < 2 || ours.text.len() > MAX_UNITS || theirs.text.len() > MAX_UNITS {
            continue;
        }
        let Some((j, range)) = (0..theirs.text.len())
            .filter(|&j| is_content(src, &theirs, j))
            .find_map(|j| Some((j, stand_in(&theirs.text[j], &ours, pair)?)))
        else {
            continue;
        };
        let token = theirs.token[j];
        out.push(swap_finding(
            STAND_IN,
            (doc, ours.tokens(range)),
            (src, token..token + 1),
            e.source.clone(),
        ));
    }
}

/// The units of `ours` that spell out `word` as a compound noun in a rarer
/// sense, none of them a word the source sentence has.
fn stand_in(word: &str, ours: &Units, pair: &AlignedPair) -> Option<std::ops::Range<usize>> {
    let in_source = |w: &String| pair.source_units.text.iter().any(|s| stem(s) == stem(w));
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
