//! Helpers shared by the integration tests: run the binary, parse its JSON.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `spincheck` with `args` from the repository root, feeding `stdin`.
pub fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_spincheck"));
    cmd.args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spincheck runs");
    if let Some(input) = stdin {
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin piped")
            .write_all(input.as_bytes())
            .expect("stdin written");
    }
    child.wait_with_output().expect("spincheck finishes")
}

/// Runs `spincheck check --format json` and returns the exit code and parsed report.
pub fn check_json(args: &[&str], stdin: Option<&str>) -> (i32, serde_json::Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let out = run(&all, stdin);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is JSON ({e}): {}\n{stderr}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    (out.status.code().expect("exit code"), json)
}

/// `(rule, text)` of every finding of the first file of a report.
pub fn findings(report: &serde_json::Value) -> Vec<(String, String)> {
    report["files"][0]["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().expect("rule").to_string(),
                f["text"].as_str().expect("text").to_string(),
            )
        })
        .collect()
}

/// Whether the report holds a finding of `rule` whose text contains `needle`.
pub fn has(findings: &[(String, String)], rule: &str, needle: &str) -> bool {
    findings
        .iter()
        .any(|(r, t)| r == rule && t.contains(needle))
}

/// The shared seed files, when this checkout sits beside `shared/` (as in CI).
pub fn seeds() -> Option<(PathBuf, PathBuf)> {
    let dir = root().join("../shared/seeds");
    let pick = |prefix: &str| {
        std::fs::read_dir(&dir)
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
            })
    };
    Some((pick("000_")?, pick("003_")?))
}

/// A path as a `&str`.
pub fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}
