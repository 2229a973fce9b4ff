//! The JSON report: `{"files": [...]}`, one object per suspect file.

use crate::engine::FileReport;
#[cfg(test)]
use serde::Serialize;

/// Renders the reports as pretty-printed JSON with a trailing newline.
pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for (n, r) in reports.iter().enumerate() {
        out.push_str(&file(r, n == 0));
    }
    out.push_str(&close(reports.len()));
    out
}

/// One file's object as it stands in the `files` array, opening the document
/// before the first; [`close`] ends it. Writing a batch this way, file by file,
/// gives the same text as [`render`].
pub fn file(report: &FileReport, first: bool) -> String {
    let object = serde_json::to_string_pretty(report).expect("reports always serialize");
    let mut out = String::from(if first { "{\n  \"files\": [\n" } else { ",\n" });
    for (k, line) in object.lines().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str("    ");
        out.push_str(line);
    }
    out
}

/// The end of the document after `files` objects written with [`file`].
pub fn close(files: usize) -> String {
    if files == 0 {
        "{\n  \"files\": []\n}\n".to_string()
    } else {
        "\n  ]\n}\n".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Whole<'a> {
        files: &'a [FileReport],
    }

    fn report(path: &str) -> FileReport {
        crate::engine::check_against(
            path,
            "The council met on Tuesday. It voted.",
            None,
            &Default::default(),
        )
    }

    #[test]
    fn file_by_file_matches_one_serialisation() {
        for reports in [vec![], vec![report("a")], vec![report("a"), report("b")]] {
            let mut whole = serde_json::to_string_pretty(&Whole { files: &reports }).unwrap();
            whole.push('\n');
            assert_eq!(render(&reports), whole);
        }
    }
}
