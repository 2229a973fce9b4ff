//! `spincheck check`: suspects against a corpus.

use super::{ColorChoice, EXIT_FINDINGS, print};
use crate::Error;
use crate::config::Config;
use crate::corpus::read::decode;
use crate::corpus::{Corpus, Utf8Policy, read_text};
use crate::engine::{Checker, FileReport};
use crate::finding::Severity;
use crate::report::{Format, render};
use clap::{Args, ValueEnum};
use std::io::Read;
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

/// Arguments of `spincheck check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Suspect article files; `-` reads standard input.
    #[arg(required = true)]
    suspects: Vec<PathBuf>,
    /// Corpus files and folders (recursive: .txt, .md, .jsonl).
    #[arg(long, required = true, num_args = 1..)]
    corpus: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Terminal)]
    format: Format,
    /// Exit with 1 when a finding reaches this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// When to color terminal output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping.
    #[arg(long)]
    lossy: bool,
}

fn read_suspect(path: &Path, policy: Utf8Policy) -> Result<String, Error> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("<stdin>", e))?;
        return decode(Path::new("<stdin>"), bytes, policy);
    }
    read_text(path, policy)
}

/// Runs the check and returns the exit code.
pub fn run(args: CheckArgs) -> Result<u8, Error> {
    args.color.apply();
    let policy = if args.lossy {
        Utf8Policy::Lossy
    } else {
        Utf8Policy::Strict
    };
    let texts: Vec<(String, String)> = args
        .suspects
        .iter()
        .map(|p| Ok((p.display().to_string(), read_suspect(p, policy)?)))
        .collect::<Result<_, Error>>()?;
    let corpus = Corpus::load(&args.corpus, policy)?;
    for w in &corpus.warnings {
        eprintln!("spincheck: warning: {w}");
    }
    let checker = Checker::new(corpus, Config::default());
    let reports: Vec<FileReport> = texts
        .iter()
        .map(|(path, text)| checker.check(path, text))
        .collect();
    print(&render(args.format, &reports))?;
    let failing = args.fail_on.threshold().is_some_and(|min| {
        reports
            .iter()
            .flat_map(|r| &r.findings)
            .any(|f| f.severity >= min)
    });
    Ok(if failing { EXIT_FINDINGS } else { 0 })
}
