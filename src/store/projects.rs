//! Projects in the store: `projects/<slug>/project.toml`, one commit per change, listed and
//! read at any revision, published validate-then-commit under the write lock with a version
//! that must rise (like designs). What a project says about designs (that they exist, that
//! their parameters fit) is judged by the caller's check, which runs under the lock too.

use std::path::{Path, PathBuf};

use git2::FileMode;

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
            hint: crate::model::did_you_mean(slug, known.iter().map(String::as_str)),
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
                return Err(StoreError::Refused(format!(
                    "a project called '{slug}' already exists; choose another slug"
                )));
            }
            if let Ok((old, _)) = parse(old, &slug)
                && project.version <= old.version
            {
                let mut next = old.version.clone();
                next.patch += 1;
                next.pre = semver::Prerelease::EMPTY;
                return Err(StoreError::Refused(format!(
                    "project '{slug}' is already published at version {}; raise 'version' in project.toml (e.g. to {next}) to publish a change",
                    old.version
                )));
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
