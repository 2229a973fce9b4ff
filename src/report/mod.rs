//! Renderers: each turns the finished reports into one output format and computes nothing.

pub mod html;
pub mod json;
pub mod line;
pub mod sarif;
pub mod terminal;

use crate::engine::FileReport;
use crate::finding::Severity;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Colored, human-readable text with excerpts.
    Terminal,
    /// The terminal report without color, wrapped at 78 columns.
    Text,
    /// The stable JSON contract.
    Json,
    /// `path:line:col: severity [rule] message`, one finding a line.
    Line,
    /// SARIF 2.1.0 for code-scanning tools.
    Sarif,
    /// Self-contained HTML pages, source and suspect side by side.
    Html,
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

impl std::ops::AddAssign for Totals {
    fn add_assign(&mut self, other: Totals) {
        self.files += other.files;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
    }
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

/// Renders `reports` in a single-document `format` (every format but HTML,
/// which makes a page per file: see [`html`]).
pub fn render(format: Format, reports: &[FileReport]) -> String {
    match format {
        Format::Terminal => terminal::render(reports, terminal::TERMINAL),
        Format::Text => terminal::render(reports, terminal::TEXT),
        Format::Json => json::render(reports),
        Format::Line => line::render(reports),
        Format::Sarif => sarif::render(reports),
        Format::Html => match reports {
            [one] => html::render_file(one),
            _ => html::render_index(reports, &[]),
        },
    }
}
