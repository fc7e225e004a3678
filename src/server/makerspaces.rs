//! Makerspaces: every profile, and one with its machines, stock and the designs buildable
//! there.

use axum::extract::{Path, State};
use axum::response::Response;
use serde::Serialize;

use super::auth::MaybeCaller;
use super::error::WebError;
use super::render::Page;
use super::state::AppState;
use super::views::{MakerspaceProfile, MakerspaceView, cards};

/// Every valid profile.
pub async fn profiles(state: &AppState) -> Result<Vec<MakerspaceProfile>, WebError> {
    let st = state.clone();
    state
        .with_store(move |store| {
            Ok(st
                .makerspaces(store)?
                .iter()
                .map(|(slug, m)| MakerspaceProfile::new(slug, m))
                .collect())
        })
        .await
}

/// The list page.
#[derive(Serialize)]
struct ListPage {
    spaces: Vec<MakerspaceProfile>,
}

/// `/makerspaces`: every profile.
pub async fn list(State(state): State<AppState>, who: MaybeCaller) -> Result<Response, WebError> {
    let spaces = profiles(&state).await?;
    Page::new("Makerspaces", who.nav(), ListPage { spaces }).render("makerspaces.html")
}

/// Makerspace `slug` and the designs buildable there.
pub async fn view(state: &AppState, slug: String) -> Result<MakerspaceView, WebError> {
    state
        .with_search(move |store, index| {
            let b = crate::app::search::buildable_at(store, index, &slug)?;
            Ok(MakerspaceView {
                makerspace: MakerspaceProfile::new(&slug, &b.makerspace),
                buildable: cards(&b.designs),
                query: b.query,
            })
        })
        .await
}

/// The makerspace page.
#[derive(Serialize)]
struct SpacePage {
    space: MakerspaceView,
}

/// `/makerspaces/{slug}`: profile, machines, stock, designs buildable there.
pub async fn show(
    State(state): State<AppState>,
    who: MaybeCaller,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let space = view(&state, slug).await?;
    Page::new(
        space.makerspace.name.clone(),
        who.nav(),
        SpacePage { space },
    )
    .render("makerspace.html")
}
