//! Static assets (CSS, the small progressive-enhancement script, the service worker and
//! the icons), embedded from `web/static/`, and the build's asset version: pages link
//! `/static/<file>?v=<version>`, those answers may be kept for a year, and the service
//! worker's shell cache carries the version in its name, so a new binary replaces it.

use crate::i18n::Message;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use include_dir::{Dir, include_dir};
use sha2::{Digest, Sha256};

use super::error::WebError;

static STATIC: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/web/static");

/// The service worker's file in `web/static/` (served at `/sw.js`, see `offline`).
pub const SERVICE_WORKER: &str = "sw.js";

/// How long a versioned asset may be kept: a year (its address changes with its content).
const VERSIONED: &str = "public, max-age=31536000, immutable";
/// How long an unversioned asset may be kept.
const UNVERSIONED: &str = "public, max-age=3600";

/// The asset version of this build: the first 12 hex digits of a SHA-256 over the crate's
/// version, every static file and every page template (`render::template_sources`), so it
/// changes whenever what a browser keeps could.
pub fn version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        let mut h = Sha256::new();
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        let mut files: Vec<_> = STATIC.files().collect();
        files.sort_by_key(|f| f.path());
        for f in files {
            h.update(f.path().to_string_lossy().as_bytes());
            h.update([0]);
            h.update(f.contents());
        }
        for (name, text) in super::render::template_sources() {
            h.update(name.as_bytes());
            h.update([0]);
            h.update(text);
        }
        h.finalize()
            .iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect()
    })
}

/// The bytes of a static file, if there is one.
pub fn file(path: &str) -> Option<&'static [u8]> {
    STATIC.get_file(path).map(|f| f.contents())
}

/// `GET /static/{*path}`: `?v=` the current version makes it cacheable for a year.
pub async fn asset(
    Path(path): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    let bytes = file(&path)
        .filter(|_| path != SERVICE_WORKER)
        .ok_or_else(|| WebError::not_found(Message::new("error-no-asset").arg("path", &path)))?;
    let ctype = match path.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    let cache = if q.get("v").map(String::as_str) == Some(version()) {
        VERSIONED
    } else {
        UNVERSIONED
    };
    Ok((
        [
            (header::CONTENT_TYPE, ctype),
            (header::CACHE_CONTROL, cache),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_is_short_hex_and_stable() {
        let v = version();
        assert_eq!(v.len(), 12);
        assert!(v.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(v, version());
        assert!(file(SERVICE_WORKER).is_some());
        assert!(file("icon-192.png").is_some() && file("icon-512.png").is_some());
    }
}
