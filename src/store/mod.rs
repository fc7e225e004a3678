//! The design store: an ordinary bare git repository, written through git2.
//!
//! Layout inside the repository: `designs/<slug>/design.toml` plus the package's files, and
//! `makerspaces/<slug>.toml`, `projects/<slug>/project.toml`. Every write is one commit on `main` made under a file lock
//! (the Rust package registry's index works the same way), so concurrent writers queue and
//! readers only ever see whole commits. There is no working tree to drift from `HEAD`:
//! trees are built in memory. Anyone can `git clone` the store, and commits pushed back with
//! stock git are read like any other (invalid designs among them are reported, never
//! trusted). Search indexes and exports are derived from this; nothing else is the truth.

mod builds;
mod fork;
mod history;
mod makerspaces;
mod peer_ca;
mod projects;
mod proposals;
mod sync;
mod tree;
mod trust;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use git2::{Commit, Oid, Repository, RepositoryInitOptions, Signature, Tree};
use serde::Serialize;

use crate::i18n::{Message, Wording};
use crate::model::{Author, Design, Diagnostic, did_you_mean_text};

use crate::package;
pub use builds::{BUILDS, BuildEntry, NewBuild, TakenBuilds, log_path};
pub use makerspaces::{MAKERSPACES, MakerspaceEntry};
pub use peer_ca::{MAX_CA_FILE_BYTES, PeerCa};
pub use projects::{PROJECTS, ProjectEntry, ProjectSync, StoredProject, project_path};

pub use fork::ForkOutcome;
pub use history::{Change, Contributor, DesignChange, Lineage};
pub use proposals::Proposed;
pub use sync::{PendingReason, SyncAction, SyncLimits, SyncReport};
pub use tree::PackageFiles;
pub use trust::{AcceptedUpdate, PendingUpdate};

/// Folder of design packages inside the store.
pub const DESIGNS: &str = "designs";
/// Branch that holds the store's state.
pub const MAIN_REF: &str = "refs/heads/main";
/// Largest single file accepted in a package (25 MiB).
pub const MAX_FILE_BYTES: u64 = 25 << 20;
/// Largest package accepted (100 MiB).
pub const MAX_PACKAGE_BYTES: u64 = 100 << 20;
/// Age after which a git lock file is taken to be left by a dead writer (git holds them
/// for milliseconds).
const STALE_LOCK: Duration = Duration::from_secs(3);
/// Most files accepted in a package.
pub const MAX_PACKAGE_FILES: usize = 1000;

/// A package folder's slug, tree id and manifest bytes (or why they could not be read).
type RawManifest = (String, String, Result<Vec<u8>, Vec<Diagnostic>>);

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// libgit2 failed (corrupt repository, disk full, …).
    #[error("git: {0}")]
    Git(#[from] git2::Error),
    /// A file of the store could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The failure.
        source: std::io::Error,
    },
    /// The path is not a store.
    #[error("{0} is not a Barnraise store")]
    NotAStore(PathBuf),
    /// No design with that slug at that revision.
    #[error("no design '{slug}' in the store{}", did_you_mean_text(suggestion.as_deref()))]
    NotFound {
        /// The slug asked for.
        slug: String,
        /// The closest known slug, if one is close.
        suggestion: Option<String>,
    },
    /// No project with that slug at that revision.
    #[error("no project '{slug}' in the store{}", did_you_mean_text(suggestion.as_deref()))]
    NoProject {
        /// The slug asked for.
        slug: String,
        /// The closest known slug, if one is close.
        suggestion: Option<String>,
    },
    /// The revision does not exist.
    #[error("no revision '{0}' in the store")]
    NoRevision(String),
    /// The design package has problems; nothing was written.
    #[error("the design has {} problem(s); nothing was stored", .0.len())]
    Invalid(Vec<Diagnostic>),
    /// The operation is not allowed (the message says why); nothing was written.
    #[error("{0}")]
    Refused(Wording),
    /// A change must raise the published version; nothing was written.
    #[error(
        "'{slug}' is already published at version {current}; raise 'version' in design.toml (e.g. to {next}) to {what}"
    )]
    VersionNotRaised {
        /// The design.
        slug: String,
        /// The version published now.
        current: String,
        /// The next patch version.
        next: String,
        /// What was tried.
        what: Attempt,
    },
    /// A design with that slug exists already; nothing was written.
    #[error("a design called '{0}' already exists; choose another slug")]
    SlugTaken(String),
    /// No makerspace with that slug.
    #[error(
        "no makerspace '{slug}' in the store{}; known: {known}",
        did_you_mean_text(suggestion.as_deref())
    )]
    NoMakerspace {
        /// The slug asked for.
        slug: String,
        /// The closest known slug, if one is close.
        suggestion: Option<String>,
        /// The known slugs, comma-separated (or `none`).
        known: String,
    },
    /// The design changed on `main` after a proposal was made; accepting would undo that.
    #[error(
        "'{0}' changed after this proposal was made; ask for the proposal to be made again on the current version"
    )]
    ProposalStale(String),
    /// No peer with that name.
    #[error("no peer called '{name}'{}", did_you_mean_text(suggestion.as_deref()))]
    NoPeer {
        /// The name asked for.
        name: String,
        /// The closest known name, if one is close.
        suggestion: Option<String>,
    },
    /// No update from that peer is waiting for that design.
    #[error("no update of '{slug}' from peer '{peer}' is waiting for review")]
    NoPendingUpdate {
        /// The peer.
        peer: String,
        /// The design.
        slug: String,
    },
    /// Taking the peer's version would not raise ours: versions never go down.
    #[error(
        "the peer's '{slug}' is version {offered}, not above ours ({current}); versions never go down, so it cannot be taken"
    )]
    VersionWouldNotRise {
        /// The design.
        slug: String,
        /// Our version.
        current: String,
        /// The peer's version.
        offered: String,
    },
}

