//! Seeding a store: a new store holds the shipped designs, makerspace profiles and example
//! projects, written
//! by one committer. The command line (`init`, the default store on first use, `serve`), the
//! web app's tests and the benchmarks all seed through here.

use std::path::Path;

use super::Result;
use crate::model::Author;
use crate::store::Store;

/// The committer of the shipped content.
pub fn shipped_committer() -> Author {
    Author {
        name: "Barnraise".into(),
        email: Some("barnraise@localhost".into()),
    }
}

/// What a new store holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seed {
    /// The shipped designs and makerspaces.
    Shipped,
    /// Nothing.
    Empty,
}

/// Creates a store at `path` (`url`: how others will reach it, recorded in forks).
pub fn create_store(path: &Path, url: Option<&str>, seed: Seed) -> Result<Store> {
    let store = Store::init(path, url)?;
    if seed == Seed::Shipped {
        seed_shipped(&store)?;
    }
    Ok(store)
}

/// Adds the shipped designs and makerspace profiles to `store`.
pub fn seed_shipped(store: &Store) -> Result<()> {
    let who = shipped_committer();
    let packages = crate::shipped::packages().map_err(super::Error::invalid)?;
    store.import(&packages, &who)?;
    for (slug, bytes) in crate::shipped::makerspaces().map_err(super::Error::invalid)? {
        store.publish_makerspace(&bytes, &slug, &who, "")?;
    }
    for (_, bytes) in crate::shipped::projects().map_err(super::Error::invalid)? {
        let check = |p: &crate::model::Project| match super::projects::check_against_store(store, p)
        {
            Ok(ds) if ds.is_empty() => Ok(()),
            Ok(ds) => Err(ds),
            Err(e) => Err(e.diagnostics()),
        };
        store.publish_project(&bytes, &who, "", false, &check)?;
    }
    Ok(())
}

/// Opens the store at `path`; when it does not exist and `create` is set, creates it with the
/// shipped content first. Returns the store and whether it was created.
pub fn open_store(path: &Path, create: bool) -> Result<(Store, bool)> {
    if create && !path.exists() {
        return Ok((create_store(path, None, Seed::Shipped)?, true));
    }
    Ok((Store::open(path)?, false))
}
