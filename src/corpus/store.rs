//! Where a checker finds its articles: in memory after loading a corpus, or in
//! a saved index file, whose article texts are read one at a time, when an
//! article is a suspect's source; loading an index never reads them all.

use super::Article;
use super::strings::Strings;
use crate::Error;
use std::borrow::Cow;
use std::fs::File;
use std::path::{Path, PathBuf};

/// The article list of an index file: each article's corpus file, id, title
/// and where its text lies, in flat arrays (a corpus of 100,000 articles loads
/// a handful of buffers, not 300,000 strings).
#[derive(Debug)]
pub struct Listing {
    /// The corpus files.
    files: Vec<PathBuf>,
    /// Which of `files` each article came from.
    file_of: Vec<u32>,
    /// Each article's [`Article::id`].
    ids: Strings,
    /// Each article's [`Article::title`].
    titles: Strings,
    /// Where each article's text starts in the index file, then where the
    /// last one ends.
    offsets: Vec<u64>,
}

impl Listing {
    /// A listing whose texts follow one another from byte `start`, if every
    /// article names a file and has an id and a title in UTF-8.
    pub fn new(
        files: Vec<PathBuf>,
        file_of: Vec<u32>,
        (ids, titles): (Strings, Strings),
        lens: &[u64],
        start: u64,
    ) -> Option<Self> {
        let n = file_of.len();
        let consistent = ids.len() == n
            && titles.len() == n
            && lens.len() == n
            && file_of
                .iter()
                .max()
                .is_none_or(|&f| (f as usize) < files.len())
            && ids.is_utf8()
            && titles.is_utf8();
        let mut offsets = Vec::with_capacity(n + 1);
        let mut end = start;
        offsets.push(end);
        for &len in lens {
            end = end.checked_add(len)?;
            offsets.push(end);
        }
        consistent.then_some(Listing {
            files,
            file_of,
            ids,
            titles,
            offsets,
        })
    }

    /// Where the last article's text ends.
    pub fn end(&self) -> u64 {
        self.offsets.last().copied().unwrap_or_default()
    }

    fn len(&self) -> usize {
        self.file_of.len()
    }

    fn path(&self, i: usize) -> &Path {
        &self.files[self.file_of[i] as usize]
    }

    fn id(&self, i: usize) -> String {
        String::from_utf8_lossy(self.ids.get(i)).into_owned()
    }
}

/// The articles of an index file, texts left on disk.
#[derive(Debug)]
pub struct OnDisk {
    /// The index file, for error messages.
    pub path: PathBuf,
    /// The open index file.
    pub file: File,
    /// Every article, in corpus order.
    pub listing: Listing,
}

/// The articles a checker retrieves from.
#[derive(Debug)]
pub enum Articles {
    /// Loaded from corpus files.
    InMemory(Vec<Article>),
    /// Listed in an index file, texts read on demand.
    OnDisk(OnDisk),
}

impl Articles {
    /// How many articles there are.
    pub fn len(&self) -> usize {
        match self {
            Articles::InMemory(a) => a.len(),
            Articles::OnDisk(d) => d.listing.len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The file article `i` came from.
    pub fn path(&self, i: usize) -> &Path {
        match self {
            Articles::InMemory(a) => &a[i].path,
            Articles::OnDisk(d) => d.listing.path(i),
        }
    }

    /// The `i`-th article with its text (read from the index file if need be).
    pub fn get(&self, i: usize) -> Result<Cow<'_, Article>, Error> {
        match self {
            Articles::InMemory(a) => Ok(Cow::Borrowed(&a[i])),
            Articles::OnDisk(d) => d.read(i).map(Cow::Owned),
        }
    }
}

impl OnDisk {
    fn read(&self, i: usize) -> Result<Article, Error> {
        let list = &self.listing;
        let (start, end) = (list.offsets[i], list.offsets[i + 1]);
        let mut bytes = vec![0; (end - start) as usize];
        read_exact_at(&self.file, &mut bytes, start).map_err(|e| Error::io(&self.path, e))?;
        let text = String::from_utf8(bytes).map_err(|_| Error::Malformed {
            path: self.path.clone(),
            line: 1,
            message: format!(
                "article {} is not UTF-8: the index is damaged; rebuild it",
                list.id(i)
            ),
        })?;
        Ok(Article {
            id: list.id(i),
            path: list.path(i).to_path_buf(),
            title: String::from_utf8_lossy(list.titles.get(i)).into_owned(),
            text,
        })
    }
}

/// Fills `buf` from `file` at `offset`, without moving a shared cursor.
#[cfg(unix)]
pub(super) fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

/// Fills `buf` from `file` at `offset`, without moving a shared cursor.
#[cfg(windows)]
pub(super) fn read_exact_at(
    file: &File,
    mut buf: &mut [u8],
    mut offset: u64,
) -> std::io::Result<()> {
    use std::os::windows::fs::FileExt;
    while !buf.is_empty() {
        match file.seek_read(buf, offset)? {
            0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            n => {
                buf = &mut buf[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
}
