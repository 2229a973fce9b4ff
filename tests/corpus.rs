//! The bundled corpus end to end: each suspect in corpus/suspects is checked by
//! the binary against corpus/sources. Retrieval must pick the source its labels
//! name; every labeled defect must be found, no clean paraphrase flagged; and the
//! exact findings must equal tests/expected/<suspect>.tsv (`UPDATE_EXPECT=1`
//! rewrites those after a deliberate change).

mod common;
use common::*;
use std::path::Path;

struct Label {
    rule: String,
    occurrence: usize,
    text: String,
}

fn labels(path: &Path) -> (Option<String>, Vec<Label>) {
    let text = std::fs::read_to_string(path).expect("labels readable");
    let source = text
        .lines()
        .find_map(|l| l.strip_prefix("# source:"))
        .map(|s| s.trim().to_string());
    let labels = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Label {
                rule: cols[0].to_string(),
                occurrence: cols[1].parse().expect("occurrence is a number"),
                text: cols[2].to_string(),
            }
        })
        .collect();
    (source, labels)
}

fn suspects() -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = std::fs::read_dir(root().join("corpus/suspects"))
        .expect("corpus/suspects exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    out.sort();
    out
}

fn render(findings: &[serde_json::Value]) -> String {
    findings
        .iter()
        .map(|f| {
            format!(
                "{}\t{}:{}\t{}\n",
                f["rule"].as_str().unwrap(),
                f["line"],
                f["column"],
                f["text"].as_str().unwrap().replace('\n', "\\n")
            )
        })
        .collect()
}

#[test]
fn corpus_suspects_get_their_source_and_labeled_findings() {
    let suspects = suspects();
    assert!(suspects.len() >= 8, "the corpus has at least 8 suspects");
    let mut failures = Vec::new();
    for suspect in &suspects {
        let rel = suspect.strip_prefix(root()).unwrap();
        let (_, report) = check_json(&[s(rel), "--corpus", "corpus/sources"], None);
        let file = &report["files"][0];
        let (source, labels) = labels(&suspect.with_extension("labels.tsv"));
        let found = file["source"]["path"].as_str().map(str::to_string);
        match source.as_deref() {
            Some("none") => assert!(
                found.is_none(),
                "{}: expected no source, got {found:?}",
                rel.display()
            ),
            Some(expected) => assert!(
                found.as_deref().is_some_and(|f| f.starts_with(expected)),
                "{}: expected source {expected}, got {found:?}",
                rel.display()
            ),
            None => panic!("{}: labels name no source", rel.display()),
        }
        let findings = file["findings"].as_array().unwrap();
        let text = std::fs::read_to_string(suspect).unwrap();
        for l in &labels {
            if l.rule == "omitted-content" {
                let hit = findings.iter().any(|f| {
                    f["rule"] == "omitted-content"
                        && f["source_text"].as_str() == Some(l.text.as_str())
                });
                if !hit {
                    failures.push(format!("{}: missed omitted {:?}", rel.display(), l.text));
                }
                continue;
            }
            let at = text
                .match_indices(&l.text)
                .nth(l.occurrence - 1)
                .unwrap_or_else(|| panic!("{}: label {:?} not in suspect", rel.display(), l.text))
                .0;
            let span = (at, at + l.text.len());
            let overlapping: Vec<&serde_json::Value> = findings
                .iter()
                .filter(|f| {
                    let (a, b) = (
                        f["start"].as_u64().unwrap() as usize,
                        f["end"].as_u64().unwrap() as usize,
                    );
                    a < span.1 && span.0 < b || (a == b && span.0 <= a && a <= span.1)
                })
                .collect();
            let hit = overlapping.iter().any(|f| f["rule"] == l.rule.as_str());
            if l.rule == "clean" && !overlapping.is_empty() {
                failures.push(format!(
                    "{}: clean {:?} flagged by {}",
                    rel.display(),
                    l.text,
                    overlapping[0]["rule"]
                ));
            }
            if l.rule != "clean" && !hit {
                failures.push(format!("{}: missed {} {:?}", rel.display(), l.rule, l.text));
            }
        }
        let expect_path = root()
            .join("tests/expected")
            .join(suspect.file_stem().unwrap())
            .with_extension("tsv");
        let actual = render(findings);
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::create_dir_all(expect_path.parent().unwrap()).unwrap();
            std::fs::write(&expect_path, &actual).unwrap();
        } else {
            let expected = std::fs::read_to_string(&expect_path).unwrap_or_default();
            if expected != actual {
                failures.push(format!(
                    "{}: findings differ from {}:\n{actual}",
                    rel.display(),
                    expect_path.display()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
