//! `/api/v1/projects…`.

use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;
use utoipa::ToSchema;

use crate::server::error::{ApiError, ErrorBody};
use crate::server::projects::{cards, view};
use crate::server::state::AppState;
use crate::server::views::{ProjectCard, ProjectView};

/// Every project.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProjectList {
    /// The projects (invalid ones with their problems).
    pub projects: Vec<ProjectCard>,
}

/// `GET /api/v1/projects`.
#[utoipa::path(get, path = "/api/v1/projects", tag = "projects",
    responses((status = 200, body = ProjectList)))]
pub async fn list(State(state): State<AppState>) -> Result<Json<ProjectList>, ApiError> {
    Ok(Json(ProjectList {
        projects: cards(&state).await?,
    }))
}

/// `GET /api/v1/projects/{slug}`: a project's designs, quantities, total parts, and sheets
/// and cost per makerspace.
#[utoipa::path(get, path = "/api/v1/projects/{slug}", tag = "projects",
    params(("slug" = String, Path, description = "the project")),
    responses((status = 200, body = ProjectView), (status = 404, body = ErrorBody)))]
pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<ProjectView>, ApiError> {
    Ok(Json(view(&state, slug).await?))
}
