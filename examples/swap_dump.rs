//! Dumps every one- or two-word-for-as-many substitution of the labeled pairs under
//! a folder, with its labels and whether garbled-phrase flags it, for tuning.
//!
//! `cargo run --release --example swap_dump -- eval/tune [SKIP...] > swaps.tsv`
//!
//! Pairs whose path contains "heldout" or any SKIP (e.g. `/t178` for pairs
//! kept unread) are left out.

use spincheck::align::Alignment;
use spincheck::align::units::Units;
use spincheck::config::Config;
use spincheck::corpus::load::Article;
use spincheck::engine::check_against;
use spincheck::eval::labels::Pair;
use spincheck::text::Document;

/// The stems of `words`, space-separated, as the curated tables key them.
fn stems(words: &[String]) -> String {
    words
        .iter()
        .map(|w| spincheck::text::words::stem(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    let mut args = std::env::args().skip(1);
    let root = args.next().expect("usage: swap_dump DIR [SKIP...]");
    let skip: Vec<String> = std::iter::once("heldout".to_string()).chain(args).collect();
    let config = Config::default();
    for dir in Pair::find_all(std::path::Path::new(&root)).unwrap() {
        let name = dir.display().to_string();
        if skip.iter().any(|x| name.contains(x.as_str())) {
            continue;
        }
        let pair = Pair::load(&dir).unwrap();
        let article = Article {
            id: "source.txt".into(),
            path: dir.join("source.txt"),
            title: String::new(),
            text: pair.source.clone(),
        };
        let report = check_against(&name, &pair.suspect, Some((&article, 1.0)), &config);
        let (doc, src) = (
            Document::new(pair.suspect.as_str()),
            Document::new(pair.source.as_str()),
        );
        let alignment = Alignment::new(&doc, &src);
        let word = |d: &Document, t: usize| {
            d.tokens
                .get(t)
                .map_or(String::from("_"), |x| x.norm.to_string())
        };
        for p in &alignment.pairs {
            for e in p.substitutions() {
                let (theirs, ours) = (
                    Units::new(&src, e.source.clone()),
                    Units::new(&doc, e.suspect.clone()),
                );
                let n = theirs.text.len();
                if !(1..=2).contains(&n) || ours.text.len() != n {
                    continue;
                }
                let alpha = |u: &Units| u.text.iter().all(|w| w.chars().all(char::is_alphabetic));
                if !alpha(&theirs) || !alpha(&ours) {
                    continue;
                }
                let (a, b) = (theirs.text.join(" "), ours.text.join(" "));
                let (ts, tt) = (theirs.token[0], ours.token[0]);
                let (ts_end, tt_end) = (theirs.token[n - 1], ours.token[n - 1]);
                let (start, end) = doc.token_span(tt..tt_end + 1);
                let ov = |s: usize, e2: usize| s < end && start < e2;
                let labels: Vec<&str> = pair
                    .labels
                    .iter()
                    .filter(|l| l.rule != "omitted-content" && ov(l.start, l.end))
                    .map(|l| l.rule.as_str())
                    .collect();
                let rules: Vec<&str> = report
                    .findings
                    .iter()
                    .filter(|f| ov(f.start, f.end))
                    .map(|f| f.rule)
                    .collect();
                let cap = doc.is_capitalized(tt);
                println!(
                    "{}\t{a}\t{b}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    dir.file_name().unwrap().to_string_lossy(),
                    stems(&theirs.text),
                    stems(&ours.text),
                    word(&src, ts.wrapping_sub(1)),
                    word(&src, ts_end + 1),
                    word(&doc, tt.wrapping_sub(2)),
                    word(&doc, tt.wrapping_sub(1)),
                    word(&doc, tt_end + 1),
                    word(&doc, tt_end + 2),
                    if labels.is_empty() {
                        "-".to_string()
                    } else {
                        labels.join(",")
                    },
                    if rules.is_empty() {
                        "-".to_string()
                    } else {
                        rules.join(",")
                    },
                    cap,
                    doc.sentence_text(doc.sentence_of(tt).unwrap_or(0))
                        .replace(['\t', '\n'], " "),
                );
            }
        }
    }
}
