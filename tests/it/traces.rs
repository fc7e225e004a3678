//! The traces builders leave (#19, the rest): Atom feeds of designs, a design's changes and
//! builds and a makerspace's builds; the build sheet's credits and its "log your build" QR
//! code; the "built at" search facet; a build's changes as a proposal or a fork; questions
//! and answers on a design page.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use barnraise::app::builds::{BuildInput, log_build};
use barnraise::app::{Actor, Ctx};
use barnraise::model::{Author, Slug};
use barnraise::server::{AppState, ServeConfig, router};
use barnraise::store::Store;

const SLUG: &str = "push-seeder-plates";
const BASE: &str = "https://barnraise.example";

/// A seeded store in `dir` and the web app's state over it.
fn seeded(dir: &std::path::Path) -> (Store, AppState) {
    let path = dir.join("store.git");
    let store =
        barnraise::app::seed::create_store(&path, None, barnraise::app::seed::Seed::Shipped)
            .unwrap();
    let state = AppState::open(&ServeConfig {
        base_url: BASE.into(),
        max_jobs: 1,
        jobs_dir: Some(dir.join("jobs")),
        ..ServeConfig::new(path)
    })
    .unwrap();
    (store, state)
}

/// Logs a build of `slug` by an example builder at a makerspace.
fn log(store: &Store, slug: &str, text: &str) -> String {
    let actor = Actor::Local(Author {
        name: "Example Builder".into(),
        email: Some("builder@example.org".into()),
    });
    let logged = log_build(
        &Ctx::local(store),
        &actor,
        &Slug::parse(slug).unwrap(),
        BuildInput {
            text: text.into(),
            source: Some("build.toml".into()),
            ..BuildInput::default()
        },
    )
    .unwrap();
    logged.build.id
}

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, String, String) {
    let res = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let ctype = res
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, ctype, String::from_utf8_lossy(&body).into_owned())
}

fn atom(body: &str) -> atom_syndication::Feed {
    body.parse()
        .unwrap_or_else(|e| panic!("not Atom ({e}): {body}"))
}

