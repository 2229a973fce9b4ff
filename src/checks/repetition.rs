//! `repetition`: a word written twice in a row.

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::tokens::TokenKind;

/// Flags the second copy of a doubled word, even across quotation marks.
pub struct Repetition;

static RULE: Rule = Rule {
    id: "repetition",
    category: Category::Structure,
    default_severity: Severity::Error,
    needs_source: false,
    summary: "The same word twice in a row",
    explanation: "Rewriters often leave a word doubled, sometimes on both sides of a quotation \
mark (\u{2018}strategies\u{2019} strategies). The second copy is flagged. Doubles that English allows \
(\"had had\", \"that that\", \"is is\") pass.",
    example_source: "",
    example_bad: "The firm praised its \u{2018}user-first\u{2019} user-first strategies.",
    example_good: "By then the firm had had enough.",
};

/// Words English may legitimately double.
const ALLOWED: &[&str] = &[
    "had", "that", "is", "bye", "no", "very", "so", "ha", "knock",
];

impl Check for Repetition {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = ctx.suspect;
        for sentence in &doc.sentences {
            let mut previous: Option<usize> = None;
            for i in sentence.tokens.clone() {
                let token = &doc.tokens[i];
                if token.kind == TokenKind::Punct {
                    if !matches!(token.norm.as_str(), "\"" | "'") {
                        previous = None;
                    }
                    continue;
                }
                if let Some(p) = previous {
                    let prev = &doc.tokens[p];
                    let doubled = token.kind == TokenKind::Word
                        && prev.norm == token.norm
                        && !ALLOWED.contains(&token.norm.as_str());
                    if doubled {
                        out.push(
                            Diagnostic::new(
                                token.start,
                                token.end,
                                format!(
                                    "\"{}\" is written twice",
                                    &doc.text[token.start..token.end]
                                ),
                            )
                            .suggest(""),
                        );
                    }
                }
                previous = Some(i);
            }
        }
    }
}
