//! Interop with the open hardware world: other people's formats in, ours out.
//!
//! Owns the mapping of Open Know-How manifests (OKH-LOSH `okh.toml`, OKH v1 `okh.yml`) to
//! design packages and back ([`okh`]), and of DXF and SVG cut files to parts ([`cutfile`]
//! runs the pipeline over [`dxf`], [`svg`], [`units`], [`ops`], [`shapes`], [`joints`] and
//! [`write`]). Every importer produces an [`ImportedPackage`]: the text of a `design.toml`,
//! the files to put beside it, and located warnings. Writing it to disk or the store is the caller's job
//! ([`ImportedPackage::write_to`], [`crate::store::Store::publish`]). Knows nothing of
//! HTTP, and never panics on user input: inputs are size-limited and parsers contained.

pub mod cutfile;
pub mod dxf;
pub mod joints;
pub mod okh;
pub mod ops;
pub mod shapes;
pub mod svg;
pub mod tree;
pub mod units;
pub mod write;

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::i18n::{Message, Wording};
use crate::model::Diagnostic;

/// Why a file could not be imported at all (problems that still allow an import are
/// warnings in [`ImportedPackage::warnings`]).
#[derive(Debug, thiserror::Error)]
pub enum InteropError {
    /// The file cannot be read.
    #[error("{}: cannot read: {message}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The file is larger than the importer's limit.
    #[error("{}: {size} bytes is more than the limit of {limit} bytes for this kind of file", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is not in the format at all (not TOML/YAML/DXF/SVG), or holds nothing usable.
    #[error("{problem}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, located where possible.
        problem: Diagnostic,
    },
}

impl InteropError {
    /// `file` is not usable, for the reason `message` (not located at a line).
    pub(crate) fn invalid(file: &std::path::Path, message: impl Into<Wording>) -> Self {
        InteropError::Invalid {
            path: file.to_path_buf(),
            problem: Diagnostic::bare(message).in_file(file),
        }
    }

    /// The error as a diagnostic naming its file.
    pub fn into_diagnostic(self) -> Diagnostic {
        match self {
            InteropError::Invalid { problem, .. } => problem,
            e @ (InteropError::Unreadable { .. } | InteropError::TooLarge { .. }) => {
                match e.message() {
                    Some(m) => Diagnostic::bare(m),
                    None => Diagnostic::bare(e.to_string()),
                }
            }
        }
    }

    /// What went wrong as a catalogue message (an invalid file's problem carries its own).
    pub fn message(&self) -> Option<Message> {
        match self {
            InteropError::Unreadable { path, message } => Some(
                Message::new("error-unreadable")
                    .arg("path", path.display().to_string())
                    .arg("reason", message),
            ),
            InteropError::TooLarge { path, size, limit } => Some(
                Message::new("error-file-too-large")
                    .arg("path", path.display().to_string())
                    .arg("size", *size)
                    .arg("limit", *limit),
            ),
            InteropError::Invalid { problem, .. } => problem.message_id.as_deref().cloned(),
        }
    }
}

/// A file to write beside `design.toml`, at a package-relative path.
#[derive(Debug, Clone, Serialize)]
pub struct PackageFile {
    /// Package-relative path with `/` separators (`images/cover.jpg`).
    pub path: String,
    /// Its content.
    #[serde(skip)]
    pub bytes: Vec<u8>,
}

/// The result of an import: a design package ready to be written.
#[derive(Debug, Clone, Serialize)]
pub struct ImportedPackage {
    /// Slug (and folder name) of the design.
    pub slug: String,
    /// Text of its `design.toml`.
    #[serde(skip)]
    pub manifest: String,
    /// Files to write beside it.
    pub files: Vec<PackageFile>,
    /// Problems in the source that the import worked around, located in the source file.
    pub warnings: Vec<Diagnostic>,
    /// Facts worth knowing that are not problems (e.g. parts kept in `[extra]`); in
    /// English in JSON, in any language through their messages.
    pub notes: Vec<Wording>,
}

impl ImportedPackage {
    /// Writes the package as `<out>/<slug>/` and returns that folder. Existing files of the
    /// same names are replaced.
    pub fn write_to(&self, out: &Path) -> std::io::Result<PathBuf> {
        let dir = out.join(&self.slug);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join(crate::package::MANIFEST), &self.manifest)?;
        for f in &self.files {
            let path = dir.join(&f.path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, &f.bytes)?;
        }
        Ok(dir)
    }
}

/// Reads a whole file, refusing it when larger than `limit` bytes.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, InteropError> {
    let unreadable = |e: std::io::Error| InteropError::Unreadable {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    if size > limit {
        return Err(InteropError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit,
        });
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(InteropError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// A valid slug made from a name: lowercase ASCII letters and digits, single hyphens,
/// 2–64 characters (`"Seed Plate (v2)"` → `seed-plate-v2`).
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        let c = match c {
            'ä' | 'Ä' => 'a',
            'ö' | 'Ö' | 'ø' | 'Ø' => 'o',
            'ü' | 'Ü' => 'u',
            'é' | 'è' | 'ê' | 'É' => 'e',
            'á' | 'à' | 'â' | 'ã' => 'a',
            'ó' | 'ô' | 'õ' => 'o',
            'í' => 'i',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let mut slug: String = slug.chars().take(64).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.len() < 2 {
        slug = format!("design-{slug}").trim_end_matches('-').to_string();
    }
    slug
}

/// File names recognised as OKH manifests when importing a folder.
pub const OKH_FILE_NAMES: &[&str] = &["okh.toml", "okh.yml", "okh.yaml"];

/// Finds OKH manifests in a folder and its sub-folders (at most 6 deep, hidden folders
/// skipped): files named `okh.toml` / `okh.yml` / `okh.yaml`, or ending in `.okh.toml` /
/// `.okh.yml`. Sorted.
pub fn find_okh_manifests(dir: &Path) -> Result<Vec<PathBuf>, InteropError> {
    let mut found = Vec::new();
    walk(dir, 0, &mut found).map_err(|e| InteropError::Unreadable {
        path: dir.to_path_buf(),
        message: e.to_string(),
    })?;
    found.sort();
    Ok(found)
}

fn walk(dir: &Path, depth: usize, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().to_ascii_lowercase();
        let kind = entry.file_type()?;
        if kind.is_dir() && depth < 6 && !name.starts_with('.') && name != "node_modules" {
            walk(&entry.path(), depth + 1, found)?;
        } else if kind.is_file()
            && (OKH_FILE_NAMES.contains(&name.as_str())
                || name.ends_with(".okh.toml")
                || name.ends_with(".okh.yml"))
        {
            found.push(entry.path());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_valid() {
        assert_eq!(slugify("Seed Plate (v2)"), "seed-plate-v2");
        assert_eq!(slugify("Wörkbench"), "workbench");
        assert_eq!(slugify("!"), "design");
        assert!(crate::model::check_slug(&slugify(&"x".repeat(200))).is_ok());
    }
}
