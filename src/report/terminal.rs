//! The terminal report: per file, the source found, then each finding as
//! `path:line:col severity [rule] message` with the line excerpt highlighted,
//! the suggestion and the source's text. Colors follow the `colored` override.

use super::Totals;
use crate::engine::FileReport;
use crate::finding::{Finding, Severity};
use colored::{ColoredString, Colorize};
use std::fmt::Write;

/// Characters of context shown on each side of a flagged span.
const CONTEXT_CHARS: usize = 40;

/// Longest flagged text shown in full in an excerpt.
const MAX_SPAN_CHARS: usize = 80;

fn severity(s: Severity) -> ColoredString {
    match s {
        Severity::Error => "error".red().bold(),
        Severity::Warning => "warning".yellow().bold(),
        Severity::Info => "info".blue().bold(),
    }
}

/// Renders all reports and a closing summary line.
pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for report in reports {
        render_file(&mut out, report);
    }
    let t = Totals::of(reports);
    let _ = writeln!(
        out,
        "{}",
        format!(
            "{} error(s), {} warning(s), {} info in {} file(s)",
            t.errors, t.warnings, t.infos, t.files
        )
        .bold()
    );
    out
}

fn render_file(out: &mut String, report: &FileReport) {
    let _ = writeln!(out, "{}", report.path.bold().underline());
    match &report.source {
        Some(s) => {
            let _ = writeln!(
                out,
                "  source: {} \u{201C}{}\u{201D} (score {:.3}, coverage {:.0}%)",
                s.path.cyan(),
                s.title,
                s.score,
                report.stats.coverage * 100.0
            );
        }
        None => {
            let _ = writeln!(
                out,
                "  source: {} (only source-free checks ran)",
                "no source found".yellow()
            );
        }
    }
    if report.findings.is_empty() {
        let _ = writeln!(out, "  {}", "no findings".green());
    }
    for f in &report.findings {
        out.push('\n');
        render_finding(out, report, f);
    }
    out.push('\n');
}

fn render_finding(out: &mut String, report: &FileReport, f: &Finding) {
    let _ = writeln!(
        out,
        "{}:{}:{} {} [{}] {}",
        report.path.bold(),
        f.line,
        f.column,
        severity(f.severity),
        f.rule.cyan(),
        f.message
    );
    let (before, flagged, after) = excerpt(&report.text, f.start, f.end);
    let gutter = format!("{:>5} | ", f.line);
    let _ = writeln!(
        out,
        "{}{}{}{}",
        gutter.dimmed(),
        before,
        flagged.red().bold().underline(),
        after
    );
    let pad = " ".repeat(before.chars().count());
    let carets = "^".repeat(flagged.chars().count().max(1));
    let _ = writeln!(out, "{}{}{}", "      | ".dimmed(), pad, carets.red().bold());
    if let Some(s) = &f.suggestion {
        let shown = if s.is_empty() {
            "(remove it)"
        } else {
            s.as_str()
        };
        let _ = writeln!(out, "{} {}", "      = suggestion:".dimmed(), shown.green());
    }
    if let Some(s) = &f.source_text {
        let _ = writeln!(
            out,
            "{} {}",
            "      = source:".dimmed(),
            one_line(s).green()
        );
    }
}

/// Whitespace runs, line breaks included, as single spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The flagged span's first line, cut to some context on each side.
fn excerpt(text: &str, start: usize, end: usize) -> (String, String, String) {
    let line_start = text[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line_end = text[start..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| start + i);
    let span_end = end.min(line_end).max(start);
    let before: Vec<char> = text[line_start..start].chars().collect();
    let before: String = if before.len() > CONTEXT_CHARS {
        let tail: String = before[before.len() - CONTEXT_CHARS..].iter().collect();
        format!("\u{2026}{tail}")
    } else {
        before.into_iter().collect()
    };
    let flagged: Vec<char> = text[start..span_end].chars().collect();
    if flagged.len() > MAX_SPAN_CHARS {
        let head: String = flagged[..MAX_SPAN_CHARS].iter().collect();
        return (before, format!("{head}\u{2026}"), String::new());
    }
    let flagged: String = flagged.into_iter().collect();
    let rest = &text[span_end..line_end];
    let after: String = if rest.chars().count() > CONTEXT_CHARS {
        let head: String = rest.chars().take(CONTEXT_CHARS).collect();
        format!("{head}\u{2026}")
    } else {
        rest.to_string()
    };
    (before, flagged, after)
}