/// Every entry carries what RFC 4287 requires, and they come newest first.
fn well_formed(feed: &atom_syndication::Feed) {
    assert!(!feed.id.is_empty() && !feed.title.value.is_empty());
    assert!(feed.entries.len() <= 50);
    for e in &feed.entries {
        assert!(!e.id.is_empty(), "{e:?}");
        assert!(!e.title.value.is_empty(), "{e:?}");
        assert!(!e.links.is_empty(), "{e:?}");
        assert!(
            !e.authors.is_empty() && !e.authors[0].name.is_empty(),
            "{e:?}"
        );
    }
    for w in feed.entries.windows(2) {
        assert!(w[0].updated >= w[1].updated, "newest first");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feeds_carry_new_designs_a_designs_builds_and_a_makerspaces_builds() {
    let dir = tempfile::tempdir().unwrap();
    let (store, state) = seeded(dir.path());
    let id = log(
        &store,
        SLUG,
        "date = 2026-11-30\noutcome = \"works\"\nmakerspace = \"example-laser-club\"\ncountry = \"GB\"\n",
    );
    let app = router(state);

    // The store's news: every shipped design arrived in the seed commit.
    let (status, ctype, body) = get(&app, "/feeds/designs.atom").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(ctype.starts_with("application/atom+xml"), "{ctype}");
    let feed = atom(&body);
    well_formed(&feed);
    assert_eq!(feed.id, format!("{BASE}/feeds/designs.atom"));
    assert!(
        feed.entries
            .iter()
            .any(|e| e.links[0].href == format!("{BASE}/designs/{SLUG}")),
        "{body}"
    );

    // The design's feed: its changes and the build, by its builder.
    let (status, _, body) = get(&app, &format!("/designs/{SLUG}/feed.atom")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let feed = atom(&body);
    well_formed(&feed);
    let build = feed
        .entries
        .iter()
        .find(|e| e.id.ends_with(&format!("#build-{id}")))
        .unwrap_or_else(|| panic!("no build entry in {body}"));
    assert_eq!(build.authors[0].name, "Example Builder");
    assert_eq!(
        build.links[0].href,
        format!("{BASE}/designs/{SLUG}#build-{id}")
    );
    assert!(build.title.value.contains("works"), "{:?}", build.title);
    assert!(!body.contains("builder@example.org"), "no e-mail in feeds");
    assert!(
        feed.entries.len() >= 2,
        "the design's commits are there too"
    );

    // The makerspace's feed: the build made there.
    let (status, _, body) = get(&app, "/makerspaces/example-laser-club/feed.atom").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let feed = atom(&body);
    well_formed(&feed);
    assert_eq!(feed.entries.len(), 1, "{body}");
    assert_eq!(feed.entries[0].authors[0].name, "Example Builder");
    let (status, _, body) = get(&app, "/makerspaces/example-cnc-workshop/feed.atom").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(atom(&body).entries.is_empty(), "{body}");

    // Unknown ones are 404, and the pages point at their feeds.
    let (status, _, _) = get(&app, "/designs/no-such-design/feed.atom").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = get(&app, "/makerspaces/no-such-space/feed.atom").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, _, page) = get(&app, &format!("/designs/{SLUG}")).await;
    assert!(
        page.contains(&format!(
            "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Push seeder plates: changes and builds\" href=\"/designs/{SLUG}/feed.atom\">"
        )) || page.contains(&format!("href=\"/designs/{SLUG}/feed.atom\"")),
        "{page}"
    );
    assert!(page.contains("href=\"/feeds/designs.atom\""));
    let (_, _, page) = get(&app, "/makerspaces/example-laser-club").await;
    assert!(page.contains("href=\"/makerspaces/example-laser-club/feed.atom\""));

    // The command line writes the same feeds.
    let out = crate::barnraise(
        &dir.path().join("store.git"),
        &[
            "build",
            "feed",
            "--makerspace",
            "example-laser-club",
            "--base-url",
            BASE,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", crate::text(&out.stderr));
    let feed = atom(&crate::text(&out.stdout));
    assert_eq!(feed.entries.len(), 1);
    assert_eq!(feed.entries[0].authors[0].name, "Example Builder");
    assert_eq!(
        feed.entries[0].id,
        format!("{BASE}/designs/{SLUG}#build-{id}")
    );
}

/// A small real PNG (2×2 pixels).
fn png() -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, 2, 2);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().unwrap();
        w.write_image_data(&[120; 12]).unwrap();
    }
    out
}

/// The texts of every QR code on page 1 of `pdf`, read from a 200 dpi grey rendering.
fn qr_codes(pdf: &std::path::Path) -> Vec<String> {
    let prefix = pdf.with_extension("page");
    let out = std::process::Command::new("pdftoppm")
        .args([
            "-r",
            "200",
            "-gray",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
        ])
        .arg(pdf)
        .arg(&prefix)
        .output()
        .expect("pdftoppm (poppler-utils) runs");
    assert!(out.status.success(), "{}", crate::text(&out.stderr));
    let file = std::fs::File::open(format!("{}.png", prefix.display())).unwrap();
    let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let (w, h) = (info.width as usize, info.height as usize);
    let channels = info.line_size / w;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        buf[y * info.line_size + x * channels]
    });
    img.detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, text)| text))
        .collect()
}

#[test]
fn the_build_sheet_credits_contributors_and_its_qr_code_leads_to_the_log_your_build_form() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.git");
    let store =
        barnraise::app::seed::create_store(&path, None, barnraise::app::seed::Seed::Shipped)
            .unwrap();
    let actor = Actor::Local(Author {
        name: "Example Photographer".into(),
        email: Some("photos@example.org".into()),
    });
    log_build(
        &Ctx::local(&store),
        &actor,
        &Slug::parse(SLUG).unwrap(),
        BuildInput {
            text: "date = 2026-11-29\noutcome = \"failed\"\nplace = \"Example Town\"\n".into(),
            source: None,
            photos: vec![("bench.png".into(), png())],
            manifest: None,
        },
    )
    .unwrap();
    log(
        &store,
        SLUG,
        "date = 2026-11-30\noutcome = \"works\"\nplace = \"Example Town\"\ncountry = \"GB\"\n",
    );

    let out = dir.path().join("cut");
    let run = crate::barnraise(
        &path,
        &[
            "export",
            SLUG,
            "--format",
            "pdf",
            "--makerspace",
            "example-laser-club",
            "--time-limit",
            "0",
            "--base-url",
            BASE,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", crate::text(&run.stderr));
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let revision = manifest["revision"].as_str().unwrap().to_string();
    let pdf = out.join(format!("{SLUG}-build-sheet.pdf"));
    let words = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let words = crate::text(&words.stdout);
    for expected in [
        "Contributors",
        "Example Builder: built it (works, 2026-11-30)",
        "Example Photographer: built it (failed, 2026-11-29), photographed their build",
        "Log your build",
    ] {
        assert!(words.contains(expected), "{expected:?} not in:\n{words}");
    }
    // The committers of the seed are there with their commits.
    let credits = &manifest["build_sheet"]["contributors"];
    assert!(
        credits
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c.as_str().unwrap().contains(" commit")),
        "{credits}"
    );

    let codes = qr_codes(&pdf);
    let form = format!("{BASE}/designs/{SLUG}/builds/new?revision={revision}");
    assert!(codes.contains(&form), "{codes:?}");
    assert!(
        codes.contains(&format!("{BASE}/designs/{SLUG}")),
        "{codes:?}"
    );
}

