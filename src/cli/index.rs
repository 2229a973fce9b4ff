//! `spincheck index`: build a corpus index once and save it for later runs.

use crate::Error;
use crate::corpus::{Corpus, Index, Utf8Policy, persist};
use clap::Args;
use std::path::PathBuf;

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

/// Loads and indexes the corpus, then writes the index file.
pub fn run(args: IndexArgs) -> Result<u8, Error> {
    let policy = if args.lossy {
        Utf8Policy::Lossy
    } else {
        Utf8Policy::Strict
    };
    let corpus = Corpus::load(&args.corpus, policy)?;
    for w in &corpus.warnings {
        eprintln!("spincheck: warning: {w}");
    }
    let index = Index::build(corpus.articles.iter().map(|a| a.text.as_str()));
    persist::save(&args.out, &corpus, &index)?;
    eprintln!(
        "spincheck: indexed {} articles from {} files into {}",
        corpus.articles.len(),
        corpus.files.len(),
        args.out.display()
    );
    Ok(0)
}
