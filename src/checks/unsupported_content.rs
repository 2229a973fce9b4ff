//! `unsupported-content`: suspect sentences with no counterpart in the source.

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};

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
counted). The report's coverage figures say \
how much of the suspect and of the source the alignment traced.",
    example_source: "The council approved the harbour budget on Tuesday.",
    example_bad: "The council approved the harbour budget on Tuesday. A woman poses for a selfie next to a billboard.",
    example_good: "On Tuesday the council approved the harbour budget.",
};

/// Sentences shorter than this (in words) are left to other rules.
const MIN_WORDS: usize = 5;

impl Check for UnsupportedContent {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let doc = ctx.suspect;
        for &i in &source.alignment.unsupported {
            let s = &doc.sentences[i];
            if doc.words(s.tokens.clone()).count() >= MIN_WORDS && !doc.is_headline(i) {
                out.push(Diagnostic::new(
                    s.start,
                    s.end,
                    "no counterpart in the source",
                ));
            }
        }
    }
}
