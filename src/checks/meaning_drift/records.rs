//! A bounded superlative told as a record ("the biggest since 2011" → "a
//! record crowd", "the largest in a decade" → "the largest in its history").

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;

/// Spans of time a superlative may be bounded by ("in a decade").
const SPANS: &[&str] = &["decade", "decades", "years", "generation", "century"];

/// Words by which a text states a record or all of history.
const RECORDS: &[&str] = &["record", "records", "recorded", "ever", "history"];

/// Whether `words` bound a comparison in time: "since" before a figure
/// ("since 2011", "since March 2022") or a span after "in", "for" or "than"
/// ("in a decade", "in more than a decade", "for 20 years").
fn bounded(words: &[&str]) -> bool {
    let figure = |w: &&str| w.starts_with(|c: char| c.is_ascii_digit());
    (0..words.len()).any(|i| {
        (words[i] == "since" && words[i + 1..(i + 3).min(words.len())].iter().any(figure))
            || (SPANS.contains(&words[i])
                && words[i.saturating_sub(3)..i]
                    .iter()
                    .any(|w| matches!(*w, "in" | "for" | "than")))
    })
}

/// Whether word `k` of `words` claims a record: "record", "ever", "all-time"
/// or "in … history".
fn claims_record(words: &[&str], k: usize) -> bool {
    match words[k] {
        "record" | "ever" => true,
        "time" => k >= 1 && words[k - 1] == "all",
        "history" => words[k.saturating_sub(4)..k].contains(&"in"),
        _ => false,
    }
}

/// A superlative the source bounds in time ("the steepest drop since March
/// 2022") that the suspect makes a record ("on record"), the bound gone.
pub fn record_claimed(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if !bounded(tw) || bounded(ow) || tw.iter().any(|w| RECORDS.contains(w)) {
        return;
    }
    let Some(k) = (0..ow.len()).find(|&k| claims_record(ow, k)) else {
        return;
    };
    let first = match ow[k] {
        "record" if k >= 1 && ow[k - 1] == "on" => k - 1,
        "time" => k - 1,
        _ => k,
    };
    flag_units(
        doc,
        src,
        pair,
        first..k + 1,
        |now| format!("\"{now}\": the source bounds the comparison in time"),
        out,
    );
}
