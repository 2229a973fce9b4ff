//! `unsupported-content`: suspect sentences with no counterpart in the source.

use super::fragment::is_fragment;
use super::{Check, Context, Rule};
use crate::align::Alignment;
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use crate::text::words::content_stems;
use rustc_hash::FxHashSet;
use std::ops::Range;

mod furniture;

use furniture::is_page_furniture;

/// Flags suspect sentences the alignment could not trace to the source.
pub struct UnsupportedContent;

static RULE: Rule = Rule {
    id: "unsupported-content",
    category: Category::Coverage,
    default_severity: Severity::Warning,
    needs_source: true,
    summary: "A sentence with no counterpart in the source",
    explanation: "A sentence of five or more words that aligns with no source sentence was \
added by the rewrite: an invented caption, claim or aside (a rewritten headline is not \
counted, nor a fragment, which that rule reports, nor a sentence nearly half of whose content words stand in the source sentences \
around its place (those the suspect sentences before and after it render, and any left out \
between them): a clause split off and reworded, nor a short one standing where a short source sentence was left out: \
the same sentence reworded). A question or exclamation in the writer's own voice (\"What is \
listeria?\", \"Art lovers, rejoice!\") is flagged from two words, whatever words it shares \
with the source around it: a hook asks, it renders no statement. A line of scraped page furniture \
(\"Scroll down for video\", \"Advertisement\", \"Story continues below advertisement\", \"Read \
on\") is flagged however short. The report's coverage figures say \
how much of the suspect and of the source the alignment traced.",
    example_source: "The council approved the harbour budget on Tuesday.",
    example_bad: "The council approved the harbour budget on Tuesday. A woman poses for a selfie next to a billboard.",
    example_good: "On Tuesday the council approved the harbour budget.",
};

/// Sentences shorter than this (in words) are left to other rules.
const MIN_WORDS: usize = 5;

/// Content stems of a token range of `doc`.
fn stems(doc: &Document, range: Range<usize>) -> Vec<String> {
    content_stems(doc.words(range).map(|(_, t)| t.norm.as_str()))
}

/// Fewest words a short question or exclamation needs to be flagged.
const CALL_WORDS: usize = 2;

/// Whether sentence `i` is a question or an exclamation in the writer's own
/// voice (not quoted): a short one with no counterpart ("What is
/// listeria?", "Art lovers, rejoice!") is a hook the rewrite added, not a
/// piece of a sentence.
fn calls_out(doc: &Document, i: usize) -> bool {
    let tokens = &doc.tokens[doc.sentences[i].tokens.clone()];
    tokens
        .last()
        .is_some_and(|t| t.norm == "?" || t.norm == "!")
        && tokens.first().is_some_and(|t| t.is_wordlike())
}

/// Share of a sentence's content words found in the source sentences around
/// its place from which an unaligned sentence is their content reworded (a
/// split-off clause, "Toulon kept the terms confidential"), not something
/// added. Words found only elsewhere in the source are no evidence: an
/// invented aside reuses the article's vocabulary ("a revised plan could go
/// to voters in 2026").
const NEARBY_SHARE: f32 = 0.45;

/// The source sentences around the place of unaligned suspect sentence `i`:
/// those rendered by the nearest aligned suspect sentences before and after
/// it, and those left out between them.
fn nearby_source(
    alignment: &Alignment,
    suspect_len: usize,
    source_len: usize,
    i: usize,
) -> Vec<usize> {
    let prev = (0..i).rev().find_map(|k| alignment.pair_of(k));
    let next = (i + 1..suspect_len).find_map(|k| alignment.pair_of(k));
    let after = prev.map_or(0, |p| p.source.end);
    let before = next.map_or(source_len, |p| p.source.start);
    let gap = after.min(before)..after.max(before);
    let mut out: Vec<usize> = prev
        .into_iter()
        .chain(next)
        .flat_map(|p| p.source.clone())
        .chain(
            alignment
                .omitted
                .iter()
                .copied()
                .filter(|j| gap.contains(j)),
        )
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

impl Check for UnsupportedContent {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let doc = ctx.suspect;
        let reworded = source.alignment.reworded_in_place(doc, source.doc);
        for &i in &source.alignment.unsupported {
            let s = &doc.sentences[i];
            // A scraped prompt ("Scroll down for video"): added, however short.
            if is_page_furniture(doc, i) {
                out.push(Diagnostic::new(
                    s.start,
                    s.end,
                    "page furniture with no counterpart in the source",
                ));
                continue;
            }
            // A short source sentence left out where this one stands: the
            // same sentence reworded beyond recognition.
            if reworded.iter().any(|&(_, k)| k == i) {
                continue;
            }
            // A fragment (cut off, or with no main clause): that rule reports it.
            let words = doc.words(s.tokens.clone()).count();
            let calls = calls_out(doc, i);
            if (words < MIN_WORDS && !(words >= CALL_WORDS && calls))
                || doc.is_headline(i)
                || is_fragment(ctx, i)
            {
                continue;
            }
            let src = source.doc;
            let known: FxHashSet<String> = nearby_source(
                source.alignment,
                doc.sentences.len(),
                src.sentences.len(),
                i,
            )
            .into_iter()
            .flat_map(|j| stems(src, src.sentences[j].tokens.clone()))
            .collect();
            let own = stems(doc, s.tokens.clone());
            let told = own.iter().filter(|w| known.contains(*w)).count();
            // Said in other words: many of its content words are those of
            // the source sentences around it.
            // A question or exclamation of the writer's own renders no
            // statement, whatever words it borrows ("Are you planning a
            // trip to the castle this summer?").
            if !calls && told as f32 >= NEARBY_SHARE * own.len() as f32 {
                continue;
            }
            out.push(Diagnostic::new(
                s.start,
                s.end,
                "no counterpart in the source",
            ));
        }
    }
}
