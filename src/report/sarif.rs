//! The SARIF 2.1.0 report, with rule metadata from the registry, for GitHub
//! code scanning and other SARIF consumers.

use crate::checks::registry;
use crate::engine::FileReport;
use crate::finding::Severity;
use serde_json::{Value, json};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// (line, column) just past the flagged text, 1-based, columns in characters.
fn end_position(line: usize, column: usize, flagged: &str) -> (usize, usize) {
    match flagged.rfind('\n') {
        Some(i) => (
            line + flagged.matches('\n').count(),
            flagged[i + 1..].chars().count() + 1,
        ),
        None => (line, column + flagged.chars().count()),
    }
}

/// Renders the reports as one SARIF log with one run.
pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    let mut written = 0;
    for r in reports {
        out.push_str(&results(r, written == 0));
        written += r.findings.len();
    }
    out.push_str(&close(written));
    out
}

/// The results of one file as they stand in the log, opening the log before
/// the first result of the run (`first`); [`close`] ends it. Writing a batch
/// this way, file by file, gives the same text as [`render`].
pub fn results(report: &FileReport, first: bool) -> String {
    let mut out = String::new();
    for (n, f) in report.findings.iter().enumerate() {
        if first && n == 0 {
            out.push_str(&frame().0);
        } else {
            out.push_str(",\n");
        }
        let text = serde_json::to_string_pretty(&result(report, f)).expect("SARIF serializes");
        for (k, line) in text.lines().enumerate() {
            if k > 0 {
                out.push('\n');
            }
            out.push_str(RESULT_INDENT);
            out.push_str(line);
        }
    }
    out
}

/// The end of the log after `written` results written with [`results`].
pub fn close(written: usize) -> String {
    if written == 0 {
        log(Vec::new())
    } else {
        frame().1.clone()
    }
}

/// Indentation of a result inside the pretty-printed log.
const RESULT_INDENT: &str = "        ";

/// Where results go in the log: the text before the first and after the last.
fn frame() -> &'static (String, String) {
    static FRAME: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();
    FRAME.get_or_init(|| {
        const MARK: &str = "\"@results@\"";
        let whole = log(vec![json!("@results@")]);
        let at = whole.find(MARK).expect("the mark is in the log");
        let line_start = whole[..at].rfind('\n').map_or(0, |i| i + 1);
        (
            whole[..line_start].to_string(),
            whole[at + MARK.len()..].to_string(),
        )
    })
}

fn result(r: &FileReport, f: &crate::finding::Finding) -> Value {
    let (end_line, end_column) = end_position(f.line, f.column, &f.text);
    let mut result = json!({
        "ruleId": f.rule,
        "level": level(f.severity),
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": r.path},
            "region": {
                "startLine": f.line, "startColumn": f.column,
                "endLine": end_line, "endColumn": end_column,
                "byteOffset": f.start, "byteLength": f.end - f.start,
                "snippet": {"text": f.text}
            }
        }}]
    });
    if let Some(s) = &f.source_text {
        result["properties"] = json!({"sourceText": s});
    }
    result
}

/// The whole log around `results`, pretty-printed with a trailing newline.
fn log(results: Vec<Value>) -> String {
    let rules: Vec<Value> = registry::all()
        .iter()
        .map(|c| {
            let r = c.rule();
            json!({
                "id": r.id,
                "name": r.id,
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": r.explanation},
                "help": {
                    "text": format!("{}\n\nFlagged: {}\nPasses: {}", r.explanation, r.example_bad, r.example_good),
                    "markdown": r.details
                },
                "defaultConfiguration": {"level": level(r.default_severity)},
                "properties": {"category": r.category.as_str()}
            })
        })
        .collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "spincheck",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://example.invalid/spincheck",
                "rules": rules
            }},
            "results": results
        }]
    });
    let mut out = serde_json::to_string_pretty(&log).expect("SARIF serializes");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(path: &str, text: &str) -> FileReport {
        crate::engine::check_against(path, text, None, &Default::default())
    }

    #[test]
    fn streamed_logs_parse_with_every_result() {
        let clean = report("a", "The council met on Tuesday.");
        let doubled = report("b", "The the council met on on Tuesday.");
        for (reports, expected) in [
            (vec![], 0),
            (vec![clean.clone()], 0),
            (vec![clean, doubled], 2),
        ] {
            let log: Value = serde_json::from_str(&render(&reports)).expect("valid JSON");
            let results = log["runs"][0]["results"].as_array().expect("results");
            assert_eq!(results.len(), expected);
            assert!(log["runs"][0]["tool"]["driver"]["rules"].is_array());
        }
    }
}
