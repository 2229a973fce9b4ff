//! Wiring the pipeline for one suspect: retrieve, align, run checks, place findings.

use crate::Error;
use crate::align::Alignment;
use crate::align::view::SideBySide;
use crate::checks::{Context, SourceView, registry};
use crate::config::Config;
use crate::corpus::{Article, Articles, Corpus, Index};
use crate::finding::{Diagnostic, Finding};
use crate::text::Document;
use crate::text::names::Names;
use serde::Serialize;
use std::borrow::Cow;
use std::path::Path;

mod handoffs;

/// The source a suspect was matched to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceInfo {
    /// Article id (the file path, `#N` for the N-th article of a multi-article file).
    pub path: String,
    /// The article's title.
    pub title: String,
    /// Retrieval similarity in `[0, 1]`, rounded to three decimals.
    pub score: f64,
}

/// Counts describing a checked file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    /// Sentences in the suspect.
    pub sentences: usize,
    /// Suspect sentences aligned to a source sentence.
    pub aligned: usize,
    /// Share of source sentences the suspect renders (0 without a source).
    pub coverage: f64,
    /// Findings per rule id.
    pub rules: std::collections::BTreeMap<&'static str, usize>,
}

/// Everything found about one suspect file.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    /// The suspect's path as given (`-` for standard input).
    pub path: String,
    /// The closest source, or `null` when none reached the threshold.
    pub source: Option<SourceInfo>,
    /// Findings in file order.
    pub findings: Vec<Finding>,
    /// Counts for the file.
    pub stats: Stats,
    /// The suspect text as read, for renderers that quote its lines.
    #[serde(skip)]
    pub text: std::sync::Arc<str>,
    /// The alignment as side-by-side rows, when a source was found.
    #[serde(skip)]
    pub side_by_side: Option<SideBySide>,
}

/// A corpus indexed for retrieval, with the configuration to check against it.
pub struct Checker {
    articles: Articles,
    index: Index,
    config: Config,
}

fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

impl Checker {
    /// Indexes `corpus`.
    pub fn new(corpus: Corpus, config: Config) -> Self {
        let index = Index::build(corpus.articles.iter().map(|a| a.text.as_str()));
        Self::with_index(Articles::InMemory(corpus.articles), index, config)
    }

    /// A checker over articles already indexed (a loaded index file).
    pub fn with_index(articles: Articles, index: Index, config: Config) -> Self {
        Checker {
            articles,
            index,
            config,
        }
    }

    /// The closest source of `text` with its retrieval score, if one reaches the
    /// threshold (an error only when an index file's text cannot be read).
    pub fn best_source(&self, text: &str) -> Result<Option<(Cow<'_, Article>, f32)>, Error> {
        self.best_source_outside(text, None)
    }

    /// As [`Checker::best_source`], skipping articles from the file `own` (the
    /// suspect's own file, when it lies inside the corpus).
    pub fn best_source_outside(
        &self,
        text: &str,
        own: Option<&Path>,
    ) -> Result<Option<(Cow<'_, Article>, f32)>, Error> {
        let is_own = |i: usize| {
            own.is_some_and(|own| {
                let path = self.articles.path(i);
                path.file_name() == own.file_name() && path.canonicalize().is_ok_and(|p| p == own)
            })
        };
        let candidates = if own.is_some() { OWN_ARTICLES + 1 } else { 1 };
        self.index
            .top(text, candidates)?
            .into_iter()
            .find(|h| !is_own(h.article))
            .filter(|h| h.score >= self.config.min_source_score)
            .map(|h| Ok((self.articles.get(h.article)?, h.score)))
            .transpose()
    }

    /// Finds the closest source of `text`, read from `path`, and checks it. An
    /// article of the file `path` itself is never its own source.
    pub fn check(&self, path: &str, text: &str) -> Result<FileReport, Error> {
        let own = Path::new(path).canonicalize().ok();
        let source = self.best_source_outside(text, own.as_deref())?;
        let source = source.as_ref().map(|(a, score)| (a.as_ref(), *score));
        Ok(check_against(path, text, source, &self.config))
    }
}

/// How many of a suspect's best matches may come from its own file (one file
/// may hold several articles) before another file's article is taken.
const OWN_ARTICLES: usize = 3;

