//! A stated intention told as a pledge ("said it would review" → "pledged to review").

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::determiners::{is_article, is_possessive, is_singular_demonstrative};
use crate::lexicon::wordnet::{VERB, parts_of_speech};
use crate::text::Document;
use crate::text::words::is_stopword;

/// Verbs that bind their speaker to an act ("pledged to", "vowed to").
const PLEDGES: &[&str] = &[
    "pledged", "pledges", "pledge", "vowed", "vows", "vow", "promised", "promises", "promise",
];

/// Verbs that bind their speaker to what a clause says will be ("guaranteed
/// that no child would", "promised the fund would open"), besides the pledges.
const GUARANTEES: &[&str] = &["guaranteed", "guarantees"];

/// Neutral verbs of saying by which the source only reports an intention.
const SAYING: &[&str] = &["said", "says", "told", "stated", "added"];

/// Words after a pledge within which a "would" or "will" is the act it binds.
const CLAUSE_REACH: usize = 8;

/// Stems of words by which the source already binds its speaker ("has
/// committed", "a guarantee", "undertook to").
const BINDING: &[&str] = &[
    "promis", "pledg", "vow", "commit", "guarant", "undert", "swor", "swear", "assur",
];

/// Whether `w`, before "promise" or "pledge", makes it a noun ("a pledge
/// to", "gave no guarantees": a pledge denied binds nothing) or a modifier
/// after a preposition ("made of guaranteed wood chip"): an article, a
/// possessive, "this" or "that", "no", "any", "of" or "with".
fn determiner(w: &str) -> bool {
    is_article(w)
        || is_possessive(w)
        || is_singular_demonstrative(w)
        || matches!(w, "no" | "any" | "of" | "with")
}

/// An act the source says someone would do ("said it would try to redeploy")
/// that the suspect makes a pledge ("has pledged to redeploy"), where no word
/// of the source binds the speaker.
pub fn statement_pledged(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // "made no commitment": a binding noun denied binds nothing ("could not
    // guarantee" made a promise is a denial dropped, polarity-drift's).
    let binding = (0..tw.len()).any(|i| {
        BINDING.iter().any(|b| tw[i].starts_with(b))
            && i.checked_sub(1).is_none_or(|p| tw[p] != "no")
    });
    if !tw.iter().any(|w| matches!(*w, "would" | "will")) || binding || all_out(tw) {
        return;
    }
    let future = |w: &&str| matches!(*w, "would" | "will");
    // "said the fund would open" → "promised the fund would open", "…,
    // Arkwright guaranteed.": the pledge governs the clause of the source's
    // reported intention.
    let binds_clause = |k: usize| {
        tw.iter().any(|w| SAYING.contains(w))
            && (ow.get(k + 1) == Some(&"that")
                || ow[k + 1..ow.len().min(k + 1 + CLAUSE_REACH)]
                    .iter()
                    .any(future)
                || (k + 1 == ow.len() && ow[..k].iter().any(future)))
    };
    // "said they will hold places open" → "guaranteed places": the pledge
    // takes as its object a word of the act the source says will be.
    let binds_object = |k: usize| {
        tw.iter().any(|w| SAYING.contains(w))
            && ow.get(k + 1).is_some_and(|o| {
                !is_stopword(o)
                    && tw
                        .iter()
                        .position(future)
                        .is_some_and(|f| tw[f + 1..].iter().take(CLAUSE_REACH).any(|w| w == o))
            })
    };
    let Some(k) = (0..ow.len()).find(|&k| {
        let pledge = PLEDGES.contains(&ow[k]);
        (pledge || GUARANTEES.contains(&ow[k]))
            && (pledge
                && ow.get(k + 1) == Some(&"to")
                && ow
                    .get(k + 2)
                    .is_some_and(|v| parts_of_speech(v) & VERB != 0)
                || binds_clause(k)
                || binds_object(k))
            && !k.checked_sub(1).is_some_and(|p| determiner(ow[p]))
    }) else {
        return;
    };
    let first = k
        .checked_sub(1)
        .filter(|&a| matches!(ow[a], "has" | "have" | "had"))
        .unwrap_or(k);
    flag_units(
        doc,
        src,
        pair,
        first..k + 1,
        |now| format!("\"would\" became \"{now}\": a stated intention is told as a pledge"),
        out,
    );
}

/// Whether `words` promise an all-out effort ("would do everything in its
/// power", "do whatever it takes", "make every effort"): an undertaking in
/// itself, which "pledged" only names.
fn all_out(words: &[&str]) -> bool {
    words.windows(2).any(|w| {
        matches!(
            w,
            ["do" | "doing", "everything" | "whatever"] | ["make" | "making", "every"]
        )
    })
}
