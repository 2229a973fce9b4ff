//! Renderers: each turns the finished reports into one output format and computes nothing.

pub mod json;
pub mod terminal;

use crate::engine::FileReport;
use crate::finding::Severity;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Colored, human-readable text with excerpts.
    Terminal,
    /// The stable JSON contract.
    Json,
}

/// Totals over a set of reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Files checked.
    pub files: usize,
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// Findings of severity info.
    pub infos: usize,
}

impl Totals {
    /// Counts the findings of `reports` by severity.
    pub fn of(reports: &[FileReport]) -> Self {
        let mut totals = Totals {
            files: reports.len(),
            ..Totals::default()
        };
        for f in reports.iter().flat_map(|r| &r.findings) {
            match f.severity {
                Severity::Error => totals.errors += 1,
                Severity::Warning => totals.warnings += 1,
                Severity::Info => totals.infos += 1,
            }
        }
        totals
    }
}

/// Renders `reports` in `format`.
pub fn render(format: Format, reports: &[FileReport]) -> String {
    match format {
        Format::Terminal => terminal::render(reports),
        Format::Json => json::render(reports),
    }
}
