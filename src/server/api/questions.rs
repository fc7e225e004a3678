//! `/api/v1/designs/{slug}/questions`: a design's questions and answers, and asking or
//! answering with a token (hidden posts are shown only to those who may hide them).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{ApiJson, json_with};
use crate::app::questions::{self, Questions, Thread};
use crate::server::auth::{ApiWriter, MaybeCaller};
use crate::server::error::{ApiError, ErrorBody};
use crate::server::state::AppState;

/// A design's questions.
#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionList {
    /// The design.
    pub design: String,
    /// Newest question first, each `{question, answers}`; a post is `{id, slug, question,
    /// author_id, username, author, body, created_at, hidden}`.
    #[schema(value_type = Vec<Object>)]
    pub threads: Vec<Thread>,
    /// Whether the caller may hide posts.
    pub may_moderate: bool,
}

impl From<Questions> for QuestionList {
    fn from(q: Questions) -> Self {
        QuestionList {
            design: q.design,
            threads: q.threads,
            may_moderate: q.may_moderate,
        }
    }
}

/// A question, or with `question` an answer to it.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewPost {
    /// The text (at most 4000 characters).
    pub body: String,
    /// The question this answers; none to ask a new question.
    #[serde(default)]
    pub question: Option<i64>,
}

/// `GET /api/v1/designs/{slug}/questions`.
#[utoipa::path(get, path = "/api/v1/designs/{slug}/questions", tag = "questions",
    params(("slug" = String, Path, description = "the design")),
    responses((status = 200, body = QuestionList), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    who: MaybeCaller,
    Path(slug): Path<String>,
) -> Result<Json<QuestionList>, ApiError> {
    Ok(Json(
        crate::server::questions::of_design(&state, &who, &slug)
            .await?
            .into(),
    ))
}

/// `POST /api/v1/designs/{slug}/questions`: asks a question or answers one, as the token's
/// account (at most 10 an hour).
#[utoipa::path(post, path = "/api/v1/designs/{slug}/questions", tag = "questions", request_body = NewPost,
    params(("slug" = String, Path, description = "the design")),
    security(("token" = [])),
    responses((status = 201, description = "the question or answer as stored: {id, slug, question, author_id, username, author, body, created_at, hidden}"), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn add(
    State(state): State<AppState>,
    who: ApiWriter,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewPost>,
) -> Result<Response, ApiError> {
    let slug = crate::server::request::slug(&slug)?;
    let (st, actor) = (state.clone(), who.0.actor());
    let post = state
        .with_store(move |store| {
            let ctx = st.ctx(store);
            Ok(match body.question {
                Some(q) => questions::answer(&ctx, &actor, &slug, q, &body.body)?,
                None => questions::ask(&ctx, &actor, &slug, &body.body)?,
            })
        })
        .await?;
    Ok(json_with(StatusCode::CREATED, post))
}
