//! Cut files for a local makerspace: a design at chosen parameters, the machine and the
//! stock a space has, nested onto real sheets and written as laser SVG, CNC DXF or G-code,
//! with a `manifest.json` describing what was written; 3D exports and the Open Know-How
//! manifest beside them.
//!
//! An export runs in phases, one module each: [`plan`] (machine, stock, measured thickness
//! as the thickness parameter), evaluation, [`prepare`] (cut geometry per material: kerf,
//! tool offset, dogbones), nesting ([`crate::nest`]), [`write`] (nested layouts → files),
//! the build sheet ([`sheet`]) and the manifest ([`manifest`]). Must not: parse arguments,
//! print, or know HTTP (the front ends do that, through [`crate::app`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::geometry::CutError;
use crate::hint::Hint;
use crate::i18n::{Message, Wording};
use crate::model::{Design, Diagnostic, EvaluatedDesign, Makerspace};
use crate::nest::{self, NestError, NestOptions, NestOutcome, Progress};

mod format;
mod manifest;
mod model3d;
mod plan;
mod prepare;
mod project;
mod sheet;
mod write;

pub use format::{CutFile, CutFormat, ModelFormat};
pub use manifest::{
    BomLineOut, BuildSheetSummary, ExportManifest, MaterialReport, OutFile, StockChoice, Timings,
};
pub use model3d::{
    ModelFile, ModelInstance, ModelManifest, ModelRequest, ModelTimings, build_model,
    design_preview, export_model,
};
pub use plan::{ExportPlan, MachineSetup, default_machine, machine_setup, model_values};
pub use prepare::{PartOrigin, PreparedMaterial};
pub use project::{
    JobCost, JobDesign, JobDesignOut, JobFile, ProjectManifest, ProjectRequest, export_project,
};
pub use sheet::{FIT_TEST_OFFSETS, SheetContext};
pub use write::{PartDrawing, SheetDrawing};

/// A stock the user chose: for a named material, or for the only material in play.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StockPick {
    /// The design's material id, if named.
    pub material: Option<String>,
    /// The makerspace's stock id.
    pub stock: String,
}

impl StockPick {
    /// Reads `material=stock-id` or a bare `stock-id`.
    pub fn parse(s: &str) -> Result<StockPick, Message> {
        let (material, stock) = match s.split_once('=') {
            Some((m, st)) => (Some(m.trim().to_string()), st.trim().to_string()),
            None => (None, s.trim().to_string()),
        };
        if stock.is_empty() || material.as_deref().is_some_and(str::is_empty) {
            return Err(Message::new("refusal-export-stock-pick").arg("text", s));
        }
        Ok(StockPick { material, stock })
    }
}

/// What to export and for where.
#[derive(Debug, Clone)]
pub struct ExportRequest<'a> {
    /// The design.
    pub design: &'a Design,
    /// The store revision it was read at, if it came from a store.
    pub revision: Option<String>,
    /// Parameter overrides, parsed and checked against the design.
    pub params: BTreeMap<String, f64>,
    /// Output format.
    pub format: CutFormat,
    /// The makerspace, if one is chosen.
    pub makerspace: Option<&'a Makerspace>,
    /// Machine id within the makerspace.
    pub machine: Option<String>,
    /// Stock choices.
    pub materials: Vec<StockPick>,
    /// Sheet size override, mm.
    pub sheet: Option<[f64; 2]>,
    /// Laser kerf override, mm.
    pub kerf: Option<f64>,
    /// CNC bit diameter override, mm.
    pub tool: Option<f64>,
    /// Nesting time budget.
    pub time_limit: Duration,
    /// Nesting seed.
    pub seed: u64,
    /// What the build sheet needs beyond the design (lineage, contributors, URL, paper).
    pub context: SheetContext,
}

