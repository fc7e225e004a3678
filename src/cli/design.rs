//! `validate` and `show`: design packages on disk.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{CliError, EXIT_OK, ProblemList, print_json};
use crate::geometry;
use crate::model::{Diagnostic, format_number, parse_param_override};
use crate::package::{self, Package, PackageError};

pub(super) fn validate(paths: &[PathBuf], json: bool) -> Result<i32, CliError> {
    let default = [PathBuf::from("designs")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let mut problems = Vec::new();
    let mut valid = Vec::new();
    for path in paths {
        let packages = match package::discover(path) {
            Ok(p) => p,
            Err(e) => {
                problems.extend(e.into_diagnostics());
                continue;
            }
        };
        for pkg in packages {
            match package::validate(&pkg) {
                Ok(p) => valid.push(p),
                Err(ds) => problems.extend(ds),
            }
        }
    }
    if !problems.is_empty() {
        return Err(CliError::User(problems));
    }
    if json {
        print_json(&ProblemList(Vec::new()))?;
    } else {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        for p in &valid {
            let d = &p.design;
            writeln!(
                out,
                "ok  {:<28} {} {} ({} parts)",
                d.slug,
                d.name,
                d.version,
                d.parts.len()
            )?;
        }
        writeln!(out, "{} design(s) valid", valid.len())?;
    }
    Ok(EXIT_OK)
}

/// One part of `show`'s output.
#[derive(Debug, Serialize)]
struct ShownPart {
    label: String,
    name: String,
    quantity: u32,
    material: String,
    process: &'static str,
    thickness: f64,
    width: f64,
    height: f64,
    area_mm2: f64,
    holes: usize,
    slots: usize,
    tabs: usize,
}

/// `show`'s JSON document.
#[derive(Debug, Serialize)]
struct Shown<'a> {
    slug: &'a str,
    name: &'a str,
    version: String,
    license: &'a str,
    authors: Vec<String>,
    derived_from: Option<&'a crate::model::DerivedFrom>,
    values: &'a BTreeMap<String, f64>,
    parts: Vec<ShownPart>,
    part_count: u64,
    bom: &'a [crate::model::EvaluatedBomLine],
    bom_totals: BTreeMap<String, f64>,
}

pub(super) fn show(
    path: &Path,
    params: &[String],
    svg: Option<&Path>,
    json: bool,
) -> Result<i32, CliError> {
    let mut overrides = BTreeMap::new();
    let mut problems = Vec::new();
    for p in params {
        match parse_param_override(p) {
            Ok((k, v)) => {
                overrides.insert(k, v);
            }
            Err(e) => problems.push(Diagnostic::bare(format!("--param {e}"))),
        }
    }
    if !problems.is_empty() {
        return Err(CliError::User(problems));
    }
    let pkg = Package::load(path).map_err(|e| CliError::User(PackageError::into_diagnostics(e)))?;
    let ev = pkg.evaluate(&overrides).map_err(CliError::User)?;
    let mut parts = Vec::new();
    for part in &ev.parts {
        // `evaluate` checked every part's geometry, so the profile exists.
        let prof = geometry::part_profile(part).map_err(CliError::User)?;
        let [w, h] = prof.size();
        parts.push(ShownPart {
            label: part.label.clone(),
            name: part.name.clone(),
            quantity: part.quantity,
            material: part.material.clone(),
            process: part.process.as_str(),
            thickness: part.thickness,
            width: round3(w),
            height: round3(h),
            area_mm2: round3(prof.area),
            holes: part.holes.len(),
            slots: part.slots.len(),
            tabs: part.tabs.len(),
        });
    }
    if let Some(file) = svg {
        let drawing = geometry::overview(&ev).map_err(CliError::User)?;
        let text =
            barnraise_exporters::svg::write(&drawing, barnraise_exporters::svg::Style::Preview);
        std::fs::write(file, text).map_err(|e| {
            CliError::User(vec![Diagnostic::bare(format!(
                "cannot write {}: {e}",
                file.display()
            ))])
        })?;
    }
    let d = &pkg.design;
    let shown = Shown {
        slug: &d.slug,
        name: &d.name,
        version: d.version.to_string(),
        license: &d.license,
        authors: d.authors.iter().map(ToString::to_string).collect(),
        derived_from: d.derived_from.as_ref(),
        values: &ev.values,
        part_count: ev.part_count(),
        parts,
        bom: &ev.bom,
        bom_totals: ev.bom_totals(),
    };
    if json {
        print_json(&shown)?;
    } else {
        print_shown(&shown)?;
    }
    Ok(EXIT_OK)
}

fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

fn print_shown(s: &Shown<'_>) -> Result<(), CliError> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "{} ({}) {}", s.name, s.slug, s.version)?;
    writeln!(
        out,
        "licence: {}   authors: {}",
        s.license,
        s.authors.join(", ")
    )?;
    if let Some(df) = s.derived_from {
        writeln!(
            out,
            "derived from: {}{}",
            df.slug,
            df.revision
                .as_deref()
                .map(|r| format!(" @ {r}"))
                .unwrap_or_default()
        )?;
    }
    writeln!(out, "\nvalues:")?;
    for (k, v) in s.values {
        writeln!(out, "  {k:<24} {}", format_number(*v))?;
    }
    writeln!(out, "\nparts ({} to cut):", s.part_count)?;
    writeln!(
        out,
        "  {:<14} {:>4}  {:<12} {:>7}  {:>9} x {:<9} {:>11}  name",
        "label", "qty", "material", "t (mm)", "width", "height", "area (cm²)"
    )?;
    for p in &s.parts {
        writeln!(
            out,
            "  {:<14} {:>4}  {:<12} {:>7}  {:>9} x {:<9} {:>11}  {}",
            p.label,
            p.quantity,
            p.material,
            format_number(p.thickness),
            format_number(p.width),
            format_number(p.height),
            format_number((p.area_mm2 / 100.0 * 10.0).round() / 10.0),
            p.name
        )?;
    }
    if !s.bom.is_empty() {
        writeln!(out, "\nbill of materials (hardware):")?;
        for b in s.bom {
            writeln!(
                out,
                "  {:>7} {:<4} {:<50} {:>9.2} {}",
                format_number(b.quantity),
                b.unit,
                b.item,
                b.total,
                b.currency
            )?;
        }
        for (cur, total) in &s.bom_totals {
            writeln!(out, "  {:>63} {total:>9.2} {cur}", "total")?;
        }
    }
    Ok(())
}
