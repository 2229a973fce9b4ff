//! Inline suppression comments in article files, like Vale's and Harper's:
//!
//! - `<!-- spincheck-disable -->` … `<!-- spincheck-enable -->`: no findings in
//!   between; `<!-- spincheck-disable misquote, spelling -->` names the rules.
//! - `<!-- spincheck-ignore -->` (or `<!-- spincheck-ignore rule -->`) anywhere on
//!   a line: no findings on that line.
//!
//! The comments themselves never produce findings.

use crate::finding::Finding;
use regex::Regex;
use std::sync::OnceLock;

/// A byte range where some rules (or all, when `rules` is empty) are off.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Quiet {
    start: usize,
    end: usize,
    rules: Vec<String>,
}

impl Quiet {
    fn covers(&self, f: &Finding) -> bool {
        let inside = f.start >= self.start && f.start <= self.end;
        inside && (self.rules.is_empty() || self.rules.iter().any(|r| r == f.rule))
    }
}

fn comment() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"<!--\s*spincheck-(disable|enable|ignore)\b([^>]*?)-->").expect("valid pattern")
    })
}

fn rule_list(s: &str) -> Vec<String> {
    s.split([',', ' '])
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_string)
        .collect()
}

/// Drops the findings that suppression comments in `text` switch off.
pub fn apply(text: &str, findings: &mut Vec<Finding>) {
    let mut quiet = Vec::new();
    let mut open: Option<(usize, Vec<String>)> = None;
    for m in comment().captures_iter(text) {
        let whole = m.get(0).expect("match");
        quiet.push(Quiet {
            start: whole.start(),
            end: whole.end(),
            rules: Vec::new(),
        });
        let rules = rule_list(&m[2]);
        match &m[1] {
            "disable" => open = Some((whole.end(), rules)),
            "enable" => {
                if let Some((start, rules)) = open.take() {
                    quiet.push(Quiet {
                        start,
                        end: whole.start(),
                        rules,
                    });
                }
            }
            _ => {
                let start = text[..whole.start()].rfind('\n').map_or(0, |i| i + 1);
                let end = text[whole.end()..]
                    .find('\n')
                    .map_or(text.len(), |i| whole.end() + i);
                quiet.push(Quiet { start, end, rules });
            }
        }
    }
    if let Some((start, rules)) = open {
        quiet.push(Quiet {
            start,
            end: text.len(),
            rules,
        });
    }
    findings.retain(|f| !quiet.iter().any(|q| q.covers(f)));
}