/// Why an export failed. Everything but `Write` and `Internal` is the user's to fix.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The design or parameters have problems.
    #[error("{} problem(s) with the design or its parameters", .0.len())]
    Design(Vec<Diagnostic>),
    /// The makerspace lacks what the design needs, or the options conflict.
    #[error("{message}")]
    Unbuildable {
        /// What is missing or conflicts.
        message: Wording,
        /// What the user can do about it.
        hint: Option<Hint>,
    },
    /// A part cannot be cut on this machine.
    #[error(transparent)]
    Cut(Box<CutError>),
    /// The parts cannot be nested.
    #[error(transparent)]
    Nest(#[from] NestError),
    /// The output folder could not be written.
    #[error("{path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A writer refused its input: a bug.
    #[error("internal: {0}")]
    Internal(String),
}

impl From<CutError> for ExportError {
    fn from(e: CutError) -> Self {
        ExportError::Cut(Box::new(e))
    }
}

impl ExportError {
    /// An unbuildable request with no particular advice.
    pub fn unbuildable(message: impl Into<Wording>) -> ExportError {
        ExportError::Unbuildable {
            message: message.into(),
            hint: None,
        }
    }

    /// True when the user can fix it.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, ExportError::Internal(_) | ExportError::Write { .. })
    }

    /// What went wrong as a catalogue message, when a person can act on it (a writer's
    /// bug stays English).
    pub fn message(&self) -> Option<Message> {
        match self {
            ExportError::Design(ds) => {
                Some(Message::new("refusal-export-design-problems").arg("count", ds.len()))
            }
            ExportError::Unbuildable { message, .. } => message.message().cloned(),
            ExportError::Cut(e) => Some(e.message()),
            ExportError::Internal(_) => None,
            ExportError::Nest(e) => Some(e.message()),
            ExportError::Write { path, source } => Some(
                Message::new("refusal-export-write")
                    .arg("path", path.display().to_string())
                    .arg("reason", source.to_string()),
            ),
        }
    }

    /// The advice attached, if any.
    pub fn hint(&self) -> Option<&Hint> {
        match self {
            ExportError::Unbuildable { hint, .. } => hint.as_ref(),
            _ => None,
        }
    }
}

/// Evaluates the design at `values`.
fn evaluate(
    design: &Design,
    values: &BTreeMap<String, f64>,
) -> Result<EvaluatedDesign, ExportError> {
    design.evaluate(values).map_err(ExportError::Design)
}

/// Fills in the thickness of materials with no makerspace stock (the evaluated one) and
/// checks every material against the machine.
fn check_thicknesses(plan: &mut ExportPlan, ev: &EvaluatedDesign) -> Result<(), ExportError> {
    for c in plan.choices.iter_mut() {
        let Some(m) = ev.materials.iter().find(|m| m.id == c.material) else {
            continue;
        };
        if c.stock.is_none() {
            c.thickness = m.thickness;
        }
        if m.thickness > plan.setup.max_thickness {
            return Err(ExportError::unbuildable(
                Message::new("refusal-export-material-too-thick")
                    .arg("material", &m.id)
                    .arg("thickness", m.thickness)
                    .arg("machine", &plan.setup.id)
                    .arg("max", plan.setup.max_thickness),
            ));
        }
    }
    Ok(())
}

/// Nests one material's prepared parts on its sheets.
fn nest_material(
    prepared: &PreparedMaterial<'_>,
    choice: &StockChoice,
    plan: &ExportPlan,
    req: &ExportRequest<'_>,
    progress: &mut dyn FnMut(&str, Progress),
) -> Result<NestOutcome, ExportError> {
    let opts = NestOptions {
        sheet: choice.sheet,
        margin: plan.setup.margin,
        spacing: plan.setup.spacing,
        time_limit: req.time_limit,
        seed: req.seed,
        ..NestOptions::default()
    };
    Ok(nest::nest(&prepared.nest_parts, &opts, &mut |p| {
        progress(&choice.material, p)
    })?)
}

/// What the material loop collects for the build sheet and the manifest.
#[derive(Default)]
struct Collected {
    files: Vec<manifest::OutFile>,
    pages: Vec<barnraise_exporters::SheetPage>,
    drawings: Vec<SheetDrawing>,
    sheet_counts: Vec<(StockChoice, usize)>,
    reports: Vec<MaterialReport>,
    sheet_area: f64,
    part_area: f64,
    nest_seconds: f64,
}

