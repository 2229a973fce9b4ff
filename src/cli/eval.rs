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
    let _ = writeln!(
        out,
        "| rule | labels | findings | precision | recall | false alarms on another rule's label | on a clean label |"
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    let all = eval.overall();
    let rows = eval.rules.iter().map(|(k, v)| (k.as_str(), v));
    let all_elsewhere = eval
        .rules
        .keys()
        .map(|r| eval.elsewhere(r))
        .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    for (rule, s) in rows.chain(std::iter::once(("**all**", &all))) {
        let (other, clean) = if rule == "**all**" {
            all_elsewhere
        } else {
            eval.elsewhere(rule)
        };
        let _ = writeln!(
            out,
            "| {rule} | {} | {} | {:.2} | {:.2} | {} | {} |",
            s.labels,
            s.findings,
            s.precision(),
            s.recall(),
            other,
            clean
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
    for (rule, by_label) in &eval.other_rule {
        let counts: Vec<String> = by_label.iter().map(|(l, n)| format!("{l} {n}")).collect();
        let _ = writeln!(out, "{rule} findings on labels of: {}", counts.join(", "));
    }
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