/// What a change that must raise the version was trying to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// Publish a change on `main`.
    Publish,
    /// Propose a change for review.
    Propose,
}

impl std::fmt::Display for Attempt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Attempt::Publish => "publish a change",
            Attempt::Propose => "propose a change",
        })
    }
}

impl StoreError {
    /// A refusal with a catalogue message.
    pub fn refused(message: Message) -> StoreError {
        StoreError::Refused(message.into())
    }

    /// The error as a catalogue message, when a person can meet it (the repository's and
    /// the machine's failures, and the problems of a package, which carry their own, have
    /// none).
    pub fn message(&self) -> Option<Message> {
        let with_suggestion =
            |plain: &'static str, suggesting: &'static str, suggestion: &Option<String>| {
                match suggestion {
                    Some(s) => Message::new(suggesting).arg("suggestion", s),
                    None => Message::new(plain),
                }
            };
        let m = match self {
            StoreError::NotAStore(path) => {
                Message::new("error-not-a-store").arg("path", path.display().to_string())
            }
            StoreError::NotFound { slug, suggestion } => {
                with_suggestion("error-no-design", "error-no-design-suggest", suggestion)
                    .arg("slug", slug)
            }
            StoreError::NoProject { slug, suggestion } => {
                with_suggestion("error-no-project", "error-no-project-suggest", suggestion)
                    .arg("slug", slug)
            }
            StoreError::NoRevision(rev) => Message::new("error-no-revision").arg("rev", rev),
            StoreError::VersionNotRaised {
                slug,
                current,
                next,
                what,
            } => Message::new(match what {
                Attempt::Publish => "error-version-not-raised-publish",
                Attempt::Propose => "error-version-not-raised-propose",
            })
            .arg("slug", slug)
            .arg("current", current)
            .arg("next", next),
            StoreError::SlugTaken(slug) => Message::new("error-slug-taken").arg("slug", slug),
            StoreError::NoMakerspace {
                slug,
                suggestion,
                known,
            } => with_suggestion(
                "error-no-makerspace",
                "error-no-makerspace-suggest",
                suggestion,
            )
            .arg("slug", slug)
            .arg("known", known),
            StoreError::ProposalStale(slug) => {
                Message::new("error-proposal-stale").arg("slug", slug)
            }
            StoreError::NoPeer { name, suggestion } => {
                with_suggestion("error-no-peer", "error-no-peer-suggest", suggestion)
                    .arg("name", name)
            }
            StoreError::NoPendingUpdate { peer, slug } => Message::new("error-no-pending-update")
                .arg("peer", peer)
                .arg("slug", slug),
            StoreError::VersionWouldNotRise {
                slug,
                current,
                offered,
            } => Message::new("error-version-would-not-rise")
                .arg("slug", slug)
                .arg("current", current)
                .arg("offered", offered),
            StoreError::Refused(w) => return w.message().cloned(),
            StoreError::Git(_) | StoreError::Io { .. } | StoreError::Invalid(_) => return None,
        };
        Some(m)
    }

    /// True when the user can fix it (bad input, refused operation), false for failures of
    /// the machine or repository.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, StoreError::Git(_) | StoreError::Io { .. })
    }

    fn io(path: &Path, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// A design as listed at some revision: parsed if it is valid, with its problems if not.
#[derive(Debug, Clone, Serialize)]
pub struct DesignEntry {
    /// Folder name under `designs/`.
    pub slug: String,
    /// The parsed design, when its manifest is valid.
    #[serde(skip)]
    pub design: Option<Design>,
    /// Problems of the manifest (empty when valid).
    pub problems: Vec<Diagnostic>,
    /// Id of the package's tree; equal ids mean identical packages.
    pub tree: String,
}

/// A design read at a revision.
#[derive(Debug, Clone)]
pub struct StoredDesign {
    /// The design.
    pub design: Design,
    /// Commit it was read from.
    pub commit: String,
    /// Id of the package's tree.
    pub tree: String,
}

/// What a publish did.
#[derive(Debug, Clone, Serialize)]
pub struct Published {
    /// The design's slug.
    pub slug: String,
    /// Its version.
    pub version: String,
    /// The new commit.
    pub commit: String,
    /// True when the design was new to the store.
    pub created: bool,
}

/// A release tag.
#[derive(Debug, Clone, Serialize)]
pub struct Release {
    /// Tag name, `<slug>/v<version>`.
    pub tag: String,
    /// Design slug.
    pub slug: String,
    /// Version.
    pub version: String,
    /// Commit tagged.
    pub commit: String,
    /// Who tagged it.
    pub tagger: String,
    /// When, seconds since 1970.
    pub time: i64,
}

/// A git-backed design store.
pub struct Store {
    repo: Repository,
    path: PathBuf,
    /// The last `designs/` tree read, as slug → package tree id, keyed by its own id (so it
    /// is never stale): with 100,000 designs that tree is megabytes, and libgit2 does not
    /// cache trees that large.
    designs_index: std::sync::Mutex<Vec<(Oid, DesignsMap)>>,
}

/// Slug → package tree id of one `designs/` tree.
pub(crate) type DesignsMap = std::sync::Arc<BTreeMap<String, Oid>>;

/// How many `designs/` maps the cache keeps (the indexed one and the newest).
const DESIGNS_CACHE: usize = 2;

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// Held while writing; dropping it releases the lock (so does the process dying).
struct WriteLock {
    _file: fs::File,
}

/// `path: why` for a folder that could not be listed.
fn path_reason(path: &Path, e: &std::io::Error) -> Message {
    Message::new("error-path-reason")
        .arg("path", path.display().to_string())
        .arg("reason", e.to_string())
}

/// Turns an author into a git signature (now).
fn signature(author: &Author) -> Result<Signature<'static>, StoreError> {
    let email = author.email.as_deref().ok_or_else(|| {
        StoreError::refused(
            Message::new("refusal-store-author-needs-email").arg("name", &author.name),
        )
    })?;
    Ok(Signature::now(&author.name, email)?)
}