/// Runs an export into `out_dir` (created if missing). `progress` sees nesting progress.
pub fn export(
    req: &ExportRequest<'_>,
    out_dir: &Path,
    progress: &mut dyn FnMut(&str, Progress),
) -> Result<ExportManifest, ExportError> {
    let started = Instant::now();
    let design = req.design;
    let mut plan = plan::plan(req)?;
    let ev = evaluate(design, &plan.values)?;
    check_thicknesses(&mut plan, &ev)?;
    std::fs::create_dir_all(out_dir).map_err(|source| ExportError::Write {
        path: out_dir.to_path_buf(),
        source,
    })?;
    let kinds = req.format.files(plan.setup.kind);
    let mut notes = std::mem::take(&mut plan.notes);
    let mut got = Collected::default();
    for choice in &plan.choices {
        let Some(prepared) = prepare::prepare(&ev, choice, &plan, &mut notes)? else {
            continue;
        };
        let nest_started = Instant::now();
        let outcome = nest_material(&prepared, choice, &plan, req, progress)?;
        got.nest_seconds += nest_started.elapsed().as_secs_f64();
        let names = write::SheetNames::design(design, &choice.material);
        let written =
            write::write_sheets(&names, &prepared, &outcome, choice, &plan, &kinds, out_dir)?;
        got.files.extend(written.files);
        got.pages.extend(written.pages);
        got.drawings.extend(written.drawings);
        got.sheet_counts
            .push((choice.clone(), outcome.sheets.len()));
        got.sheet_area += outcome.sheets.len() as f64 * choice.sheet[0] * choice.sheet[1];
        got.part_area += outcome.part_area;
        got.reports.push(MaterialReport {
            material: choice.material.clone(),
            sheets: outcome.sheets.len(),
            lower_bound: outcome.lower_bound,
            utilisation: outcome.utilisation,
            parts: prepared.copies(),
            iterations: outcome.iterations,
            seconds: outcome.seconds,
        });
    }
    let pdf_started = Instant::now();
    let build_sheet = if kinds.contains(&CutFile::Pdf) {
        let pages = std::mem::take(&mut got.pages);
        let (summary, file) =
            write_build_sheet(req, &ev, &plan, &got.sheet_counts, pages, out_dir)?;
        got.files.push(file);
        Some(summary)
    } else {
        None
    };
    let pdf_seconds = if build_sheet.is_some() {
        pdf_started.elapsed().as_secs_f64()
    } else {
        0.0
    };
    plan.setup.cnc = None;
    let manifest = ExportManifest {
        design: design.slug.clone(),
        name: design.name.clone(),
        version: design.version.to_string(),
        revision: req.revision.clone(),
        format: req.format,
        parameters: ev.values.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        makerspace: req.makerspace.map(|m| m.slug.clone()),
        machine: plan.setup.clone(),
        stock: plan.choices.clone(),
        sheets_used: got.reports.iter().map(|r| r.sheets).sum(),
        lower_bound: got.reports.iter().map(|r| r.lower_bound).sum(),
        utilisation: if got.sheet_area > 0.0 {
            got.part_area / got.sheet_area
        } else {
            0.0
        },
        files: got.files,
        nesting: got.reports,
        seed: req.seed,
        notes: notes
            .iter()
            .map(|n| n.text(crate::i18n::Lang::En))
            .collect(),
        note_codes: notes,
        build_sheet,
        timings: Timings {
            total: started.elapsed().as_secs_f64(),
            nesting: got.nest_seconds,
            build_sheet: pdf_seconds,
        },
    };
    write_drawings(out_dir, &got.drawings)?;
    let json =
        serde_json::to_vec_pretty(&manifest).map_err(|e| ExportError::Internal(e.to_string()))?;
    write::write_file(out_dir, "manifest.json", &json)?;
    Ok(manifest)
}

