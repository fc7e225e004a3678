//! The search page: the box, "fits my machine" and "buildable at" filters, facets and pages.

use axum::extract::{Query, State};
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::auth::MaybeCaller;
use super::error::WebError;
use super::render::Page;
use super::state::AppState;
use super::views::SearchView;
use crate::app::search::{SearchRequest, parse_page};

/// Search form fields (all text, so a bad value is our friendly error, not the extractor's).
#[derive(Debug, Default, Clone, Deserialize, utoipa::IntoParams)]
pub struct SearchForm {
    /// The query box.
    #[serde(default)]
    pub q: String,
    /// Page, from 1.
    #[serde(default)]
    pub page: String,
    /// "Fits my machine": bed `WxH`.
    #[serde(default)]
    pub bed: String,
    /// Stocked thicknesses `3,6`.
    #[serde(default)]
    pub thickness: String,
    /// Buildable at this makerspace (slug).
    #[serde(default)]
    pub makerspace: String,
}

fn some(s: &str) -> Option<String> {
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

/// Runs the search a form asks for.
pub async fn run(state: &AppState, form: SearchForm) -> Result<SearchView, WebError> {
    let req = SearchRequest {
        text: form.q.clone(),
        bed: some(&form.bed),
        thickness: some(&form.thickness),
        makerspace: some(&form.makerspace),
        page: parse_page(&form.page)?,
        per_page: 0,
    };
    state
        .with_search(move |store, index| {
            let r = crate::app::search::search(store, index, &req)?;
            Ok(SearchView::new(
                &form.q,
                &form.bed,
                &form.thickness,
                &form.makerspace,
                &r,
            ))
        })
        .await
}

/// A makerspace for the "buildable at" filter.
#[derive(Serialize)]
struct SpaceOption {
    slug: String,
    name: String,
}

/// The search page.
#[derive(Serialize)]
struct SearchPage {
    #[serde(flatten)]
    results: SearchView,
    makerspaces: Vec<SpaceOption>,
}

/// `/search?q=…`: results with facets, filters and pages.
pub async fn search(
    State(state): State<AppState>,
    who: MaybeCaller,
    Query(form): Query<SearchForm>,
) -> Result<Response, WebError> {
    let q = form.q.clone();
    let results = run(&state, form).await?;
    let st = state.clone();
    let makerspaces = state
        .with_store(move |store| {
            Ok(st
                .makerspaces(store)?
                .iter()
                .map(|(slug, m)| SpaceOption {
                    slug: slug.clone(),
                    name: m.name.clone(),
                })
                .collect())
        })
        .await?;
    let mut page = Page::new(
        super::lang::t("title-search"),
        who.nav(),
        SearchPage {
            results,
            makerspaces,
        },
    );
    page.q = q;
    page.render("search.html")
}
