//! Working without a network (issue #21): the web app manifest, the service worker and the
//! offline page. The worker (`web/static/sw.js`) is served from the root so that its scope
//! is the whole site, with this build's asset version written into it; the offline page is
//! what the worker shows for a page it does not have, and its script (`app.js`) lists what
//! this device keeps and searches the kept designs.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::json;

use super::assets;
use super::error::WebError;
use super::render::Page;
use crate::i18n::{self, Lang};

/// The placeholder in `sw.js` that becomes the asset version.
const VERSION_MARK: &str = "__BARNRAISE_VERSION__";

/// The placeholder in `sw.js` that becomes the words it says when it has nothing to show,
/// in every language (`{"en": "…", "fr": "…"}`): it picks the browser's.
const WORDS_MARK: &str = "__BARNRAISE_WORDS__";

/// The colours of `style.css` (`--wood-dark`, `--bg`) for the browser's frame.
const THEME: &str = "#7a5426";
const BACKGROUND: &str = "#fbf8f3";

/// The web app manifest's JSON, in `lang`.
pub fn manifest_json(lang: Lang) -> serde_json::Value {
    let v = assets::version();
    let t = |key: &str| i18n::tr(lang, key, &[]);
    json!({
        "name": "Barnraise",
        "short_name": "Barnraise",
        "description": t("webapp-description"),
        "lang": lang.code(),
        "id": "/",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME,
        "background_color": BACKGROUND,
        "icons": [
            { "src": format!("/static/icon-192.png?v={v}"), "sizes": "192x192", "type": "image/png", "purpose": "any maskable" },
            { "src": format!("/static/icon-512.png?v={v}"), "sizes": "512x512", "type": "image/png", "purpose": "any maskable" },
            { "src": format!("/static/favicon.svg?v={v}"), "sizes": "any", "type": "image/svg+xml" }
        ],
        "shortcuts": [
            { "name": t("offline-title"), "url": "/offline" },
            { "name": t("error-browse"), "url": "/search" }
        ]
    })
}

/// `GET /manifest.webmanifest`: in the request's language (`?lang=`, the cookie or
/// `Accept-Language`).
pub async fn manifest() -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/manifest+json"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
            (header::VARY, "Accept-Language, Cookie"),
        ],
        manifest_json(super::lang::current()).to_string(),
    )
        .into_response()
}

/// `GET /sw.js`: the service worker with this build's version. Never cached by HTTP, so a
/// browser sees a new binary's worker on its next visit; scope `/` (it is at the root, so
/// no `Service-Worker-Allowed` is needed).
pub async fn service_worker() -> Result<Response, WebError> {
    let text = assets::file(assets::SERVICE_WORKER)
        .and_then(|b| std::str::from_utf8(b).ok())
        .ok_or_else(|| WebError::internal("sw.js is missing from the binary".to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        text.replace(VERSION_MARK, assets::version())
            .replace(WORDS_MARK, &worker_words().to_string()),
    )
        .into_response())
}

/// What the worker says when it is offline with no copy of the page nor of the offline
/// page, in every language, by code.
fn worker_words() -> serde_json::Value {
    Lang::ALL
        .iter()
        .map(|l| {
            (
                l.code().to_string(),
                json!(i18n::tr(*l, "offline-nothing-kept", &[])),
            )
        })
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// The offline page has no data of its own: the script fills it from the device's caches.
#[derive(Serialize)]
struct OfflineView {}

/// `GET /offline`: what this device keeps for use without a network. The same page for
/// everyone (no one's name or tokens in it): the worker keeps it as part of the shell.
pub async fn offline() -> Result<Response, WebError> {
    Page::new(super::lang::t("offline-title"), None, OfflineView {}).render("offline.html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_carries_the_version_mark_and_the_manifest_its_icons() {
        let sw = std::str::from_utf8(assets::file(assets::SERVICE_WORKER).unwrap()).unwrap();
        assert_eq!(sw.matches(VERSION_MARK).count(), 1);
        assert_eq!(sw.matches(WORDS_MARK).count(), 1);
        let words = worker_words();
        assert!(
            words["fr"]
                .as_str()
                .is_some_and(|w| w.contains("hors ligne")),
            "{words}"
        );
        assert_eq!(words.as_object().map(|o| o.len()), Some(Lang::ALL.len()));
        assert_eq!(manifest_json(Lang::Es)["lang"], "es");
        let m = manifest_json(Lang::En);
        for icon in m["icons"].as_array().unwrap() {
            let src = icon["src"].as_str().unwrap();
            let file = src
                .trim_start_matches("/static/")
                .split('?')
                .next()
                .unwrap();
            assert!(assets::file(file).is_some(), "{src}");
        }
    }
}
