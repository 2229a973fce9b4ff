//! The JSON report: `{"files": [...]}`, one object per suspect file.

use crate::engine::FileReport;
use serde::Serialize;

#[derive(Serialize)]
struct Document<'a> {
    files: &'a [FileReport],
}

/// Renders the reports as pretty-printed JSON with a trailing newline.
pub fn render(reports: &[FileReport]) -> String {
    let mut out = serde_json::to_string_pretty(&Document { files: reports })
        .expect("reports always serialize");
    out.push('\n');
    out
}
