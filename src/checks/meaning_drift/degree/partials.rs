//! A partial or near statement made whole: "nearly doubled" → "doubled",
//! "some residents" → "residents".

use super::near::{self, NEAR};
use crate::align::AlignedPair;
use crate::checks::meaning_drift::flag_units;
use crate::checks::meaning_drift::word_senses::membership;
use crate::finding::Diagnostic;
use crate::lexicon::stance::stances;
use crate::text::Document;
use crate::text::words::{for_each_unit, is_stopword};

/// Words that make a statement partial or near ("nearly doubled", "part of
/// the money", "some large customers").
const PARTIALS: &[&[&str]] = &[
    &["nearly"],
    &["almost"],
    &["virtually"],
    &["practically"],
    &["partly"],
    &["partially"],
    &["in", "part"],
    &["part", "of"],
    &["some", "of"],
    &["much", "of"],
    &["most", "of"],
    &["many", "of"],
    &["some"],
    &["broadly"],
    &["largely"],
    &["mostly"],
    &["mainly"],
    &["generally"],
    // "cautiously supportive" → "supportive": a guarded stance made whole.
    &["cautiously"],
    &["tentatively"],
];

/// Words before a restated stretch that keep it partial or near in other
/// words ("a portion of the money", "close to doubling").
const QUALIFIERS: &[&str] = &[
    "nearly",
    "almost",
    "virtually",
    "practically",
    "partly",
    "partially",
    "part",
    "portion",
    "share",
    "some",
    "much",
    "most",
    "many",
    "several",
    "few",
    "certain",
    "close",
    "roughly",
    "about",
    "around",
    "approximately",
    "just",
    "half",
    "broadly",
    "largely",
    "mostly",
    "mainly",
    "generally",
    "chiefly",
    "primarily",
    "predominantly",
    "cautiously",
    "tentatively",
    "guardedly",
    "not",
    "all",
    "of",
];

/// Most words of a partial statement looked for in the suspect: up to and
/// including its first word of content.
const NEEDLE_WORDS: usize = 3;

/// A partial or near statement made whole ("nearly doubled" → "doubled",
/// "repay part of the money" → "repay the money").
pub fn partial_dropped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    for i in 0..tw.len() {
        let Some(p) = PARTIALS
            .iter()
            .find(|p| tw.get(i..i + p.len()) == Some(**p))
        else {
            continue;
        };
        // "is part of a series" is membership, not a portion.
        if *p == ["part", "of"] && membership(tw, i) {
            continue;
        }
        let rest = &tw[i + p.len()..];
        // A near word whose words after it the copy does not repeat may be
        // made whole in other words ("almost half" → "more than halved").
        let near = p.len() == 1 && NEAR.contains(&p[0]);
        let whole_put = |head: &[&str], out: &mut Vec<Diagnostic>| {
            near && near::whole_put(doc, src, pair, (tw, ow), (p[0], head), out)
        };
        let Some(content) = rest.iter().take(NEEDLE_WORDS).position(|w| !is_stopword(w)) else {
            if whole_put(&rest[..rest.len().min(NEEDLE_WORDS)], out) {
                return;
            }
            continue;
        };
        let needle = &rest[..=content];
        if needle[0].starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let Some(m) = ow.windows(needle.len()).position(|w| w == needle) else {
            if whole_put(needle, out) {
                return;
            }
            continue;
        };
        let at = pair.suspect_units.token[m];
        // "partly responsible" → "largely responsible" is a shift of degree,
        // reported as such; "part of the ATP series" is membership.
        let first = &src.tokens[pair.source_units.token[i + p.len() + content]];
        let named = src.text[first.start..first.end].starts_with(char::is_uppercase);
        // A near word is kept only by an approximator beside the same head
        // ("nearly a week" → "the best part of a week"), not by a qualifier
        // elsewhere in its sentence.
        let end = pair.suspect_units.token[m + needle.len() - 1] + 1;
        let kept = if near {
            near::approximated(doc, at, end)
        } else {
            part_restated(doc, (tw, ow), at, m, needle)
        };
        if named || kept {
            continue;
        }
        let was = format!("{} {}", p.join(" "), needle.join(" "));
        let start = if near {
            near::start_of(pair, (tw, ow), m)
        } else {
            m
        };
        flag_units(
            doc,
            src,
            pair,
            start..m + needle.len(),
            |now| format!("\"{was}\" became \"{now}\": a partial or near statement is made whole"),
            out,
        );
        return;
    }
}

/// Whether a partial statement is restated in other words around its stretch
/// at unit `m` (token `at`) of the suspect, or anywhere in its sentence.
fn part_restated(
    doc: &Document,
    (tw, ow): (&[&str], &[&str]),
    at: usize,
    m: usize,
    needle: &[&str],
) -> bool {
    // "partly" → "about 60%": the part restated in other words, somewhere
    // in the sentence that restates it.
    let sentence = doc
        .sentence_of(at)
        .map_or(at..at + 1, |i| doc.sentences[i].tokens.clone());
    // An approximation of a figure the source has too ("about 4%" →
    // "around 4%") restates nothing partial, unless it is a share of
    // something ("partly by a loan" → "about 60% of it … by a loan").
    let said: Vec<&str> = doc.words(sentence).map(|(_, t)| t.norm.as_str()).collect();
    let restates_part = |i: usize| {
        let figure = said
            .get(i + 1)
            .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        let share = said.iter().skip(i + 2).take(2).any(|w| *w == "of");
        // Compared as a unit, as `tw` holds it ("2,300" as "2300").
        let kept = figure.is_some_and(|f| {
            let mut stated = tw.contains(f);
            for_each_unit(f, |u| stated |= tw.contains(&u));
            stated
        }) && !share;
        QUALIFIERS.contains(&said[i]) && !matches!(said[i], "not" | "all" | "of") && !kept
    };
    if (0..said.len()).any(restates_part) {
        return true;
    }
    // Words around the stretch, not its own ("some large customers" →
    // "large customers": "large" is no qualifier the suspect added),  nor
    // an "of" that continues it ("because of").
    let after = m + needle.len();
    let around = ow[m.saturating_sub(2)..(after + 2).min(ow.len())]
        .iter()
        .enumerate()
        .filter(|&(k, w)| {
            let continues = *w == "of" && m.saturating_sub(2) + k == after;
            !needle.contains(w) && !continues
        })
        .map(|(_, w)| w);
    // "broadly positive" → "widely positive": an adverb in the
    // qualifier's place restates it, a substitution of its own.
    let restated = at
        .checked_sub(1)
        .is_some_and(|b| doc.tokens[b].norm.ends_with("ly"));
    restated
        || around.clone().any(|w| {
            QUALIFIERS.contains(w)
                || stances(w)
                    .iter()
                    .any(|s| matches!(s.class, "degree" | "scope"))
        })
}
