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
    assert!(eval.pairs >= 30, "{} pairs", eval.pairs);
    let all = eval.overall();
    assert!(all.precision() >= 0.98, "precision {:.3}", all.precision());
    assert!(all.recall() >= 0.95, "recall {:.3}", all.recall());
    assert!(
        eval.clean_flagged_rate() <= 0.01,
        "clean flagged {:.3}",
        eval.clean_flagged_rate()
    );
    for (rule, s) in &eval.rules {
        assert!(
            s.precision() >= 0.92,
            "{rule}: precision {:.3}",
            s.precision()
        );
        if rule != "garbled-phrase" {
            assert!(s.recall() >= 0.9, "{rule}: recall {:.3}", s.recall());
        }
    }
    assert!(eval.rules["garbled-phrase"].recall() >= 0.67);
}

#[test]
fn heldout_split_stays_above_its_floors() {
    let eval = run("heldout");
    assert!(eval.pairs >= 25, "{} pairs", eval.pairs);
    let all = eval.overall();
    assert!(all.precision() >= 0.97, "precision {:.3}", all.precision());
    assert!(all.recall() >= 0.88, "recall {:.3}", all.recall());
    assert!(
        eval.clean_flagged_rate() <= 0.03,
        "clean flagged {:.3}",
        eval.clean_flagged_rate()
    );
    for (rule, s) in &eval.rules {
        assert!(
            s.precision() >= 0.8,
            "{rule}: precision {:.3}",
            s.precision()
        );
        let floor = if rule == "garbled-phrase" { 0.48 } else { 0.8 };
        assert!(s.recall() >= floor, "{rule}: recall {:.3}", s.recall());
    }
}
