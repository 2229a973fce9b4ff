//! Criterion benchmarks of each pipeline stage: text analysis, indexing,
//! retrieval and the full check of one suspect.
//!
//! `cargo bench --bench pipeline`

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use spincheck::config::Config;
use spincheck::corpus::{Article, Index};
use spincheck::engine::check_against;
use spincheck::text::Document;

const SOURCE: &str = include_str!("../corpus/sources/harbor-strike-update.txt");
const SUSPECT: &str = include_str!("../corpus/suspects/harbor-strike.txt");

/// `n` distinct articles made by shifting words of the bundled sources.
fn articles(n: usize) -> Vec<String> {
    let words: Vec<&str> = SOURCE
        .split_whitespace()
        .chain(SUSPECT.split_whitespace())
        .collect();
    (0..n)
        .map(|i| {
            (0..600)
                .map(|k| words[(i * 31 + k * 7) % words.len()])
                .collect::<Vec<_>>()
                .join(" ")
                + &format!(" unique{i}")
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    c.bench_function("document: tokenize and segment a 250-word article", |b| {
        b.iter(|| Document::new(black_box(SOURCE)))
    });
    let texts = articles(2_000);
    c.bench_function("index: build over 2,000 articles", |b| {
        b.iter(|| Index::build(texts.iter().map(String::as_str)))
    });
    let index = Index::build(texts.iter().map(String::as_str));
    c.bench_function("retrieve: best of 2,000 articles", |b| {
        b.iter(|| index.best(black_box(SUSPECT)))
    });
    let article = Article {
        id: "source".into(),
        path: "source".into(),
        title: String::new(),
        text: SOURCE.into(),
    };
    let config = Config::default();
    check_against("warm", SUSPECT, Some((&article, 1.0)), &config);
    c.bench_function("check: one suspect against its source", |b| {
        b.iter(|| check_against("s", black_box(SUSPECT), Some((&article, 1.0)), &config))
    });
}

criterion_group!(benches, stages);
criterion_main!(benches);