async fn json(app: &axum::Router, uri: &str) -> serde_json::Value {
    let (status, _, body) = get(app, uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    serde_json::from_str(&body).unwrap()
}

fn slugs(v: &serde_json::Value) -> Vec<String> {
    v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["slug"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_has_a_built_at_facet_of_makerspaces_and_countries_and_filters_by_it() {
    let dir = tempfile::tempdir().unwrap();
    let (store, state) = seeded(dir.path());
    let app = router(state);
    // Searched once before any build: the index then learns of the builds incrementally.
    let v = json(&app, "/api/v1/search?q=").await;
    assert!(
        v["facets"]["built_at"].as_array().unwrap().is_empty(),
        "{v}"
    );

    log(
        &store,
        SLUG,
        "date = 2026-11-30\noutcome = \"works\"\nmakerspace = \"example-laser-club\"\ncountry = \"GB\"\n",
    );
    log(
        &store,
        "top-bar-hive-kenyan",
        "date = 2026-11-28\noutcome = \"works\"\nplace = \"Example Village\"\ncountry = \"KE\"\n",
    );
    let v = json(&app, "/api/v1/search?q=").await;
    let facet: Vec<(String, u64)> = v["facets"]["built_at"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["value"].as_str().unwrap().to_string(),
                f["count"].as_u64().unwrap(),
            )
        })
        .collect();
    for want in ["example-laser-club", "GB", "KE"] {
        assert!(facet.contains(&(want.to_string(), 1)), "{want}: {facet:?}");
    }

    let v = json(&app, "/api/v1/search?q=built_at:example-laser-club").await;
    assert_eq!(slugs(&v), [SLUG], "{v}");
    let v = json(&app, "/api/v1/search?q=built_at:ke").await;
    assert_eq!(slugs(&v), ["top-bar-hive-kenyan"], "{v}");
    let v = json(&app, "/api/v1/search?q=built_at:example-fab-lab").await;
    assert_eq!(v["total"], 0, "{v}");

    // The page shows the facet, linked to the filter.
    let (_, _, page) = get(&app, "/search").await;
    assert!(page.contains(">Built at</h2>"), "{page}");
    assert!(page.contains("built_at%3Aexample-laser-club"), "{page}");
    let v = json(&app, "/api/v1/search?q=built_at:GB").await;
    assert_eq!(slugs(&v), [SLUG], "{v}");
}

/// A signed-up member's session cookie and CSRF token.
fn member(state: &AppState, username: &str) -> (String, String) {
    let accounts = state.accounts();
    let now = barnraise::time::now();
    let user = accounts
        .sign_up(
            username,
            "Example Member",
            &format!("{username}@example.org"),
            "a long passphrase",
            now,
        )
        .unwrap();
    let session = accounts.create_session(user.id, now).unwrap();
    (
        format!(
            "{}={}",
            barnraise::server::auth::session_cookie(state.secure_cookies()),
            session.token
        ),
        session.csrf,
    )
}

async fn send(
    app: &axum::Router,
    method: &str,
    uri: &str,
    cookie: &str,
    form: &[(&str, &str)],
) -> (StatusCode, Option<String>, String) {
    let body: String = form
        .iter()
        .map(|(k, v)| format!("{k}={}", urlencode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let res = app
        .clone()
        .oneshot(
            Request::builder()
                .method(method)
                .uri(uri)
                .header(header::COOKIE, cookie)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap(),
        )
        .await
        .unwrap();
    let status = res.status();
    let location = res
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_string());
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        location,
        String::from_utf8_lossy(&body).into_owned(),
    )
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

/// The text between `<textarea …>` and `</textarea>` of a page, unescaped enough for TOML.
fn textarea(page: &str) -> String {
    let start = page.find("<textarea").unwrap();
    let start = start + page[start..].find('>').unwrap() + 1;
    let end = start + page[start..].find("</textarea>").unwrap();
    page[start..end]
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_builds_changes_become_a_proposal_or_a_fork_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let (store, state) = seeded(dir.path());
    let (cookie, csrf) = member(&state, "builder");
    let id = log(
        &store,
        SLUG,
        "date = 2026-11-30\noutcome = \"works-with-changes\"\nplace = \"Example Town\"\nchanges = \"Raised cell_oversize: pelleted carrot seed bridged.\"\n\n[parameters]\ncell_oversize = 0.7\n",
    );
    let app = router(state);

    // The design page offers both for a build with changes.
    let (_, _, page) = send(&app, "GET", &format!("/designs/{SLUG}"), &cookie, &[]).await;
    let propose = format!("/designs/{SLUG}/edit?build={id}");
    let fork = format!("/designs/{SLUG}/fork?build={id}");
    assert!(page.contains(&propose), "{page}");
    assert!(page.contains(&fork), "{page}");

    // "Propose these changes": the editor holds the new default and the message.
    let (status, _, form) = send(&app, "GET", &propose, &cookie, &[]).await;
    assert_eq!(status, StatusCode::OK, "{form}");
    let manifest = textarea(&form);
    assert!(manifest.contains("default = 0.7"), "{manifest}");
    assert!(manifest.contains("version = \"1.0.1\""), "{manifest}");
    assert!(form.contains("pelleted carrot seed bridged"), "{form}");
    let message = "From the build by Example Builder on 2026-11-30: Raised cell_oversize: pelleted carrot seed bridged. (new defaults: cell_oversize = 0.7)";
    assert!(form.contains("new defaults: cell_oversize = 0.7"), "{form}");
    let (status, location, body) = send(
        &app,
        "POST",
        &format!("/designs/{SLUG}/edit"),
        &cookie,
        &[
            ("manifest", &manifest),
            ("message", message),
            ("csrf", &csrf),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let location = location.unwrap();
    assert!(
        location.starts_with("/proposals/"),
        "a member who does not maintain it proposes: {location}"
    );
    let (_, _, proposal) = send(&app, "GET", &location, &cookie, &[]).await;
    assert!(
        proposal.contains("pelleted carrot seed bridged"),
        "{proposal}"
    );
    assert!(proposal.contains("0.7"), "{proposal}");

    // "Fork with these changes": one step, the fork's default is the build's value.
    let (status, _, form) = send(&app, "GET", &fork, &cookie, &[]).await;
    assert_eq!(status, StatusCode::OK, "{form}");
    assert!(
        form.contains(&format!("name=\"build\" value=\"{id}\"")),
        "{form}"
    );
    let (status, location, body) = send(
        &app,
        "POST",
        &format!("/designs/{SLUG}/fork"),
        &cookie,
        &[
            ("new_slug", "push-seeder-plates-pelleted"),
            ("license", ""),
            ("csrf", &csrf),
            ("build", &id),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    assert_eq!(
        location.as_deref(),
        Some("/designs/push-seeder-plates-pelleted")
    );
    let forked = store
        .read("push-seeder-plates-pelleted", None)
        .unwrap()
        .design;
    let p = forked
        .parameters
        .iter()
        .find(|p| p.name == "cell_oversize")
        .unwrap();
    assert!((p.default - 0.7).abs() < 1e-9, "{:?}", p.default);
    assert_eq!(
        forked.derived_from.as_ref().unwrap().slug,
        SLUG,
        "it is still a fork"
    );
    let history = store.history("push-seeder-plates-pelleted").unwrap();
    assert!(
        history[0]
            .summary
            .contains("From the build by Example Builder"),
        "{:?}",
        history[0]
    );

    // A build that does not exist: 404.
    let (status, _, _) = send(
        &app,
        "GET",
        &format!("/designs/{SLUG}/edit?build=2026-01-01-nope"),
        &cookie,
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn api(
    app: &axum::Router,
    method: &str,
    uri: &str,
    token: Option<&str>,
    body: serde_json::Value,
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
        .oneshot(req.body(Body::from(body.to_string())).unwrap())
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
async fn questions_are_asked_answered_rate_limited_and_hidden_by_maintainers() {
    let dir = tempfile::tempdir().unwrap();
    let (_store, state) = seeded(dir.path());
    let (asker, asker_csrf) = member(&state, "asker");
    let (maintainer, maintainer_csrf) = member(&state, "keeper");
    let accounts = state.accounts();
    let keeper = accounts.user_by_name("keeper").unwrap().unwrap();
    accounts.add_maintainer(SLUG, keeper.id).unwrap();
    let token = accounts
        .create_api_token(
            accounts.user_by_name("asker").unwrap().unwrap().id,
            "script",
            barnraise::time::now(),
        )
        .unwrap();
    let app = router(state);
    let page = format!("/designs/{SLUG}");
    let ask = format!("/designs/{SLUG}/questions");

    // Asking needs a session and its CSRF token.
    let (status, _, _) = send(&app, "POST", &ask, "", &[("body", "Anyone?")]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = send(&app, "POST", &ask, &asker, &[("body", "Anyone?")]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, location, body) = send(
        &app,
        "POST",
        &ask,
        &asker,
        &[
            ("body", "Does the carrot plate fit a 2010 seeder?"),
            ("csrf", &asker_csrf),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let location = location.unwrap();
    let qid: i64 = location
        .rsplit("question-")
        .next()
        .unwrap()
        .parse()
        .unwrap();
    // An answer, by the maintainer.
    let (status, _, body) = send(
        &app,
        "POST",
        &format!("{ask}/{qid}/answers"),
        &maintainer,
        &[
            ("body", "Yes: set pin_offset to 21."),
            ("csrf", &maintainer_csrf),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    // Empty and over-long posts are refused with the field named.
    let (status, _, body) = send(
        &app,
        "POST",
        &ask,
        &asker,
        &[("body", "  "), ("csrf", &asker_csrf)],
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let long = "x".repeat(4001);
    let (status, _, body) = send(
        &app,
        "POST",
        &ask,
        &asker,
        &[("body", &long), ("csrf", &asker_csrf)],
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body.contains("at most 4,000"), "{body}");

    let (_, _, html) = send(&app, "GET", &page, "", &[]).await;
    assert!(
        html.contains("Does the carrot plate fit a 2010 seeder?"),
        "{html}"
    );
    assert!(html.contains("Yes: set pin_offset to 21."), "{html}");
    assert!(!html.contains("Hide as spam"), "visitors cannot hide");

    // The API: the same threads; a token asks and answers.
    let api_uri = format!("/api/v1/designs/{SLUG}/questions");
    let (status, v) = api(&app, "GET", &api_uri, None, serde_json::Value::Null).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["threads"][0]["question"]["id"], qid);
    assert_eq!(v["threads"][0]["answers"][0]["author"], "Example Member");
    let (status, v) = api(
        &app,
        "POST",
        &api_uri,
        None,
        serde_json::json!({"body": "spam"}),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{v}");
    let (status, spam) = api(
        &app,
        "POST",
        &api_uri,
        Some(&token),
        serde_json::json!({"body": "Cheap watches at example.invalid"}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{spam}");
    let spam_id = spam["id"].as_i64().unwrap();
    let (status, v) = api(
        &app,
        "POST",
        &api_uri,
        Some(&token),
        serde_json::json!({"body": "Thanks!", "question": qid}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    assert_eq!(v["question"], qid);
    let (status, v) = api(
        &app,
        "POST",
        "/api/v1/designs/no-such-design/questions",
        Some(&token),
        serde_json::json!({"body": "Hello?"}),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{v}");
    let (_, spec) = api(
        &app,
        "GET",
        "/api/v1/openapi.json",
        None,
        serde_json::Value::Null,
    )
    .await;
    assert!(spec["paths"]["/api/v1/designs/{slug}/questions"]["post"].is_object());

    // Only maintainers (and admins) hide; hidden posts are gone for everyone else.
    let hide = format!("{ask}/{spam_id}/hide");
    let (status, _, _) = send(&app, "POST", &hide, &asker, &[("csrf", &asker_csrf)]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, _, html) = send(&app, "GET", &page, &maintainer, &[]).await;
    assert!(html.contains("Hide as spam"), "{html}");
    let (status, _, body) = send(
        &app,
        "POST",
        &hide,
        &maintainer,
        &[("csrf", &maintainer_csrf)],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let (_, _, html) = send(&app, "GET", &page, "", &[]).await;
    assert!(!html.contains("Cheap watches"), "hidden from visitors");
    let (_, _, html) = send(&app, "GET", &page, &asker, &[]).await;
    assert!(!html.contains("Cheap watches"), "hidden from other members");
    let (_, _, html) = send(&app, "GET", &page, &maintainer, &[]).await;
    assert!(
        html.contains("Cheap watches") && html.contains("hidden as spam"),
        "{html}"
    );
    let (_, v) = api(&app, "GET", &api_uri, None, serde_json::Value::Null).await;
    assert!(!v.to_string().contains("Cheap watches"), "{v}");

    // Ten an hour per account: the asker posted three; seven more pass, the next does not.
    for i in 0..7 {
        let (status, v) = api(
            &app,
            "POST",
            &api_uri,
            Some(&token),
            serde_json::json!({"body": format!("question {i}")}),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{i}: {v}");
    }
    let (status, v) = api(
        &app,
        "POST",
        &api_uri,
        Some(&token),
        serde_json::json!({"body": "one more"}),
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{v}");
}
