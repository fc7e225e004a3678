//! Exports: cut files and build sheets for a makerspace, 3D files, the preview picture and
//! the Open Know-How manifest. The build sheet's context (lineage, contributors, pictures,
//! the design's URL) is gathered here once, so a build sheet made in the browser and one
//! made at the terminal for the same design, parameters and makerspace are the same.
//!
//! A cut-file export is two calls: [`prepare_cut_files`] reads everything it needs from the
//! store (while a store handle is held), [`run_cut_files`] nests and writes (without one).

use crate::i18n::Message;
use std::path::Path;
use std::time::Duration;

use barnraise_exporters::{Paper, PreviewOptions};

use super::designs::Loaded;
use super::{Error, Overrides, Result};
use crate::export::{
    self, CutFormat, ExportManifest, ExportRequest, ModelFormat, ModelManifest, ModelRequest,
    SheetContext, StockPick,
};
use crate::i18n::Lang;
use crate::model::{Design, Makerspace};
use crate::nest::Progress;
use crate::store::Store;

/// Nesting budget when none is given, seconds (the same for every front end, so the same
/// request gives the same layout).
pub const DEFAULT_TIME_LIMIT: f64 = 5.0;
/// Longest nesting budget anyone may ask for, seconds.
pub const MAX_TIME_LIMIT: f64 = 3600.0;
/// Nesting seed when none is given.
pub const DEFAULT_SEED: u64 = 1;
/// The time stamp written into STEP headers, fixed so files are reproducible.
pub const STEP_TIME_STAMP: &str = "2000-01-01T00:00:00";
/// Largest kerf or bit anyone may give, mm.
pub const MAX_CUT_WIDTH: f64 = 50.0;
/// Largest sheet side anyone may give, mm.
pub const MAX_SHEET_SIDE: f64 = 20_000.0;

/// How to cut: everything a cut-file export takes besides the design and its parameters.
#[derive(Debug, Clone)]
pub struct CutOptions {
    /// What to write.
    pub format: CutFormat,
    /// Machine id within the makerspace (default: its best machine for the format).
    pub machine: Option<String>,
    /// Stock choices.
    pub materials: Vec<StockPick>,
    /// Sheet size, mm (default: the stock's sheet, else the bed).
    pub sheet: Option<[f64; 2]>,
    /// Laser kerf, mm (default: the machine's).
    pub kerf: Option<f64>,
    /// CNC bit diameter, mm (default: the machine's first).
    pub tool: Option<f64>,
    /// Nesting budget.
    pub time_limit: Duration,
    /// Nesting seed.
    pub seed: u64,
    /// Paper of the build sheet.
    pub paper: Paper,
    /// The build sheet's language: its fixed words, and the design's texts when it has a
    /// translation into it.
    pub language: Lang,
}

impl Default for CutOptions {
    fn default() -> Self {
        CutOptions {
            format: CutFormat::All,
            machine: None,
            materials: Vec::new(),
            sheet: None,
            kerf: None,
            tool: None,
            time_limit: Duration::from_secs_f64(DEFAULT_TIME_LIMIT),
            seed: DEFAULT_SEED,
            paper: Paper::A4,
            language: Lang::En,
        }
    }
}

impl CutOptions {
    /// Checks the numbers a person gave (budget, kerf, bit, sheet).
    pub fn check(&self) -> Result<()> {
        let t = self.time_limit.as_secs_f64();
        if !(0.0..=MAX_TIME_LIMIT).contains(&t) {
            return Err(Error::refused(
                Message::new("error-time-limit-range")
                    .arg("seconds", t)
                    .arg("max", MAX_TIME_LIMIT),
            ));
        }
        for (what, v) in [("kerf", self.kerf), ("bit", self.tool)] {
            if let Some(v) = v
                && !(v.is_finite() && v > 0.0 && v <= MAX_CUT_WIDTH)
            {
                return Err(Error::refused(
                    Message::new("error-cut-width-range")
                        .arg("what", what)
                        .arg("mm", v)
                        .arg("max", MAX_CUT_WIDTH),
                ));
            }
        }
        if let Some([w, h]) = self.sheet
            && !(w.is_finite()
                && h.is_finite()
                && w > 0.0
                && h > 0.0
                && w <= MAX_SHEET_SIDE
                && h <= MAX_SHEET_SIDE)
        {
            return Err(Error::refused(
                Message::new("error-sheet-range")
                    .arg("width", w)
                    .arg("height", h)
                    .arg("max", MAX_SHEET_SIDE),
            ));
        }
        Ok(())
    }
}

/// Reads `W×H` in mm (`2440x1220`, `2440×1220`).
pub fn parse_sheet(s: &str) -> Option<[f64; 2]> {
    let (a, b) = s.split_once(['x', 'X', '×'])?;
    Some([a.trim().parse().ok()?, b.trim().parse().ok()?])
}

/// Everything a cut-file export reads from the store, gathered under one store handle.
#[derive(Debug, Clone)]
pub struct PreparedExport {
    /// The design and its files.
    pub loaded: Loaded,
    /// The parameters, checked against the design.
    pub params: Overrides,
    /// The makerspace, if one was chosen.
    pub makerspace: Option<Makerspace>,
    /// Lineage, contributors, URL and paper for the build sheet.
    pub context: SheetContext,
    /// How to cut.
    pub options: CutOptions,
}

