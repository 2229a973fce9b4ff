//! A corpus index saved to disk: the articles and the inverted index in one
//! binary file, with each corpus file's size and modification time, so loading
//! re-reads and re-tokenizes nothing and a corpus changed since indexing is
//! caught. Loading reads the index and the article list only; each text is read
//! when its article is a suspect's source.

use super::store::{Articles, OnDisk, StoredArticle};
use super::terms::Terms;
use super::{Corpus, Index};
use crate::Error;
use bincode::Options;
use serde::{Deserialize, Serialize};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// The first bytes of every index file.
const MAGIC: &[u8; 8] = b"spinidx\n";

/// Bumped whenever the file layout changes.
const FORMAT_VERSION: u32 = 3;

/// What identifies a corpus file's content cheaply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Fingerprint {
    path: PathBuf,
    size: u64,
    modified_nanos: u128,
}

impl Fingerprint {
    fn of(path: &Path) -> Result<Self, Error> {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        let modified_nanos = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        Ok(Fingerprint {
            path: path.to_path_buf(),
            size: meta.len(),
            modified_nanos,
        })
    }
}

/// An article as listed in the header; its text follows the header.
#[derive(Serialize, Deserialize)]
struct Entry<S> {
    id: S,
    path: PathBuf,
    title: S,
    len: u64,
}

/// Everything but the posting arrays, the term dictionary and the texts,
/// after the format version (same layout both ways).
#[derive(Serialize, Deserialize)]
struct Header<S, I> {
    files: Vec<Fingerprint>,
    entries: Vec<Entry<S>>,
    index: I,
    /// Lengths of the three posting arrays that follow the header.
    postings: [u64; 3],
    /// Lengths of the term dictionary's three arrays, which follow them.
    terms: [u64; 3],
}

/// Writes values as one little-endian block.
fn write_block<T: bytemuck::Pod>(w: &mut impl Write, values: &[T]) -> std::io::Result<()> {
    if cfg!(target_endian = "little") {
        return w.write_all(bytemuck::cast_slice(values));
    }
    for v in values {
        let mut bytes = bytemuck::bytes_of(v).to_vec();
        bytes.reverse();
        w.write_all(&bytes)?;
    }
    Ok(())
}

/// Reads `len` values written by [`write_block`].
fn read_block<T: bytemuck::Pod>(r: &mut impl Read, len: u64) -> std::io::Result<Vec<T>> {
    let len = usize::try_from(len).map_err(|_| std::io::ErrorKind::InvalidData)?;
    let mut values: Vec<T> = vec![T::zeroed(); len];
    r.read_exact(bytemuck::cast_slice_mut(&mut values))?;
    if cfg!(target_endian = "big") {
        for v in &mut values {
            bytemuck::bytes_of_mut(v).reverse();
        }
    }
    Ok(values)
}

/// Writes the corpus and its index, with its files' fingerprints, to `path`
/// through a temporary file: a magic string, the format version, a header
/// listing the articles with the index, the posting arrays and the term
/// dictionary as raw blocks, then every article's text, which loading leaves
/// on disk.
pub fn save(path: &Path, corpus: &Corpus, index: &Index) -> Result<(), Error> {
    let files = corpus
        .files
        .iter()
        .map(|p| Fingerprint::of(p))
        .collect::<Result<_, _>>()?;
    let header = Header {
        files,
        entries: corpus
            .articles
            .iter()
            .map(|a| Entry {
                id: a.id.as_str(),
                path: a.path.clone(),
                title: a.title.as_str(),
                len: a.text.len() as u64,
            })
            .collect(),
        index,
        postings: [
            index.postings().0.len() as u64,
            index.postings().1.len() as u64,
            index.postings().2.len() as u64,
        ],
        terms: [
            index.terms().arrays().0.len() as u64,
            index.terms().arrays().1.len() as u64,
            index.terms().arrays().2.len() as u64,
        ],
    };
    let cannot = |e: bincode::Error| {
        Error::Usage(format!("{}: cannot write the index: {e}", path.display()))
    };
    let tmp = crate::atomic::create(path)?;
    let mut writer = std::io::BufWriter::new(tmp);
    writer.write_all(MAGIC).map_err(|e| Error::io(path, e))?;
    bincode::serialize_into(&mut writer, &FORMAT_VERSION).map_err(cannot)?;
    bincode::serialize_into(&mut writer, &header).map_err(cannot)?;
    let (starts, docs, weights) = index.postings();
    let (text, ends, slots) = index.terms().arrays();
    write_block(&mut writer, starts)
        .and_then(|()| write_block(&mut writer, docs))
        .and_then(|()| write_block(&mut writer, weights))
        .and_then(|()| write_block(&mut writer, text))
        .and_then(|()| write_block(&mut writer, ends))
        .and_then(|()| write_block(&mut writer, slots))
        .map_err(|e| Error::io(path, e))?;
    for a in &corpus.articles {
        writer
            .write_all(a.text.as_bytes())
            .map_err(|e| Error::io(path, e))?;
    }
    let tmp = writer
        .into_inner()
        .map_err(|e| Error::io(path, e.into_error()))?;
    crate::atomic::commit(tmp, path)
}

