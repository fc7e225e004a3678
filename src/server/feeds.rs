//! Atom feeds: new and changed designs, a design's changes and builds, a makerspace's builds
//! (`app::feeds` makes them; this module only serves them).

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::error::WebError;
use super::state::AppState;
use crate::app::feeds::{self, Feed};

fn atom(feed: Feed) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        feed.to_atom(),
    )
        .into_response()
}

/// `GET /feeds/designs.atom`.
pub async fn designs(State(state): State<AppState>) -> Result<Response, WebError> {
    let (base, now) = (state.base_url().to_string(), state.now());
    let feed = state
        .with_store(move |store| Ok(feeds::designs(store, &base, now)?))
        .await?;
    Ok(atom(feed))
}

/// `GET /designs/{slug}/feed.atom`.
pub async fn design(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let slug = super::request::slug(&slug)?;
    let (base, now) = (state.base_url().to_string(), state.now());
    let feed = state
        .with_store(move |store| Ok(feeds::design(store, &slug, &base, now)?))
        .await?;
    Ok(atom(feed))
}

/// `GET /makerspaces/{slug}/feed.atom`.
pub async fn makerspace(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let slug = super::request::slug(&slug)?;
    let (base, now) = (state.base_url().to_string(), state.now());
    let feed = state
        .with_store(move |store| Ok(feeds::makerspace(store, &slug, &base, now)?))
        .await?;
    Ok(atom(feed))
}
