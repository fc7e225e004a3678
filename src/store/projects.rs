//! Projects in the store: `projects/<slug>/project.toml`, one commit per change, listed and
//! read at any revision, published validate-then-commit under the write lock with a version
//! that must rise (like designs). What a project says about designs (that they exist, that
//! their parameters fit) is judged by the caller's check, which runs under the lock too.

use crate::i18n::Message;
use std::path::{Path, PathBuf};

use git2::{FileMode, Oid, Tree};
use serde::Serialize;

use super::sync::PendingReason;
use super::{Author, Published, Store, StoreError, signature};
use crate::model::{Diagnostic, PROJECT_FILE, Project, parse_project};

/// Folder of projects in the store.
pub const PROJECTS: &str = "projects";

/// A project as listed: parsed when valid, with its problems when not.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ProjectEntry {
    /// Folder name under `projects/`.
    pub slug: String,
    /// The project, when its `project.toml` is valid.
    pub project: Option<Project>,
    /// Its problems, when it is not.
    pub problems: Vec<Diagnostic>,
}

/// A project read at a revision.
#[derive(Debug, Clone)]
pub struct StoredProject {
    /// The project.
    pub project: Project,
    /// Its `project.toml` text.
    pub text: String,
    /// The commit it was read at.
    pub commit: String,
}

/// Where a project's file is in the store.
pub fn project_path(slug: &str) -> PathBuf {
    PathBuf::from(format!("{PROJECTS}/{slug}/{PROJECT_FILE}"))
}

fn parse(bytes: &[u8], slug: &str) -> Result<(Project, String), Vec<Diagnostic>> {
    let file = project_path(slug);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        vec![Diagnostic::bare(format!("not UTF-8 text (byte {})", e.valid_up_to())).in_file(&file)]
    })?;
    parse_project(text, Some(slug))
        .map(|p| (p, text.to_string()))
        .map_err(|ds| ds.into_iter().map(|d| d.in_file(&file)).collect())
}

impl Store {
    /// Every project at `rev` (default `main`), in slug order; invalid ones with their
    /// problems.
    pub fn projects(&self, rev: Option<&str>) -> Result<Vec<ProjectEntry>, StoreError> {
        let Some(commit) = self.commit_at(rev)? else {
            return Ok(Vec::new());
        };
        let root = commit.tree()?;
        let Ok(entry) = root.get_path(Path::new(PROJECTS)) else {
            return Ok(Vec::new());
        };
        let tree = self.repo.find_tree(entry.id())?;
        let mut out = Vec::new();
        for e in tree.iter() {
            let Ok(slug) = e.name().map(str::to_string) else {
                continue;
            };
            let (project, problems) = match self.project_blob(&root, &slug)? {
                Some(bytes) => match parse(&bytes, &slug) {
                    Ok((p, _)) => (Some(p), Vec::new()),
                    Err(ds) => (None, ds),
                },
                None => (
                    None,
                    vec![Diagnostic::bare("no project.toml").in_file(project_path(&slug))],
                ),
            };
            out.push(ProjectEntry {
                slug,
                project,
                problems,
            });
        }
        Ok(out)
    }

    fn project_blob(
        &self,
        root: &git2::Tree<'_>,
        slug: &str,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        match root.get_path(&project_path(slug)) {
            Ok(e) => match self.repo.find_blob(e.id()) {
                Ok(b) => Ok(Some(b.content().to_vec())),
                Err(_) => Ok(None),
            },
            Err(_) => Ok(None),
        }
    }

    /// Project `slug` at `rev` (default `main`).
    pub fn project(&self, slug: &str, rev: Option<&str>) -> Result<StoredProject, StoreError> {
        let not_found = |known: Vec<String>| StoreError::NoProject {
            slug: slug.to_string(),
            suggestion: crate::model::suggest(slug, known.iter().map(String::as_str))
                .map(str::to_string),
        };
        let Some(commit) = self.commit_at(rev)? else {
            return Err(not_found(Vec::new()));
        };
        let root = commit.tree()?;
        let Some(bytes) = self.project_blob(&root, slug)? else {
            let known = self
                .projects(rev)?
                .into_iter()
                .map(|e| e.slug)
                .collect::<Vec<_>>();
            return Err(not_found(known));
        };
        let (project, text) = parse(&bytes, slug).map_err(StoreError::Invalid)?;
        Ok(StoredProject {
            project,
            text,
            commit: commit.id().to_string(),
        })
    }

