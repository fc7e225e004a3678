//! Peers: other makerspaces' stores, as git remotes, and syncing designs from them.
//!
//! For each design the peer has, sync compares the peer's package with ours:
//! - the package breaks the sync limits (size, depth, entries, a symlink or gitlink): it is
//!   reported with the path and nothing of it is taken;
//! - we lack it: import it (if it validates); the peer becomes its home (see `trust`);
//! - the peer's version is one our main line once had: we are ahead, keep ours;
//! - our version is one the peer's main line once had: the peer is ahead. If the peer is the
//!   design's home (or trusted for it) and its version is higher than ours, take it; else it
//!   waits for review on the branch `peers/<peer>/<slug>` (a pending update);
//! - neither: the two changed it independently. Ours stays; the peer's is kept as the branch
//!   `peers/<peer>/<slug>` and reported.
//!
//! Projects (`projects/<slug>/`) follow the same model by version: one we lack is imported
//! when it names only designs we hold (after this sync's designs); one we have is replaced
//! only by its home peer (or one trusted for every design) with a higher version.
//!
//! Only the peer's `main` and tags are fetched, the tags into `refs/peers/<peer>/tags/`, so
//! a peer's tag never becomes one of our releases. The fetched pack is size-limited.
//!
//! Taken versions are committed as a merge whose second parent is the peer's `main`, so the
//! peer's commits (and their authors) become part of our history. Local history is never
//! rewritten and local designs are never deleted.

use crate::i18n::Message;
use std::collections::{BTreeMap, BTreeSet};

use git2::{Oid, Signature};
use serde::Serialize;

use super::{DESIGNS, PeerCa, Store, StoreError, signature, tree};
use crate::model::{Author, Diagnostic};

/// One thing sync did or found for one design.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum SyncAction {
    /// A design we did not have.
    Imported {
        /// Slug.
        slug: String,
        /// Its version.
        version: String,
    },
    /// The peer had a newer version of a design we had not changed.
    Updated {
        /// Slug.
        slug: String,
        /// Our version before.
        from: String,
        /// The peer's version, now ours.
        to: String,
    },
    /// Both sides changed the design; ours is kept, the peer's is on `branch`.
    Diverged {
        /// Slug.
        slug: String,
        /// Branch holding the peer's line.
        branch: String,
    },
    /// The peer has a changed version, but it may not update the design here (it is not the
    /// design's home and not trusted for it), or its version is not above ours: it waits for
    /// a maintainer on `branch`.
    Pending {
        /// Slug.
        slug: String,
        /// Branch holding the peer's line.
        branch: String,
        /// The peer's version.
        version: String,
        /// Our version.
        ours: String,
        /// Why it was not taken.
        reason: PendingReason,
    },
    /// The peer's version does not validate or breaks the sync limits; it was not taken.
    Invalid {
        /// Slug.
        slug: String,
        /// Why.
        problems: Vec<Diagnostic>,
    },
}

/// Why a peer's newer line of a design was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PendingReason {
    /// The peer is not the design's home and not trusted for it.
    NotTrusted,
    /// The peer's version number is not above ours (versions never go down).
    VersionNotRaised,
}

/// Bounds on what a peer can make us store or read.
#[derive(Debug, Clone, Copy)]
pub struct SyncLimits {
    /// Bytes of one fetch's pack.
    pub pack_bytes: usize,
    /// Bytes of one file of a package.
    pub blob_bytes: u64,
    /// Bytes of one package.
    pub package_bytes: u64,
    /// Folder depth inside a package.
    pub depth: usize,
    /// Entries (files and folders) of one package.
    pub entries: usize,
}

impl SyncLimits {
    /// The limits sync uses.
    pub const DEFAULT: SyncLimits = SyncLimits {
        pack_bytes: 1 << 30,
        blob_bytes: super::MAX_FILE_BYTES,
        package_bytes: super::MAX_PACKAGE_BYTES,
        depth: 8,
        entries: super::MAX_PACKAGE_FILES,
    };
}

