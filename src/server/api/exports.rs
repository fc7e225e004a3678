//! `/api/v1/…/exports` and `/api/v1/jobs/{id}`: starting an export job and following it.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use utoipa::ToSchema;

use super::{ApiJson, json_with};
use crate::server::auth::Client;
use crate::server::error::{ApiError, ErrorBody};
use crate::server::exports::{ExportFields, start_export, status};
use crate::server::state::AppState;
use crate::server::views::JobView;

/// An export to start.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct ExportRequest {
    /// `all` (default), `svg`, `dxf`, `gcode` or `pdf`.
    #[serde(default)]
    pub format: Option<String>,
    /// A makerspace's slug: its machines, stock and measured thickness are used.
    #[serde(default)]
    pub makerspace: Option<String>,
    /// One of its machines (default: the best for the format).
    #[serde(default)]
    pub machine: Option<String>,
    /// Seconds to spend on nesting, 0 to 20.
    #[serde(default)]
    pub time_limit: Option<f64>,
    /// A stock of the makerspace for a design material (`{"ply18": "birch18"}`).
    #[serde(default)]
    pub stock: BTreeMap<String, String>,
    /// Parameter values (`{"thickness": 17.4}`).
    #[serde(default)]
    #[schema(value_type = Object)]
    pub params: BTreeMap<String, serde_json::Value>,
}

/// `POST /api/v1/designs/{slug}/exports`: starts (or reuses) an export job.
#[utoipa::path(post, path = "/api/v1/designs/{slug}/exports", tag = "exports", request_body = ExportRequest,
    params(("slug" = String, Path, description = "the design")),
    responses((status = 202, body = JobView), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 429, description = "too many exports waiting (64 in all, 4 per client)", body = ErrorBody)))]
pub async fn start(
    State(state): State<AppState>,
    client: Client,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<ExportRequest>,
) -> Result<Response, ApiError> {
    let fields = ExportFields {
        format: body.format,
        makerspace: body.makerspace.filter(|m| !m.trim().is_empty()),
        machine: body.machine.filter(|m| !m.trim().is_empty()),
        time_limit: body.time_limit.map(|t| t.to_string()),
        stock: body.stock,
        params: body
            .params
            .into_iter()
            .map(|(k, v)| {
                let text = match v {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                };
                (k, text)
            })
            .collect(),
    };
    let id = start_export(&state, &slug, fields, client.0).await?;
    let job = status(&state, &id).await?;
    Ok(json_with(StatusCode::ACCEPTED, JobView::from(&job)))
}

/// `GET /api/v1/jobs/{id}`: an export job's progress and files.
#[utoipa::path(get, path = "/api/v1/jobs/{id}", tag = "exports",
    params(("id" = String, Path, description = "the job")),
    responses((status = 200, body = JobView), (status = 404, body = ErrorBody)))]
pub async fn job(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<JobView>, ApiError> {
    Ok(Json(JobView::from(&status(&state, &id).await?)))
}
