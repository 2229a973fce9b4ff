//! `fragment`: dangling pieces that are not sentences.

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::tokens::TokenKind;

/// Flags sentences cut off mid-way and stray one- or two-word pieces.
pub struct Fragment;

static RULE: Rule = Rule {
    id: "fragment",
    category: Category::Structure,
    default_severity: Severity::Warning,
    needs_source: false,
    summary: "A dangling piece that is not a sentence",
    explanation: "Rewriters leave pieces behind: a lone \"By\" where a byline was cut, or a \
sentence that stops on a word that cannot end one (\"The council will also.\"). A sentence \
ending on an article, a preposition that needs an object, a conjunction, a possessive or a \
modal verb is flagged, and so is a piece of one or two words with no closing punctuation \
anywhere but the headline.",
    example_source: "",
    example_bad: "Shares rose to three-year highs. By\nThe firm announced growth.",
    example_good: "Shares rose to three-year highs.\nThe firm announced growth.",
};

/// Words a sentence cannot end on.
const DANGLING: &[&str] = &[
    "a", "also", "an", "and", "at", "but", "by", "can", "could", "for", "from", "her", "his",
    "into", "its", "must", "nor", "of", "or", "our", "should", "than", "the", "their", "to",
    "will", "with", "would", "your",
];

impl Check for Fragment {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = ctx.suspect;
        for (k, sentence) in doc.sentences.iter().enumerate() {
            let tokens = &doc.tokens[sentence.tokens.clone()];
            let words: Vec<_> = tokens.iter().filter(|t| t.is_wordlike()).collect();
            let Some(last_word) = words.last() else {
                continue;
            };
            let trailing = tokens
                .iter()
                .rev()
                .take_while(|t| t.kind == TokenKind::Punct);
            let mut terminal = false;
            let mut only_terminal = true;
            for t in trailing {
                match t.norm.as_str() {
                    "." | "!" | "?" => terminal = true,
                    _ => only_terminal = false,
                }
            }
            let cut_off = only_terminal
                && last_word.kind == TokenKind::Word
                && DANGLING.contains(&last_word.norm.as_str());
            let credit = tokens
                .first()
                .is_some_and(|t| t.norm == "-" || t.norm == "--");
            let stray = words.len() <= 2 && !terminal && k > 0 && !credit;
            if cut_off || stray {
                let what = if cut_off {
                    format!(
                        "sentence stops on \"{}\"",
                        &doc.text[last_word.start..last_word.end]
                    )
                } else {
                    "stray words that are not a sentence".to_string()
                };
                out.push(Diagnostic::new(sentence.start, sentence.end, what));
            }
        }
    }
}
