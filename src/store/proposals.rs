//! Proposed changes to someone else's design, kept in git beside `main`: each proposal is
//! a commit on `refs/proposals/<slug>/<id>` whose tree is `main`'s with the design
//! replaced. `main` does not move until a maintainer accepts; accepting publishes the
//! proposal's files with the proposer as the commit's author. (Who may accept, and the
//! review state, live in the web app's database; the content lives here.)

use crate::i18n::Message;
use serde::Serialize;

use super::{DESIGNS, PackageFiles, Published, Store, StoreError, signature, tree};
use crate::model::{Author, Design};

/// A proposal recorded in git.
#[derive(Debug, Clone, Serialize)]
pub struct Proposed {
    /// The ref holding it, `refs/proposals/<slug>/<id>`.
    pub git_ref: String,
    /// Its commit.
    pub commit: String,
    /// The `main` commit it was made against.
    pub base: String,
}

impl Store {
    /// Records `files` as a proposed change to `design.slug` by `author`, without touching
    /// `main`. The new version must be higher than the published one, so that accepting it
    /// later is a plain publish.
    pub fn propose(
        &self,
        design: &Design,
        files: PackageFiles,
        author: &Author,
        message: &str,
    ) -> Result<Proposed, StoreError> {
        let sig = signature(author)?;
        let slug = design.slug.clone();
        super::check_package_limits(&files)?;
        let current = self.read(&slug, None)?;
        if design.version <= current.design.version {
            return Err(StoreError::VersionNotRaised {
                slug,
                current: current.design.version.to_string(),
                next: super::next_patch(&current.design.version).to_string(),
                what: super::Attempt::Propose,
            });
        }
        let head = self
            .head()?
            .ok_or_else(|| StoreError::refused(Message::new("refusal-store-empty")))?;
        let subtree = tree::write_files(&self.repo, &files)?;
        let root = head.tree()?;
        let new_root = tree::replace_entry(&self.repo, Some(&root), DESIGNS, &slug, Some(subtree))?;
        let new_tree = self.repo.find_tree(new_root)?;
        let message = if message.trim().is_empty() {
            format!("Propose {slug} {}", design.version)
        } else {
            message.trim().to_string()
        };
        let commit = self
            .repo
            .commit(None, &sig, &sig, &message, &new_tree, &[&head])?;
        let id = &commit.to_string()[..12];
        let git_ref = format!("refs/proposals/{slug}/{id}");
        self.repo
            .reference(&git_ref, commit, false, &format!("barnraise: {message}"))?;
        Ok(Proposed {
            git_ref,
            commit: commit.to_string(),
            base: head.id().to_string(),
        })
    }

