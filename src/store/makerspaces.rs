//! Makerspace profiles in the store: `makerspaces/<slug>.toml`, one commit per change, read
//! and validated like designs.

use std::path::{Path, PathBuf};

use git2::FileMode;

use super::{Author, Published, Store, StoreError, signature};
use crate::model::{Diagnostic, Makerspace, parse_makerspace};

/// Folder of makerspace profiles in the store.
pub const MAKERSPACES: &str = "makerspaces";

/// A profile as listed: parsed when valid, with its problems when not.
#[derive(Debug, Clone, serde::Serialize)]
pub struct MakerspaceEntry {
    /// File name without `.toml`.
    pub slug: String,
    /// The profile, when it is valid.
    pub makerspace: Option<Makerspace>,
    /// Its problems, when it is not.
    pub problems: Vec<Diagnostic>,
}

fn parse(bytes: &[u8], slug: &str) -> Result<Makerspace, Vec<Diagnostic>> {
    let file = PathBuf::from(format!("{MAKERSPACES}/{slug}.toml"));
    let text = std::str::from_utf8(bytes).map_err(|e| {
        vec![Diagnostic::bare(format!("not UTF-8 text (byte {})", e.valid_up_to())).in_file(&file)]
    })?;
    parse_makerspace(text, Some(slug))
        .map_err(|ds| ds.into_iter().map(|d| d.in_file(&file)).collect())
}

impl Store {
    /// Every makerspace profile at `rev` (default `main`), in slug order.
    pub fn makerspaces(&self, rev: Option<&str>) -> Result<Vec<MakerspaceEntry>, StoreError> {
        let Some(commit) = self.commit_at(rev)? else {
            return Ok(Vec::new());
        };
        let root = commit.tree()?;
        let Ok(entry) = root.get_path(Path::new(MAKERSPACES)) else {
            return Ok(Vec::new());
        };
        let tree = self.repo.find_tree(entry.id())?;
        let mut out = Vec::new();
        for e in tree.iter() {
            let Some(slug) = e.name().ok().and_then(|n| n.strip_suffix(".toml")) else {
                continue;
            };
            let blob = self.repo.find_blob(e.id())?;
            let (makerspace, problems) = match parse(blob.content(), slug) {
                Ok(m) => (Some(m), Vec::new()),
                Err(ds) => (None, ds),
            };
            out.push(MakerspaceEntry {
                slug: slug.to_string(),
                makerspace,
                problems,
            });
        }
        Ok(out)
    }

    /// The id of the `makerspaces/` tree at `rev` (default `main`), if there is one: equal
    /// ids mean equal profiles.
    pub fn makerspaces_id(&self, rev: Option<&str>) -> Result<Option<String>, StoreError> {
        let Some(commit) = self.commit_at(rev)? else {
            return Ok(None);
        };
        Ok(commit
            .tree()?
            .get_path(Path::new(MAKERSPACES))
            .ok()
            .map(|e| e.id().to_string()))
    }

    /// The makerspace `slug` at `main`.
    pub fn makerspace(&self, slug: &str) -> Result<Makerspace, StoreError> {
        let all = self.makerspaces(None)?;
        match all.into_iter().find(|e| e.slug == slug) {
            Some(MakerspaceEntry {
                makerspace: Some(m),
                ..
            }) => Ok(m),
            Some(e) => Err(StoreError::Invalid(e.problems)),
            None => {
                let known: Vec<String> = self
                    .makerspaces(None)?
                    .into_iter()
                    .map(|e| e.slug)
                    .collect();
                Err(StoreError::NoMakerspace {
                    slug: slug.to_string(),
                    suggestion: crate::model::suggest(slug, known.iter().map(String::as_str))
                        .map(str::to_string),
                    known: if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    },
                })
            }
        }
    }

    /// Validates a profile and commits it as `makerspaces/<slug>.toml`. Nothing is written
    /// when it has problems.
    pub fn publish_makerspace(
        &self,
        bytes: &[u8],
        slug: &str,
        author: &Author,
        message: &str,
    ) -> Result<Published, StoreError> {
        crate::model::check_slug(slug).map_err(|e| {
            StoreError::Invalid(vec![Diagnostic::bare(format!("makerspace file name: {e}"))])
        })?;
        let space = parse(bytes, slug).map_err(StoreError::Invalid)?;
        let sig = signature(author)?;
        let _lock = self.lock()?;
        let head = self.head()?;
        let root = head.as_ref().map(|h| h.tree()).transpose()?;
        let name = format!("{slug}.toml");
        let created = root
            .as_ref()
            .and_then(|r| r.get_path(Path::new(&format!("{MAKERSPACES}/{name}"))).ok())
            .is_none();
        let blob = self.repo.blob(bytes)?;
        let folder = match root.as_ref().map(|r| r.get_path(Path::new(MAKERSPACES))) {
            Some(Ok(e)) => Some(self.repo.find_tree(e.id())?),
            _ => None,
        };
        let mut fb = self.repo.treebuilder(folder.as_ref())?;
        fb.insert(&name, blob, FileMode::Blob.into())?;
        let folder_oid = fb.write()?;
        let mut rb = self.repo.treebuilder(root.as_ref())?;
        rb.insert(MAKERSPACES, folder_oid, FileMode::Tree.into())?;
        let new_root = rb.write()?;
        let message = if message.trim().is_empty() {
            format!(
                "{} makerspace {slug} ({})",
                if created { "Add" } else { "Update" },
                space.name
            )
        } else {
            message.trim().to_string()
        };
        let commit = self.commit(new_root, &sig, &sig, &message, head.as_ref())?;
        Ok(Published {
            slug: slug.to_string(),
            version: String::new(),
            commit: commit.to_string(),
            created,
        })
    }
}
