//! `spincheck check`: suspects against a corpus.

use super::output::OutputArgs;
use crate::Error;
use crate::corpus::read::decode;
use crate::corpus::{Corpus, Utf8Policy, read_text};
use crate::engine::{Checker, FileReport};
use clap::Args;
use rayon::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Arguments of `spincheck check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Suspect article files; `-` reads standard input.
    #[arg(required = true)]
    suspects: Vec<PathBuf>,
    /// Corpus files and folders (recursive: .txt, .md, .jsonl).
    #[arg(long, required = true, num_args = 1..)]
    corpus: Vec<PathBuf>,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping.
    #[arg(long)]
    lossy: bool,
    #[command(flatten)]
    output: OutputArgs,
}

/// Reads a suspect file, or standard input for `-`.
pub fn read_suspect(path: &Path, policy: Utf8Policy) -> Result<String, Error> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("<stdin>", e))?;
        return decode(Path::new("<stdin>"), bytes, policy);
    }
    read_text(path, policy)
}

/// The UTF-8 policy a `--lossy` flag asks for.
pub fn utf8_policy(lossy: bool) -> Utf8Policy {
    if lossy {
        Utf8Policy::Lossy
    } else {
        Utf8Policy::Strict
    }
}

/// Runs the check and returns the exit code.
pub fn run(args: CheckArgs) -> Result<u8, Error> {
    let policy = args.output.policy()?;
    let utf8 = utf8_policy(args.lossy);
    let texts: Vec<(String, String)> = args
        .suspects
        .iter()
        .map(|p| Ok((p.display().to_string(), read_suspect(p, utf8)?)))
        .collect::<Result<_, Error>>()?;
    let corpus = Corpus::load(&args.corpus, utf8)?;
    for w in &corpus.warnings {
        eprintln!("spincheck: warning: {w}");
    }
    let checker = Checker::new(corpus, policy.config.clone());
    let reports: Vec<FileReport> = texts
        .par_iter()
        .map(|(path, text)| checker.check(path, text))
        .collect();
    args.output.finish(&policy, reports)
}
