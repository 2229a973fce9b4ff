//! An index's postings: every term's articles and weights, in two flat arrays
//! where term `t`'s are `starts[t]..starts[t + 1]`. A built index holds them
//! in memory; a loaded one leaves them in the index file (40 million postings
//! for 100,000 articles), each posting's article and weight side by side, and
//! reads only the lists a query looks up, one read a list.

use super::store::read_exact_at;
use crate::Error;
use std::fs::File;
use std::path::PathBuf;

/// Bytes of one posting in an index file: its article, then its weight.
pub const PAIR: usize = 8;

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
    /// In an index file at byte `at`, as pairs of a little-endian `u32`
    /// article and the bits of its `f32` weight.
    File { path: PathBuf, file: File, at: u64 },
}

impl Default for Store {
    fn default() -> Self {
        Store::Memory {
            docs: Vec::new(),
            weights: Vec::new(),
        }
    }
}

/// Where an index file's postings lie: one block of (article, weight) pairs.
pub struct InFile {
    /// The index file, for error messages.
    pub path: PathBuf,
    /// The open index file.
    pub file: File,
    /// Byte offset of the block.
    pub at: u64,
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
        let ordered = *starts.first()? == 0 && starts.windows(2).all(|w| w[0] <= w[1]);
        ordered.then_some(Postings {
            starts,
            store: Store::File {
                path: blocks.path,
                file: blocks.file,
                at: blocks.at,
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
            Store::File { path, file, at } => {
                buf.resize(PAIR * (end - start), 0);
                read_exact_at(file, buf, at + (PAIR * start) as u64)
                    .map_err(|e| Error::io(path, e))?;
                for p in buf.chunks_exact(PAIR) {
                    f(
                        u32::from_le_bytes([p[0], p[1], p[2], p[3]]),
                        f32::from_le_bytes([p[4], p[5], p[6], p[7]]),
                    );
                }
            }
        }
        Ok(())
    }
}
