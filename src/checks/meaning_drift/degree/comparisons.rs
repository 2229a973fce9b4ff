//! A comparison's margin restated: "slightly more than" → "well over",
//! "well beyond" → "slightly beyond", "shortly after" → "well after".

use super::{NARROW, WIDE};
use crate::align::AlignedPair;
use crate::checks::meaning_drift::claims::punctuated_before;
use crate::checks::meaning_drift::flag_units;
use crate::finding::Diagnostic;
use crate::text::Document;

/// Words of a comparison whose margin a word before them tells ("more",
/// "beyond", "after"), with the side of the mark each stands on; the
/// positions [`super::gap_restated`] reads ("above", "below") are on the
/// same sides, so "well over" → "slightly more than" is one comparison.
const COMPARISONS: &[(&str, &str)] = &[
    ("more", "up"),
    ("higher", "up"),
    ("beyond", "up"),
    ("over", "up"),
    ("above", "up"),
    ("less", "down"),
    ("fewer", "down"),
    ("lower", "down"),
    ("below", "down"),
    ("under", "down"),
    ("after", "after"),
    ("before", "before"),
];

/// Words that tell a comparison's margin is narrow beside [`NARROW`]
/// ("shortly after").
const NARROW_TOO: &[&str] = &["shortly"];

/// Words that tell a comparison's margin is wide beside [`WIDE`]
/// ("markedly higher", "noticeably more").
const WIDE_TOO: &[&str] = &["noticeably", "markedly", "vastly", "many"];

/// The side of the mark comparison word `w` stands on.
fn side(w: &str) -> Option<&'static str> {
    COMPARISONS.iter().find(|(c, _)| *c == w).map(|(_, s)| *s)
}

/// Whether `w` tells a margin wide (`Some(true)`), narrow (`Some(false)`)
/// or not at all.
fn margin(w: &str) -> Option<bool> {
    if WIDE.contains(&w) || WIDE_TOO.contains(&w) {
        Some(true)
    } else if NARROW.contains(&w) || NARROW_TOO.contains(&w) {
        Some(false)
    } else {
        None
    }
}

/// The comparisons of a sentence's words whose margin the word before
/// tells, not across punctuation ("so far, more") nor after "under" ("under
/// way before": no margin): (index of the margin word, the side, whether
/// told wide).
fn margins(doc: &Document, tokens: &[usize], words: &[&str]) -> Vec<(usize, &'static str, bool)> {
    (1..words.len())
        .filter(|&k| !(punctuated_before(doc, tokens[k]) || (k > 1 && words[k - 2] == "under")))
        .filter_map(|k| Some((k - 1, side(words[k])?, margin(words[k - 1])?)))
        .collect()
}

/// A comparison the source tells narrow told wide, or wide told narrow, on
/// the same side of its mark ("slightly less than in 2022" → "well below
/// the 2022 figure"), outside a quotation (misquote's). A margin the source
/// does not tell at all, added, passes ("less snow" → "much less snow" is
/// often filler); the positions alone, told the same way, are
/// [`super::gap_restated`]'s.
pub(in crate::checks::meaning_drift) fn comparison_restated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // A margin word is rare: look for it first.
    if !ow.iter().any(|w| margin(w).is_some()) || !tw.iter().any(|w| margin(w).is_some()) {
        return;
    }
    let ours = margins(doc, &pair.suspect_units.token, ow);
    let theirs = margins(src, &pair.source_units.token, tw);
    let Some(&(k, _, wide)) = ours.iter().find(|&&(k, at, wide)| {
        !doc.quotes.encloses(pair.suspect_units.token[k])
            && theirs.iter().any(|&(_, was, w)| was == at && w != wide)
    }) else {
        return;
    };
    let (start, end) = doc.token_span(pair.suspect_units.tokens(k..k + 2));
    if out.iter().any(|d| d.start < end && start < d.end) {
        return;
    }
    let what = if wide { "widened" } else { "narrowed" };
    flag_units(
        doc,
        src,
        pair,
        k..k + 2,
        |text| format!("\"{text}\": the source's margin is {what}"),
        out,
    );
}
