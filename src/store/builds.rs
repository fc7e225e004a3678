//! Build logs in the store: `builds/<slug>/<id>.toml`, with the log's photos and the export's
//! `manifest.json` in `builds/<slug>/<id>/`, one commit per log, read and validated like
//! designs. Stock git reads them as files; sync carries them ([`Store::take_builds`]).

use crate::i18n::Message;
use std::collections::BTreeMap;
use std::path::Path;

use git2::{FileMode, ObjectType, Oid, Tree};

use super::{Author, Published, Store, StoreError, signature};
use crate::model::{BuildLog, Diagnostic, is_build_id, parse_build_log};

/// Folder of build logs in the store.
pub const BUILDS: &str = "builds";

/// A build log as listed: parsed when valid, with its problems when not.
#[derive(Debug, Clone, serde::Serialize)]
pub struct BuildEntry {
    /// The log's id (file name without `.toml`).
    pub id: String,
    /// The log, when it is valid.
    pub log: Option<BuildLog>,
    /// Its problems, when it is not.
    pub problems: Vec<Diagnostic>,
    /// Names of the files kept beside it (photos, `manifest.json`).
    pub files: Vec<String>,
}

/// A new build log to commit: its text and the files beside it, by name.
#[derive(Debug, Clone)]
pub struct NewBuild {
    /// The design built.
    pub slug: String,
    /// The log's id.
    pub id: String,
    /// The log's TOML text.
    pub text: Vec<u8>,
    /// Photos and `manifest.json`, by file name.
    pub files: BTreeMap<String, Vec<u8>>,
}

/// What a peer's build logs did to ours.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct TakenBuilds {
    /// `slug/id` of the logs taken.
    pub taken: Vec<String>,
    /// `slug/id` of logs skipped, with their problems.
    pub skipped: Vec<(String, Vec<Diagnostic>)>,
}

/// The path of a log in the store.
pub fn log_path(slug: &str, id: &str) -> String {
    format!("{BUILDS}/{slug}/{id}.toml")
}

/// Parses a stored log, naming its file in every problem.
pub fn parse_stored(bytes: &[u8], slug: &str, id: &str) -> Result<BuildLog, Vec<Diagnostic>> {
    let file = log_path(slug, id);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        vec![Diagnostic::bare(format!("not UTF-8 text (byte {})", e.valid_up_to())).in_file(&file)]
    })?;
    parse_build_log(text).map_err(|ds| ds.into_iter().map(|d| d.in_file(&file)).collect())
}

