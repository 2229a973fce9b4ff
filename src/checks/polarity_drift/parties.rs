//! The parties of one verb exchanged: "the Hawks beat the Lions" → "the
//! Lions beat the Hawks", "favoured owners over tenants" → "favoured
//! tenants over owners". The same verb in the same voice with its parties
//! swapped says the opposite; a passive ("the Lions were beaten by the
//! Hawks") or a converse verb restates, and a verb of a shared act ("met",
//! "played") is the same either way.

use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::{self, lemmas};
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, stem};
use std::ops::Range;

/// Tokens searched on each side of a verb for its party.
const PARTY_REACH: usize = 3;

/// Tokens that end a verb's reach for its parties: clause boundaries, and
/// the "and" or "with" of parties acting together.
const STOPS: &[&str] = &[
    ",", ";", ":", ".", "and", "or", "but", "which", "who", "while", "with", "against", "said",
    "says",
];

/// Forms of "be" and "get" that make a verb after them passive.
const PASSIVE: &[&str] = &[
    "be", "been", "being", "is", "are", "was", "were", "get", "got", "gets", "getting",
];

/// Words that set one party against another after a verb's object
/// ("favoured owners over tenants").
const PREFERRED: &[&str] = &["over", "than"];

/// Verbs of acts two parties share, the same whichever names the other.
const SHARED: &[&str] = &[
    "meet", "play", "face", "draw", "tie", "marry", "join", "merge", "match", "equal", "resemble",
    "fight", "battle", "share", "swap", "exchange", "trade", "debate", "contact", "rival",
    "partner", "level", "compare",
];

/// One verb's parties: the content words nearest before it, after it, and
/// after a word of preference following that ("over", "than").
struct Parties {
    before: Option<String>,
    after: Option<String>,
    preferred: Option<String>,
}

/// The first content word of `order`, stopping at a clause boundary; with
/// whether a passive marker ("was", "by") came first.
fn party(doc: &Document, order: impl Iterator<Item = usize>) -> (Option<String>, bool) {
    let mut passive = false;
    for k in order.take(PARTY_REACH) {
        let t = &doc.tokens[k];
        let w = t.norm.as_str();
        if STOPS.contains(&w) {
            break;
        }
        passive |= PASSIVE.contains(&w) || w == "by";
        if t.kind == TokenKind::Word && !is_stopword(w) {
            // "recounts triggered automatically" → "automatically triggered
            // recounts": a party is a noun or a name, not a manner.
            let noun = wordnet::parts_of_speech(w) & wordnet::NOUN != 0 || doc.is_capitalized(k);
            return (noun.then(|| stem(w)), passive);
        }
    }
    (None, passive)
}

/// The parties of the verb at token `v` within `sentence`, or `None` when
/// the verb is passive.
fn parties(doc: &Document, v: usize, sentence: Range<usize>) -> Option<Parties> {
    let (before, pb) = party(doc, (sentence.start..v).rev());
    let (after, pa) = party(doc, v + 1..sentence.end);
    if pb || pa {
        return None;
    }
    let object = (v + 1..sentence.end)
        .take(PARTY_REACH)
        .find(|&k| after.as_deref() == Some(stem(&doc.tokens[k].norm).as_str()));
    let preferred = object
        .map(|k| k + 1)
        .filter(|&k| k < sentence.end && PREFERRED.contains(&doc.tokens[k].norm.as_str()))
        .and_then(|k| party(doc, k + 1..sentence.end).0);
    Some(Parties {
        before,
        after,
        preferred,
    })
}

/// Whether `w` is a verb of a shared act.
fn shared(w: &str) -> bool {
    SHARED.contains(&w) || lemmas(w).iter().any(|l| SHARED.contains(&l.as_str()))
}

/// Flags a verb found once on each side whose parties changed places.
pub(super) fn swapped_parties(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (pair.source_tokens(src), pair.suspect_tokens(doc));
    // A verb by its form: one that may be a noun ("leads", "tenants") only
    // in the past ("favoured").
    // WordNet is asked only about words that are no stop words.
    let verb = |d: &Document, k: usize| {
        let t = &d.tokens[k];
        t.kind == TokenKind::Word
            && !is_stopword(&t.norm)
            && {
                let pos = wordnet::parts_of_speech(&t.norm);
                pos & wordnet::VERB != 0 && (pos & wordnet::NOUN == 0 || t.norm.ends_with("ed"))
            }
            && !shared(&t.norm)
    };
    let once =
        |d: &Document, r: Range<usize>, w: &str| r.filter(|&k| d.tokens[k].norm == w).count() == 1;
    for v in ours.clone().filter(|&k| verb(doc, k)) {
        let w = doc.tokens[v].norm.as_str();
        if !once(doc, ours.clone(), w) || !once(src, theirs.clone(), w) {
            continue;
        }
        let Some(u) = theirs.clone().find(|&k| src.tokens[k].norm == w) else {
            continue;
        };
        let (Some(was), Some(now)) = (
            parties(src, u, theirs.clone()),
            parties(doc, v, ours.clone()),
        ) else {
            continue;
        };
        let exchanged =
            |x: &Option<String>, y: &Option<String>, p: &Option<String>, q: &Option<String>| {
                x.is_some() && y.is_some() && x != y && x == q && y == p
            };
        let subject = exchanged(&was.before, &was.after, &now.before, &now.after);
        let preference = exchanged(&was.after, &was.preferred, &now.after, &now.preferred);
        if !(subject || preference) {
            continue;
        }
        let (start, end) = doc.token_span(v..v + 1);
        out.push(
            Diagnostic::new(
                start,
                end,
                format!("the parties of \"{w}\" changed places: the source says the reverse"),
            )
            .evidence(src.span_text(theirs.clone())),
        );
    }
}
