//! A switch from one thing to another restated with "rather than" or
//! "instead of": "switch collections from every fortnight to every three
//! weeks" → "collected every three weeks rather than fortnightly".

use super::negators::same_root;
use crate::align::AlignedPair;
use crate::text::Document;
use crate::text::words::is_stopword;

/// Tokens after "from" within which the "to" of a switch is looked for.
const TO_REACH: usize = 8;

/// Words after the "to" of a switch searched for the thing switched to.
const TARGET_REACH: usize = 4;

/// Whether every added negator is the "rather" of "rather than" or the
/// "instead" of "instead of", right after a word naming what the source
/// sentence switches to ("from land area to environmental work" →
/// "tying payments to environmental work rather than acreage").
pub(super) fn switch_restated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    added: &[usize],
) -> bool {
    let words: Vec<&str> = src
        .words(pair.source_tokens(src))
        .map(|(_, t)| t.norm.as_str())
        .collect();
    let targets: Vec<&str> = (0..words.len())
        .filter(|&k| words[k] == "from")
        .filter_map(|k| (k + 1..words.len().min(k + 1 + TO_REACH)).find(|&j| words[j] == "to"))
        .flat_map(|j| {
            words[j + 1..words.len().min(j + 1 + TARGET_REACH)]
                .iter()
                .copied()
        })
        .filter(|w| !is_stopword(w))
        .collect();
    !added.is_empty()
        && !targets.is_empty()
        && added.iter().all(|&t| {
            let next = doc.tokens.get(t + 1).map(|x| x.norm.as_str());
            let alternative = matches!(
                (doc.tokens[t].norm.as_str(), next),
                ("rather", Some("than")) | ("instead", Some("of"))
            );
            let before = t.checked_sub(1).map(|p| doc.tokens[p].norm.as_str());
            alternative && before.is_some_and(|b| targets.iter().any(|w| same_root(w, b)))
        })
}
