//! The JSON API under `/api/v1`: one module per resource, each handler annotated with its
//! OpenAPI operation, so the document (`/api/v1/openapi.json`) is generated from the same
//! list the router is built from and cannot drift. Every rejection is JSON
//! `{ "error", "status", … }`: the handlers' own, the extractors' (a body that is not JSON,
//! a missing field), unknown routes and wrong methods alike. Writes need an API token
//! (`Authorization: Bearer …`), checked before the body is read.

pub mod builds;
pub mod designs;
pub mod exports;
pub mod makerspaces;
pub mod projects;
pub mod proposals;
pub mod questions;
pub mod search;

use crate::i18n::Message;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::error::{ApiError, ErrorBody, WebError};
use super::state::AppState;

/// The document's fixed parts; the paths come from the handlers.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Barnraise API",
        version = "1",
        description = "Open hardware designs: browse, search, history, lineage, makerspaces, export jobs, and changes (publish, propose, fork, accept, refuse). Reads are public; writes need an API token (Authorization: Bearer …), else 401. Every error is JSON {error, status, problems?, hint?}; error is in the language the request asks for (?lang=, Accept-Language), English when it asks for none."
    ),
    components(schemas(ErrorBody)),
    modifiers(&TokenAuth),
    tags(
        (name = "designs", description = "Designs, their history and lineage"),
        (name = "builds", description = "Build logs: who built a design, where, and how it went"),
        (name = "proposals", description = "Changes waiting for a maintainer"),
        (name = "questions", description = "Questions and answers on a design's page"),
        (name = "exports", description = "Cut files and build sheets as background jobs"),
        (name = "search", description = "Finding designs"),
        (name = "makerspaces", description = "Machines and stock of makerspaces"),
        (name = "projects", description = "Several designs cut as one job")
    )
)]
struct ApiDoc;

/// Declares the `token` security scheme the write operations name.
struct TokenAuth;

impl utoipa::Modify for TokenAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API token made on the account page"))
                    .build(),
            ),
        );
    }
}

/// The API's routes and its OpenAPI document, built from one list.
pub fn routes() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(designs::list, designs::create))
        .routes(routes!(designs::show, designs::update))
        .routes(routes!(designs::history))
        .routes(routes!(designs::lineage))
        .routes(routes!(designs::okh))
        .routes(routes!(designs::fork))
        .routes(routes!(builds::list, builds::add))
        .routes(routes!(questions::list, questions::add))
        .routes(routes!(proposals::of_design, proposals::propose))
        .routes(routes!(proposals::show))
        .routes(routes!(proposals::accept))
        .routes(routes!(proposals::refuse))
        .routes(routes!(exports::start))
        .routes(routes!(exports::job))
        .routes(routes!(search::search))
        .routes(routes!(makerspaces::list))
        .routes(routes!(makerspaces::show))
        .routes(routes!(projects::list))
        .routes(routes!(projects::show))
        .split_for_parts()
}

/// The API router: the routes, the document, a JSON 404 for unknown paths, and JSON for
/// every error response.
pub fn router() -> Router<AppState> {
    let (api, doc) = routes();
    let doc = std::sync::Arc::new(doc);
    api.route(
        "/api/v1/openapi.json",
        axum::routing::get(move || {
            let doc = doc.clone();
            async move { Json(doc.as_ref().clone()) }
        }),
    )
    .route("/api/v1", axum::routing::any(not_found))
    .route("/api/v1/{*rest}", axum::routing::any(not_found))
    .layer(axum::middleware::map_response(json_errors))
}

async fn not_found() -> ApiError {
    WebError::not_found(Message::new("error-no-api-route")).into()
}

/// Any error response that is not JSON (a wrong method, a body too large, an extractor's
/// rejection) becomes one.
async fn json_errors(res: Response) -> Response {
    let status = res.status();
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if status.as_u16() < 400 || is_json {
        return res;
    }
    let body = ErrorBody {
        error: status
            .canonical_reason()
            .unwrap_or("the request was refused")
            .to_lowercase(),
        status: status.as_u16(),
        code: None,
        problems: Vec::new(),
        hint: None,
    };
    (status, Json(body)).into_response()
}

/// A JSON body whose rejection is a JSON 400 naming what is wrong.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(e) => Err(WebError::bad_request(
                Message::new("error-request-body").arg("reason", e.body_text()),
            )
            .into()),
        }
    }
}

/// A `201 Created` (or other status) with a JSON body.
pub fn json_with<T: serde::Serialize>(status: StatusCode, value: T) -> Response {
    (status, Json(value)).into_response()
}