impl Store {
    fn builds_tree_of<'r>(
        &'r self,
        root: &Tree<'r>,
        slug: &str,
    ) -> Result<Option<Tree<'r>>, StoreError> {
        match root.get_path(Path::new(&format!("{BUILDS}/{slug}"))) {
            Ok(e) if e.kind() == Some(ObjectType::Tree) => Ok(Some(self.repo.find_tree(e.id())?)),
            _ => Ok(None),
        }
    }

    /// Every build log of `slug` at `rev` (default `main`), in id order (ids start with the
    /// date, so oldest first). Invalid logs are listed with their problems.
    pub fn builds(&self, slug: &str, rev: Option<&str>) -> Result<Vec<BuildEntry>, StoreError> {
        let Some(commit) = self.commit_at(rev)? else {
            return Ok(Vec::new());
        };
        let root = commit.tree()?;
        let Some(tree) = self.builds_tree_of(&root, slug)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for e in tree.iter() {
            let Some(id) = e.name().ok().and_then(|n| n.strip_suffix(".toml")) else {
                continue;
            };
            if e.kind() != Some(ObjectType::Blob) {
                continue;
            }
            let blob = self.repo.find_blob(e.id())?;
            let (log, problems) = match parse_stored(blob.content(), slug, id) {
                Ok(l) => (Some(l), Vec::new()),
                Err(ds) => (None, ds),
            };
            let files = match tree.get_name(id) {
                Some(d) if d.kind() == Some(ObjectType::Tree) => self
                    .repo
                    .find_tree(d.id())?
                    .iter()
                    .filter_map(|f| f.name().ok().map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            };
            out.push(BuildEntry {
                id: id.to_string(),
                log,
                problems,
                files,
            });
        }
        Ok(out)
    }

    /// Every build log at `rev` (default `main`) by design, valid or not, each design's in
    /// id order.
    pub fn all_build_entries(
        &self,
        rev: Option<&str>,
    ) -> Result<BTreeMap<String, Vec<BuildEntry>>, StoreError> {
        let Some(commit) = self.commit_at(rev)? else {
            return Ok(BTreeMap::new());
        };
        let root = commit.tree()?;
        let Ok(entry) = root.get_path(Path::new(BUILDS)) else {
            return Ok(BTreeMap::new());
        };
        let mut out = BTreeMap::new();
        for e in self.repo.find_tree(entry.id())?.iter() {
            let Ok(slug) = e.name() else { continue };
            let entries = self.builds(slug, rev)?;
            if !entries.is_empty() {
                out.insert(slug.to_string(), entries);
            }
        }
        Ok(out)
    }

    /// The number of valid-looking logs per design at `rev` (default `main`), with every
    /// valid log, for search and cards.
    pub fn all_builds(
        &self,
        rev: Option<&str>,
    ) -> Result<BTreeMap<String, Vec<BuildLog>>, StoreError> {
        Ok(self
            .all_build_entries(rev)?
            .into_iter()
            .filter_map(|(slug, entries)| {
                let logs: Vec<BuildLog> = entries.into_iter().filter_map(|b| b.log).collect();
                (!logs.is_empty()).then_some((slug, logs))
            })
            .collect())
    }

    /// Valid build logs of `slug` at `main`: how many, and how many of those work.
    pub fn build_tally(&self, slug: &str) -> Result<(u64, u64), StoreError> {
        let logs: Vec<BuildLog> = self
            .builds(slug, None)?
            .into_iter()
            .filter_map(|b| b.log)
            .collect();
        let works = logs.iter().filter(|l| l.outcome.works()).count();
        Ok((logs.len() as u64, works as u64))
    }

    /// Designs whose build logs differ between commit `from` and `main` (O(designs with
    /// logs): the `builds/<slug>` tree ids are compared, no log is read).
    pub fn builds_changed_since(&self, from: &str) -> Result<Vec<String>, StoreError> {
        let ids = |rev: Option<&str>| -> Result<BTreeMap<String, Oid>, StoreError> {
            let Some(commit) = self.commit_at(rev)? else {
                return Ok(BTreeMap::new());
            };
            let root = commit.tree()?;
            let Ok(entry) = root.get_path(Path::new(BUILDS)) else {
                return Ok(BTreeMap::new());
            };
            Ok(self
                .repo
                .find_tree(entry.id())?
                .iter()
                .filter_map(|e| e.name().ok().map(|n| (n.to_string(), e.id())))
                .collect())
        };
        let (old, new) = (ids(Some(from))?, ids(None)?);
        let mut changed: Vec<String> = new
            .iter()
            .filter(|(slug, id)| old.get(*slug) != Some(id))
            .map(|(slug, _)| slug.clone())
            .collect();
        changed.extend(old.keys().filter(|s| !new.contains_key(*s)).cloned());
        changed.sort();
        Ok(changed)
    }

    /// The id of the `builds/` tree at `rev`, if any: equal ids mean equal logs.
    pub fn builds_id(&self, rev: Option<&str>) -> Result<Option<String>, StoreError> {
        let Some(commit) = self.commit_at(rev)? else {
            return Ok(None);
        };
        Ok(commit
            .tree()?
            .get_path(Path::new(BUILDS))
            .ok()
            .map(|e| e.id().to_string()))
    }

    /// A file kept beside log `id` of `slug` at `main` (a photo, `manifest.json`).
    pub fn build_file(
        &self,
        slug: &str,
        id: &str,
        name: &str,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        if !is_build_id(id) || name.contains('/') || name.starts_with('.') {
            return Ok(None);
        }
        let Some(commit) = self.head()? else {
            return Ok(None);
        };
        let root = commit.tree()?;
        match root.get_path(Path::new(&format!("{BUILDS}/{slug}/{id}/{name}"))) {
            Ok(e) if e.kind() == Some(ObjectType::Blob) => {
                Ok(Some(self.repo.find_blob(e.id())?.content().to_vec()))
            }
            _ => Ok(None),
        }
    }

    /// Commits a build log with its files as `builds/<slug>/<id>.toml` and
    /// `builds/<slug>/<id>/…`, authored by the builder. The log is parsed again here and the
    /// design must exist on `main`; nothing is written when either fails, or when the id is
    /// taken.
    pub fn publish_build(
        &self,
        build: &NewBuild,
        author: &Author,
    ) -> Result<Published, StoreError> {
        let NewBuild {
            slug,
            id,
            text,
            files,
        } = build;
        if !is_build_id(id) {
            return Err(StoreError::refused(
                Message::new("refusal-store-not-a-build-id").arg("id", id),
            ));
        }
        let log = parse_stored(text, slug, id).map_err(StoreError::Invalid)?;
        for name in files.keys() {
            if name.contains('/') || name.starts_with('.') || name.is_empty() {
                return Err(StoreError::refused(
                    Message::new("refusal-store-not-beside-build").arg("name", name),
                ));
            }
        }
        let sig = signature(author)?;
        let _lock = self.lock()?;
        let head = self.head()?;
        let Some(head_commit) = head.as_ref() else {
            return Err(self.not_found(slug));
        };
        let root = head_commit.tree()?;
        if root
            .get_path(Path::new(&format!("{}/{slug}", super::DESIGNS)))
            .is_err()
        {
            return Err(self.not_found(slug));
        }
        if root.get_path(Path::new(&log_path(slug, id))).is_ok() {
            return Err(StoreError::refused(
                Message::new("refusal-store-build-exists")
                    .arg("id", id)
                    .arg("slug", slug),
            ));
        }
        let new_root = self.with_build(&root, slug, id, text, files)?;
        let message = format!(
            "Log a build of {slug}: {}{}",
            log.outcome.as_str(),
            log.builder
                .as_deref()
                .map(|b| format!(" (built by {b})"))
                .unwrap_or_default()
        );
        let commit = self.commit(new_root, &sig, &sig, &message, head.as_ref())?;
        Ok(Published {
            slug: slug.clone(),
            version: log.version.clone().unwrap_or_default(),
            commit: commit.to_string(),
            created: true,
        })
    }

    /// `root` with one log and its files added under `builds/<slug>/`.
    fn with_build(
        &self,
        root: &Tree<'_>,
        slug: &str,
        id: &str,
        text: &[u8],
        files: &BTreeMap<String, Vec<u8>>,
    ) -> Result<Oid, StoreError> {
        let builds = match root.get_path(Path::new(BUILDS)) {
            Ok(e) => Some(self.repo.find_tree(e.id())?),
            Err(_) => None,
        };
        let of_design = self.builds_tree_of(root, slug)?;
        let mut db = self.repo.treebuilder(of_design.as_ref())?;
        db.insert(
            format!("{id}.toml"),
            self.repo.blob(text)?,
            FileMode::Blob.into(),
        )?;
        if !files.is_empty() {
            let mut fb = self.repo.treebuilder(None)?;
            for (name, bytes) in files {
                fb.insert(name, self.repo.blob(bytes)?, FileMode::Blob.into())?;
            }
            db.insert(id, fb.write()?, FileMode::Tree.into())?;
        }
        let mut bb = self.repo.treebuilder(builds.as_ref())?;
        bb.insert(slug, db.write()?, FileMode::Tree.into())?;
        let mut rb = self.repo.treebuilder(Some(root))?;
        rb.insert(BUILDS, bb.write()?, FileMode::Tree.into())?;
        Ok(rb.write()?)
    }
}