/// What one peer's sync did.
#[derive(Debug, Clone, Serialize)]
pub struct SyncReport {
    /// Peer name.
    pub peer: String,
    /// The peer's `main` commit that was synced.
    pub peer_commit: Option<String>,
    /// The merge commit made here, if anything was taken.
    pub commit: Option<String>,
    /// Designs already the same on both sides.
    pub unchanged: usize,
    /// Designs where we are ahead of the peer.
    pub local_ahead: usize,
    /// Designs whose peer version a maintainer refused before (not offered again).
    pub refused: usize,
    /// Everything else, per design.
    pub actions: Vec<SyncAction>,
    /// The peer's build logs of our designs: taken, or skipped as invalid.
    pub builds: super::TakenBuilds,
    /// The peer's projects: imported, updated, not taken, or invalid.
    pub projects: Vec<super::ProjectSync>,
}

fn check_peer_name(name: &str) -> Result<(), StoreError> {
    let ok = !name.is_empty()
        && name.len() <= 40
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.starts_with('-');
    if ok {
        Ok(())
    } else {
        Err(StoreError::refused(
            Message::new("refusal-store-peer-name").arg("name", name),
        ))
    }
}

impl Store {
    /// Adds another store as a peer (a git remote called `name`).
    pub fn add_peer(&self, name: &str, url: &str) -> Result<(), StoreError> {
        check_peer_name(name)?;
        if url.trim().is_empty() || url.chars().any(char::is_control) {
            return Err(StoreError::refused(
                Message::new("refusal-store-not-a-git-url").arg("url", url),
            ));
        }
        if self.repo().find_remote(name).is_ok() {
            return Err(StoreError::refused(
                Message::new("refusal-store-peer-exists").arg("name", name),
            ));
        }
        self.repo().remote_with_fetch(
            name,
            url,
            &format!("+refs/heads/main:refs/remotes/{name}/main"),
        )?;
        Ok(())
    }

    /// Uses the private key file `key` for `name`'s ssh URL (instead of the ssh agent).
    pub fn set_peer_ssh_key(&self, name: &str, key: &std::path::Path) -> Result<(), StoreError> {
        self.known_peer(name)?;
        let key = key.canonicalize().map_err(|e| StoreError::Io {
            path: key.to_path_buf(),
            source: e,
        })?;
        let Some(text) = key.to_str() else {
            return Err(StoreError::refused(
                Message::new("refusal-store-path-not-utf8").arg("path", key.display().to_string()),
            ));
        };
        self.repo()
            .config()?
            .set_str(&format!("remote.{name}.barnraisesshkey"), text)?;
        Ok(())
    }

    /// The ssh key file set for `name`, if any.
    pub fn peer_ssh_key(&self, name: &str) -> Result<Option<std::path::PathBuf>, StoreError> {
        let cfg = self.repo().config()?.snapshot()?;
        Ok(cfg
            .get_string(&format!("remote.{name}.barnraisesshkey"))
            .ok()
            .map(std::path::PathBuf::from))
    }

    /// Checks `name`'s https server certificate against the CA file `ca` from now on
    /// (instead of the system's CAs). The file is copied into the store, so moving or
    /// deleting it later changes nothing.
    pub fn set_peer_ca(&self, name: &str, ca: &std::path::Path) -> Result<PeerCa, StoreError> {
        self.known_peer(name)?;
        PeerCa::read(ca)?;
        let dir = self.repo().path().join("barnraise-peer-ca");
        let io = |path: &std::path::Path| {
            let path = path.to_path_buf();
            move |source| StoreError::Io { path, source }
        };
        std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        let kept = dir.join(format!("{name}.pem"));
        let tmp = dir.join(format!(".{name}.pem.tmp"));
        std::fs::copy(ca, &tmp).map_err(io(&tmp))?;
        std::fs::rename(&tmp, &kept).map_err(io(&kept))?;
        let Some(text) = kept.to_str() else {
            return Err(StoreError::refused(
                Message::new("refusal-store-path-not-utf8").arg("path", kept.display().to_string()),
            ));
        };
        self.repo()
            .config()?
            .set_str(&format!("remote.{name}.barnraisecafile"), text)?;
        PeerCa::read(&kept)
    }

    /// The CA file kept for `name`, if any.
    pub fn peer_ca_file(&self, name: &str) -> Result<Option<std::path::PathBuf>, StoreError> {
        let cfg = self.repo().config()?.snapshot()?;
        Ok(cfg
            .get_string(&format!("remote.{name}.barnraisecafile"))
            .ok()
            .map(std::path::PathBuf::from))
    }