/// Parses `Name <email>` for commands that take an author.
pub fn parse_author(s: &str) -> Result<Author, StoreError> {
    match crate::model::parse_author(s) {
        Some(a) if a.email.is_some() => Ok(a),
        _ => Err(StoreError::refused(
            Message::new("refusal-store-not-an-author").arg("text", s),
        )),
    }
}

impl Store {
    /// Creates an empty store (a bare repository with `main` as its branch) at `path`.
    /// `url` is how other stores and forks will refer to it; default `file://<path>`.
    pub fn init(path: &Path, url: Option<&str>) -> Result<Store, StoreError> {
        if path.join("HEAD").exists() || path.join(".git").exists() {
            return Err(StoreError::refused(
                Message::new("refusal-store-already-a-repository")
                    .arg("path", path.display().to_string()),
            ));
        }
        fs::create_dir_all(path).map_err(|e| StoreError::io(path, e))?;
        let mut opts = RepositoryInitOptions::new();
        opts.bare(true).initial_head("main").mkpath(true);
        let repo = Repository::init_opts(path, &opts)?;
        let path = path.canonicalize().map_err(|e| StoreError::io(path, e))?;
        {
            let mut cfg = repo.config()?;
            let url = url
                .map(str::to_string)
                .unwrap_or_else(|| format!("file://{}", path.display()));
            cfg.set_str("barnraise.url", &url)?;
            cfg.set_bool("barnraise.store", true)?;
        }
        Ok(Store {
            repo,
            path,
            designs_index: std::sync::Mutex::new(Vec::new()),
        })
    }

