//! The terminal and text reports: per file, the source found, then each finding
//! as `path:line:col severity [rule] message` with the line excerpt highlighted,
//! the suggestion and the source's text. The terminal layout is colored (per
//! the `colored` override); the text layout has no color codes and wraps at 78
//! columns for email and tickets.

use super::Totals;
use crate::engine::FileReport;
use crate::finding::{Finding, Severity};
use colored::Colorize;
use std::fmt::Write;

/// How a report is laid out.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// Whether to emit color codes.
    pub color: bool,
    /// Characters of context shown on each side of a flagged span.
    pub context: usize,
    /// Longest flagged text shown in full in an excerpt.
    pub max_span: usize,
    /// Width to wrap message and evidence lines at (0: no wrapping).
    pub wrap: usize,
}

/// The colored terminal layout.
pub const TERMINAL: Layout = Layout {
    color: true,
    context: 40,
    max_span: 80,
    wrap: 0,
};

/// The plain-text layout for email and tickets.
pub const TEXT: Layout = Layout {
    color: false,
    context: 24,
    max_span: 40,
    wrap: 78,
};

/// A piece of text with an optional style, shown in color only when the layout has color.
fn paint(layout: Layout, s: &str, style: fn(&str) -> colored::ColoredString) -> String {
    if layout.color {
        style(s).to_string()
    } else {
        s.to_string()
    }
}

fn severity(layout: Layout, s: Severity) -> String {
    let style: fn(&str) -> colored::ColoredString = match s {
        Severity::Error => |x| x.red().bold(),
        Severity::Warning => |x| x.yellow().bold(),
        Severity::Info => |x| x.blue().bold(),
    };
    paint(layout, s.as_str(), style)
}

/// Renders all reports and a closing summary line.
pub fn render(reports: &[FileReport], layout: Layout) -> String {
    let mut out = render_files(reports, layout);
    out.push_str(&render_summary(Totals::of(reports), layout));
    out
}

/// Renders reports without the summary (a batch written chunk by chunk).
pub fn render_files(reports: &[FileReport], layout: Layout) -> String {
    let mut out = String::new();
    for report in reports {
        render_file(&mut out, report, layout);
    }
    out
}

/// The closing summary line over a whole batch.
pub fn render_summary(t: Totals, layout: Layout) -> String {
    let summary = format!(
        "{} error(s), {} warning(s), {} info in {} file(s)",
        t.errors, t.warnings, t.infos, t.files
    );
    format!("{}\n", paint(layout, &summary, |x| x.bold()))
}

fn render_file(out: &mut String, report: &FileReport, layout: Layout) {
    let _ = writeln!(
        out,
        "{}",
        paint(layout, &report.path, |x| x.bold().underline())
    );
    let line = match &report.source {
        Some(s) => format!(
            "  source: {} \u{201C}{}\u{201D} (score {:.3}, coverage {:.0}%)",
            paint(layout, &s.path, |x| x.cyan()),
            s.title,
            s.score,
            report.stats.coverage * 100.0
        ),
        None => format!(
            "  source: {} (only source-free checks ran)",
            paint(layout, "no source found", |x| x.yellow())
        ),
    };
    let _ = writeln!(out, "{}", wrap(&line, layout.wrap, "    "));
    if report.findings.is_empty() {
        let _ = writeln!(out, "  {}", paint(layout, "no findings", |x| x.green()));
    }
    for f in &report.findings {
        out.push('\n');
        render_finding(out, report, f, layout);
    }
    out.push('\n');
}

fn render_finding(out: &mut String, report: &FileReport, f: &Finding, layout: Layout) {
    let head = format!(
        "{}:{}:{} {} [{}] {}",
        paint(layout, &report.path, |x| x.bold()),
        f.line,
        f.column,
        severity(layout, f.severity),
        paint(layout, f.rule, |x| x.cyan()),
        f.message
    );
    let _ = writeln!(out, "{}", wrap(&head, layout.wrap, "    "));
    let (before, flagged, after) = excerpt(&report.text, f.start, f.end, layout);
    let gutter = paint(layout, &format!("{:>5} | ", f.line), |x| x.dimmed());
    let shown = paint(layout, &flagged, |x| x.red().bold().underline());
    let _ = writeln!(out, "{gutter}{before}{shown}{after}");
    let pad = " ".repeat(before.chars().count());
    let carets = "^".repeat(flagged.chars().count().max(1));
    let _ = writeln!(
        out,
        "{}{}{}",
        paint(layout, "      | ", |x| x.dimmed()),
        pad,
        paint(layout, &carets, |x| x.red().bold())
    );
    if let Some(s) = &f.suggestion {
        let shown = if s.is_empty() {
            "(remove it)"
        } else {
            s.as_str()
        };
        let line = format!(
            "{} {}",
            paint(layout, "      = suggestion:", |x| x.dimmed()),
            paint(layout, shown, |x| x.green())
        );
        let _ = writeln!(out, "{}", wrap(&line, layout.wrap, "        "));
    }
    if let Some(s) = &f.source_text {
        let line = format!(
            "{} {}",
            paint(layout, "      = source:", |x| x.dimmed()),
            paint(layout, &one_line(s), |x| x.green())
        );
        let _ = writeln!(out, "{}", wrap(&line, layout.wrap, "        "));
    }
}

/// Whitespace runs, line breaks included, as single spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Wraps `line` at `width` characters on spaces, indenting continuation lines.
fn wrap(line: &str, width: usize, indent: &str) -> String {
    if width == 0 || line.chars().count() <= width {
        return line.to_string();
    }
    let body = line.trim_start_matches(' ');
    let lead = line.len() - body.len();
    let mut out = " ".repeat(lead);
    let mut current = lead;
    for word in body.split(' ') {
        let len = word.chars().count();
        if current > lead && current + 1 + len > width {
            out.push('\n');
            out.push_str(indent);
            current = indent.len();
        } else if current > lead {
            out.push(' ');
            current += 1;
        }
        out.push_str(word);
        current += len;
    }
    out
}

/// The flagged span's first line, cut to some context on each side.
fn excerpt(text: &str, start: usize, end: usize, layout: Layout) -> (String, String, String) {
    let line_start = text[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line_end = text[start..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| start + i);
    let span_end = end.min(line_end).max(start);
    let before: Vec<char> = text[line_start..start].chars().collect();
    let before: String = if before.len() > layout.context {
        let tail: String = before[before.len() - layout.context..].iter().collect();
        format!("\u{2026}{tail}")
    } else {
        before.into_iter().collect()
    };
    let flagged: Vec<char> = text[start..span_end].chars().collect();
    if flagged.len() > layout.max_span {
        let head: String = flagged[..layout.max_span].iter().collect();
        return (before, format!("{head}\u{2026}"), String::new());
    }
    let flagged: String = flagged.into_iter().collect();
    let rest = &text[span_end..line_end];
    let after: String = if rest.chars().count() > layout.context {
        let head: String = rest.chars().take(layout.context).collect();
        format!("{head}\u{2026}")
    } else {
        rest.to_string()
    };
    (before, flagged, after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_on_spaces_with_indent() {
        assert_eq!(wrap("aaa bbb ccc", 7, "  "), "aaa bbb\n  ccc");
        assert_eq!(wrap("short", 78, "  "), "short");
    }
}
