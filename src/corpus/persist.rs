//! A corpus index saved to disk: the article list and the inverted index in one
//! binary file, with each corpus file's size and modification time, so loading
//! re-reads and re-tokenizes nothing and a corpus changed since indexing is
//! caught. Loading reads the term dictionary, each term's weight and where its
//! postings start, and the article list; the postings themselves are read when
//! a query looks their term up, and each text when its article is a suspect's
//! source.

use super::postings::{InFile, PAIR, Postings};
use super::store::{Articles, Listing, OnDisk};
use super::strings::Strings;
use super::terms::Terms;
use super::{Article, Index};
use crate::Error;
use bincode::Options;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// The first bytes of every index file.
const MAGIC: &[u8; 8] = b"spinidx\n";

/// Bumped whenever the file layout changes.
const FORMAT_VERSION: u32 = 5;

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

/// Everything but the flat arrays and the texts, after the format version
/// (same layout both ways).
#[derive(Serialize, Deserialize)]
struct Header {
    files: Vec<Fingerprint>,
    /// Lengths of the term and article weight arrays, which come first.
    weights: [u64; 2],
    /// The length of the postings' starts, which follow the weights, and the
    /// number of postings, whose (article, weight) pairs follow the starts.
    postings: [u64; 2],
    /// The term dictionary's byte length, term count and table size; its
    /// arrays follow the postings.
    terms: [u64; 3],
    /// The number of articles and the byte lengths of their ids and titles,
    /// whose arrays come next.
    articles: [u64; 3],
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

/// The articles an index file lists, gathered one at a time while their texts
/// go elsewhere (see [`super::Indexer`]): each article's file, id, title and
/// text length.
#[derive(Debug, Default)]
pub struct Listed {
    /// The files the articles came from, each run of articles from one file
    /// naming it once.
    paths: Vec<PathBuf>,
    /// Which of `paths` each article came from.
    path_of: Vec<u32>,
    /// Each article's id.
    ids: Strings,
    /// Each article's title.
    titles: Strings,
    /// The byte length of each article's text.
    lens: Vec<u64>,
}

impl Listed {
    /// Lists the next article.
    pub fn push(&mut self, article: &Article) {
        if self.paths.last() != Some(&article.path) {
            self.paths.push(article.path.clone());
        }
        self.path_of.push(self.paths.len() as u32 - 1);
        self.ids.push(article.id.as_bytes());
        self.titles.push(article.title.as_bytes());
        self.lens.push(article.text.len() as u64);
    }

    /// How many articles are listed.
    pub fn len(&self) -> usize {
        self.lens.len()
    }

