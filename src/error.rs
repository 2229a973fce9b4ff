//! Errors that stop a run: each names the file and reads as one line.

use std::path::PathBuf;

/// An input, output or usage error (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file concerned.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A file is not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte {offset} (use --lossy to replace invalid bytes)")]
    InvalidUtf8 {
        /// The file concerned.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// A file looks binary.
    #[error("{path}: binary file (NUL byte at offset {offset}), not an article")]
    Binary {
        /// The file concerned.
        path: PathBuf,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// A file is larger than spincheck will read.
    #[error("{path}: file is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// The file concerned.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// A file's content is malformed (for instance a bad JSON Lines record).
    #[error("{path}:{line}: {message}")]
    Malformed {
        /// The file concerned.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The command line asks for something impossible.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// An I/O error about `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