    /// The commit of `rev` if it is published: `main`, an ancestor of `main` (a commit id),
    /// or a release tag. Proposals and other refs are not published revisions.
    pub fn published_revision(&self, rev: &str) -> Result<String, StoreError> {
        let no = || StoreError::NoRevision(rev.to_string());
        let ok_chars = rev
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '/'));
        if rev.is_empty() || rev.len() > 200 || !ok_chars || rev.contains("..") {
            return Err(no());
        }
        if rev.starts_with("refs/") && !rev.starts_with("refs/tags/") {
            return Err(no());
        }
        let is_tag = self
            .repo
            .find_reference(&format!(
                "refs/tags/{}",
                rev.trim_start_matches("refs/tags/")
            ))
            .is_ok();
        let commit = self.commit_at(Some(rev))?.ok_or_else(no)?;
        if is_tag {
            return Ok(commit.id().to_string());
        }
        let head = self.head()?.ok_or_else(no)?;
        if commit.id() == head.id() || self.repo.graph_descendant_of(head.id(), commit.id())? {
            Ok(commit.id().to_string())
        } else {
            Err(no())
        }
    }

    /// Every proposal ref with its commit's time (unix seconds).
    pub fn proposal_refs(&self) -> Result<Vec<(String, i64)>, StoreError> {
        let mut out = Vec::new();
        for r in self.repo.references_glob("refs/proposals/*")? {
            let r = r?;
            let (Ok(name), Ok(c)) = (r.name(), r.peel_to_commit()) else {
                continue;
            };
            out.push((name.to_string(), c.time().seconds()));
        }
        Ok(out)
    }

    /// Deletes a proposal's ref (its content is no longer reachable, and git's own
    /// collection may remove it). Only `refs/proposals/…` refs are touched.
    pub fn delete_proposal_ref(&self, git_ref: &str) -> Result<(), StoreError> {
        if !git_ref.starts_with("refs/proposals/") {
            return Err(StoreError::refused(
                Message::new("refusal-store-not-a-proposal").arg("git_ref", git_ref),
            ));
        }
        if let Ok(mut r) = self.repo.find_reference(git_ref) {
            r.delete()?;
        }
        Ok(())
    }

    /// The commit a ref (e.g. a proposal's) points at.
    pub fn resolve_ref(&self, git_ref: &str) -> Result<String, StoreError> {
        if !git_ref.starts_with("refs/proposals/") {
            return Err(StoreError::refused(
                Message::new("refusal-store-not-a-proposal").arg("git_ref", git_ref),
            ));
        }
        let r = self.repo.find_reference(git_ref)?;
        let c = r.peel_to_commit()?;
        Ok(c.id().to_string())
    }

    /// The id of design `slug`'s package tree at `rev` (default `main`), without parsing
    /// its manifest: equal ids mean equal packages.
    pub fn design_tree_id(&self, slug: &str, rev: Option<&str>) -> Result<String, StoreError> {
        let commit = self.commit_at(rev)?.ok_or_else(|| self.not_found(slug))?;
        let tree = self.design_tree(&commit, slug)?;
        Ok(tree.id().to_string())
    }

    /// One file of design `slug` at `main`, e.g. `images/photo.png`, without reading the rest.
    pub fn file(&self, slug: &str, path: &str) -> Result<Option<Vec<u8>>, StoreError> {
        if path
            .split('/')
            .any(|c| c.is_empty() || c == "." || c == "..")
        {
            return Ok(None);
        }
        let Some(head) = self.head()? else {
            return Ok(None);
        };
        let Ok(entry) = head
            .tree()?
            .get_path(std::path::Path::new(&format!("{DESIGNS}/{slug}/{path}")))
        else {
            return Ok(None);
        };
        Ok(self
            .repo
            .find_blob(entry.id())
            .ok()
            .map(|b| b.content().to_vec()))
    }

    /// The proposed design and its files.
    pub fn proposal(&self, slug: &str, commit: &str) -> Result<(Design, PackageFiles), StoreError> {
        let stored = self.read(slug, Some(commit))?;
        let files = self.files(slug, Some(commit))?;
        Ok((stored.design, files))
    }

    /// Publishes a proposal on `main`: the proposer (the proposal commit's author) is the
    /// author of the new commit, the maintainer who accepts is its committer.
    pub fn accept_proposal(
        &self,
        slug: &str,
        commit: &str,
        maintainer: &Author,
    ) -> Result<Published, StoreError> {
        let oid = git2::Oid::from_str(commit).map_err(|_| {
            StoreError::refused(Message::new("refusal-store-not-a-commit").arg("id", commit))
        })?;
        let c = self.repo.find_commit(oid)?;
        let a = c.author();
        let proposer = Author {
            name: a.name().ok().unwrap_or("unknown").to_string(),
            email: a.email().ok().map(str::to_string),
        };
        let message = c.message().unwrap_or("").to_string();
        // The proposal replaces the whole package: if the design changed on main since it
        // was made, accepting would silently undo that change.
        let base = c.parent(0)?;
        let head = self
            .head()?
            .ok_or_else(|| StoreError::refused(Message::new("refusal-store-empty")))?;
        let tree_at = |commit: &git2::Commit<'_>| {
            commit
                .tree()
                .ok()
                .and_then(|t| {
                    t.get_path(std::path::Path::new(&format!("{DESIGNS}/{slug}")))
                        .ok()
                })
                .map(|e| e.id())
        };
        if tree_at(&base) != tree_at(&head) {
            return Err(StoreError::ProposalStale(slug.to_string()));
        }
        let (design, files) = self.proposal(slug, commit)?;
        self.publish_files_as(&design, files, &proposer, maintainer, &message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proposal_waits_beside_main_and_keeps_its_author_when_accepted() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::init(&dir.path().join("s.git"), None).unwrap();
        let owner = Author {
            name: "Owner".into(),
            email: Some("o@example.org".into()),
        };
        let packages = crate::shipped::packages().unwrap();
        store.import(&packages[..1], &owner).unwrap();
        let (design, files) = &packages[0];
        let slug = design.slug.clone();
        let head_before = store.head_id().unwrap();
        let proposer = Author {
            name: "Maker".into(),
            email: Some("maker@example.org".into()),
        };
        // Same version: refused.
        assert!(
            store
                .propose(design, files.clone(), &proposer, "x")
                .is_err()
        );
        let text = String::from_utf8(files["design.toml"].clone()).unwrap();
        let bumped = text.replacen(
            &format!("version = \"{}\"", design.version),
            "version = \"9.0.0\"",
            1,
        );
        let mut files2 = files.clone();
        files2.insert("design.toml".into(), bumped.clone().into_bytes());
        let d2 = crate::model::parse_manifest(&bumped, Some(&slug)).unwrap();
        let p = store
            .propose(&d2, files2, &proposer, "Wider wheels")
            .unwrap();
        assert!(p.git_ref.starts_with(&format!("refs/proposals/{slug}/")));
        assert_eq!(store.head_id().unwrap(), head_before, "main did not move");
        // A second proposal, then the design changes on main: accepting it would undo that.
        let mut files3 = files.clone();
        let v3 = text.replacen(
            &format!("version = \"{}\"", design.version),
            "version = \"8.0.0\"",
            1,
        );
        files3.insert("design.toml".into(), v3.clone().into_bytes());
        let d3 = crate::model::parse_manifest(&v3, Some(&slug)).unwrap();
        let stale = store
            .propose(&d3, files3.clone(), &proposer, "Other")
            .unwrap();
        let published = store.accept_proposal(&slug, &p.commit, &owner).unwrap();
        assert!(store.accept_proposal(&slug, &stale.commit, &owner).is_err());
        assert_eq!(
            store.file(&slug, "design.toml").unwrap().unwrap(),
            bumped.as_bytes()
        );
        assert_eq!(store.file(&slug, "../x").unwrap(), None);
        assert_eq!(published.version, "9.0.0");
        let history = store.history(&slug).unwrap();
        assert_eq!(history[0].author, "Maker");
        assert_eq!(history[0].summary, "Wider wheels");
    }
}
