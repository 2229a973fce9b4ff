//! A statement the source's speaker grants told as a claim the copy doubts
//! ("after admitting that" → "following claims that", "conceded" →
//! "alleged"), or a claim told as an admission ("claimed" → "conceded"):
//! the speech act's certainty turned round where the copy rewords it.

use crate::align::{AlignedPair, units::Units};
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::text::Document;

/// Beginnings of words by which a speaker grants what is said is true.
const GRANTING: &[&str] = &["admit", "conced", "concession", "acknowledg", "confess"];

/// Words by which a text doubts what a speaker says.
const DOUBTING: &[&str] = &[
    "claim",
    "claims",
    "claimed",
    "claiming",
    "allege",
    "alleged",
    "alleges",
    "alleging",
    "allegation",
    "allegations",
    "purported",
    "purportedly",
];

/// Longest replaced run, in units on either side, read as one speech act.
const MAX_RUN: usize = 6;

/// Words before a speech act's word within which a negation denies it.
const NEGATION_REACH: usize = 2;

/// Whether unit `k` of `units` is a word of `kind`, not denied ("did not admit").
fn act(units: &[String], k: usize, kind: fn(&str) -> bool) -> bool {
    kind(&units[k])
        && !units[k.saturating_sub(NEGATION_REACH)..k]
            .iter()
            .any(|w| is_negator_word(w))
}

fn granting(w: &str) -> bool {
    GRANTING.iter().any(|p| w.starts_with(p))
}

fn doubting(w: &str) -> bool {
    DOUBTING.contains(&w)
}

/// The units of `units` whose tokens fall in `tokens`.
fn unit_range(units: &Units, tokens: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    units.token.partition_point(|&t| t < tokens.start)
        ..units.token.partition_point(|&t| t < tokens.end)
}

/// A replaced run that turns a granted statement into a doubted claim or
/// the reverse, neither side inside a quotation the copy keeps.
pub fn grant_turned(doc: &Document, src: &Document, pair: &AlignedPair, out: &mut Vec<Diagnostic>) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    for e in pair.substitutions() {
        let (from, to) = (unit_range(theirs, &e.source), unit_range(ours, &e.suspect));
        if from.is_empty() || to.is_empty() || from.len() > MAX_RUN || to.len() > MAX_RUN {
            continue;
        }
        if src.quotes.encloses(e.source.start) && doc.quotes.encloses(e.suspect.start) {
            continue;
        }
        let has = |units: &Units, range: &std::ops::Range<usize>, kind: fn(&str) -> bool| {
            range.clone().any(|k| act(&units.text, k, kind))
        };
        let (granted, doubted) = (
            has(theirs, &from, granting) && has(ours, &to, doubting),
            has(theirs, &from, doubting) && has(ours, &to, granting),
        );
        // A run that keeps the source's kind of act changes nothing.
        let kept = has(ours, &to, if granted { granting } else { doubting });
        if !(granted || doubted) || kept {
            continue;
        }
        let (start, end) = doc.token_span(e.suspect.clone());
        // A finding of another kind on these words says it already.
        if out.iter().any(|d| d.start < end && start < d.end) {
            continue;
        }
        let (was, now) = if granted {
            ("an admission", "a doubted claim")
        } else {
            ("a doubted claim", "an admission")
        };
        out.push(
            Diagnostic::new(
                start,
                end,
                format!(
                    "\"{}\" became \"{}\": the statement changed from {was} to {now}",
                    src.span_text(e.source.clone()),
                    &doc.text[start..end],
                ),
            )
            .evidence(src.span_text(pair.source_tokens(src))),
        );
    }
}
