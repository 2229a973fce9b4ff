//! The speaker of a reported claim told as another party of the story, both
//! named by common nouns ("the club said" → "the council said").

use super::speakers::is_institution;
use crate::align::AlignedPair;
use crate::checks::speakers::claim_given_to;
use crate::finding::Diagnostic;
use crate::lexicon::{thesaurus, wordnet};
use crate::text::Document;
use crate::text::attribution::Speaker;
use crate::text::words::{is_stopword, stem};
use std::ops::Range;

/// Words of a speaker that name its role, not its party: "a council
/// spokesman" and "council officials" are the council's voice, and "the
/// authority" may be any party's.
const ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "official",
    "officer",
    "representative",
    "source",
    "statement",
    "authority",
    "management",
    "boss",
    "staff",
    "people",
    "person",
    "member",
    "leader",
    "chief",
    "head",
    "local",
    "senior",
];

/// Tokens either side of a word within which another ties it to the same
/// party ("the council's audit", "the hospital trust").
const TIE_REACH: usize = 3;

/// "The club said" → "The council said", "A company spokesman said" → "A
/// council spokesman said": the claim is reported as another party's, where
/// neither speaker is a name. A party word restated by a synonym ("the
/// company" → "the firm"), a role word alone ("the council" → "the
/// authority", "officials"), a party the source never names, or one the
/// source joins to the other in a noun phrase ("the council's audit")
/// passes. Called with the pair's speakers when neither holds a name.
pub fn party_swapped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (was, now): (&Speaker, &Speaker),
    out: &mut Vec<Diagnostic>,
) {
    let (old, new) = (party(src, was.range.clone()), party(doc, now.range.clone()));
    // Each speaker ends on a noun ("The plans would" is a claim, no speaker),
    // and the new one names a body that speaks as one ("the council", not
    // "investigators" or "the grocer").
    let ends_on_noun = |doc: &Document, range: Range<usize>| {
        doc.words(range).last().is_some_and(|(_, t)| {
            !is_stopword(&t.norm) && wordnet::parts_of_speech(&t.norm) & wordnet::NOUN != 0
        })
    };
    let body = |w: &String| is_institution(&stem(w)) && wordnet::lemmas(w).iter().all(|l| l == w);
    if old.is_empty()
        || !new.iter().any(body)
        || !ends_on_noun(src, was.range.clone())
        || !ends_on_noun(doc, now.range.clone())
    {
        return;
    }
    let kin = |a: &str, b: &str| {
        stem(a) == stem(b) || wordnet::synonym_rank(a, b).is_some() || thesaurus::related(a, b)
    };
    if new.iter().any(|n| old.iter().any(|o| kin(n, o))) {
        return;
    }
    // A party the source's own sentence names ("Two hospitals promised beds,
    // the council said") was a speaker there already.
    let here: Vec<String> = src
        .words(pair.source_tokens(src))
        .map(|(_, t)| stem(&t.norm))
        .collect();
    if new.iter().any(|n| here.contains(&stem(n))) {
        return;
    }
    // The new party is one the source names, apart from the old one. The
    // source's words are stemmed once for every party word looked up.
    let stems: Vec<(usize, String)> = src
        .words(0..src.tokens.len())
        .map(|(i, t)| (i, stem(&t.norm)))
        .collect();
    let at = |w: &str| -> Vec<usize> {
        let s = stem(w);
        stems
            .iter()
            .filter(|(_, t)| *t == s)
            .map(|&(i, _)| i)
            .collect()
    };
    let (olds, news): (Vec<usize>, Vec<Vec<usize>>) = (
        old.iter().flat_map(|w| at(w)).collect(),
        new.iter().map(|w| at(w)).collect(),
    );
    if news.iter().any(|n| n.is_empty()) {
        return;
    }
    let tied = news
        .iter()
        .flatten()
        .any(|&n| olds.iter().any(|&o| n.abs_diff(o) <= TIE_REACH));
    if tied {
        return;
    }
    out.push(claim_given_to(
        doc,
        src,
        pair,
        (was.range.clone(), now.range.clone()),
    ));
}

/// The words of a speaker that say which party it is: content words that
/// name no role.
fn party(doc: &Document, range: Range<usize>) -> Vec<String> {
    doc.words(range)
        .map(|(_, t)| t.norm.strip_suffix("'s").unwrap_or(&t.norm).to_string())
        .filter(|w| !is_stopword(w) && !ROLES.iter().any(|r| stem(r) == stem(w)))
        .collect()
}