/// Reads an index file's header, checking that no corpus file changed since it
/// was built; the article texts stay on disk until one is a suspect's source.
pub fn load(path: &Path) -> Result<(Articles, Index), Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let size = file.metadata().map_err(|e| Error::io(path, e))?.len();
    let mut reader = std::io::BufReader::new(file);
    let malformed = |message: String| Error::Malformed {
        path: path.to_path_buf(),
        line: 1,
        message,
    };
    let not_an_index = |e: bincode::Error| {
        malformed(format!(
            "not a spincheck index ({e}); build it with `spincheck index`"
        ))
    };
    let mut magic = [0; MAGIC.len()];
    if reader.read_exact(&mut magic).is_err() || &magic != MAGIC {
        return Err(malformed(
            "not a spincheck index; build it with `spincheck index`".into(),
        ));
    }
    // The encoding `bincode::serialize_into` writes, read with a limit of the
    // file's size, so a damaged length field fails instead of allocating.
    let options = bincode::DefaultOptions::new()
        .with_fixint_encoding()
        .allow_trailing_bytes()
        .with_limit(size);
    let version: u32 = options
        .deserialize_from(&mut reader)
        .map_err(not_an_index)?;
    if version != FORMAT_VERSION {
        return Err(malformed(format!(
            "index format {version} is not {FORMAT_VERSION}; rebuild it with `spincheck index`"
        )));
    }
    let header: Header<String, Index> = options
        .deserialize_from(&mut reader)
        .map_err(not_an_index)?;
    for f in &header.files {
        let now = Fingerprint::of(&f.path);
        if now.as_ref().ok() != Some(f) {
            return Err(malformed(format!(
                "corpus file {} changed since indexing; rebuild the index with `spincheck index`",
                f.path.display()
            )));
        }
    }
    let [starts, docs, weights] = header.postings;
    let [text, ends, slots] = header.terms;
    let arrays = (|| {
        let at = reader.stream_position()?;
        let end = starts
            .checked_add(docs)
            .and_then(|n| n.checked_add(weights))
            .and_then(|n| n.checked_add(ends))
            .and_then(|n| n.checked_add(slots))
            .and_then(|n| n.checked_mul(4))
            .and_then(|bytes| bytes.checked_add(text))
            .and_then(|bytes| bytes.checked_add(at));
        if end.is_none_or(|end| end > size) {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        let postings = (
            read_block(&mut reader, starts)?,
            read_block(&mut reader, docs)?,
            read_block(&mut reader, weights)?,
        );
        let terms = Terms::from_arrays(
            read_block(&mut reader, text)?,
            read_block(&mut reader, ends)?,
            read_block(&mut reader, slots)?,
        );
        Ok((terms, postings))
    })()
    .map_err(|e: std::io::Error| {
        malformed(format!(
            "damaged index ({e}); rebuild it with `spincheck index`"
        ))
    })?;
    let damaged = || malformed("damaged index; rebuild it with `spincheck index`".into());
    let (terms, postings) = arrays;
    let index = header
        .index
        .with_arrays(terms.ok_or_else(damaged)?, postings)
        .ok_or_else(damaged)?;
    let mut offset = reader.stream_position().map_err(|e| Error::io(path, e))?;
    let articles: Vec<StoredArticle> = header
        .entries
        .into_iter()
        .map(|e| {
            let stored = StoredArticle {
                id: e.id,
                path: e.path,
                title: e.title,
                offset,
                len: e.len,
            };
            offset += e.len;
            stored
        })
        .collect();
    if offset != size {
        return Err(malformed(format!(
            "the index is {size} bytes, not the {offset} it lists; rebuild it with `spincheck index`"
        )));
    }
    let store = OnDisk {
        path: path.to_path_buf(),
        file: reader.into_inner(),
        articles,
    };
    Ok((Articles::OnDisk(store), index))
}
