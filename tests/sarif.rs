//! The SARIF output carries the fields SARIF 2.1.0 requires, and those GitHub
//! code scanning reads: rules metadata, rule ids, messages, locations, regions.

mod common;
use common::run;

#[test]
fn sarif_has_the_required_fields() {
    let out = run(
        &[
            "check",
            "corpus/suspects/chipmaker-results.txt",
            "corpus/suspects/orphan.txt",
            "--corpus",
            "corpus/sources",
            "--format",
            "sarif",
        ],
        None,
    );
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let run = &log["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "spincheck");
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), spincheck::checks::registry::all().len());
    for r in rules {
        assert!(r["id"].is_string() && r["shortDescription"]["text"].is_string());
        assert!(
            ["error", "warning", "note"]
                .contains(&r["defaultConfiguration"]["level"].as_str().unwrap())
        );
    }
    let results = run["results"].as_array().unwrap();
    assert!(results.len() >= 10);
    for res in results {
        let id = res["ruleId"].as_str().unwrap();
        assert!(rules.iter().any(|r| r["id"] == id), "{id} has metadata");
        assert!(!res["message"]["text"].as_str().unwrap().is_empty());
        assert!(["error", "warning", "note"].contains(&res["level"].as_str().unwrap()));
        let loc = &res["locations"][0]["physicalLocation"];
        assert!(
            loc["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .starts_with("corpus/suspects/")
        );
        let region = &loc["region"];
        let (sl, sc) = (
            region["startLine"].as_u64().unwrap(),
            region["startColumn"].as_u64().unwrap(),
        );
        let (el, ec) = (
            region["endLine"].as_u64().unwrap(),
            region["endColumn"].as_u64().unwrap(),
        );
        assert!(sl >= 1 && sc >= 1 && (el > sl || (el == sl && ec >= sc)));
    }
}
