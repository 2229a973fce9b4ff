//! A "no" before a noun told as a little of it, or the reverse ("found no
//! evidence" → "found little evidence", "no jobs would be lost" → "few jobs
//! would be lost", "drew few complaints" → "drew no complaints", "too
//! little open water" → "almost no open water"): the amount moved between
//! none and a little. "No" told as "some" or "a few" reverses the claim,
//! which polarity-drift reports.

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::words::same_stem;

/// Adverbs that make a "no" or "none" nearly none ("almost no open water").
const NEARLY: &[&str] = &["almost", "nearly", "virtually", "practically"];

/// Adverbs that make an "any" nearly none ("hardly any jobs").
const HARDLY: &[&str] = &["hardly", "scarcely", "barely"];

/// Words before "few" or "little" that make it a share or a size, no small
/// amount ("a few jobs", "the little village", "what little they had").
const NOT_SMALL_AFTER: &[&str] = &[
    "a", "the", "quite", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "what", "every",
];

/// Words after "no" that make it part of a comparison or an idiom ("no more
/// than", "no longer", "no other").
const IDIOM_AFTER: &[&str] = &[
    "more", "less", "fewer", "longer", "later", "sooner", "earlier", "better", "worse", "further",
    "greater", "bigger", "smaller", "other", "one", "such", "matter",
];

/// An amount word at `i` of `words`: whether it is none (rather than a
/// little) and how many words it takes, the noun it governs following.
fn amount(words: &[&str], i: usize) -> Option<(bool, usize)> {
    let prev = i.checked_sub(1).map(|p| words[p]);
    let next = words.get(i + 1).copied();
    let (none, len) = match words[i] {
        w if NEARLY.contains(&w) && matches!(next, Some("no" | "none")) => (false, 2),
        w if HARDLY.contains(&w) && next == Some("any") => (false, 2),
        "few" | "little" if !prev.is_some_and(|p| NOT_SMALL_AFTER.contains(&p)) => (false, 1),
        "no" | "none" if !prev.is_some_and(|p| NEARLY.contains(&p) || HARDLY.contains(&p)) => {
            (true, 1)
        }
        _ => return None,
    };
    let noun = words.get(i + len)?;
    (!IDIOM_AFTER.contains(noun)).then_some((none, len))
}

/// The amounts of `words`: (start, none, length) of each.
fn amounts(words: &[&str]) -> Vec<(usize, bool, usize)> {
    (0..words.len())
        .filter_map(|i| amount(words, i).map(|(none, len)| (i, none, len)))
        .collect()
}

/// A suspect amount before the noun (stem) a source amount of the other
/// kind governs, neither side holding the other's kind before that noun.
pub fn none_graded(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let (was, now) = (amounts(tw), amounts(ow));
    let holds = |side: &[(usize, bool, usize)], words: &[&str], none: bool, noun: &str| {
        side.iter()
            .any(|&(i, n, len)| n == none && same_stem(words[i + len], noun))
    };
    for &(k, none, len) in &now {
        let noun = ow[k + len];
        let drift = was
            .iter()
            .any(|&(i, n, l)| n != none && same_stem(tw[i + l], noun) && !holds(&now, ow, n, noun));
        let (start, end) = doc.token_span(pair.suspect_units.tokens(k..k + len + 1));
        // A near word dropped ("almost no railings" → "no railings") is told already.
        if !drift || holds(&was, tw, none, noun) || out.iter().any(|d| d.overlaps(start, end)) {
            continue;
        }
        let (from, to) = if none {
            ("a little", "none")
        } else {
            ("none", "a little")
        };
        flag_units(
            doc,
            src,
            pair,
            k..k + len + 1,
            |text| format!("\"{text}\": the amount changed from {from} to {to}"),
            out,
        );
        return;
    }
}
