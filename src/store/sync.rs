//! Peers: other makerspaces' stores, as git remotes, and syncing designs from them.
//!
//! For each design the peer has, sync compares the peer's package with ours:
//! - we lack it: import it (if it validates);
//! - our version is one the peer's main line once had: the peer is ahead, take its version;
//! - the peer's version is one our main line once had: we are ahead, keep ours;
//! - neither: the two changed it independently. Ours stays; the peer's is kept as the branch
//!   `peers/<peer>/<slug>` and reported.
//!
//! Taken versions are committed as a merge whose second parent is the peer's `main`, so the
//! peer's commits (and their authors) become part of our history. Local history is never
//! rewritten and local designs are never deleted.

use std::collections::{BTreeMap, BTreeSet};

use git2::{Oid, Signature};
use serde::Serialize;

use super::{DESIGNS, Store, StoreError, signature, tree};
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
    /// The peer's version does not validate; it was not imported.
    Invalid {
        /// Slug.
        slug: String,
        /// Why.
        problems: Vec<Diagnostic>,
    },
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
    /// Everything else, per design.
    pub actions: Vec<SyncAction>,
    /// The peer's build logs of our designs: taken, or skipped as invalid.
    pub builds: super::TakenBuilds,
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
        Err(StoreError::Refused(format!(
            "peer name '{name}' must be lowercase letters, digits and '-' (e.g. 'leeds-makerspace')"
        )))
    }
}

impl Store {
    /// Adds another store as a peer (a git remote called `name`).
    pub fn add_peer(&self, name: &str, url: &str) -> Result<(), StoreError> {
        check_peer_name(name)?;
        if url.trim().is_empty() || url.chars().any(char::is_control) {
            return Err(StoreError::Refused(format!("'{url}' is not a git URL")));
        }
        if self.repo().find_remote(name).is_ok() {
            return Err(StoreError::Refused(format!(
                "a peer called '{name}' exists already"
            )));
        }
        self.repo().remote_with_fetch(
            name,
            url,
            &format!("+refs/heads/main:refs/remotes/{name}/main"),
        )?;
        Ok(())
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
                if !peers.iter().any(|(p, _)| p == n) {
                    let names: Vec<&str> = peers.iter().map(|(p, _)| p.as_str()).collect();
                    return Err(StoreError::Refused(format!(
                        "no peer called '{n}'{}; add it with `barnraise peer add {n} <git-url>`",
                        crate::model::did_you_mean(n, names.iter().copied())
                    )));
                }
                vec![n.to_string()]
            }
            None => peers.into_iter().map(|(p, _)| p).collect(),
        };
        chosen.iter().map(|p| self.sync_one(p, committer)).collect()
    }

    fn sync_one(&self, peer: &str, committer: &Author) -> Result<SyncReport, StoreError> {
        let repo = self.repo();
        let tracking = format!("refs/remotes/{peer}/main");
        {
            let mut remote = repo.find_remote(peer)?;
            remote
                .fetch(&[format!("+refs/heads/main:{tracking}")], None, None)
                .map_err(|e| {
                    StoreError::Refused(format!("cannot fetch from peer '{peer}': {}", e.message()))
                })?;
        }
        let mut report = SyncReport {
            peer: peer.to_string(),
            peer_commit: None,
            commit: None,
            unchanged: 0,
            local_ahead: 0,
            actions: Vec::new(),
            builds: super::TakenBuilds::default(),
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

        let mut taken_trees: Vec<(&str, Option<Oid>)> = Vec::new();
        let mut taken = Vec::new();
        for slug in differing {
            let peer_id = peer_designs[slug];
            let local_id = local_designs.get(slug).copied();
            let peer_tree = repo.find_tree(peer_id)?;
            let take = match local_id {
                None => true,
                Some(l) if peer_seen.get(slug).is_some_and(|s| s.contains(&l)) => true,
                Some(_) if local_seen.get(slug).is_some_and(|s| s.contains(&peer_id)) => {
                    report.local_ahead += 1;
                    false
                }
                Some(_) => {
                    let branch = format!("peers/{peer}/{slug}");
                    repo.reference(
                        &format!("refs/heads/{branch}"),
                        peer_commit.id(),
                        true,
                        &format!("barnraise sync: {slug} diverged on {peer}"),
                    )?;
                    report.actions.push(SyncAction::Diverged {
                        slug: slug.to_string(),
                        branch,
                    });
                    false
                }
            };
            if !take {
                continue;
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
                None => report.actions.push(SyncAction::Imported {
                    slug: slug.to_string(),
                    version: design.version.to_string(),
                }),
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
        let (new_root, builds) = self.take_builds(designs_root, &peer_root)?;
        report.builds = builds;
        if taken.is_empty() && report.builds.taken.is_empty() {
            return Ok(report);
        }
        let tree = repo.find_tree(new_root)?;
        let mut parts = taken.clone();
        if !report.builds.taken.is_empty() {
            parts.push(format!("{} build log(s)", report.builds.taken.len()));
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
        report.commit = Some(oid.to_string());
        Ok(report)
    }
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
