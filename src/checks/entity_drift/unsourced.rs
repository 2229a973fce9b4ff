//! A name the source never gives, put in a reworded sentence for the name or
//! body the source sentence had ("the Red Cross said" → "The Salvation Army said").

use super::name_forms::is_initialism;
use super::replaced::{became, has_compound_modifier};
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::dictionary;
use crate::lexicon::titles::POSTS;
use crate::text::Document;
use crate::text::names::{Names, bare};
use crate::text::words::is_stopword;
use std::ops::Range;

/// Shortest word of a name counted as a common word ("No.", "TV" are not).
const MIN_WORD: usize = 3;

/// Nouns that name a body when "the" stands before them ("the exams regulator").
const BODIES: &[&str] = &[
    "agency",
    "authority",
    "board",
    "charity",
    "commission",
    "committee",
    "council",
    "court",
    "department",
    "government",
    "ministry",
    "regulator",
    "trust",
    "union",
    "watchdog",
];

/// "where the Red Cross said" → "The Salvation Army said": a name of two
/// words or more in the suspect sentence that the source nowhere writes
/// (some word of it the source never uses, in any case), while a name or a
/// body ("the exams regulator") of the aligned source sentence is gone from
/// it. The word diff pairs neither when the sentence was reordered.
pub(super) fn unsourced_names(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    (pair, lower_text): (&AlignedPair, &str),
    covered: &[bool],
    out: &mut Vec<Diagnostic>,
) {
    let span = pair.suspect_tokens(doc);
    let mut here: Option<Vec<&str>> = None;
    for run in &joined_runs(doc, ours, &span) {
        let words: Vec<&str> = doc.words(run.clone()).map(|(_, t)| bare(&t.norm)).collect();
        let (start, end) = doc.token_span(run.clone());
        let named = |w: &&str| is_stopword(w) || theirs.capitalised_inside(w);
        if words.iter().filter(|w| !is_stopword(w)).count() < 2
            || words.iter().all(named)
            || has_compound_modifier(doc, run.clone())
            || run.clone().any(|t| covered[t])
            || out.iter().any(|d| d.overlaps(start, end))
        {
            continue;
        }
        let unknown: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !is_stopword(w) && !POSTS.contains(w) && !writes_word(lower_text, w))
            .collect();
        // Made of common words ("Salvation Army"): a place or a person the
        // source leaves out ("Kenyan Wilson Ruto") is more often background.
        let common = |w: &&str| w.len() >= MIN_WORD && dictionary::is_known(w);
        if unknown.is_empty()
            || !unknown.iter().all(common)
            || spells_out_acronym(src, theirs, doc.span_text(run.clone()))
        {
            continue;
        }
        let here = here.get_or_insert_with(|| {
            doc.words(span.clone())
                .map(|(_, t)| bare(&t.norm))
                .collect()
        });
        if let Some(lost) = lost_name(src, theirs, pair, here) {
            out.push(became(doc, src, lost, run.clone()));
        }
    }
}

/// A name of the source sentence none of whose words the suspect sentence
/// keeps, or else a body ("the council") whose noun it drops.
fn lost_name(
    src: &Document,
    theirs: &Names,
    pair: &AlignedPair,
    here: &[&str],
) -> Option<Range<usize>> {
    let span = pair.source_tokens(src);
    let kept = |w: &str| here.contains(&w);
    let name = theirs
        .runs()
        .iter()
        .filter(|r| span.contains(&r.start) && r.end <= span.end)
        .find(|r| {
            src.words((*r).clone()).all(|(_, t)| {
                let w = bare(&t.norm);
                is_stopword(w) || BODIES.contains(&w) || !kept(w)
            })
        });
    if let Some(r) = name {
        return Some(r.clone());
    }
    let mut the = src
        .words(span.clone())
        .filter(|(_, t)| t.norm == "the")
        .map(|(k, _)| k);
    the.find_map(|k| {
        let body = src
            .words(k + 1..span.end)
            .take(3)
            .find(|(_, t)| BODIES.contains(&bare(&t.norm)))?;
        let plain = src
            .words(k + 1..body.0)
            .all(|(j, _)| !src.is_capitalized(j));
        (plain && !kept(bare(&body.1.norm))).then_some(k..body.0 + 1)
    })
}

/// The names of a token range, with those that "for" joins read as one
/// ("Department for Education").
fn joined_runs(doc: &Document, names: &Names, span: &Range<usize>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in names
        .runs()
        .iter()
        .filter(|r| span.contains(&r.start) && r.end <= span.end)
    {
        match out.last_mut() {
            Some(last) if last.end + 1 == r.start && doc.tokens[last.end].norm == "for" => {
                last.end = r.end;
            }
            _ => out.push(r.clone()),
        }
    }
    out
}

/// Whether the lower-cased text has `word` as a whole word.
fn writes_word(lower_text: &str, word: &str) -> bool {
    lower_text.match_indices(word).any(|(i, _)| {
        let before = lower_text[..i].chars().next_back();
        let after = lower_text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether `name` spells out an acronym the source writes ("IMF" → "International Monetary Fund").
fn spells_out_acronym(src: &Document, theirs: &Names, name: &str) -> bool {
    theirs
        .runs()
        .iter()
        .filter(|r| r.len() == 1)
        .any(|r| is_initialism(name, src.span_text(r.clone())))
}
