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

#[test]
fn tune_split_stays_above_its_floors() {
    let eval = run("tune");
    assert!(eval.pairs >= 165, "{} pairs", eval.pairs);
    let all = eval.overall();
    assert!(all.precision() >= 0.87, "precision {:.3}", all.precision());
    assert!(all.recall() >= 0.83, "recall {:.3}", all.recall());
    assert!(
        eval.clean_flagged_rate() <= 0.039,
        "clean flagged {:.3}",
        eval.clean_flagged_rate()
    );
    for (rule, s) in &eval.rules {
        let (precision, recall) = match rule.as_str() {
            "garbled-phrase" => (0.55, 0.18),
            _ => (0.75, 0.84),
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
fn heldout_split_stays_above_its_floors() {
    let eval = run("heldout");
    assert!(eval.pairs >= 43, "{} pairs", eval.pairs);
    let all = eval.overall();
    assert!(all.precision() >= 0.94, "precision {:.3}", all.precision());
    assert!(all.recall() >= 0.76, "recall {:.3}", all.recall());
    assert!(
        eval.clean_flagged_rate() <= 0.03,
        "clean flagged {:.3}",
        eval.clean_flagged_rate()
    );
    for (rule, s) in &eval.rules {
        let (precision, recall) = match rule.as_str() {
            "garbled-phrase" => (0.65, 0.14),
            _ => (0.83, 0.8),
        };
        assert!(
            s.precision() >= precision,
            "{rule}: precision {:.3}",
            s.precision()
        );
        assert!(s.recall() >= recall, "{rule}: recall {:.3}", s.recall());
    }
}
