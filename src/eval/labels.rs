//! Reading a labeled pair: `source.txt`, `suspect.txt`, `labels.tsv` (see eval/README.md).

use crate::Error;
use crate::corpus::{Utf8Policy, read_text};
use std::path::{Path, PathBuf};

/// One label: a rule (or `clean`) over a byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Rule id, or `clean`.
    pub rule: String,
    /// Byte span in the suspect (in the source for `omitted-content`).
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// 1-based line in labels.tsv, for messages.
    pub line: usize,
}

impl Label {
    /// The label of rule `rule` on the `occurrence`-th (1-based) `text` in
    /// `hay`, from line `line` of labels.tsv; `None` when there is no such
    /// occurrence.
    pub fn at(rule: &str, text: &str, occurrence: usize, hay: &str, line: usize) -> Option<Self> {
        let start = nth_occurrence(hay, text, occurrence)?;
        Some(Label {
            rule: rule.to_string(),
            start,
            end: start + text.len(),
            line,
        })
    }
}

/// A labeled source/suspect pair.
#[derive(Debug, Clone)]
pub struct Pair {
    /// The folder holding the pair.
    pub dir: PathBuf,
    /// Source text.
    pub source: String,
    /// Suspect text.
    pub suspect: String,
    /// Labels.
    pub labels: Vec<Label>,
}

/// Byte offset of the `n`-th (1-based) occurrence of `needle` in `hay`.
fn nth_occurrence(hay: &str, needle: &str, n: usize) -> Option<usize> {
    hay.match_indices(needle)
        .nth(n.checked_sub(1)?)
        .map(|(i, _)| i)
}

impl Pair {
    /// Reads the pair in `dir`.
    pub fn load(dir: &Path) -> Result<Pair, Error> {
        let source = read_text(&dir.join("source.txt"), Utf8Policy::Strict)?;
        let suspect = read_text(&dir.join("suspect.txt"), Utf8Policy::Strict)?;
        let labels_path = dir.join("labels.tsv");
        let tsv = read_text(&labels_path, Utf8Policy::Strict)?;
        let mut labels = Vec::new();
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let malformed = |message: String| Error::Malformed {
                path: labels_path.clone(),
                line: n + 1,
                message,
            };
            let cols: Vec<&str> = line.split('\t').collect();
            let [rule, occurrence, text, ..] = cols[..] else {
                return Err(malformed("expected rule, occurrence, text, note".into()));
            };
            let occurrence: usize = occurrence
                .trim()
                .parse()
                .map_err(|_| malformed(format!("bad occurrence `{occurrence}`")))?;
            let hay = if rule == "omitted-content" {
                &source
            } else {
                &suspect
            };
            let label = Label::at(rule, text, occurrence, hay, n + 1).ok_or_else(|| {
                malformed(format!("occurrence {occurrence} of `{text}` not found"))
            })?;
            labels.push(label);
        }
        Ok(Pair {
            dir: dir.to_path_buf(),
            source,
            suspect,
            labels,
        })
    }

    /// Every pair folder under `root` (folders holding a `labels.tsv`), sorted.
    pub fn find_all(root: &Path) -> Result<Vec<PathBuf>, Error> {
        let mut out = Vec::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            if dir.join("labels.tsv").is_file() {
                out.push(dir.clone());
            }
            for entry in std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))? {
                let path = entry.map_err(|e| Error::io(&dir, e))?.path();
                if path.is_dir() {
                    stack.push(path);
                }
            }
        }
        out.sort();
        Ok(out)
    }
}