/// Largest photo taken from a peer (the same limit as uploads).
const MAX_PEER_PHOTO_BYTES: usize = 5 * 1024 * 1024;
/// Largest export manifest taken from a peer.
const MAX_PEER_MANIFEST_BYTES: usize = 1024 * 1024;

impl Store {
    /// `root` with the peer's build logs of designs `root` holds added: logs we lack, valid,
    /// with files that are PNG/JPEG photos or the export's `manifest.json` within the upload
    /// limits. Invalid logs are reported and skipped; logs we have are never replaced. Returns
    /// the new root tree and what was taken.
    pub(super) fn take_builds(
        &self,
        root: Oid,
        peer_root: &Tree<'_>,
    ) -> Result<(Oid, TakenBuilds), StoreError> {
        let repo = &self.repo;
        let mut report = TakenBuilds::default();
        let root_tree = repo.find_tree(root)?;
        let Ok(peer_builds) = peer_root.get_path(Path::new(BUILDS)) else {
            return Ok((root, report));
        };
        let Ok(peer_builds) = repo.find_tree(peer_builds.id()) else {
            return Ok((root, report));
        };
        let mut builds_tree = match root_tree.get_path(Path::new(BUILDS)) {
            Ok(e) => Some(repo.find_tree(e.id())?),
            Err(_) => None,
        };
        for design in peer_builds.iter() {
            let Ok(slug) = design.name() else { continue };
            if design.kind() != Some(ObjectType::Tree)
                || root_tree
                    .get_path(Path::new(&format!("{}/{slug}", super::DESIGNS)))
                    .is_err()
            {
                continue; // not a design of ours
            }
            let theirs = repo.find_tree(design.id())?;
            let ours = self.builds_tree_of(&root_tree, slug)?;
            let mut db = repo.treebuilder(ours.as_ref())?;
            let mut added = false;
            for e in theirs.iter() {
                let Some(id) = e.name().ok().and_then(|n| n.strip_suffix(".toml")) else {
                    continue;
                };
                if ours
                    .as_ref()
                    .is_some_and(|o| o.get_name(&format!("{id}.toml")).is_some())
                {
                    continue;
                }
                let key = format!("{slug}/{id}");
                match self.check_peer_build(&theirs, id, e.id()) {
                    Ok(files) => {
                        db.insert(format!("{id}.toml"), e.id(), FileMode::Blob.into())?;
                        if let Some(files) = files {
                            db.insert(id, files, FileMode::Tree.into())?;
                        }
                        report.taken.push(key);
                        added = true;
                    }
                    Err(problems) => report.skipped.push((key, problems)),
                }
            }
            if added {
                let mut bb = repo.treebuilder(builds_tree.as_ref())?;
                bb.insert(slug, db.write()?, FileMode::Tree.into())?;
                builds_tree = Some(repo.find_tree(bb.write()?)?);
            }
        }
        if report.taken.is_empty() {
            return Ok((root, report));
        }
        let mut rb = repo.treebuilder(Some(&root_tree))?;
        if let Some(b) = &builds_tree {
            rb.insert(BUILDS, b.id(), FileMode::Tree.into())?;
        }
        Ok((rb.write()?, report))
    }

