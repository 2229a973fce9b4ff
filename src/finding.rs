//! Findings: what a check reports, as plain data.

use serde::Serialize;

/// How serious a finding is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    serde::Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look.
    Info,
    /// Probably damage.
    Warning,
    /// Damage a reader will notice.
    Error,
}

impl Severity {
    /// The lower-case name used in output and configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses `info`, `warning` or `error`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// The family a rule belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Misspelled words.
    Spelling,
    /// Garbled or wrong-sense wording.
    Wording,
    /// Altered or invented quotations.
    Quotation,
    /// Changed numbers and names.
    Facts,
    /// Flipped or shifted meaning.
    Meaning,
    /// Repeated words, sentences and fragments.
    Structure,
    /// Unbalanced quotation marks and brackets.
    Punctuation,
    /// Content added or dropped relative to the source.
    Coverage,
}

impl Category {
    /// The lower-case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Spelling => "spelling",
            Category::Wording => "wording",
            Category::Quotation => "quotation",
            Category::Facts => "facts",
            Category::Meaning => "meaning",
            Category::Structure => "structure",
            Category::Punctuation => "punctuation",
            Category::Coverage => "coverage",
        }
    }
}

/// What a check reports: a span of the suspect and what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Byte offset into the suspect as read.
    pub start: usize,
    /// Byte offset just past the flagged text.
    pub end: usize,
    /// What is wrong, e.g. `"aimed at" became "purified"`.
    pub message: String,
    /// A replacement for the flagged text.
    pub suggestion: Option<String>,
    /// The source's evidence.
    pub source_text: Option<String>,
}

impl Diagnostic {
    /// A diagnostic over `start..end` with a message.
    pub fn new(start: usize, end: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            start,
            end,
            message: message.into(),
            suggestion: None,
            source_text: None,
        }
    }

    /// Whether this diagnostic shares a byte with `start..end`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }

    /// Adds a suggested replacement.
    pub fn suggest(mut self, suggestion: impl Into<String>) -> Self {
        self.suggestion = Some(suggestion.into());
        self
    }

    /// Adds the source's evidence.
    pub fn evidence(mut self, source_text: impl Into<String>) -> Self {
        self.source_text = Some(source_text.into());
        self
    }
}

/// A finding in a report: a diagnostic placed in its file, with its rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Rule id, e.g. `spelling`.
    pub rule: &'static str,
    /// The rule's category.
    pub category: Category,
    /// Severity after configuration.
    pub severity: Severity,
    /// Byte offset into the file as read.
    pub start: usize,
    /// Byte offset just past the flagged text.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
    /// The flagged text: `&file[start..end]`.
    pub text: String,
    /// What is wrong.
    pub message: String,
    /// A replacement for the flagged text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    /// The source's evidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_text: Option<String>,
}
