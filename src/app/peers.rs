//! Peers: other stores this one takes designs from, and syncing with them.

use serde::Serialize;

use super::{Actor, Result};
use crate::store::{Store, SyncReport};

/// A peer as listed.
#[derive(Debug, Clone, Serialize)]
pub struct Peer {
    /// Its short name.
    pub name: String,
    /// Its git URL.
    pub url: String,
}

/// Adds another store as a peer.
pub fn add(store: &Store, name: &str, url: &str) -> Result<Peer> {
    store.add_peer(name, url)?;
    Ok(Peer {
        name: name.to_string(),
        url: url.to_string(),
    })
}

/// The peers.
pub fn list(store: &Store) -> Result<Vec<Peer>> {
    Ok(store
        .peers()?
        .into_iter()
        .map(|(name, url)| Peer { name, url })
        .collect())
}

/// Syncs from one peer, or every peer; `actor` commits what is taken.
pub fn sync(store: &Store, peer: Option<&str>, actor: &Actor) -> Result<Vec<SyncReport>> {
    Ok(store.sync(peer, &actor.author())?)
}
