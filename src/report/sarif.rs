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
    let rules: Vec<Value> = registry::all()
        .iter()
        .map(|c| {
            let r = c.rule();
            json!({
                "id": r.id,
                "name": r.id,
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": r.explanation},
                "help": {"text": format!("{}\n\nFlagged: {}\nPasses: {}", r.explanation, r.example_bad, r.example_good)},
                "defaultConfiguration": {"level": level(r.default_severity)},
                "properties": {"category": r.category.as_str()}
            })
        })
        .collect();
    let results: Vec<Value> = reports
        .iter()
        .flat_map(|r| r.findings.iter().map(move |f| (r, f)))
        .map(|(r, f)| {
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
