//! Offline and phone-first (issue #21): the web app manifest, the service worker as served,
//! the offline page, versioned static assets, gzip, and the size budget: every page's HTML
//! with the CSS and scripts it links stays under 60 KB as a browser that accepts gzip gets
//! it (measured through the real router and its compression layer).

use std::collections::BTreeMap;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::hidden;
use crate::web::app;

/// The budget of issue #21 for one page: HTML + CSS + JS, compressed.
const BUDGET: usize = 60 * 1024;

struct Got {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Got {
    fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A browser that keeps cookies and may ask for gzip.
struct Client {
    app: Router,
    cookies: BTreeMap<String, String>,
}

impl Client {
    fn new(app: &Router) -> Client {
        Client {
            app: app.clone(),
            cookies: BTreeMap::new(),
        }
    }

    async fn send(&mut self, req: axum::http::request::Builder, body: Body) -> Got {
        let cookie = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        let req = req.header(header::COOKIE, cookie).body(body).unwrap();
        let res = self.app.clone().oneshot(req).await.unwrap();
        for v in res.headers().get_all(header::SET_COOKIE) {
            let v = v.to_str().unwrap();
            let kv = v.split(';').next().unwrap_or("");
            if let Some((k, val)) = kv.split_once('=') {
                self.cookies.insert(k.to_string(), val.to_string());
            }
        }
        let status = res.status();
        let headers = res.headers().clone();
        let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
        Got {
            status,
            headers,
            body,
        }
    }

    async fn get(&mut self, uri: &str) -> Got {
        self.send(Request::get(uri), Body::empty()).await
    }

    async fn get_gzip(&mut self, uri: &str) -> Got {
        self.send(
            Request::get(uri).header(header::ACCEPT_ENCODING, "gzip"),
            Body::empty(),
        )
        .await
    }

