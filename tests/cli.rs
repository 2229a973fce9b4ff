//! Command-line behaviour: input forms, exit codes, filtering flags,
//! configuration files, inline suppression, rules and explain.

mod common;
use common::*;

const SOURCE: &str = "Harbor workers strike in Porto Vell\n\nDock workers walked out on Monday, the union said. \"We are done waiting,\" Elena Marsh said.\n";
const SUSPECT: &str = "Harbor workers strike in Porto Vell\n\nDock workers walked out on Monday, the the union said. \"We are tired of waiting,\" Elena Marsh said.\n";

fn setup() -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.txt");
    let suspect = dir.path().join("suspect.txt");
    std::fs::write(&source, SOURCE).unwrap();
    std::fs::write(&suspect, SUSPECT).unwrap();
    (dir, s(&suspect).to_string(), s(&source).to_string())
}

fn rules_of(report: &serde_json::Value) -> Vec<String> {
    findings(report).into_iter().map(|(r, _)| r).collect()
}

#[test]
fn stdin_suspect_and_jsonl_corpus() {
    let (dir, _, _) = setup();
    let jsonl = dir.path().join("corpus.jsonl");
    let record = serde_json::json!({"id": "strike-1", "title": "Strike", "text": SOURCE});
    let other = serde_json::json!({"id": "weather", "text": "Rain is expected across the north on Friday."});
    std::fs::write(&jsonl, format!("{record}\n{other}\n")).unwrap();
    let (code, report) = check_json(&["-", "--corpus", s(&jsonl)], Some(SUSPECT));
    assert_eq!(code, 1);
    assert_eq!(report["files"][0]["path"], "-");
    assert_eq!(report["files"][0]["source"]["path"], "strike-1");
    assert_eq!(rules_of(&report), ["repetition", "misquote"]);
}

#[test]
fn exit_codes_follow_fail_on_and_no_exit() {
    let (_dir, suspect, source) = setup();
    let code = |extra: &[&str]| {
        let mut args = vec!["check", &suspect, "--corpus", &source];
        args.extend_from_slice(extra);
        run(&args, None).status.code().unwrap()
    };
    assert_eq!(code(&[]), 1);
    assert_eq!(code(&["--fail-on", "never"]), 0);
    assert_eq!(code(&["--no-exit"]), 0);
    assert_eq!(code(&["--format", "nonsense"]), 2);
}

#[test]
fn min_severity_and_quiet_filter_output() {
    let (_dir, suspect, source) = setup();
    let (_, report) = check_json(
        &[&suspect, "--corpus", &source, "--min-severity", "error"],
        None,
    );
    assert!(
        report["files"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["severity"] == "error")
    );
    let copy = std::path::Path::new(&source).with_file_name("copy.txt");
    std::fs::write(&copy, SOURCE).unwrap();
    let clean = run(&["check", s(&copy), "--corpus", &source, "--quiet"], None);
    assert!(
        clean.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&clean.stdout)
    );
    assert_eq!(clean.status.code(), Some(0));
}

#[test]
fn a_suspect_inside_the_corpus_is_not_its_own_source() {
    let (dir, suspect, source) = setup();
    let folder = s(dir.path());
    let (code, report) = check_json(&[&suspect, "--corpus", folder], None);
    assert_eq!(code, 1);
    assert_eq!(report["files"][0]["source"]["path"], source);
    assert_eq!(rules_of(&report), ["repetition", "misquote"]);
}

#[test]
fn corpus_takes_one_path_per_flag() {
    let (dir, suspect, source) = setup();
    let other = dir.path().join("other.txt");
    std::fs::write(&other, "Rain is expected across the north on Friday.\n").unwrap();
    let (_, report) = check_json(
        &[&suspect, "--corpus", s(&other), "--corpus", &source],
        None,
    );
    assert_eq!(report["files"][0]["source"]["path"], source);
    let (code, report) = check_json(&["--corpus", &source, &suspect], None);
    assert_eq!(code, 1, "the path after --corpus PATH is a suspect");
    assert_eq!(report["files"][0]["path"], suspect);
}

