//! `/api/v1/designs…`: the catalogue, a design at its parameters, its history, lineage and
//! OKH manifest; publishing a package (new, or a new version), and forking.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use base64::Engine;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{ApiJson, json_with};
use crate::app::designs::{self, Publication, Target};
use crate::package::MANIFEST;
use crate::server::auth::ApiWriter;
use crate::server::error::{ApiError, ErrorBody};
use crate::server::state::AppState;
use crate::server::views::{DesignCard, DesignView, HistoryView, LineageView, ProposalView, cards};
use crate::store::PackageFiles;

/// Every design.
#[derive(Debug, Serialize, ToSchema)]
pub struct DesignList {
    /// How many.
    pub total: usize,
    /// Their cards.
    pub designs: Vec<DesignCard>,
}

/// `GET /api/v1/designs`.
#[utoipa::path(get, path = "/api/v1/designs", tag = "designs",
    responses((status = 200, body = DesignList)))]
pub async fn list(State(state): State<AppState>) -> Result<Json<DesignList>, ApiError> {
    let designs = state
        .with_search(|_, index| Ok(cards(&crate::app::search::catalogue(index)?.hits)))
        .await?;
    Ok(Json(DesignList {
        total: designs.len(),
        designs,
    }))
}

/// `GET /api/v1/designs/{slug}?rev=…&name=value…`: a design evaluated at its parameters.
#[utoipa::path(get, path = "/api/v1/designs/{slug}", tag = "designs",
    params(("slug" = String, Path, description = "the design"),
           ("rev" = Option<String>, Query, description = "a published revision (commit or release tag); any other key is a parameter of the design, e.g. thickness=17.4")),
    responses((status = 200, body = DesignView), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<Json<DesignView>, ApiError> {
    let view = crate::server::designs::page_view(&state, slug, q).await?;
    Ok(Json(view.design.clone()))
}

/// `GET /api/v1/designs/{slug}/history`.
#[utoipa::path(get, path = "/api/v1/designs/{slug}/history", tag = "designs",
    params(("slug" = String, Path, description = "the design")),
    responses((status = 200, body = HistoryView), (status = 404, body = ErrorBody)))]
pub async fn history(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<HistoryView>, ApiError> {
    Ok(Json(
        crate::server::designs::history_view(&state, &slug).await?,
    ))
}

/// `GET /api/v1/designs/{slug}/lineage`.
#[utoipa::path(get, path = "/api/v1/designs/{slug}/lineage", tag = "designs",
    params(("slug" = String, Path, description = "the design")),
    responses((status = 200, body = LineageView), (status = 404, body = ErrorBody)))]
pub async fn lineage(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<LineageView>, ApiError> {
    Ok(Json(
        crate::server::designs::lineage_view(&state, &slug).await?,
    ))
}

/// `GET /api/v1/designs/{slug}/okh`: the design's Open Know-How manifest (`okh.toml`).
#[utoipa::path(get, path = "/api/v1/designs/{slug}/okh", tag = "designs",
    params(("slug" = String, Path, description = "the design")),
    responses((status = 200, description = "okh.toml", content_type = "text/plain"), (status = 404, body = ErrorBody)))]
pub async fn okh(
    state: State<AppState>,
    Path(slug): Path<String>,
    q: Query<BTreeMap<String, String>>,
) -> Result<Response, ApiError> {
    Ok(crate::server::designs::download(state, Path((slug, "okh".to_string())), q).await?)
}

/// A design package sent by a script.
#[derive(Debug, Deserialize, ToSchema)]
pub struct PackageUpload {
    /// The text of `design.toml`.
    pub manifest: String,
    /// Other files of the package by path (`images/photo.jpg`), base64-encoded.
    #[serde(default)]
    pub files: BTreeMap<String, String>,
    /// What changed (the commit message).
    #[serde(default)]
    pub message: String,
}

impl PackageUpload {
    /// The files sent: the manifest and the decoded others.
    pub fn files(&self) -> Result<PackageFiles, ApiError> {
        let mut files = PackageFiles::new();
        files.insert(MANIFEST.into(), self.manifest.as_bytes().to_vec());
        for (path, b64) in &self.files {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b64.trim())
                .map_err(|e| super::builds::not_base64(&format!("files.{path}"), &e))?;
            files.insert(path.clone(), bytes);
        }
        Ok(files)
    }
}

