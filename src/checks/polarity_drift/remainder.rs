//! A count told by its remainder: "29,870 finished" → "1,550 failed to
//! finish" of 31,420 starters, or "61 of the 90 passed" → "29 failed".

use crate::align::AlignedPair;
use crate::text::Document;
use crate::text::numbers::{Unit, quantities};
use crate::text::tokens::TokenKind;

/// Tokens between a count and the word it is the subject of ("eight of the
/// ten members voted in favour", "about 1,550 did not").
const SUBJECT_REACH: usize = 6;

/// Plain counts (no years, percentages or money) in a token range.
fn counts(doc: &Document, range: std::ops::Range<usize>) -> Vec<(f64, std::ops::Range<usize>)> {
    quantities(doc, range)
        .into_iter()
        .filter(|q| q.unit == Unit::Plain && !q.is_year() && !q.gloss)
        .map(|q| (q.value, q.tokens))
        .collect()
}

/// Whether negator `t` of `doc` (token range `ours`; the other side is
/// `other_doc`, range `theirs`) has for its subject a count that is the
/// remainder of a whole the other side states less a part it states ("of
/// 90 … 61 passed" → "29 failed"), or of a whole of the same thing stated
/// anywhere in the other document: the same share told from the other
/// side, no flip.
pub(super) fn remainder(
    (doc, ours): (&Document, std::ops::Range<usize>),
    (other_doc, theirs): (&Document, std::ops::Range<usize>),
    t: usize,
) -> bool {
    let own = counts(doc, ours.clone());
    // "eight of the ten voted": the count after "of" is the whole.
    let whole = |r: &std::ops::Range<usize>| {
        (1..=2).any(|back| doc.norm_before(r.start, back) == Some("of"))
    };
    let Some(&(count, _)) = own
        .iter()
        .rfind(|(_, r)| r.end <= t && t - r.end <= SUBJECT_REACH && !whole(r))
        // "a 6-2 win in the semi-final, denying": a score, and a clause away.
        .filter(|(_, r)| {
            doc.tokens[r.end..t]
                .iter()
                .all(|x| x.kind == TokenKind::Word)
                && doc.norm_before(r.start, 1) != Some("-")
        })
    else {
        return false;
    };
    let other = counts(other_doc, theirs);
    // `count` is what is left of `whole` once `part` is taken.
    let rest = |whole: f64, part: f64| part != count && part < whole && whole - part == count;
    let told = |whole: f64| other.iter().any(|&(part, _)| rest(whole, part));
    // "cutting power to about 84,000 homes" in the lead, "restored 31,000
    // homes" → "leaving 53,000 without": a whole of the same thing as the
    // part may stand anywhere in the source.
    let noun = |r: &std::ops::Range<usize>| other_doc.tokens.get(r.end).map(|x| x.norm.as_str());
    let anywhere = || {
        counts(other_doc, 0..other_doc.tokens.len())
            .into_iter()
            .any(|(whole, w)| {
                other.iter().any(|(part, r)| {
                    rest(whole, *part) && noun(r).is_some_and(|n| Some(n) == noun(&w))
                })
            })
    };
    // The whole stands on the side of the part ("of 90 … 61 passed" → "of
    // the 90, 29 failed"): a whole only the other side states may be a
    // figure changed ("two of four were upheld" → "two of six were
    // dismissed": six less four is no remainder).
    other.iter().any(|&(whole, _)| told(whole)) || anywhere()
}

/// Whether every negator in `negators` of the suspect (or, with
/// `source_side`, of the source) counts a remainder ([`remainder`]).
pub(super) fn remainders(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    negators: &[usize],
    source_side: bool,
) -> bool {
    let (s, o) = (
        (doc, pair.suspect_tokens(doc)),
        (src, pair.source_tokens(src)),
    );
    let (mine, theirs) = if source_side { (o, s) } else { (s, o) };
    !negators.is_empty()
        && negators
            .iter()
            .all(|&t| remainder(mine.clone(), theirs.clone(), t))
}

/// Whether suspect token `tb`, an opposite of source token `ta`, counts
/// the remainder of what `ta` counted ("61 of the 90 passed" → "of the 90,
/// 29 failed"), either side's count standing before its verb.
pub(super) fn remainder_opposite(
    (src, ta): (&Document, usize),
    (doc, tb): (&Document, usize),
) -> bool {
    let sentence = |d: &Document, t: usize| {
        d.sentence_of(t)
            .map(|s| d.sentences[s].tokens.clone())
            .unwrap_or(t..t + 1)
    };
    let (theirs, ours) = (sentence(src, ta), sentence(doc, tb));
    remainder((doc, ours.clone()), (src, theirs.clone()), tb)
        || remainder((src, theirs), (doc, ours), ta)
}
