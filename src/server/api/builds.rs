//! `/api/v1/designs/{slug}/builds`: a design's build logs, counted by outcome, and logging a
//! build with a token (the log's TOML, photos in base64, the export's manifest).

use crate::i18n::Message;
use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use base64::Engine;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{ApiJson, json_with};
use crate::app::builds::{self, Build, BuildCounts, BuildInput, Builds, InvalidBuild};
use crate::server::auth::ApiWriter;
use crate::server::error::{ApiError, ErrorBody, WebError};
use crate::server::state::AppState;

/// A design's builds.
#[derive(Debug, Serialize, ToSchema)]
pub struct BuildList {
    /// The design.
    pub design: String,
    /// Counts by outcome (`total`, `works`, `works_with_changes`, `failed`, `verified`).
    #[schema(value_type = Object)]
    pub counts: BuildCounts,
    /// Valid logs, newest first: the log's fields (docs/build-log.md) with `id`, `design`,
    /// `verified`, `unverified_because` (English) and `unverified_codes` (the same reasons
    /// as `{code, args}` messages, the same in every language).
    #[schema(value_type = Vec<Object>)]
    pub builds: Vec<Build>,
    /// Stored logs that fail validation, with their problems.
    #[schema(value_type = Vec<Object>)]
    pub invalid: Vec<InvalidBuild>,
}

impl From<Builds> for BuildList {
    fn from(b: Builds) -> Self {
        BuildList {
            design: b.design,
            counts: b.counts,
            builds: b.builds,
            invalid: b.invalid,
        }
    }
}

/// A build log sent by a script.
#[derive(Debug, Deserialize, ToSchema)]
pub struct BuildUpload {
    /// The log's TOML text (docs/build-log.md).
    pub log: String,
    /// Photos by file name, base64-encoded PNG or JPEG.
    #[serde(default)]
    pub photos: BTreeMap<String, String>,
    /// The export's `manifest.json`, when the build was cut from Barnraise's files.
    #[schema(value_type = Option<Object>)]
    #[serde(default)]
    pub manifest: Option<serde_json::Value>,
}

/// A build just logged.
#[derive(Debug, Serialize, ToSchema)]
pub struct LoggedView {
    /// The build as stored.
    #[schema(value_type = Object)]
    pub build: Build,
    /// The commit that added it.
    pub commit: String,
    /// The log's path in the store.
    pub path: String,
}

/// `GET /api/v1/designs/{slug}/builds`.
#[utoipa::path(get, path = "/api/v1/designs/{slug}/builds", tag = "builds",
    params(("slug" = String, Path, description = "the design")),
    responses((status = 200, body = BuildList), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<BuildList>, ApiError> {
    let slug = crate::server::request::slug(&slug)?;
    let all = state
        .with_store(move |store| Ok(builds::list(store, &slug)?))
        .await?;
    Ok(Json(all.into()))
}

/// `POST /api/v1/designs/{slug}/builds`: logs a build, authored by the token's account.
#[utoipa::path(post, path = "/api/v1/designs/{slug}/builds", tag = "builds", request_body = BuildUpload,
    params(("slug" = String, Path, description = "the design")),
    security(("token" = [])),
    responses((status = 201, body = LoggedView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn add(
    State(state): State<AppState>,
    who: ApiWriter,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<BuildUpload>,
) -> Result<Response, ApiError> {
    let slug = crate::server::request::slug(&slug)?;
    let mut input = BuildInput {
        text: body.log,
        source: Some("log".into()),
        photos: Vec::new(),
        manifest: body
            .manifest
            .map(|m| serde_json::to_vec(&m))
            .transpose()
            .map_err(|e| {
                WebError::bad_request(
                    Message::new("error-field-reason")
                        .arg("field", "manifest")
                        .arg("reason", e.to_string()),
                )
            })?,
    };
    for (name, b64) in &body.photos {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(b64.trim())
            .map_err(|e| not_base64(&format!("photos.{name}"), &e))?;
        input.photos.push((name.clone(), bytes));
    }
    state.0.quotas.take(
        &who.0.user().username,
        crate::server::quota::Kind::Change,
        std::time::Instant::now(),
    )?;
    let st = state.clone();
    let actor = who.0.actor();
    let done = state
        .with_store(move |store| Ok(builds::log_build(&st.ctx(store), &actor, &slug, input)?))
        .await?;
    Ok(json_with(
        StatusCode::CREATED,
        LoggedView {
            build: done.build,
            commit: done.commit,
            path: done.path,
        },
    ))
}

/// `field` of a JSON body is not base64.
pub(super) fn not_base64(field: &str, e: &base64::DecodeError) -> WebError {
    WebError::bad_request(
        Message::new("error-not-base64")
            .arg("field", field)
            .arg("reason", e.to_string()),
    )
}
