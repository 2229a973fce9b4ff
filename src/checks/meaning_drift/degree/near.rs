//! A near statement made whole: "almost every course" → "every course",
//! "a nearly bare stage" → "a completely bare stage", "almost her entire
//! savings" → "the whole of her savings"; not the nearness kept by another
//! approximator beside the same head ("the best part of a week").

use crate::align::AlignedPair;
use crate::checks::meaning_drift::flag_units;
use crate::finding::Diagnostic;
use crate::lexicon::determiners::{is_article, is_possessive};
use crate::lexicon::dictionary::{is_known, misspelling_of};
use crate::lexicon::suggest::best_correction;
use crate::text::Document;

/// Words that say a statement is near, not whole ("nearly doubled").
pub(super) const NEAR: &[&str] = &["nearly", "almost", "virtually", "practically"];

/// Words and phrases that approximate or keep a statement short of whole,
/// read before the head they qualify ("about half", "the best part of a
/// week", "all but certain", "largely complete").
const APPROXIMATORS: &[&[&str]] = &[
    &["nearly"],
    &["almost"],
    &["virtually"],
    &["practically"],
    &["essentially"],
    &["effectively"],
    &["basically"],
    &["roughly"],
    &["about"],
    &["around"],
    &["approximately"],
    &["some"],
    &["close"],
    &["near"],
    &["nigh"],
    &["just"],
    &["under"],
    &["below"],
    &["less"],
    &["fewer"],
    &["short"],
    &["shy"],
    &["approaching"],
    &["upwards"],
    &["most"],
    &["mostly"],
    &["largely"],
    &["mainly"],
    &["broadly"],
    &["partly"],
    &["partially"],
    &["part"],
    &["bulk"],
    &["majority"],
    &["share"],
    &["much"],
    &["all", "but"],
    &["more", "or", "less"],
    &["getting", "on", "for"],
    &["as", "good", "as"],
    &["not", "quite"],
    &["in", "the", "region", "of"],
    &["the", "order", "of"],
    &["pretty", "much"],
    &["next", "to"],
    &["not", "far"],
    &["something", "like"],
    &["vicinity"],
    &["verge"],
    &["brink"],
    &["up", "to"],
];

/// Phrases after the head that keep it approximate ("a week or so").
const TRAILING: &[&[&str]] = &[
    &["or", "so"],
    &["or", "thereabouts"],
    &["give", "or", "take"],
    &["or", "nearly"],
    &["or", "almost"],
];

/// Words a near statement made whole is told by ("every", "the whole of").
const WHOLES: &[&str] = &[
    "all",
    "every",
    "entire",
    "entirely",
    "whole",
    "wholly",
    "complete",
    "completely",
    "total",
    "totally",
    "full",
    "fully",
    "everything",
    "everyone",
    "everybody",
    "always",
];

/// Words read on either side of a head for an approximator of it.
const REACH: usize = 5;

/// Letters an approximator needs before an unknown word a letter or two
/// from it is read as that approximator misspelt.
const MISSPELT_MIN: usize = 6;

/// Endings a head takes in another form ("double" → "doubled", "half" →
/// "halved", "entire" → "entirely").
const ENDINGS: &[&str] = &["s", "d", "ed", "es", "ing", "ly"];

/// `word` read as the dictionary word it misspells, if it is unknown and the
/// spelling rule's correction or a slip of an approximator names one
/// ("practicaly" → "practically").
fn corrected(word: &str) -> String {
    if !word.chars().all(char::is_alphabetic) || is_known(word) {
        return word.to_string();
    }
    let slip = APPROXIMATORS
        .iter()
        .filter(|a| a.len() == 1 && a[0].len() >= MISSPELT_MIN)
        .find(|a| misspelling_of(word, a[0]));
    match slip {
        Some(a) => a[0].to_string(),
        None => best_correction(word, &mut 0).unwrap_or_else(|| word.to_string()),
    }
}