/// The build sheet's context for a design: its lineage and contributors from the store
/// (none for a folder on disk), its files, and its URL on the site at `base_url`.
pub fn sheet_context(
    store: Option<&Store>,
    loaded: &Loaded,
    paper: Paper,
    base_url: &str,
) -> Result<SheetContext> {
    let mut ctx = SheetContext {
        paper,
        base_url: base_url.trim_end_matches('/').to_string(),
        files: loaded.files.clone(),
        ..SheetContext::default()
    };
    let (Some(store), Some(slug)) = (store, &loaded.stored) else {
        return Ok(ctx);
    };
    ctx.contributors = super::designs::credits(store, slug)?
        .iter()
        .map(super::designs::Credit::line)
        .collect();
    ctx.lineage = store
        .lineage(slug)?
        .ancestors
        .iter()
        .map(|an| {
            format!(
                "forked from {}{}{}",
                an.slug,
                an.revision
                    .as_deref()
                    .map(|r| format!(" at {}", r.get(..12).unwrap_or(r)))
                    .unwrap_or_default(),
                an.store
                    .as_deref()
                    .map(|s| format!(" ({s})"))
                    .unwrap_or_default()
            )
        })
        .collect();
    Ok(ctx)
}

/// Gathers a cut-file export of `loaded` at `params` for `makerspace`.
pub fn prepare_cut_files(
    store: Option<&Store>,
    loaded: Loaded,
    params: Overrides,
    makerspace: Option<Makerspace>,
    options: CutOptions,
    base_url: &str,
) -> Result<PreparedExport> {
    options.check()?;
    let mut context = sheet_context(store, &loaded, options.paper, base_url)?;
    context.log_build_url = super::builds::log_build_url(
        base_url,
        &loaded.design.slug,
        loaded.commit.as_deref(),
        None,
    );
    Ok(PreparedExport {
        loaded,
        params,
        makerspace,
        context,
        options,
    })
}

/// Nests and writes the cut files and build sheet into `out_dir`, and `manifest.json`.
pub fn run_cut_files(
    job: &PreparedExport,
    out_dir: &Path,
    progress: &mut dyn FnMut(&str, Progress),
) -> Result<ExportManifest> {
    let o = &job.options;
    let design = in_language(&job.loaded.design, Some(o.language.code()));
    let mut context = job.context.clone();
    context.language = o.language;
    let req = ExportRequest {
        design: &design,
        revision: job.loaded.commit.clone(),
        params: job.params.values().clone(),
        format: o.format,
        makerspace: job.makerspace.as_ref(),
        machine: o.machine.clone(),
        materials: o.materials.clone(),
        sheet: o.sheet,
        kerf: o.kerf,
        tool: o.tool,
        time_limit: o.time_limit,
        seed: o.seed,
        context,
    };
    Ok(export::export(&req, out_dir, progress)?)
}

/// A 3D export: the request, with the fixed STEP time stamp.
fn model_request<'a>(
    loaded: &'a Loaded,
    params: &Overrides,
    makerspace: Option<&'a Makerspace>,
    materials: &[StockPick],
    format: ModelFormat,
    preview: PreviewOptions,
) -> ModelRequest<'a> {
    ModelRequest {
        design: &loaded.design,
        revision: loaded.commit.clone(),
        params: params.values().clone(),
        format,
        makerspace,
        materials: materials.to_vec(),
        preview,
        time_stamp: STEP_TIME_STAMP.into(),
    }
}

/// Writes 3D files (STL assembly and parts, STEP, or PNG) and `manifest.json` into `out_dir`.
pub fn export_model(
    loaded: &Loaded,
    params: &Overrides,
    makerspace: Option<&Makerspace>,
    materials: &[StockPick],
    format: ModelFormat,
    preview: PreviewOptions,
    out_dir: &Path,
) -> Result<ModelManifest> {
    let req = model_request(loaded, params, makerspace, materials, format, preview);
    Ok(export::export_model(&req, out_dir)?)
}

/// The one 3D file a download gives (the STL assembly, the STEP, or the PNG), in memory:
/// its file name and bytes.
pub fn model_file(
    loaded: &Loaded,
    params: &Overrides,
    makerspace: Option<&Makerspace>,
    format: ModelFormat,
) -> Result<(String, Vec<u8>)> {
    let req = model_request(
        loaded,
        params,
        makerspace,
        &[],
        format,
        PreviewOptions::default(),
    );
    let (_, mut files) = export::build_model(&req)?;
    if files.is_empty() {
        return Err(Error::internal("a 3D export wrote no file"));
    }
    Ok(files.swap_remove(0))
}

/// The design's picture (the assembled object, or its parts laid out flat) at `params`.
pub fn preview(design: &Design, params: &Overrides, opts: &PreviewOptions) -> Result<Vec<u8>> {
    let ev = design.evaluate(params.values()).map_err(Error::invalid)?;
    Ok(export::design_preview(&ev, opts)?)
}

/// The design's Open Know-How manifest (`okh.toml`) for the site at `base_url`, with its
/// texts in `lang` when the design has a translation into it (its
/// `documentation-language` then says so), else in the original.
pub fn okh(
    design: &Design,
    params: &Overrides,
    base_url: &str,
    lang: Option<&str>,
) -> Result<String> {
    let design = in_language(design, lang);
    Ok(export::okh_manifest(&design, params.values(), base_url)?)
}

/// The design with its texts in `lang` when it has them (`documentation-language` set to
/// `lang`), else as written.
pub fn in_language(design: &Design, lang: Option<&str>) -> Design {
    match lang {
        Some(l) if design.translations.contains_key(l) => {
            let mut d = design.localized(l);
            d.documentation_language = l.to_string();
            d
        }
        _ => design.clone(),
    }
}
