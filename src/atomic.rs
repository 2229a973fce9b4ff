//! Writing output files through a temporary file in the same folder, renamed
//! into place when complete, so a failed run never leaves a half-written file.

use crate::Error;
use std::io::Write;
use std::path::Path;
use tempfile::NamedTempFile;

/// A temporary file beside `path`, with the usual `rw-r--r--` mode.
pub fn create(path: &Path) -> Result<NamedTempFile, Error> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp = NamedTempFile::new_in(dir).map_err(|e| Error::io(path, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::Permissions::from_mode(0o644);
        tmp.as_file()
            .set_permissions(mode)
            .map_err(|e| Error::io(path, e))?;
    }
    Ok(tmp)
}

/// Renames a completed temporary file to `path`.
pub fn commit(tmp: NamedTempFile, path: &Path) -> Result<(), Error> {
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Writes `contents` to `path` atomically.
pub fn write(path: &Path, contents: &[u8]) -> Result<(), Error> {
    let mut tmp = create(path)?;
    tmp.write_all(contents).map_err(|e| Error::io(path, e))?;
    commit(tmp, path)
}