    /// Checks one of a peer's logs and its files; the id of its files' tree, if it has one.
    fn check_peer_build(
        &self,
        theirs: &Tree<'_>,
        id: &str,
        blob: Oid,
    ) -> Result<Option<Oid>, Vec<Diagnostic>> {
        let slug_path = |name: &str| format!("{id}/{name}");
        let fail = |m: String| vec![Diagnostic::bare(m)];
        if !is_build_id(id) {
            return Err(fail(format!("'{id}' is not a build log id")));
        }
        let bytes = self
            .repo
            .find_blob(blob)
            .map_err(|e| fail(e.message().to_string()))?;
        if bytes.size() > crate::model::MAX_BUILD_LOG_BYTES {
            return Err(fail(format!("{id}.toml is larger than a build log may be")));
        }
        let log = match std::str::from_utf8(bytes.content()) {
            Ok(t) => crate::model::parse_build_log(t).map_err(|ds| {
                ds.into_iter()
                    .map(|d| d.in_file(format!("{id}.toml")))
                    .collect::<Vec<_>>()
            })?,
            Err(_) => return Err(fail(format!("{id}.toml is not UTF-8 text"))),
        };
        let Some(files) = theirs.get_name(id) else {
            if log.photos.is_empty() && log.export.is_none() {
                return Ok(None);
            }
            return Err(fail(format!("{id}.toml names files that are not there")));
        };
        let files = self
            .repo
            .find_tree(files.id())
            .map_err(|_| fail(format!("{id} is not a folder")))?;
        for f in files.iter() {
            let name = f.name().unwrap_or_default().to_string();
            let blob = match f.kind() {
                Some(ObjectType::Blob) => self
                    .repo
                    .find_blob(f.id())
                    .map_err(|e| fail(e.message().to_string()))?,
                _ => return Err(fail(format!("{} is not a file", slug_path(&name)))),
            };
            let content = blob.content();
            let ok = if name == crate::model::EXPORT_MANIFEST_NAME {
                content.len() <= MAX_PEER_MANIFEST_BYTES
                    && serde_json::from_slice::<serde_json::Value>(content).is_ok()
            } else {
                log.photos.contains(&name)
                    && content.len() <= MAX_PEER_PHOTO_BYTES
                    && (content.starts_with(b"\x89PNG\r\n\x1a\n")
                        || content.starts_with(&[0xFF, 0xD8, 0xFF]))
            };
            if !ok {
                return Err(fail(format!(
                    "{} is not a photo the log names (PNG or JPEG, at most 5 MB) or its export manifest",
                    slug_path(&name)
                )));
            }
        }
        for p in &log.photos {
            if files.get_name(p).is_none() {
                return Err(fail(format!("photo {} is missing", slug_path(p))));
            }
        }
        Ok(Some(files.id()))
    }
}
