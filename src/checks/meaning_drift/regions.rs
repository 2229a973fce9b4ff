//! A part of a place or a group widened to the whole of it: "in parts of
//! Europe" → "across Europe", "rural districts in the east" → "rural
//! districts across the country", "some nearby residents" → "residents
//! across the area".

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::names::is_sentence_initial;
use crate::text::numbers::plain_number;

/// Words that spread a statement over the whole of a place.
const WHOLE: &[&str] = &["across", "throughout", "nationwide", "countrywide"];

/// Words by which the source already spreads a statement widely.
const WIDE: &[&str] = &[
    "across",
    "throughout",
    "nationwide",
    "countrywide",
    "around",
    "all",
    "every",
    "everywhere",
    "whole",
    "entire",
    "over",
    "national",
    "nationally",
    "wide",
    "widespread",
];

/// Words by which the source keeps a statement to a part of a place or a
/// group ("parts of", "in the east", "some nearby residents").
const PARTIAL: &[&str] = &[
    "part", "parts", "some", "several", "nearby", "east", "west", "north", "south", "eastern",
    "western", "northern", "southern",
];

/// A statement the source keeps to a part of a place or a group that the
/// suspect spreads across the whole ("across Europe", "nationwide").
pub fn region_widened(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // "came across the remains": a verb's particle, no place.
    let whole = |k: usize| {
        WHOLE.contains(&ow[k])
            && (ow[k] != "across" && ow[k] != "throughout"
                // "across nine countries", "across northern England": a
                // count of places or a part, no whole.
                || ow.get(k + 1).is_some_and(|n| {
                    *n != "from"
                        && !PARTIAL.contains(n)
                        && !n.starts_with(|c: char| c.is_ascii_digit())
                        && plain_number(n).is_none()
                })
                    && k.checked_sub(1).is_none_or(|p| {
                        !matches!(ow[p], "came" | "come" | "comes" | "coming" | "run" | "ran")
                    }))
    };
    let Some(k) = (0..ow.len()).find(|&k| whole(k)) else {
        return;
    };
    // The part the source names and the copy drops, no part of a name
    // ("Southern Cross Marine Institute").
    let theirs = &pair.source_units;
    let part = |i: usize| {
        let t = theirs.token[i];
        PARTIAL.contains(&tw[i])
            && !ow.iter().any(|w| w.starts_with(tw[i]))
            && (!src.is_capitalized(t) || is_sentence_initial(src, t))
    };
    if tw.iter().any(|w| WIDE.contains(w)) || !(0..tw.len()).any(part) {
        return;
    }
    let end = if matches!(ow[k], "across" | "throughout") {
        let the = ow.get(k + 1).is_some_and(|n| *n == "the");
        (k + 2 + usize::from(the)).min(ow.len())
    } else {
        k + 1
    };
    flag_units(
        doc,
        src,
        pair,
        k..end,
        |now| format!("\"{now}\": the source keeps it to a part"),
        out,
    );
}