    /// Peers as `(name, url)`.
    pub fn peers(&self) -> Result<Vec<(String, String)>, StoreError> {
        let names = self.repo().remotes()?;
        let mut out = Vec::new();
        for name in names.iter().flatten().flatten() {
            let remote = self.repo().find_remote(name)?;
            out.push((
                name.to_string(),
                remote.url().unwrap_or_default().to_string(),
            ));
        }
        Ok(out)
    }

    /// Syncs from one peer, or from all peers when `name` is `None`.
    pub fn sync(
        &self,
        name: Option<&str>,
        committer: &Author,
    ) -> Result<Vec<SyncReport>, StoreError> {
        let peers = self.peers()?;
        let chosen: Vec<String> = match name {
            Some(n) => {
                self.known_peer(n)?;
                vec![n.to_string()]
            }
            None => peers.into_iter().map(|(p, _)| p).collect(),
        };
        chosen.iter().map(|p| self.sync_one(p, committer)).collect()
    }

    fn sync_one(&self, peer: &str, committer: &Author) -> Result<SyncReport, StoreError> {
        let repo = self.repo();
        let tracking = format!("refs/remotes/{peer}/main");
        self.fetch_peer(peer, &tracking, &SyncLimits::DEFAULT)?;
        let mut report = SyncReport {
            peer: peer.to_string(),
            peer_commit: None,
            commit: None,
            unchanged: 0,
            local_ahead: 0,
            refused: 0,
            actions: Vec::new(),
            builds: super::TakenBuilds::default(),
            projects: Vec::new(),
        };
        let Ok(peer_ref) = repo.find_reference(&tracking) else {
            return Ok(report); // the peer has no designs yet
        };
        let peer_commit = peer_ref.peel_to_commit()?;
        report.peer_commit = Some(peer_commit.id().to_string());
        let committer_sig = signature(committer)?;

        let _lock = self.lock()?;
        let head = self.head()?;
        let local_root = head.as_ref().map(|h| h.tree()).transpose()?;
        let peer_root = peer_commit.tree()?;
        let peer_designs = designs_of(repo, &peer_root)?;
        let local_designs = match &local_root {
            Some(r) => designs_of(repo, r)?,
            None => BTreeMap::new(),
        };

        let differing: Vec<&str> = peer_designs
            .iter()
            .filter(|(slug, id)| local_designs.get(*slug) != Some(id))
            .map(|(s, _)| s.as_str())
            .collect();
        report.unchanged = peer_designs.len() - differing.len();
        // Histories matter only for designs both sides have.
        let on_both: Vec<&str> = differing
            .iter()
            .copied()
            .filter(|s| local_designs.contains_key(*s))
            .collect();
        let peer_seen = first_parent_versions(repo, Some(peer_commit.id()), &on_both)?;
        let local_seen = first_parent_versions(repo, head.as_ref().map(|h| h.id()), &on_both)?;

        let keep_branch = |slug: &str, why: &str| -> Result<String, StoreError> {
            let branch = format!("peers/{peer}/{slug}");
            self.retry_locked(|| {
                repo.reference(
                    &super::trust::pending_ref(peer, slug),
                    peer_commit.id(),
                    true,
                    &format!("barnraise sync: {slug} {why} on {peer}"),
                )
                .map(|_| ())
            })?;
            Ok(branch)
        };

        let mut taken_trees: Vec<(&str, Option<Oid>)> = Vec::new();
        let mut taken = Vec::new();
        let mut new_homes = Vec::new();
        for slug in differing {
            let peer_id = peer_designs[slug];
            let local_id = local_designs.get(slug).copied();
            let peer_tree = repo.find_tree(peer_id)?;
            if self.refused_tree(peer, slug) == Some(peer_id) {
                report.refused += 1;
                continue;
            }
            if local_id.is_some() && local_seen.get(slug).is_some_and(|s| s.contains(&peer_id)) {
                report.local_ahead += 1;
                continue;
            }
            let problems = check_tree_limits(repo, slug, &peer_tree);
            if !problems.is_empty() {
                report.actions.push(SyncAction::Invalid {
                    slug: slug.to_string(),
                    problems,
                });
                continue;
            }
            if let Some(l) = local_id {
                if !peer_seen.get(slug).is_some_and(|s| s.contains(&l)) {
                    let branch = keep_branch(slug, "diverged")?;
                    report.actions.push(SyncAction::Diverged {
                        slug: slug.to_string(),
                        branch,
                    });
                    continue;
                }
                // The peer is ahead: take it only from a trusted peer, and only upwards.
                let ours = repo
                    .find_tree(l)
                    .ok()
                    .and_then(|t| self.parse_tree(slug, &t).ok())
                    .map(|d| d.version);
                let theirs = match self.parse_tree(slug, &peer_tree) {
                    Ok(d) => d.version,
                    Err(problems) => {
                        report.actions.push(SyncAction::Invalid {
                            slug: slug.to_string(),
                            problems,
                        });
                        continue;
                    }
                };
                let reason = if !self.is_trusted(peer, slug)? {
                    Some(PendingReason::NotTrusted)
                } else if ours.as_ref().is_some_and(|o| &theirs <= o) {
                    Some(PendingReason::VersionNotRaised)
                } else {
                    None
                };
                if let Some(reason) = reason {
                    let branch = keep_branch(slug, "waits for review")?;
                    report.actions.push(SyncAction::Pending {
                        slug: slug.to_string(),
                        branch,
                        version: theirs.to_string(),
                        ours: ours.map(|v| v.to_string()).unwrap_or_default(),
                        reason,
                    });
                    continue;
                }
            }
            let design = match self.validate_tree(slug, &peer_tree) {
                Ok(d) => d,
                Err(problems) => {
                    report.actions.push(SyncAction::Invalid {
                        slug: slug.to_string(),
                        problems,
                    });
                    continue;
                }
            };
            taken_trees.push((slug, Some(peer_id)));
            match local_id {
                None => {
                    new_homes.push(slug);
                    report.actions.push(SyncAction::Imported {
                        slug: slug.to_string(),
                        version: design.version.to_string(),
                    })
                }
                Some(_) => {
                    let from = local_root
                        .as_ref()
                        .and_then(|_| self.read(slug, None).ok())
                        .map(|d| d.design.version.to_string())
                        .unwrap_or_default();
                    report.actions.push(SyncAction::Updated {
                        slug: slug.to_string(),
                        from,
                        to: design.version.to_string(),
                    });
                }
            }
            taken.push(slug.to_string());
        }
        let designs_root = match (&local_root, taken.is_empty()) {
            (_, false) => tree::replace_entries(repo, local_root.as_ref(), DESIGNS, &taken_trees)?,
            (Some(r), true) => r.id(),
            (None, true) => return Ok(report),
        };
        let (with_builds, builds) = self.take_builds(designs_root, &peer_root)?;
        report.builds = builds;
        let (new_root, projects, project_homes) =
            self.take_projects(with_builds, &peer_root, peer)?;
        report.projects = projects;
        let projects_taken = report
            .projects
            .iter()
            .filter(|p| {
                matches!(
                    p,
                    super::ProjectSync::Imported { .. } | super::ProjectSync::Updated { .. }
                )
            })
            .count();
        if taken.is_empty() && report.builds.taken.is_empty() && projects_taken == 0 {
            return Ok(report);
        }
        let tree = repo.find_tree(new_root)?;
        let mut parts = taken.clone();
        if !report.builds.taken.is_empty() {
            parts.push(format!("{} build log(s)", report.builds.taken.len()));
        }
        if projects_taken > 0 {
            parts.push(format!("{projects_taken} project(s)"));
        }
        let message = format!("Sync from peer {peer}: {}", parts.join(", "));
        let parents: Vec<&git2::Commit<'_>> =
            head.iter().chain(std::iter::once(&peer_commit)).collect();
        let author: Signature<'_> = committer_sig.clone();
        let oid = self.commit_with_parents(
            &tree,
            &author,
            &committer_sig,
            &message,
            &parents,
            head.as_ref().map(|h| h.id()),
        )?;
        // Homes are recorded once the designs are ours; a crash before leaves this store as
        // their home, the stricter side (the peer's next update waits for review).
        for slug in new_homes {
            self.set_home(slug, peer)?;
        }
        for slug in project_homes {
            self.set_project_home(&slug, peer)?;
        }
        report.commit = Some(oid.to_string());
        Ok(report)
    }

