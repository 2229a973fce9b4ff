//! The line report: `path:line:col: severity [rule] message`, one finding a line
//! (editors, grep, reviewdog's errorformat `%f:%l:%c: %m`).

use crate::engine::FileReport;
use std::fmt::Write;

/// Renders one line per finding.
pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        for f in &r.findings {
            let _ = writeln!(
                out,
                "{}:{}:{}: {} [{}] {}",
                r.path,
                f.line,
                f.column,
                f.severity.as_str(),
                f.rule,
                f.message
            );
        }
    }
    out
}
