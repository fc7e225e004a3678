//! `/api/v1/makerspaces…`.

use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;
use utoipa::ToSchema;

use crate::server::error::{ApiError, ErrorBody};
use crate::server::makerspaces::{profiles, view};
use crate::server::state::AppState;
use crate::server::views::{MakerspaceProfile, MakerspaceView};

/// Every makerspace.
#[derive(Debug, Serialize, ToSchema)]
pub struct MakerspaceList {
    /// The profiles.
    pub makerspaces: Vec<MakerspaceProfile>,
}

/// `GET /api/v1/makerspaces`.
#[utoipa::path(get, path = "/api/v1/makerspaces", tag = "makerspaces",
    responses((status = 200, body = MakerspaceList)))]
pub async fn list(State(state): State<AppState>) -> Result<Json<MakerspaceList>, ApiError> {
    Ok(Json(MakerspaceList {
        makerspaces: profiles(&state).await?,
    }))
}

/// `GET /api/v1/makerspaces/{slug}`: a makerspace and the designs buildable there.
#[utoipa::path(get, path = "/api/v1/makerspaces/{slug}", tag = "makerspaces",
    params(("slug" = String, Path, description = "the makerspace")),
    responses((status = 200, body = MakerspaceView), (status = 404, body = ErrorBody)))]
pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<MakerspaceView>, ApiError> {
    Ok(Json(view(&state, slug).await?))
}
