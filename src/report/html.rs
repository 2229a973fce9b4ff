//! The HTML report: one self-contained page per suspect (inline CSS and a little
//! JS, no external assets), with the source and the suspect side by side,
//! word-level changes highlighted and findings marked, plus an index page for
//! multi-file runs. Everything taken from articles and file names is escaped.

use crate::align::view::{Mark, Row};
use crate::engine::FileReport;
use crate::finding::Finding;
use std::fmt::Write;

const STYLE: &str = include_str!("html.css");
const SCRIPT: &str = include_str!("html.js");

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}<script>\n{SCRIPT}</script>\n</body>\n</html>\n",
        escape(title)
    )
}

/// Renders one suspect's report as a complete HTML page.
pub fn render_file(report: &FileReport) -> String {
    let mut body = String::new();
    header(&mut body, report);
    findings_table(&mut body, report);
    let _ = writeln!(body, "<section id=\"text\"><h2>Side by side</h2>");
    match &report.side_by_side {
        Some(view) => {
            let _ = writeln!(
                body,
                "<div class=\"cols\"><div class=\"colhead\">Source</div><div class=\"colhead\">Suspect</div></div>"
            );
            rows(&mut body, report, &view.rows, &view.source_text);
        }
        None => {
            let _ = writeln!(
                body,
                "<p class=\"note\">No source found: the suspect alone, with source-free findings.</p>"
            );
            let all = (0, report.text.len());
            let _ = writeln!(
                body,
                "<div class=\"single\">{}</div>",
                suspect_html(report, all, &[], &mut 0)
            );
        }
    }
    let _ = writeln!(body, "</section>");
    page(&format!("spincheck: {}", report.path), &body)
}

fn header(body: &mut String, report: &FileReport) {
    let _ = writeln!(
        body,
        "<header>\n<h1>spincheck report</h1>\n<dl class=\"meta\">"
    );
    let _ = writeln!(body, "<dt>Suspect</dt><dd>{}</dd>", escape(&report.path));
    match &report.source {
        Some(s) => {
            let _ = writeln!(
                body,
                "<dt>Source</dt><dd>{} <span class=\"title\">“{}”</span></dd>\n\
                 <dt>Similarity</dt><dd>{:.3}</dd>\n<dt>Coverage</dt><dd>{:.0}% of source sentences</dd>",
                escape(&s.path),
                escape(&s.title),
                s.score,
                report.stats.coverage * 100.0
            );
        }
        None => {
            let _ = writeln!(body, "<dt>Source</dt><dd>no source found</dd>");
        }
    }
    let _ = writeln!(
        body,
        "<dt>Sentences</dt><dd>{} ({} aligned)</dd>\n</dl>",
        report.stats.sentences, report.stats.aligned
    );
    let _ = writeln!(
        body,
        "<table class=\"counts\"><thead><tr><th>rule</th><th>category</th><th>severity</th><th>findings</th></tr></thead><tbody>"
    );
    for (rule, count) in &report.stats.rules {
        let f = report.findings.iter().find(|f| f.rule == *rule);
        let (cat, sev) = f.map_or(("", ""), |f| (f.category.as_str(), f.severity.as_str()));
        let _ = writeln!(
            body,
            "<tr><td>{rule}</td><td><span class=\"cat cat-{cat}\">{cat}</span></td><td class=\"sev-{sev}\">{sev}</td><td>{count}</td></tr>"
        );
    }
    let _ = writeln!(body, "</tbody></table>\n</header>");
}

fn findings_table(body: &mut String, report: &FileReport) {
    let _ = writeln!(
        body,
        "<section id=\"findings\"><h2>Findings ({})</h2>",
        report.findings.len()
    );
    if report.findings.is_empty() {
        let _ = writeln!(body, "<p class=\"note\">No findings.</p></section>");
        return;
    }
    let _ = writeln!(
        body,
        "<table class=\"findings\"><thead><tr><th>#</th><th>where</th><th>severity</th><th>rule</th><th>text</th><th>message</th><th>source</th></tr></thead><tbody>"
    );
    for (n, f) in report.findings.iter().enumerate() {
        let _ = writeln!(
            body,
            "<tr><td><a href=\"#f{n}\">{}</a></td><td>{}:{}</td><td class=\"sev-{}\">{}</td>\
             <td><span class=\"cat cat-{}\">{}</span></td><td class=\"quote\">{}</td><td>{}</td><td class=\"quote\">{}</td></tr>",
            n + 1,
            f.line,
            f.column,
            f.severity.as_str(),
            f.severity.as_str(),
            f.category.as_str(),
            f.rule,
            escape(&f.text),
            escape(&f.message),
            escape(f.source_text.as_deref().unwrap_or(""))
        );
    }
    let _ = writeln!(body, "</tbody></table></section>");
}

/// Renders rows, folding runs of two or more unchanged, finding-free rows.
fn rows(body: &mut String, report: &FileReport, rows: &[Row], source: &str) {
    let mut anchored = 0usize;
    let quiet = |r: &Row| {
        r.unchanged()
            && r.suspect.is_some_and(|(s, e)| {
                !report
                    .findings
                    .iter()
                    .any(|f| f.start < e && s < f.end.max(f.start + 1))
            })
    };
    let mut i = 0;
    while i < rows.len() {
        let run = rows[i..].iter().take_while(|r| quiet(r)).count();
        if run >= 2 {
            let _ = writeln!(
                body,
                "<details class=\"fold\"><summary>{run} unchanged sentences</summary>"
            );
            for r in &rows[i..i + run] {
                row(body, report, r, source, &mut anchored);
            }
            let _ = writeln!(body, "</details>");
            i += run;
        } else {
            row(body, report, &rows[i], source, &mut anchored);
            i += 1;
        }
    }
}