/// Checks `text` against an optional source article with its retrieval score.
pub fn check_against(
    path: &str,
    text: &str,
    source: Option<(&Article, f32)>,
    config: &Config,
) -> FileReport {
    let suspect = Document::new(text);
    let mut source = source;
    let mut source_doc = source.map(|(a, _)| Document::new(a.text.as_str()));
    let mut alignment = source_doc.as_ref().map(|s| Alignment::new(&suspect, s));
    if alignment
        .as_ref()
        .is_some_and(|a| !renders_source(a, &suspect))
    {
        (source, source_doc, alignment) = (None, None, None);
    }
    let names = source_doc
        .as_ref()
        .filter(|_| alignment.is_some())
        .map(|doc| (Names::new(&suspect), Names::new(doc)));
    let view = source_doc
        .as_ref()
        .zip(alignment.as_ref())
        .zip(names.as_ref())
        .map(|((doc, alignment), (ours, theirs))| SourceView {
            doc,
            alignment,
            names: (ours, theirs),
        });
    let ctx = Context {
        suspect: &suspect,
        source: view,
        extra_words: &config.words,
    };
    let mut findings = Vec::new();
    for check in registry::all() {
        let rule = check.rule();
        if !config.enabled(rule) || (rule.needs_source && view.is_none()) {
            continue;
        }
        let mut diagnostics = Vec::new();
        check.check(&ctx, &mut diagnostics);
        let severity = config.severity_of(rule);
        findings.extend(
            diagnostics
                .into_iter()
                .map(|d| place(&suspect, rule, severity, d)),
        );
    }
    findings.sort_by_key(|f| (f.start, f.end));
    handoffs::apply(&mut findings);
    crate::suppress::apply(&suspect.text, &mut findings);
    let starts: Vec<usize> = findings.iter().map(|f| f.start).collect();
    for (f, (line, column)) in findings
        .iter_mut()
        .zip(suspect.lines.positions(&suspect.text, &starts))
    {
        (f.line, f.column) = (line, column);
    }
    let stats = Stats {
        sentences: suspect.sentences.len(),
        aligned: alignment
            .as_ref()
            .map_or(0, |a| a.pairs.iter().map(|p| p.suspect.len()).sum()),
        coverage: match (&alignment, &source_doc) {
            (Some(a), Some(s)) => round3(a.coverage(s.sentences.len())),
            _ => 0.0,
        },
        rules: findings.iter().fold(Default::default(), |mut m, f| {
            *m.entry(f.rule).or_default() += 1;
            m
        }),
    };
    FileReport {
        path: path.to_string(),
        source: source.map(|(a, score)| SourceInfo {
            path: a.id.clone(),
            title: a.title.clone(),
            score: round3(score),
        }),
        findings,
        stats,
        text: suspect.text.as_str().into(),
        side_by_side: source_doc
            .as_ref()
            .zip(alignment.as_ref())
            .map(|(s, a)| SideBySide::new(&suspect, s, a)),
    }
}

/// Share of suspect sentences that must align for a retrieved article to count as the source.
pub const MIN_ALIGNED_SHARE: f32 = 0.2;

/// Whether enough of the suspect aligns with the retrieved article to call it the source.
fn renders_source(alignment: &Alignment, suspect: &Document) -> bool {
    let aligned: usize = alignment.pairs.iter().map(|p| p.suspect.len()).sum();
    aligned > 0 && aligned as f32 >= MIN_ALIGNED_SHARE * suspect.sentences.len() as f32
}

/// Turns a check's diagnostic into a finding of its rule (positions come later,
/// from [`LineIndex::positions`](crate::text::lines::LineIndex::positions)).
fn place(
    doc: &Document,
    rule: &'static crate::checks::Rule,
    severity: crate::finding::Severity,
    d: Diagnostic,
) -> Finding {
    Finding {
        rule: rule.id,
        category: rule.category,
        severity,
        start: d.start,
        end: d.end,
        line: 0,
        column: 0,
        text: doc.text[d.start..d.end].to_string(),
        message: d.message.split_whitespace().collect::<Vec<_>>().join(" "),
        suggestion: d.suggestion,
        source_text: d.source_text,
    }
}
