//! Rule documentation: every registered rule has its details file in
//! docs/rules/, embedded whole, opening with its id and short explanation.

use spincheck::checks::registry;
use std::collections::BTreeSet;

#[test]
fn every_rule_has_a_details_file_and_no_file_is_stray() {
    let ids: BTreeSet<String> = registry::all()
        .iter()
        .map(|c| format!("{}.md", c.rule().id))
        .collect();
    let files: BTreeSet<String> = std::fs::read_dir("docs/rules")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(ids, files);
}

#[test]
fn details_open_with_the_rule_and_its_short_explanation() {
    for check in registry::all() {
        let r = check.rule();
        let file = std::fs::read_to_string(format!("docs/rules/{}.md", r.id)).unwrap();
        assert_eq!(r.details, file, "{} embeds its file", r.id);
        assert!(file.starts_with(&format!("# {}\n", r.id)), "{}", r.id);
        assert!(
            file.contains(r.explanation),
            "{} holds its explanation",
            r.id
        );
        assert!(file.contains("\n## "), "{} has sections", r.id);
        assert!(r.explanation.len() <= 720, "{} explanation is short", r.id);
    }
}
