//! Static assets (CSS, the small progressive-enhancement script), embedded from
//! `web/static/`.

use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use include_dir::{Dir, include_dir};

use super::error::WebError;

static STATIC: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/web/static");

/// `GET /static/{*path}`.
pub async fn asset(Path(path): Path<String>) -> Result<Response, WebError> {
    let file = STATIC
        .get_file(&path)
        .ok_or_else(|| WebError::not_found(format!("no asset '{path}'")))?;
    let ctype = match path.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    Ok((
        [
            (header::CONTENT_TYPE, ctype),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        file.contents(),
    )
        .into_response())
}
