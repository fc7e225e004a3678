//! `barnraise export` and `barnraise makerspace …`: wiring between arguments, the store,
//! [`crate::export`] and the terminal (progress bar, text or JSON).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use super::store::{author, open, out};
use super::{CliError, EXIT_OK, MakerspaceAction, StoreArg, print_json};
use crate::export::{self, ExportError, ExportRequest, Format, SheetContext};
use crate::model::{Diagnostic, Makerspace, parse_makerspace, parse_param_override};
use crate::store::Store;

impl From<ExportError> for CliError {
    fn from(e: ExportError) -> Self {
        match e {
            ExportError::Design(ds) => CliError::User(ds),
            e if e.is_user_error() => CliError::User(vec![Diagnostic::bare(e.to_string())]),
            e => CliError::Internal(e.to_string()),
        }
    }
}

fn user(msg: impl Into<String>) -> CliError {
    CliError::User(vec![Diagnostic::bare(msg)])
}

/// Parses `2440x1220`.
pub(super) fn parse_sheet(s: &str) -> Result<[f64; 2], CliError> {
    let bad = || {
        user(format!(
            "--sheet '{s}' is not WIDTHxHEIGHT in mm, e.g. 2440x1220"
        ))
    };
    let (a, b) = s.split_once(['x', 'X', '×']).ok_or_else(bad)?;
    let a: f64 = a.trim().parse().map_err(|_| bad())?;
    let b: f64 = b.trim().parse().map_err(|_| bad())?;
    if !(a.is_finite() && b.is_finite() && a > 0.0 && b > 0.0 && a <= 20_000.0 && b <= 20_000.0) {
        return Err(user(format!(
            "--sheet {s}: both sides must be above 0 and at most 20000 mm"
        )));
    }
    Ok([a, b])
}

/// Reads a makerspace profile from a file path, or from the store by slug.
fn load_makerspace(arg: &str, store: &StoreArg) -> Result<Makerspace, CliError> {
    let path = Path::new(arg);
    if arg.ends_with(".toml") || path.is_file() {
        let bytes = std::fs::read(path).map_err(|e| user(format!("{arg}: {e}")))?;
        let text = String::from_utf8(bytes).map_err(|_| user(format!("{arg}: not UTF-8 text")))?;
        let stem = path.file_stem().and_then(|s| s.to_str());
        return parse_makerspace(&text, stem)
            .map_err(|ds| CliError::User(ds.into_iter().map(|d| d.in_file(path)).collect()));
    }
    Ok(open(store)?.makerspace(arg)?)
}

/// Arguments of `barnraise export`.
pub(super) struct ExportArgs {
    pub design: String,
    pub format: Format,
    pub size: String,
    pub background: barnraise_exporters::Background,
    pub paper: barnraise_exporters::Paper,
    pub base_url: String,
    pub params: Vec<String>,
    pub makerspace: Option<String>,
    pub machine: Option<String>,
    pub materials: Vec<String>,
    pub sheet: Option<String>,
    pub kerf: Option<f64>,
    pub tool: Option<f64>,
    pub time_limit: f64,
    pub seed: u64,
    pub out: PathBuf,
    pub store: StoreArg,
    pub json: bool,
}

