//! Checks: one rule per file, each a small type behind [`Check`], all listed in
//! [`registry`].

pub mod duplicate_sentence;
pub mod entity_drift;
pub mod fragment;
pub mod furniture;
pub mod garbled_phrase;
pub mod grammar;
pub mod meaning_drift;
pub mod misquote;
pub mod number_drift;
pub mod omitted_content;
pub mod polarity_drift;
pub mod punctuation;
pub mod registry;
pub mod repetition;
pub mod speakers;
pub mod spelling;
pub mod unsupported_content;

use crate::align::Alignment;
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use crate::text::names::Names;
use rustc_hash::FxHashSet;

/// A rule's identity and documentation.
#[derive(Debug)]
pub struct Rule {
    /// Stable id, e.g. `misquote`.
    pub id: &'static str,
    /// Family of the rule.
    pub category: Category,
    /// Severity unless configured otherwise.
    pub default_severity: Severity,
    /// Whether the rule needs a source to say anything.
    pub needs_source: bool,
    /// One line: what the rule flags.
    pub summary: &'static str,
    /// Short explanation (a paragraph): what it flags, why it matters and how
    /// it decides, in outline.
    pub explanation: &'static str,
    /// Full decision detail as markdown (`docs/rules/<id>.md`, embedded): a
    /// heading, the short explanation, then sections listing every guard.
    pub details: &'static str,
    /// Source text of an example (empty for source-free rules).
    pub example_source: &'static str,
    /// A suspect text the rule flags.
    pub example_bad: &'static str,
    /// A suspect text the rule lets pass.
    pub example_good: &'static str,
}

/// The source a suspect was matched to, and the alignment of the two.
#[derive(Clone, Copy)]
pub struct SourceView<'a> {
    /// The source article.
    pub doc: &'a Document,
    /// Alignment of suspect to source.
    pub alignment: &'a Alignment,
    /// Names of the suspect and of the source, found once for the rules
    /// that compare them.
    pub names: (&'a Names<'a>, &'a Names<'a>),
}

/// Everything a check may read.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    /// The article under check.
    pub suspect: &'a Document,
    /// Its source, when one was found.
    pub source: Option<SourceView<'a>>,
    /// Extra words the dictionary should accept (lower case).
    pub extra_words: &'a FxHashSet<String>,
}

/// One rule's check.
pub trait Check: Send + Sync {
    /// The rule this check implements.
    fn rule(&self) -> &'static Rule;
    /// Appends this rule's diagnostics for `ctx` to `out`.
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>);
}
