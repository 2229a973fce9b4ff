//! A corpus index saved to disk: the articles and the inverted index in one
//! binary file, with each corpus file's size and modification time, so loading
//! re-reads and re-tokenizes nothing and a corpus changed since indexing is caught.

use super::{Article, Corpus, Index};
use crate::Error;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// Bumped whenever the file layout changes.
const FORMAT_VERSION: u32 = 1;

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

/// The file as read.
#[derive(Deserialize)]
struct IndexFile {
    version: u32,
    files: Vec<Fingerprint>,
    articles: Vec<Article>,
    index: Index,
}

/// The file as written (same layout, borrowing).
#[derive(Serialize)]
struct IndexFileRef<'a> {
    version: u32,
    files: Vec<Fingerprint>,
    articles: &'a [Article],
    index: &'a Index,
}

/// Writes the corpus and its index, with its files' fingerprints, to `path`
/// through a temporary file (streamed, so no second copy is held in memory).
pub fn save(path: &Path, corpus: &Corpus, index: &Index) -> Result<(), Error> {
    let files = corpus
        .files
        .iter()
        .map(|p| Fingerprint::of(p))
        .collect::<Result<_, _>>()?;
    let file = IndexFileRef {
        version: FORMAT_VERSION,
        files,
        articles: &corpus.articles,
        index,
    };
    let tmp = crate::atomic::create(path)?;
    let mut writer = std::io::BufWriter::new(tmp);
    bincode::serialize_into(&mut writer, &file)
        .map_err(|e| Error::Usage(format!("{}: cannot write the index: {e}", path.display())))?;
    let tmp = writer
        .into_inner()
        .map_err(|e| Error::io(path, e.into_error()))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Reads an index file, checking that no corpus file changed since it was built.
pub fn load(path: &Path) -> Result<(Corpus, Index), Error> {
    let reader =
        std::io::BufReader::new(std::fs::File::open(path).map_err(|e| Error::io(path, e))?);
    let malformed = |message: String| Error::Malformed {
        path: path.to_path_buf(),
        line: 1,
        message,
    };
    let file: IndexFile = bincode::deserialize_from(reader).map_err(|e| {
        malformed(format!(
            "not a spincheck index ({e}); build it with `spincheck index`"
        ))
    })?;
    if file.version != FORMAT_VERSION {
        return Err(malformed(format!(
            "index format {} is not {FORMAT_VERSION}; rebuild it with `spincheck index`",
            file.version
        )));
    }
    for f in &file.files {
        let now = Fingerprint::of(&f.path);
        if now.as_ref().ok() != Some(f) {
            return Err(malformed(format!(
                "corpus file {} changed since indexing; rebuild the index with `spincheck index`",
                f.path.display()
            )));
        }
    }
    let corpus = Corpus {
        articles: file.articles,
        warnings: Vec::new(),
        files: file.files.into_iter().map(|f| f.path).collect(),
    };
    Ok((corpus, file.index))
}