#[test]
fn config_file_switches_rules_and_severities() {
    let (dir, suspect, source) = setup();
    let config = dir.path().join("spincheck.toml");
    std::fs::write(
        &config,
        "fail_on = \"never\"\n[rules]\nrepetition = \"off\"\nmisquote = \"info\"\n",
    )
    .unwrap();
    let out = run(
        &[
            "check",
            &suspect,
            "--corpus",
            &source,
            "--format",
            "json",
            "--config",
            s(&config),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = report["files"][0]["findings"].as_array().unwrap();
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0]["rule"].as_str(), f[0]["severity"].as_str()),
        (Some("misquote"), Some("info"))
    );
    std::fs::write(&config, "[rules]\nmisspelling = \"off\"\n").unwrap();
    let out = run(
        &[
            "check",
            &suspect,
            "--corpus",
            &source,
            "--config",
            s(&config),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown rule `misspelling`"));
}

#[test]
fn init_writes_a_config_once() {
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_spincheck");
    let first = std::process::Command::new(bin)
        .arg("init")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(first.status.code(), Some(0));
    let written = std::fs::read_to_string(dir.path().join("spincheck.toml")).unwrap();
    assert!(written.contains("fail_on") && written.contains("[rules]"));
    let second = std::process::Command::new(bin)
        .arg("init")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(2));
}

#[test]
fn inline_comments_suppress_findings() {
    let (dir, _, source) = setup();
    let text = SUSPECT.replace(
        "the the union said.",
        "the the union said. <!-- spincheck-ignore repetition -->",
    ) + "<!-- spincheck-disable -->\nThe the end.\n<!-- spincheck-enable -->\nA recieved word.\n";
    let path = dir.path().join("suppressed.txt");
    std::fs::write(&path, &text).unwrap();
    let (_, report) = check_json(&[s(&path), "--corpus", &source], None);
    let found = findings(&report);
    assert!(!found.iter().any(|(r, _)| r == "repetition"), "{found:?}");
    assert!(has(&found, "misquote", "tired of"));
    assert!(has(&found, "spelling", "recieved"));
    assert!(
        !found.iter().any(|(_, t)| t.contains("spincheck")),
        "{found:?}"
    );
}

#[test]
fn rules_and_explain_document_every_rule() {
    let list = run(&["rules"], None);
    let text = String::from_utf8_lossy(&list.stdout);
    for check in spincheck::checks::registry::all() {
        let id = check.rule().id;
        assert!(text.contains(id), "{id} listed");
        let explained = run(&["explain", id], None);
        assert_eq!(explained.status.code(), Some(0));
        let body = String::from_utf8_lossy(&explained.stdout);
        assert!(
            body.contains("Flagged:") && body.contains("Passes:"),
            "{id}"
        );
        let details = check.rule().details;
        for heading in details.lines().filter(|l| l.starts_with("## ")) {
            assert!(body.contains(heading), "{id}: {heading}");
        }
    }
}

#[test]
fn terminal_colors_follow_the_flag() {
    let (_dir, suspect, source) = setup();
    let plain = run(
        &["check", &suspect, "--corpus", &source, "--color", "never"],
        None,
    );
    assert!(!String::from_utf8_lossy(&plain.stdout).contains('\u{1b}'));
    let colored = run(
        &["check", &suspect, "--corpus", &source, "--color", "always"],
        None,
    );
    assert!(String::from_utf8_lossy(&colored.stdout).contains('\u{1b}'));
    let out = String::from_utf8_lossy(&plain.stdout);
    assert!(
        out.contains("suspect.txt:3:") && out.contains("[repetition]") && out.contains("= source:")
    );
}

#[test]
fn a_parallel_batch_equals_files_checked_one_by_one() {
    let suspects = [
        "corpus/suspects/harbor-strike.txt",
        "corpus/suspects/orphan.txt",
        "corpus/suspects/solar-plant.txt",
    ];
    let mut args = suspects.to_vec();
    args.extend(["--corpus", "corpus/sources"]);
    let (_, batch) = check_json(&args, None);
    for (n, one) in suspects.iter().enumerate() {
        let (_, single) = check_json(&[one, "--corpus", "corpus/sources"], None);
        assert_eq!(batch["files"][n], single["files"][0], "{one}");
    }
}

