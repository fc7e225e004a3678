//! The peer trust model: each design's home, which peers may update which designs, and the
//! pending updates (`peers/<peer>/<slug>` branches) a maintainer accepts or refuses.
//!
//! Recorded in the store's git configuration (the bare repository's `config` file), so it is
//! this store's own judgement and never travels to a clone:
//! - `home.<slug>.peer = <peer>`: the design came from that peer (its first import). A design
//!   with no home entry was published here: this store is its home.
//! - `remote.<peer>.barnraisetrust`: values `*` (every design) or slugs; the peer may
//!   fast-forward those designs as if it were their home.
//! - `refused.<peer>/<slug>.tree = <package tree id>`: the version a maintainer refused, so
//!   the same update is not offered again (a config entry, not a ref: a ref to a tree would
//!   break fetch negotiation).
//!
//! Owns: reading and writing those records; listing, accepting and refusing pending updates.
//! Must not: decide who may accept (that is `app::peers`, with the accounts).

use serde::Serialize;

use super::{DESIGNS, Store, StoreError, signature, tree};
use crate::model::Author;

/// The trust value meaning every design.
const ALL: &str = "*";

/// An update from a peer waiting for a maintainer: the peer's version of a design on the
/// branch `peers/<peer>/<slug>`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PendingUpdate {
    /// The peer.
    pub peer: String,
    /// The design.
    pub slug: String,
    /// The branch holding the peer's line, `peers/<peer>/<slug>`.
    pub branch: String,
    /// The peer's commit on that branch.
    pub commit: String,
    /// The peer's version of the design (`None` if its manifest does not parse).
    pub version: Option<String>,
    /// Our version now (`None` if we do not have the design).
    pub ours: Option<String>,
    /// True when the peer's version is higher than ours, so accepting keeps versions rising.
    pub raises_version: bool,
}

/// What accepting a pending update did.
#[derive(Debug, Clone, Serialize)]
pub struct AcceptedUpdate {
    /// The peer.
    pub peer: String,
    /// The design.
    pub slug: String,
    /// The version now ours.
    pub version: String,
    /// The merge commit on `main`.
    pub commit: String,
}

fn trust_key(peer: &str) -> String {
    format!("remote.{peer}.barnraisetrust")
}

fn home_key(slug: &str) -> String {
    format!("home.{slug}.peer")
}

pub(super) fn pending_ref(peer: &str, slug: &str) -> String {
    format!("refs/heads/peers/{peer}/{slug}")
}

fn refused_key(peer: &str, slug: &str) -> String {
    format!("refused.{peer}/{slug}.tree")
}

fn version_of(store: &Store, slug: &str, tree: &git2::Tree<'_>) -> Option<semver::Version> {
    store.parse_tree(slug, tree).ok().map(|d| d.version)
}

impl Store {
    /// The peer that is `slug`'s home, or `None` when this store is.
    pub fn home(&self, slug: &str) -> Result<Option<String>, StoreError> {
        let cfg = self.repo().config()?.snapshot()?;
        Ok(cfg.get_string(&home_key(slug)).ok())
    }

    /// Records `peer` as `slug`'s home.
    pub(super) fn set_home(&self, slug: &str, peer: &str) -> Result<(), StoreError> {
        self.repo().config()?.set_str(&home_key(slug), peer)?;
        Ok(())
    }

