//! Reading one article file: size limit, binary detection, UTF-8 validation.

use crate::error::Error;
use std::path::Path;

/// Largest file spincheck reads (suspect or corpus file).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// How invalid UTF-8 is treated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Utf8Policy {
    /// Invalid UTF-8 is an error naming the byte offset.
    #[default]
    Strict,
    /// Invalid sequences become U+FFFD.
    Lossy,
}

/// Reads `path` as article text, refusing binary, oversized and invalid input.
pub fn read_text(path: &Path, policy: Utf8Policy) -> Result<String, Error> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() {
        return Err(Error::Usage(format!("{}: is a directory", path.display())));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::TooLarge {
            path: path.into(),
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    decode(path, bytes, policy)
}

/// Checks bytes read from `path` and turns them into text.
pub fn decode(path: &Path, bytes: Vec<u8>, policy: Utf8Policy) -> Result<String, Error> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::TooLarge {
            path: path.into(),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    if let Some(offset) = bytes.iter().take(8192).position(|&b| b == 0) {
        return Err(Error::Binary {
            path: path.into(),
            offset,
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if policy == Utf8Policy::Lossy => {
            Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
        Err(e) => Err(Error::InvalidUtf8 {
            path: path.into(),
            offset: e.utf8_error().valid_up_to(),
        }),
    }
}
