//! Options shared by `check` and `diff`: format, destination, filtering, exit code,
//! configuration; and writing the report (atomically, to stdout, a file or a folder).

use super::writer::ReportWriter;
use super::{ColorChoice, EXIT_FINDINGS};
use crate::Error;
use crate::config::Config;
use crate::engine::FileReport;
use crate::finding::Severity;
use crate::report::Format;
use clap::{Args, ValueEnum};
use std::path::{Path, PathBuf};

/// Severity at or above which findings make the exit code 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Errors only.
    Error,
    /// Warnings and errors.
    Warning,
    /// Any finding.
    Info,
    /// Never fail on findings.
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

/// Output and policy options.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Terminal)]
    pub(super) format: Format,
    /// Write the report to this file (or, for html, this folder) instead of stdout.
    #[arg(long, short)]
    pub(super) output: Option<PathBuf>,
    /// Exit with 1 when a finding reaches this severity [default: error, or the config's fail_on].
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// Always exit 0 unless an error stops the run.
    #[arg(long)]
    no_exit: bool,
    /// Hide findings below this severity.
    #[arg(long, value_enum)]
    pub(super) min_severity: Option<Severity>,
    /// Print nothing for files without findings (and no summary when all are clean).
    #[arg(long, short)]
    pub(super) quiet: bool,
    /// When to color terminal output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub(super) color: ColorChoice,
    /// Configuration file [default: spincheck.toml found upward from the working directory].
    #[arg(long)]
    config: Option<PathBuf>,
}

/// The configuration in force and the fail-on severity.
pub struct Policy {
    /// Rule settings.
    pub config: Config,
    fail_on: FailOn,
}

impl Policy {
    /// Whether any finding of `reports` reaches the fail-on severity.
    pub fn fails(&self, reports: &[FileReport]) -> bool {
        self.fail_on.threshold().is_some_and(|min| {
            reports
                .iter()
                .flat_map(|r| &r.findings)
                .any(|f| f.severity >= min)
        })
    }
}

impl OutputArgs {
    /// Loads the configuration (explicit, or found upward) and settles fail-on.
    pub fn policy(&self) -> Result<Policy, Error> {
        let path = match &self.config {
            Some(p) => Some(p.clone()),
            None => std::env::current_dir()
                .ok()
                .and_then(|d| Config::find_upward(&d)),
        };
        let (config, from_file) = match path {
            Some(p) => {
                let loaded = Config::load(&p)?;
                (loaded.config, loaded.fail_on)
            }
            None => (Config::default(), None),
        };
        let from_file = from_file.and_then(|f| FailOn::from_str(&f, true).ok());
        Ok(Policy {
            config,
            fail_on: self.fail_on.or(from_file).unwrap_or(FailOn::Error),
        })
    }

    /// Filters, renders and writes the reports; returns the exit code.
    pub fn finish(&self, policy: &Policy, reports: Vec<FileReport>) -> Result<u8, Error> {
        let mut writer = ReportWriter::new(self, policy, reports.len())?;
        writer.add(reports)?;
        writer.finish()
    }

    /// The exit code for a run whose findings did (or did not) reach fail-on.
    pub fn exit_code(&self, failing: bool) -> u8 {
        if failing && !self.no_exit {
            EXIT_FINDINGS
        } else {
            0
        }
    }
}

/// A safe file name for the n-th report page: only letters, digits, `-`, `_` and
/// `.` from the suspect's file name, so no name can leave the output folder.
pub fn page_name(n: usize, path: &str) -> String {
    let base = Path::new(path)
        .file_name()
        .map_or_else(|| "stdin".into(), |s| s.to_string_lossy().into_owned());
    let safe: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{:03}-{}.html", n + 1, safe.trim_start_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_names_cannot_escape_the_folder() {
        assert_eq!(page_name(0, "../../etc/passwd"), "001-passwd.html");
        assert_eq!(page_name(1, "/abs/<script>.txt"), "002-_script_.txt.html");
        assert_eq!(page_name(2, ".."), "003-stdin.html");
    }
}
