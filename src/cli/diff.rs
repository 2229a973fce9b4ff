//! `spincheck diff SUSPECT SOURCE`: check a given pair, skipping retrieval.

use super::check::{read_suspect, utf8_policy};
use super::output::OutputArgs;
use crate::Error;
use crate::corpus::Article;
use crate::corpus::load::title_of;
use crate::engine::check_against;
use clap::Args;
use std::path::PathBuf;

/// Arguments of `spincheck diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The suspect article (`-` reads standard input).
    suspect: PathBuf,
    /// The source article it was spun from.
    source: PathBuf,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping.
    #[arg(long)]
    lossy: bool,
    #[command(flatten)]
    output: OutputArgs,
}

/// Aligns and checks the pair; the reported score is 1 (the source is given).
pub fn run(args: DiffArgs) -> Result<u8, Error> {
    let policy = args.output.policy()?;
    let utf8 = utf8_policy(args.lossy);
    let suspect = read_suspect(&args.suspect, utf8)?;
    let text = read_suspect(&args.source, utf8)?;
    let article = Article {
        id: args.source.display().to_string(),
        path: args.source.clone(),
        title: title_of(&text),
        text,
    };
    let report = check_against(
        &args.suspect.display().to_string(),
        &suspect,
        Some((&article, 1.0)),
        &policy.config,
    );
    args.output.finish(&policy, vec![report])
}
