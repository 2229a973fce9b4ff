//! `spincheck index`: build a corpus index once and save it for later runs.

use crate::Error;
use crate::corpus::{Utf8Policy, indexer, persist};
use clap::Args;
use std::path::{Path, PathBuf};

/// Arguments of `spincheck index`.
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// A corpus file or folder (recursive: .txt, .md, .jsonl); repeat for more.
    #[arg(long, required = true)]
    corpus: Vec<PathBuf>,
    /// Where to write the index.
    #[arg(long)]
    out: PathBuf,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping.
    #[arg(long)]
    lossy: bool,
}

/// Reads and indexes the corpus, its texts spilled to a temporary file beside
/// the index, then writes the index file.
pub fn run(args: IndexArgs) -> Result<u8, Error> {
    let policy = if args.lossy {
        Utf8Policy::Lossy
    } else {
        Utf8Policy::Strict
    };
    let dir = match args.out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let spill = tempfile::tempfile_in(dir).map_err(|e| Error::io(&args.out, e))?;
    let (corpus, indexer) = indexer::index_corpus(&args.corpus, policy, spill)?;
    for w in &corpus.warnings {
        eprintln!("spincheck: warning: {w}");
    }
    let (listed, index, mut texts) = indexer.finish().map_err(|e| Error::io(&args.out, e))?;
    persist::save(&args.out, &corpus.files, &listed, &index, &mut texts)?;
    eprintln!(
        "spincheck: indexed {} articles from {} files into {}",
        listed.len(),
        corpus.files.len(),
        args.out.display()
    );
    Ok(0)
}
