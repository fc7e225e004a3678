//! The web app in-process (no port): every route, its errors, and the JSON API. Requests go
//! through the real router with `tower::ServiceExt::oneshot`.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::hidden;
use barnraise::server::{AppState, ServeConfig, router};

/// A fresh store seeded with the shipped designs and makerspaces, and the app over it.
pub(crate) fn app(dir: &std::path::Path) -> Router {
    let path = dir.join("store.git");
    barnraise::app::seed::create_store(
        &path,
        Some("https://barnraise.example/store.git"),
        barnraise::app::seed::Seed::Shipped,
    )
    .unwrap();
    let state = AppState::open(&ServeConfig {
        base_url: "https://barnraise.example".into(),
        max_jobs: 1,
        jobs_dir: Some(dir.join("jobs")),
        ..ServeConfig::new(path.clone())
    })
    .unwrap();
    router(state)
}

pub(crate) struct Res {
    pub(crate) status: StatusCode,
    ctype: String,
    body: Vec<u8>,
    pub(crate) location: Option<String>,
}

impl Res {
    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

async fn get(app: &Router, uri: &str) -> Res {
    let res = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    read(res).await
}

/// Status, content type, location and body of a response.
async fn read(res: axum::response::Response) -> Res {
    let status = res.status();
    let ctype = res
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap_or("").to_string())
        .unwrap_or_default();
    let location = res
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap_or("").to_string());
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    Res {
        status,
        ctype,
        body,
        location,
    }
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    (w, h)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_render_for_people_on_any_screen() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    for (uri, must) in [
        ("/", "Share designs globally"),
        ("/search?q=seeder", "Push seeder plate set"),
        ("/search?q=&makerspace=example-laser-club", "Buildable at"),
        (
            "/search?q=hive&bed=2440x1220&thickness=18",
            "Kenyan top-bar hive",
        ),
        ("/designs/push-seeder-plates", "name=\"thickness\""),
        ("/designs/top-bar-hive-kenyan?thickness=15", "value=\"15\""),
        ("/designs/push-seeder-plates/history", "Changes"),
        (
            "/designs/push-seeder-plates-fine/lineage",
            "push-seeder-plates",
        ),
        ("/makerspaces", "Cardiff"),
        ("/makerspaces/example-laser-club", "Designs buildable here"),
    ] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}: {}", r.text());
        assert!(r.ctype.starts_with("text/html"), "{uri}: {}", r.ctype);
        let html = r.text();
        assert!(html.contains(must), "{uri} lacks {must:?}");
        assert!(
            html.contains("name=\"viewport\""),
            "{uri} is not set up for phones"
        );
    }
    // Search shows facets with counts, and snippets highlight the query.
    let html = get(&app, "/search?q=seeder").await.text();
    assert!(html.contains("<b>seeder</b>") || html.contains("<b>Seeder</b>"));
    assert!(html.contains("class=\"facets\""));
    // The makerspace filter: Leeds has only a 600 × 400 laser and thin stock.
    let leeds = get(&app, "/api/v1/search?makerspace=example-laser-club")
        .await
        .json();
    let all = get(&app, "/api/v1/search").await.json();
    assert!(leeds["total"].as_u64().unwrap() < all["total"].as_u64().unwrap());
    assert!(leeds["query"].as_str().unwrap().contains("bed:600x400"));
    // Markdown is rendered and sanitised.
    let html = get(&app, "/designs/plywood-wall-block").await.text();
    assert!(html.contains("<li>"), "the description's list is rendered");
    assert!(!html.contains("<script>alert"), "no script survives");
    let css = get(&app, "/static/style.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.ctype.starts_with("text/css"));
    assert!(css.text().contains("@media (max-width"));
    assert_eq!(get(&app, "/static/app.js").await.status, StatusCode::OK);
    assert_eq!(get(&app, "/healthz").await.status, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_friendly_pages_or_json() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    for (uri, status, must) in [
        ("/no/such/page", StatusCode::NOT_FOUND, "Not found"),
        (
            "/designs/no-such-design",
            StatusCode::NOT_FOUND,
            "no-such-design",
        ),
        ("/makerspaces/nowhere", StatusCode::NOT_FOUND, "nowhere"),
        (
            "/designs/push-seeder-plates?thickness=abc",
            StatusCode::BAD_REQUEST,
            "thickness",
        ),
        (
            "/designs/top-bar-hive-kenyan?thickness=99",
            StatusCode::BAD_REQUEST,
            "thickness",
        ),
        ("/search?q=cost%3A%3Cabc", StatusCode::BAD_REQUEST, "cost"),
        ("/search?q=seeder&page=two", StatusCode::BAD_REQUEST, "page"),
        (
            "/search?makerspace=atlantis",
            StatusCode::BAD_REQUEST,
            "atlantis",
        ),
        (
            "/designs/push-seeder-plates/download/exe",
            StatusCode::NOT_FOUND,
            "stl",
        ),
        ("/jobs/0000000000000000", StatusCode::NOT_FOUND, "job"),
        (
            "/designs/push-seeder-plates?rev=refs/proposals/push-seeder-plates/0123456789ab",
            StatusCode::NOT_FOUND,
            "no revision",
        ),
        (
            "/designs/push-seeder-plates?rev=deadbeef",
            StatusCode::NOT_FOUND,
            "deadbeef",
        ),
        (
            "/designs/push-seeder-plates/preview.png?rev=HEAD%40%7B1%7D",
            StatusCode::NOT_FOUND,
            "no revision",
        ),
        ("/static/../Cargo.toml", StatusCode::NOT_FOUND, "Not found"),
    ] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, status, "{uri}: {}", r.text());
        assert!(r.ctype.starts_with("text/html"), "{uri}: {}", r.ctype);
        assert!(
            r.text().contains(must),
            "{uri} lacks {must:?}: {}",
            r.text()
        );
        assert!(
            r.text().contains("Browse designs"),
            "{uri}: a friendly page"
        );
    }
    for (uri, status) in [
        ("/api/v1/no-such-route", StatusCode::NOT_FOUND),
        ("/api/v1/designs/no-such-design", StatusCode::NOT_FOUND),
        (
            "/api/v1/designs/push-seeder-plates?thickness=abc",
            StatusCode::BAD_REQUEST,
        ),
        ("/api/v1/search?q=license%3A", StatusCode::BAD_REQUEST),
        ("/api/v1/jobs/nope", StatusCode::NOT_FOUND),
        ("/api/v1/makerspaces/nowhere", StatusCode::NOT_FOUND),
    ] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, status, "{uri}: {}", r.text());
        assert!(
            r.ctype.starts_with("application/json"),
            "{uri}: {}",
            r.ctype
        );
        let j = r.json();
        assert_eq!(j["status"], status.as_u16(), "{uri}");
        assert!(!j["error"].as_str().unwrap().is_empty());
    }
    // A bad parameter's problems are listed with their field.
    let j = get(&app, "/api/v1/designs/push-seeder-plates?thickness=abc")
        .await
        .json();
    assert!(
        j["problems"][0]["path"]
            .as_str()
            .unwrap()
            .contains("thickness")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_describes_designs_search_history_lineage_and_makerspaces() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let designs = get(&app, "/api/v1/designs").await.json();
    let shipped = barnraise::shipped::packages()
        .expect("shipped designs")
        .len();
    assert_eq!(designs["total"], shipped);
    let d = get(&app, "/api/v1/designs/top-bar-hive-kenyan?thickness=15")
        .await
        .json();
    assert_eq!(d["slug"], "top-bar-hive-kenyan");
    assert_eq!(d["license"], "CC-BY-SA-4.0");
    assert!(d["share_alike"].as_bool().unwrap());
    let thickness = d["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "thickness")
        .unwrap();
    assert_eq!(thickness["value"], 15.0);
    let side = d["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["label"] == "KTB-SIDE")
        .unwrap();
    assert_eq!(side["thickness"], 15.0);
    assert_eq!(d["part_count"], 36);
    // Sheet estimates per makerspace: Cardiff stocks 18 mm ply, Leeds does not.
    let est = d["sheet_estimates"].as_array().unwrap();
    let cardiff = est
        .iter()
        .find(|e| e["makerspace"] == "example-cnc-workshop")
        .unwrap();
    assert!(cardiff["sheets"].as_u64().unwrap() >= 1);
    assert!(cardiff["cost"].as_f64().unwrap() > 0.0);
    let leeds = est
        .iter()
        .find(|e| e["makerspace"] == "example-laser-club")
        .unwrap();
    assert!(leeds["stock"].is_null());
    let commit = d["commit"].as_str().unwrap().to_string();
    let at_rev = get(
        &app,
        &format!("/api/v1/designs/top-bar-hive-kenyan?rev={commit}"),
    )
    .await;
    assert_eq!(at_rev.status, StatusCode::OK);

    let s = get(&app, "/api/v1/search?q=seeder").await.json();
    // Both seeder plate designs, ours first (others may mention seeds).
    assert!(s["total"].as_u64().unwrap() >= 2, "{s}");
    assert_eq!(s["hits"][0]["slug"], "push-seeder-plates");
    assert_eq!(s["hits"][1]["slug"], "push-seeder-plates-fine");
    assert!(s["facets"]["category"].is_array());
    let pages = shipped.div_ceil(20);
    let p2 = get(&app, "/api/v1/search?q=&page=2").await.json();
    assert_eq!(p2["page"], 2);
    assert_eq!(p2["pages"], pages, "{shipped} designs, 20 a page");
    assert_eq!(
        p2["hits"].as_array().unwrap().len(),
        shipped.min(40).saturating_sub(20)
    );
    let past = get(&app, &format!("/api/v1/search?q=&page={}", pages + 1))
        .await
        .json();
    assert_eq!(past["page"], pages + 1);
    assert_eq!(past["pages"], pages, "{shipped} designs, 20 a page");
    assert!(past["hits"].as_array().unwrap().is_empty());
    let h = get(&app, "/api/v1/designs/push-seeder-plates/history")
        .await
        .json();
    assert!(!h["changes"].as_array().unwrap().is_empty());
    assert!(
        h["changes"][0]["files"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f.as_str().unwrap().ends_with("design.toml"))
    );
    let l = get(&app, "/api/v1/designs/push-seeder-plates/lineage")
        .await
        .json();
    assert_eq!(
        l["lineage"]["descendants"][0]["slug"],
        "push-seeder-plates-fine"
    );
    let m = get(&app, "/api/v1/makerspaces").await.json();
    assert_eq!(m["makerspaces"].as_array().unwrap().len(), 3);
    let leeds = get(&app, "/api/v1/makerspaces/example-laser-club")
        .await
        .json();
    assert!(
        leeds["buildable"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["slug"] != "plywood-wall-block")
    );
    let spec = get(&app, "/api/v1/openapi.json").await.json();
    assert_eq!(spec["openapi"], "3.1.0");
    for path in [
        "/api/v1/designs",
        "/api/v1/designs/{slug}",
        "/api/v1/search",
        "/api/v1/jobs/{id}",
    ] {
        assert!(spec["paths"][path].is_object(), "OpenAPI lacks {path}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn previews_and_3d_downloads_follow_the_parameters() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let thin = get(
        &app,
        "/designs/top-bar-hive-kenyan/preview.png?thickness=15",
    )
    .await;
    let thick = get(
        &app,
        "/designs/top-bar-hive-kenyan/preview.png?thickness=19",
    )
    .await;
    assert_eq!(thin.status, StatusCode::OK);
    assert_eq!(thin.ctype, "image/png");
    assert_eq!(png_size(&thin.body), (800, 600));
    assert_ne!(thin.body, thick.body, "the preview follows the thickness");
    let stl = get(
        &app,
        "/designs/top-bar-hive-kenyan/download/stl?thickness=15",
    )
    .await;
    assert_eq!(stl.status, StatusCode::OK);
    let triangles = u32::from_le_bytes(stl.body[80..84].try_into().unwrap()) as usize;
    assert_eq!(stl.body.len(), 84 + 50 * triangles);
    let step = get(&app, "/designs/top-bar-hive-kenyan/download/step").await;
    assert!(step.text().starts_with("ISO-10303-21;"));
    assert_eq!(step.text().matches("MANIFOLD_SOLID_BREP(").count(), 36);
    let okh = get(&app, "/designs/top-bar-hive-kenyan/download/okh")
        .await
        .text();
    assert!(okh.contains("repo = \"https://barnraise.example/designs/top-bar-hive-kenyan\""));
}

/// Starts an export from the design page's form, as a browser does; returns the response.
async fn export_from_the_page(b: &mut Browser, slug: &str, fields: &[(&str, &str)]) -> Res {
    let page = b.get(&format!("/designs/{slug}")).await.text();
    let token = hidden(&page, "form_token");
    let mut form = vec![("form_token", token.as_str())];
    form.extend_from_slice(fields);
    b.post(&format!("/designs/{slug}/export"), &form).await
}

/// Polls a job until it ends.
async fn finished(app: &Router, id: &str) -> serde_json::Value {
    let mut job = serde_json::Value::Null;
    for _ in 0..600 {
        job = get(app, &format!("/api/v1/jobs/{id}")).await.json();
        if job["state"] == "done" || job["state"] == "failed" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    job
}

/// A JSON request, with a token if given.
async fn send_json(app: &Router, method: &str, uri: &str, token: Option<&str>, body: &str) -> Res {
    let mut req = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    read(
        app.clone()
            .oneshot(req.body(Body::from(body.to_string())).unwrap())
            .await
            .unwrap(),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_jobs_run_in_the_background_and_give_a_zip() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    // Starting a job changes something: a GET does not start one.
    let r = get(&app, "/designs/push-seeder-plates/export?format=svg").await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    let mut b = Browser::new(&app);
    // Without the form's token: refused.
    let r = b
        .post("/designs/push-seeder-plates/export", &[("format", "svg")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    for (fields, must) in [
        (vec![("format", "exe")], "svg"),
        (vec![("time_limit", "9999")], "time_limit"),
        (vec![("thickness", "abc")], "thickness"),
    ] {
        let r = export_from_the_page(&mut b, "push-seeder-plates", &fields).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{fields:?}");
        assert!(r.text().contains(must), "{fields:?}: {}", r.text());
    }
    let r = export_from_the_page(
        &mut b,
        "push-seeder-plates",
        &[
            ("format", "svg"),
            ("makerspace", "example-laser-club"),
            ("time_limit", "0"),
            ("thickness", "3"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let page = r.location.unwrap();
    let id = page.trim_start_matches("/jobs/").to_string();
    let job_page = get(&app, &page).await;
    assert_eq!(job_page.status, StatusCode::OK);
    assert!(job_page.text().contains("progress"));
    // The same request through the API (3 and 3.0000001 are one value) reuses the job.
    let again = send_json(
        &app,
        "POST",
        "/api/v1/designs/push-seeder-plates/exports",
        None,
        r#"{"format":"svg","makerspace":"example-laser-club","time_limit":0,"params":{"thickness":3.0000001}}"#,
    )
    .await;
    assert_eq!(again.status, StatusCode::ACCEPTED, "{}", again.text());
    assert_eq!(again.json()["id"], id.as_str());
    let job = finished(&app, &id).await;
    assert_eq!(job["state"], "done", "{job}");
    let files: Vec<String> = job["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().to_string())
        .collect();
    assert!(files.iter().any(|f| f.ends_with(".svg")));
    let svg_name = files.iter().find(|f| f.ends_with(".svg")).unwrap();
    let svg = get(&app, &format!("/jobs/{id}/files/{svg_name}")).await;
    assert_eq!(svg.ctype, "image/svg+xml");
    assert!(svg.text().contains("width=\"600mm\"") || svg.text().contains("mm\""));
    let zip = get(&app, &format!("/jobs/{id}/files.zip")).await;
    assert_eq!(zip.ctype, "application/zip");
    assert!(zip.body.starts_with(b"PK"));
    assert_eq!(
        get(&app, &format!("/jobs/{id}/files/..%2F..%2Fetc%2Fpasswd"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_build_sheet_from_the_browser_is_the_one_the_cli_makes() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    // The fork has lineage and the store has contributors: both must reach the build sheet.
    let slug = "push-seeder-plates-fine";
    let mut b = Browser::new(&app);
    let r = export_from_the_page(
        &mut b,
        slug,
        &[
            ("format", "pdf"),
            ("makerspace", "example-laser-club"),
            ("time_limit", "0"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let id = r.location.unwrap().trim_start_matches("/jobs/").to_string();
    let job = finished(&app, &id).await;
    assert_eq!(job["state"], "done", "{job}");
    let web: serde_json::Value = serde_json::from_slice(
        &get(&app, &format!("/jobs/{id}/files/manifest.json"))
            .await
            .body,
    )
    .unwrap();
    let out = dir.path().join("cli");
    let run = crate::barnraise(
        &dir.path().join("store.git"),
        &[
            "export",
            slug,
            "--format",
            "pdf",
            "--makerspace",
            "example-laser-club",
            "--time-limit",
            "0",
            "--base-url",
            "https://barnraise.example",
            "--json",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", crate::text(&run.stderr));
    let cli: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let (w, c) = (&web["build_sheet"], &cli["build_sheet"]);
    assert!(
        !w["lineage"].as_array().unwrap().is_empty(),
        "the fork's lineage is on the web build sheet: {w}"
    );
    assert!(!w["contributors"].as_array().unwrap().is_empty());
    for key in [
        "lineage",
        "contributors",
        "labels",
        "bom",
        "bom_total",
        "currency",
        "url",
        "plan",
    ] {
        assert_eq!(
            w[key], c[key],
            "{key} differs between the browser and the CLI"
        );
    }
    assert_eq!(web["parameters"], cli["parameters"]);
    assert_eq!(web["sheets_used"], cli["sheets_used"]);
    assert_eq!(web["revision"], cli["revision"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_card_the_design_page_the_api_and_search_show_one_cost() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    for slug in [
        "plywood-wall-block",
        "push-seeder-plates",
        "top-bar-hive-kenyan",
    ] {
        let design = get(&app, &format!("/api/v1/designs/{slug}")).await.json();
        let cost = &design["cost"];
        let total = cost["total"].as_f64().unwrap();
        // Total = hardware + material, counted once.
        let parts = cost["hardware"].as_f64().unwrap() + cost["material"].as_f64().unwrap_or(0.0);
        assert!((total - parts).abs() < 0.011, "{slug}: {cost}");
        let all = get(&app, "/api/v1/designs").await.json();
        let card = all["designs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["slug"] == slug)
            .unwrap()
            .clone();
        assert_eq!(card["cost"].as_f64().unwrap(), total, "{slug}: card");
        let name = design["name"].as_str().unwrap();
        let found = get(&app, &format!("/api/v1/search?q={}", urlencode(name)))
            .await
            .json();
        let hit = found["hits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["slug"] == slug)
            .unwrap_or_else(|| panic!("{slug} found by its name"))
            .clone();
        assert_eq!(hit["cost"].as_f64().unwrap(), total, "{slug}: search");
        let html = get(&app, &format!("/designs/{slug}")).await.text();
        // In English money as `5,256.52 KES` (digits grouped, the ISO code after).
        let shown = barnraise::i18n::number(barnraise::i18n::Lang::En, total, 2);
        assert!(
            html.contains(&format!("About {shown} ")),
            "{slug}: the page shows {shown}"
        );
        // The CLI's `show` agrees.
        let run = crate::barnraise(&dir.path().join("store.git"), &["show", slug, "--json"]);
        assert_eq!(run.status.code(), Some(0), "{}", crate::text(&run.stderr));
        let shown: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
        assert_eq!(
            shown["cost"]["total"].as_f64().unwrap(),
            total,
            "{slug}: CLI"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_openapi_document_covers_every_api_route_and_every_rejection_is_json() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let spec = get(&app, "/api/v1/openapi.json").await.json();
    let paths = spec["paths"].as_object().unwrap();
    assert!(paths.len() >= 15, "{} paths", paths.len());
    // Every documented operation is routed (never the API's 404 or a 405), and answers JSON.
    for (path, ops) in paths {
        for (method, _) in ops.as_object().unwrap() {
            let uri = path
                .replace("{slug}", "push-seeder-plates")
                .replace("{id}", "1");
            let r = send_json(&app, &method.to_uppercase(), &uri, None, "{}").await;
            assert_ne!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
            assert!(
                !r.text().contains("no such API route"),
                "{method} {path} is documented but not routed"
            );
            assert!(
                r.ctype.starts_with("application/json") || r.ctype.starts_with("text/plain"),
                "{method} {path}: {}",
                r.ctype
            );
        }
    }
    for op in ["post", "put"] {
        assert!(
            paths.values().any(|o| o.get(op).is_some()),
            "no {op} documented"
        );
    }
    assert!(paths["/api/v1/designs/{slug}/fork"]["post"].is_object());
    assert!(paths["/api/v1/designs/{slug}/exports"]["post"].is_object());
    // Without a token, a write is 401 before its body is read, even a malformed one.
    let r = send_json(
        &app,
        "POST",
        "/api/v1/designs/push-seeder-plates/fork",
        None,
        "{not json",
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.json()["status"], 401);
    // A wrong method and a malformed body are JSON too.
    let r = send_json(&app, "DELETE", "/api/v1/designs", None, "").await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.json()["status"], 405);
    let r = send_json(
        &app,
        "POST",
        "/api/v1/designs/push-seeder-plates/exports",
        None,
        "{not json",
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.json()["error"].as_str().unwrap().contains("request body"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scripts_publish_propose_and_decide_with_a_token() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let mut owner = Browser::new(&app);
    let csrf = sign_up(&mut owner, "reviewer").await;
    let new_token = |page: String| {
        let start = page.find("<code id=\"token\">").unwrap() + "<code id=\"token\">".len();
        page[start..].split('<').next().unwrap().to_string()
    };
    let t_owner = new_token(
        owner
            .post("/account/tokens", &[("csrf", &csrf), ("name", "ci")])
            .await
            .text(),
    );
    let mut other = Browser::new(&app);
    let csrf2 = sign_up(&mut other, "keeper").await;
    let t_other = new_token(
        other
            .post("/account/tokens", &[("csrf", &csrf2), ("name", "ci")])
            .await
            .text(),
    );
    // Publish a new design package by API.
    let manifest = textarea(&owner.get("/designs/new").await.text())
        .replace("slug = \"my-design\"", "slug = \"api-design\"");
    let body = serde_json::json!({"manifest": manifest, "message": "From a script"}).to_string();
    let r = send_json(&app, "POST", "/api/v1/designs", Some(&t_owner), &body).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    assert_eq!(r.json()["outcome"], "published");
    // Again: the slug is taken (409 with a hint).
    let r = send_json(&app, "POST", "/api/v1/designs", Some(&t_owner), &body).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.json()["hint"]["kind"].is_string());
    // Someone else's new version is a proposal; the maintainer accepts it.
    let v2 = manifest.replacen("version = \"1.0.0\"", "version = \"1.1.0\"", 1);
    let body = serde_json::json!({"manifest": v2, "message": "Better"}).to_string();
    let r = send_json(
        &app,
        "PUT",
        "/api/v1/designs/api-design",
        Some(&t_other),
        &body,
    )
    .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.text());
    let id = r.json()["proposal"]["id"].as_i64().unwrap();
    let listed = get(&app, "/api/v1/designs/api-design/proposals")
        .await
        .json();
    assert_eq!(listed[0]["id"], id);
    let r = send_json(
        &app,
        "POST",
        &format!("/api/v1/proposals/{id}/accept"),
        Some(&t_other),
        "",
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "only maintainers decide");
    let r = send_json(
        &app,
        "POST",
        &format!("/api/v1/proposals/{id}/accept"),
        Some(&t_owner),
        "",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    assert_eq!(r.json()["state"], "accepted");
    assert_eq!(
        get(&app, "/api/v1/designs/api-design").await.json()["version"],
        "1.1.0"
    );
    // An explicit proposal, refused with a reason.
    let v3 = v2.replacen("version = \"1.1.0\"", "version = \"1.2.0\"", 1);
    let body = serde_json::json!({"manifest": v3}).to_string();
    let r = send_json(
        &app,
        "POST",
        "/api/v1/designs/api-design/proposals",
        Some(&t_other),
        &body,
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let id = r.json()["id"].as_i64().unwrap();
    let r = send_json(
        &app,
        "POST",
        &format!("/api/v1/proposals/{id}/refuse"),
        Some(&t_owner),
        r#"{"reason":"not now"}"#,
    )
    .await;
    assert_eq!(r.json()["reason"], "not now");
    // A browser session may not use the API for writes.
    let req = Request::post("/api/v1/designs")
        .header(header::COOKIE, owner.cookie_header())
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{}"))
        .unwrap();
    assert_eq!(owner.send(req).await.status, StatusCode::FORBIDDEN);
}

/// A browser: keeps cookies between requests.
pub(crate) struct Browser {
    app: Router,
    cookies: std::collections::BTreeMap<String, String>,
}

impl Browser {
    pub(crate) fn new(app: &Router) -> Browser {
        Browser {
            app: app.clone(),
            cookies: Default::default(),
        }
    }

    pub(crate) async fn send(&mut self, req: Request<Body>) -> Res {
        let res = self.app.clone().oneshot(req).await.unwrap();
        for v in res.headers().get_all(header::SET_COOKIE) {
            let v = v.to_str().unwrap();
            let (kv, attrs) = v.split_once(';').unwrap_or((v, ""));
            assert!(
                attrs.contains("HttpOnly")
                    && attrs.contains("SameSite=Lax")
                    && (!kv.starts_with("__Host-")
                        || (attrs.contains("Secure") && attrs.contains("Path=/"))),
                "{v}"
            );
            if let Some((k, val)) = kv.split_once('=') {
                if val.is_empty() {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_string(), val.to_string());
                }
            }
        }
        read(res).await
    }

    pub(crate) fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub(crate) async fn get(&mut self, uri: &str) -> Res {
        let req = Request::get(uri)
            .header(header::COOKIE, self.cookie_header())
            .body(Body::empty())
            .unwrap();
        self.send(req).await
    }

    pub(crate) async fn post(&mut self, uri: &str, form: &[(&str, &str)]) -> Res {
        let body = form
            .iter()
            .map(|(k, v)| format!("{k}={}", urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let req = Request::post(uri)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
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

pub(crate) async fn sign_up(b: &mut Browser, user: &str) -> String {
    let form = b.get("/signup").await.text();
    let token = hidden(&form, "form_token");
    let r = b
        .post(
            "/signup",
            &[
                ("form_token", &token),
                ("username", user),
                ("display_name", &format!("{user} Farmer")),
                ("email", &format!("{user}@example.org")),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let account = b.get("/account").await.text();
    hidden(&account, "csrf")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_need_a_session_or_token_and_forms_need_their_csrf_token() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let mut anon = Browser::new(&app);
    for (uri, form) in [
        ("/designs/push-seeder-plates/fork", vec![("new_slug", "x")]),
        ("/designs/push-seeder-plates/edit", vec![("manifest", "x")]),
        ("/designs/new", vec![("manifest", "x")]),
        ("/proposals/1/accept", vec![]),
        ("/logout", vec![]),
        ("/account/tokens", vec![]),
    ] {
        let r = anon.post(uri, &form).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{uri}");
    }
    assert_eq!(anon.get("/account").await.status, StatusCode::UNAUTHORIZED);
    let r = app
        .clone()
        .oneshot(
            Request::post("/api/v1/designs/push-seeder-plates/fork")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(r#"{"new_slug":"x"}"#))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // A sign-up without the form's token is refused.
    let r = anon
        .post(
            "/signup",
            &[
                ("username", "eve"),
                ("email", "e@x.org"),
                ("password", "0123456789ab"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    let mut b = Browser::new(&app);
    let csrf = sign_up(&mut b, "reviewer").await;
    assert!(b.cookies.contains_key("__Host-barnraise_session"));
    // Wrong CSRF token: refused, nothing forked.
    let r = b
        .post(
            "/designs/push-seeder-plates/fork",
            &[("new_slug", "seeder-reviewer"), ("csrf", "nope")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        b.get("/designs/seeder-reviewer").await.status,
        StatusCode::NOT_FOUND
    );
    // Sign-up problems are shown on the form with the field.
    let mut c = Browser::new(&app);
    let token = hidden(&c.get("/signup").await.text(), "form_token");
    let r = c
        .post(
            "/signup",
            &[
                ("form_token", &token),
                ("username", "reviewer"),
                ("email", "a@example.org"),
                ("password", "0123456789ab"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.text().contains("username"), "{}", r.text());
    // Log-in is rate-limited after 5 failures.
    let mut d = Browser::new(&app);
    let mut last = StatusCode::OK;
    for _ in 0..6 {
        let token = hidden(&d.get("/login").await.text(), "form_token");
        last = d
            .post(
                "/login",
                &[
                    ("form_token", &token),
                    ("username", "reviewer"),
                    ("password", "wrong password"),
                ],
            )
            .await
            .status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    // Log out ends the session.
    let r = b.post("/logout", &[("csrf", &csrf)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(b.get("/account").await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fork_propose_and_accept_through_the_browser() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let mut owner = Browser::new(&app);
    let csrf = sign_up(&mut owner, "reviewer").await;
    // Fork: the new design records its parent, and the owner maintains it.
    let r = owner
        .post(
            "/designs/push-seeder-plates/fork",
            &[
                ("new_slug", "seeder-reviewer"),
                ("license", ""),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(r.location.as_deref(), Some("/designs/seeder-reviewer"));
    let page = owner.get("/designs/seeder-reviewer").await.text();
    assert!(page.contains("Forked from <a href=\"/designs/push-seeder-plates\">"));
    let lineage = owner
        .get("/designs/push-seeder-plates/lineage")
        .await
        .text();
    assert!(lineage.contains("seeder-reviewer"));
    // Someone else proposes a change to the fork.
    let mut other = Browser::new(&app);
    let csrf2 = sign_up(&mut other, "keeper").await;
    let editor = other.get("/designs/seeder-reviewer/edit").await.text();
    assert!(editor.contains("sends your change as a proposal"));
    let manifest = textarea(&editor);
    // A broken manifest is shown back with its line.
    let broken = manifest.replacen("name = ", "name = = ", 1);
    let r = other
        .post(
            "/designs/seeder-reviewer/edit",
            &[("manifest", &broken), ("message", "x"), ("csrf", &csrf2)],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.text().contains("line 1"), "{}", r.text());
    let version_line = manifest
        .lines()
        .find(|l| l.starts_with("version = "))
        .unwrap();
    let changed = manifest
        .replacen(version_line, "version = \"1.1.0\"", 1)
        .replacen("summary = \"", "summary = \"Improved: ", 1);
    let r = other
        .post(
            "/designs/seeder-reviewer/edit",
            &[
                ("manifest", &changed),
                ("message", "Clearer summary"),
                ("csrf", &csrf2),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let proposal = r.location.unwrap();
    assert!(proposal.starts_with("/proposals/"));
    // The design is unchanged until the maintainer accepts.
    let api = get(&app, "/api/v1/designs/seeder-reviewer").await.json();
    assert!(!api["summary"].as_str().unwrap().starts_with("Improved"));
    // Keeper cannot accept; Reviewer can.
    let r = other
        .post(&format!("{proposal}/accept"), &[("csrf", &csrf2)])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let page = owner.get(&proposal).await.text();
    assert!(page.contains("Accept and publish"));
    assert!(page.contains("Improved: "), "the diff shows the change");
    let r = owner
        .post(&format!("{proposal}/accept"), &[("csrf", &csrf)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let api = get(&app, "/api/v1/designs/seeder-reviewer").await.json();
    assert!(api["summary"].as_str().unwrap().starts_with("Improved"));
    assert_eq!(api["version"], "1.1.0");
    let history = get(&app, "/api/v1/designs/seeder-reviewer/history")
        .await
        .json();
    assert_eq!(
        history["changes"][0]["author"], "keeper Farmer",
        "the proposer is the author"
    );
    // Deciding again is a conflict.
    let r = owner
        .post(&format!("{proposal}/refuse"), &[("csrf", &csrf)])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_designs_from_the_browser_and_forks_with_an_api_token() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let mut b = Browser::new(&app);
    let csrf = sign_up(&mut b, "reviewer").await;
    let editor = b.get("/designs/new").await.text();
    assert!(editor.contains("reviewer Farmer"));
    let manifest = textarea(&editor);
    let r = b
        .post(
            "/designs/new",
            &[
                ("manifest", &manifest),
                ("message", "First"),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(r.location.as_deref(), Some("/designs/my-design"));
    assert_eq!(b.get("/designs/my-design").await.status, StatusCode::OK);
    // A licence that forbids derivatives cannot be forked into; an API token forks.
    let page = b
        .post("/account/tokens", &[("csrf", &csrf), ("name", "ci")])
        .await
        .text();
    let start = page.find("<code id=\"token\">").unwrap() + "<code id=\"token\">".len();
    let token = page[start..].split('<').next().unwrap().to_string();
    let fork = |body: &'static str| {
        let app = app.clone();
        let token = token.clone();
        async move {
            app.oneshot(
                Request::post("/api/v1/designs/my-design/fork")
                    .header(header::CONTENT_TYPE, "application/json")
                    .header(header::AUTHORIZATION, format!("Bearer {token}"))
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await
            .unwrap()
        }
    };
    assert_eq!(
        fork(r#"{"new_slug":"my-design-2"}"#).await.status(),
        StatusCode::CREATED
    );
    let r = fork(r#"{"new_slug":"my-design-3","license":"CC-BY-4.0"}"#).await;
    assert_eq!(
        r.status(),
        StatusCode::CONFLICT,
        "share-alike stays share-alike"
    );
    let d = get(&app, "/api/v1/designs/my-design-2").await.json();
    assert_eq!(d["forked_from"], "my-design");
}

/// The text of the page's (only) textarea.
fn textarea(html: &str) -> String {
    let start = html.find("<textarea").unwrap();
    let body_start = html[start..].find('>').unwrap() + start + 1;
    let end = html.find("</textarea>").unwrap();
    html_unescape(&html[body_start..end])
}

fn html_unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/")
        .replace("&amp;", "&")
}

/// A file field of a test upload: field name, file name, content type, bytes.
pub(crate) type FilePart<'a> = (&'a str, &'a str, &'a str, &'a [u8]);

/// A `multipart/form-data` body: the text `fields`, then `file` if any. Returns the
/// content type (with its boundary) and the body.
pub(crate) fn multipart(fields: &[(&str, &str)], file: Option<FilePart>) -> (String, Vec<u8>) {
    let boundary = "XbarnraiseTestBoundary";
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    if let Some((field, filename, ctype, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\nContent-Type: {ctype}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Uploads one file to `POST /import` as the signed-in `b` and returns the review page's
/// address the answer redirects to.
pub(crate) async fn upload_for_review(
    b: &mut Browser,
    csrf: &str,
    filename: &str,
    bytes: &[u8],
) -> String {
    let (ctype, body) = multipart(
        &[("csrf", csrf)],
        Some(("files", filename, "image/svg+xml", bytes)),
    );
    let req = Request::post("/import")
        .header(header::COOKIE, b.cookie_header())
        .header(header::CONTENT_TYPE, ctype)
        .body(Body::from(body))
        .unwrap();
    let r = b.send(req).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    r.location.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn image_uploads_are_type_and_size_checked_and_svg_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let mut b = Browser::new(&app);
    let csrf = sign_up(&mut b, "reviewer").await;
    // Naming an admin needs an existing account; reviewer maintains the shipped designs then.
    let store = dir.path().join("store.git");
    let nobody = crate::barnraise(&store, &["admin", "add", "nobody-here"]);
    assert_eq!(
        nobody.status.code(),
        Some(1),
        "{}",
        crate::text(&nobody.stderr)
    );
    let run = crate::barnraise(&store, &["admin", "add", "reviewer"]);
    assert_eq!(run.status.code(), Some(0), "{}", crate::text(&run.stderr));
    let listed = crate::barnraise(&store, &["--json", "admin", "list"]);
    assert!(crate::text(&listed.stdout).contains("\"reviewer\""));
    let png = get(&app, "/designs/compost-sifter/preview.png").await.body;
    let upload = |b: &mut Browser, name: &str, bytes: Vec<u8>| {
        let (ctype, body) = multipart(
            &[("csrf", &csrf)],
            Some(("image", name, "application/octet-stream", &bytes)),
        );
        Request::post("/designs/compost-sifter/images")
            .header(header::COOKIE, b.cookie_header())
            .header(header::CONTENT_TYPE, ctype)
            .body(Body::from(body))
            .unwrap()
    };
    let before = get(&app, "/api/v1/designs/compost-sifter").await.json()["version"].clone();
    let req = upload(&mut b, "Sifter in use.PNG", png.clone());
    let r = b.send(req).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let after = get(&app, "/api/v1/designs/compost-sifter").await.json();
    assert_ne!(after["version"], before, "the upload is a new version");
    assert!(
        after["images"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i == "sifter-in-use.png")
    );
    let img = get(&app, "/designs/compost-sifter/images/sifter-in-use.png").await;
    assert_eq!(img.ctype, "image/png");
    assert_eq!(img.body, png);
    // An SVG (even named .png) is refused; so is something that is not an image.
    let svg =
        br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.to_vec();
    let req = upload(&mut b, "drawing.png", svg);
    let r = b.send(req).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.text().contains("SVG uploads are refused"));
    let req = upload(&mut b, "notes.txt", b"hello".to_vec());
    assert_eq!(b.send(req).await.status, StatusCode::BAD_REQUEST);
    // Too large: refused before it is stored.
    let mut big = png.clone();
    big.resize(6 * 1024 * 1024, 0);
    let req = upload(&mut b, "big.png", big);
    let r = b.send(req).await;
    assert!(
        r.status == StatusCode::BAD_REQUEST || r.status == StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        r.status
    );
    let last = get(&app, "/api/v1/designs/compost-sifter").await.json();
    assert_eq!(last["version"], after["version"], "nothing else was stored");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_cannot_be_framed_or_sniffed() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    for uri in ["/", "/api/v1/designs", "/no/such/page"] {
        let res = app
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let h = res.headers();
        assert_eq!(h.get(header::X_FRAME_OPTIONS).unwrap(), "DENY", "{uri}");
        assert_eq!(
            h.get(header::X_CONTENT_TYPE_OPTIONS).unwrap(),
            "nosniff",
            "{uri}"
        );
        assert!(h.get(header::CONTENT_SECURITY_POLICY).is_some(), "{uri}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cut_files_are_reviewed_in_the_browser_and_become_a_design() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let mut b = Browser::new(&app);
    assert_eq!(b.get("/import").await.status, StatusCode::UNAUTHORIZED);
    let csrf = sign_up(&mut b, "reviewer").await;
    let form = b.get("/import").await;
    assert_eq!(form.status, StatusCode::OK);
    // A real boxes.py file (GPL-3.0-or-later, see tests/fixtures/interop/real/SOURCES.md).
    let bytes = std::fs::read(crate::repo(
        "tests/fixtures/interop/real/boxes-ClosedBox.svg",
    ))
    .unwrap();
    let review = upload_for_review(&mut b, &csrf, "../../ClosedBox.svg", &bytes).await;
    let page = b.get(&review).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    let html = page.text();
    assert!(html.contains("<svg"), "the parts are drawn");
    assert!(
        html.contains("ClosedBox.svg") && !html.contains("../"),
        "only the file name is kept"
    );
    // The items as listed, each with a box ticked when it is a part.
    let ids: Vec<String> = html
        .match_indices("name=\"keep.")
        .map(|(i, _)| html[i + 11..].split('"').next().unwrap().to_string())
        .collect();
    assert!(ids.len() >= 6, "{ids:?}");
    // Untick one part, name the design, give its source, and create it.
    let mut fields: Vec<(String, String)> = vec![
        ("reviewed".into(), "1".into()),
        ("slug".into(), "closed-box-import".into()),
        ("name".into(), "Closed box".into()),
        ("license".into(), "GPL-3.0-or-later".into()),
        ("author".into(), "Florian Festi".into()),
        (
            "source".into(),
            "https://github.com/florianfesti/boxes".into(),
        ),
        ("units".into(), "auto".into()),
        ("process".into(), "laser".into()),
        ("csrf".into(), csrf.clone()),
    ];
    for id in &ids[1..] {
        fields.push((format!("keep.{id}"), "on".into()));
    }
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let id = review.trim_start_matches("/import/");
    let r = b.post(&format!("/import/{id}/create"), &refs).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(r.location.as_deref(), Some("/designs/closed-box-import"));
    let d = get(&app, "/api/v1/designs/closed-box-import").await.json();
    assert_eq!(d["license"], "GPL-3.0-or-later");
    assert_eq!(d["forked_store"], "https://github.com/florianfesti/boxes");
    let all_parts = ids.len() as u64;
    assert!(
        (d["parts"].as_array().unwrap().len() as u64) < all_parts,
        "{}",
        d["parts"]
    );
    // The draft is gone once used; someone else cannot see a draft.
    assert_eq!(b.get(&review).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passwords_change_tokens_are_revoked_and_sessions_end_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let mut b = Browser::new(&app);
    let csrf = sign_up(&mut b, "reviewer").await;
    let mut other = Browser::new(&app);
    other.cookies = b.cookies.clone();
    // A token, used, then revoked.
    let page = b
        .post("/account/tokens", &[("csrf", &csrf), ("name", "ci")])
        .await
        .text();
    let start = page.find("<code id=\"token\">").unwrap() + "<code id=\"token\">".len();
    let token = page[start..].split('<').next().unwrap().to_string();
    let fork = |slug: &'static str| {
        let (app, token) = (app.clone(), token.clone());
        async move {
            send_json(
                &app,
                "POST",
                "/api/v1/designs/push-seeder-plates/fork",
                Some(&token),
                &format!(r#"{{"new_slug":"{slug}"}}"#),
            )
            .await
            .status
        }
    };
    assert_eq!(fork("seeder-one").await, StatusCode::CREATED);
    let account = b.get("/account").await.text();
    assert!(account.contains("works until"), "tokens expire");
    let i = account.find("/account/tokens/").unwrap() + "/account/tokens/".len();
    let id = account[i..].split('/').next().unwrap().to_string();
    let r = b
        .post(&format!("/account/tokens/{id}/revoke"), &[("csrf", &csrf)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(fork("seeder-two").await, StatusCode::UNAUTHORIZED);
    // A wrong current password changes nothing; the right one ends the other sessions.
    let r = b
        .post(
            "/account/password",
            &[
                ("csrf", &csrf),
                ("current", "nope"),
                ("new", "another long one"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = b
        .post(
            "/account/password",
            &[
                ("csrf", &csrf),
                ("current", "correct horse battery"),
                ("new", "another long one"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(
        other.get("/account").await.status,
        StatusCode::UNAUTHORIZED,
        "the old session ended"
    );
    let csrf = hidden(&b.get("/account").await.text(), "csrf");
    // Log out everywhere ends this one too.
    let r = b
        .post("/account/logout-everywhere", &[("csrf", &csrf)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(b.get("/account").await.status, StatusCode::UNAUTHORIZED);
    // Logging in with the new password works.
    let token = hidden(&b.get("/login").await.text(), "form_token");
    let r = b
        .post(
            "/login",
            &[
                ("form_token", &token),
                ("username", "reviewer"),
                ("password", "another long one"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_trickles_its_headers_is_cut_off() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.git");
    barnraise::app::seed::create_store(&path, None, barnraise::app::seed::Seed::Empty).unwrap();
    let state = AppState::open(&ServeConfig {
        jobs_dir: Some(dir.path().join("jobs")),
        ..ServeConfig::new(path)
    })
    .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(barnraise::server::serve_on(listener, state, async {
        let _ = stopped.await;
    }));
    // A whole request is answered.
    let mut ok = tokio::net::TcpStream::connect(addr).await.unwrap();
    ok.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = String::new();
    ok.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    // Headers that never end: the connection is closed after the header timeout.
    let started = std::time::Instant::now();
    let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let mut buf = Vec::new();
    let read = tokio::time::timeout(
        barnraise::server::HEADER_TIMEOUT * 3,
        slow.read_to_end(&mut buf),
    )
    .await;
    assert!(read.is_ok(), "the server kept a trickling connection open");
    assert!(started.elapsed() >= barnraise::server::HEADER_TIMEOUT);
    let _ = stop.send(());
    let _ = server.await;
}
