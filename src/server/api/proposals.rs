//! `/api/v1/…/proposals`: a design's proposals, proposing a new version, one proposal with
//! its diff, and the maintainers' accept and refuse.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::designs::PackageUpload;
use super::{ApiJson, json_with};
use crate::app::proposals::{self, DiffLine};
use crate::server::auth::{ApiMaybeCaller, ApiWriter};
use crate::server::error::{ApiError, ErrorBody};
use crate::server::state::AppState;
use crate::server::views::ProposalView;

/// `GET /api/v1/designs/{slug}/proposals`, newest first.
#[utoipa::path(get, path = "/api/v1/designs/{slug}/proposals", tag = "proposals",
    params(("slug" = String, Path, description = "the design")),
    responses((status = 200, body = Vec<ProposalView>), (status = 404, body = ErrorBody)))]
pub async fn of_design(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Vec<ProposalView>>, ApiError> {
    let slug = crate::server::request::slug(&slug)?;
    let st = state.clone();
    let list = state
        .with_store(move |store| {
            crate::app::designs::read(store, &slug, None)?;
            Ok(proposals::of_design(&st.ctx(store), &slug)?
                .iter()
                .map(ProposalView::from)
                .collect())
        })
        .await?;
    Ok(Json(list))
}

/// `POST /api/v1/designs/{slug}/proposals`: proposes a new version for the maintainers to
/// review (stored files not sent are kept).
#[utoipa::path(post, path = "/api/v1/designs/{slug}/proposals", tag = "proposals", request_body = PackageUpload,
    params(("slug" = String, Path, description = "the design")),
    security(("token" = [])),
    responses((status = 201, body = ProposalView), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn propose(
    State(state): State<AppState>,
    who: ApiWriter,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<PackageUpload>,
) -> Result<Response, ApiError> {
    let slug = crate::server::request::slug(&slug)?;
    state.0.quotas.take(
        &who.0.user().username,
        crate::server::quota::Kind::Change,
        std::time::Instant::now(),
    )?;
    let files = body.files()?;
    crate::server::quota::take_storage(
        &state,
        who.0.user().id,
        crate::server::quota::package_bytes(&files),
    )
    .await?;
    let permit = state.check_permit().await?;
    let st = state.clone();
    let actor = who.0.actor();
    let p = state
        .with_store(move |store| {
            let _permit = permit;
            Ok(proposals::propose_changes(
                &st.ctx(store),
                &actor,
                &slug,
                files,
                &body.message,
            )?)
        })
        .await?;
    Ok(json_with(StatusCode::CREATED, ProposalView::from(&p)))
}

/// A proposal with its changes.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProposalDetail {
    /// The proposal.
    pub proposal: ProposalView,
    /// The proposer's username.
    pub proposer: Option<String>,
    /// The commit holding the proposed content.
    pub commit: String,
    /// The proposed design.toml against the current one.
    #[schema(value_type = Vec<Object>)]
    pub diff: Vec<DiffLine>,
    /// Whether the caller may accept or refuse it.
    pub may_decide: bool,
}

/// `GET /api/v1/proposals/{id}`.
#[utoipa::path(get, path = "/api/v1/proposals/{id}", tag = "proposals",
    params(("id" = i64, Path, description = "the proposal")),
    responses((status = 200, body = ProposalDetail), (status = 404, body = ErrorBody)))]
pub async fn show(
    State(state): State<AppState>,
    who: ApiMaybeCaller,
    Path(id): Path<i64>,
) -> Result<Json<ProposalDetail>, ApiError> {
    let viewer = who.0.as_ref().map(crate::server::auth::Caller::actor);
    let st = state.clone();
    let v = state
        .with_store(move |store| Ok(proposals::view(&st.ctx(store), viewer.as_ref(), id)?))
        .await?;
    Ok(Json(ProposalDetail {
        proposal: ProposalView::from(&v.proposal),
        proposer: v.proposer,
        commit: v.commit,
        diff: v.diff,
        may_decide: v.may_decide,
    }))
}

/// A refusal.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct RefuseRequest {
    /// Why (shown to the proposer).
    #[serde(default)]
    pub reason: String,
}

/// `POST /api/v1/proposals/{id}/accept`: publishes it (the proposer stays the author).
#[utoipa::path(post, path = "/api/v1/proposals/{id}/accept", tag = "proposals",
    params(("id" = i64, Path, description = "the proposal")),
    security(("token" = [])),
    responses((status = 200, body = ProposalView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn accept(
    State(state): State<AppState>,
    who: ApiWriter,
    Path(id): Path<i64>,
) -> Result<Json<ProposalView>, ApiError> {
    Ok(Json(
        crate::server::proposals::decide_for(&state, &who.0, id, true, String::new()).await?,
    ))
}

/// `POST /api/v1/proposals/{id}/refuse`.
#[utoipa::path(post, path = "/api/v1/proposals/{id}/refuse", tag = "proposals", request_body = RefuseRequest,
    params(("id" = i64, Path, description = "the proposal")),
    security(("token" = [])),
    responses((status = 200, body = ProposalView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn refuse(
    State(state): State<AppState>,
    who: ApiWriter,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<RefuseRequest>,
) -> Result<Json<ProposalView>, ApiError> {
    Ok(Json(
        crate::server::proposals::decide_for(&state, &who.0, id, false, body.reason).await?,
    ))
}