/// A batch longer than one chunk (256 suspects) is written chunk by chunk; every
/// format must come out whole, in input order, as for a short batch.
#[test]
fn a_batch_of_several_chunks_is_written_whole_and_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let names = ["harbor-strike.txt", "orphan.txt", "solar-plant.txt"];
    let mut suspects = Vec::new();
    for n in 0..270 {
        let path = dir.path().join(format!("s{n:03}-{}", names[n % 3]));
        std::fs::copy(root().join("corpus/suspects").join(names[n % 3]), &path).unwrap();
        suspects.push(s(&path).to_string());
    }
    let mut args: Vec<&str> = suspects.iter().map(String::as_str).collect();
    args.extend(["--corpus", "corpus/sources"]);
    let (_, batch) = check_json(&args, None);
    let files = batch["files"].as_array().unwrap();
    assert_eq!(files.len(), 270);
    for (n, file) in files.iter().enumerate() {
        assert_eq!(file["path"], suspects[n].as_str());
        assert_eq!(file["findings"], files[n % 3]["findings"], "file {n}");
    }
    let line_of = |extra: &[&str]| {
        let mut all = vec!["check"];
        all.extend(&args);
        all.extend(extra);
        String::from_utf8(run(&all, None).stdout).unwrap()
    };
    let lines = line_of(&["--format", "line"]);
    let counted: usize = files
        .iter()
        .map(|f| f["findings"].as_array().unwrap().len())
        .sum();
    assert_eq!(lines.lines().count(), counted);
    let text = line_of(&["--format", "text"]);
    assert!(
        text.trim_end().ends_with("in 270 file(s)"),
        "{}",
        &text[text.len() - 80..]
    );
    let html = dir.path().join("html");
    line_of(&["--format", "html", "-o", s(&html)]);
    let pages = std::fs::read_dir(&html).unwrap().count();
    assert_eq!(pages, 271, "270 pages and the index");
    let index = std::fs::read_to_string(html.join("index.html")).unwrap();
    assert!(index.contains("270-s269-solar-plant.txt.html"));
}

#[test]
fn a_saved_index_gives_the_same_results_and_notices_changes() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for name in [
        "harbor-strike.txt",
        "harbor-strike-update.txt",
        "wire-roundup.txt",
    ] {
        std::fs::copy(root().join("corpus/sources").join(name), corpus.join(name)).unwrap();
    }
    let idx = dir.path().join("corpus.idx");
    let built = run(&["index", "--corpus", s(&corpus), "--out", s(&idx)], None);
    assert_eq!(
        built.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let suspect = "corpus/suspects/harbor-strike.txt";
    let (_, direct) = check_json(&[suspect, "--corpus", s(&corpus)], None);
    let (_, loaded) = check_json(&[suspect, "--index", s(&idx)], None);
    assert_eq!(direct, loaded);
    std::fs::write(corpus.join("wire-roundup.txt"), "Changed text.\n").unwrap();
    let stale = run(&["check", suspect, "--index", s(&idx)], None);
    assert_eq!(stale.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&stale.stderr).contains("changed since indexing"));
}

#[test]
fn jsonl_mode_writes_one_result_per_line_in_order() {
    let input: String = (0..300)
        .map(|i| {
            let text = if i % 2 == 0 {
                "The the council said."
            } else {
                "A plain sentence here."
            };
            format!(
                "{}\n",
                serde_json::json!({"id": format!("doc-{i}"), "text": text})
            )
        })
        .collect();
    let out = run(
        &[
            "check",
            "--jsonl",
            "--corpus",
            "corpus/sources",
            "--no-exit",
        ],
        Some(&input),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 300);
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l["path"], format!("doc-{i}"));
        assert_eq!(
            l["findings"].as_array().unwrap().len(),
            usize::from(i % 2 == 0)
        );
    }
    let bad = run(
        &["check", "--jsonl", "--corpus", "corpus/sources"],
        Some("{\"id\": 1}\n"),
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("<stdin>:1"));
}

#[test]
fn output_files_are_complete_and_readable() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, suspect, source) = setup();
    let out = dir.path().join("report.json");
    let res = run(
        &[
            "check",
            &suspect,
            "--corpus",
            &source,
            "--format",
            "json",
            "-o",
            s(&out),
            "--no-exit",
        ],
        None,
    );
    assert_eq!(res.status.code(), Some(0));
    assert!(res.stdout.is_empty());
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(written["files"][0]["findings"].as_array().unwrap().len(), 2);
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o644
    );
}