    /// Opens an existing store (a bare repository, or a clone with a working tree).
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let repo = Repository::open(path).map_err(|_| StoreError::NotAStore(path.to_path_buf()))?;
        let path = repo
            .path()
            .canonicalize()
            .map_err(|e| StoreError::io(path, e))?;
        Ok(Store {
            repo,
            path,
            designs_index: std::sync::Mutex::new(Vec::new()),
        })
    }

    /// The repository's folder (the bare repository, or the `.git` folder of a clone).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The URL other stores use for this one.
    pub fn url(&self) -> String {
        self.repo
            .config()
            .and_then(|c| c.get_string("barnraise.url"))
            .unwrap_or_else(|_| format!("file://{}", self.path.display()))
    }

    /// The underlying repository, for modules of the store.
    fn repo(&self) -> &Repository {
        &self.repo
    }

    /// Takes the write lock, waiting for other writers, and clears ref lock files that a
    /// killed writer left behind.
    fn lock(&self) -> Result<WriteLock, StoreError> {
        if !self.repo.is_bare() {
            return Err(StoreError::refused(
                Message::new("refusal-store-not-bare").arg("path", self.path.display().to_string()),
            ));
        }
        let lock_path = self.path.join("barnraise.lock");
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| StoreError::io(&lock_path, e))?;
        file.lock().map_err(|e| StoreError::io(&lock_path, e))?;
        self.clear_stale_locks();
        Ok(WriteLock { _file: file })
    }

    /// Removes `*.lock` files under `refs/` and `packed-refs.lock` that are older than a few
    /// seconds: git holds such locks for milliseconds, so an old one is a writer that died.
    fn clear_stale_locks(&self) {
        let stale = |p: &Path| {
            fs::metadata(p)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| SystemTime::now().duration_since(t).ok())
                .is_some_and(|age| age > STALE_LOCK)
        };
        let mut stack = vec![self.path.join("refs")];
        let mut candidates = vec![
            self.path.join("packed-refs.lock"),
            self.path.join("HEAD.lock"),
        ];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "lock") {
                    candidates.push(p);
                }
            }
        }
        for p in candidates {
            if p.exists() && stale(&p) {
                let _ = fs::remove_file(&p);
            }
        }
    }

    /// The commit `main` points to, if any.
    pub fn head(&self) -> Result<Option<Commit<'_>>, StoreError> {
        match self.repo.find_reference(MAIN_REF) {
            Ok(r) => Ok(Some(r.peel_to_commit()?)),
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// The commit for `rev` (a commit id, tag, or branch), or `main` when `None`.
    pub(super) fn commit_at(&self, rev: Option<&str>) -> Result<Option<Commit<'_>>, StoreError> {
        match rev {
            None => self.head(),
            Some(r) => {
                let obj = self
                    .repo
                    .revparse_single(r)
                    .map_err(|_| StoreError::NoRevision(r.to_string()))?;
                Ok(Some(
                    obj.peel_to_commit()
                        .map_err(|_| StoreError::NoRevision(r.to_string()))?,
                ))
            }
        }
    }

    pub(super) fn designs_tree<'r>(
        &'r self,
        commit: &Commit<'r>,
    ) -> Result<Option<Tree<'r>>, StoreError> {
        let root = commit.tree()?;
        match root.get_path(Path::new(DESIGNS)) {
            Ok(e) => Ok(Some(self.repo.find_tree(e.id())?)),
            Err(_) => Ok(None),
        }
    }

    /// Every design at `rev` (default `main`), in slug order. Invalid designs are listed
    /// with their problems; nothing about them is trusted.
    pub fn list(&self, rev: Option<&str>) -> Result<Vec<DesignEntry>, StoreError> {
        // Read the manifests here (git2 repositories are not shared between threads), then
        // parse them on every core: parsing is most of the time at 100,000 designs.
        let mut raw: Vec<RawManifest> = Vec::new();
        for (slug, tree) in self.package_trees(rev)? {
            let file = PathBuf::from(format!("{DESIGNS}/{slug}/{}", package::MANIFEST));
            let bytes = match tree::entry_id(&tree, package::MANIFEST) {
                None => Err(vec![
                    Diagnostic::bare("no design.toml in this folder").in_file(&file),
                ]),
                Some(id) => self
                    .repo
                    .find_blob(id)
                    .map(|b| b.content().to_vec())
                    .map_err(|e| vec![Diagnostic::bare(format!("unreadable: {e}")).in_file(&file)]),
            };
            raw.push((slug, tree.id().to_string(), bytes));
        }
        let parse = |(slug, tree, bytes): RawManifest| {
            let file = PathBuf::from(format!("{DESIGNS}/{slug}/{}", package::MANIFEST));
            let parsed = bytes.and_then(|b| package::parse_bytes(&b, &file, Some(&slug)));
            let (design, problems) = match parsed {
                Ok(d) => (Some(d), Vec::new()),
                Err(ds) => (None, ds),
            };
            DesignEntry {
                tree,
                slug,
                design,
                problems,
            }
        };
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8);
        if threads < 2 || raw.len() < 256 {
            let entries: Vec<DesignEntry> = raw.into_iter().map(parse).collect();
            return Ok(self.with_points_files(entries));
        }
        let chunk = raw.len().div_ceil(threads);
        let mut chunks: Vec<Vec<_>> = Vec::new();
        let mut it = raw.into_iter().peekable();
        while it.peek().is_some() {
            chunks.push(it.by_ref().take(chunk).collect());
        }
        let parsed: Result<Vec<Vec<DesignEntry>>, StoreError> = std::thread::scope(|s| {
            let handles: Vec<_> = chunks
                .into_iter()
                .map(|c| s.spawn(move || c.into_iter().map(parse).collect::<Vec<_>>()))
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join().map_err(|_| {
                        StoreError::Refused("internal error: a manifest parser failed".into())
                    })
                })
                .collect()
        });
        Ok(self.with_points_files(parsed?.into_iter().flatten().collect()))
    }

    /// Reads the points files of the listed designs that have them (geometry kept in package
    /// files rather than the manifest).
    fn with_points_files(&self, mut entries: Vec<DesignEntry>) -> Vec<DesignEntry> {
        for e in &mut entries {
            let Some(d) = e.design.as_mut().filter(|d| d.has_points_files()) else {
                continue;
            };
            let problems = match git2::Oid::from_str(&e.tree).and_then(|id| self.repo.find_tree(id))
            {
                Ok(tree) => d.load_points_files(&|p| self.blob_at(&tree, p)),
                Err(err) => vec![Diagnostic::bare(format!("unreadable: {err}"))],
            };
            if !problems.is_empty() {
                let file = PathBuf::from(format!("{DESIGNS}/{}/{}", e.slug, package::MANIFEST));
                e.problems = problems.into_iter().map(|d| d.in_file(&file)).collect();
                e.design = None;
            }
        }
        entries
    }

    /// The content of the file at `path` in a package tree, if it is a file there.
    fn blob_at(&self, tree: &Tree<'_>, path: &str) -> Option<Vec<u8>> {
        let entry = tree.get_path(Path::new(path)).ok()?;
        let blob = self.repo.find_blob(entry.id()).ok()?;
        Some(blob.content().to_vec())
    }

    /// Every package folder at `rev` (default `main`) as `(slug, tree)`, in slug order.
    fn package_trees(&self, rev: Option<&str>) -> Result<Vec<(String, Tree<'_>)>, StoreError> {
        let Some(commit) = self.commit_at(rev)? else {
            return Ok(Vec::new());
        };
        let Some(designs) = self.designs_tree(&commit)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for entry in designs.iter() {
            let Ok(slug) = entry.name() else { continue };
            if entry.kind() != Some(git2::ObjectType::Tree) {
                continue;
            }
            out.push((slug.to_string(), self.repo.find_tree(entry.id())?));
        }
        Ok(out)
    }

    /// Parses the manifest of a package tree (no geometry checks: fast, for listing).
    fn parse_tree(&self, slug: &str, tree: &Tree<'_>) -> Result<Design, Vec<Diagnostic>> {
        let file = PathBuf::from(format!("{DESIGNS}/{slug}/{}", package::MANIFEST));
        let Some(id) = tree::entry_id(tree, package::MANIFEST) else {
            return Err(vec![
                Diagnostic::bare("no design.toml in this folder").in_file(&file),
            ]);
        };
        let blob = self
            .repo
            .find_blob(id)
            .map_err(|e| vec![Diagnostic::bare(format!("unreadable: {e}")).in_file(&file)])?;
        package::parse_bytes_with_files(blob.content(), &file, Some(slug), &|p| {
            self.blob_at(tree, p)
        })
    }

    /// Fully validates the package in `tree` (manifest, files, geometry).
    fn validate_tree(&self, slug: &str, tree: &Tree<'_>) -> Result<Design, Vec<Diagnostic>> {
        let file = PathBuf::from(format!("{DESIGNS}/{slug}/{}", package::MANIFEST));
        let manifest = tree::entry_id(tree, package::MANIFEST)
            .and_then(|id| self.repo.find_blob(id).ok())
            .ok_or_else(|| {
                vec![Diagnostic::bare("no design.toml in this folder").in_file(&file)]
            })?;
        package::validate_package_bytes(manifest.content(), &file, Some(slug), &|p| {
            self.blob_at(tree, p)
        })
    }

    /// The design `slug` at `rev` (default `main`).
    pub fn read(&self, slug: &str, rev: Option<&str>) -> Result<StoredDesign, StoreError> {
        let commit = self.commit_at(rev)?.ok_or_else(|| self.not_found(slug))?;
        let tree = self.design_tree(&commit, slug)?;
        let design = self.parse_tree(slug, &tree).map_err(StoreError::Invalid)?;
        Ok(StoredDesign {
            design,
            commit: commit.id().to_string(),
            tree: tree.id().to_string(),
        })
    }

    /// Every file of design `slug` at `rev`.
    pub fn files(&self, slug: &str, rev: Option<&str>) -> Result<PackageFiles, StoreError> {
        let commit = self.commit_at(rev)?.ok_or_else(|| self.not_found(slug))?;
        let tree = self.design_tree(&commit, slug)?;
        tree::read_files(&self.repo, &tree)
    }

    pub(super) fn design_tree<'r>(
        &'r self,
        commit: &Commit<'r>,
        slug: &str,
    ) -> Result<Tree<'r>, StoreError> {
        self.find_design_tree(commit, slug)
            .ok_or_else(|| self.not_found(slug))
    }

    pub(super) fn not_found(&self, slug: &str) -> StoreError {
        // Only folder names: cheap, and works when manifests are broken.
        let slugs: Vec<String> = self
            .head()
            .ok()
            .flatten()
            .and_then(|h| self.designs_tree(&h).ok().flatten())
            .map(|t| {
                t.iter()
                    .filter_map(|e| e.name().ok().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        StoreError::NotFound {
            slug: slug.to_string(),
            suggestion: crate::model::suggest(slug, slugs.iter().map(String::as_str))
                .map(str::to_string),
        }
    }

    /// The package tree of `slug` in `commit`, if it has one.
    fn find_design_tree<'r>(&'r self, commit: &Commit<'r>, slug: &str) -> Option<Tree<'r>> {
        let root = commit.tree().ok()?;
        let designs = root.get_path(Path::new(DESIGNS)).ok()?.id();
        let index = self.designs_map(designs)?;
        let id = *index.get(slug)?;
        self.repo.find_tree(id).ok()
    }

    /// Slug → package tree id for the `designs/` tree `id`, from the cache when it was seen
    /// lately.
    pub(crate) fn designs_map(&self, id: Oid) -> Option<DesignsMap> {
        if let Ok(guard) = self.designs_index.lock()
            && let Some((_, map)) = guard.iter().find(|(k, _)| *k == id)
        {
            return Some(map.clone());
        }
        let tree = self.repo.find_tree(id).ok()?;
        let map: BTreeMap<String, Oid> = tree
            .iter()
            .filter(|e| e.kind() == Some(git2::ObjectType::Tree))
            .filter_map(|e| e.name().ok().map(|n| (n.to_string(), e.id())))
            .collect();
        let map = std::sync::Arc::new(map);
        self.remember_designs(id, map.clone());
        Some(map)
    }

    fn remember_designs(&self, id: Oid, map: DesignsMap) {
        if let Ok(mut guard) = self.designs_index.lock() {
            guard.retain(|(k, _)| *k != id);
            guard.push((id, map));
            let excess = guard.len().saturating_sub(DESIGNS_CACHE);
            guard.drain(..excess);
        }
    }

    /// After a commit that set `slug` to `subtree` on top of `old_root`: records the new
    /// `designs/` map without reading the new tree back (it differs by one entry).
    fn remember_change(
        &self,
        old_root: Option<&Tree<'_>>,
        new_root: Oid,
        slug: &str,
        subtree: Option<Oid>,
    ) {
        let old = old_root
            .and_then(|r| r.get_path(Path::new(DESIGNS)).ok())
            .and_then(|e| self.designs_map(e.id()));
        let new_id = self
            .repo
            .find_tree(new_root)
            .ok()
            .and_then(|t| t.get_path(Path::new(DESIGNS)).ok().map(|e| e.id()));
        if let Some(new_id) = new_id {
            let mut map = old.map(|m| (*m).clone()).unwrap_or_default();
            match subtree {
                Some(t) => {
                    map.insert(slug.to_string(), t);
                }
                None => {
                    map.remove(slug);
                }
            }
            self.remember_designs(new_id, std::sync::Arc::new(map));
        }
    }

    /// Validates the package folder `dir` and commits it as one change by `author`.
    ///
    /// Nothing is written if the package has problems, or if it updates a design without
    /// increasing its version.
    pub fn publish(
        &self,
        dir: &Path,
        author: &Author,
        message: &str,
    ) -> Result<Published, StoreError> {
        let pkg = package::validate(dir).map_err(StoreError::Invalid)?;
        let files = read_package_dir(&pkg.dir)?;
        self.publish_files(&pkg.design, files, author, message)
    }

    /// Commits a validated design's files (as read from a folder or a browser upload).
    pub fn publish_files(
        &self,
        design: &Design,
        files: PackageFiles,
        author: &Author,
        message: &str,
    ) -> Result<Published, StoreError> {
        self.publish_files_as(design, files, author, author, message)
    }

    /// [`Store::publish_files`] with a committer other than the author (a maintainer
    /// accepting someone's proposal: the proposer stays the author).
    pub fn publish_files_as(
        &self,
        design: &Design,
        files: PackageFiles,
        author: &Author,
        committer: &Author,
        message: &str,
    ) -> Result<Published, StoreError> {
        self.write_package(design, files, author, committer, message)
            .map_err(|e| self.explain_write_failure(e))
    }

    /// A git failure during a write, told as "no space left" when the store's disk is full:
    /// libgit2 then often reports a later symptom ("object not found … pack entry") instead.
    /// Probes by writing a scratch file beside the objects; any other error passes unchanged.
    pub(crate) fn explain_write_failure(&self, e: StoreError) -> StoreError {
        if !matches!(e, StoreError::Git(_)) {
            return e;
        }
        let probe = self
            .path
            .join(format!("barnraise-space-probe-{}", std::process::id()));
        let written = std::fs::write(&probe, vec![0u8; 1024 * 1024]);
        let _ = std::fs::remove_file(&probe);
        match written {
            Err(source) if source.kind() == std::io::ErrorKind::StorageFull => StoreError::Io {
                path: self.path.clone(),
                source,
            },
            _ => e,
        }
    }

    fn write_package(
        &self,
        design: &Design,
        files: PackageFiles,
        author: &Author,
        committer: &Author,
        message: &str,
    ) -> Result<Published, StoreError> {
        let sig = signature(author)?;
        let committer_sig = signature(committer)?;
        let slug = design.slug.clone();
        check_file_names(&files)?;
        check_package_limits(&files)?;
        let _lock = self.lock()?;
        let head = self.head()?;
        let mut created = true;
        if let Some(h) = &head
            && let Some(tree) = self.find_design_tree(h, &slug)
        {
            created = false;
            if let Ok(old) = self.parse_tree(&slug, &tree)
                && design.version <= old.version
            {
                return Err(StoreError::VersionNotRaised {
                    slug,
                    current: old.version.to_string(),
                    next: next_patch(&old.version).to_string(),
                    what: Attempt::Publish,
                });
            }
        }
        let subtree = tree::write_files(&self.repo, &files)?;
        let root = head.as_ref().map(|h| h.tree()).transpose()?;
        let new_root =
            tree::replace_entry(&self.repo, root.as_ref(), DESIGNS, &slug, Some(subtree))?;
        self.remember_change(root.as_ref(), new_root, &slug, Some(subtree));
        let message = if message.trim().is_empty() {
            format!(
                "{} {slug} {}",
                if created { "Add" } else { "Update" },
                design.version
            )
        } else {
            message.trim().to_string()
        };
        let commit = self.commit(new_root, &sig, &committer_sig, &message, head.as_ref())?;
        Ok(Published {
            slug,
            version: design.version.to_string(),
            commit: commit.to_string(),
            created,
        })
    }

    /// Writes a commit of `tree` on top of `parent` and moves `main` to it, failing if
    /// `main` moved meanwhile (callers hold the write lock, so it never should).
    fn commit(
        &self,
        tree: Oid,
        author: &Signature<'_>,
        committer: &Signature<'_>,
        message: &str,
        parent: Option<&Commit<'_>>,
    ) -> Result<Oid, StoreError> {
        let tree = self.repo.find_tree(tree)?;
        let parents: Vec<&Commit<'_>> = parent.into_iter().collect();
        self.commit_with_parents(
            &tree,
            author,
            committer,
            message,
            &parents,
            parent.map(|p| p.id()),
        )
    }

    /// Writes a commit with `parents` and moves `main` to it from `expected_head` (`None`:
    /// `main` must not exist yet).
    fn commit_with_parents(
        &self,
        tree: &Tree<'_>,
        author: &Signature<'_>,
        committer: &Signature<'_>,
        message: &str,
        parents: &[&Commit<'_>],
        expected_head: Option<Oid>,
    ) -> Result<Oid, StoreError> {
        let oid = self
            .repo
            .commit(None, author, committer, message, tree, parents)?;
        let reflog = format!("barnraise: {}", message.lines().next().unwrap_or(""));
        self.retry_locked(|| match expected_head {
            Some(old) => self
                .repo
                .reference_matching(MAIN_REF, oid, true, old, &reflog)
                .map(|_| ()),
            None => self
                .repo
                .reference(MAIN_REF, oid, false, &reflog)
                .map(|_| ()),
        })?;
        Ok(oid)
    }

    /// Runs a ref update, retrying for a few seconds while a ref is locked: a stock git
    /// process may hold the lock for a moment, and a writer killed mid-update leaves a lock
    /// file that [`Store::clear_stale_locks`] removes once it is old.
    fn retry_locked(
        &self,
        mut op: impl FnMut() -> Result<(), git2::Error>,
    ) -> Result<(), StoreError> {
        let mut tries = 0;
        loop {
            match op() {
                Err(e) if e.code() == git2::ErrorCode::Locked && tries < 40 => {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(200));
                    self.clear_stale_locks();
                }
                other => return Ok(other?),
            }
        }
    }

    /// Tags the current version of `slug` as a release, `<slug>/v<version>`.
    pub fn release(
        &self,
        slug: &str,
        tagger: &Author,
        message: &str,
    ) -> Result<Release, StoreError> {
        let sig = signature(tagger)?;
        let _lock = self.lock()?;
        let head = self.head()?.ok_or_else(|| self.not_found(slug))?;
        let tree = self.design_tree(&head, slug)?;
        let design = self
            .validate_tree(slug, &tree)
            .map_err(StoreError::Invalid)?;
        let tag = format!("{slug}/v{}", design.version);
        if self
            .repo
            .find_reference(&format!("refs/tags/{tag}"))
            .is_ok()
        {
            return Err(StoreError::refused(
                Message::new("refusal-store-already-released").arg("tag", &tag),
            ));
        }
        // Tag the commit that last changed the design, so the release points at its content.
        let target = self.last_change(slug)?.unwrap_or(head.id());
        let obj = self.repo.find_object(target, None)?;
        let message = if message.trim().is_empty() {
            format!("{} {}", design.name, design.version)
        } else {
            message.trim().to_string()
        };
        self.retry_locked(|| self.repo.tag(&tag, &obj, &sig, &message, false).map(|_| ()))?;
        self.releases(Some(slug))?
            .into_iter()
            .find(|r| r.tag == tag)
            .ok_or_else(|| {
                StoreError::refused(Message::new("refusal-store-tag-not-created").arg("tag", &tag))
            })
    }

    /// Release tags, of one design or all, newest version first.
    pub fn releases(&self, slug: Option<&str>) -> Result<Vec<Release>, StoreError> {
        let pattern = match slug {
            Some(s) => format!("{s}/v*"),
            None => "*/v*".to_string(),
        };
        let names = self.repo.tag_names(Some(&pattern))?;
        let mut out = Vec::new();
        for name in names.iter().flatten().flatten() {
            let Some((s, v)) = name.rsplit_once("/v") else {
                continue;
            };
            let Ok(reference) = self.repo.find_reference(&format!("refs/tags/{name}")) else {
                continue;
            };
            let commit = reference.peel_to_commit()?;
            let (tagger, time) = match reference.peel_to_tag() {
                Ok(tag) => tag
                    .tagger()
                    .map(|t| (t.name().unwrap_or("").to_string(), t.when().seconds()))
                    .unwrap_or_default(),
                Err(_) => (String::new(), commit.time().seconds()),
            };
            out.push(Release {
                tag: name.to_string(),
                slug: s.to_string(),
                version: v.to_string(),
                commit: commit.id().to_string(),
                tagger,
                time,
            });
        }
        out.sort_by(|a, b| {
            let va = semver::Version::parse(&a.version).ok();
            let vb = semver::Version::parse(&b.version).ok();
            a.slug.cmp(&b.slug).then(vb.cmp(&va))
        });
        Ok(out)
    }

    /// Imports design packages given as folders of files (the shipped designs), one commit
    /// each, authored by each design's first author. Designs already present unchanged are
    /// skipped. Returns the slugs imported.
    pub fn import(
        &self,
        packages: &[(Design, PackageFiles)],
        committer: &Author,
    ) -> Result<Vec<String>, StoreError> {
        let committer_sig = signature(committer)?;
        let _lock = self.lock()?;
        let mut imported = Vec::new();
        for (design, files) in packages {
            let head = self.head()?;
            let subtree = tree::write_files(&self.repo, files)?;
            if let Some(h) = &head {
                let root = h.tree()?;
                if tree::entry_id(&root, &format!("{DESIGNS}/{}", design.slug)) == Some(subtree) {
                    continue;
                }
            }
            // The first author with an e-mail authors the commit (git needs one); a design
            // whose authors give none (a project's name, "Barnraise contributors") is
            // authored by the importer, never by an address made up for them.
            let first = design.authors.iter().find(|a| a.email.is_some());
            let author = match first {
                Some(a) => Signature::now(&a.name, a.email.as_deref().unwrap_or_default())?,
                None => committer_sig.clone(),
            };
            let root = head.as_ref().map(|h| h.tree()).transpose()?;
            let new_root = tree::replace_entry(
                &self.repo,
                root.as_ref(),
                DESIGNS,
                &design.slug,
                Some(subtree),
            )?;
            let message = format!("Import {} {}", design.slug, design.version);
            self.commit(new_root, &author, &committer_sig, &message, head.as_ref())?;
            imported.push(design.slug.clone());
        }
        Ok(imported)
    }

    /// Adds many validated packages in a single commit by `author` (bulk loads, mirrors,
    /// benchmarks). Existing designs with the same slug are replaced.
    pub fn import_bulk(
        &self,
        packages: &[(Design, PackageFiles)],
        author: &Author,
        message: &str,
    ) -> Result<Option<String>, StoreError> {
        let sig = signature(author)?;
        let _lock = self.lock()?;
        let head = self.head()?;
        let mut changes = Vec::with_capacity(packages.len());
        for (design, files) in packages {
            check_file_names(files)?;
            changes.push((
                design.slug.as_str(),
                Some(tree::write_files(&self.repo, files)?),
            ));
        }
        if changes.is_empty() {
            return Ok(None);
        }
        let root = head.as_ref().map(|h| h.tree()).transpose()?;
        let new_root = tree::replace_entries(&self.repo, root.as_ref(), DESIGNS, &changes)?;
        let commit = self.commit(new_root, &sig, &sig, message, head.as_ref())?;
        Ok(Some(commit.to_string()))
    }

    /// Validates every design at `rev` fully (manifest, files, geometry).
    pub fn validate_all(
        &self,
        rev: Option<&str>,
    ) -> Result<Vec<(String, Vec<Diagnostic>)>, StoreError> {
        Ok(self
            .package_trees(rev)?
            .into_iter()
            .map(|(slug, tree)| {
                let problems = self.validate_tree(&slug, &tree).err().unwrap_or_default();
                (slug, problems)
            })
            .collect())
    }
}

fn next_patch(v: &semver::Version) -> semver::Version {
    semver::Version::new(v.major, v.minor, v.patch + 1)
}

/// Reads a package folder into memory: regular files only (symbolic links refused, names
/// starting with '.' skipped), within the size and count limits.
pub fn read_package_dir(dir: &Path) -> Result<PackageFiles, StoreError> {
    let mut files = PackageFiles::new();
    let mut total = 0u64;
    let mut stack = vec![(dir.to_path_buf(), String::new())];
    while let Some((folder, prefix)) = stack.pop() {
        let entries =
            fs::read_dir(&folder).map_err(|e| StoreError::refused(path_reason(&folder, &e)))?;
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::refused(path_reason(&folder, &e)))?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                return Err(StoreError::refused(
                    Message::new("refusal-store-file-name-not-utf8")
                        .arg("path", entry.path().display().to_string()),
                ));
            };
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            let meta = fs::symlink_metadata(&path).map_err(|e| StoreError::io(&path, e))?;
            let rel = format!("{prefix}{name}");
            if meta.file_type().is_symlink() {
                return Err(StoreError::refused(
                    Message::new("refusal-store-symlink").arg("path", path.display().to_string()),
                ));
            }
            if meta.is_dir() {
                stack.push((path, format!("{rel}/")));
                continue;
            }
            if meta.len() > MAX_FILE_BYTES {
                return Err(StoreError::refused(
                    Message::new("refusal-store-file-too-large")
                        .arg("path", path.display().to_string())
                        .arg("size", meta.len())
                        .arg("mib", MAX_FILE_BYTES >> 20),
                ));
            }
            total += meta.len();
            if total > MAX_PACKAGE_BYTES || files.len() >= MAX_PACKAGE_FILES {
                return Err(StoreError::refused(
                    Message::new("refusal-store-package-over-limit")
                        .arg("path", dir.display().to_string())
                        .arg("mib", MAX_PACKAGE_BYTES >> 20)
                        .arg("files", MAX_PACKAGE_FILES),
                ));
            }
            let bytes = fs::read(&path).map_err(|e| StoreError::io(&path, e))?;
            files.insert(rel, bytes);
        }
    }
    Ok(files)
}

