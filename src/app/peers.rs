//! Peers: other stores this one takes designs from, syncing with them, and the trust model:
//! a peer updates the designs it is home of (or is trusted for) directly; any other update
//! waits as a pending update that a maintainer accepts or refuses.

use crate::i18n::Message;
use serde::Serialize;

use super::{Actor, Ctx, Error, Result, may_maintain};
use crate::model::Slug;
use crate::store::{AcceptedUpdate, PeerCa, PendingUpdate, Store, SyncReport};

/// A peer as listed.
#[derive(Debug, Clone, Serialize)]
pub struct Peer {
    /// Its short name.
    pub name: String,
    /// Its git URL.
    pub url: String,
    /// What it is trusted for beyond the designs it is home of: `*` for every design, else
    /// slugs.
    pub trusted: Vec<String>,
    /// The CA file its https certificate is checked against, when it has its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<String>,
}

/// How a new peer is reached beyond its URL.
#[derive(Debug, Clone, Copy, Default)]
pub struct PeerAccess<'a> {
    /// The private key file for an ssh URL (else the ssh agent is asked).
    pub ssh_key: Option<&'a std::path::Path>,
    /// A PEM file of the peer's own CA for an https URL (else the system's CAs are used).
    pub ca_file: Option<&'a std::path::Path>,
}

/// Adds another store as a peer. The key and CA files are checked before anything is
/// stored, so a bad file leaves no half-added peer.
pub fn add(store: &Store, name: &str, url: &str, access: PeerAccess<'_>) -> Result<Peer> {
    if let Some(key) = access.ssh_key
        && !key.is_file()
    {
        return Err(Error::refused(
            Message::new("error-not-a-key-file").arg("path", key.display().to_string()),
        ));
    }
    if let Some(ca) = access.ca_file {
        if !ca.is_file() {
            return Err(Error::refused(
                Message::new("error-not-a-file").arg("path", ca.display().to_string()),
            ));
        }
        if !url.starts_with("https://") {
            return Err(Error::refused(
                Message::new("error-ca-file-needs-https").arg("url", url),
            ));
        }
        PeerCa::read(ca)?;
    }
    store.add_peer(name, url)?;
    if let Some(key) = access.ssh_key {
        store.set_peer_ssh_key(name, key)?;
    }
    let ca_file = match access.ca_file {
        Some(ca) => Some(store.set_peer_ca(name, ca)?.path.display().to_string()),
        None => None,
    };
    Ok(Peer {
        name: name.to_string(),
        url: url.to_string(),
        trusted: Vec::new(),
        ca_file,
    })
}

/// The peers.
pub fn list(store: &Store) -> Result<Vec<Peer>> {
    store
        .peers()?
        .into_iter()
        .map(|(name, url)| {
            let trusted = store.trusted_for(&name)?;
            let ca_file = ca_file_of(store, &name)?;
            Ok(Peer {
                name,
                url,
                trusted,
                ca_file,
            })
        })
        .collect()
}

/// Syncs from one peer, or every peer; `actor` commits what is taken.
pub fn sync(store: &Store, peer: Option<&str>, actor: &Actor) -> Result<Vec<SyncReport>> {
    Ok(store.sync(peer, &actor.author())?)
}

/// Trusts `peer` to update the designs `slugs` (every design when empty) as their home does.
pub fn trust(store: &Store, peer: &str, slugs: &[Slug]) -> Result<Peer> {
    let names: Vec<String> = slugs.iter().map(|s| s.as_str().to_string()).collect();
    store.trust_peer(peer, &names)?;
    trusted_peer(store, peer)
}

/// `peer` with its URL and what it is trusted for now.
fn trusted_peer(store: &Store, peer: &str) -> Result<Peer> {
    let trusted = store.trusted_for(peer)?;
    let url = store
        .peers()?
        .into_iter()
        .find(|(n, _)| n == peer)
        .map(|(_, u)| u)
        .unwrap_or_default();
    Ok(Peer {
        name: peer.to_string(),
        url,
        trusted,
        ca_file: ca_file_of(store, peer)?,
    })
}

/// Takes back trust in `peer` for the designs `slugs` (all trust when empty); designs whose
/// home it is stay so.
pub fn untrust(store: &Store, peer: &str, slugs: &[Slug]) -> Result<Peer> {
    let names: Vec<String> = slugs.iter().map(|s| s.as_str().to_string()).collect();
    store.untrust_peer(peer, &names)?;
    trusted_peer(store, peer)
}

/// Pending updates from peers: every one, or those of one design.
pub fn pending(store: &Store, slug: Option<&Slug>) -> Result<Vec<PendingUpdate>> {
    Ok(store.pending(slug.map(Slug::as_str))?)
}

/// The pending updates of `slug` that `actor` may decide on (none if they do not maintain it).
pub fn pending_for(
    ctx: &Ctx<'_>,
    actor: Option<&Actor>,
    slug: &Slug,
) -> Result<Vec<PendingUpdate>> {
    match actor {
        Some(a) if may_maintain(ctx, a, slug.as_str())? => pending(ctx.store, Some(slug)),
        _ => Ok(Vec::new()),
    }
}

fn check_maintainer(ctx: &Ctx<'_>, actor: &Actor, slug: &Slug) -> Result<()> {
    if may_maintain(ctx, actor, slug.as_str())? {
        Ok(())
    } else {
        Err(Error::forbidden(
            Message::new("error-only-maintainers-peer-updates").arg("slug", slug.to_string()),
        ))
    }
}

/// Accepts `peer`'s pending version of `slug` onto `main` (a maintainer's decision; the
/// version must be above ours).
pub fn accept(ctx: &Ctx<'_>, actor: &Actor, peer: &str, slug: &Slug) -> Result<AcceptedUpdate> {
    check_maintainer(ctx, actor, slug)?;
    Ok(ctx
        .store
        .accept_peer_update(peer, slug.as_str(), &actor.author())?)
}

/// Refuses `peer`'s pending version of `slug`; it is not offered again.
pub fn refuse(ctx: &Ctx<'_>, actor: &Actor, peer: &str, slug: &Slug) -> Result<PendingUpdate> {
    check_maintainer(ctx, actor, slug)?;
    Ok(ctx.store.refuse_peer_update(peer, slug.as_str())?)
}

/// The CA file kept for `peer`, as text.
fn ca_file_of(store: &Store, peer: &str) -> Result<Option<String>> {
    Ok(store.peer_ca_file(peer)?.map(|p| p.display().to_string()))
}
