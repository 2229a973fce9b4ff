//! Indexing a corpus as it is read, for `spincheck index`: one thread reads
//! and splits the files while the articles read are taken a batch at a time,
//! their term counts computed in parallel and added in corpus order, and
//! their texts written to a spill file, so a corpus of 100,000 articles is
//! never held in memory at once.

use super::index::{Builder, term_counts};
use super::persist::Listed;
use super::{Article, Corpus, Index, Utf8Policy};
use crate::Error;
use rayon::prelude::*;
use std::fs::File;
use std::io::{BufWriter, Seek, Write};
use std::path::PathBuf;

/// Articles whose term counts are computed together.
const BATCH: usize = 512;

/// Batches read ahead of the one being added.
const AHEAD: usize = 2;

/// Reads every article under `paths` as [`Corpus::stream`] does, on a thread
/// of its own, and adds them to an index whose texts go to `spill` (see
/// [`Indexer::new`]); returns the corpus's files and warnings, and the
/// indexer with every article added.
pub fn index_corpus(
    paths: &[PathBuf],
    policy: Utf8Policy,
    spill: File,
) -> Result<(Corpus, Indexer), Error> {
    let mut indexer = Indexer::new(spill);
    let (send, batches) = std::sync::mpsc::sync_channel::<Vec<Article>>(AHEAD);
    let corpus = std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let mut batch = Vec::with_capacity(BATCH);
            // Sending fails only once the receiver is gone, which it is not
            // while this thread runs.
            let corpus = Corpus::stream(paths, policy, |article| {
                batch.push(article);
                if batch.len() == BATCH {
                    let _ = send.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)));
                }
            });
            if !batch.is_empty() {
                let _ = send.send(batch);
            }
            corpus
        });
        for batch in batches {
            indexer.add(batch);
        }
        reader
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })?;
    Ok((corpus, indexer))
}

/// An index under construction, with its article list and spilled texts.
pub struct Indexer {
    builder: Builder,
    listed: Listed,
    /// The texts of the articles added, back to back.
    texts: BufWriter<File>,
    /// The first error writing `texts`, reported by [`Indexer::finish`].
    error: Option<std::io::Error>,
}

impl Indexer {
    /// An empty index whose texts will be written to `spill` (an empty,
    /// readable and writable file, such as an anonymous temporary one).
    pub fn new(spill: File) -> Self {
        Indexer {
            builder: Builder::default(),
            listed: Listed::default(),
            texts: BufWriter::new(spill),
            error: None,
        }
    }

    /// Adds the next articles of the corpus, their term counts computed in
    /// parallel.
    pub fn add(&mut self, articles: Vec<Article>) {
        let counts: Vec<_> = articles.par_iter().map(|a| term_counts(&a.text)).collect();
        for (article, counts) in articles.iter().zip(counts) {
            self.builder.add(counts);
            self.listed.push(article);
            if self.error.is_none() {
                self.error = self.texts.write_all(article.text.as_bytes()).err();
            }
        }
    }

    /// The article list, the index and the spill file holding every text in
    /// order, rewound to its start.
    pub fn finish(self) -> std::io::Result<(Listed, Index, File)> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let mut spill = self.texts.into_inner().map_err(|e| e.into_error())?;
        spill.rewind()?;
        Ok((self.listed, self.builder.finish(), spill))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn streamed_index_matches_one_built_from_the_loaded_corpus() {
        let dir = tempfile::tempdir().unwrap();
        let first =
            "Harbor workers strike\n\nover pay in Porto Vell\n\n\nWheat harvest beats forecasts";
        std::fs::write(dir.path().join("a.txt"), first).unwrap();
        std::fs::write(dir.path().join("b.txt"), "The council approved the budget").unwrap();
        let paths = [dir.path().to_path_buf()];
        let loaded = Corpus::load(&paths, Utf8Policy::Strict).unwrap();
        let built = Index::build(loaded.articles.iter().map(|a| a.text.as_str()));
        let spill = tempfile::tempfile().unwrap();
        let (corpus, indexer) = index_corpus(&paths, Utf8Policy::Strict, spill).unwrap();
        assert_eq!(corpus.files, loaded.files);
        assert!(corpus.articles.is_empty());
        let (listed, index, mut texts) = indexer.finish().unwrap();
        assert_eq!(listed.len(), 3);
        let mut spilled = String::new();
        texts.read_to_string(&mut spilled).unwrap();
        let all: String = loaded.articles.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(spilled, all);
        for query in ["wheat forecast", "council budget", "harbor pay strike"] {
            assert_eq!(index.top(query, 3).unwrap(), built.top(query, 3).unwrap());
        }
    }
}
