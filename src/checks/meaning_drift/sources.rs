//! The party a claim is attributed to, swapped for another.

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, stem};

/// Nouns that name a party a claim may be attributed to ("company
/// estimates", "government figures", "police").
const PARTIES: &[&str] = &[
    "company",
    "government",
    "ministry",
    "police",
    "union",
    "council",
    "analysts",
    "analyst",
    "regulator",
    "regulators",
    "prosecutors",
    "executive",
    "officials",
    "industry",
    "opposition",
    "committee",
    "court",
    "agency",
    "bank",
    "residents",
    "campaigners",
    "investigators",
    "researchers",
    "lawyers",
];

/// Words after "according to" read as its party, up to punctuation.
const PARTY_WORDS: usize = 12;

/// "according to analysts at Merrow Bank" → "according to chief executive
/// Pieter van Hoorn", "according to government estimates" → "according to
/// company estimates": the claim is still attributed, to another party.
/// Both sides must name a party the other lacks by a party noun or the word
/// before one that says which, and the new party must be named elsewhere in
/// the source: "according to its organisers" → "according to the people
/// behind it" names no other party.
pub fn attribution_swapped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let (Some(s), Some(k)) = (according_at(tw), according_at(ow)) else {
        return;
    };
    let theirs = party(src, &pair.source_units.token, tw, s);
    let ours = party(doc, &pair.suspect_units.token, ow, k);
    // Each side names a party the other lacks: a party noun or the word
    // that says which ("trade ministry" → "agriculture ministry"). A name
    // alone replaced ("Lessing Research" → "Hollis Capital") is
    // entity-drift's.
    let only = |a: &[Word], b: &[Word], known: &dyn Fn(&str) -> bool| {
        a.iter()
            .any(|w| w.party && !b.iter().any(|x| stem(&x.text) == stem(&w.text)) && known(&w.text))
    };
    // The new party is one the source names elsewhere.
    let in_source = |w: &str| {
        let w = w.strip_suffix("'s").unwrap_or(w);
        src.tokens
            .iter()
            .any(|t| t.norm.strip_suffix("'s").unwrap_or(&t.norm) == w)
    };
    if !only(&theirs, &ours, &|_| true) || !only(&ours, &theirs, &in_source) {
        return;
    }
    let end = k + 2 + party_len(doc, &pair.suspect_units.token, ow, k);
    let units = &pair.source_units;
    let was = src.span_text(units.tokens(s..s + 2 + party_len(src, &units.token, tw, s)));
    flag_units(
        doc,
        src,
        pair,
        k..end,
        |now| format!("\"{was}\" became \"{now}\": the claim is attributed to another party"),
        out,
    );
}

/// Where "according to" stands in `words`.
fn according_at(words: &[&str]) -> Option<usize> {
    words.windows(2).position(|w| w == ["according", "to"])
}

/// Units of the party after "according to" at `k`: up to punctuation or
/// `PARTY_WORDS` words.
fn party_len(doc: &Document, tokens: &[usize], words: &[&str], k: usize) -> usize {
    (k + 2..words.len().min(k + 2 + PARTY_WORDS))
        .take_while(|&j| j == k + 2 || doc.tokens[tokens[j] - 1].kind != TokenKind::Punct)
        .count()
}

/// A content word of a party, and whether it names the party: a party noun
/// or the common word right before one ("trade" in "trade ministry").
struct Word {
    text: String,
    party: bool,
}

/// The party's content words after "according to" at `k`.
fn party(doc: &Document, tokens: &[usize], words: &[&str], k: usize) -> Vec<Word> {
    let is_party = |j: usize| PARTIES.contains(&words[j]);
    (k + 2..k + 2 + party_len(doc, tokens, words, k))
        .filter(|&j| !is_stopword(words[j]))
        .map(|j| Word {
            text: words[j].to_string(),
            party: is_party(j)
                || (!doc.is_capitalized(tokens[j])
                    && words.get(j + 1).is_some_and(|_| is_party(j + 1))),
        })
        .collect()
}
