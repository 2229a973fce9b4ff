//! A movement restated as a comparative before the same noun, graded the
//! other way: "reduces opening hours" → "will have longer opening hours",
//! "cost more per pupil" → "are cheaper per pupil".

use super::swaps::opposite_finding;
use crate::align::{AlignedPair, EditKind};
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::wordnet::{direction, lemmas};
use crate::text::Document;
use crate::text::words::is_stopword;

/// Comparatives of size or amount that grade a noun up.
const GRADED_UP: &[&str] = &[
    "more", "longer", "higher", "greater", "bigger", "larger", "wider", "extra",
];

/// Comparatives of size or amount that grade a noun down.
const GRADED_DOWN: &[&str] = &["fewer", "less", "shorter", "lower", "smaller", "narrower"];

/// Which way a comparative grades the noun after it: `Some(true)` up.
fn graded(word: &str) -> Option<bool> {
    if GRADED_UP.contains(&word) {
        Some(true)
    } else if GRADED_DOWN.contains(&word) {
        Some(false)
    } else {
        None
    }
}

/// Comparatives of price: `Some(true)` for dearer, `Some(false)` for cheaper.
fn priced(d: &Document, t: usize) -> Option<bool> {
    let w = d.tokens[t].norm.as_str();
    let cost = || {
        d.norm_before(t, 1)
            .is_some_and(|p| lemmas(p).iter().any(|l| l == "cost"))
    };
    match w {
        "cheaper" => Some(false),
        "dearer" | "costlier" | "pricier" => Some(true),
        // "cost more to run": the verb graded.
        "more" | "less" if cost() => Some(w == "more"),
        _ => None,
    }
}

/// Words before a movement within which a negation denies it.
const DENIAL_REACH: usize = 3;

/// Flags a replaced stretch whose last source word is a movement no
/// negation denies and whose last suspect word grades the same noun the
/// other way ("reduces opening hours" → "longer opening hours"), and a
/// price told the other way in place ("cost more" → "are cheaper").
pub(super) fn graded_the_other_way(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let evidence = src.span_text(pair.source_tokens(src));
    for (i, e) in pair.edits.iter().enumerate() {
        if e.kind != EditKind::Replace || e.source.is_empty() || e.suspect.is_empty() {
            continue;
        }
        let (ta, tb) = (e.source.end - 1, e.suspect.end - 1);
        let (a, b) = (src.tokens[ta].norm.as_str(), doc.tokens[tb].norm.as_str());
        let before_noun = pair.edits.get(i + 1).is_some_and(|n| {
            n.kind == EditKind::Equal
                && src
                    .tokens
                    .get(n.source.start)
                    .is_some_and(|t| t.is_wordlike())
        });
        let denied = |d: &Document, t: usize| {
            (t.saturating_sub(DENIAL_REACH)..t).any(|k| is_negator_word(&d.tokens[k].norm))
        };
        let moved = !matches!(a, "up" | "down") && graded(a).is_none();
        let turned = before_noun
            && moved
            && !denied(src, ta)
            && direction(a).zip(graded(b)).is_some_and(|(x, y)| x != y);
        let price = || {
            let (x, y) = (priced(src, ta), priced(doc, tb));
            x.zip(y).is_some_and(|(x, y)| x != y) && !denied(src, ta) && !denied(doc, tb)
        };
        // "tram fares are cheaper than bus fares" → "bus fares are dearer
        // than tram fares": the comparison turned round with its parties.
        if (turned || price()) && !parties_swapped((src, ta), (doc, tb)) {
            out.push(opposite_finding(doc, tb, a, evidence));
        }
    }
}

/// Tokens after a comparative searched for its "than" and the party after it.
const THAN_REACH: usize = 4;

/// Whether the parties a "than" after each comparative sets against each
/// other changed places: the first content word after each "than" is
/// another word, named in the other sentence ("tram fares are cheaper than
/// bus fares" → "bus fares are dearer than tram fares").
fn parties_swapped((src, ta): (&Document, usize), (doc, tb): (&Document, usize)) -> bool {
    fn party(d: &Document, t: usize) -> Option<&str> {
        let end = (t + 1 + THAN_REACH).min(d.tokens.len());
        let than = (t + 1..end).find(|&k| d.tokens[k].norm == "than")?;
        let end = (than + 1 + THAN_REACH).min(d.tokens.len());
        (than + 1..end)
            .map(|k| d.tokens[k].norm.as_str())
            .find(|w| !is_stopword(w))
    }
    let named = |d: &Document, t: usize, w: &str| {
        d.sentence_of(t).is_some_and(|s| {
            d.tokens[d.sentences[s].tokens.clone()]
                .iter()
                .any(|k| k.norm == w)
        })
    };
    match (party(src, ta), party(doc, tb)) {
        (Some(x), Some(y)) => x != y && named(doc, tb, x) && named(src, ta, y),
        _ => false,
    }
}
