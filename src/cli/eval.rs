//! `spincheck eval DIR`: precision and recall per rule on labeled pairs.

use super::print;
use crate::Error;
use crate::config::Config;
use crate::eval::labels::Pair;
use crate::eval::{Evaluation, evaluate};
use clap::Args;
use std::fmt::Write;
use std::path::PathBuf;

/// Arguments of `spincheck eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Folders of labeled pairs (each pair: source.txt, suspect.txt, labels.tsv).
    #[arg(required = true)]
    dirs: Vec<PathBuf>,
    /// Also list every false positive, missed label and flagged clean paraphrase.
    #[arg(long)]
    misses: bool,
    /// Print the evaluation as JSON.
    #[arg(long)]
    json: bool,
}

/// Runs the evaluation and prints the table.
pub fn run(args: EvalArgs) -> Result<u8, Error> {
    let mut pairs = Vec::new();
    for dir in &args.dirs {
        for pair_dir in Pair::find_all(dir)? {
            pairs.push(Pair::load(&pair_dir)?);
        }
    }
    if pairs.is_empty() {
        return Err(Error::Usage(
            "no labeled pairs (folders with labels.tsv) found".into(),
        ));
    }
    let eval = evaluate(&pairs, &Config::default());
    if args.json {
        print(&(serde_json::to_string_pretty(&eval).expect("serializes") + "\n"))?;
    } else {
        print(&table(&eval, args.misses))?;
    }
    Ok(0)
}

/// The evaluation as a Markdown table.
pub fn table(eval: &Evaluation, misses: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "| rule | labels | findings | precision | recall |");
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: |");
    let all = eval.overall();
    let rows = eval.rules.iter().map(|(k, v)| (k.as_str(), v));
    for (rule, s) in rows.chain(std::iter::once(("**all**", &all))) {
        let _ = writeln!(
            out,
            "| {rule} | {} | {} | {:.2} | {:.2} |",
            s.labels,
            s.findings,
            s.precision(),
            s.recall()
        );
    }
    let _ = writeln!(
        out,
        "\n{} pairs; clean paraphrases flagged: {} of {} ({:.1}%)",
        eval.pairs,
        eval.clean_flagged,
        eval.clean,
        eval.clean_flagged_rate() * 100.0
    );
    if misses {
        for m in &eval.misses {
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}",
                m.kind,
                m.rule,
                m.pair,
                m.text.replace('\n', " ")
            );
        }
    }
    out
}
