//! Every route on one screen: the pages by resource, the API (with its generated OpenAPI
//! document), static assets, and the headers every response carries.

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use axum::routing::{get, post};
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};

use super::state::AppState;
use super::{
    accounts, api, assets, builds, designs, exports, feeds, home, images, imports, lang,
    makerspaces, offline, peers, projects, proposals, questions, search,
};

/// The largest request body: a photo upload (or an API package) with its form fields.
pub const MAX_BODY_BYTES: usize = crate::app::designs::MAX_IMAGE_BYTES + 64 * 1024;

/// The app's router.
pub fn router(state: AppState) -> Router {
    let secure = state.secure_cookies();
    Router::new()
        .route("/", get(home::home))
        .route("/healthz", get(home::health))
        .route("/search", get(search::search))
        .route("/signup", get(accounts::signup_form).post(accounts::signup))
        .route("/login", get(accounts::login_form).post(accounts::login))
        .route("/logout", post(accounts::logout))
        .route("/account", get(accounts::account))
        .route("/account/tokens", post(accounts::new_token))
        .route("/account/tokens/{id}/revoke", post(accounts::revoke_token))
        .route("/account/password", post(accounts::change_password))
        .route(
            "/account/logout-everywhere",
            post(accounts::logout_everywhere),
        )
        .route("/designs/new", get(designs::new_form).post(designs::create))
        .route("/designs/{slug}", get(designs::design))
        .route("/designs/{slug}/preview.png", get(designs::preview))
        .route("/designs/{slug}/card.png", get(designs::card_preview))
        .route("/designs/{slug}/download/{format}", get(designs::download))
        .route("/designs/{slug}/feed.atom", get(feeds::design))
        .route("/designs/{slug}/history", get(designs::history))
        .route("/designs/{slug}/lineage", get(designs::lineage))
        .route(
            "/designs/{slug}/edit",
            get(designs::edit_form).post(designs::edit),
        )
        .route(
            "/designs/{slug}/fork",
            get(designs::fork_form).post(designs::fork),
        )
        .route("/designs/{slug}/export", post(exports::export))
        .route(
            "/designs/{slug}/add-to-project",
            post(projects::add_from_design),
        )
        .route(
            "/designs/{slug}/peer-updates/{peer}/accept",
            post(peers::accept),
        )
        .route(
            "/designs/{slug}/peer-updates/{peer}/refuse",
            post(peers::refuse),
        )
        .route("/designs/{slug}/images", post(images::upload))
        .route(
            "/designs/{slug}/builds",
            post(builds::add).layer(axum::extract::DefaultBodyLimit::max(builds::MAX_FORM_BYTES)),
        )
        .route("/designs/{slug}/builds/new", get(builds::new_form))
        .route("/designs/{slug}/questions", post(questions::ask))
        .route(
            "/designs/{slug}/questions/{id}/answers",
            post(questions::answer),
        )
        .route("/designs/{slug}/questions/{id}/hide", post(questions::hide))
        .route("/designs/{slug}/questions/{id}/show", post(questions::show))
        .route("/designs/{slug}/builds/{id}/{name}", get(builds::photo))
        .route("/designs/{slug}/images/{name}", get(images::image))
        .route(
            "/import",
            get(imports::form)
                .post(imports::upload)
                .layer(axum::extract::DefaultBodyLimit::max(
                    imports::MAX_UPLOAD_BYTES + 64 * 1024,
                )),
        )
        .route("/import/{id}", get(imports::review))
        .route("/import/{id}/create", post(imports::create))
        .route("/proposals/{id}", get(proposals::show))
        .route("/proposals/{id}/accept", post(proposals::accept))
        .route("/proposals/{id}/refuse", post(proposals::refuse))
        .route("/jobs/{id}", get(exports::job))
        .route("/jobs/{id}/files.zip", get(exports::job_zip))
        .route("/jobs/{id}/files/{name}", get(exports::job_file))
        .route("/projects", get(projects::list))
        .route("/projects/{slug}", get(projects::show))
        .route("/projects/{slug}/export", post(projects::export))
        .route("/makerspaces", get(makerspaces::list))
        .route("/makerspaces/{slug}", get(makerspaces::show))
        .route("/makerspaces/{slug}/feed.atom", get(feeds::makerspace))
        .route("/feeds/designs.atom", get(feeds::designs))
        .route("/static/{*path}", get(assets::asset))
        .route("/sw.js", get(offline::service_worker))
        .route("/manifest.webmanifest", get(offline::manifest))
        .route("/offline", get(offline::offline))
        .route(
            "/favicon.ico",
            get(|| async { axum::response::Redirect::permanent("/static/favicon.svg") }),
        )
        .merge(api::router())
        .fallback(home::not_found)
        .layer(axum::middleware::map_response(move |res: Response| {
            security_headers(res, secure)
        }))
        .layer(axum::middleware::from_fn(
            move |req: axum::extract::Request, next: axum::middleware::Next| {
                lang::middleware(req, next, secure)
            },
        ))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(compression())
        .with_state(state)
}

/// gzip for clients that ask for it: pages, CSS, scripts and JSON (a design page shrinks
/// to about a fifth). Not for what is compressed already: pictures (tower-http's default
/// leaves those alone), zips and PDFs.
fn compression() -> CompressionLayer<impl Predicate> {
    CompressionLayer::new().gzip(true).compress_when(
        DefaultPredicate::new()
            .and(NotForContentType::const_new("application/zip"))
            .and(NotForContentType::const_new("application/pdf")),
    )
}

/// Headers on every response: no framing (a maintainer cannot be tricked into clicking
/// "Accept" inside someone else's page), no content sniffing, scripts and styles only from
/// this site, and on https sites, https only.
async fn security_headers(mut res: Response, secure: bool) -> Response {
    let h = res.headers_mut();
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.entry(header::CONTENT_SECURITY_POLICY).or_insert(HeaderValue::from_static(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    if secure {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    res
}
