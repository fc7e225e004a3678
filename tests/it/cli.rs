//! The binary: exit codes (0 ok, 1 user error), problems on stderr, `--json` output.

use std::path::Path;
use std::process::{Command, Output};

use crate::repo;

fn barnraise(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_barnraise"))
        .args(args)
        .current_dir(repo(""))
        .output()
        .expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const VALID: &str = "tests/fixtures/valid/push-seeder-plates";

/// Copies the valid fixture into a temporary folder named `slug`.
fn copy_fixture(tmp: &Path, slug: &str) -> std::path::PathBuf {
    let dir = tmp.join(slug);
    std::fs::create_dir_all(dir.join("images")).unwrap();
    for f in ["design.toml", "images/plates.svg"] {
        std::fs::copy(repo(VALID).join(f), dir.join(f)).unwrap();
    }
    dir
}

#[test]
fn valid_package_exits_zero() {
    let out = barnraise(&["validate", VALID]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("1 design(s) valid"));
    let out = barnraise(&["validate", "--json", VALID]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout).trim(), "[]");
}

#[test]
fn invalid_manifest_exits_one_with_located_problems() {
    let dir = tempfile::tempdir().unwrap();
    let pkg = copy_fixture(dir.path(), "push-seeder-plates");
    let manifest = pkg.join("design.toml");
    let src = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        src.replace(
            "diameter = \"plate_diameter\"",
            "diameter = \"plate_diamter\"",
        ),
    )
    .unwrap();
    let out = barnraise(&["validate", pkg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("design.toml:67:42: "), "{err}");
    assert!(
        err.contains("parts[0].outline.diameter: unknown name 'plate_diamter'"),
        "{err}"
    );
    assert!(err.contains("did you mean 'plate_diameter'?"), "{err}");

    let out = barnraise(&["validate", "--json", pkg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &list.as_array().unwrap()[0];
    assert_eq!(first["line"], 67);
    assert_eq!(
        list.as_array().unwrap().len(),
        1,
        "one mistake, one problem: {list}"
    );
    assert_eq!(first["path"], "parts[0].outline.diameter");
    assert!(first["file"].as_str().unwrap().ends_with("design.toml"));
}

#[test]
fn missing_image_and_wrong_folder_name_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let pkg = copy_fixture(dir.path(), "renamed-folder");
    std::fs::remove_file(pkg.join("images/plates.svg")).unwrap();
    let out = barnraise(&["validate", pkg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("does not match the package folder 'renamed-folder'"),
        "{err}"
    );

    let pkg = copy_fixture(dir.path(), "push-seeder-plates");
    std::fs::remove_file(pkg.join("images/plates.svg")).unwrap();
    let out = barnraise(&["validate", pkg.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert!(
        err.contains(":16:11: images[0]: 'images/plates.svg' does not exist"),
        "{err}"
    );
    assert!(
        err.contains("assembly.steps[0].image: 'images/plates.svg' does not exist"),
        "{err}"
    );
}

#[test]
fn nothing_to_validate_is_a_user_error() {
    let out = barnraise(&["validate", "no/such/folder"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no/such/folder"),
        "{}",
        text(&out.stderr)
    );
    let out = barnraise(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn show_evaluates_at_the_given_parameters() {
    let out = barnraise(&["show", VALID, "--param", "plate_diameter=100", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let part = &v["parts"][0];
    assert_eq!(part["label"], "SP-CARROT");
    assert_eq!(part["width"], 100.0);
    assert_eq!(part["height"], 100.0);
    assert_eq!(part["holes"], 25);
    assert_eq!(v["values"]["cell_radius"], 44.0);
    assert_eq!(v["bom_totals"]["EUR"], 0.24);

    let out = barnraise(&["show", VALID, "--param", "thickness=9"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("thickness = 9 mm is above the maximum 4 mm"),
        "{}",
        text(&out.stderr)
    );
    let out = barnraise(&["show", VALID, "--param", "thikness=3"]);
    assert!(
        text(&out.stderr).contains("did you mean 'thickness'?"),
        "{}",
        text(&out.stderr)
    );
    let out = barnraise(&["show", VALID, "--param", "oops"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn store_commands_work_from_the_terminal_with_json_and_exit_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store.git");
    let s = store.to_str().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_barnraise"))
            .args(args)
            .env("BARNRAISE_STORE", s)
            .env_remove("BARNRAISE_AUTHOR")
            .current_dir(repo(""))
            .output()
            .unwrap()
    };
    let out = run(&["init", "--empty", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["url"].as_str().unwrap().starts_with("file://"));
    // A second init on the same path is refused.
    assert_eq!(run(&["init", "--empty"]).status.code(), Some(1));

    // No author: a user error that says how to fix it.
    let out = run(&["publish", VALID]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("--author"),
        "{}",
        text(&out.stderr)
    );

    let out = run(&[
        "publish",
        VALID,
        "--author",
        "Example Maker <maker@example.org>",
        "-m",
        "Plates",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["slug"], "push-seeder-plates");
    assert_eq!(v["created"], true);

    let out = run(&["list", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["slug"], "push-seeder-plates");
    assert_eq!(v[0]["valid"], true);

    let out = run(&["history", "push-seeder-plates", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["author"], "Example Maker");
    assert_eq!(v[0]["summary"], "Plates");

    let out = run(&[
        "fork",
        "push-seeder-plates",
        "my-plates",
        "--author",
        "Keeper <keeper@example.org>",
        "--license",
        "CC-BY-4.0",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v[0]["message"].as_str().unwrap().contains("share-alike"),
        "{v}"
    );

    let out = run(&[
        "fork",
        "push-seeder-plates",
        "my-plates",
        "--author",
        "Keeper <keeper@example.org>",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = run(&["lineage", "push-seeder-plates", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["descendants"][0]["slug"], "my-plates");
    let out = run(&["contributors", "my-plates", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);

    let out = run(&[
        "release",
        "my-plates",
        "--author",
        "Keeper <keeper@example.org>",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = run(&["releases", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["tag"], "my-plates/v1.2.0");

    let out = run(&["history", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    let out = run(&["sync", "nobody"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no peer called 'nobody'"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&[
        "list",
        "--store",
        tmp.path().join("missing").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("is not a Barnraise store"),
        "{}",
        text(&out.stderr)
    );
}