    /// Whether none are.
    pub fn is_empty(&self) -> bool {
        self.lens.is_empty()
    }
}

/// Writes the listed articles and their index, with the corpus `files`'
/// fingerprints, to `path` through a temporary file: a magic string, the
/// format version, a header, the weights, the postings, the term dictionary
/// and the article list as raw blocks, then every article's text, copied from
/// `texts` (the listed articles' texts back to back); loading leaves the
/// postings and the texts on disk.
pub fn save(
    path: &Path,
    files: &[PathBuf],
    listed: &Listed,
    index: &Index,
    texts: &mut impl Read,
) -> Result<(), Error> {
    let cannot =
        |e: String| Error::Usage(format!("{}: cannot write the index: {e}", path.display()));
    let fingerprints = files
        .iter()
        .map(|p| Fingerprint::of(p))
        .collect::<Result<_, _>>()?;
    let number: FxHashMap<&Path, u32> = (0..).zip(files).map(|(n, p)| (p.as_path(), n)).collect();
    let numbers = listed
        .paths
        .iter()
        .map(|p| number.get(p.as_path()).copied())
        .collect::<Option<Vec<u32>>>()
        .ok_or_else(|| cannot("an article's file is not among the corpus files".into()))?;
    let file_of: Vec<u32> = listed
        .path_of
        .iter()
        .map(|&p| numbers[p as usize])
        .collect();
    let (ids, titles, lens) = (&listed.ids, &listed.titles, &listed.lens);
    let postings = index.postings();
    let starts = postings
        .built_starts()
        .ok_or_else(|| cannot("the postings were not built in memory".into()))?;
    let (terms, slots) = index.terms().arrays();
    let (idf, norms) = index.weights();
    let header = Header {
        files: fingerprints,
        weights: [idf.len(), norms.len()].map(|n| n as u64),
        postings: [starts.len(), starts.last().map_or(0, |&n| n as usize)].map(|n| n as u64),
        terms: [terms.arrays().0.len(), terms.len(), slots.len()].map(|n| n as u64),
        articles: [lens.len(), ids.arrays().0.len(), titles.arrays().0.len()].map(|n| n as u64),
    };
    let tmp = crate::atomic::create(path)?;
    let mut writer = std::io::BufWriter::new(tmp);
    writer.write_all(MAGIC).map_err(|e| Error::io(path, e))?;
    bincode::serialize_into(&mut writer, &FORMAT_VERSION)
        .and_then(|()| bincode::serialize_into(&mut writer, &header))
        .map_err(|e| cannot(e.to_string()))?;
    let w = &mut writer;
    write_block(w, idf)
        .and_then(|()| write_block(w, norms))
        .and_then(|()| write_block(w, starts))
        .and_then(|()| write_postings(w, postings))
        .and_then(|()| write_strings(w, terms))
        .and_then(|()| write_block(w, slots))
        .and_then(|()| write_block(w, &file_of))
        .and_then(|()| write_block(w, lens))
        .and_then(|()| write_strings(w, ids))
        .and_then(|()| write_strings(w, titles))
        .map_err(|e| Error::io(path, e))?;
    let copied = std::io::copy(texts, &mut writer).map_err(|e| Error::io(path, e))?;
    if copied != lens.iter().sum::<u64>() {
        return Err(cannot(format!(
            "{copied} bytes of article text, not the {} listed",
            lens.iter().sum::<u64>()
        )));
    }
    let tmp = writer
        .into_inner()
        .map_err(|e| Error::io(path, e.into_error()))?;
    crate::atomic::commit(tmp, path)
}

/// Writes postings built in memory as one block of pairs, each article
/// followed by the bits of its weight, so a query reads a term's list in one
/// go; a chunk at a time, so saving 58 million postings does not lay them all
/// out at once.
fn write_postings(w: &mut impl Write, postings: &Postings) -> std::io::Result<()> {
    const CHUNK: usize = 1 << 16;
    let mut pairs: Vec<u32> = Vec::with_capacity(2 * CHUNK);
    let mut buf = Vec::new();
    for term in 0..postings.terms() {
        postings
            .each(term as u32, &mut buf, |doc, weight| {
                pairs.extend([doc, weight.to_bits()]);
            })
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        if pairs.len() >= 2 * CHUNK {
            write_block(w, &pairs)?;
            pairs.clear();
        }
    }
    write_block(w, &pairs)
}

/// Writes [`Strings`] as two blocks, text then ends.
fn write_strings(w: &mut impl Write, strings: &Strings) -> std::io::Result<()> {
    let (text, ends) = strings.arrays();
    write_block(w, text).and_then(|()| write_block(w, ends))
}

/// Reads `count` strings written by [`write_strings`], `bytes` long in all.
fn read_strings(r: &mut impl Read, bytes: u64, count: u64) -> std::io::Result<Option<Strings>> {
    Ok(Strings::from_arrays(
        read_block(r, bytes)?,
        read_block(r, count)?,
    ))
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
    let header: Header = options
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
    let (index, listing) = read_arrays(&mut reader, header, (path, size))
        .map_err(|e| {
            malformed(format!(
                "damaged index ({e}); rebuild it with `spincheck index`"
            ))
        })?
        .ok_or_else(|| malformed("damaged index; rebuild it with `spincheck index`".into()))?;
    if listing.end() != size {
        return Err(malformed(format!(
            "the index is {size} bytes, not the {} it lists; rebuild it with `spincheck index`",
            listing.end()
        )));
    }
    let store = OnDisk {
        path: path.to_path_buf(),
        file: reader.into_inner(),
        listing,
    };
    Ok((Articles::OnDisk(store), index))
}

/// Reads the raw blocks after the header, leaving the postings' articles and
/// weights in the file: an I/O error if the file is too short for the lengths
/// the header gives, `None` if they do not fit together.
fn read_arrays(
    reader: &mut std::io::BufReader<std::fs::File>,
    header: Header,
    (path, size): (&Path, u64),
) -> std::io::Result<Option<(Index, Listing)>> {
    let [idf, norms] = header.weights;
    let [starts, postings] = header.postings;
    let [term_bytes, terms, slots] = header.terms;
    let [articles, id_bytes, title_bytes] = header.articles;
    // Value sizes in bytes: f32 weights, u32 posting starts, posting pairs,
    // term bytes and u64 ends, u32 slots; per article a u32 file number, a u64
    // length and two u64 ends; then id and title bytes.
    let blocks = [
        (idf, 4),
        (norms, 4),
        (starts, 4),
        (postings, PAIR as u64),
        (term_bytes, 1),
        (terms, 8),
        (slots, 4),
        (articles, 4 + 8 + 8 + 8),
        (id_bytes, 1),
        (title_bytes, 1),
    ];
    let at = reader.stream_position()?;
    let end = blocks.iter().try_fold(at, |sum, &(n, bytes)| {
        sum.checked_add(n.checked_mul(bytes)?)
    });
    if end.is_none_or(|end| end > size) {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    let weighting = (read_block(reader, idf)?, read_block(reader, norms)?);
    let starts: Vec<u32> = read_block(reader, starts)?;
    let at = reader.stream_position()?;
    reader.seek_relative(
        i64::try_from(postings * PAIR as u64).map_err(|_| std::io::ErrorKind::InvalidData)?,
    )?;
    let in_file = InFile {
        path: path.to_path_buf(),
        file: reader.get_ref().try_clone()?,
        at,
    };
    let postings = (starts.last().is_some_and(|&n| u64::from(n) == postings))
        .then(|| Postings::in_file(starts, in_file))
        .flatten();
    let terms = read_strings(reader, term_bytes, terms)?;
    let slots = read_block(reader, slots)?;
    let file_of = read_block(reader, articles)?;
    let lens: Vec<u64> = read_block(reader, articles)?;
    let ids = read_strings(reader, id_bytes, articles)?;
    let titles = read_strings(reader, title_bytes, articles)?;
    let start = reader.stream_position()?;
    let index = terms
        .and_then(|terms| Terms::from_arrays(terms, slots))
        .zip(postings)
        .and_then(|(terms, postings)| Index::from_parts(terms, weighting, postings));
    let files = header.files.into_iter().map(|f| f.path).collect();
    let listing = ids
        .zip(titles)
        .and_then(|names| Listing::new(files, file_of, names, &lens, start));
    Ok(index.zip(listing).filter(|_| norms == articles))
}
