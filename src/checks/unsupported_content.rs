//! `unsupported-content`: suspect sentences with no counterpart in the source.

use super::fragment::is_fragment;
use super::{Check, Context, Rule};
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
counted, nor a fragment, which that rule reports, nor a sentence three-quarters of whose content words the source uses: a clause \
split off and reworded, nor a short one standing where a short source sentence was left out: \
the same sentence reworded). A line of scraped page furniture (\"Scroll down for video\", \"Story \
continues below advertisement\") is flagged however short. The report's coverage figures say \
how much of the suspect and of the source the alignment traced.",
    example_source: "The council approved the harbour budget on Tuesday.",
    example_bad: "The council approved the harbour budget on Tuesday. A woman poses for a selfie next to a billboard.",
    example_good: "On Tuesday the council approved the harbour budget.",
};

/// Sentences shorter than this (in words) are left to other rules.
const MIN_WORDS: usize = 5;

/// Share of a sentence's content words found in the source from which an
/// unaligned sentence is the source's content reworded (a split-off clause,
/// "Toulon kept the terms confidential"), not something added.
const REWORDED_SHARE: f32 = 0.75;

/// Content stems of a token range of `doc`.
fn stems(doc: &Document, range: Range<usize>) -> Vec<String> {
    content_stems(doc.words(range).map(|(_, t)| t.norm.as_str()))
}

impl Check for UnsupportedContent {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let doc = ctx.suspect;
        let mut source_stems: Option<FxHashSet<String>> = None;
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
            if doc.words(s.tokens.clone()).count() < MIN_WORDS
                || doc.is_headline(i)
                || is_fragment(ctx, i)
            {
                continue;
            }
            let known = source_stems.get_or_insert_with(|| {
                stems(source.doc, 0..source.doc.tokens.len())
                    .into_iter()
                    .collect()
            });
            let own = stems(doc, s.tokens.clone());
            let told = own.iter().filter(|w| known.contains(*w)).count();
            // Said in other words: most of its content words are the source's.
            if told as f32 >= REWORDED_SHARE * own.len() as f32 {
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
