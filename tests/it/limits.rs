//! Work budgets (#18): hostile manifests are refused fast, in bounded memory, with a
//! located error, whichever front end hands them in; nesting's first layout keeps to the
//! time limit.

use std::path::Path;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::{repo, text};

/// Copies the harvest cart box to `dir` with its bolt-hole row replaced by `repeat`.
fn hostile_box(dir: &Path, repeat: &str) -> std::path::PathBuf {
    let pkg = dir.join("harvest-cart-box");
    std::fs::create_dir_all(&pkg).unwrap();
    let src = std::fs::read_to_string(repo("designs/harvest-cart-box/design.toml")).unwrap();
    let from = r#"repeat = { count = 2, step = ["floor_length - 2 * bolt_inset", 0] }"#;
    assert!(src.contains(from), "the shipped design changed");
    std::fs::write(pkg.join("design.toml"), src.replacen(from, repeat, 1)).unwrap();
    let images = repo("designs/harvest-cart-box/images");
    if images.is_dir() {
        std::fs::create_dir_all(pkg.join("images")).unwrap();
        for e in std::fs::read_dir(images).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), pkg.join("images").join(e.file_name())).unwrap();
        }
    }
    pkg
}

/// Runs `barnraise validate PKG` with its address space capped at `bytes` (when `prlimit`
/// is installed), returning the output and the wall time.
fn validate_capped(pkg: &Path, bytes: u64) -> (std::process::Output, Duration) {
    let bin = env!("CARGO_BIN_EXE_barnraise");
    let mut cmd = if Path::new("/usr/bin/prlimit").exists() {
        let mut c = std::process::Command::new("/usr/bin/prlimit");
        c.arg(format!("--as={bytes}")).arg(bin);
        c
    } else {
        std::process::Command::new(bin)
    };
    cmd.arg("validate").arg(pkg);
    let t = Instant::now();
    let out = cmd.output().expect("validate runs");
    (out, t.elapsed())
}

const GIB: u64 = 1 << 30;

#[test]
fn ten_thousand_copies_of_one_hole_are_refused_at_once_with_the_line() {
    // Before the budgets this grew past 4.9 GB in 25 s and aborted.
    let dir = tempfile::tempdir().unwrap();
    let pkg = hostile_box(dir.path(), "repeat = { count = 10000, step = [0, 0] }");
    let (out, took) = validate_capped(&pkg, GIB);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(took < Duration::from_secs(1), "took {took:?}");
    assert!(
        err.contains("design.toml:105:")
            && err.contains("parts[0].holes[3].repeat.count")
            && err.contains("more than the 1000 copies one repeat may make"),
        "{err}"
    );
}

#[test]
fn too_many_holes_in_one_part_are_refused_before_any_geometry() {
    let dir = tempfile::tempdir().unwrap();
    // The floor's drains and two rows of 1000 bolt holes: each row is within the repeat
    // budget, together they are over the part's 2000 holes.
    let pkg = hostile_box(
        dir.path(),
        "repeat = { count = 1000, step = [0, 0] } }, { shape = \"circle\", center = [\"bolt_inset\", \"bolt_inset / 2 + 10\"], diameter = 8.5, repeat = { count = 1000, step = [0, 0] }",
    );
    let (out, took) = validate_capped(&pkg, GIB);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(took < Duration::from_secs(1), "took {took:?}");
    assert!(
        err.contains("design.toml:105:") && err.contains("holes; the limit is 2000 per part"),
        "{err}"
    );
}

#[test]
fn a_thousand_identical_holes_give_one_problem_in_bounded_time() {
    let dir = tempfile::tempdir().unwrap();
    let pkg = hostile_box(dir.path(), "repeat = { count = 1000, step = [0, 0] }");
    let (out, took) = validate_capped(&pkg, GIB);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    // Unoptimised builds on a shared machine: well within 2 s (0.4 s measured).
    assert!(took < Duration::from_secs(2), "took {took:?}");
    let overlaps: Vec<&str> = err.lines().filter(|l| l.contains("overlaps")).collect();
    assert_eq!(overlaps.len(), 1, "{err}");
    assert!(overlaps[0].contains("999 copies of this hole"), "{err}");
}

