//! Opposites that keep their own figures: a word that stands by the same
//! figure on both sides refers to the same thing, however the aligner paired
//! it ("exports totalled 31.6 billion, while imports rose 1.8%" → "imports
//! climbed 1.8%, while exports came to 31.6 billion" swaps no opposites).

use super::negators::first_within;
use crate::align::AlignedPair;
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::stem;
use std::ops::Range;

/// Words after a word searched for the figure it stands by.
const FIGURE_REACH: usize = 6;

/// The first figure among the [`FIGURE_REACH`] words after unit `k`.
fn figure_after<'a>(words: &[&'a str], k: usize) -> Option<&'a str> {
    let after = words.get(k + 1..).unwrap_or_default();
    first_within(after, FIGURE_REACH, |w| {
        w.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// Whether suspect unit `k`, paired with source unit `j` as its opposite,
/// stands by a figure that a source word `restates` stands by, and source
/// unit `j` does not: it restates that word, and the opposites refer to
/// different things ("well below the record 12,400 MW" → "short of the record
/// 12,400 MW", however "above" was paired with it).
pub(super) fn restated_by_figure(
    (theirs, j): (&[&str], usize),
    (ours, k): (&[&str], usize),
    restates: impl Fn(&str) -> bool,
) -> bool {
    let Some(figure) = figure_after(ours, k) else {
        return false;
    };
    figure_after(theirs, j) != Some(figure)
        && theirs
            .iter()
            .enumerate()
            .any(|(i, w)| i != j && restates(w) && figure_after(theirs, i) == Some(figure))
}

/// Words either side of a word searched for the names of its clause.
const NAME_REACH: usize = 5;

/// Words that open a clause of their own, where the search for names stops.
const CLAUSE_BREAKS: &[&str] = &["but", "while", "whereas", "and", "although"];

/// The capitalised words (not opening the sentence `range`) of the clause
/// around token `t`, within [`NAME_REACH`] words either side.
fn names_near<'a>(doc: &'a Document, range: &Range<usize>, t: usize) -> Vec<&'a str> {
    let first_word = range
        .clone()
        .find(|&i| doc.tokens[i].kind == TokenKind::Word);
    let mut out = Vec::new();
    let mut take = |i: usize| {
        let tok = &doc.tokens[i];
        if tok.kind == TokenKind::Punct || CLAUSE_BREAKS.contains(&tok.norm.as_str()) {
            return false;
        }
        if tok.kind == TokenKind::Word && Some(i) != first_word && doc.is_capitalized(i) {
            out.push(tok.norm.as_str());
        }
        true
    };
    for i in (range.start..t).rev().take(NAME_REACH) {
        if !take(i) {
            break;
        }
    }
    for i in (t + 1..range.end).take(NAME_REACH) {
        if !take(i) {
            break;
        }
    }
    out
}

/// Whether suspect token `t`, paired with source token `was` as its
/// opposite, stands in its clause by a name that a source word of its own
/// root stands by, and `was` does not: clauses reordered, no flip ("rose at
/// Lower Brook but fell at Upper Marsh" → "at Upper Marsh they fell, while at
/// Lower Brook they rose").
pub(super) fn keeps_name(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    was: usize,
    t: usize,
) -> bool {
    let ours = pair.suspect_tokens(doc);
    let names = names_near(doc, &ours, t);
    if names.is_empty() {
        return false;
    }
    let theirs = pair.source_tokens(src);
    let shared = |i: usize| {
        names_near(src, &theirs, i)
            .iter()
            .any(|n| names.contains(n))
    };
    let root = stem(&doc.tokens[t].norm);
    !shared(was)
        && theirs
            .clone()
            .any(|i| i != was && stem(&src.tokens[i].norm) == root && shared(i))
}

/// Whether suspect token `t`, paired with source token `was` as its
/// opposite, stands by the figure a source word of its own root stands by.
pub(super) fn keeps_figure(pair: &AlignedPair, was: usize, t: usize) -> bool {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let (Some(j), Some(k)) = (
        theirs.token.iter().position(|&x| x == was),
        ours.token.iter().position(|&x| x == t),
    ) else {
        return false;
    };
    let root = stem(&ours.text[k]);
    restated_by_figure((&theirs.words(), j), (&ours.words(), k), |w| {
        stem(w) == root
    })
}