    async fn post(&mut self, uri: &str, form: &[(&str, &str)]) -> Got {
        let body = form
            .iter()
            .map(|(k, v)| format!("{k}={}", urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        self.send(
            Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
            Body::from(body),
        )
        .await
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Every value of attribute `attr` on tags starting `<tag` that also contain `must`.
fn attrs(html: &str, tag: &str, attr: &str, must: &str) -> Vec<String> {
    let open = format!("<{tag} ");
    let pat = format!("{attr}=\"");
    html.split(&open)
        .skip(1)
        .filter_map(|rest| {
            let t = &rest[..rest.find('>')?];
            if !t.contains(must) {
                return None;
            }
            let i = t.find(&pat)? + pat.len();
            Some(t[i..].split('"').next()?.to_string())
        })
        .collect()
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    (w, h)
}

/// The asset version pages link their CSS with.
fn linked_version(html: &str) -> String {
    let css = attrs(html, "link", "href", "stylesheet");
    let href = css.first().expect("the page links its CSS");
    href.split("?v=")
        .nth(1)
        .expect("a versioned CSS link")
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_manifest_and_the_service_worker_make_an_installable_offline_app() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let mut c = Client::new(&app);
    let home = c.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    let html = home.text();
    assert_eq!(
        attrs(&html, "link", "href", "rel=\"manifest\""),
        ["/manifest.webmanifest"]
    );
    let version = linked_version(&html);
    assert_eq!(version.len(), 12, "{version}");

    // The manifest: valid JSON with what browsers need to install the app.
    let m = c.get("/manifest.webmanifest").await;
    assert_eq!(m.status, StatusCode::OK);
    assert_eq!(m.header(header::CONTENT_TYPE), "application/manifest+json");
    let m: serde_json::Value = serde_json::from_slice(&m.body).expect("the manifest is JSON");
    for field in [
        "name",
        "short_name",
        "start_url",
        "scope",
        "display",
        "theme_color",
        "background_color",
    ] {
        assert!(
            m[field].as_str().is_some_and(|s| !s.is_empty()),
            "{field}: {m}"
        );
    }
    assert_eq!(m["start_url"], "/");
    assert_eq!(m["lang"], "en");
    // In the visitor's language when asked.
    let fr = Client::new(&app).get("/manifest.webmanifest?lang=fr").await;
    let fr: serde_json::Value = serde_json::from_slice(&fr.body).expect("JSON");
    assert_eq!(fr["lang"], "fr");
    assert!(
        fr["description"]
            .as_str()
            .unwrap()
            .contains("fiches de montage"),
        "{fr}"
    );
    assert_eq!(fr["shortcuts"][0]["name"], "Gardé hors ligne");
    assert_eq!(m["display"], "standalone");
    let mut pngs = Vec::new();
    for icon in m["icons"].as_array().expect("icons") {
        let src = icon["src"].as_str().unwrap();
        let got = c.get(src).await;
        assert_eq!(got.status, StatusCode::OK, "{src}");
        assert_eq!(got.header(header::CONTENT_TYPE), icon["type"], "{src}");
        if icon["type"] == "image/png" {
            let (w, h) = png_size(&got.body);
            assert_eq!(icon["sizes"], format!("{w}x{h}"), "{src}");
            pngs.push(w);
        }
    }
    assert!(
        pngs.contains(&192) && pngs.contains(&512),
        "PNG icons {pngs:?}"
    );

    // The worker: JavaScript from the root (scope "/"), never kept by HTTP caches, this
    // build's version in its cache names, under the site's CSP, nothing from elsewhere.
    let sw = c.get("/sw.js").await;
    assert_eq!(sw.status, StatusCode::OK);
    assert!(
        sw.header(header::CONTENT_TYPE)
            .starts_with("text/javascript"),
        "{}",
        sw.header(header::CONTENT_TYPE)
    );
    assert_eq!(sw.header(header::CACHE_CONTROL), "no-cache");
    assert!(
        sw.header(header::CONTENT_SECURITY_POLICY)
            .contains("script-src 'self'")
    );
    let js = sw.text();
    assert!(
        js.contains(&format!("const VERSION = \"{version}\"")),
        "{js}"
    );
    assert!(!js.contains("__BARNRAISE_VERSION__") && !js.contains("__BARNRAISE_WORDS__"));
    // With nothing kept, it answers in the browser's language.
    assert!(
        js.contains("cette page n'a pas été gardée sur cet appareil")
            && js.contains("ukurasa huu haukuhifadhiwa"),
        "{js}"
    );
    assert!(!js.contains("importScripts") && !js.contains("http://") && !js.contains("https://"));
    for url in ["/offline", "/static/style.css", "/static/app.js"] {
        assert!(js.contains(url), "the shell lacks {url}");
    }
    // Only one address for it: a worker at /static/sw.js would have the wrong scope.
    assert_eq!(c.get("/static/sw.js").await.status, StatusCode::NOT_FOUND);

    // Versioned assets may be kept for a year; other addresses for an hour.
    let css = c.get(&format!("/static/style.css?v={version}")).await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.header(header::CACHE_CONTROL).contains("immutable"));
    let old = c.get("/static/style.css?v=000000000000").await;
    assert_eq!(old.header(header::CACHE_CONTROL), "public, max-age=3600");

    // The offline page: the same for everyone (the worker keeps it in its shell), with the
    // places the script fills and a search box over the kept designs.
    let mut b = Client::new(&app);
    let offline = b.get("/offline").await;
    assert_eq!(offline.status, StatusCode::OK);
    assert!(
        offline
            .header(header::CONTENT_TYPE)
            .starts_with("text/html")
    );
    let page = offline.text();
    for id in [
        "id=\"offline\"",
        "id=\"offline-designs\"",
        "id=\"offline-files\"",
        "id=\"offline-q\"",
    ] {
        assert!(page.contains(id), "the offline page lacks {id}");
    }
    assert!(page.contains("action=\"/search\""));
    assert!(page.contains("href=\"/offline\""), "the footer links it");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_are_gzipped_and_each_stays_under_60_kb_with_its_css_and_js() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let mut c = Client::new(&app);

    // The designs with the most parts make the longest cut lists.
    let mut designs: Vec<(u64, String)> = Vec::new();
    for page in 1.. {
        let r = c.get(&format!("/api/v1/search?page={page}")).await;
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        for h in v["hits"].as_array().unwrap() {
            designs.push((
                h["part_count"].as_u64().unwrap(),
                h["slug"].as_str().unwrap().to_string(),
            ));
        }
        if page >= v["pages"].as_u64().unwrap() {
            break;
        }
    }
    designs.sort();
    let mut pages: Vec<String> = designs
        .iter()
        .rev()
        .take(3)
        .map(|(_, s)| format!("/designs/{s}"))
        .collect();
    pages.push("/designs/push-seeder-plates".into());

    // An export job (the build sheet), finished.
    let design = c.get("/designs/push-seeder-plates").await.text();
    let r = c
        .post(
            "/designs/push-seeder-plates/export",
            &[
                ("form_token", &hidden(&design, "form_token")),
                ("format", "pdf"),
                ("time_limit", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let job = r.header(header::LOCATION).to_string();
    let id = job.trim_start_matches("/jobs/");
    for _ in 0..600 {
        let j: serde_json::Value =
            serde_json::from_slice(&c.get(&format!("/api/v1/jobs/{id}")).await.body).unwrap();
        if j["state"] == "done" || j["state"] == "failed" {
            assert_eq!(j["state"], "done", "{j}");
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    pages.push(job);
    for p in [
        "/",
        "/search",
        "/search?q=seeder",
        "/makerspaces",
        "/login",
        "/signup",
        "/offline",
    ] {
        pages.push(p.into());
    }

    // Logged in: the account and import pages.
    let form = c.get("/signup").await.text();
    let r = c
        .post(
            "/signup",
            &[
                ("form_token", &hidden(&form, "form_token")),
                ("username", "budget"),
                ("display_name", "Example Builder"),
                ("email", "budget@example.org"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    pages.push("/account".into());
    pages.push("/import".into());

    let mut report = Vec::new();
    let mut over = Vec::new();
    for uri in &pages {
        let page = c.get_gzip(uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert_eq!(
            page.header(header::CONTENT_ENCODING),
            "gzip",
            "{uri} is not compressed"
        );
        let plain = c.get(uri).await;
        assert!(
            page.body.len() < plain.body.len(),
            "{uri}: gzip {} of {} bytes",
            page.body.len(),
            plain.body.len()
        );
        let html = plain.text();
        let mut total = page.body.len();
        let mut linked = attrs(&html, "link", "href", "stylesheet");
        linked.extend(attrs(&html, "script", "src", ""));
        assert!(linked.len() >= 2, "{uri} links {linked:?}");
        for href in &linked {
            let got = c.get_gzip(href).await;
            assert_eq!(got.status, StatusCode::OK, "{uri}: {href}");
            assert_eq!(got.header(header::CONTENT_ENCODING), "gzip", "{href}");
            total += got.body.len();
        }
        report.push(format!(
            "{uri}: {total} bytes gzipped (HTML {} of {})",
            page.body.len(),
            plain.body.len()
        ));
        if total > BUDGET {
            over.push(format!("{uri}: {total} bytes"));
        }
        // Pictures are served at the size the page gives them.
        for (src, w) in attrs(&html, "img", "src", ".png")
            .into_iter()
            .zip(attrs(&html, "img", "width", ".png"))
            .filter(|(src, _)| src.contains("/preview.png") || src.contains("/card.png"))
            .take(2)
        {
            let png = c.get(&src.replace("&amp;", "&")).await;
            assert_eq!(png.status, StatusCode::OK, "{src}");
            assert_eq!(
                png_size(&png.body).0.to_string(),
                w,
                "{uri}: {src} is shown {w} px wide"
            );
        }
    }
    eprintln!("{}", report.join("\n"));
    assert!(
        over.is_empty(),
        "over the {BUDGET}-byte budget: {over:?}\n{}",
        report.join("\n")
    );
}