    /// Fetches the peer's `main` into `tracking` and its tags into `refs/peers/<peer>/tags/`,
    /// refusing a pack larger than the limit.
    fn fetch_peer(
        &self,
        peer: &str,
        tracking: &str,
        limits: &SyncLimits,
    ) -> Result<(), StoreError> {
        let repo = self.repo();
        let mut remote = repo.find_remote(peer)?;
        let too_big = std::cell::Cell::new(false);
        let ssh_key = self.peer_ssh_key(peer)?;
        let ca = match self.peer_ca_file(peer)? {
            Some(path) => Some(PeerCa::read(&path)?),
            None => None,
        };
        let tries = std::cell::Cell::new(0u32);
        let mut callbacks = git2::RemoteCallbacks::new();
        // ssh: the peer's key file, else the ssh agent; host keys are checked by libgit2
        // against ~/.ssh/known_hosts, as git does. https: the peer's own CA file when it has
        // one (nothing else is trusted for it), else the system's CAs (or SSL_CERT_FILE).
        // One try each, so a refused key fails instead of looping.
        if let Some(ca) = &ca {
            callbacks.certificate_check(|cert, host| match cert.as_x509() {
                Some(x509) => ca
                    .check(x509.data(), host)
                    .map(|()| git2::CertificateCheckStatus::CertificateOk)
                    .map_err(|why| git2::Error::from_str(&why)),
                None => Ok(git2::CertificateCheckStatus::CertificatePassthrough),
            });
        }
        callbacks.credentials(|_url, user, allowed| {
            tries.set(tries.get() + 1);
            if tries.get() > 2 {
                return Err(git2::Error::from_str("the peer refused our credentials"));
            }
            let user = user.unwrap_or("git");
            if allowed.contains(git2::CredentialType::USERNAME) {
                return git2::Cred::username(user);
            }
            if allowed.contains(git2::CredentialType::SSH_KEY) {
                return match &ssh_key {
                    Some(key) => git2::Cred::ssh_key(user, None, key, None),
                    None => git2::Cred::ssh_key_from_agent(user),
                };
            }
            Err(git2::Error::from_str(
                "the peer asks for credentials Barnraise cannot give (it reads public stores, or uses an ssh key)",
            ))
        });
        callbacks.transfer_progress(|p| {
            if p.received_bytes() > limits.pack_bytes {
                too_big.set(true);
                return false;
            }
            true
        });
        let mut opts = git2::FetchOptions::new();
        opts.remote_callbacks(callbacks)
            .download_tags(git2::AutotagOption::None)
            .prune(git2::FetchPrune::Off);
        let specs = [
            format!("+refs/heads/main:{tracking}"),
            format!("+refs/tags/*:refs/peers/{peer}/tags/*"),
        ];
        let result = remote.fetch(&specs, Some(&mut opts), None);
        if too_big.get() {
            return Err(StoreError::refused(
                Message::new("refusal-store-peer-sent-too-much")
                    .arg("peer", peer)
                    .arg("mib", limits.pack_bytes >> 20),
            ));
        }
        result.map_err(|e| {
            StoreError::refused(
                Message::new("refusal-store-cannot-fetch")
                    .arg("peer", peer)
                    .arg("reason", e.message()),
            )
        })
    }
}

