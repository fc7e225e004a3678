//! The use cases: one function per thing a person does with Barnraise — seed a store,
//! publish, fork, propose, accept or refuse, export for a makerspace, make a build sheet,
//! search, import — taking typed input and returning typed results or an [`Error`] with a
//! structured [`crate::hint::Hint`]. The command line and the web app call these and nothing
//! below them for those actions, so they cannot disagree.
//!
//! Owns: the order of steps in each action, who may do what (a local user at the store's
//! own terminal may change anything; an account maintains the designs it made or forked,
//! the site's admins, named with `barnraise admin add`, maintain the designs nobody else does), and what each action reads to
//! give its answer. Must not: know flags, forms, status codes, templates or the terminal.

pub mod accounts;
pub mod builds;
pub mod designs;
pub mod error;
pub mod exports;
pub mod feeds;
pub mod imports;
pub mod makerspaces;
pub mod params;
pub mod peers;
pub mod projects;
pub mod proposals;
pub mod questions;
pub mod search;
pub mod seed;

pub use error::{Error, ErrorKind, Result, Wording};
pub use params::Overrides;

use crate::accounts::{Accounts, User};
use crate::model::Author;
use crate::store::Store;

/// Where a use case runs: the store, and the web app's accounts when there are any.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    /// The store.
    pub store: &'a Store,
    /// The accounts database (the web app's), if any.
    pub accounts: Option<&'a Accounts>,
    /// The time now, unix seconds.
    pub now: i64,
}

impl<'a> Ctx<'a> {
    /// A context with the store only (the command line).
    pub fn local(store: &'a Store) -> Ctx<'a> {
        Ctx {
            store,
            accounts: None,
            now: crate::time::now(),
        }
    }

    /// The accounts database, or an internal error when an account acts without one.
    fn accounts(&self) -> Result<&'a Accounts> {
        self.accounts
            .ok_or_else(|| Error::internal("an account acted where there is no accounts database"))
    }
}

/// Who asks for a change.
#[derive(Debug, Clone)]
pub enum Actor {
    /// Someone at the store's own terminal: changes anything directly.
    Local(Author),
    /// An account of the web app (signed in, or with an API token).
    Member(User),
}

impl Actor {
    /// The git author of commits this actor makes.
    pub fn author(&self) -> Author {
        match self {
            Actor::Local(a) => a.clone(),
            Actor::Member(u) => Author {
                name: if u.display_name.trim().is_empty() {
                    u.username.clone()
                } else {
                    u.display_name.clone()
                },
                email: Some(u.email.clone()),
            },
        }
    }

    /// The account, if any.
    pub fn user(&self) -> Option<&User> {
        match self {
            Actor::Local(_) => None,
            Actor::Member(u) => Some(u),
        }
    }
}

/// May `actor` change `slug` directly (else it proposes)? Locally, always; an account if it
/// maintains the design, or is an admin and nobody maintains it.
pub fn may_maintain(ctx: &Ctx<'_>, actor: &Actor, slug: &str) -> Result<bool> {
    let Actor::Member(user) = actor else {
        return Ok(true);
    };
    let accounts = ctx.accounts()?;
    if accounts.is_maintainer(slug, user.id)? {
        return Ok(true);
    }
    Ok(accounts.is_admin(user.id)? && accounts.maintainers(slug)?.is_empty())
}