    /// Validates `bytes` as a project, runs `check` on it (the designs it names, judged by
    /// the caller) and commits it as `projects/<slug>/project.toml`, all under the write
    /// lock. A changed project must raise its version; `create_only` refuses a slug that
    /// exists (forks). Nothing is written when anything fails.
    pub fn publish_project(
        &self,
        bytes: &[u8],
        author: &Author,
        message: &str,
        create_only: bool,
        check: &dyn Fn(&Project) -> Result<(), Vec<Diagnostic>>,
    ) -> Result<Published, StoreError> {
        let text = std::str::from_utf8(bytes)
            .map_err(|_| StoreError::Invalid(vec![Diagnostic::bare("not UTF-8 text")]))?;
        let project = parse_project(text, None).map_err(StoreError::Invalid)?;
        let slug = project.slug.clone();
        let file = project_path(&slug);
        let sig = signature(author)?;
        let _lock = self.lock()?;
        check(&project).map_err(|ds| {
            StoreError::Invalid(ds.into_iter().map(|d| d.in_file(&file)).collect())
        })?;
        let head = self.head()?;
        let root = head.as_ref().map(|h| h.tree()).transpose()?;
        let current = match &root {
            Some(r) => self.project_blob(r, &slug)?,
            None => None,
        };
        if let Some(old) = &current {
            if create_only {
                return Err(StoreError::refused(
                    Message::new("error-project-exists").arg("slug", &slug),
                ));
            }
            if let Ok((old, _)) = parse(old, &slug)
                && project.version <= old.version
            {
                let mut next = old.version.clone();
                next.patch += 1;
                next.pre = semver::Prerelease::EMPTY;
                return Err(StoreError::refused(
                    Message::new("refusal-store-project-version-not-raised")
                        .arg("slug", &slug)
                        .arg("current", old.version.to_string())
                        .arg("next", next.to_string()),
                ));
            }
        }
        let blob = self.repo.blob(bytes)?;
        let projects = match root.as_ref().map(|r| r.get_path(Path::new(PROJECTS))) {
            Some(Ok(e)) => Some(self.repo.find_tree(e.id())?),
            _ => None,
        };
        let folder = match projects.as_ref().map(|t| t.get_name(&slug)) {
            Some(Some(e)) => self.repo.find_tree(e.id()).ok(),
            _ => None,
        };
        let mut fb = self.repo.treebuilder(folder.as_ref())?;
        fb.insert(PROJECT_FILE, blob, FileMode::Blob.into())?;
        let folder_oid = fb.write()?;
        let mut pb = self.repo.treebuilder(projects.as_ref())?;
        pb.insert(&slug, folder_oid, FileMode::Tree.into())?;
        let projects_oid = pb.write()?;
        let mut rb = self.repo.treebuilder(root.as_ref())?;
        rb.insert(PROJECTS, projects_oid, FileMode::Tree.into())?;
        let new_root = rb.write()?;
        let created = current.is_none();
        let message = if message.trim().is_empty() {
            format!(
                "{} project {slug} {} ({})",
                if created { "Add" } else { "Update" },
                project.version,
                project.name
            )
        } else {
            message.trim().to_string()
        };
        let commit = self.commit(new_root, &sig, &sig, &message, head.as_ref())?;
        Ok(Published {
            slug,
            version: project.version.to_string(),
            commit: commit.to_string(),
            created,
        })
    }
}

/// What sync did with one of a peer's projects.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum ProjectSync {
    /// A project we did not have; the peer is now its home.
    Imported {
        /// Slug.
        slug: String,
        /// Its version.
        version: String,
    },
    /// The project's home (or a peer trusted for everything) raised its version.
    Updated {
        /// Slug.
        slug: String,
        /// Our version before.
        from: String,
        /// The peer's version, now ours.
        to: String,
    },
    /// The peer's project differs from ours but may not replace it; ours stays.
    NotTaken {
        /// Slug.
        slug: String,
        /// The peer's version.
        version: String,
        /// Ours.
        ours: String,
        /// Why.
        reason: PendingReason,
    },
    /// The peer's project does not parse, breaks the sync limits or names designs this
    /// store does not have; it was not taken.
    Invalid {
        /// Slug.
        slug: String,
        /// Why.
        problems: Vec<Diagnostic>,
    },
}

fn project_home_key(slug: &str) -> String {
    format!("projecthome.{slug}.peer")
}

impl Store {
    /// The peer that is project `slug`'s home, or `None` when this store is.
    pub fn project_home(&self, slug: &str) -> Result<Option<String>, StoreError> {
        let cfg = self.repo.config()?.snapshot()?;
        Ok(cfg.get_string(&project_home_key(slug)).ok())
    }

    /// Records `peer` as project `slug`'s home.
    pub(super) fn set_project_home(&self, slug: &str, peer: &str) -> Result<(), StoreError> {
        self.repo.config()?.set_str(&project_home_key(slug), peer)?;
        Ok(())
    }

