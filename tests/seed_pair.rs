//! The real spun article of shared/seeds against its scraped source file, read
//! in place (never copied into the project). Skipped when shared/ is absent.

mod common;
use common::*;

#[test]
fn seed_pair_is_checked_as_the_issue_describes() {
    let Some((suspect, corpus)) = seeds() else {
        eprintln!("shared/seeds not beside this checkout; skipping");
        return;
    };
    let (code, report) = check_json(&[s(&suspect), "--corpus", s(&corpus)], None);
    assert_eq!(code, 1, "errors found, so exit 1");
    let source = &report["files"][0]["source"];
    assert!(
        source["path"].as_str().unwrap().ends_with("#1"),
        "the Alibaba article, not the file: {source}"
    );
    assert!(source["title"].as_str().unwrap().contains("Alibaba"));
    let f = findings(&report);
    let spelling = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["rule"] == "spelling" && x["text"] == "Sarmountable")
        .expect("Sarmountable flagged");
    assert_eq!(spelling["suggestion"], "surmountable");
    assert!(has(&f, "repetition", "strategies"));
    assert!(has(
        &f,
        "misquote",
        "The firm stated that its strategy was purified"
    ));
    assert!(has(&f, "misquote", "Alibaba users first, AI-powered"));
    assert!(has(
        &f,
        "duplicate-sentence",
        "Since the beginning of the year, investors have poured money"
    ));
    assert!(has(&f, "fragment", "By"));
    assert!(has(&f, "number-drift", "280 billion yuan"));
    assert!(has(&f, "entity-drift", "ant group"));
    assert!(has(&f, "entity-drift", "The MA"));
    assert!(has(&f, "polarity-drift", "in the headlines"));
    assert!(has(&f, "meaning-drift", "claims"));
    assert!(has(&f, "meaning-drift", "adequate"));
    assert!(
        !f.iter()
            .any(|(rule, text)| rule == "entity-drift" && text.starts_with("AI-")),
        "a compound modifier is not a name: {f:?}"
    );
    for garbled in [
        "purified",
        "doom",
        "attention",
        "re-reverberated",
        "development",
    ] {
        assert!(has(&f, "garbled-phrase", garbled), "{garbled} not flagged");
    }
    for clean in [
        "it’ll spend",
        "over the following 3 years",
        "According to a company statement",
    ] {
        let text = std::fs::read_to_string(&suspect).unwrap();
        let at = text.find(clean).expect("phrase in seed");
        let hit = report["files"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| {
                let (a, b) = (
                    x["start"].as_u64().unwrap() as usize,
                    x["end"].as_u64().unwrap() as usize,
                );
                a < at + clean.len() && at < b
            });
        assert!(hit.is_none(), "{clean:?} flagged: {hit:?}");
    }
}
