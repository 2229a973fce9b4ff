//! Indexing a corpus as it is read, for `spincheck index`: articles are
//! taken a batch at a time, their term counts computed in parallel and added
//! in corpus order, and their texts written to a spill file, so a corpus of
//! 100,000 articles is never held in memory at once.

use super::index::{Builder, term_counts};
use super::persist::Listed;
use super::{Article, Index};
use rayon::prelude::*;
use std::fs::File;
use std::io::{BufWriter, Seek, Write};

/// Articles whose term counts are computed together.
const BATCH: usize = 512;

/// An index under construction, with its article list and spilled texts.
pub struct Indexer {
    /// Articles read but not yet added.
    pending: Vec<Article>,
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
            pending: Vec::with_capacity(BATCH),
            builder: Builder::default(),
            listed: Listed::default(),
            texts: BufWriter::new(spill),
            error: None,
        }
    }

    /// Adds the next article of the corpus.
    pub fn push(&mut self, article: Article) {
        self.pending.push(article);
        if self.pending.len() == BATCH {
            self.flush();
        }
    }

    /// Adds the pending articles, their term counts computed in parallel.
    fn flush(&mut self) {
        let counts: Vec<_> = self
            .pending
            .par_iter()
            .map(|a| term_counts(&a.text))
            .collect();
        for (article, counts) in self.pending.iter().zip(counts) {
            self.builder.add(counts);
            self.listed.push(article);
            if self.error.is_none() {
                self.error = self.texts.write_all(article.text.as_bytes()).err();
            }
        }
        self.pending.clear();
    }

    /// The article list, the index and the spill file holding every text in
    /// order, rewound to its start.
    pub fn finish(mut self) -> std::io::Result<(Listed, Index, File)> {
        self.flush();
        if let Some(e) = self.error {
            return Err(e);
        }
        let mut spill = self.texts.into_inner().map_err(|e| e.into_error())?;
        spill.rewind()?;
        Ok((self.listed, self.builder.finish(), spill))
    }
}