/// Up to [`REACH`] words of `doc` running back from before token `at` (or on
/// from `at` when `forward`), within its clause, lower case and corrected.
fn words_beside(doc: &Document, at: usize, forward: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut k = at;
    while out.len() < REACH {
        let next = if forward { Some(k) } else { k.checked_sub(1) };
        let Some(t) = next.and_then(|t| doc.tokens.get(t).map(|tok| (t, tok))) else {
            break;
        };
        if !t.1.is_wordlike() {
            break;
        }
        let parts: Vec<String> = t.1.norm.split('-').map(corrected).collect();
        if forward {
            out.extend(parts);
        } else {
            parts.into_iter().rev().for_each(|p| out.insert(0, p));
        }
        k = if forward { t.0 + 1 } else { t.0 };
    }
    out
}

/// Whether `words` hold one of `phrases` as a run.
fn holds(words: &[String], phrases: &[&[&str]]) -> bool {
    phrases.iter().any(|p| {
        words
            .windows(p.len())
            .any(|w| w.iter().zip(p.iter()).all(|(a, b)| a == b))
    })
}

/// Whether the suspect's words from token `start` to `end` keep their
/// nearness by an approximator beside them ("about half", "a week or so").
pub(super) fn approximated(doc: &Document, start: usize, end: usize) -> bool {
    holds(&words_beside(doc, start, false), APPROXIMATORS)
        || holds(&words_beside(doc, end, true), TRAILING)
}

/// The first suspect unit of a near statement made whole at unit `m`: the
/// word of degree put in the near word's place with it ("a nearly bare
/// stage" → "a completely bare stage").
pub(super) fn start_of(pair: &AlignedPair, (tw, ow): (&[&str], &[&str]), m: usize) -> usize {
    let token = &pair.suspect_units.token;
    let put = m.checked_sub(1).filter(|&b| {
        let w = ow[b];
        token[b] + 1 == token[m] && !tw.contains(&w) && (w.ends_with("ly") || WHOLES.contains(&w))
    });
    put.unwrap_or(m)
}

/// Whether `word` is another form of `head` ("halved" for "half").
fn form_of(word: &str, head: &str) -> bool {
    let stem = head
        .strip_suffix('e')
        .map(str::to_string)
        .or_else(|| head.strip_suffix('f').map(|s| format!("{s}v")))
        .unwrap_or_else(|| head.to_string());
    let ends = |base: &str| {
        word.strip_prefix(base)
            .is_some_and(|e| ENDINGS.contains(&e))
    };
    stem.len() >= 4 && (ends(head) || ends(&stem))
}

/// A near statement made whole where the copy does not repeat the words
/// after the near word: its head told in another form or a word of the
/// whole put for it, with no approximator beside ("fallen by almost half" →
/// "more than halved", "almost her entire estate" → "the whole of her
/// estate"). `rest` are the source's words after the near word.
pub(super) fn whole_put(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    (near, rest): (&str, &[&str]),
    out: &mut Vec<Diagnostic>,
) -> bool {
    // Past an article or possessive between the near word and its head
    // ("almost her entire").
    let Some(&head) = rest.iter().find(|w| !is_article(w) && !is_possessive(w)) else {
        return false;
    };
    let whole = WHOLES.contains(&head);
    let count = |ws: &[&str], w: &str| ws.iter().filter(|x| **x == w).count();
    let found = ow.iter().enumerate().find(|&(k, w)| {
        // The head, another form of it or a word of the whole, more often
        // than the source states it but after the near word.
        let told = *w == head || form_of(w, head) || (whole && WHOLES.contains(w));
        let put = told && count(ow, w) + usize::from(*w == head) > count(tw, w);
        put && {
            let at = pair.suspect_units.token[k];
            !approximated(doc, at, at + 1)
        }
    });
    let Some((k, _)) = found else {
        return false;
    };
    let was = format!("{near} {}", rest.join(" "));
    flag_units(
        doc,
        src,
        pair,
        k..k + 1,
        |now| format!("\"{was}\" became \"{now}\": a partial or near statement is made whole"),
        out,
    );
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_in_another_form_is_read_by_its_ending() {
        assert!(form_of("halved", "half"));
        assert!(form_of("doubled", "double"));
        assert!(form_of("entirely", "entire"));
        assert!(form_of("halving", "half"));
        assert!(!form_of("bar", "bare"));
        assert!(!form_of("barn", "bare"));
    }

    #[test]
    fn a_misspelt_approximator_is_read_as_the_word_it_misspells() {
        assert_eq!(corrected("practicaly"), "practically");
        assert_eq!(corrected("week"), "week");
    }
}