fn row(body: &mut String, report: &FileReport, r: &Row, source: &str, anchored: &mut usize) {
    let left = r.source.map_or_else(
        || "<span class=\"none\">(not in source)</span>".to_string(),
        |span| marked(source, span, &r.source_marks),
    );
    let right = r.suspect.map_or_else(
        || "<span class=\"none\">(omitted)</span>".to_string(),
        |span| suspect_html(report, span, &r.suspect_marks, anchored),
    );
    let class = match (r.source.is_some(), r.suspect.is_some()) {
        (true, true) => "row",
        (false, _) => "row added",
        (_, false) => "row omitted",
    };
    let _ = writeln!(
        body,
        "<div class=\"{class}\"><div class=\"src\">{left}</div><div class=\"sus\">{right}</div></div>"
    );
}

/// Source text of a span with its changed words marked.
fn marked(text: &str, (start, end): (usize, usize), marks: &[Mark]) -> String {
    let mut out = String::new();
    let mut at = start;
    for m in marks.iter().filter(|m| m.start >= start && m.end <= end) {
        if m.start < at {
            continue;
        }
        out.push_str(&escape(&text[at..m.start]));
        let _ = write!(
            out,
            "<span class=\"{}\">{}</span>",
            m.kind,
            escape(&text[m.start..m.end])
        );
        at = m.end;
    }
    out.push_str(&escape(&text[at..end]));
    out
}

/// Suspect text of a span with changed words and findings marked; the first
/// mark of each finding carries its anchor and is focusable.
fn suspect_html(
    report: &FileReport,
    (start, end): (usize, usize),
    marks: &[Mark],
    anchored: &mut usize,
) -> String {
    let text = &report.text;
    let inside: Vec<(usize, &Finding)> = report
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            f.start < end && start < f.end
                || (f.start == f.end && f.start >= start && f.start <= end)
        })
        .collect();
    let mut cuts: Vec<usize> = vec![start, end];
    for m in marks {
        cuts.extend([m.start.clamp(start, end), m.end.clamp(start, end)]);
    }
    for (_, f) in &inside {
        cuts.extend([f.start.clamp(start, end), f.end.clamp(start, end)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::new();
    for (_, f) in inside.iter().filter(|(_, f)| f.start == f.end) {
        if f.start == start {
            gap(&mut out, report, f, anchored);
        }
    }
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let piece = escape(&text[a..b]);
        let mark = marks
            .iter()
            .find(|m| m.start <= a && b <= m.end)
            .map(|m| m.kind);
        let piece = match mark {
            Some(kind) => format!("<span class=\"{kind}\">{piece}</span>"),
            None => piece,
        };
        let covering: Vec<&(usize, &Finding)> = inside
            .iter()
            .filter(|(_, f)| f.start <= a && b <= f.end && f.start < f.end)
            .collect();
        match covering.first() {
            Some((n, f)) => {
                let id = if f.start == a {
                    format!(" id=\"f{n}\"")
                } else {
                    String::new()
                };
                let tip = covering
                    .iter()
                    .map(|(_, f)| format!("[{}] {}", f.rule, f.message))
                    .collect::<Vec<_>>()
                    .join("\n");
                let _ = write!(
                    out,
                    "<mark class=\"f cat-{} sev-{}\"{id} tabindex=\"0\" title=\"{}\" aria-label=\"{}\">{piece}</mark>",
                    f.category.as_str(),
                    f.severity.as_str(),
                    escape(&tip),
                    escape(&tip)
                );
                if f.start == a {
                    *anchored += 1;
                }
            }
            None => out.push_str(&piece),
        }
        for (_, f) in inside
            .iter()
            .filter(|(_, f)| f.start == f.end && f.start == b)
        {
            gap(&mut out, report, f, anchored);
        }
    }
    out
}

/// A zero-width finding (omitted content) as a small focusable marker.
fn gap(out: &mut String, report: &FileReport, f: &Finding, anchored: &mut usize) {
    let n = report
        .findings
        .iter()
        .position(|x| std::ptr::eq(x, f))
        .unwrap_or(0);
    let tip = format!(
        "[{}] {}: {}",
        f.rule,
        f.message,
        f.source_text.as_deref().unwrap_or("")
    );
    let _ = write!(
        out,
        "<mark class=\"f gap cat-{}\" id=\"f{n}\" tabindex=\"0\" title=\"{}\" aria-label=\"{}\">⟂</mark>",
        f.category.as_str(),
        escape(&tip),
        escape(&tip)
    );
    *anchored += 1;
}

/// The index page of a multi-file run: each file, its source and counts, linked to its page.
pub fn render_index(reports: &[FileReport], pages: &[String]) -> String {
    let mut body = String::from(
        "<header><h1>spincheck reports</h1></header>\n<table class=\"findings\"><thead><tr><th>suspect</th><th>source</th><th>score</th><th>errors</th><th>warnings</th><th>info</th></tr></thead><tbody>\n",
    );
    for (r, page) in reports.iter().zip(pages) {
        let totals = super::Totals::of(std::slice::from_ref(r));
        let _ = writeln!(
            body,
            "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(page),
            escape(&r.path),
            escape(
                r.source
                    .as_ref()
                    .map_or("no source found", |s| s.path.as_str())
            ),
            r.source
                .as_ref()
                .map_or(String::new(), |s| format!("{:.3}", s.score)),
            totals.errors,
            totals.warnings,
            totals.infos
        );
    }
    body.push_str("</tbody></table>\n");
    page("spincheck reports", &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_attribute_quotes() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }
}
