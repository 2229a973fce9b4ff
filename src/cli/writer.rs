//! Writing a run's reports as they are produced, chunk by chunk, so a batch of
//! any size holds one chunk of reports at a time: every format is rendered and
//! written file by file, and only the HTML index keeps each file's findings
//! (its text and side-by-side view dropped) to list them at the end.

use super::output::{OutputArgs, Policy, page_name};
use super::print;
use crate::Error;
use crate::engine::FileReport;
use crate::report::{Format, Totals, html, json, line, sarif, terminal};
use std::io::Write;
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// Where a single-document report goes: stdout, or a file written through a
/// temporary file that replaces it only once the run has succeeded.
enum Sink {
    Stdout,
    File(PathBuf, Option<NamedTempFile>),
}

impl Sink {
    fn write(&mut self, text: &str) -> Result<(), Error> {
        match self {
            Sink::Stdout => print(text),
            Sink::File(path, tmp) => {
                if tmp.is_none() {
                    *tmp = Some(crate::atomic::create(path)?);
                }
                let file = tmp.as_mut().expect("created above");
                file.write_all(text.as_bytes())
                    .map_err(|e| Error::io(path.as_path(), e))
            }
        }
    }

    /// Puts the file in place (an empty one if nothing was written).
    fn commit(self) -> Result<(), Error> {
        match self {
            Sink::Stdout => Ok(()),
            Sink::File(path, Some(tmp)) => crate::atomic::commit(tmp, &path),
            Sink::File(path, None) => crate::atomic::write(&path, b""),
        }
    }
}

/// Renders and writes reports as they come; [`ReportWriter::finish`] closes the output.
pub struct ReportWriter<'a> {
    args: &'a OutputArgs,
    policy: &'a Policy,
    sink: Sink,
    /// The folder of an HTML run over several files.
    html_folder: Option<PathBuf>,
    /// Reports kept to the end: findings only for the HTML index, whole for a
    /// single-file HTML page.
    kept: Vec<FileReport>,
    pages: Vec<String>,
    totals: Totals,
    /// SARIF results written so far.
    results: usize,
    failing: bool,
}

impl<'a> ReportWriter<'a> {
    /// A writer for a run over `files` suspects; fails before any work when the
    /// destination cannot take them (HTML for several files needs a folder).
    pub fn new(args: &'a OutputArgs, policy: &'a Policy, files: usize) -> Result<Self, Error> {
        args.color.apply();
        let html = args.format == Format::Html;
        let html_folder = match &args.output {
            Some(out) if html && (files > 1 || out.is_dir()) => Some(out.clone()),
            None if html && files > 1 => {
                return Err(Error::Usage(
                    "html for several files needs --output DIR".into(),
                ));
            }
            _ => None,
        };
        let sink = match &args.output {
            Some(out) if html_folder.is_none() => Sink::File(out.clone(), None),
            _ => Sink::Stdout,
        };
        Ok(ReportWriter {
            args,
            policy,
            sink,
            html_folder,
            kept: Vec::new(),
            pages: Vec::new(),
            totals: Totals::default(),
            results: 0,
            failing: false,
        })
    }

    /// Filters one chunk of reports and writes what can be written now.
    pub fn add(&mut self, mut reports: Vec<FileReport>) -> Result<(), Error> {
        if let Some(min) = self.args.min_severity {
            for r in &mut reports {
                r.findings.retain(|f| f.severity >= min);
            }
        }
        self.failing |= self.policy.fails(&reports);
        if self.args.quiet {
            reports.retain(|r| !r.findings.is_empty());
        }
        let first = self.totals.files == 0;
        self.totals += Totals::of(&reports);
        match self.args.format {
            Format::Terminal => self
                .sink
                .write(&terminal::render_files(&reports, terminal::TERMINAL))?,
            Format::Text => self
                .sink
                .write(&terminal::render_files(&reports, terminal::TEXT))?,
            Format::Line => self.sink.write(&line::render(&reports))?,
            Format::Json => {
                for (n, r) in reports.iter().enumerate() {
                    self.sink.write(&json::file(r, first && n == 0))?;
                }
            }
            Format::Sarif => {
                for r in &reports {
                    self.sink.write(&sarif::results(r, self.results == 0))?;
                    self.results += r.findings.len();
                }
            }
            Format::Html => match self.html_folder.clone() {
                Some(folder) => self.write_pages(&folder, reports)?,
                None => self.kept.extend(reports),
            },
        }
        Ok(())
    }

    fn keep_findings(&mut self, reports: Vec<FileReport>) {
        self.kept.extend(reports.into_iter().map(|mut r| {
            r.text = "".into();
            r.side_by_side = None;
            r
        }));
    }

    fn write_pages(&mut self, folder: &Path, reports: Vec<FileReport>) -> Result<(), Error> {
        std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
        for r in &reports {
            let page = page_name(self.pages.len(), &r.path);
            crate::atomic::write(&folder.join(&page), html::render_file(r).as_bytes())?;
            self.pages.push(page);
        }
        self.keep_findings(reports);
        Ok(())
    }

    /// Writes what waited for the whole run and returns the exit code.
    pub fn finish(mut self) -> Result<u8, Error> {
        let exit = self.args.exit_code(self.failing);
        if self.args.quiet && self.totals.files == 0 {
            return Ok(exit);
        }
        match self.args.format {
            Format::Terminal => self
                .sink
                .write(&terminal::render_summary(self.totals, terminal::TERMINAL))?,
            Format::Text => self
                .sink
                .write(&terminal::render_summary(self.totals, terminal::TEXT))?,
            Format::Line => {}
            Format::Json => self.sink.write(&json::close(self.totals.files))?,
            Format::Sarif => self.sink.write(&sarif::close(self.results))?,
            Format::Html => match &self.html_folder {
                Some(folder) => crate::atomic::write(
                    &folder.join("index.html"),
                    html::render_index(&self.kept, &self.pages).as_bytes(),
                )?,
                None => self
                    .sink
                    .write(&crate::report::render(Format::Html, &self.kept))?,
            },
        }
        self.sink.commit()?;
        Ok(exit)
    }
}
