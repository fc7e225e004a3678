//! `/api/v1/search`.

use axum::Json;
use axum::extract::{Query, State};

use crate::server::error::{ApiError, ErrorBody};
use crate::server::search::{SearchForm, run};
use crate::server::state::AppState;
use crate::server::views::SearchView;

/// `GET /api/v1/search?q=…&page=…`: hits, facets, pages.
#[utoipa::path(get, path = "/api/v1/search", tag = "search", params(SearchForm),
    responses((status = 200, body = SearchView), (status = 400, body = ErrorBody)))]
pub async fn search(
    State(state): State<AppState>,
    Query(form): Query<SearchForm>,
) -> Result<Json<SearchView>, ApiError> {
    Ok(Json(run(&state, form).await?))
}
