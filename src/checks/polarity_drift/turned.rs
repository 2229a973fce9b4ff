//! A comparison turned round with its parties: "prices in Northvale were
//! higher than in Southmere" → "prices in Southmere were lower than in
//! Northvale" states the same relation from the other side.

use super::opposed::are_converses;
use crate::lexicon::wordnet::are_antonyms;
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, stem};

/// Tokens after a comparative searched for its "than" ("lower in May than
/// in April").
const THAN_REACH: usize = 6;

/// Tokens after "than" searched for the party compared against.
const PARTY_REACH: usize = 3;

/// The "than" after comparative token `t` in its sentence, and the stem of
/// the first content word after it: the party compared against.
fn than_party(d: &Document, t: usize) -> Option<(usize, String)> {
    let end = d
        .sentence_of(t)
        .map_or(d.tokens.len(), |s| d.sentences[s].tokens.end);
    let than = (t + 1..end.min(t + 1 + THAN_REACH)).find(|&k| d.tokens[k].norm == "than")?;
    let party = (than + 1..end.min(than + 1 + PARTY_REACH)).find(|&k| {
        let x = &d.tokens[k];
        x.kind == TokenKind::Word && !is_stopword(&x.norm)
    })?;
    Some((than, stem(&d.tokens[party].norm)))
}

/// Whether comparatives `ta` (source) and `tb` (suspect) compare the same
/// two parties the other way round: each side's party after "than" stands
/// before the other side's "than".
pub(super) fn turned_round((src, ta): (&Document, usize), (doc, tb): (&Document, usize)) -> bool {
    let (Some((src_than, x)), Some((doc_than, y))) = (than_party(src, ta), than_party(doc, tb))
    else {
        return false;
    };
    let before = |d: &Document, than: usize, party: &str| {
        let start = d
            .sentence_of(than)
            .map_or(0, |s| d.sentences[s].tokens.start);
        d.tokens[start..than].iter().any(|k| stem(&k.norm) == party)
    };
    // "lower than at the last election" → "higher at the last election
    // than this time": the source's own party, the present, left unsaid.
    let present = |d: &Document, than: usize| {
        matches!(
            d.tokens
                .get(than + 1..than + 3)
                .map(|w| [w[0].norm.as_str(), w[1].norm.as_str()]),
            Some(["this", "time" | "year" | "month" | "week" | "season"])
        ) || d
            .tokens
            .get(than + 1)
            .is_some_and(|w| matches!(w.norm.as_str(), "now" | "today"))
    };
    x != y && before(doc, doc_than, &x) && (before(src, src_than, &y) || present(doc, doc_than))
}

/// Whether "from" and "to" (source token `ta`, suspect token `tb`) follow a
/// deal told from its other side: the sentences hold converse verbs, one on
/// each side and the parties after the prepositions changed places
/// ("received a grant from the fund" → "the fund gave a grant to the
/// museum"); or the tokens are converse verbs, one before "from" and the
/// other before "by", so the party after them gives in both ("heaters
/// borrowed from the office" → "heaters lent by the office").
pub(super) fn handed_the_other_way(
    (src, ta): (&Document, usize),
    (doc, tb): (&Document, usize),
) -> bool {
    fn after(d: &Document, t: usize) -> Option<&str> {
        d.tokens.get(t + 1).map(|x| x.norm.as_str())
    }
    if matches!(
        (after(src, ta), after(doc, tb)),
        (Some("from"), Some("by")) | (Some("by"), Some("from"))
    ) && are_converses(src.tokens[ta].norm.as_str(), doc.tokens[tb].norm.as_str())
    {
        return true;
    }
    fn words(d: &Document, t: usize) -> Vec<&str> {
        let s = d
            .sentence_of(t)
            .map_or(0..d.tokens.len(), |s| d.sentences[s].tokens.clone());
        d.tokens[s].iter().map(|k| k.norm.as_str()).collect()
    }
    let (theirs, ours) = (words(src, ta), words(doc, tb));
    // The parties after the prepositions changed places.
    fn party(d: &Document, t: usize) -> Option<&str> {
        d.tokens[t + 1..]
            .iter()
            .take(PARTY_REACH)
            .find(|x| x.kind == TokenKind::Word && !is_stopword(&x.norm))
            .map(|x| x.norm.as_str())
    }
    let swapped = match (party(src, ta), party(doc, tb)) {
        (Some(x), Some(y)) => x != y && ours.contains(&x) && theirs.contains(&y),
        _ => false,
    };
    swapped
        && matches!(
            (src.tokens[ta].norm.as_str(), doc.tokens[tb].norm.as_str()),
            ("from", "to") | ("to", "from")
        )
        && theirs.iter().any(|a| {
            !ours.contains(a)
                && ours
                    .iter()
                    .any(|b| !theirs.contains(b) && are_converses(a, b))
        })
}

/// Whether source token `ta` and suspect token `tb` are each the party
/// after "than" in their sentences and each is named in the other
/// sentence: the parties of a comparison turned round ("higher in the
/// northern wards than in the southern wards" → "lower in the southern
/// wards than in the northern wards"), not one swapped for its opposite.
pub(super) fn than_parties_swapped(
    (src, ta): (&Document, usize),
    (doc, tb): (&Document, usize),
) -> bool {
    let after_than = |d: &Document, t: usize| {
        (t.saturating_sub(PARTY_REACH)..t).any(|k| d.tokens[k].norm == "than")
    };
    let named_in = |d: &Document, t: usize, word: &str| {
        d.sentence_of(t).is_some_and(|s| {
            d.tokens[d.sentences[s].tokens.clone()]
                .iter()
                .any(|k| k.norm == word)
        })
    };
    // The comparative itself turned ("higher" → "lower"): a pair of
    // opposites before "than", each said on its side only.
    let window = |d: &Document, t: usize| -> Vec<String> {
        let than = (t.saturating_sub(PARTY_REACH)..t).rfind(|&k| d.tokens[k].norm == "than");
        than.map_or(Vec::new(), |h| {
            d.tokens[h.saturating_sub(THAN_REACH + 1)..h]
                .iter()
                .map(|k| k.norm.clone())
                .collect()
        })
    };
    let (x, y) = (window(src, ta), window(doc, tb));
    let turned = x.iter().any(|a| {
        !named_in(doc, tb, a)
            && y.iter()
                .any(|b| !named_in(src, ta, b) && are_antonyms(a, b))
    });
    turned
        && after_than(src, ta)
        && after_than(doc, tb)
        && named_in(doc, tb, &src.tokens[ta].norm)
        && named_in(src, ta, &doc.tokens[tb].norm)
}
