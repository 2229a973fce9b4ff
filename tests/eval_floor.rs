//! Precision and recall on the labeled evaluation set stay above floors set just
//! below what was measured (see README, "Quality"). A drop fails the build.

use spincheck::config::Config;
use spincheck::eval::labels::Pair;
use spincheck::eval::{Evaluation, evaluate};
use std::path::Path;

fn run(split: &str) -> Evaluation {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("eval")
        .join(split);
    let pairs: Vec<Pair> = Pair::find_all(&root)
        .expect("eval folder readable")
        .iter()
        .map(|d| Pair::load(d).expect("pair loads"))
        .collect();
    evaluate(&pairs, &Config::default())
}

/// Floors for one split: pairs, overall precision and recall, the clean-flagged
/// rate, and per rule (precision, recall) for garbled-phrase and for the rest.
struct Floors {
    pairs: usize,
    precision: f64,
    recall: f64,
    clean_flagged: f64,
    garbled: (f64, f64),
    rules: (f64, f64),
}

fn assert_floors(split: &str, f: Floors) {
    let eval = run(split);
    assert!(eval.pairs >= f.pairs, "{} pairs", eval.pairs);
    let all = eval.overall();
    assert!(
        all.precision() >= f.precision,
        "precision {:.3}",
        all.precision()
    );
    assert!(all.recall() >= f.recall, "recall {:.3}", all.recall());
    assert!(
        eval.clean_flagged_rate() <= f.clean_flagged,
        "clean flagged {:.3}",
        eval.clean_flagged_rate()
    );
    for (rule, s) in &eval.rules {
        let (precision, recall) = if rule == "garbled-phrase" {
            f.garbled
        } else {
            f.rules
        };
        assert!(
            s.precision() >= precision,
            "{rule}: precision {:.3}",
            s.precision()
        );
        assert!(s.recall() >= recall, "{rule}: recall {:.3}", s.recall());
    }
}

#[test]
fn tune_split_stays_above_its_floors() {
    assert_floors(
        "tune",
        Floors {
            pairs: 2557,
            precision: 0.971,
            recall: 0.814,
            clean_flagged: 0.0067,
            garbled: (0.946, 0.542),
            rules: (0.96, 0.837),
        },
    );
}

#[test]
fn heldout_split_stays_above_its_floors() {
    assert_floors(
        "heldout",
        Floors {
            pairs: 687,
            precision: 0.934,
            recall: 0.726,
            clean_flagged: 0.016,
            garbled: (0.9, 0.424),
            rules: (0.858, 0.726),
        },
    );
}
