//! `punctuation`: quotation marks and brackets that open or close nothing.

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::paragraph_ranges;
use crate::text::tokens::TokenKind;

/// Flags unpaired quotation marks and brackets.
pub struct Punctuation;

static RULE: Rule = Rule {
    id: "punctuation",
    category: Category::Punctuation,
    default_severity: Severity::Warning,
    needs_source: false,
    summary: "Unbalanced quotation mark or bracket",
    explanation: "A quotation mark or bracket with no partner in its paragraph usually means a \
rewrite cut or moved part of a quotation. Quotation marks pair by direction (curly shape or \
the spacing around straight ones); an apostrophe is not a quotation mark; a quotation left \
open at a paragraph's end may continue when the next paragraph opens with a quotation mark, \
unless it opened inside running text before a lower-case word (was \"unfair and ...); a mark \
doubled onto an opening one (\"\"We) opens nothing.",
    details: include_str!("../../docs/rules/punctuation.md"),
    example_source: "",
    example_bad: "\u{201C}It underscores our focus,\u{201D} she said.\u{201D}",
    example_good: "\u{201C}It underscores our focus,\u{201D} she said.",
};

fn partner(c: &str) -> Option<(&'static str, bool)> {
    match c {
        "(" => Some((")", true)),
        "[" => Some(("]", true)),
        "{" => Some(("}", true)),
        ")" => Some(("(", false)),
        "]" => Some(("[", false)),
        "}" => Some(("{", false)),
        _ => None,
    }
}

impl Check for Punctuation {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = ctx.suspect;
        for &t in &doc.quotes.unpaired {
            let token = &doc.tokens[t];
            out.push(Diagnostic::new(
                token.start,
                token.end,
                "quotation mark opens or closes nothing in its paragraph",
            ));
        }
        for range in paragraph_ranges(&doc.sentences) {
            let mut open: Vec<usize> = Vec::new();
            for i in range {
                let token = &doc.tokens[i];
                if token.kind != TokenKind::Punct {
                    continue;
                }
                let Some((other, opens)) = partner(&token.norm) else {
                    continue;
                };
                if opens {
                    open.push(i);
                } else if open.last().is_some_and(|&o| doc.tokens[o].norm == other) {
                    open.pop();
                } else if !is_list_marker(ctx, i) {
                    out.push(Diagnostic::new(
                        token.start,
                        token.end,
                        "closing bracket without an opening one",
                    ));
                }
            }
            for o in open {
                let token = &doc.tokens[o];
                out.push(Diagnostic::new(
                    token.start,
                    token.end,
                    "bracket is never closed",
                ));
            }
        }
        out.sort_by_key(|d| d.start);
    }
}

/// Whether a closing bracket at `i` ends a list marker like `1)` or `a)` at a line start.
fn is_list_marker(ctx: &Context, i: usize) -> bool {
    let doc = ctx.suspect;
    if i == 0 {
        return false;
    }
    let prev = &doc.tokens[i - 1];
    let before = doc.text[..prev.start].trim_end_matches([' ', '\t']);
    prev.norm.chars().count() <= 2 && (before.is_empty() || before.ends_with('\n'))
}