/// What a publish did.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicationView {
    /// `published` or `proposed`.
    pub outcome: String,
    /// The design.
    pub slug: String,
    /// The new commit, when published.
    pub commit: Option<String>,
    /// The version, when published.
    pub version: Option<String>,
    /// The proposal, when proposed.
    pub proposal: Option<ProposalView>,
    /// Where to look.
    pub url: String,
}

fn publication(p: &Publication) -> (StatusCode, PublicationView) {
    match p {
        Publication::Published(d) => (
            if d.created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            },
            PublicationView {
                outcome: "published".into(),
                slug: d.slug.clone(),
                commit: Some(d.commit.clone()),
                version: Some(d.version.clone()),
                proposal: None,
                url: format!("/api/v1/designs/{}", d.slug),
            },
        ),
        Publication::Proposed(pr) => (
            StatusCode::ACCEPTED,
            PublicationView {
                outcome: "proposed".into(),
                slug: pr.slug.clone(),
                commit: None,
                version: None,
                proposal: Some(ProposalView::from(pr)),
                url: format!("/api/v1/proposals/{}", pr.id),
            },
        ),
    }
}

async fn publish(
    state: &AppState,
    who: &ApiWriter,
    body: PackageUpload,
    target: Target,
) -> Result<Response, ApiError> {
    state.0.quotas.take(
        &who.0.user().username,
        crate::server::quota::Kind::Change,
        std::time::Instant::now(),
    )?;
    let files = body.files()?;
    crate::server::quota::take_storage(
        state,
        who.0.user().id,
        crate::server::quota::package_bytes(&files),
    )
    .await?;
    let permit = state.check_permit().await?;
    let st = state.clone();
    let actor = who.0.actor();
    let done = state
        .with_store(move |store| {
            let _permit = permit;
            Ok(designs::publish_changes(
                &st.ctx(store),
                &actor,
                &target,
                files,
                &body.message,
            )?)
        })
        .await?;
    let (status, view) = publication(&done);
    Ok(json_with(status, view))
}

/// `POST /api/v1/designs`: publishes a new design (the caller maintains it).
#[utoipa::path(post, path = "/api/v1/designs", tag = "designs", request_body = PackageUpload,
    security(("token" = [])),
    responses((status = 201, body = PublicationView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 409, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    who: ApiWriter,
    ApiJson(body): ApiJson<PackageUpload>,
) -> Result<Response, ApiError> {
    publish(&state, &who, body, Target::New).await
}

/// `PUT /api/v1/designs/{slug}`: a new version: published by a maintainer (200), proposed by
/// anyone else (202). Stored files not sent are kept.
#[utoipa::path(put, path = "/api/v1/designs/{slug}", tag = "designs", request_body = PackageUpload,
    params(("slug" = String, Path, description = "the design")),
    security(("token" = [])),
    responses((status = 200, body = PublicationView), (status = 202, body = PublicationView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    who: ApiWriter,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<PackageUpload>,
) -> Result<Response, ApiError> {
    let slug = crate::server::request::slug(&slug)?;
    publish(&state, &who, body, Target::Update(slug)).await
}

/// A fork request.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ForkRequest {
    /// The new design's slug.
    pub new_slug: String,
    /// Its licence (SPDX), if not the original's; the original's licence must allow it.
    #[serde(default)]
    pub license: String,
}

/// A fork made.
#[derive(Debug, Serialize, ToSchema)]
pub struct ForkView {
    /// The new design.
    pub slug: String,
    /// The design forked.
    pub from: String,
    /// The fork's licence.
    pub license: String,
    /// The new commit.
    pub commit: String,
    /// The new design in the API.
    pub url: String,
}

/// `POST /api/v1/designs/{slug}/fork`: copies the design under a new slug; the caller
/// maintains the fork.
#[utoipa::path(post, path = "/api/v1/designs/{slug}/fork", tag = "designs", request_body = ForkRequest,
    params(("slug" = String, Path, description = "the design to fork")),
    security(("token" = [])),
    responses((status = 201, body = ForkView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn fork(
    State(state): State<AppState>,
    who: ApiWriter,
    Path(slug): Path<String>,
    ApiJson(f): ApiJson<ForkRequest>,
) -> Result<Response, ApiError> {
    let done = crate::server::designs::fork_for(&state, &who.0, &slug, f.new_slug, f.license, None)
        .await?;
    Ok(json_with(
        StatusCode::CREATED,
        ForkView {
            url: format!("/api/v1/designs/{}", done.slug),
            slug: done.slug,
            from: done.from,
            license: done.license,
            commit: done.commit,
        },
    ))
}
