//! An expectation the source puts on two things, told of one as certain
//! while the copy keeps it for the other: "Forecasters expect winds to ease
//! and rainfall to stay low" → "Winds will ease, and forecasters expect
//! rainfall to stay low", "with temperatures expected to drop" →
//! "Temperatures will drop, with gusts of 70 km/h expected".

use super::flag_units;
use super::hedges::forecast_kept;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;

/// Words of expectation that govern an infinitive ("expect winds to ease").
const EXPECT: &[&str] = &["expect", "expects", "expected"];

/// Units after a word of expectation within which its "to" is sought.
const TO_REACH: usize = 4;

/// The expectation word of `words` that governs "to `verb`" within reach,
/// and whether words stand between them ("expect winds to ease").
fn expects<'a>(words: &[&'a str], verb: &str) -> Option<(&'a str, bool)> {
    words.iter().enumerate().find_map(|(i, &w)| {
        let after = &words[i + 1..];
        let to = (0..after.len().saturating_sub(1).min(TO_REACH))
            .find(|&j| after[j] == "to" && after[j + 1] == verb)?;
        EXPECT.contains(&w).then_some((w, to > 0))
    })
}

/// A verb the source's expectation governs ("expect winds to ease") that the
/// suspect tells with "will" ("winds will ease"), no word of expectation
/// before it, while the suspect's own word of expectation stands after it on
/// another item ("and forecasters expect rainfall to stay", "with gusts …
/// expected"), not a trailing "…, forecasters expect." that still hedges it.
pub fn forecast_split(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if !ow.contains(&"will") || !tw.iter().any(|w| EXPECT.contains(w)) {
        return;
    }
    for k in (0..ow.len().saturating_sub(1)).filter(|&k| ow[k] == "will") {
        let verb = ow[k + 1];
        let Some((was, between)) = expects(tw, verb) else {
            continue;
        };
        // "expects demand to rise" → "predicts demand will rise": a word of
        // forecast before the "will" keeps the hedge.
        if ow[..k].iter().any(|w| EXPECT.contains(w))
            || forecast_kept(&pair.source_units.text, &pair.suspect_units.text[..k])
            || expects(&ow[k..], verb).is_some()
            || tw.windows(2).any(|p| p[0] == "will" && p[1] == verb)
        {
            continue;
        }
        let Some(m) = (k + 2..ow.len()).find(|&m| EXPECT.contains(&ow[m])) else {
            continue;
        };
        if m + 1 == ow.len() && !ow[k + 2..m].contains(&"with") {
            continue;
        }
        flag_units(
            doc,
            src,
            pair,
            k..k + 2,
            |now| {
                let gap = if between { " …" } else { "" };
                format!("\"{was}{gap} to {verb}\" became \"{now}\": a forecast is told as certain")
            },
            out,
        );
        return;
    }
}
