//! The labeled pairs the dump examples read, each checked and aligned.

use spincheck::align::Alignment;
use spincheck::config::Config;
use spincheck::corpus::load::Article;
use spincheck::engine::{FileReport, check_against};
use spincheck::eval::labels::Pair;
use spincheck::text::Document;
use std::path::PathBuf;

/// One labeled pair, checked against its source and aligned.
pub struct Checked {
    /// The pair's folder.
    pub dir: PathBuf,
    /// The pair: suspect, source and labels.
    pub pair: Pair,
    /// What spincheck finds in the suspect.
    pub report: FileReport,
    /// The suspect.
    pub doc: Document,
    /// The source.
    pub src: Document,
    /// The suspect's sentences aligned with the source's.
    pub alignment: Alignment,
}

/// The rules of `pair`'s labels overlapping characters `from..to` of the
/// suspect, leaving out labels of omitted content.
pub fn labels_over(pair: &Pair, from: usize, to: usize) -> Vec<&str> {
    pair.labels
        .iter()
        .filter(|l| l.rule != "omitted-content" && l.start < to && from < l.end)
        .map(|l| l.rule.as_str())
        .collect()
}

/// The rules of `report`'s findings overlapping characters `from..to` of
/// the suspect.
pub fn rules_over(report: &FileReport, from: usize, to: usize) -> Vec<&'static str> {
    report
        .findings
        .iter()
        .filter(|f| f.start < to && from < f.end)
        .map(|f| f.rule)
        .collect()
}

/// The pairs under the folder given as the first argument, checked with the
/// default configuration, leaving out those whose path contains "heldout"
/// or any further argument; `usage` is the panic message when no folder is
/// given.
pub fn checked_pairs(usage: &str) -> impl Iterator<Item = Checked> {
    let mut args = std::env::args().skip(1);
    let root = args.next().expect(usage);
    let skip: Vec<String> = std::iter::once("heldout".to_string()).chain(args).collect();
    let config = Config::default();
    Pair::find_all(std::path::Path::new(&root))
        .unwrap()
        .into_iter()
        .filter(move |dir| {
            let name = dir.display().to_string();
            !skip.iter().any(|x| name.contains(x.as_str()))
        })
        .map(move |dir| {
            let name = dir.display().to_string();
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
            Checked {
                dir,
                pair,
                report,
                doc,
                src,
                alignment,
            }
        })
}
