//! A figure's bound turned to the other side in other words: "fewer than 40"
//! → "over 40", "exceed 30 percent" → "fall below 30 percent", "just short of
//! the 95 percent" → "just above the 95%". Antonyms of one family ("below" →
//! "above", "fewer" → "more") are judged as word flips; this catches the
//! rest. A floor told by "within" ("at least 28 days" → "within 28 days")
//! is a cap.

use super::became;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::are_antonyms;
use crate::text::Document;
use crate::text::numbers::{FLOOR_PHRASES, plain_number};

/// Phrases that put what follows under a figure.
const UNDER: &[&[&str]] = &[
    &["fewer", "than"],
    &["less", "than"],
    &["lower", "than"],
    &["under"],
    &["below"],
    &["beneath"],
    &["short", "of"],
];

/// Phrases that put what follows over a figure.
const OVER: &[&[&str]] = &[
    &["more", "than"],
    &["greater", "than"],
    &["higher", "than"],
    &["over"],
    &["above"],
    &["beyond"],
    &["upwards", "of"],
    &["in", "excess", "of"],
    &["exceed"],
    &["exceeds"],
    &["exceeded"],
    &["exceeding"],
];

/// How many words before a bound a denial may bear on it.
const DENIAL_REACH: usize = 4;

/// A bound before a figure, as (unit range of the bound, over, figure).
type Bound<'a> = (std::ops::Range<usize>, bool, &'a str);

/// The bounds in `words` with the figure right after them, or past a "the"
/// ("above the 95 percent"; "over the 12 months" is a period). A denial
/// right before turns a bound ("no more than 40" is under 40); one a few
/// words before may or may not bear on it ("not expected to fall below 28C",
/// "not effective in children under five"), and the bound is left out.
fn bounds<'a>(words: &[&'a str]) -> Vec<Bound<'a>> {
    let digits = |w: &&str| w.starts_with(|c: char| c.is_ascii_digit());
    // Most sentences hold no figure, and so no bound: the phrases are
    // sought only in one that does.
    if !words.iter().any(digits) {
        return Vec::new();
    }
    let figure = |k: usize, p: &[&str]| {
        let the = words.get(k) == Some(&"the") && p != ["over"];
        words.get(k + usize::from(the)).copied().filter(digits)
    };
    let denial = |w: &&str| matches!(*w, "not" | "no" | "never");
    let denied = |k: usize| k.checked_sub(1).is_some_and(|p| denial(&words[p]));
    let unclear = |k: usize| {
        k > 0
            && words[k.saturating_sub(DENIAL_REACH)..k - 1]
                .iter()
                .any(denial)
    };
    (0..words.len())
        .filter_map(|k| {
            [(UNDER, false), (OVER, true)]
                .iter()
                .find_map(|(list, over)| {
                    let p = list.iter().find(|p| words[k..].starts_with(p))?;
                    if unclear(k) {
                        return None;
                    }
                    let f = figure(k + p.len(), p)?;
                    Some((k..k + p.len(), *over != denied(k), f))
                })
        })
        .collect()
}

/// Whether `w` carries a denial in its prefix, the opposite of its stem
/// ("unlikely", "impossible").
fn prefixed_denial(w: &str) -> bool {
    ["un", "im", "in", "il", "ir", "dis"]
        .iter()
        .any(|p| w.strip_prefix(p).is_some_and(|stem| are_antonyms(stem, w)))
}