/// Refuses a package over the size limits, however it arrived (a folder, a browser upload,
/// an API request, a proposal): one file over [`MAX_FILE_BYTES`], all over
/// [`MAX_PACKAGE_BYTES`], or more than [`MAX_PACKAGE_FILES`] files.
pub fn check_package_limits(files: &PackageFiles) -> Result<(), StoreError> {
    if files.len() > MAX_PACKAGE_FILES {
        return Err(StoreError::refused(
            Message::new("refusal-store-too-many-files")
                .arg("count", files.len())
                .arg("max", MAX_PACKAGE_FILES),
        ));
    }
    let mut total = 0u64;
    for (name, bytes) in files {
        let len = bytes.len() as u64;
        if len > MAX_FILE_BYTES {
            return Err(StoreError::refused(
                Message::new("refusal-store-file-too-large")
                    .arg("path", name)
                    .arg("size", len)
                    .arg("mib", MAX_FILE_BYTES >> 20),
            ));
        }
        total += len;
    }
    if total > MAX_PACKAGE_BYTES {
        return Err(StoreError::refused(
            Message::new("refusal-store-package-too-large")
                .arg("size", total)
                .arg("mib", MAX_PACKAGE_BYTES >> 20),
        ));
    }
    Ok(())
}

/// Refuses file names that could escape the package or confuse git.
fn check_file_names(files: &PackageFiles) -> Result<(), StoreError> {
    if !files.contains_key(package::MANIFEST) {
        return Err(StoreError::refused(
            Message::new("refusal-store-package-no-manifest").arg("file", package::MANIFEST),
        ));
    }
    for name in files.keys() {
        crate::model::check_package_path(name)
            .map_err(|why| StoreError::Refused(format!("file {why}").into()))?;
    }
    Ok(())
}