/// The file beside `manifest.json` that holds every sheet's drawing (see [`SheetDrawing`]).
pub const SHEETS_FILE: &str = "sheets.json";

/// Writes [`SHEETS_FILE`].
fn write_drawings(out_dir: &Path, drawings: &[SheetDrawing]) -> Result<(), ExportError> {
    let json = serde_json::to_vec(drawings).map_err(|e| ExportError::Internal(e.to_string()))?;
    write::write_file(out_dir, SHEETS_FILE, &json)
}

/// Lays out and writes the build sheet; returns what the manifest says of it and its file.
fn write_build_sheet(
    req: &ExportRequest<'_>,
    ev: &EvaluatedDesign,
    plan: &ExportPlan,
    sheet_counts: &[(StockChoice, usize)],
    pages: Vec<barnraise_exporters::SheetPage>,
    out_dir: &Path,
) -> Result<(BuildSheetSummary, OutFile), ExportError> {
    let sheet = sheet::build_sheet(req.design, ev, req, plan, sheet_counts, pages)?;
    write_built_sheet(req.design, ev, &sheet, out_dir)
}

/// Writes a build sheet already laid out as `<slug>-build-sheet.pdf`; returns what the
/// manifest says of it and its file.
fn write_built_sheet(
    design: &Design,
    ev: &EvaluatedDesign,
    sheet: &barnraise_exporters::BuildSheet,
    out_dir: &Path,
) -> Result<(BuildSheetSummary, OutFile), ExportError> {
    let (bytes, page_plan) = barnraise_exporters::pdf::write_pdf_with_plan(sheet)
        .map_err(|e| ExportError::Internal(e.to_string()))?;
    let summary = BuildSheetSummary {
        pages: page_plan.len(),
        plan: page_plan.into_iter().map(manifest::page_name).collect(),
        currency: sheet.currency.clone(),
        bom: sheet
            .bom
            .iter()
            .map(|r| BomLineOut {
                item: r.item.clone(),
                quantity: r.quantity.clone(),
                unit: r.unit.clone(),
                unit_cost: r.unit_cost,
                total: r.total,
            })
            .collect(),
        bom_total: sheet.bom_total,
        url: sheet.url.clone(),
        lineage: sheet.lineage.clone(),
        contributors: sheet.contributors.clone(),
        labels: sheet.cut_list.iter().map(|r| r.label.clone()).collect(),
    };
    let name = format!("{}-build-sheet.pdf", design.slug);
    write::write_file(out_dir, &name, &bytes)?;
    let file = OutFile {
        file: name,
        kind: CutFile::Pdf,
        sheet: 0,
        material: String::new(),
        labels: ev.parts.iter().map(|p| p.label.clone()).collect(),
        utilisation: 0.0,
    };
    Ok((summary, file))
}

/// The design's Open Know-How manifest (`okh.toml` text) at `params`. `base_url` is the web
/// app's address: the manifest's `repo` is `<base_url>/designs/<slug>`.
pub fn okh_manifest(
    design: &Design,
    params: &BTreeMap<String, f64>,
    base_url: &str,
) -> Result<String, ExportError> {
    let ev = evaluate(design, params)?;
    let base = base_url.trim_end_matches('/');
    let target = crate::interop::okh::OkhTarget {
        repo: format!("{base}/designs/{}", design.slug),
        store_url: base.to_string(),
    };
    crate::interop::okh::write_okh(design, Some(&ev), &target)
        .map_err(|e| ExportError::unbuildable(e.to_string()))
}

/// Writes [`okh_manifest`] to `out_dir/okh.toml` and returns its path.
pub fn export_okh(
    design: &Design,
    params: &BTreeMap<String, f64>,
    base_url: &str,
    out_dir: &Path,
) -> Result<PathBuf, ExportError> {
    let text = okh_manifest(design, params, base_url)?;
    write::write_file(out_dir, "okh.toml", text.as_bytes())?;
    Ok(out_dir.join("okh.toml"))
}