pub(super) fn run_export(a: ExportArgs) -> Result<i32, CliError> {
    let mut params = BTreeMap::new();
    for p in &a.params {
        let (k, v) = parse_param_override(p).map_err(|e| user(format!("--param {e}")))?;
        params.insert(k, v);
    }
    if !(a.time_limit.is_finite() && a.time_limit >= 0.0 && a.time_limit <= 3600.0) {
        return Err(user(format!(
            "--time-limit {}: give seconds between 0 and 3600",
            a.time_limit
        )));
    }
    for (name, v) in [("--kerf", a.kerf), ("--tool", a.tool)] {
        if let Some(v) = v
            && !(v.is_finite() && v > 0.0 && v <= 50.0)
        {
            return Err(user(format!("{name} {v}: give mm above 0 and at most 50")));
        }
    }
    let sheet = a.sheet.as_deref().map(parse_sheet).transpose()?;
    // A folder or manifest on disk, else a slug in the store.
    let path = Path::new(&a.design);
    let mut context = SheetContext {
        paper: a.paper,
        base_url: a.base_url.clone(),
        ..SheetContext::default()
    };
    let (design, revision) = if path.exists() {
        let pkg = crate::package::validate(path).map_err(CliError::User)?;
        context.files = crate::store::read_package_dir(&pkg.dir)?;
        (pkg.design, None)
    } else if a.design.contains('/') || a.design.ends_with(".toml") {
        return Err(user(format!("{}: no such file or folder", a.design)));
    } else {
        let store: Store = open(&a.store)?;
        let stored = store.read(&a.design, None)?;
        context.files = store.files(&a.design, None)?;
        context.contributors = store
            .contributors(&a.design)?
            .into_iter()
            .map(|c| {
                format!(
                    "{} ({} commit{})",
                    c.name,
                    c.commits,
                    if c.commits == 1 { "" } else { "s" }
                )
            })
            .collect();
        let lineage = store.lineage(&a.design)?;
        context.lineage = lineage
            .ancestors
            .iter()
            .map(|an| {
                format!(
                    "forked from {}{}{}",
                    an.slug,
                    an.revision
                        .as_deref()
                        .map(|r| format!(" at {}", &r[..r.len().min(12)]))
                        .unwrap_or_default(),
                    an.store
                        .as_deref()
                        .map(|s| format!(" ({s})"))
                        .unwrap_or_default()
                )
            })
            .collect();
        (stored.design, Some(stored.commit))
    };
    let space = a
        .makerspace
        .as_deref()
        .map(|m| load_makerspace(m, &a.store))
        .transpose()?;
    if a.format.is_model() {
        return run_model_export(&a, &design, revision, params, space.as_ref());
    }
    if a.format == Format::Okh {
        let path = export::export_okh(&design, &params, &a.base_url, &a.out)?;
        if a.json {
            print_json(&serde_json::json!({
                "design": design.slug,
                "format": "okh",
                "files": [{ "file": "okh.toml", "kind": "okh" }],
            }))?;
        } else {
            writeln!(out(), "  {}", path.display())?;
        }
        return Ok(EXIT_OK);
    }
    let req = ExportRequest {
        design: &design,
        revision,
        params,
        format: a.format,
        makerspace: space.as_ref(),
        machine: a.machine.clone(),
        materials: a.materials.clone(),
        sheet,
        kerf: a.kerf,
        tool: a.tool,
        time_limit: Duration::from_secs_f64(a.time_limit),
        seed: a.seed,
        context,
    };
    let bar = ProgressBar::new(1000);
    bar.set_style(
        ProgressStyle::with_template("nesting {msg} [{bar:30}] {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let manifest = export::export(&req, &a.out, &mut |material, p| {
        bar.set_message(format!(
            "{material}: {} sheet(s), lower bound {}",
            p.sheets, p.lower_bound
        ));
        bar.set_position((p.fraction * 1000.0) as u64);
    });
    bar.finish_and_clear();
    let manifest = manifest?;
    if a.json {
        print_json(&manifest)?;
        return Ok(EXIT_OK);
    }
    let mut o = out();
    for r in &manifest.nesting {
        writeln!(
            o,
            "{}: {} part(s) on {} sheet(s) (lower bound {}), {:.1} % used",
            r.material,
            r.parts,
            r.sheets,
            r.lower_bound,
            r.utilisation * 100.0
        )?;
    }
    for f in &manifest.files {
        writeln!(o, "  {}", a.out.join(&f.file).display())?;
    }
    for n in &manifest.notes {
        writeln!(o, "note: {n}")?;
    }
    writeln!(o, "  {}", a.out.join("manifest.json").display())?;
    Ok(EXIT_OK)
}

/// Parses `800x600` for `--size`.
fn parse_size(s: &str) -> Result<(u32, u32), CliError> {
    let bad = || {
        user(format!(
            "--size '{s}' is not WIDTHxHEIGHT in pixels (each 16 to {}), e.g. 800x600",
            barnraise_exporters::preview::MAX_PREVIEW_SIDE
        ))
    };
    let (a, b) = s.split_once(['x', 'X', '×']).ok_or_else(bad)?;
    let a: u32 = a.trim().parse().map_err(|_| bad())?;
    let b: u32 = b.trim().parse().map_err(|_| bad())?;
    let range = 16..=barnraise_exporters::preview::MAX_PREVIEW_SIDE;
    if !(range.contains(&a) && range.contains(&b)) {
        return Err(bad());
    }
    Ok((a, b))
}

