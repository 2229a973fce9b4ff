//! An index's postings: every term's articles and weights, in two flat arrays
//! where term `t`'s are `starts[t]..starts[t + 1]`. A built index holds them
//! in memory; a loaded one leaves them in the index file (40 million postings
//! for 100,000 articles) and reads only the lists a query looks up.

use super::store::read_exact_at;
use crate::Error;
use std::fs::File;
use std::path::PathBuf;

/// Every term's postings.
#[derive(Debug, Default)]
pub struct Postings {
    /// Where each term's postings start, then where the last one's end.
    starts: Vec<u32>,
    /// The articles and weights.
    store: Store,
}

/// Where the postings' articles and weights are.
#[derive(Debug)]
enum Store {
    /// In memory, as built.
    Memory { docs: Vec<u32>, weights: Vec<f32> },
    /// In an index file, as little-endian `u32` articles at `docs_at` and
    /// `f32` weights at `weights_at`.
    File {
        path: PathBuf,
        file: File,
        docs_at: u64,
        weights_at: u64,
    },
}

impl Default for Store {
    fn default() -> Self {
        Store::Memory {
            docs: Vec::new(),
            weights: Vec::new(),
        }
    }
}

/// Where an index file's posting blocks lie: the articles' block at `docs_at`,
/// the weights' right after it.
pub struct InFile {
    /// The index file, for error messages.
    pub path: PathBuf,
    /// The open index file.
    pub file: File,
    /// Byte offset of the articles' block.
    pub docs_at: u64,
}

impl Postings {
    /// Postings built in memory, one list per term in order.
    pub fn new(starts: Vec<u32>, docs: Vec<u32>, weights: Vec<f32>) -> Self {
        Postings {
            starts,
            store: Store::Memory { docs, weights },
        }
    }

    /// Postings left in an index file, if `starts` run in order from 0.
    pub fn in_file(starts: Vec<u32>, blocks: InFile) -> Option<Self> {
        let total = *starts.last()?;
        let ordered = starts[0] == 0 && starts.windows(2).all(|w| w[0] <= w[1]);
        ordered.then_some(Postings {
            starts,
            store: Store::File {
                path: blocks.path,
                file: blocks.file,
                docs_at: blocks.docs_at,
                weights_at: blocks.docs_at + 4 * u64::from(total),
            },
        })
    }

    /// How many terms have lists.
    pub fn terms(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The three arrays, to be saved as blocks; `None` for postings left in a
    /// file.
    pub fn arrays(&self) -> Option<(&[u32], &[u32], &[f32])> {
        match &self.store {
            Store::Memory { docs, weights } => Some((&self.starts, docs, weights)),
            Store::File { .. } => None,
        }
    }

    /// Calls `f` with the article and weight of each of `term`'s postings,
    /// reading them through `buf` if they are in a file.
    pub fn each(
        &self,
        term: u32,
        buf: &mut Vec<u8>,
        mut f: impl FnMut(u32, f32),
    ) -> Result<(), Error> {
        let t = term as usize;
        let (start, end) = (self.starts[t] as usize, self.starts[t + 1] as usize);
        match &self.store {
            Store::Memory { docs, weights } => {
                for (&doc, &w) in docs[start..end].iter().zip(&weights[start..end]) {
                    f(doc, w);
                }
            }
            Store::File {
                path,
                file,
                docs_at,
                weights_at,
            } => {
                let n = end - start;
                buf.resize(8 * n, 0);
                let (docs, weights) = buf.split_at_mut(4 * n);
                let skip = 4 * start as u64;
                read_exact_at(file, docs, docs_at + skip)
                    .and_then(|()| read_exact_at(file, weights, weights_at + skip))
                    .map_err(|e| Error::io(path, e))?;
                for (doc, w) in docs.chunks_exact(4).zip(weights.chunks_exact(4)) {
                    f(
                        u32::from_le_bytes([doc[0], doc[1], doc[2], doc[3]]),
                        f32::from_le_bytes([w[0], w[1], w[2], w[3]]),
                    );
                }
            }
        }
        Ok(())
    }
}
