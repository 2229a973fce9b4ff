//! `spincheck check`: suspects against a corpus (or a saved index), as files
//! or as a JSON Lines stream.

use super::output::OutputArgs;
use super::print;
use super::writer::ReportWriter;
use crate::Error;
use crate::corpus::read::decode;
use crate::corpus::{Corpus, Utf8Policy, persist, read_text};
use crate::engine::{Checker, FileReport};
use clap::Args;
use rayon::prelude::*;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// Suspects checked together (files or streamed lines); memory is bounded by it.
const CHUNK: usize = 256;

/// Batches at least this large show a progress bar (on a terminal).
const PROGRESS_FROM: usize = 50;

/// Arguments of `spincheck check`.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("sources").required(true).args(["corpus", "index"])))]
pub struct CheckArgs {
    /// Suspect article files; `-` reads standard input.
    #[arg(required_unless_present = "jsonl")]
    suspects: Vec<PathBuf>,
    /// A corpus file or folder (recursive: .txt, .md, .jsonl); repeat for more.
    #[arg(long)]
    corpus: Vec<PathBuf>,
    /// A corpus index saved by `spincheck index`.
    #[arg(long, conflicts_with = "corpus")]
    index: Option<PathBuf>,
    /// Read `{"id","text"}` suspects from stdin, one per line, and write one JSON result per line.
    #[arg(long, conflicts_with = "suspects")]
    jsonl: bool,
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

/// A suspect of a file batch: standard input, read once up front, or a file,
/// read (again) when its chunk is checked so a batch never holds all texts.
enum Suspect {
    Stdin(String),
    File(PathBuf),
}

impl Suspect {
    /// Reads and validates a suspect named on the command line.
    fn open(path: &Path, utf8: Utf8Policy) -> Result<Self, Error> {
        let text = read_suspect(path, utf8)?;
        Ok(if path == Path::new("-") {
            Suspect::Stdin(text)
        } else {
            Suspect::File(path.to_path_buf())
        })
    }

    fn check(&self, checker: &Checker, utf8: Utf8Policy) -> Result<FileReport, Error> {
        match self {
            Suspect::Stdin(text) => checker.check("-", text),
            Suspect::File(path) => {
                checker.check(&path.display().to_string(), &read_suspect(path, utf8)?)
            }
        }
    }
}

/// Runs the check and returns the exit code.
pub fn run(args: CheckArgs) -> Result<u8, Error> {
    let policy = args.output.policy()?;
    let utf8 = utf8_policy(args.lossy);
    let suspects: Vec<Suspect> = args
        .suspects
        .iter()
        .map(|p| Suspect::open(p, utf8))
        .collect::<Result<_, Error>>()?;
    let mut writer = ReportWriter::new(&args.output, &policy, suspects.len())?;
    let checker = match &args.index {
        Some(path) => {
            let (articles, index) = persist::load(path)?;
            Checker::with_index(articles, index, policy.config.clone())
        }
        None => {
            let corpus = Corpus::load(&args.corpus, utf8)?;
            for w in &corpus.warnings {
                eprintln!("spincheck: warning: {w}");
            }
            Checker::new(corpus, policy.config.clone())
        }
    };
    if args.jsonl {
        let failing = stream(&checker, &policy)?;
        return Ok(args.output.exit_code(failing));
    }
    let progress = progress_bar(suspects.len());
    for chunk in suspects.chunks(CHUNK) {
        let reports = chunk
            .par_iter()
            .map(|s| {
                let report = s.check(&checker, utf8);
                progress.inc(1);
                report
            })
            .collect::<Result<Vec<FileReport>, Error>>()?;
        writer.add(reports)?;
    }
    progress.finish_and_clear();
    writer.finish()
}

/// A progress bar on stderr for large batches when stderr is a terminal (hidden otherwise).
fn progress_bar(total: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if total < PROGRESS_FROM || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} suspects {eta}")
    {
        bar.set_style(style);
    }
    bar
}

#[derive(serde::Deserialize)]
struct StreamedSuspect {
    id: String,
    text: String,
}

/// Checks `{"id","text"}` lines from stdin in chunks, writing a JSON result per
/// line in input order; returns whether any finding reached fail-on.
fn stream(checker: &Checker, policy: &super::output::Policy) -> Result<bool, Error> {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines().enumerate();
    let mut failing = false;
    loop {
        let mut chunk = Vec::with_capacity(CHUNK);
        for (n, line) in lines.by_ref() {
            let line = line.map_err(|e| Error::io("<stdin>", e))?;
            if line.trim().is_empty() {
                continue;
            }
            let suspect: StreamedSuspect =
                serde_json::from_str(&line).map_err(|e| Error::Malformed {
                    path: "<stdin>".into(),
                    line: n + 1,
                    message: format!("not a {{\"id\",\"text\"}} record: {e}"),
                })?;
            chunk.push(suspect);
            if chunk.len() == CHUNK {
                break;
            }
        }
        if chunk.is_empty() {
            return Ok(failing);
        }
        let reports = chunk
            .par_iter()
            .map(|s| checker.check(&s.id, &s.text))
            .collect::<Result<Vec<FileReport>, Error>>()?;
        failing |= policy.fails(&reports);
        let mut out = String::new();
        for r in &reports {
            out.push_str(&serde_json::to_string(r).expect("reports serialize"));
            out.push('\n');
        }
        print(&out)?;
    }
}
