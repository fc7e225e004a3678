//! The language of a request: `?lang=` (remembered in a cookie), else the cookie, else the
//! browser's `Accept-Language` (q-values honoured), else English. A middleware decides it
//! once per request and keeps it for the request's task, so pages, error pages and the
//! template function `t` read it without every handler passing it along. Work moved to a
//! blocking thread takes the language with it as a value ([`current`] before moving).

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use serde::Serialize;

use crate::i18n::{self, Lang};

/// The cookie that remembers a chosen language.
pub const LANG_COOKIE: &str = "barnraise_lang";

/// What a request's pages need about languages.
#[derive(Debug, Clone)]
pub struct Chosen {
    /// The language of the response.
    pub lang: Lang,
    /// The request's path and query without `lang`, for the chooser's links.
    here: String,
}

tokio::task_local! {
    static CHOSEN: Chosen;
}

/// The current request's language (English outside a request).
pub fn current() -> Lang {
    CHOSEN.try_with(|c| c.lang).unwrap_or_default()
}

/// The message `key` in the current request's language (page titles and other words a
/// handler chooses).
pub fn t(key: &str) -> String {
    i18n::tr(current(), key, &[])
}

/// One entry of the language chooser in the page header.
#[derive(Debug, Clone, Serialize)]
pub struct LangLink {
    /// `fr`.
    pub code: &'static str,
    /// `Français`.
    pub name: &'static str,
    /// This page in that language.
    pub href: String,
    /// Whether it is the page's language.
    pub current: bool,
}

/// The chooser's links for the current request.
pub fn links() -> Vec<LangLink> {
    let (lang, here) = CHOSEN
        .try_with(|c| (c.lang, c.here.clone()))
        .unwrap_or_else(|_| (Lang::En, "/".to_string()));
    let sep = if here.contains('?') { '&' } else { '?' };
    Lang::ALL
        .iter()
        .map(|l| LangLink {
            code: l.code(),
            name: l.native_name(),
            href: format!("{here}{sep}lang={}", l.code()),
            current: *l == lang,
        })
        .collect()
}

/// The language a request asks for, and whether it asked with `?lang=` (to be remembered).
pub fn choose(query: Option<&str>, headers: &axum::http::HeaderMap) -> (Lang, bool) {
    let asked = query.and_then(|q| {
        q.split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == "lang")
            .and_then(|(_, v)| Lang::parse(v))
    });
    if let Some(lang) = asked {
        return (lang, true);
    }
    if let Some(lang) = super::auth::cookie(headers, LANG_COOKIE).and_then(|v| Lang::parse(&v)) {
        return (lang, false);
    }
    let accept = headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",");
    (i18n::negotiate(&accept).unwrap_or_default(), false)
}

/// The middleware: decides the language, runs the request with it, remembers a `?lang=`
/// choice in a cookie, and says which language the response is in.
/// `secure`: the site is served over https (the cookie is then `Secure`).
pub async fn middleware(req: Request, next: Next, secure: bool) -> Response {
    let (lang, remember) = choose(req.uri().query(), req.headers());
    let here = here_without_lang(req.uri());
    let mut res = CHOSEN.scope(Chosen { lang, here }, next.run(req)).await;
    if remember {
        let secure = if secure { "; Secure" } else { "" };
        let c = format!(
            "{LANG_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000{secure}",
            lang.code()
        );
        if let Ok(v) = HeaderValue::from_str(&c) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    // Only pages are in a language; assets, pictures and files are the same for everyone
    // (and a service worker's cache should not see them vary).
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if html {
        let h = res.headers_mut();
        if let Ok(v) = HeaderValue::from_str(lang.code()) {
            h.insert(header::CONTENT_LANGUAGE, v);
        }
        h.append(
            header::VARY,
            HeaderValue::from_static("Accept-Language, Cookie"),
        );
    }
    res
}

/// Runs `f` as if inside the language middleware for a request to `uri` with `headers`:
/// for responses made outside the router (a request that ran out of time), so that they
/// speak the request's language too.
pub fn in_request_lang<R>(
    uri: &axum::http::Uri,
    headers: &axum::http::HeaderMap,
    f: impl FnOnce() -> R,
) -> R {
    let (lang, _) = choose(uri.query(), headers);
    let here = here_without_lang(uri);
    CHOSEN.sync_scope(Chosen { lang, here }, f)
}

fn here_without_lang(uri: &axum::http::Uri) -> String {
    let kept: Vec<&str> = uri
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|kv| !kv.is_empty() && !kv.starts_with("lang=") && *kv != "lang")
        .collect();
    if kept.is_empty() {
        uri.path().to_string()
    } else {
        format!("{}?{}", uri.path(), kept.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderMap;

    #[test]
    fn query_then_cookie_then_accept_language() {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("de-DE,de;q=0.9,en;q=0.5"),
        );
        assert_eq!(choose(None, &h), (Lang::De, false));
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("barnraise_lang=sw"),
        );
        assert_eq!(choose(None, &h), (Lang::Sw, false));
        assert_eq!(choose(Some("q=hive&lang=fr"), &h), (Lang::Fr, true));
        assert_eq!(choose(Some("lang=xx"), &h), (Lang::Sw, false));
        assert_eq!(choose(None, &HeaderMap::new()), (Lang::En, false));
    }

    #[test]
    fn responses_made_outside_the_middleware_take_the_request_language() {
        let mut headers = axum::http::HeaderMap::new();
        headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("de"));
        let uri: axum::http::Uri = "/designs?q=stool".parse().expect("uri");
        let text = in_request_lang(&uri, &headers, || t("error-request-too-long"));
        assert_ne!(text, i18n::tr(Lang::En, "error-request-too-long", &[]));
        assert_eq!(text, i18n::tr(Lang::De, "error-request-too-long", &[]));
        let uri: axum::http::Uri = "/?lang=fr".parse().expect("uri");
        assert_eq!(in_request_lang(&uri, &headers, current), Lang::Fr);
        assert_eq!(current(), Lang::En);
    }

    #[test]
    fn the_chooser_keeps_the_query() {
        let uri: axum::http::Uri = "/search?q=hive&lang=fr&page=2".parse().unwrap();
        assert_eq!(here_without_lang(&uri), "/search?q=hive&page=2");
        let uri: axum::http::Uri = "/?lang=fr".parse().unwrap();
        assert_eq!(here_without_lang(&uri), "/");
    }
}
