//! Every route on one screen.

use axum::Router;
use axum::routing::{get, post};

use super::state::AppState;
use super::{account, api, assets, pages};

/// The app's router.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/designs", get(api::designs))
        .route("/designs/{slug}", get(api::design))
        .route("/designs/{slug}/history", get(api::history))
        .route("/designs/{slug}/lineage", get(api::lineage))
        .route("/designs/{slug}/okh", get(api::okh))
        .route("/designs/{slug}/exports", get(api::start_export))
        .route("/designs/{slug}/fork", post(account::api_fork))
        .route("/search", get(api::search))
        .route("/makerspaces", get(api::makerspaces))
        .route("/makerspaces/{slug}", get(api::makerspace))
        .route("/jobs/{id}", get(api::job))
        .route("/openapi.json", get(api::openapi))
        .fallback(api::not_found);
    Router::new()
        .route("/", get(pages::home))
        .route("/search", get(pages::search))
        .route("/signup", get(account::signup_form).post(account::signup))
        .route("/login", get(account::login_form).post(account::login))
        .route("/logout", post(account::logout))
        .route("/account", get(account::account))
        .route("/account/tokens", post(account::new_token))
        .route("/designs/new", get(account::new_form).post(account::create))
        .route("/designs/{slug}", get(pages::design))
        .route(
            "/designs/{slug}/fork",
            get(account::fork_form).post(account::fork),
        )
        .route(
            "/designs/{slug}/edit",
            get(account::edit_form).post(account::edit),
        )
        .route("/designs/{slug}/images", post(account::upload_image))
        .route("/designs/{slug}/images/{name}", get(account::image))
        .route("/proposals/{id}", get(account::proposal))
        .route("/proposals/{id}/accept", post(account::accept))
        .route("/proposals/{id}/refuse", post(account::refuse))
        .route("/designs/{slug}/preview.png", get(pages::preview))
        .route("/designs/{slug}/download/{format}", get(pages::download))
        .route("/designs/{slug}/export", get(pages::export_job))
        .route("/designs/{slug}/history", get(pages::history))
        .route("/designs/{slug}/lineage", get(pages::lineage))
        .route("/makerspaces", get(pages::makerspaces))
        .route("/makerspaces/{slug}", get(pages::makerspace))
        .route("/jobs/{id}", get(pages::job))
        .route("/jobs/{id}/files.zip", get(pages::job_zip))
        .route("/jobs/{id}/files/{name}", get(pages::job_file))
        .route("/static/{*path}", get(assets::asset))
        .route("/healthz", get(pages::health))
        .route(
            "/favicon.ico",
            get(|| async { axum::response::Redirect::permanent("/static/favicon.svg") }),
        )
        .nest("/api/v1", api)
        .fallback(pages::not_found)
        .layer(axum::middleware::map_response(security_headers))
        .layer(axum::extract::DefaultBodyLimit::max(
            account::MAX_IMAGE_BYTES + 64 * 1024,
        ))
        .with_state(state)
}

/// Headers on every response: no framing (a maintainer cannot be tricked into clicking
/// "Accept" inside someone else's page), no content sniffing.
async fn security_headers(mut res: axum::response::Response) -> axum::response::Response {
    use axum::http::{HeaderValue, header};
    let h = res.headers_mut();
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static("frame-ancestors 'none'"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    res
}