/// Problems of a peer's package tree against the sync limits, each naming its path: symlinks
/// and gitlinks refused, files too large, too deep, too many entries. Reads only object
/// headers, never a whole large blob.
pub(super) fn check_tree_limits(
    repo: &git2::Repository,
    slug: &str,
    tree: &git2::Tree<'_>,
) -> Vec<Diagnostic> {
    let limits = SyncLimits::DEFAULT;
    let mut problems = Vec::new();
    let Ok(odb) = repo.odb() else {
        return vec![Diagnostic::bare("the repository's objects cannot be read")];
    };
    let mut entries = 0usize;
    let mut total = 0u64;
    // (tree id, path prefix, depth)
    let mut stack = vec![(tree.id(), format!("{DESIGNS}/{slug}/"), 0usize)];
    while let Some((id, prefix, depth)) = stack.pop() {
        let Ok(t) = repo.find_tree(id) else {
            problems.push(Diagnostic::bare("folder missing from the peer's pack").in_file(&prefix));
            continue;
        };
        for e in t.iter() {
            entries += 1;
            if entries > limits.entries {
                problems.push(
                    Diagnostic::bare(format!(
                        "more than {} files and folders in one design",
                        limits.entries
                    ))
                    .in_file(format!("{DESIGNS}/{slug}")),
                );
                return problems;
            }
            let name = String::from_utf8_lossy(e.name_bytes()).to_string();
            let path = format!("{prefix}{name}");
            match e.filemode() {
                0o120000 => problems.push(
                    Diagnostic::bare("symbolic links are not accepted from peers").in_file(&path),
                ),
                0o160000 => problems.push(
                    Diagnostic::bare("git submodules (gitlinks) are not accepted from peers")
                        .in_file(&path),
                ),
                0o040000 => {
                    if depth + 1 >= limits.depth {
                        problems.push(
                            Diagnostic::bare(format!(
                                "folders nested more than {} deep",
                                limits.depth
                            ))
                            .in_file(&path),
                        );
                    } else {
                        stack.push((e.id(), format!("{path}/"), depth + 1));
                    }
                }
                _ => match odb.read_header(e.id()) {
                    Ok((size, _)) => {
                        let size = size as u64;
                        total += size;
                        if size > limits.blob_bytes {
                            problems.push(
                                Diagnostic::bare(format!(
                                    "file of {} MiB; at most {} MiB",
                                    size >> 20,
                                    limits.blob_bytes >> 20
                                ))
                                .in_file(&path),
                            );
                        }
                    }
                    Err(_) => problems
                        .push(Diagnostic::bare("file missing from the peer's pack").in_file(&path)),
                },
            }
        }
    }
    if total > limits.package_bytes {
        problems.push(
            Diagnostic::bare(format!(
                "the design holds {} MiB; at most {} MiB",
                total >> 20,
                limits.package_bytes >> 20
            ))
            .in_file(format!("{DESIGNS}/{slug}")),
        );
    }
    problems
}

