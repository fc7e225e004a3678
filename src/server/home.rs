//! The front page, the health check and the friendly 404.

use crate::i18n::Message;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;

use super::auth::MaybeCaller;
use super::error::WebError;
use super::render::Page;
use super::state::AppState;
use super::views::{DesignCard, FacetCount, cards, facets};

/// The front page.
#[derive(Serialize)]
struct HomeView {
    recent: Vec<DesignCard>,
    forked: Vec<DesignCard>,
    categories: Vec<FacetCount>,
    total: usize,
}

/// `/`: what Barnraise is, recent and most-forked designs, categories.
pub async fn home(State(state): State<AppState>, who: MaybeCaller) -> Result<Response, WebError> {
    let view = state
        .with_search(|store, index| {
            let all = crate::app::search::catalogue(index)?;
            let changed = crate::app::designs::last_changed(store)?;
            let mut cards = cards(&all.hits);
            cards.sort_by_key(|c| std::cmp::Reverse(changed.get(&c.slug).copied().unwrap_or(0)));
            let recent: Vec<DesignCard> = cards.iter().take(6).cloned().collect();
            let mut forked = cards;
            forked.sort_by(|a, b| b.forks.cmp(&a.forks).then(a.name.cmp(&b.name)));
            forked.retain(|c| c.forks > 0);
            forked.truncate(6);
            Ok(HomeView {
                recent,
                forked,
                categories: facets(&all.facets).remove("category").unwrap_or_default(),
                total: all.total,
            })
        })
        .await?;
    Page::new("Barnraise", who.nav(), view).render("home.html")
}

/// `/healthz`.
pub async fn health() -> (StatusCode, &'static str) {
    (StatusCode::OK, "ok")
}

/// Any unknown path: a friendly 404.
pub async fn not_found() -> WebError {
    WebError::not_found(Message::new("error-no-page"))
}
