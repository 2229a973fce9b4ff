//! An index's postings: every term's articles and weights, where term `t`'s
//! are `starts[t]..starts[t + 1]` in the order of all postings. A built index
//! holds them in memory compactly, each list as the gaps between its articles
//! and the term's counts in them, about two bytes a posting (a 100,000-article
//! corpus has some 58 million); a loaded one leaves them in the index file,
//! each posting's article and weight side by side, and reads only the lists a
//! query looks up, one read a list.

use super::index::{tf_in, tf_table};
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
    /// In memory, as built: each term's list as pairs of variable-length
    /// numbers (see [`push_number`]), the gap from the list's previous article
    /// (from 0 for the first) and the term's count in the article, with each
    /// term's inverse document frequency; a posting weighs
    /// `tf(count) * idf`.
    Memory { lists: Vec<Vec<u8>>, idf: Vec<f32> },
    /// In an index file at byte `at`, as pairs of a little-endian `u32`
    /// article and the bits of its `f32` weight.
    File { path: PathBuf, file: File, at: u64 },
}

impl Default for Store {
    fn default() -> Self {
        Store::Memory {
            lists: Vec::new(),
            idf: Vec::new(),
        }
    }
}

/// Postings a list in memory holds at least (at two bytes or more each) for
/// [`Postings::each_scaled`] to weigh each count once for the whole list
/// instead of once a posting.
const SHORT_LIST: usize = 64;

/// Where an index file's postings lie: one block of (article, weight) pairs.
pub struct InFile {
    /// The index file, for error messages.
    pub path: PathBuf,
    /// The open index file.
    pub file: File,
    /// Byte offset of the block.
    pub at: u64,
}

/// Appends `n` to `list` seven bits a byte, lowest first, the high bit of
/// each byte but the last set.
pub fn push_number(list: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        list.push((n as u8) | 0x80);
        n >>= 7;
    }
    list.push(n as u8);
}

/// The number [`push_number`] wrote whose first byte is `first`, the rest
/// taken from `bytes`. Most numbers of a list (gaps and counts) are one byte:
/// those return at once.
#[inline(always)]
fn read_number(first: u8, bytes: &mut std::slice::Iter<'_, u8>) -> u32 {
    if first < 0x80 {
        return u32::from(first);
    }
    let (mut n, mut shift) = (u32::from(first & 0x7f), 7);
    for &byte in bytes.by_ref() {
        n |= u32::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            break;
        }
        shift += 7;
    }
    n
}

/// Calls `f` with the article and count of each posting of a list built in
/// memory.
pub fn each_count(list: &[u8], mut f: impl FnMut(u32, u32)) {
    let mut bytes = list.iter();
    let mut doc = 0u32;
    while let Some(&first) = bytes.next() {
        doc += read_number(first, &mut bytes);
        // `Builder::add` writes each gap with a count after it.
        let count = bytes.next().map_or(0, |&b| read_number(b, &mut bytes));
        f(doc, count);
    }
}

/// Calls `f` with the article of each posting of a list built in memory and
/// its weight from `table` (indexed by the term's count in the article), or
/// from `weigh` for a count past the table. Most postings are a one-byte gap
/// and a count under 64: those are read four postings (eight bytes) at a time.
fn each_weighed(
    list: &[u8],
    table: &[f32; 64],
    weigh: impl Fn(u32) -> f32,
    mut f: impl FnMut(u32, f32),
) {
    // The high bit of each gap's byte, the two high bits of each count's.
    const SHORT: u64 = 0xc080_c080_c080_c080;
    let mut rest = list;
    let mut doc = 0u32;
    loop {
        if let Some((eight, tail)) = rest.split_first_chunk::<8>() {
            let bits = u64::from_le_bytes(*eight);
            if bits & SHORT == 0 {
                for posting in 0..4 {
                    let pair = (bits >> (16 * posting)) as u32;
                    doc += pair & 0x7f;
                    f(doc, table[(pair >> 8) as usize & 0x3f]);
                }
                rest = tail;
                continue;
            }
        }
        let mut bytes = rest.iter();
        let Some(&first) = bytes.next() else { return };
        doc += read_number(first, &mut bytes);
        // `Builder::add` writes each gap with a count after it.
        let count = bytes.next().map_or(0, |&b| read_number(b, &mut bytes));
        f(
            doc,
            match table.get(count as usize) {
                Some(&w) => w,
                None => weigh(count),
            },
        );
        rest = bytes.as_slice();
    }
}

