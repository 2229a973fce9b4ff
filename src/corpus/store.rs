//! Where a checker finds its articles: in memory after loading a corpus, or in
//! a saved index file, whose article texts are read one at a time, when an
//! article is a suspect's source; loading an index never reads them all.

use super::Article;
use crate::Error;
use std::borrow::Cow;
use std::fs::File;
use std::path::{Path, PathBuf};

/// An article's metadata in an index file, and where its text lies there.
#[derive(Debug, Clone)]
pub struct StoredArticle {
    /// As [`Article::id`].
    pub id: String,
    /// As [`Article::path`].
    pub path: PathBuf,
    /// As [`Article::title`].
    pub title: String,
    /// Byte offset of the text in the index file.
    pub offset: u64,
    /// Byte length of the text.
    pub len: u64,
}

/// The articles of an index file, texts left on disk.
#[derive(Debug)]
pub struct OnDisk {
    /// The index file, for error messages.
    pub path: PathBuf,
    /// The open index file.
    pub file: File,
    /// Every article, in corpus order.
    pub articles: Vec<StoredArticle>,
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
            Articles::OnDisk(d) => d.articles.len(),
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
            Articles::OnDisk(d) => &d.articles[i].path,
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
        let stored = &self.articles[i];
        let mut bytes = vec![0; stored.len as usize];
        read_exact_at(&self.file, &mut bytes, stored.offset)
            .map_err(|e| Error::io(&self.path, e))?;
        let text = String::from_utf8(bytes).map_err(|_| Error::Malformed {
            path: self.path.clone(),
            line: 1,
            message: format!(
                "article {} is not UTF-8: the index is damaged; rebuild it",
                stored.id
            ),
        })?;
        Ok(Article {
            id: stored.id.clone(),
            path: stored.path.clone(),
            title: stored.title.clone(),
            text,
        })
    }
}

#[cfg(unix)]
fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

#[cfg(windows)]
fn read_exact_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> std::io::Result<()> {
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
