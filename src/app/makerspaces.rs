//! Makerspace profiles: the machines and the measured stock of a space, listed, checked,
//! read from a file or the store, and published to the store.

use crate::i18n::Message;
use std::path::Path;

use super::{Actor, Error, Result};
use crate::model::{Diagnostic, Makerspace, parse_makerspace};
use crate::store::{MakerspaceEntry, Published, Store, StoreError};

/// Every profile in the store, valid or not.
pub fn list(store: &Store) -> Result<Vec<MakerspaceEntry>> {
    Ok(store.makerspaces(None)?)
}

/// The valid profile `slug` from the store.
pub fn find(store: &Store, slug: &str) -> Result<Makerspace> {
    Ok(store.makerspace(slug.trim())?)
}

/// Reads a profile file; every problem carries the file and its line.
pub fn read_file(path: &Path) -> Result<Makerspace> {
    let bytes = std::fs::read(path).map_err(|e| unreadable(path, &e))?;
    let text = String::from_utf8(bytes).map_err(|_| not_utf8(path))?;
    let stem = path.file_stem().and_then(|s| s.to_str());
    parse_makerspace(&text, stem)
        .map_err(|ds| Error::invalid(ds.into_iter().map(|d| d.in_file(path)).collect()))
}

/// A makerspace named by a person: a profile file when `name` ends in `.toml` or is a file,
/// else a slug in the store.
pub fn resolve(store: Option<&Store>, name: &str) -> Result<Makerspace> {
    let path = Path::new(name);
    if name.ends_with(".toml") || path.is_file() {
        return read_file(path);
    }
    let store = store.ok_or_else(|| {
        Error::not_found(Message::new("error-no-makerspace-file").arg("name", name))
    })?;
    find(store, name)
}

/// Checks profile files; returns every problem of all of them.
pub fn check_files(files: &[impl AsRef<Path>]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for f in files {
        let f = f.as_ref();
        match std::fs::read(f) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                if let Err(ds) = parse_makerspace(&text, f.file_stem().and_then(|s| s.to_str())) {
                    problems.extend(ds.into_iter().map(|d| d.in_file(f)));
                }
            }
            Err(e) => problems.push(Diagnostic::bare(
                Message::new("error-path-reason")
                    .arg("path", f.display().to_string())
                    .arg("reason", e.to_string()),
            )),
        }
    }
    problems
}

/// Validates the profile file and commits it as `makerspaces/<file stem>.toml`.
pub fn publish_file(store: &Store, actor: &Actor, file: &Path) -> Result<Published> {
    let bytes = std::fs::read(file).map_err(|e| unreadable(file, &e))?;
    let slug = file.file_stem().and_then(|s| s.to_str()).ok_or_else(|| {
        Error::refused(Message::new("error-no-file-name").arg("path", file.display().to_string()))
    })?;
    store
        .publish_makerspace(&bytes, slug, &actor.author(), "")
        .map_err(|e| match e {
            StoreError::Invalid(ds) => {
                Error::invalid(ds.into_iter().map(|d| d.in_file(file)).collect())
            }
            e => e.into(),
        })
}

/// `path` could not be read.
pub(crate) fn unreadable(path: &Path, e: &std::io::Error) -> Error {
    Error::refused(
        Message::new("error-path-reason")
            .arg("path", path.display().to_string())
            .arg("reason", e.to_string()),
    )
}

/// `path` is not UTF-8 text.
pub(crate) fn not_utf8(path: &Path) -> Error {
    Error::refused(Message::new("error-not-utf8").arg("path", path.display().to_string()))
}