/// Makes a `BTreeMap` of files from `(path, bytes)` pairs.
pub fn files_from<I: IntoIterator<Item = (String, Vec<u8>)>>(items: I) -> PackageFiles {
    items.into_iter().collect::<BTreeMap<_, _>>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn refusals_are_phrased_in_each_language() {
        let e = parse_author("nobody").unwrap_err();
        assert_eq!(
            e.to_string(),
            "'nobody' is not an author like \"Your Name <you@example.org>\""
        );
        let too_many: PackageFiles = (0..=MAX_PACKAGE_FILES)
            .map(|i| (format!("f{i}.txt"), Vec::new()))
            .collect();
        let many = check_package_limits(&too_many).unwrap_err();
        let not_raised = StoreError::VersionNotRaised {
            slug: "stool".into(),
            current: "1.0.0".into(),
            next: "1.0.1".into(),
            what: Attempt::Propose,
        };
        assert!(not_raised.to_string().ends_with("to propose a change"));
        for e in [e, many, not_raised] {
            let m = e.message().expect("a person's refusal");
            assert_eq!(m.text(Lang::En), e.to_string());
            for lang in [Lang::Fr, Lang::Es, Lang::Sw, Lang::De] {
                let t = m.text(lang);
                assert!(!t.contains('⟦') && t != e.to_string(), "{lang}: {t}");
            }
        }
    }
}
