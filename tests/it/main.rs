//! Integration tests: one binary, one module per area.

mod builds;
mod catalogue;
mod cli;
mod designs;
mod export;
mod faults;
mod fuzz;
mod interop;
mod interop_real;
mod invalid;
mod languages;
mod limits;
mod model3d;
mod offline;
mod peers;
mod projects;
mod props;
mod search;
mod store;
mod traces;
pub(crate) mod web;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path below the repository root.
pub fn repo(rel: &str) -> PathBuf {
    root().join(rel)
}

/// Parses and fully checks a manifest file without the folder-name rule.
pub fn check_file(path: &Path) -> Vec<barnraise::model::Diagnostic> {
    let bytes = std::fs::read(path).expect("fixture is readable");
    match barnraise::package::parse_bytes(&bytes, path, None) {
        Ok(design) => barnraise::package::check_design(&design),
        Err(ds) => ds,
    }
}

/// Runs the `barnraise` binary from the repository root with `store` as its store and a
/// test author.
pub fn barnraise(store: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_barnraise"))
        .args(args)
        .env("BARNRAISE_STORE", store)
        .env("BARNRAISE_AUTHOR", "Test <t@example.org>")
        .current_dir(repo(""))
        .output()
        .expect("the binary runs")
}

/// The value of the hidden input `name` in a page (a form token, a CSRF token).
pub fn hidden(html: &str, name: &str) -> String {
    let pat = format!("name=\"{name}\" value=\"");
    let i = html
        .find(&pat)
        .unwrap_or_else(|| panic!("no {name} in page"))
        + pat.len();
    html[i..].split('"').next().unwrap().to_string()
}

/// Bytes as text, lossily.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Runs tests/python/check_cutfiles.py (ezdxf, svgelements, shapely) on an export folder
/// against `expected` (written beside it as expected.json), when the validators' interpreter
/// is known (BARNRAISE_PYTHON); its JSON report, or `None` without the validators.
pub fn check_cutfiles(out: &Path, expected: &serde_json::Value) -> Option<serde_json::Value> {
    let Some(python) = std::env::var_os("BARNRAISE_PYTHON") else {
        eprintln!("BARNRAISE_PYTHON is not set: run scripts/test for the independent checks");
        return None;
    };
    let file = out.join("expected.json");
    std::fs::write(&file, serde_json::to_vec(expected).unwrap()).unwrap();
    let run = Command::new(python)
        .arg(repo("tests/python/check_cutfiles.py"))
        .arg(out)
        .arg(&file)
        .output()
        .expect("python runs");
    assert!(
        run.status.success(),
        "independent check failed:\n{}\n{}",
        text(&run.stdout),
        text(&run.stderr)
    );
    Some(serde_json::from_slice(&run.stdout).expect("checker prints JSON"))
}