#[test]
fn the_web_create_and_edit_check_refuses_the_hostile_manifest_fast() {
    let src = std::fs::read_to_string(repo("designs/harvest-cart-box/design.toml")).unwrap();
    let hostile = src.replacen(
        r#"repeat = { count = 2, step = ["floor_length - 2 * bolt_inset", 0] }"#,
        "repeat = { count = 10000, step = [0, 0] }",
        1,
    );
    let t = Instant::now();
    let err = barnraise::app::designs::check_manifest(&hostile, None).unwrap_err();
    assert!(t.elapsed() < Duration::from_secs(1), "{:?}", t.elapsed());
    let problems = barnraise::app::designs::problems_of(&err, barnraise::i18n::Lang::En);
    assert!(
        problems
            .iter()
            .any(|d| d.path == "parts[0].holes[3].repeat.count"
                && d.position.is_some_and(|p| p.line == 105)),
        "{problems:?}"
    );
}

#[test]
fn part_copies_of_a_whole_design_are_budgeted() {
    let parts: String = (0..3)
        .map(|i| {
            format!(
                "[[parts]]\nlabel = \"P-{i}\"\nname = \"Plate\"\nmaterial = \"ply\"\nprocess = \"cnc\"\nquantity = 4000\noutline = {{ shape = \"rect\", width = 50, height = 50 }}\n\n"
            )
        })
        .collect();
    let manifest = format!(
        "name = \"Fixture\"\nslug = \"fixture\"\nversion = \"1.0.0\"\nsummary = \"Many plates.\"\ncategory = \"other\"\nlicense = \"CC-BY-4.0\"\nauthors = [\"Test Author\"]\n\n[materials.ply]\nname = \"Plywood\"\nkind = \"plywood\"\nnominal_thickness = 18\nthickness = 18\n\n{parts}"
    );
    let design = barnraise::model::parse_manifest(&manifest, None).unwrap();
    let problems = design.evaluate(&Default::default()).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "parts[2].quantity");
    assert!(
        problems[0].message.contains("12000 part copies") && problems[0].message.contains("10000"),
        "{}",
        problems[0].message
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_count_in_the_query_string_is_refused_fast() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.git");
    barnraise::app::seed::create_store(&path, None, barnraise::app::seed::Seed::Shipped).unwrap();
    let state = barnraise::server::AppState::open(&barnraise::server::ServeConfig {
        base_url: "https://barnraise.example".into(),
        max_jobs: 1,
        jobs_dir: Some(dir.path().join("jobs")),
        ..barnraise::server::ServeConfig::new(path.clone())
    })
    .unwrap();
    let app = barnraise::server::router(state);
    for uri in [
        "/designs/seedling-tray-rack/preview.png?shelves=1000000000",
        "/designs/seedling-tray-rack/download/stl?shelves=100000",
        "/designs/seedling-tray-rack/preview.png?shelves=1e300",
    ] {
        let t = Instant::now();
        let res = app
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = res.status();
        let body = res.into_body().collect().await.unwrap().to_bytes();
        assert!(
            t.elapsed() < Duration::from_secs(1),
            "{uri}: {:?}",
            t.elapsed()
        );
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}");
        let body = String::from_utf8_lossy(&body);
        assert!(body.contains("shelves"), "{uri}: {body}");
    }
}

#[test]
fn the_first_nesting_layout_keeps_to_the_time_limit() {
    use barnraise::nest::{NestOptions, NestPart, check_layout, nest};
    let square = geo::Polygon::new(
        geo::LineString::from(vec![
            (0.0, 0.0),
            (12.0, 0.0),
            (12.0, 12.0),
            (0.0, 12.0),
            (0.0, 0.0),
        ]),
        vec![],
    );
    let parts = vec![NestPart {
        label: "S".into(),
        polygon: square.clone(),
        quantity: 10_000,
        rotations: vec![0.0, 90.0],
    }];
    let opts = NestOptions {
        sheet: [600.0, 600.0],
        margin: 5.0,
        spacing: 2.0,
        time_limit: Duration::ZERO,
        first_layout_limit: Duration::ZERO,
        ..NestOptions::default()
    };
    let t = Instant::now();
    let out = nest(&parts, &opts, &mut |_| {}).expect("a layout within the limit");
    let took = t.elapsed();
    // The construction stops at once; every copy goes on sheets in rows.
    assert!(took < Duration::from_secs(2), "took {took:?}");
    assert!(out.in_rows > 0, "rows used for {} copies", out.in_rows);
    let placed: usize = out.sheets.iter().map(|s| s.placements.len()).sum();
    assert_eq!(placed, 10_000);
    for s in &out.sheets {
        let polys: Vec<_> = s.placements.iter().map(|p| p.polygon(&square)).collect();
        let problems = check_layout(&polys, opts.sheet, 1e-6);
        assert!(problems.is_empty(), "{problems:?}");
    }
}