impl Postings {
    /// Postings built in memory: each term's list as [`Store::Memory`]
    /// describes, the number of postings in each, and each term's inverse
    /// document frequency.
    pub fn built(lists: Vec<Vec<u8>>, lens: &[u32], idf: Vec<f32>) -> Self {
        let mut starts = Vec::with_capacity(lens.len() + 1);
        let mut total = 0u32;
        starts.push(0);
        for &len in lens {
            total += len;
            starts.push(total);
        }
        Postings {
            starts,
            store: Store::Memory { lists, idf },
        }
    }

    /// Postings left in an index file, if `starts` run in order from 0.
    pub fn in_file(starts: Vec<u32>, blocks: InFile) -> Option<Self> {
        let ordered = *starts.first()? == 0 && starts.is_sorted();
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

    /// Where each term's postings start, then where the last one's end, to
    /// be saved as a block; `None` for postings left in a file.
    pub fn built_starts(&self) -> Option<&[u32]> {
        match &self.store {
            Store::Memory { .. } => Some(&self.starts),
            Store::File { .. } => None,
        }
    }

    /// Calls `f` with the article of each of `term`'s postings and its weight
    /// times `scale` (a query term's weight), reading them through `buf` if
    /// they are in a file. The product is the one [`Postings::each`]'s weight
    /// would give, `scale * weight`, but a list in memory weighs each count
    /// once instead of once a posting.
    pub fn each_scaled(
        &self,
        term: u32,
        scale: f32,
        buf: &mut Vec<u8>,
        mut f: impl FnMut(u32, f32),
    ) -> Result<(), Error> {
        match &self.store {
            Store::Memory { lists, idf } => {
                let (idf, small) = (idf[term as usize], tf_table());
                let weigh = |count: u32| scale * (tf_in(small, count) * idf);
                let list = &lists[term as usize];
                // A list of fewer postings than the table has counts is
                // weighed a posting at a time.
                if list.len() < 2 * SHORT_LIST {
                    each_count(list, |doc, count| f(doc, weigh(count)));
                } else {
                    let table: [f32; 64] = std::array::from_fn(|count| weigh(count as u32));
                    each_weighed(list, &table, weigh, f);
                }
                Ok(())
            }
            Store::File { .. } => self.each(term, buf, |doc, weight| f(doc, scale * weight)),
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
        match &self.store {
            Store::Memory { lists, idf } => {
                let (idf, small) = (idf[t], tf_table());
                each_count(&lists[t], |doc, count| f(doc, tf_in(small, count) * idf));
            }
            Store::File { path, file, at } => {
                let (start, end) = (self.starts[t] as usize, self.starts[t + 1] as usize);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        let numbers = [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX];
        let mut list = Vec::new();
        for &n in &numbers {
            push_number(&mut list, n);
        }
        let mut bytes = list.iter();
        let mut back = Vec::new();
        while let Some(&first) = bytes.next() {
            back.push(read_number(first, &mut bytes));
        }
        assert_eq!(back, numbers);
    }

    #[test]
    fn scaled_weights_are_the_weights_times_the_scale() {
        // Gaps and counts of one byte and more, counts past the tf table
        // (63) and past one byte (127), in a short list and a long one.
        let (gaps, counts) = (
            [1, 7, 127, 128, 3, 70_000, 2],
            [1, 2, 63, 64, 127, 128, 5, 9],
        );
        for len in [6, 3 * SHORT_LIST] {
            let (mut list, mut docs, mut doc) = (Vec::new(), Vec::new(), 0);
            for i in 0..len {
                let gap = if i == 0 { 0 } else { gaps[i % gaps.len()] };
                doc += gap;
                docs.push(doc);
                push_number(&mut list, gap);
                push_number(&mut list, counts[i % counts.len()]);
            }
            let index = Postings::built(vec![list], &[len as u32], vec![1.7]);
            let (mut plain, mut scaled) = (Vec::new(), Vec::new());
            let mut buf = Vec::new();
            index
                .each(0, &mut buf, |doc, w| plain.push((doc, 0.3 * w)))
                .unwrap();
            index
                .each_scaled(0, 0.3, &mut buf, |doc, w| scaled.push((doc, w)))
                .unwrap();
            assert_eq!(scaled, plain);
            let read: Vec<u32> = scaled.iter().map(|&(doc, _)| doc).collect();
            assert_eq!(read, docs);
        }
    }
}
