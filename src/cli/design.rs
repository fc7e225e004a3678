//! `validate` and `show`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use barnraise::app::designs::{self, PartFacts};
use barnraise::app::{self, Overrides};
use barnraise::cost::CostEstimate;
use barnraise::i18n::{self, Arg, Lang, Message};
use barnraise::model::{DerivedFrom, EvaluatedBomLine};
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
    let lang = env.out.lang;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for p in &checked.valid {
        let d = &p.design;
        let parts = i18n::tr(
            lang,
            "cli-validate-parts",
            &[("count", Arg::from(d.parts.len()))],
        );
        writeln!(out, "ok  {:<28} {} {} ({parts})", d.slug, d.name, d.version)?;
    }
    let valid = i18n::tr(
        lang,
        "cli-validate-valid",
        &[("count", Arg::from(checked.valid.len()))],
    );
    writeln!(out, "{valid}")?;
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
    let mut loaded = designs::load(store.as_ref(), name, None)?;
    // `--lang`: the design's own texts in that language, when it has them.
    if let Some(lang) = env.lang {
        loaded.design = loaded.design.localized(lang.code());
    }
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
        print_shown(&doc, env.out.lang)?;
    }
    Ok(EXIT_OK)
}

/// `show` for a person: headings from the catalogue and numbers and money in `lang`'s
/// style; the design's texts as the design gives them.
fn print_shown(s: &Shown<'_>, lang: Lang) -> std::io::Result<()> {
    let t = super::output::say(lang);
    let num = |v: f64| i18n::short_number(lang, v);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "{} ({}) {}", s.name, s.slug, s.version)?;
    writeln!(
        out,
        "{}",
        t(
            "cli-show-licence-authors",
            &[
                ("licence", Arg::from(s.license)),
                ("authors", Arg::from(s.authors.join(", "))),
            ]
        )
    )?;
    if let Some(df) = s.derived_from {
        let from = match df.revision.as_deref() {
            Some(r) => format!("{} @ {r}", df.slug),
            None => df.slug.to_string(),
        };
        writeln!(
            out,
            "{}",
            t("cli-show-derived-from", &[("from", Arg::from(from))])
        )?;
    }
    writeln!(out, "\n{}", t("cli-show-values", &[]))?;
    for (k, v) in s.values {
        writeln!(out, "  {k:<24} {}", num(*v))?;
    }
    writeln!(
        out,
        "\n{}",
        t("cli-show-parts", &[("count", Arg::from(s.part_count))])
    )?;
    writeln!(
        out,
        "  {:<14} {:>4}  {:<12} {:>7}  {:>9} x {:<9} {:>11}  {}",
        t("cli-show-label", &[]),
        t("cli-show-quantity", &[]),
        t("cli-show-material", &[]),
        t("cli-show-thickness", &[]),
        t("cli-show-width", &[]),
        t("cli-show-height", &[]),
        t("cli-show-area", &[]),
        t("cli-show-name", &[]),
    )?;
    for p in s.parts {
        writeln!(
            out,
            "  {:<14} {:>4}  {:<12} {:>7}  {:>9} x {:<9} {:>11}  {}",
            p.label,
            p.quantity,
            p.material,
            num(p.thickness),
            num(p.width),
            num(p.height),
            num((p.area / 100.0 * 10.0).round() / 10.0),
            p.name
        )?;
    }
    if !s.bom.is_empty() {
        writeln!(out, "\n{}", t("cli-show-bom", &[]))?;
        for b in s.bom {
            writeln!(
                out,
                "  {:>7} {:<4} {:<50} {:>13}",
                num(b.quantity),
                b.unit,
                b.item,
                i18n::money(lang, b.total, &b.currency),
            )?;
        }
        for (cur, total) in &s.bom_totals {
            writeln!(
                out,
                "  {:>63} {:>13}",
                t("cli-show-total", &[]),
                i18n::money(lang, *total, cur)
            )?;
        }
    }
    let c = s.cost;
    let money = |v: f64| Arg::from(i18n::money(lang, v, &c.currency));
    match c.material {
        Some(m) => writeln!(
            out,
            "\n{}",
            t(
                "cli-show-cost",
                &[
                    ("total", money(c.total)),
                    ("hardware", money(c.hardware)),
                    ("material", money(m)),
                ]
            )
        )?,
        None if s.revision.is_some() => writeln!(
            out,
            "\n{}",
            t("cli-show-cost-hardware-only", &[("total", money(c.total))])
        )?,
        None => {}
    }
    Ok(())
}
