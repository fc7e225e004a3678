//! Build logs (#19): logged from the terminal with photos and an export's manifest, listed,
//! verified, kept in the store as files stock git sees, and refused with located problems
//! (nothing written) when they are wrong.

use std::path::Path;
use std::process::Command;

use crate::{barnraise, text};

const SLUG: &str = "push-seeder-plates";

/// A small real PNG (2×2 pixels).
fn png() -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, 2, 2);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().unwrap();
        w.write_image_data(&[200; 12]).unwrap();
    }
    out
}

fn commits(store: &Path) -> usize {
    let out = Command::new("git")
        .args([
            "--git-dir",
            store.to_str().unwrap(),
            "rev-list",
            "--count",
            "main",
        ])
        .output()
        .unwrap();
    text(&out.stdout).trim().parse().unwrap()
}

fn json(out: &std::process::Output) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

#[test]
fn builds_are_logged_verified_listed_and_kept_as_files() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store.git");
    let out = barnraise(&store, &["init"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // A hand-written log with a photo: not verified (no export manifest).
    let log = tmp.path().join("build.toml");
    std::fs::write(
        &log,
        "# my first plates\ndate = 2026-11-30\noutcome = \"works-with-changes\"\nplace = \"Example Town\"\ncountry = \"GB\"\nmaterial = \"acrylic\"\nthickness = 2.9\nchanges = \"Raised cell_oversize by 0.2 mm: pelleted carrot seed bridged.\"\n\n[parameters]\ncell_oversize = 0.6\n",
    )
    .unwrap();
    let photo = tmp.path().join("Plates On Bench.PNG");
    std::fs::write(&photo, png()).unwrap();
    let v = json(&barnraise(
        &store,
        &[
            "build",
            "add",
            SLUG,
            "--file",
            log.to_str().unwrap(),
            "--photo",
            photo.to_str().unwrap(),
            "--author",
            "Example Builder <builder@example.org>",
            "--json",
        ],
    ));
    assert_eq!(v["build"]["verified"], false);
    assert_eq!(v["build"]["outcome"], "works-with-changes");
    assert_eq!(v["build"]["builder"], "Example Builder");
    assert_eq!(v["build"]["photos"][0], "plates-on-bench.png");
    assert_eq!(v["build"]["version"], "1.0.0");
    let path = v["path"].as_str().unwrap().to_string();
    assert!(
        path.starts_with("builds/push-seeder-plates/2026-11-30-"),
        "{path}"
    );

    // Cut Barnraise's files, then log the build with their manifest: verified.
    let cut = tmp.path().join("cut");
    let out = barnraise(
        &store,
        &[
            "export",
            SLUG,
            "--format",
            "svg",
            "--makerspace",
            "example-laser-club",
            "--time-limit",
            "0.5",
            "--out",
            cut.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let log2 = tmp.path().join("build2.toml");
    std::fs::write(
        &log2,
        "date = \"2026-12-01\"\noutcome = \"works\"\nhours = 1.5\ncost = 12.5\ncurrency = \"EUR\"\nnotes = \"Cut at the club on a Tuesday.\"\n",
    )
    .unwrap();
    let manifest = cut.join("manifest.json");
    let v = json(&barnraise(
        &store,
        &[
            "build",
            "add",
            SLUG,
            "--file",
            log2.to_str().unwrap(),
            "--manifest",
            manifest.to_str().unwrap(),
            "--json",
        ],
    ));
    assert_eq!(v["build"]["verified"], true, "{v}");
    assert_eq!(v["build"]["makerspace"], "example-laser-club");
    assert_eq!(v["build"]["machine"], "laser");
    assert_eq!(v["build"]["export"], "manifest.json");
    assert_eq!(v["build"]["builder"], "Test");

    let v = json(&barnraise(&store, &["build", "list", SLUG, "--json"]));
    assert_eq!(v["counts"]["total"], 2);
    assert_eq!(v["counts"]["works"], 1);
    assert_eq!(v["counts"]["works_with_changes"], 1);
    assert_eq!(v["counts"]["verified"], 1);
    assert_eq!(v["builds"][0]["date"], "2026-12-01", "newest first");
    let out = barnraise(&store, &["build", "list", SLUG]);
    let listed = text(&out.stdout);
    assert!(listed.contains("built 2×"), "{listed}");
    assert!(listed.contains("[verified]"), "{listed}");

    // Search: the filters, the tally on the card, and the same answer after a rebuild.
    let search = |q: &str| json(&barnraise(&store, &["search", q, "--json"]));
    let v = search("built:>0");
    assert_eq!(v["total"], 1, "{v}");
    assert_eq!(v["hits"][0]["slug"], SLUG);
    assert_eq!(v["hits"][0]["built"], 2);
    assert_eq!(v["hits"][0]["built_works"], 2);
    assert_eq!(search("built:works")["total"], 1);
    assert_eq!(search("built:>2")["total"], 0);
    let seeders = search("seeder");
    assert_eq!(
        seeders["hits"][0]["slug"], SLUG,
        "a built design ranks first: {seeders}"
    );
    let out = barnraise(&store, &["search", "built:often"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("built:works"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(barnraise(&store, &["reindex"]).status.code(), Some(0));
    assert_eq!(
        search("seeder"),
        seeders,
        "incremental and rebuilt indexes agree"
    );

    // Stock git sees the logs, the photo and the manifest as files; comments are kept.
    let clone = tmp.path().join("clone");
    let out = Command::new("git")
        .args([
            "clone",
            "-q",
            store.to_str().unwrap(),
            clone.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stored = std::fs::read_to_string(clone.join(&path)).unwrap();
    assert!(stored.starts_with("# my first plates"), "{stored}");
    assert!(stored.contains("builder = \"Example Builder\""), "{stored}");
    assert!(stored.contains("revision = \""), "{stored}");
    let dir = clone.join(path.trim_end_matches(".toml"));
    assert_eq!(
        std::fs::read(dir.join("plates-on-bench.png")).unwrap(),
        png()
    );
    let n_manifests = walk(&clone.join("builds"))
        .into_iter()
        .filter(|p| p.ends_with("manifest.json"))
        .count();
    assert_eq!(n_manifests, 1);
    let out = Command::new("git")
        .args([
            "-C",
            clone.to_str().unwrap(),
            "log",
            "-1",
            "--format=%an <%ae>",
        ])
        .output()
        .unwrap();
    assert_eq!(text(&out.stdout).trim(), "Test <t@example.org>");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn bad_build_logs_are_refused_with_located_problems_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store.git");
    assert_eq!(barnraise(&store, &["init"]).status.code(), Some(0));
    let before = commits(&store);
    let add = |name: &str, body: &str, extra: &[&str]| {
        let f = tmp.path().join(name);
        std::fs::write(&f, body).unwrap();
        let mut args = vec!["build", "add", SLUG, "--file", f.to_str().unwrap()];
        args.extend_from_slice(extra);
        let out = barnraise(&store, &args);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", text(&out.stdout));
        text(&out.stderr)
    };
    let err = add(
        "outcome.toml",
        "date = 2026-11-30\noutcome = \"wroks\"\nplace = \"Example Town\"\n",
        &[],
    );
    assert!(
        err.contains("outcome.toml:2:")
            && err.contains("unknown outcome 'wroks'")
            && err.contains("'works'"),
        "{err}"
    );
    let err = add(
        "revision.toml",
        "date = 2026-11-30\noutcome = \"works\"\nplace = \"Example Town\"\nrevision = \"0123456789abcdef\"\n",
        &[],
    );
    assert!(
        err.contains("revision.toml:4:") && err.contains("not in this store"),
        "{err}"
    );
    let err = add(
        "param.toml",
        "date = 2026-11-30\noutcome = \"works\"\nmakerspace = \"example-laser-clubb\"\n[parameters]\nthicknes = 3\ncell_oversize = 99\n",
        &[],
    );
    assert!(
        err.contains("param.toml:3:") && err.contains("did you mean 'example-laser-club'"),
        "{err}"
    );
    assert!(
        err.contains("no parameter 'thicknes'") && err.contains("'thickness'"),
        "{err}"
    );
    assert!(err.contains("cell_oversize = 99 is outside"), "{err}");

    let svg = tmp.path().join("photo.svg");
    std::fs::write(&svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").unwrap();
    let err = add(
        "photo.toml",
        "date = 2026-11-30\noutcome = \"works\"\nplace = \"Example Town\"\n",
        &["--photo", svg.to_str().unwrap()],
    );
    assert!(
        err.contains("photo photo.svg") && err.contains("SVG"),
        "{err}"
    );
    let big = tmp.path().join("big.jpg");
    let mut bytes = vec![0xFF, 0xD8, 0xFF];
    bytes.resize(6 * 1024 * 1024, 0);
    std::fs::write(&big, bytes).unwrap();
    let err = add(
        "big.toml",
        "date = 2026-11-30\noutcome = \"works\"\nplace = \"Example Town\"\n",
        &["--photo", big.to_str().unwrap()],
    );
    assert!(err.contains("big.jpg") && err.contains("limit"), "{err}");

    // A manifest for another design does not verify; the log is refused.
    let manifest = tmp.path().join("manifest.json");
    std::fs::write(
        &manifest,
        r#"{"design":"compost-sifter","version":"1.0.0","revision":null,"parameters":{},"files":[]}"#,
    )
    .unwrap();
    let err = add(
        "manifest.toml",
        "date = 2026-11-30\noutcome = \"works\"\nplace = \"Example Town\"\n",
        &["--manifest", manifest.to_str().unwrap()],
    );
    assert!(
        err.contains("manifest.json") && err.contains("for 'compost-sifter'"),
        "{err}"
    );
    // The same in French: every reason is phrased, none left in English.
    let err = add(
        "manifest.toml",
        "date = 2099-01-01\noutcome = \"works\"\nplace = \"Example Town\"\n",
        &["--manifest", manifest.to_str().unwrap(), "--lang", "fr"],
    );
    for french in [
        "le manifeste d'export est celui de « compost-sifter », pas de « push-seeder-plates »",
        "le manifeste d'export ne nomme aucune révision du dépôt",
        "le manifeste d'export ne liste aucun fichier",
        "la date 2099-01-01 est dans le futur",
    ] {
        assert!(err.contains(french), "{french}: {err}");
    }
    for english in ["the export manifest", "is in the future"] {
        assert!(!err.contains(english), "{english}: {err}");
    }

    // A design that does not exist.
    let f = tmp.path().join("nodesign.toml");
    std::fs::write(
        &f,
        "date = 2026-11-30\noutcome = \"works\"\nplace = \"Example Town\"\n",
    )
    .unwrap();
    let out = barnraise(
        &store,
        &[
            "build",
            "add",
            "no-such-design",
            "--file",
            f.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no design 'no-such-design'"),
        "{}",
        text(&out.stderr)
    );

    assert_eq!(commits(&store), before, "nothing was written");
    let v = json(&barnraise(&store, &["build", "list", SLUG, "--json"]));
    assert_eq!(v["counts"]["total"], 0);
}

mod api {
    use axum::body::Body;
    use axum::http::{Request, StatusCode, header};
    use base64::Engine;
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    use barnraise::server::{AppState, ServeConfig, router};

    async fn send(
        app: &axum::Router,
        method: &str,
        uri: &str,
        token: Option<&str>,
        body: String,
    ) -> (StatusCode, serde_json::Value) {
        let mut req = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(t) = token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        let res = app
            .clone()
            .oneshot(req.body(Body::from(body)).unwrap())
            .await
            .unwrap();
        let status = res.status();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
        )
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn scripts_log_and_list_builds_with_a_token() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store.git");
        barnraise::app::seed::create_store(&path, None, barnraise::app::seed::Seed::Shipped)
            .unwrap();
        let state = AppState::open(&ServeConfig {
            base_url: "https://barnraise.example".into(),
            max_jobs: 1,
            jobs_dir: Some(dir.path().join("jobs")),
            ..ServeConfig::new(path.clone())
        })
        .unwrap();
        let accounts = state.accounts();
        let now = barnraise::time::now();
        let user = accounts
            .sign_up(
                "builder",
                "Example Builder",
                "builder@example.org",
                "a long passphrase",
                now,
            )
            .unwrap();
        let token = accounts.create_api_token(user.id, "ci", now).unwrap();
        let app = router(state);
        let uri = "/api/v1/designs/push-seeder-plates/builds";

        let log =
            "date = 2026-11-30\noutcome = \"works\"\nplace = \"Example Town\"\ncountry = \"KE\"\n";
        let photo = base64::engine::general_purpose::STANDARD.encode(super::png());
        let body = serde_json::json!({"log": log, "photos": {"front.png": photo}}).to_string();
        // No token: 401, nothing written.
        let (status, v) = send(&app, "POST", uri, None, body.clone()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{v}");
        let (status, v) = send(&app, "POST", uri, Some(&token), body).await;
        assert_eq!(status, StatusCode::CREATED, "{v}");
        assert_eq!(v["build"]["builder"], "Example Builder");
        assert_eq!(v["build"]["photos"][0], "front.png");

        // A bad log: 400 with located problems.
        let bad =
            serde_json::json!({"log": "date = 2026-11-30\noutcome = \"maybe\"\nplace = \"x\"\n"})
                .to_string();
        let (status, v) = send(&app, "POST", uri, Some(&token), bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
        assert!(v.to_string().contains("unknown outcome 'maybe'"), "{v}");
        // A design that does not exist: 404.
        let body = serde_json::json!({"log": log}).to_string();
        let (status, _) = send(
            &app,
            "POST",
            "/api/v1/designs/no-such-design/builds",
            Some(&token),
            body,
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        let (status, v) = send(&app, "GET", uri, None, String::new()).await;
        assert_eq!(status, StatusCode::OK, "{v}");
        assert_eq!(v["counts"]["total"], 1);
        assert_eq!(v["builds"][0]["country"], "KE");
        let (_, spec) = send(&app, "GET", "/api/v1/openapi.json", None, String::new()).await;
        assert!(spec["paths"]["/api/v1/designs/{slug}/builds"]["post"].is_object());
    }
}

mod web {
    use axum::body::Body;
    use axum::http::{Request, StatusCode, header};
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    use barnraise::server::{AppState, ServeConfig, router};

    struct Res {
        status: StatusCode,
        location: Option<String>,
        body: String,
    }

    async fn send(app: &axum::Router, req: Request<Body>) -> Res {
        let res = app.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let location = res
            .headers()
            .get(header::LOCATION)
            .map(|v| v.to_str().unwrap().to_string());
        let body = res.into_body().collect().await.unwrap().to_bytes();
        Res {
            status,
            location,
            body: String::from_utf8_lossy(&body).into_owned(),
        }
    }

    fn multipart(fields: &[(&str, &str)], photo: Option<(&str, &[u8])>) -> (String, Vec<u8>) {
        crate::web::multipart(
            fields,
            photo.map(|(name, bytes)| ("photo", name, "application/octet-stream", bytes)),
        )
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_build_logged_from_an_export_job_shows_verified_on_the_design_page() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store.git");
        barnraise::app::seed::create_store(&path, None, barnraise::app::seed::Seed::Shipped)
            .unwrap();
        let state = AppState::open(&ServeConfig {
            base_url: "https://barnraise.example".into(),
            max_jobs: 1,
            jobs_dir: Some(dir.path().join("jobs")),
            ..ServeConfig::new(path.clone())
        })
        .unwrap();
        let accounts = state.accounts();
        let now = barnraise::time::now();
        let user = accounts
            .sign_up(
                "builder",
                "Example Builder",
                "builder@example.org",
                "a long passphrase",
                now,
            )
            .unwrap();
        let session = accounts.create_session(user.id, now).unwrap();
        let cookie = format!(
            "{}={}",
            barnraise::server::auth::session_cookie(state.secure_cookies()),
            session.token
        );
        let app = router(state);
        let slug = "push-seeder-plates";

        // The design page before: no builds, a way to log one.
        let page = send(
            &app,
            Request::get(format!("/designs/{slug}"))
                .header(header::COOKIE, &cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains("Nobody has logged a build yet"));
        assert!(page.body.contains(&format!("/designs/{slug}/builds/new")));

        // An export job; its page leads to the prefilled form.
        let r = send(
            &app,
            Request::post(format!("/api/v1/designs/{slug}/exports"))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(
                    r#"{"format":"svg","makerspace":"example-laser-club","time_limit":0}"#,
                ))
                .unwrap(),
        )
        .await;
        assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
        let id = serde_json::from_str::<serde_json::Value>(&r.body).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        for _ in 0..600 {
            let j = send(
                &app,
                Request::get(format!("/api/v1/jobs/{id}"))
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
            let v: serde_json::Value = serde_json::from_str(&j.body).unwrap();
            if v["state"] == "done" {
                break;
            }
            assert_ne!(v["state"], "failed", "{v}");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let job_page = send(
            &app,
            Request::get(format!("/jobs/{id}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        let link = format!("/designs/{slug}/builds/new?job={id}");
        assert!(job_page.body.contains(&link), "{}", job_page.body);
        // The form needs a session.
        let r = send(&app, Request::get(&link).body(Body::empty()).unwrap()).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        let form = send(
            &app,
            Request::get(&link)
                .header(header::COOKIE, &cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(form.status, StatusCode::OK, "{}", form.body);
        assert!(
            form.body.contains("Built from these files"),
            "{}",
            form.body
        );
        assert!(form.body.contains(&format!("name=\"job\" value=\"{id}\"")));

        let fields = [
            ("csrf", session.csrf.as_str()),
            ("job", id.as_str()),
            ("outcome", "works-with-changes"),
            ("date", "2026-11-30"),
            ("country", "gb"),
            ("hours", "2,5"),
            ("changes", "Sanded the hub bore: the boss was 10.4 mm."),
        ];
        // Without the CSRF token: refused, nothing written.
        let (ctype, body) = multipart(&fields[1..], None);
        let r = send(
            &app,
            Request::post(format!("/designs/{slug}/builds"))
                .header(header::COOKIE, &cookie)
                .header(header::CONTENT_TYPE, ctype)
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        // A photo that is not PNG or JPEG: refused with the reason.
        let (ctype, body) = multipart(&fields, Some(("x.gif", b"GIF89a....")));
        let r = send(
            &app,
            Request::post(format!("/designs/{slug}/builds"))
                .header(header::COOKIE, &cookie)
                .header(header::CONTENT_TYPE, ctype)
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        assert!(r.body.contains("only PNG and JPEG"), "{}", r.body);

        let png = super::png();
        let (ctype, body) = multipart(&fields, Some(("bench.png", &png)));
        let r = send(
            &app,
            Request::post(format!("/designs/{slug}/builds"))
                .header(header::COOKIE, &cookie)
                .header(header::CONTENT_TYPE, ctype)
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(
            r.location.as_deref(),
            Some("/designs/push-seeder-plates#builds")
        );

        let page = send(
            &app,
            Request::get(format!("/designs/{slug}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert!(page.body.contains("built 1×"), "{}", page.body);
        assert!(
            page.body.contains("built from these files"),
            "{}",
            page.body
        );
        assert!(page.body.contains("Sanded the hub bore"), "{}", page.body);
        assert!(page.body.contains("example-laser-club"), "{}", page.body);
        assert!(
            page.body.contains("Builders: Example Builder (built it 2026-11-30, works with changes, photographed it)"),
            "{}",
            page.body
        );
        let start = page
            .body
            .find(&format!("/designs/{slug}/builds/2026-11-30-"))
            .unwrap();
        let src = page.body[start..].split('"').next().unwrap().to_string();
        let photo = app
            .clone()
            .oneshot(Request::get(&src).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(photo.status(), StatusCode::OK, "{src}");
        assert_eq!(photo.headers()[header::CONTENT_TYPE], "image/png");
        let bytes = photo.into_body().collect().await.unwrap().to_bytes();
        assert_eq!(bytes.to_vec(), png);
    }
}

#[test]
fn sync_takes_a_peers_build_logs_and_skips_invalid_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let ours = tmp.path().join("ours.git");
    let theirs = tmp.path().join("theirs.git");
    assert_eq!(barnraise(&ours, &["init"]).status.code(), Some(0));
    assert_eq!(barnraise(&theirs, &["init"]).status.code(), Some(0));
    let log = tmp.path().join("build.toml");
    std::fs::write(
        &log,
        "date = 2026-11-29\noutcome = \"failed\"\nplace = \"Example Village\"\nnotes = \"The plate jammed.\"\n",
    )
    .unwrap();
    let photo = tmp.path().join("jam.png");
    std::fs::write(&photo, png()).unwrap();
    let out = barnraise(
        &theirs,
        &[
            "build",
            "add",
            SLUG,
            "--file",
            log.to_str().unwrap(),
            "--photo",
            photo.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Someone pushes a broken log to the peer with stock git.
    let clone = tmp.path().join("clone");
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args(args)
            .current_dir(&clone)
            .env("GIT_AUTHOR_NAME", "Example Pusher")
            .env("GIT_AUTHOR_EMAIL", "pusher@example.org")
            .env("GIT_COMMITTER_NAME", "Example Pusher")
            .env("GIT_COMMITTER_EMAIL", "pusher@example.org")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    };
    Command::new("git")
        .args([
            "clone",
            "-q",
            theirs.to_str().unwrap(),
            clone.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    std::fs::write(
        clone.join("builds/push-seeder-plates/2026-11-28-deadbeef.toml"),
        "date = 2026-11-28\noutcome = \"sort-of\"\nplace = \"Example Village\"\n",
    )
    .unwrap();
    // And a log of a design we do not have, which is not ours to take.
    std::fs::create_dir_all(clone.join("builds/not-here")).unwrap();
    std::fs::write(
        clone.join("builds/not-here/2026-11-28-cafef00d.toml"),
        "date = 2026-11-28\noutcome = \"works\"\nplace = \"Example Village\"\n",
    )
    .unwrap();
    git(&["add", "-A"]);
    git(&["commit", "-qm", "Add logs by hand"]);
    git(&["push", "-q", "origin", "main"]);

    let out = barnraise(&ours, &["peer", "add", "theirs", theirs.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v = json(&barnraise(&ours, &["sync", "theirs", "--json"]));
    let builds = &v[0]["builds"];
    assert_eq!(builds["taken"].as_array().unwrap().len(), 1, "{v}");
    assert!(
        builds["taken"][0]
            .as_str()
            .unwrap()
            .starts_with("push-seeder-plates/2026-11-29-")
    );
    let skipped = builds["skipped"].to_string();
    assert!(
        skipped.contains("2026-11-28-deadbeef") && skipped.contains("unknown outcome 'sort-of'"),
        "{skipped}"
    );
    assert!(!skipped.contains("not-here"), "{skipped}");

    let v = json(&barnraise(&ours, &["build", "list", SLUG, "--json"]));
    assert_eq!(v["counts"]["failed"], 1, "{v}");
    assert_eq!(v["builds"][0]["photos"][0], "jam.png");
    assert_eq!(v["invalid"].as_array().unwrap().len(), 0);
    // A second sync takes nothing new.
    let v = json(&barnraise(&ours, &["sync", "theirs", "--json"]));
    assert_eq!(v[0]["builds"]["taken"].as_array().unwrap().len(), 0, "{v}");
}
