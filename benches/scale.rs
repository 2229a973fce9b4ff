//! Criterion benchmarks at archive scale, over a saved index: loading it,
//! retrieving the closest source, and the full check of one suspect.
//!
//! They need a big corpus, so they run only when pointed at one:
//!
//! ```sh
//! cargo run --release --example gen_corpus -- 100000 200 /tmp/big
//! cargo run --release -- index --corpus /tmp/big/sources --out /tmp/big/corpus.idx
//! SPINCHECK_SCALE_INDEX=/tmp/big/corpus.idx SPINCHECK_SCALE_SUSPECTS=/tmp/big/suspects \
//!     cargo bench --bench scale
//! ```

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use spincheck::config::Config;
use spincheck::corpus::persist;
use spincheck::engine::Checker;
use std::path::PathBuf;
use std::time::Duration;

fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name).map(PathBuf::from)
}

fn suspects(dir: &PathBuf) -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("suspects folder readable")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("suspect readable"))
        .collect()
}

fn at_scale(c: &mut Criterion) {
    let (Some(index_path), Some(suspect_dir)) = (
        env_path("SPINCHECK_SCALE_INDEX"),
        env_path("SPINCHECK_SCALE_SUSPECTS"),
    ) else {
        eprintln!("scale: set SPINCHECK_SCALE_INDEX and SPINCHECK_SCALE_SUSPECTS to run");
        return;
    };
    let texts = suspects(&suspect_dir);
    let mut group = c.benchmark_group("scale");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("load: the index file", |b| {
        b.iter(|| persist::load(black_box(&index_path)).expect("index loads"))
    });
    group.finish();

    let (stored, index) = persist::load(&index_path).expect("index loads");
    let articles = stored.len();
    let checker = Checker::with_index(stored, index, Config::default());
    let mut group = c.benchmark_group("scale");
    let mut n = 0;
    group.bench_function(format!("retrieve: best of {articles} articles"), |b| {
        b.iter(|| {
            n = (n + 1) % texts.len();
            checker.best_source(black_box(&texts[n]))
        })
    });
    group.bench_function(
        format!("check: one suspect against {articles} articles, retrieval included"),
        |b| {
            b.iter(|| {
                n = (n + 1) % texts.len();
                checker.check("suspect", black_box(&texts[n]))
            })
        },
    );
    group.finish();
}

criterion_group!(benches, at_scale);
criterion_main!(benches);
