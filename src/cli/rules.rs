//! `spincheck rules` and `spincheck explain RULE`.

use super::print;
use crate::Error;
use crate::checks::{Rule, registry};
use std::fmt::Write;

/// Lists every rule: id, category, default severity, summary.
pub fn list() -> Result<u8, Error> {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<20} {:<12} {:<8} description",
        "rule", "category", "severity"
    );
    for check in registry::all() {
        let r = check.rule();
        let _ = writeln!(
            out,
            "{:<20} {:<12} {:<8} {}",
            r.id,
            r.category.as_str(),
            r.default_severity.as_str(),
            r.summary
        );
    }
    print(&out)?;
    Ok(0)
}

/// Prints one rule's explanation, its examples and then its full details.
pub fn explain(id: &str) -> Result<u8, Error> {
    let rule = registry::find(id)
        .ok_or_else(|| Error::Usage(format!("unknown rule `{id}` (see `spincheck rules`)")))?;
    print(&explanation(rule))?;
    Ok(0)
}

fn explanation(r: &Rule) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}, default severity {})\n",
        r.id,
        r.category.as_str(),
        r.default_severity.as_str()
    );
    let _ = writeln!(out, "{}\n", r.summary);
    let _ = writeln!(out, "{}\n", r.explanation);
    if !r.example_source.is_empty() {
        let _ = writeln!(out, "Source:\n    {}\n", r.example_source);
    }
    let _ = writeln!(out, "Flagged:\n    {}\n", r.example_bad);
    let _ = writeln!(out, "Passes:\n    {}", r.example_good);
    let _ = write!(out, "\n{}", detail_sections(r.details));
    out
}

/// The sections of a rule's details, from its first `## ` heading on (the
/// title and short explanation before it are printed already).
fn detail_sections(details: &str) -> &str {
    details
        .find("\n## ")
        .map_or(details, |at| &details[at + 1..])
}