    /// `root` with `peer`'s projects taken where the trust model allows: projects we lack
    /// are imported; a project we have is replaced only by its home (or a peer trusted for
    /// every design) and only with a higher version; a project whose version is below ours
    /// is left alone silently (we are ahead). Each taken project must parse, keep to the
    /// sync limits and name only designs `root` holds. Returns the new root, what was done,
    /// and the slugs imported (whose home becomes `peer` once committed).
    pub(super) fn take_projects(
        &self,
        root: Oid,
        peer_root: &Tree<'_>,
        peer: &str,
    ) -> Result<(Oid, Vec<ProjectSync>, Vec<String>), StoreError> {
        let repo = &self.repo;
        let mut actions = Vec::new();
        let mut imported = Vec::new();
        let root_tree = repo.find_tree(root)?;
        let Some(theirs) = subtree(repo, peer_root, PROJECTS) else {
            return Ok((root, actions, imported));
        };
        let ours = subtree(repo, &root_tree, PROJECTS);
        let mut taken: Vec<(String, Oid)> = Vec::new();
        for e in theirs.iter() {
            let Ok(slug) = e.name().map(str::to_string) else {
                continue;
            };
            let ours_id = ours
                .as_ref()
                .and_then(|t| t.get_name(&slug))
                .map(|o| o.id());
            if ours_id == Some(e.id()) {
                continue;
            }
            let invalid = |problems: Vec<Diagnostic>| ProjectSync::Invalid {
                slug: slug.clone(),
                problems,
            };
            let theirs_project = match self.check_peer_project(&root_tree, &slug, &e) {
                Ok(p) => p,
                Err(problems) => {
                    actions.push(invalid(problems));
                    continue;
                }
            };
            let version = theirs_project.version.to_string();
            match ours_id {
                None => {
                    actions.push(ProjectSync::Imported {
                        slug: slug.clone(),
                        version,
                    });
                    imported.push(slug.clone());
                }
                Some(_) => {
                    let ours_version = self
                        .project_blob(&root_tree, &slug)?
                        .and_then(|b| parse(&b, &slug).ok())
                        .map(|(p, _)| p.version);
                    if ours_version
                        .as_ref()
                        .is_some_and(|o| &theirs_project.version < o)
                    {
                        continue; // we are ahead
                    }
                    let ours = ours_version.map(|v| v.to_string()).unwrap_or_default();
                    let home = self.project_home(&slug)?.as_deref() == Some(peer);
                    let trusted = home || self.trusted_for(peer)?.iter().any(|t| t == "*");
                    let reason = if !trusted {
                        Some(PendingReason::NotTrusted)
                    } else if ours == version {
                        Some(PendingReason::VersionNotRaised)
                    } else {
                        None
                    };
                    if let Some(reason) = reason {
                        actions.push(ProjectSync::NotTaken {
                            slug: slug.clone(),
                            version,
                            ours,
                            reason,
                        });
                        continue;
                    }
                    actions.push(ProjectSync::Updated {
                        slug: slug.clone(),
                        from: ours,
                        to: version,
                    });
                }
            }
            taken.push((slug, e.id()));
        }
        if taken.is_empty() {
            return Ok((root, actions, imported));
        }
        let mut pb = repo.treebuilder(ours.as_ref())?;
        for (slug, id) in &taken {
            pb.insert(slug, *id, FileMode::Tree.into())?;
        }
        let mut rb = repo.treebuilder(Some(&root_tree))?;
        rb.insert(PROJECTS, pb.write()?, FileMode::Tree.into())?;
        Ok((rb.write()?, actions, imported))
    }

    /// One of a peer's project folders checked: a folder with a valid slug, within the sync
    /// limits, whose `project.toml` parses and names only designs `root` holds.
    fn check_peer_project(
        &self,
        root: &Tree<'_>,
        slug: &str,
        entry: &git2::TreeEntry<'_>,
    ) -> Result<Project, Vec<Diagnostic>> {
        let file = project_path(slug);
        let fail = |m: String| vec![Diagnostic::bare(m).in_file(&file)];
        crate::model::Slug::parse(slug).map_err(|m| vec![Diagnostic::bare(m).in_file(&file)])?;
        let Some(tree) = (entry.kind() == Some(git2::ObjectType::Tree))
            .then(|| self.repo.find_tree(entry.id()).ok())
            .flatten()
        else {
            return Err(fail(format!("projects/{slug} is not a folder")));
        };
        let problems = super::sync::check_tree_limits(&self.repo, slug, &tree);
        if !problems.is_empty() {
            return Err(problems);
        }
        let blob = tree
            .get_name(PROJECT_FILE)
            .and_then(|e| self.repo.find_blob(e.id()).ok())
            .ok_or_else(|| fail(format!("no {PROJECT_FILE}")))?;
        let (project, _) = parse(blob.content(), slug)?;
        let missing: Vec<Diagnostic> = project
            .designs
            .iter()
            .filter(|d| {
                root.get_path(Path::new(&format!("{}/{}", super::DESIGNS, d.slug)))
                    .is_err()
            })
            .map(|d| {
                Diagnostic::bare(format!(
                    "names design '{}', which this store does not have (not on the peer, or not taken from it)",
                    d.slug
                ))
                .in_file(&file)
            })
            .collect();
        if missing.is_empty() {
            Ok(project)
        } else {
            Err(missing)
        }
    }
}

/// The tree at `name` in `root`, if there is one.
fn subtree<'r>(repo: &'r git2::Repository, root: &Tree<'_>, name: &str) -> Option<Tree<'r>> {
    root.get_name(name)
        .filter(|e| e.kind() == Some(git2::ObjectType::Tree))
        .and_then(|e| repo.find_tree(e.id()).ok())
}
