//! Finding designs: the search box with its filters ("fits my machine", stocked
//! thicknesses, "buildable at" a makerspace), pages of hits with facet counts, the whole
//! catalogue, and keeping the index up to date with the store.

use crate::i18n::Message;
use std::collections::BTreeMap;

use serde::Serialize;

use super::{Error, Result};
use crate::model::{Makerspace, format_number};
use crate::search::{self, Hit, SearchIndex, UpdateReport};
use crate::store::Store;

/// Hits on a page when none is asked for.
pub const PAGE_SIZE: usize = 20;
/// Most hits on one page.
pub const MAX_PAGE_SIZE: usize = 200;
/// Highest page number.
pub const MAX_PAGE: usize = 10_000;

/// What a person searched for.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The search box: words and `name:value` filters.
    pub text: String,
    /// "Fits my machine": a bed `WxH` in mm.
    pub bed: Option<String>,
    /// Stocked thicknesses, mm (`3,6`).
    pub thickness: Option<String>,
    /// "Buildable at": a makerspace's slug.
    pub makerspace: Option<String>,
    /// Page, from 1.
    pub page: usize,
    /// Hits per page (0: [`PAGE_SIZE`]).
    pub per_page: usize,
}

/// A page of results.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// The whole query run (the box plus every filter as `name:value`).
    pub query: String,
    /// Matching designs in all.
    pub total: usize,
    /// This page's hits.
    pub hits: Vec<Hit>,
    /// `facet → [(value, count)]` over all matches.
    pub facets: BTreeMap<String, Vec<(String, u64)>>,
    /// This page, from 1.
    pub page: usize,
    /// Pages in all (at least 1).
    pub pages: usize,
}

/// Opens the store's search index and brings it up to the store's head.
pub fn open_index(store: &Store) -> Result<SearchIndex> {
    let mut index = SearchIndex::open(&SearchIndex::default_dir(store))?;
    index.update(store)?;
    Ok(index)
}

/// Brings `index` up to the store's head if it is behind.
pub fn refresh(store: &Store, index: &mut SearchIndex) -> Result<()> {
    if index.indexed_commit() != store.head_id()? {
        index.update(store)?;
    }
    Ok(())
}

/// Rebuilds the index from the store.
pub fn reindex(store: &Store) -> Result<UpdateReport> {
    let mut index = SearchIndex::open(&SearchIndex::default_dir(store))?;
    Ok(index.rebuild(store)?)
}

/// Whether `index` reflects the store's head.
pub fn is_current(store: &Store, index: &SearchIndex) -> Result<bool> {
    Ok(index.indexed_commit() == store.head_id()?)
}

/// The filter for "buildable at this makerspace": its largest bed and the thicknesses it
/// stocks that some machine of it can cut.
pub fn buildable_query(space: &Makerspace) -> String {
    let mut bed = [0.0f64, 0.0f64];
    for m in &space.machines {
        if m.bed[0] * m.bed[1] > bed[0] * bed[1] {
            bed = m.bed;
        }
    }
    let max_cut = space
        .machines
        .iter()
        .map(|m| m.max_thickness)
        .fold(0.0, f64::max);
    let mut thick: Vec<String> = space
        .stock
        .iter()
        .filter(|s| s.thickness <= max_cut + 1e-9)
        .map(|s| format_number(s.nominal_thickness))
        .collect();
    thick.sort();
    thick.dedup();
    format!(
        "bed:{}x{} thickness:{}",
        format_number(bed[0]),
        format_number(bed[1]),
        thick.join(",")
    )
}

/// The full query text of a request: the box, then each filter.
fn full_query(store: &Store, req: &SearchRequest) -> Result<String> {
    let mut q = req.text.trim().to_string();
    if let Some(bed) = req.bed.as_deref().map(str::trim).filter(|b| !b.is_empty()) {
        q.push_str(&format!(" bed:{bed}"));
    }
    if let Some(t) = req
        .thickness
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        q.push_str(&format!(" thickness:{}", t.replace(' ', "")));
    }
    if let Some(slug) = req
        .makerspace
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        // An unknown makerspace in a filter is a bad query, not a missing page.
        let space = super::makerspaces::find(store, slug).map_err(|e| match e.kind {
            super::ErrorKind::NotFound => Error {
                kind: super::ErrorKind::Invalid,
                ..e
            },
            _ => e,
        })?;
        q.push(' ');
        q.push_str(&buildable_query(&space));
    }
    Ok(q.trim().to_string())
}

/// Runs a search: a page of hits ranked by relevance, and facet counts over all matches.
pub fn search(store: &Store, index: &SearchIndex, req: &SearchRequest) -> Result<SearchResults> {
    let text = full_query(store, req)?;
    let mut q = search::parse_query(&text)?;
    let per_page = match req.per_page {
        0 => PAGE_SIZE,
        n => n.min(MAX_PAGE_SIZE),
    };
    let page = req.page.clamp(1, MAX_PAGE);
    q.limit = per_page;
    q.offset = (page - 1) * per_page;
    let res = index.search(&q)?;
    Ok(SearchResults {
        query: text,
        pages: res.total.div_ceil(per_page).max(1),
        total: res.total,
        hits: res.hits,
        facets: res.facets,
        page,
    })
}

/// Every design in the index, with category counts.
pub fn catalogue(index: &SearchIndex) -> Result<search::Results> {
    let mut q = search::parse_query("")?;
    q.limit = 100_000;
    Ok(index.search(&q)?)
}

/// A makerspace and the designs buildable there.
#[derive(Debug, Clone)]
pub struct Buildable {
    /// The makerspace.
    pub makerspace: Makerspace,
    /// The designs whose parts fit its largest bed and whose sheets it stocks.
    pub designs: Vec<Hit>,
    /// The query that found them.
    pub query: String,
}

/// The designs buildable at makerspace `slug`.
pub fn buildable_at(store: &Store, index: &SearchIndex, slug: &str) -> Result<Buildable> {
    let space = super::makerspaces::find(store, slug)?;
    let query = buildable_query(&space);
    let mut q = search::parse_query(&query)?;
    q.limit = 200;
    Ok(Buildable {
        designs: index.search(&q)?.hits,
        makerspace: space,
        query,
    })
}

/// Reads a page number typed by a person (empty: page 1).
pub fn parse_page(s: &str) -> Result<usize> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(1);
    }
    s.parse::<usize>()
        .map_err(|_| Error::refused(Message::new("error-not-a-page-number").arg("page", s)))
}
