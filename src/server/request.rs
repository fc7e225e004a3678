//! What a request asks for about a design: the slug (checked), the published revision
//! (`rev`), and the design's parameters among the query's keys, parsed once and canonical.
//! Shared by the design page, pictures, downloads, exports and the API.

use crate::i18n::Message;
use std::collections::BTreeMap;

use super::error::WebError;
use super::state::{AppState, Read};
use crate::app::Overrides;
use crate::model::Slug;
use crate::store::Store;

/// A slug from a URL path; a malformed one is simply not found.
pub fn slug(s: &str) -> Result<Slug, WebError> {
    Slug::parse(s)
        .map_err(|_| WebError::not_found(Message::new("error-no-design-here").arg("slug", s)))
}

/// A design at the request's revision, with its parameters.
#[derive(Clone)]
pub struct Requested {
    /// The design as read.
    pub read: Read,
    /// The revision asked for, if any.
    pub rev: Option<String>,
    /// The design's parameters among the query's keys, parsed and canonical.
    pub params: Overrides,
}

impl Requested {
    /// `rev=…&name=value…` for links that keep this revision and these parameters.
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if self.rev.is_some() {
            parts.push(format!("rev={}", self.read.commit));
        }
        let q = self.params.query();
        if !q.is_empty() {
            parts.push(q);
        }
        parts.join("&")
    }
}

/// Reads what the query asks for about `slug`.
pub fn requested(
    state: &AppState,
    store: &Store,
    slug: &Slug,
    q: &BTreeMap<String, String>,
) -> Result<Requested, WebError> {
    let rev = q
        .get("rev")
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty());
    // Published revisions only (a proposal's commit is not a page): `design` checks.
    let read = state.design(store, slug, rev.as_deref())?;
    let params = Overrides::parse_known(&read.design, q)?;
    Ok(Requested { read, rev, params })
}
