//! Forking: a copy of a design under a new slug that records where it came from.

use crate::i18n::Message;
use std::path::PathBuf;

use serde::Serialize;
use toml_edit::{Array, DocumentMut, Item, Table, value};

use super::{DESIGNS, Store, StoreError, signature, tree};
use crate::model::{Author, check_slug};
use crate::{licence, package};

/// What a fork did.
#[derive(Debug, Clone, Serialize)]
pub struct ForkOutcome {
    /// The new design's slug.
    pub slug: String,
    /// The design it was forked from.
    pub from: String,
    /// The commit of the source it was taken from.
    pub from_revision: String,
    /// The new commit.
    pub commit: String,
    /// The fork's licence.
    pub license: String,
}

impl Store {
    /// Copies design `source` to `new_slug` by `author`, recording `derived_from` (source
    /// slug, the commit it was taken from, this store's URL) and keeping every upstream author.
    ///
    /// `license` changes the licence; the change must be allowed by the source's licence
    /// (share-alike stays share-alike, NC stays NC, no-derivatives cannot be forked).
    pub fn fork(
        &self,
        source: &str,
        new_slug: &str,
        author: &Author,
        license: Option<&str>,
    ) -> Result<ForkOutcome, StoreError> {
        check_slug(new_slug).map_err(|e| StoreError::Refused(e.into()))?;
        let sig = signature(author)?;
        let src = self.read(source, None)?;
        let target_license = license.unwrap_or(&src.design.license).trim().to_string();
        licence::check_fork(&src.design.license, &target_license).map_err(|why| {
            StoreError::refused(
                Message::new("refusal-store-cannot-fork")
                    .arg("slug", source)
                    .arg("license", &target_license)
                    .arg("reason", why.to_string()),
            )
        })?;
        let _lock = self.lock()?;
        let head = self.head()?.ok_or_else(|| StoreError::NotFound {
            slug: source.to_string(),
            suggestion: None,
        })?;
        let root = head.tree()?;
        if tree::entry_id(&root, &format!("{DESIGNS}/{new_slug}")).is_some() {
            return Err(StoreError::SlugTaken(new_slug.to_string()));
        }
        let from_revision = self
            .last_change(source)?
            .map_or(src.commit.clone(), |c| c.to_string());
        let mut files = self.files(source, None)?;
        let manifest = files
            .get(package::MANIFEST)
            .and_then(|b| std::str::from_utf8(b).ok())
            .ok_or_else(|| {
                StoreError::refused(
                    Message::new("refusal-store-no-readable-manifest").arg("slug", source),
                )
            })?;
        let mut doc: DocumentMut = manifest.parse().map_err(|e: toml_edit::TomlError| {
            StoreError::refused(
                Message::new("refusal-store-manifest-uneditable")
                    .arg("slug", source)
                    .arg("reason", e.to_string()),
            )
        })?;
        doc["slug"] = value(new_slug);
        doc["license"] = value(target_license.as_str());
        let mut df = Table::new();
        df["slug"] = value(source);
        df["revision"] = value(from_revision.as_str());
        df["store"] = value(self.url());
        doc["derived_from"] = Item::Table(df);
        let mut authors = Array::new();
        for a in &src.design.authors {
            authors.push(a.to_string());
        }
        if !src
            .design
            .authors
            .iter()
            .any(|a| a.email == author.email && a.name == author.name)
        {
            authors.push(author.to_string());
        }
        doc["authors"] = value(authors);
        let new_manifest = doc.to_string();
        // The fork must be a valid package in its own right.
        let file = PathBuf::from(format!("{DESIGNS}/{new_slug}/{}", package::MANIFEST));
        package::validate_package_bytes(new_manifest.as_bytes(), &file, Some(new_slug), &|p| {
            files.get(p).cloned()
        })
        .map_err(StoreError::Invalid)?;
        files.insert(package::MANIFEST.to_string(), new_manifest.into_bytes());
        let subtree = tree::write_files(self.repo(), &files)?;
        let new_root =
            tree::replace_entry(self.repo(), Some(&root), DESIGNS, new_slug, Some(subtree))?;
        let message =
            format!("Fork {source} as {new_slug}\n\nDerived from {source} at {from_revision}.");
        let commit = self.commit(new_root, &sig, &sig, &message, Some(&head))?;
        Ok(ForkOutcome {
            slug: new_slug.to_string(),
            from: source.to_string(),
            from_revision,
            commit: commit.to_string(),
            license: target_license,
        })
    }
}
