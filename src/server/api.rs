//! The JSON API under `/api/v1`: the same views as the pages, as JSON; errors as
//! `{ "error", "status" }`. The OpenAPI document describes every route.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::error::{ApiError, AppError};
use super::pages::{self, SearchForm};
use super::state::AppState;
use super::views::DesignCard;
use crate::search::parse_query;

type ApiResult = Result<Response, ApiError>;

/// `GET /api/v1/designs`: every design (cards).
pub async fn designs(State(state): State<AppState>) -> ApiResult {
    let cards = state
        .with_search(|_, index| {
            let mut q = parse_query("")?;
            q.limit = 100_000;
            let res = index.search(&q)?;
            Ok(res
                .hits
                .into_iter()
                .map(DesignCard::from)
                .collect::<Vec<_>>())
        })
        .await?;
    Ok(Json(json!({ "total": cards.len(), "designs": cards })).into_response())
}

/// `GET /api/v1/designs/{slug}?rev=…&param=…`: one design evaluated at the parameters.
pub async fn design(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> ApiResult {
    let (view, extra) = pages::design_view(&state, slug, q).await?;
    let mut v = serde_json::to_value(view).map_err(|e| AppError::Internal(e.to_string()))?;
    v["forks"] = extra["forks"].clone();
    v["contributors"] = extra["contributors"].clone();
    v["sheet_estimates"] = extra["sheet_estimates"].clone();
    Ok(Json(v).into_response())
}

/// `GET /api/v1/search?q=…&page=…`: hits, facets, pages.
pub async fn search(State(state): State<AppState>, Query(form): Query<SearchForm>) -> ApiResult {
    let mut v = pages::run_search(&state, form).await?;
    if let Some(o) = v.as_object_mut() {
        o.remove("makerspaces");
    }
    Ok(Json(v).into_response())
}

/// `GET /api/v1/designs/{slug}/history`.
pub async fn history(State(state): State<AppState>, Path(slug): Path<String>) -> ApiResult {
    Ok(Json(pages::history_view(&state, slug).await?).into_response())
}

/// `GET /api/v1/designs/{slug}/lineage`.
pub async fn lineage(State(state): State<AppState>, Path(slug): Path<String>) -> ApiResult {
    Ok(Json(pages::lineage_view(&state, slug).await?).into_response())
}

/// `GET /api/v1/makerspaces`.
pub async fn makerspaces(State(state): State<AppState>) -> ApiResult {
    let spaces = state
        .with_store(|store| {
            Ok(store
                .makerspaces(None)?
                .into_iter()
                .filter_map(|e| {
                    e.makerspace
                        .map(|m| json!({"slug": e.slug, "makerspace": m}))
                })
                .collect::<Vec<_>>())
        })
        .await?;
    Ok(Json(json!({ "makerspaces": spaces })).into_response())
}

/// `GET /api/v1/makerspaces/{slug}`.
pub async fn makerspace(State(state): State<AppState>, Path(slug): Path<String>) -> ApiResult {
    Ok(Json(pages::makerspace_view(&state, slug).await?).into_response())
}

/// `GET /api/v1/designs/{slug}/exports?format=…`: starts (or reuses) an export job.
pub async fn start_export(
    State(state): State<AppState>,
    client: super::account::Client,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> ApiResult {
    let id = pages::start_export(&state, slug, q, client.0).await?;
    let job = pages::job_status(&state, &id).await?;
    Ok((StatusCode::ACCEPTED, Json(job_json(&job))).into_response())
}

fn job_json(job: &super::jobs::JobStatus) -> Value {
    let mut v = serde_json::to_value(job).unwrap_or_default();
    v["links"] = json!({
        "self": format!("/api/v1/jobs/{}", job.id),
        "page": format!("/jobs/{}", job.id),
        "zip": format!("/jobs/{}/files.zip", job.id),
        "files": job.files.iter().map(|f| format!("/jobs/{}/files/{f}", job.id)).collect::<Vec<_>>(),
    });
    v
}

/// `GET /api/v1/designs/{slug}/okh`: the design's Open Know-How manifest (`okh.toml`).
pub async fn okh(
    state: State<AppState>,
    Path(slug): Path<String>,
    q: Query<BTreeMap<String, String>>,
) -> ApiResult {
    Ok(pages::download(state, Path((slug, "okh".to_string())), q).await?)
}

/// `GET /api/v1/jobs/{id}`: an export job's progress and files.
pub async fn job(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let job = pages::job_status(&state, &id).await?;
    Ok(Json(job_json(&job)).into_response())
}

/// Unknown API paths: JSON 404.
pub async fn not_found() -> ApiResult {
    Err(AppError::NotFound("no such API route; see /api/v1/openapi.json".into()).into())
}

/// `GET /api/v1/openapi.json`.
pub async fn openapi() -> Response {
    Json(openapi_doc()).into_response()
}

/// The OpenAPI 3.1 document of the API.
pub fn openapi_doc() -> Value {
    let slug =
        json!({"name": "slug", "in": "path", "required": true, "schema": {"type": "string"}});
    let err = json!({"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}});
    let ok = |d: &str| json!({"200": {"description": d, "content": {"application/json": {"schema": {"type": "object"}}}}, "default": err.clone()});
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Barnraise API", "version": "1", "description": "Open hardware designs: browse, search, history, lineage, makerspaces and export jobs. Reads are public; writes need a session or an API token (401 otherwise)."},
        "paths": {
            "/api/v1/designs": {"get": {"summary": "Every design", "responses": ok("designs")}},
            "/api/v1/designs/{slug}": {"get": {"summary": "A design evaluated at its parameters (query: rev and any parameter=value)", "parameters": [slug.clone(), {"name": "rev", "in": "query", "schema": {"type": "string"}}], "responses": ok("the design")}},
            "/api/v1/designs/{slug}/history": {"get": {"summary": "Commits, releases and contributors", "parameters": [slug.clone()], "responses": ok("history")}},
            "/api/v1/designs/{slug}/lineage": {"get": {"summary": "Ancestors and forks", "parameters": [slug.clone()], "responses": ok("lineage")}},
            "/api/v1/designs/{slug}/exports": {"get": {"summary": "Start or reuse an export job (query: format=svg|dxf|gcode|pdf|all, makerspace, machine, time_limit, parameters)", "parameters": [slug.clone(), {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["svg", "dxf", "gcode", "pdf", "all"]}}], "responses": {"202": {"description": "the job"}, "429": {"description": "too many exports waiting (64 in all, 4 per client)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "default": err.clone()}}},
            "/api/v1/search": {"get": {"summary": "Search with filters and facet counts", "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}, {"name": "page", "in": "query", "schema": {"type": "integer"}}, {"name": "bed", "in": "query", "schema": {"type": "string"}}, {"name": "thickness", "in": "query", "schema": {"type": "string"}}, {"name": "makerspace", "in": "query", "schema": {"type": "string"}}], "responses": ok("results")}},
            "/api/v1/designs/{slug}/okh": {"get": {"summary": "The design's Open Know-How (OKH-LOSH) manifest, okh.toml", "parameters": [slug.clone()], "responses": {"200": {"description": "okh.toml", "content": {"text/plain": {}}}, "default": err.clone()}}},
            "/api/v1/makerspaces": {"get": {"summary": "Every makerspace profile", "responses": ok("makerspaces")}},
            "/api/v1/makerspaces/{slug}": {"get": {"summary": "A makerspace and the designs buildable there", "parameters": [slug.clone()], "responses": ok("makerspace")}},
            "/api/v1/jobs/{id}": {"get": {"summary": "An export job's progress and files", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": ok("job")}},
            "/api/v1/openapi.json": {"get": {"summary": "This document", "responses": ok("OpenAPI")}},
        },
        "components": {"schemas": {"Error": {"type": "object", "required": ["error", "status"], "properties": {"error": {"type": "string"}, "status": {"type": "integer"}, "problems": {"type": "array"}}}}},
    })
}
