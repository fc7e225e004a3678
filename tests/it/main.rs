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

/// Bytes as text, lossily.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}
