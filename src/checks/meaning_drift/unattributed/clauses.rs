//! The clause of a suspect sentence that holds a claim, where the source
//! opens on its speaker: a speaker named in another clause of the copy
//! ("The closure will coincide with the busiest weeks, and the residents'
//! association has asked for a delay") says nothing of the claim.

use super::verbs;
use crate::align::AlignedPair;
use crate::text::Document;
use crate::text::tokens::TokenKind;

/// Words that open a coordinate clause after a comma.
const COORDINATORS: &[&str] = &[
    "and", "but", "though", "although", "while", "whereas", "yet",
];

/// Most units of a speaker that opens its sentence before the reporting
/// verb ("The West Bank Residents' Association said").
const OPENING_SPEAKER: usize = 8;

/// The punctuation before token `t` of `doc`, if any.
fn punctuation_before(doc: &Document, t: usize) -> Option<&str> {
    let p = doc.tokens.get(t.checked_sub(1)?)?;
    (p.kind == TokenKind::Punct).then_some(p.norm.as_str())
}

/// Whether the source sentence of `pair` opens on its speaker, the claim
/// starting at source unit `claim` ("The park said [the elephants would
/// stay]"), with no comma, colon, dash or bracket before it: the speaker
/// vouches for that claim alone, not for a clause the copy adds.
fn opens_on_speaker(src: &Document, pair: &AlignedPair, claim: Option<usize>) -> bool {
    claim.is_some_and(|c| {
        c <= OPENING_SPEAKER + 1
            && (1..c).all(|j| {
                let t = pair.source_units.token[j];
                !matches!(
                    punctuation_before(src, t),
                    Some("," | ";" | ":" | "(" | ")" | "-" | "—")
                )
            })
    })
}

/// The suspect units (of `ow`, the words of `pair`) of the clause holding
/// unit `a`: from the comma and coordinator ("…, and"), or the semicolon,
/// before it to the next.
fn clause_around(
    doc: &Document,
    pair: &AlignedPair,
    ow: &[&str],
    a: usize,
) -> std::ops::Range<usize> {
    let boundary = |k: usize| match punctuation_before(doc, pair.suspect_units.token[k]) {
        Some(";") => true,
        Some(",") => COORDINATORS.contains(&ow[k]),
        _ => false,
    };
    let start = (1..=a).rev().find(|&k| boundary(k)).unwrap_or(0);
    let end = (a + 1..ow.len()).find(|&k| boundary(k)).unwrap_or(ow.len());
    start..end
}

/// The suspect units (of `ow`, the words of `pair`; `tw` the source's) in
/// which to seek the speaker of the claim at source unit `claim`: the
/// claim's clause alone where the source opens on its speaker ("The park
/// said the elephants would stay" → "The elephants will stay, and the park
/// will pay" names the park outside it), else the whole sentence.
pub(super) fn claim_clause(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    claim: Option<usize>,
) -> std::ops::Range<usize> {
    let whole = 0..ow.len();
    if !opens_on_speaker(src, pair, claim) {
        return whole;
    }
    verbs::claim_at(doc, src, pair, (tw, ow), claim)
        .map_or(whole, |(a, _)| clause_around(doc, pair, ow, a))
}