fn run_model_export(
    a: &ExportArgs,
    design: &crate::model::Design,
    revision: Option<String>,
    params: BTreeMap<String, String>,
    space: Option<&Makerspace>,
) -> Result<i32, CliError> {
    let (width, height) = parse_size(&a.size)?;
    let req = export::ModelRequest {
        design,
        revision,
        params,
        format: a.format,
        makerspace: space,
        materials: a.materials.clone(),
        preview: barnraise_exporters::PreviewOptions {
            width,
            height,
            background: a.background,
        },
        time_stamp: "2000-01-01T00:00:00".into(),
    };
    let manifest = export::export_model(&req, &a.out)?;
    if a.json {
        print_json(&manifest)?;
        return Ok(EXIT_OK);
    }
    let mut o = out();
    writeln!(
        o,
        "{}: {} part copies, {} ({:.2} l of material), solids in {:.2} s, written in {:.2} s",
        manifest.design,
        manifest.instances.len(),
        if manifest.assembled {
            "assembled"
        } else {
            "laid out flat"
        },
        manifest.volume_mm3 / 1e6,
        manifest.seconds.solids,
        manifest.seconds.write
    )?;
    for f in &manifest.files {
        writeln!(o, "  {}", a.out.join(&f.file).display())?;
    }
    for n in &manifest.notes {
        writeln!(o, "note: {n}")?;
    }
    writeln!(o, "  {}", a.out.join("manifest.json").display())?;
    Ok(EXIT_OK)
}

pub(super) fn run_makerspace(action: MakerspaceAction) -> Result<i32, CliError> {
    match action {
        MakerspaceAction::List { store, json } => {
            let entries = open(&store)?.makerspaces(None)?;
            if json {
                print_json(&entries)?;
                return Ok(EXIT_OK);
            }
            let mut o = out();
            for e in &entries {
                match &e.makerspace {
                    Some(m) => writeln!(
                        o,
                        "{:<24} {} ({}, {}): {} machine(s), {} stock item(s)",
                        e.slug,
                        m.name,
                        m.town,
                        m.country,
                        m.machines.len(),
                        m.stock.len()
                    )?,
                    None => writeln!(o, "{:<24} INVALID: {} problem(s)", e.slug, e.problems.len())?,
                }
            }
            Ok(EXIT_OK)
        }
        MakerspaceAction::Check { files, json } => {
            let mut problems = Vec::new();
            for f in &files {
                let bytes = std::fs::read(f).map_err(|e| user(format!("{}: {e}", f.display())))?;
                let text = String::from_utf8_lossy(&bytes);
                if let Err(ds) = parse_makerspace(&text, f.file_stem().and_then(|s| s.to_str())) {
                    problems.extend(ds.into_iter().map(|d| d.in_file(f)));
                }
            }
            if !problems.is_empty() {
                return Err(CliError::User(problems));
            }
            if json {
                print_json(&serde_json::json!({ "ok": true, "checked": files.len() }))?;
            } else {
                writeln!(out(), "{} profile(s) OK", files.len())?;
            }
            Ok(EXIT_OK)
        }
        MakerspaceAction::Publish {
            file,
            author: who,
            store,
            json,
        } => {
            let st = open(&store)?;
            let who = author(who, None)?;
            let bytes =
                std::fs::read(&file).map_err(|e| user(format!("{}: {e}", file.display())))?;
            let slug = file
                .file_stem()
                .and_then(|s| s.to_str())
                .ok_or_else(|| user(format!("{}: no file name", file.display())))?;
            let published = st
                .publish_makerspace(&bytes, slug, &who, "")
                .map_err(|e| match e {
                    crate::store::StoreError::Invalid(ds) => {
                        CliError::User(ds.into_iter().map(|d| d.in_file(&file)).collect())
                    }
                    e => e.into(),
                })?;
            if json {
                print_json(&published)?;
            } else {
                writeln!(
                    out(),
                    "published makerspace {} in {}",
                    slug,
                    &published.commit[..10]
                )?;
            }
            Ok(EXIT_OK)
        }
    }
}