/// `slug → package tree id` for the designs in a root tree.
fn designs_of(
    repo: &git2::Repository,
    root: &git2::Tree<'_>,
) -> Result<BTreeMap<String, Oid>, StoreError> {
    let mut out = BTreeMap::new();
    let Some(id) = tree::entry_id(root, DESIGNS) else {
        return Ok(out);
    };
    let Ok(designs) = repo.find_tree(id) else {
        return Ok(out);
    };
    for e in designs.iter() {
        if e.kind() == Some(git2::ObjectType::Tree)
            && let Ok(name) = e.name()
        {
            out.insert(name.to_string(), e.id());
        }
    }
    Ok(out)
}

/// Every package tree id each of `slugs` had along the first-parent line from `start`
/// (the versions that side actually adopted). Reads each commit's designs tree once.
fn first_parent_versions(
    repo: &git2::Repository,
    start: Option<Oid>,
    slugs: &[&str],
) -> Result<BTreeMap<String, BTreeSet<Oid>>, StoreError> {
    let mut out: BTreeMap<String, BTreeSet<Oid>> = BTreeMap::new();
    let Some(start) = start else { return Ok(out) };
    if slugs.is_empty() {
        return Ok(out);
    }
    let wanted: BTreeSet<&str> = slugs.iter().copied().collect();
    let mut walk = repo.revwalk()?;
    walk.push(start)?;
    walk.simplify_first_parent()?;
    let mut last_designs = None;
    for oid in walk {
        let commit = repo.find_commit(oid?)?;
        let Some(designs_id) = tree::entry_id(&commit.tree()?, DESIGNS) else {
            continue;
        };
        // Consecutive commits often share the designs tree (e.g. changes elsewhere).
        if last_designs == Some(designs_id) {
            continue;
        }
        last_designs = Some(designs_id);
        let designs = repo.find_tree(designs_id)?;
        for e in designs.iter() {
            if let Ok(name) = e.name()
                && wanted.contains(name)
            {
                out.entry(name.to_string()).or_default().insert(e.id());
            }
        }
    }
    Ok(out)
}
