//! `validate` and `show`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use barnraise::app::designs::{self, PartFacts};
use barnraise::app::{self, Overrides};
use barnraise::cost::CostEstimate;
use barnraise::i18n::Message;
use barnraise::model::{DerivedFrom, EvaluatedBomLine, format_number};
use serde::Serialize;

use super::output::{EXIT_OK, Outcome, print_json, problem_list};
use super::{Env, shown};

pub(super) fn validate(paths: &[PathBuf], env: &Env) -> Outcome {
    let default = [PathBuf::from("designs")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let checked = designs::check_packages(paths);
    if !checked.problems.is_empty() {
        return Err(app::Error::invalid(checked.problems).into());
    }
    if env.out.json {
        print_json(&problem_list(&[]))?;
        return Ok(EXIT_OK);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for p in &checked.valid {
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
    writeln!(out, "{} design(s) valid", checked.valid.len())?;
    Ok(EXIT_OK)
}

/// `show`'s JSON document.
#[derive(Debug, Serialize)]
struct Shown<'a> {
    slug: &'a str,
    name: &'a str,
    version: String,
    license: &'a str,
    authors: Vec<String>,
    derived_from: Option<&'a DerivedFrom>,
    revision: Option<&'a str>,
    values: &'a BTreeMap<String, f64>,
    parts: &'a [PartFacts],
    part_count: u64,
    bom: &'a [EvaluatedBomLine],
    bom_totals: BTreeMap<String, f64>,
    cost: &'a CostEstimate,
}

pub(super) fn show(name: &str, params: &[String], svg: Option<&Path>, env: &Env) -> Outcome {
    // A folder on disk needs no store; a slug does.
    let store = if Path::new(name).exists() {
        None
    } else {
        Some(env.open_store()?)
    };
    let loaded = designs::load(store.as_ref(), name, None)?;
    let overrides = Overrides::parse_pairs(&loaded.design, params)?;
    let spaces = match &store {
        Some(s) => designs::profiles(s)?,
        None => Vec::new(),
    };
    let facts = designs::facts(&loaded.design, &overrides, &spaces)?;
    if let Some(file) = svg {
        let drawing = barnraise::geometry::overview(&facts.ev).map_err(app::Error::invalid)?;
        let text =
            barnraise_exporters::svg::write(&drawing, barnraise_exporters::svg::Style::Preview);
        std::fs::write(file, text).map_err(|e| {
            app::Error::refused(
                Message::new("refusal-cli-cannot-write")
                    .arg("path", shown(file))
                    .arg("reason", e.to_string()),
            )
        })?;
    }
    let d = &loaded.design;
    let doc = Shown {
        slug: &d.slug,
        name: &d.name,
        version: d.version.to_string(),
        license: &d.license,
        authors: d.authors.iter().map(ToString::to_string).collect(),
        derived_from: d.derived_from.as_ref(),
        revision: loaded.commit.as_deref(),
        values: &facts.ev.values,
        part_count: facts.part_count,
        parts: &facts.parts,
        bom: &facts.ev.bom,
        bom_totals: facts.ev.bom_totals(),
        cost: &facts.cost,
    };
    if env.out.json {
        print_json(&doc)?;
    } else {
        print_shown(&doc)?;
    }
    Ok(EXIT_OK)
}

fn print_shown(s: &Shown<'_>) -> std::io::Result<()> {
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
    for p in s.parts {
        writeln!(
            out,
            "  {:<14} {:>4}  {:<12} {:>7}  {:>9} x {:<9} {:>11}  {}",
            p.label,
            p.quantity,
            p.material,
            format_number(p.thickness),
            format_number(p.width),
            format_number(p.height),
            format_number((p.area / 100.0 * 10.0).round() / 10.0),
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
    let c = s.cost;
    match c.material {
        Some(m) => writeln!(
            out,
            "\nestimated cost: {:.2} {} ({:.2} hardware + {m:.2} sheet material)",
            c.total, c.currency, c.hardware
        )?,
        None if s.revision.is_some() => writeln!(
            out,
            "\nestimated cost: {:.2} {} hardware (no makerspace in the store prices its sheet material)",
            c.total, c.currency
        )?,
        None => {}
    }
    Ok(())
}
