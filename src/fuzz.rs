//! The fuzz targets' bodies: one function per reader of hostile input, each taking raw bytes
//! and returning nothing. Any outcome is fine except a panic, a hang or unbounded memory.
//!
//! Two callers run them: the cargo-fuzz binaries in `fuzz/` (libFuzzer, long runs, figures
//! in `RELIABILITY.md`) and the short smoke run of every CI build
//! (`tests/it/fuzz.rs`: seeds from the shipped designs and fixtures plus seeded mutations),
//! so the two cannot drift apart.

use std::path::Path;

use crate::interop::cutfile::{CutFileOptions, import_dxf_bytes};
use crate::interop::okh::{Dialect, import_str};
use crate::interop::svg::import_svg_bytes;
use crate::model::{Expr, Loc, Values};

/// A target: its name (the cargo-fuzz binary's) and its body.
pub type Target = (&'static str, fn(&[u8]));

/// Every target, in the order `scripts/fuzz-smoke` runs them.
pub const TARGETS: &[Target] = &[
    ("manifest", manifest),
    ("expr", expr),
    ("makerspace", makerspace),
    ("dxf", dxf),
    ("svg", svg),
    ("okh", okh),
];

/// A manifest: parse, evaluate at the defaults, check the geometry at every bound.
pub fn manifest(data: &[u8]) {
    if let Ok(design) = crate::package::parse_bytes(data, Path::new("design.toml"), None) {
        let _ = design.evaluate(&Default::default());
        let _ = crate::package::check_design(&design);
    }
}

/// An expression over three known names, evaluated at fixed values.
pub fn expr(data: &[u8]) {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let names = ["thickness", "width", "n"];
    let known = |n: &str| names.contains(&n);
    if let Ok(e) = Expr::parse(src, Loc::path_only("computed.x"), &known, &names) {
        let mut values = Values::new();
        values.insert("thickness".into(), 18.0);
        values.insert("width".into(), 0.0);
        values.insert("n".into(), -3.0);
        let _ = e.eval(&values);
        let _ = e.as_constant();
    }
}

/// A makerspace profile.
pub fn makerspace(data: &[u8]) {
    if let Ok(src) = std::str::from_utf8(data) {
        let _ = crate::model::parse_makerspace(src, Some("fuzz-space"));
    }
}

fn cut_file_options() -> CutFileOptions {
    CutFileOptions {
        slug: "fuzzed".into(),
        ..CutFileOptions::default()
    }
}

/// A DXF file through the whole cut-file import (read, chain, shapes, joints, manifest,
/// validation of the written package).
pub fn dxf(data: &[u8]) {
    let _ = import_dxf_bytes(data, Path::new("fuzz.dxf"), &cut_file_options());
}

/// An SVG file through the whole cut-file import.
pub fn svg(data: &[u8]) {
    let _ = import_svg_bytes(data, Path::new("fuzz.svg"), &cut_file_options());
}

/// An OKH manifest: the first byte picks OKH-LOSH (TOML, even) or OKH v1 (YAML, odd), the
/// rest is the text.
pub fn okh(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(src) = std::str::from_utf8(rest) else {
        return;
    };
    let (dialect, name) = if first & 1 == 0 {
        (Dialect::Losh, "okh.toml")
    } else {
        (Dialect::V1, "okh.yml")
    };
    let _ = import_str(src, dialect, Path::new(name), None);
}