    /// What `peer` is trusted for beyond the designs it is home of: `["*"]` for everything,
    /// else slugs.
    pub fn trusted_for(&self, peer: &str) -> Result<Vec<String>, StoreError> {
        let cfg = self.repo().config()?.snapshot()?;
        let mut out = Vec::new();
        if let Ok(entries) = cfg.multivar(&trust_key(peer), None) {
            let mut entries = entries;
            while let Some(Ok(e)) = entries.next() {
                if let Ok(v) = e.value() {
                    out.push(v.to_string());
                }
            }
        }
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// May `peer` fast-forward `slug`? Its home may, and a peer trusted for it.
    pub fn is_trusted(&self, peer: &str, slug: &str) -> Result<bool, StoreError> {
        if self.home(slug)?.as_deref() == Some(peer) {
            return Ok(true);
        }
        Ok(self
            .trusted_for(peer)?
            .iter()
            .any(|t| t == ALL || t == slug))
    }

    /// The package tree of `slug` from `peer` that a maintainer refused last, if any.
    pub(super) fn refused_tree(&self, peer: &str, slug: &str) -> Option<git2::Oid> {
        let cfg = self.repo().config().ok()?.snapshot().ok()?;
        let s = cfg.get_string(&refused_key(peer, slug)).ok()?;
        git2::Oid::from_str(&s).ok()
    }

    /// Trusts `peer` for the designs `slugs`, or for every design when `slugs` is empty.
    pub fn trust_peer(&self, peer: &str, slugs: &[String]) -> Result<Vec<String>, StoreError> {
        self.known_peer(peer)?;
        let mut cfg = self.repo().config()?;
        let values: Vec<&str> = if slugs.is_empty() {
            vec![ALL]
        } else {
            slugs.iter().map(String::as_str).collect()
        };
        for v in values {
            let pattern = format!("^{}$", if v == ALL { "\\*" } else { v });
            cfg.set_multivar(&trust_key(peer), &pattern, v)?;
        }
        self.trusted_for(peer)
    }

    /// Takes back trust given by [`Store::trust_peer`]: for the designs `slugs`, or all of it
    /// when `slugs` is empty. A design's home stays its home. Returns what is still trusted.
    pub fn untrust_peer(&self, peer: &str, slugs: &[String]) -> Result<Vec<String>, StoreError> {
        self.known_peer(peer)?;
        let mut cfg = self.repo().config()?;
        let before = self.trusted_for(peer)?;
        for v in &before {
            if slugs.is_empty() || slugs.contains(v) {
                let pattern = format!("^{}$", if v == ALL { "\\*" } else { v.as_str() });
                cfg.remove_multivar(&trust_key(peer), &pattern)?;
            }
        }
        self.trusted_for(peer)
    }

    /// Fails with [`StoreError::NoPeer`] unless `peer` is a peer.
    pub(super) fn known_peer(&self, peer: &str) -> Result<(), StoreError> {
        let peers = self.peers()?;
        if peers.iter().any(|(p, _)| p == peer) {
            return Ok(());
        }
        let names: Vec<&str> = peers.iter().map(|(p, _)| p.as_str()).collect();
        Err(StoreError::NoPeer {
            name: peer.to_string(),
            suggestion: crate::model::suggest(peer, names.iter().copied()).map(str::to_string),
        })
    }

    /// Pending updates from peers (of one design, or all), in peer then slug order.
    pub fn pending(&self, slug: Option<&str>) -> Result<Vec<PendingUpdate>, StoreError> {
        let repo = self.repo();
        let head = self.head()?;
        let mut out = Vec::new();
        for r in repo.references_glob("refs/heads/peers/*")? {
            let r = r?;
            let Ok(name) = r.name() else { continue };
            let Some(rest) = name.strip_prefix("refs/heads/peers/") else {
                continue;
            };
            let Some((peer, s)) = rest.split_once('/') else {
                continue;
            };
            if slug.is_some_and(|want| want != s) {
                continue;
            }
            let Ok(commit) = r.peel_to_commit() else {
                continue;
            };
            let Some(theirs) = self.find_design_tree(&commit, s) else {
                continue;
            };
            let ours = head.as_ref().and_then(|h| self.find_design_tree(h, s));
            if ours.as_ref().is_some_and(|o| o.id() == theirs.id()) {
                continue; // already ours
            }
            let version = version_of(self, s, &theirs);
            let our_version = ours.as_ref().and_then(|o| version_of(self, s, o));
            let raises_version = match (&version, &our_version) {
                (Some(v), Some(o)) => v > o,
                (Some(_), None) => ours.is_none(),
                _ => false,
            };
            out.push(PendingUpdate {
                peer: peer.to_string(),
                slug: s.to_string(),
                branch: format!("peers/{peer}/{s}"),
                commit: commit.id().to_string(),
                version: version.map(|v| v.to_string()),
                ours: our_version.map(|v| v.to_string()),
                raises_version,
            });
        }
        out.sort_by(|a, b| (&a.peer, &a.slug).cmp(&(&b.peer, &b.slug)));
        Ok(out)
    }

    fn pending_one(&self, peer: &str, slug: &str) -> Result<PendingUpdate, StoreError> {
        self.pending(Some(slug))?
            .into_iter()
            .find(|p| p.peer == peer)
            .ok_or_else(|| StoreError::NoPendingUpdate {
                peer: peer.to_string(),
                slug: slug.to_string(),
            })
    }

    /// Accepts `peer`'s pending version of `slug`: checked like any sync (limits, full
    /// validation, a version above ours), then committed on `main` as a merge whose second
    /// parent is the peer's commit, and the branch is deleted.
    pub fn accept_peer_update(
        &self,
        peer: &str,
        slug: &str,
        committer: &Author,
    ) -> Result<AcceptedUpdate, StoreError> {
        let sig = signature(committer)?;
        let _lock = self.lock()?;
        let p = self.pending_one(peer, slug)?;
        let repo = self.repo();
        let peer_commit = repo.find_commit(git2::Oid::from_str(&p.commit)?)?;
        let theirs = self
            .find_design_tree(&peer_commit, slug)
            .ok_or_else(|| self.not_found(slug))?;
        let problems = super::sync::check_tree_limits(repo, slug, &theirs);
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let design = self
            .validate_tree(slug, &theirs)
            .map_err(StoreError::Invalid)?;
        let head = self.head()?;
        if let Some(h) = &head
            && let Some(ours) = self.find_design_tree(h, slug)
            && let Some(current) = version_of(self, slug, &ours)
            && design.version <= current
        {
            return Err(StoreError::VersionWouldNotRise {
                slug: slug.to_string(),
                current: current.to_string(),
                offered: design.version.to_string(),
            });
        }
        let root = head.as_ref().map(|h| h.tree()).transpose()?;
        let new_root =
            tree::replace_entries(repo, root.as_ref(), DESIGNS, &[(slug, Some(theirs.id()))])?;
        let new_tree = repo.find_tree(new_root)?;
        let message = format!("Accept {slug} {} from peer {peer}", design.version);
        let parents: Vec<&git2::Commit<'_>> =
            head.iter().chain(std::iter::once(&peer_commit)).collect();
        let oid = self.commit_with_parents(
            &new_tree,
            &sig,
            &sig,
            &message,
            &parents,
            head.as_ref().map(|h| h.id()),
        )?;
        if let Ok(mut r) = repo.find_reference(&pending_ref(peer, slug)) {
            r.delete()?;
        }
        Ok(AcceptedUpdate {
            peer: peer.to_string(),
            slug: slug.to_string(),
            version: design.version.to_string(),
            commit: oid.to_string(),
        })
    }

    /// Refuses `peer`'s pending version of `slug`: the branch is deleted and that package
    /// tree is remembered, so the next sync does not offer it again. `main` is untouched.
    pub fn refuse_peer_update(&self, peer: &str, slug: &str) -> Result<PendingUpdate, StoreError> {
        let _lock = self.lock()?;
        let p = self.pending_one(peer, slug)?;
        let repo = self.repo();
        let commit = repo.find_commit(git2::Oid::from_str(&p.commit)?)?;
        if let Some(theirs) = self.find_design_tree(&commit, slug) {
            repo.config()?
                .set_str(&refused_key(peer, slug), &theirs.id().to_string())?;
        }
        if let Ok(mut r) = repo.find_reference(&pending_ref(peer, slug)) {
            r.delete()?;
        }
        Ok(p)
    }
}
