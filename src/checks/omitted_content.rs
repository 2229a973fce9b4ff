//! `omitted-content`: source sentences the suspect leaves out.

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;

/// Flags source sentences the alignment found no rendering of.
pub struct OmittedContent;

static RULE: Rule = Rule {
    id: "omitted-content",
    category: Category::Coverage,
    default_severity: Severity::Info,
    needs_source: true,
    summary: "A source sentence missing from the suspect",
    explanation: "A source sentence of five or more words that no suspect sentence renders was \
dropped by the rewrite. The finding is an empty span in the suspect where the sentence would \
have stood (after the rendering of the source sentence before it), with the missing sentence \
as evidence. The source's headline and repeated lines (captions scraped twice) are not counted.",
    example_source: "The council approved the harbour budget on Tuesday. Work on the quay walls will start in May.",
    example_bad: "On Tuesday the council approved the harbour budget.",
    example_good: "On Tuesday the council approved the harbour budget. Quay wall works start in May.",
};

/// Source sentences shorter than this (in words) are not reported.
const MIN_WORDS: usize = 3;

fn is_headline(src: &Document, j: usize) -> bool {
    let s = &src.sentences[j];
    let ends_sentence = src.tokens[s.tokens.clone()]
        .last()
        .is_some_and(|t| matches!(t.norm.as_str(), "." | "!" | "?" | "\"" | "'"));
    s.paragraph == 0 && !ends_sentence
}

fn repeats_earlier(src: &Document, j: usize) -> bool {
    let text = src.sentence_text(j);
    (0..j).any(|k| src.sentence_text(k) == text)
}

impl Check for OmittedContent {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let (doc, src) = (ctx.suspect, source.doc);
        for &j in &source.alignment.omitted {
            let words = src.words(src.sentences[j].tokens.clone()).count();
            if words < MIN_WORDS || is_headline(src, j) || repeats_earlier(src, j) {
                continue;
            }
            let at = source
                .alignment
                .pairs
                .iter()
                .filter(|p| p.source.end <= j)
                .max_by_key(|p| (p.source.end, p.suspect.end))
                .map_or(0, |p| doc.sentences[p.suspect.end - 1].end);
            out.push(
                Diagnostic::new(at, at, "a source sentence is missing here")
                    .evidence(src.sentence_text(j)),
            );
        }
    }
}
