//! Loading a corpus: walking folders, splitting multi-article files, JSON Lines.
//!
//! A corpus file holds one or more articles separated by **two or more
//! consecutive blank lines** (a blank line may hold spaces). A `.jsonl` file holds
//! one `{"id", "title", "text"}` object per line. Folders are walked recursively
//! for `.txt`, `.md` and `.jsonl` files, in sorted order; hidden entries are
//! skipped and symlink loops are visited once.

use super::read::{Utf8Policy, read_text};
use crate::error::Error;
use regex::Regex;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// One article of the corpus.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Article {
    /// Stable identifier: the path, with `#N` for the N-th article of a multi-article file.
    pub id: String,
    /// The file it came from.
    pub path: PathBuf,
    /// First non-empty line (or the JSON `title`).
    pub title: String,
    /// The article text.
    pub text: String,
}

/// The loaded articles, and warnings about files skipped on the way.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Articles in load order.
    pub articles: Vec<Article>,
    /// One line per skipped file (binary, unreadable, loop).
    pub warnings: Vec<String>,
    /// Every file the articles came from, in load order.
    pub files: Vec<PathBuf>,
}

const EXTENSIONS: &[&str] = &["txt", "md", "jsonl"];

/// Byte ranges of the articles in a multi-article file.
pub fn split_articles(text: &str) -> Vec<(usize, usize)> {
    static SEPARATOR: OnceLock<Regex> = OnceLock::new();
    let sep = SEPARATOR.get_or_init(|| Regex::new(r"\n[ \t\r]*\n(?:[ \t\r]*\n)+").unwrap());
    let mut out = Vec::new();
    let mut from = 0;
    let bounds = sep
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .chain(std::iter::once((text.len(), text.len())));
    for (end, next) in bounds {
        let chunk = &text[from..end];
        let lead = chunk.len() - chunk.trim_start().len();
        let body = chunk.trim();
        if !body.is_empty() {
            out.push((from + lead, from + lead + body.len()));
        }
        from = next;
    }
    out
}

/// First non-empty line of an article, trimmed.
pub fn title_of(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .chars()
        .take(200)
        .collect()
}

#[derive(serde::Deserialize)]
struct JsonArticle {
    id: Option<String>,
    title: Option<String>,
    text: String,
}

impl Corpus {
    /// Loads every article under `paths` (files or folders).
    pub fn load(paths: &[PathBuf], policy: Utf8Policy) -> Result<Corpus, Error> {
        let mut articles = Vec::new();
        let mut corpus = Corpus::stream(paths, policy, |a| articles.push(a))?;
        corpus.articles = articles;
        Ok(corpus)
    }

    /// Reads every article under `paths` (files or folders) as [`Corpus::load`]
    /// does, handing each to `sink` in load order instead of keeping it: the
    /// corpus returned lists the files and warnings, and no articles.
    pub fn stream(
        paths: &[PathBuf],
        policy: Utf8Policy,
        mut sink: impl FnMut(Article),
    ) -> Result<Corpus, Error> {
        let mut corpus = Corpus::default();
        let mut seen = HashSet::new();
        for path in paths {
            let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
            if meta.is_dir() {
                corpus.walk(path, policy, &mut seen, &mut sink);
            } else {
                corpus.add_file(path, policy, &mut sink)?;
            }
        }
        Ok(corpus)
    }

    fn walk(
        &mut self,
        dir: &Path,
        policy: Utf8Policy,
        seen: &mut HashSet<PathBuf>,
        sink: &mut impl FnMut(Article),
    ) {
        let Ok(canonical) = dir.canonicalize() else {
            self.warnings
                .push(format!("{}: cannot resolve folder", dir.display()));
            return;
        };
        if !seen.insert(canonical) {
            self.warnings.push(format!(
                "{}: folder already visited (symlink loop?), skipped",
                dir.display()
            ));
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                self.warnings
                    .push(format!("{}: {e}, skipped", dir.display()));
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let hidden = path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() => self.walk(&path, policy, seen, sink),
                Ok(_) if has_corpus_extension(&path) => {
                    if let Err(e) = self.add_file(&path, policy, sink) {
                        self.warnings.push(format!("{e}, skipped"));
                    }
                }
                Ok(_) => {}
                Err(e) => self
                    .warnings
                    .push(format!("{}: {e}, skipped", path.display())),
            }
        }
    }

    /// Hands the articles of one file to `sink`.
    fn add_file(
        &mut self,
        path: &Path,
        policy: Utf8Policy,
        sink: &mut impl FnMut(Article),
    ) -> Result<(), Error> {
        let text = read_text(path, policy)?;
        self.files.push(path.to_path_buf());
        if path.extension().is_some_and(|e| e == "jsonl") {
            return add_jsonl(path, &text, sink);
        }
        let ranges = split_articles(&text);
        let many = ranges.len() > 1;
        for (n, (start, end)) in ranges.into_iter().enumerate() {
            let body = &text[start..end];
            let id = if many {
                format!("{}#{}", path.display(), n + 1)
            } else {
                path.display().to_string()
            };
            sink(Article {
                id,
                path: path.to_path_buf(),
                title: title_of(body),
                text: body.to_string(),
            });
        }
        Ok(())
    }
}

/// Hands the articles of a JSON Lines file to `sink`, up to a malformed line.
fn add_jsonl(path: &Path, text: &str, sink: &mut impl FnMut(Article)) -> Result<(), Error> {
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: JsonArticle = serde_json::from_str(line).map_err(|e| Error::Malformed {
            path: path.into(),
            line: n + 1,
            message: format!("not a {{\"id\",\"title\",\"text\"}} record: {e}"),
        })?;
        let id = record
            .id
            .unwrap_or_else(|| format!("{}#{}", path.display(), n + 1));
        let title = record.title.unwrap_or_else(|| title_of(&record.text));
        sink(Article {
            id,
            path: path.to_path_buf(),
            title,
            text: record.text,
        });
    }
    Ok(())
}

fn has_corpus_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_two_or_more_blank_lines_only() {
        let text = "One\n\npara\n\n\nTwo\n \n\t\n\nThree\n";
        let parts: Vec<&str> = split_articles(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(parts, ["One\n\npara", "Two", "Three"]);
    }

    #[test]
    fn title_is_first_non_empty_line() {
        assert_eq!(title_of("\n  Headline here \nBody"), "Headline here");
    }
}