/// "Is unlikely to be worth more than £80,000" → "would probably be worth no
/// more than £80,000": a bound on a figure denied on one side only, and a
/// word flip whose denied side ("unlikely") stands where the bound is
/// undenied. The denial moved onto the bound: the flip is dropped from
/// `flips`, and the bound's turn is answered (the return).
pub(super) fn denial_onto_bound(
    doc: &Document,
    pair: &AlignedPair,
    flips: &mut Vec<Diagnostic>,
) -> bool {
    if flips.is_empty() {
        return false;
    }
    let (tw, ow) = (pair.source_units.words(), pair.suspect_units.words());
    let (was, now) = (bounds(&tw), bounds(&ow));
    let denied = |w: &[&str], k: usize| k > 0 && matches!(w[k - 1], "no" | "not");
    // The side whose bound holds the denial: true for the suspect.
    let Some(onto_ours) = now.iter().find_map(|(k, over, figure)| {
        let b = was
            .iter()
            .find(|b| b.2 == *figure && b.1 != *over && tw[b.0.clone()] == ow[k.clone()])?;
        let (ours, theirs) = (denied(&ow, k.start), denied(&tw, b.0.start));
        (ours != theirs).then_some(ours)
    }) else {
        return false;
    };
    let before = flips.len();
    flips.retain(|d| {
        let theirs = d.suggestion.as_deref().unwrap_or_default();
        let ours = doc.text[d.start..d.end].to_lowercase();
        let ours = ours.as_str();
        !if onto_ours {
            prefixed_denial(theirs) && !prefixed_denial(ours)
        } else {
            prefixed_denial(ours) && !prefixed_denial(theirs)
        }
    });
    flips.len() < before
}

/// Flags a suspect bound on a figure that the source bounds from the other
/// side, and never from the same one; `flagged` are the findings already
/// made, whose spans a word flip may have covered.
pub(super) fn bound_turned(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    flagged: &[Diagnostic],
    out: &mut Vec<Diagnostic>,
    moved: bool,
) {
    if moved {
        return;
    }
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let (was, now) = (bounds(&theirs.words()), bounds(&ours.words()));
    for (k, over, figure) in now {
        let same_figure = |b: &&Bound| b.2 == figure;
        let Some(before) = was.iter().filter(same_figure).find(|b| b.1 != over) else {
            continue;
        };
        if was.iter().filter(same_figure).any(|b| b.1 == over) {
            continue;
        }
        let (start, end) = doc.token_span(ours.tokens(k));
        if flagged.iter().any(|d| d.overlaps(start, end)) {
            continue;
        }
        let was_text = src.span_text(theirs.tokens(before.0.clone()));
        out.push(
            Diagnostic::new(
                start,
                end,
                format!(
                    "\"{was_text} {figure}\" became \"{} {figure}\": the bound is on the other side",
                    &doc.text[start..end]
                ),
            )
            .suggest(was_text)
            .evidence(src.span_text(pair.source_tokens(src))),
        );
    }
}

/// How many words before a floor a denial makes it a cap ("were not kept
/// waiting for more than an hour").
const FLOOR_DENIAL_REACH: usize = 5;

/// Flags "within" a figure and its unit ("within 28 days", "within the past
/// ten years") where the source sets an undenied floor under the same figure
/// and unit ("at least 28 days before", "in more than ten years"): a floor
/// told as a cap. A denied floor is a cap, which "within" keeps ("were not
/// kept waiting for more than an hour" → "were seen within an hour").
pub(super) fn floor_made_within(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let ow = pair.suspect_units.words();
    if !ow.contains(&"within") {
        return;
    }
    let tw = pair.source_units.words();
    let amount = |w: &str| {
        matches!(w, "a" | "an")
            || w.starts_with(|c: char| c.is_ascii_digit())
            || plain_number(w).is_some()
    };
    for k in (0..ow.len()).filter(|&k| ow[k] == "within") {
        let skip = match ow.get(k + 1..k + 3) {
            Some(["the", "past" | "next" | "last" | "first" | "coming"]) => 3,
            _ => 1,
        };
        let Some(figure @ [number, _]) = ow.get(k + skip..k + skip + 2) else {
            continue;
        };
        if !amount(number) {
            continue;
        }
        let floor = (0..tw.len().saturating_sub(1)).find_map(|j| {
            if tw[j..j + 2] != *figure {
                return None;
            }
            let p = FLOOR_PHRASES.iter().find(|p| tw[..j].ends_with(p))?;
            let s = j - p.len();
            let denied = tw[s.saturating_sub(FLOOR_DENIAL_REACH)..s].iter().any(|w| {
                matches!(
                    *w,
                    "not" | "never" | "no" | "nobody" | "none" | "neither" | "cannot"
                )
            });
            (!denied).then_some(s..j + 2)
        });
        let Some(was) = floor else {
            continue;
        };
        let d = became(doc, src, pair, was, k..k + skip + 2, "a floor and a cap");
        if !out.iter().any(|o| o.overlaps(d.start, d.end)) {
            out.push(d);
        }
    }
}
