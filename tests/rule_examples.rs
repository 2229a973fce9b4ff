//! Every rule's documented examples behave as documented: the bad one is
//! flagged by that rule, the good one is not.

use spincheck::checks::registry;
use spincheck::config::Config;
use spincheck::corpus::Article;
use spincheck::engine::check_against;

fn findings_of(rule: &str, suspect: &str, source: &str) -> Vec<String> {
    let article = Article {
        id: "example".into(),
        path: "example".into(),
        title: "example".into(),
        text: source.into(),
    };
    let with_source = (!source.is_empty()).then_some((&article, 1.0));
    check_against("example", suspect, with_source, &Config::default())
        .findings
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.text)
        .collect()
}

#[test]
fn bad_examples_are_flagged_and_good_ones_pass() {
    for check in registry::all() {
        let r = check.rule();
        let bad = findings_of(r.id, r.example_bad, r.example_source);
        assert!(!bad.is_empty(), "{}: bad example not flagged", r.id);
        let good = findings_of(r.id, r.example_good, r.example_source);
        assert!(good.is_empty(), "{}: good example flagged: {good:?}", r.id);
    }
}
