//! Cut files for a local makerspace: a design at chosen parameters, the machine and the
//! stock a space has, nested onto real sheets and written as laser SVG, CNC DXF or G-code,
//! with a `manifest.json` describing what was written.
//!
//! Owns: choosing the machine and stock, the measured thickness as a parameter, the cut
//! geometry per target (kerf, tool offset, dogbones), turning nested layouts into
//! [`CutSheet`]s. Must not: parse arguments, print, or know HTTP (callers do that).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use barnraise_exporters::{
    CncSettings, ContourKind, CutContour, CutPart, CutSheet, CutText, dxf_writer, gcode, laser,
};
use geo::{Area, BoundingRect, InteriorPoint, LineString, Polygon};
use serde::Serialize;

use crate::geometry::{self, CutError};
use crate::model::{
    Design, Diagnostic, EvaluatedDesign, EvaluatedPart, Machine, MachineKind, Makerspace, Process,
    format_number, stock_summary,
};
use crate::nest::{self, NestError, NestOptions, NestPart, Progress};

mod model3d;
mod sheet;

pub use model3d::{
    ModelFile, ModelInstance, ModelManifest, ModelRequest, ModelTimings, design_preview,
    export_model,
};
pub use sheet::SheetContext;

/// Output formats for cut files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Laser SVG (kerf-compensated paths, laser colours).
    Svg,
    /// CNC DXF (nominal geometry with dogbones, layers per operation).
    Dxf,
    /// GRBL G-code (tool-radius offset applied).
    Gcode,
    /// A printable PDF build sheet (BOM, cut list, sheet layouts, assembly, fit test).
    Pdf,
    /// The machine's cut files and the build sheet (laser: SVG + PDF; CNC: DXF + G-code + PDF).
    All,
    /// Binary STL of the assembly and of each part.
    Stl,
    /// STEP of the assembly, one named solid per part copy.
    Step,
    /// PNG preview of the assembly.
    Png,
    /// Open Know-How (OKH-LOSH) manifest, `okh.toml`.
    Okh,
}

impl Format {
    fn ext(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Dxf => "dxf",
            Format::Gcode => "gcode",
            Format::Pdf => "pdf",
            Format::All => "all",
            Format::Stl => "stl",
            Format::Step => "step",
            Format::Png => "png",
            Format::Okh => "toml",
        }
    }

    /// True for the 3D formats, which [`export_model`] writes.
    pub fn is_model(self) -> bool {
        matches!(self, Format::Stl | Format::Step | Format::Png)
    }

    /// The machine kind a format is for; `None` when the design decides.
    fn machine_kind(self) -> Option<MachineKind> {
        match self {
            Format::Svg => Some(MachineKind::Laser),
            Format::Dxf | Format::Gcode => Some(MachineKind::Cnc),
            Format::Pdf | Format::All | Format::Stl | Format::Step | Format::Png | Format::Okh => {
                None
            }
        }
    }

    /// The files written for this format on a machine of `kind`.
    fn files(self, kind: MachineKind) -> Vec<Format> {
        match (self, kind) {
            (Format::All, MachineKind::Laser) => vec![Format::Svg, Format::Pdf],
            (Format::All, MachineKind::Cnc) => vec![Format::Dxf, Format::Gcode, Format::Pdf],
            (f, _) => vec![f],
        }
    }
}

/// What to export and for where.
#[derive(Debug, Clone)]
pub struct ExportRequest<'a> {
    /// The design.
    pub design: &'a Design,
    /// The store revision it was read at, if it came from a store.
    pub revision: Option<String>,
    /// Parameter overrides as text (`thickness` → `"17.4"`).
    pub params: BTreeMap<String, String>,
    /// Output format.
    pub format: Format,
    /// The makerspace, if one is chosen.
    pub makerspace: Option<&'a Makerspace>,
    /// Machine id within the makerspace.
    pub machine: Option<String>,
    /// Stock choices: `stock-id` (when the design has one material) or `material=stock-id`.
    pub materials: Vec<String>,
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
    #[error("{0}")]
    Unbuildable(String),
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
    /// True when the user can fix it.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, ExportError::Internal(_) | ExportError::Write { .. })
    }
}

/// The machine an export is for, with every number resolved.
#[derive(Debug, Clone, Serialize)]
pub struct MachineSetup {
    /// Makerspace machine id, or `default-laser` / `default-cnc`.
    pub id: String,
    /// Laser or CNC.
    pub kind: MachineKind,
    /// Bed size, mm.
    pub bed: [f64; 2],
    /// Laser kerf, mm (0 for CNC).
    pub kerf: f64,
    /// CNC bit diameter, mm (0 for lasers).
    pub tool_diameter: f64,
    /// Thickest stock, mm.
    pub max_thickness: f64,
    /// Sheet edge margin, mm.
    pub margin: f64,
    /// Gap between parts, mm.
    pub spacing: f64,
    /// CNC settings for G-code.
    #[serde(skip)]
    pub cnc: Option<CncSettings>,
}

fn machine_setup(m: &Machine, kerf: Option<f64>, tool: Option<f64>) -> MachineSetup {
    let laser = m.kind == MachineKind::Laser;
    let kerf = if laser { kerf.unwrap_or(m.kerf) } else { 0.0 };
    let tool_diameter = if laser {
        0.0
    } else {
        tool.unwrap_or_else(|| m.cut_width())
    };
    MachineSetup {
        id: m.id.clone(),
        kind: m.kind,
        bed: m.bed,
        kerf,
        tool_diameter,
        max_thickness: m.max_thickness,
        margin: m.margin,
        spacing: if laser {
            kerf + 2.0
        } else {
            tool_diameter + 2.0
        },
        cnc: (!laser).then(|| CncSettings {
            tool_diameter,
            spindle_rpm: m.spindle_rpm,
            feed: m.feed,
            plunge_feed: m.plunge_feed,
            pass_depth: m.pass_depth.min(tool_diameter.max(0.5)),
            safe_z: m.safe_z,
            overcut: m.overcut,
            z_min: -1.0, // set per material: −(thickness + spoilboard limit)
            tab_width: 8.0,
            tab_height: 3.0,
            tab_count: 3,
        }),
    }
}

fn default_machine(kind: MachineKind) -> Machine {
    let laser = kind == MachineKind::Laser;
    Machine {
        id: if laser {
            "default-laser"
        } else {
            "default-cnc"
        }
        .into(),
        name: if laser {
            "Any laser (600 × 400 bed, 0.15 mm kerf)"
        } else {
            "Any CNC router (2440 × 1220 bed, 6.35 mm bit)"
        }
        .into(),
        kind,
        bed: if laser {
            [600.0, 400.0]
        } else {
            [2440.0, 1220.0]
        },
        max_thickness: if laser { 10.0 } else { 40.0 },
        kerf: if laser { 0.15 } else { 0.0 },
        tool_diameters: if laser { vec![] } else { vec![6.35] },
        spindle_rpm: 18_000.0,
        feed: if laser { 1200.0 } else { 3000.0 },
        plunge_feed: 600.0,
        pass_depth: 6.0,
        safe_z: 10.0,
        overcut: 0.3,
        spoilboard_limit: 1.0,
        power: None,
        gcode: Some("grbl".into()),
        margin: 10.0,
    }
}

/// `shopbot (cnc), laser (laser)`: a space's machines for messages.
fn machine_list(space: &Makerspace) -> String {
    space
        .machines
        .iter()
        .map(|m| format!("{} ({})", m.id, m.kind.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn choose_machine<'m>(
    req: &ExportRequest<'m>,
    space: Option<&'m Makerspace>,
) -> Result<Machine, ExportError> {
    let want = req.format.machine_kind().unwrap_or_else(|| {
        let laser = req
            .design
            .parts
            .iter()
            .filter(|p| p.process == Process::Laser)
            .count();
        if 2 * laser > req.design.parts.len() {
            MachineKind::Laser
        } else {
            MachineKind::Cnc
        }
    });
    let Some(space) = space else {
        if let Some(id) = &req.machine {
            return Err(ExportError::Unbuildable(format!(
                "--machine {id} needs --makerspace to say whose machine it is"
            )));
        }
        return Ok(default_machine(want));
    };
    if let Some(id) = &req.machine {
        let m = space.machine(id).ok_or_else(|| {
            ExportError::Unbuildable(format!(
                "{} has no machine '{id}'; its machines: {}",
                space.name,
                machine_list(space)
            ))
        })?;
        if req.format == Format::Gcode && m.kind != MachineKind::Cnc {
            return Err(ExportError::Unbuildable(format!(
                "G-code is for CNC routers; '{}' is a laser: use --format svg",
                m.id
            )));
        }
        return Ok(m.clone());
    }
    let fitting: Vec<&Machine> = space.machines.iter().filter(|m| m.kind == want).collect();
    match fitting.as_slice() {
        [] => Err(ExportError::Unbuildable(format!(
            "{} has no {} for {} files; its machines: {}",
            space.name,
            if want == MachineKind::Laser {
                "laser"
            } else {
                "CNC router"
            },
            req.format.ext(),
            machine_list(space)
        ))),
        [one] => Ok((*one).clone()),
        many => Ok((*many
            .iter()
            .max_by(|a, b| (a.bed[0] * a.bed[1]).total_cmp(&(b.bed[0] * b.bed[1])))
            .unwrap_or(&many[0]))
        .clone()),
    }
}

/// The stock chosen for one design material.
#[derive(Debug, Clone, Serialize)]
pub struct StockChoice {
    /// Design material id.
    pub material: String,
    /// Makerspace stock id, if from a makerspace.
    pub stock: Option<String>,
    /// Measured thickness used, mm.
    pub thickness: f64,
    /// Sheet size, mm.
    pub sheet: [f64; 2],
    /// Price per sheet, if known.
    pub price: Option<f64>,
    /// Currency of the price.
    pub currency: Option<String>,
}

/// One file written.
#[derive(Debug, Clone, Serialize)]
pub struct OutFile {
    /// File name within the output folder.
    pub file: String,
    /// `svg`, `dxf` or `gcode`.
    pub kind: Format,
    /// 1-based sheet number within the material.
    pub sheet: u32,
    /// Design material id.
    pub material: String,
    /// Part labels on this sheet, one per instance.
    pub labels: Vec<String>,
    /// Σ part area on the sheet / sheet area.
    pub utilisation: f64,
}

/// Nesting figures for one material.
#[derive(Debug, Clone, Serialize)]
pub struct MaterialReport {
    /// Design material id.
    pub material: String,
    /// Sheets used.
    pub sheets: usize,
    /// ⌈Σ part area / usable sheet area⌉.
    pub lower_bound: usize,
    /// Σ part area / Σ sheet area.
    pub utilisation: f64,
    /// Part instances.
    pub parts: usize,
    /// Nesting steps and seconds.
    pub iterations: u64,
    /// Seconds spent nesting.
    pub seconds: f64,
}

/// What `manifest.json` in the output folder says.
#[derive(Debug, Clone, Serialize)]
pub struct ExportManifest {
    /// Design slug.
    pub design: String,
    /// Design name.
    pub name: String,
    /// Design version.
    pub version: String,
    /// Store revision, if the design came from a store.
    pub revision: Option<String>,
    /// Format written.
    pub format: Format,
    /// Every parameter value used (overrides and measured thickness included).
    pub parameters: BTreeMap<String, f64>,
    /// Makerspace slug, if any.
    pub makerspace: Option<String>,
    /// Machine used.
    pub machine: MachineSetup,
    /// Stock per material.
    pub stock: Vec<StockChoice>,
    /// Files written, in order.
    pub files: Vec<OutFile>,
    /// Nesting per material.
    pub nesting: Vec<MaterialReport>,
    /// Sheets used in all.
    pub sheets_used: usize,
    /// Σ lower bounds.
    pub lower_bound: usize,
    /// Σ part area / Σ sheet area over all sheets.
    pub utilisation: f64,
    /// Seed used.
    pub seed: u64,
    /// Things the maker should know (e.g. a sheet cut down to the bed).
    pub notes: Vec<String>,
    /// What the build sheet holds, when one was written.
    pub build_sheet: Option<BuildSheetSummary>,
    /// Where the time went, seconds.
    pub timings: Timings,
}

/// Seconds spent on an export.
#[derive(Debug, Clone, Serialize)]
pub struct Timings {
    /// Everything, files and manifest written.
    pub total: f64,
    /// Nesting (bounded by the time budget).
    pub nesting: f64,
    /// Laying out and writing the PDF.
    pub build_sheet: f64,
}

/// The build sheet in `manifest.json`: its pages and its bill of materials.
#[derive(Debug, Clone, Serialize)]
pub struct BuildSheetSummary {
    /// Number of pages.
    pub pages: usize,
    /// What each page is (`Cover`, `BillOfMaterials`, `CutList`, `Sheet(0)`, …).
    pub plan: Vec<String>,
    /// Currency of the costs.
    pub currency: String,
    /// Bill of materials as printed.
    pub bom: Vec<BomLineOut>,
    /// Σ line totals, as printed.
    pub bom_total: f64,
    /// The design's URL (also in the QR code).
    pub url: String,
}

/// One bill-of-materials line as printed.
#[derive(Debug, Clone, Serialize)]
pub struct BomLineOut {
    /// What to buy.
    pub item: String,
    /// How many.
    pub quantity: String,
    /// Unit.
    pub unit: String,
    /// Cost of one.
    pub unit_cost: f64,
    /// Line total.
    pub total: f64,
}

/// Reads `--material` choices: `material=stock-id`, or a bare `stock-id` when exactly one
/// material (of `materials`) is in play.
fn explicit_stock(
    choices: &[String],
    materials: &[String],
) -> Result<BTreeMap<String, String>, ExportError> {
    let mut explicit = BTreeMap::new();
    for m in choices {
        match m.split_once('=') {
            Some((mat, stock)) => {
                explicit.insert(mat.trim().to_string(), stock.trim().to_string());
            }
            None if materials.len() == 1 => {
                explicit.insert(materials[0].clone(), m.trim().to_string());
            }
            None => {
                return Err(ExportError::Unbuildable(format!(
                    "this design uses {} materials ({}); write --material <material>=<stock-id>",
                    materials.len(),
                    materials.join(", ")
                )));
            }
        }
    }
    Ok(explicit)
}

fn match_stock(
    design: &Design,
    material_id: &str,
    space: &Makerspace,
    explicit: &BTreeMap<String, String>,
) -> Result<crate::model::Stock, ExportError> {
    let m = design
        .materials
        .iter()
        .find(|m| m.id == material_id)
        .ok_or_else(|| ExportError::Internal(format!("material {material_id} vanished")))?;
    if let Some(stock_id) = explicit.get(material_id) {
        let s = space.stock_item(stock_id).ok_or_else(|| {
            ExportError::Unbuildable(format!(
                "{} stocks no '{stock_id}'; its stock: {}",
                space.name,
                space
                    .stock
                    .iter()
                    .map(|s| s.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?;
        return Ok(s.clone());
    }
    space
        .stock
        .iter()
        .find(|s| s.material == m.kind && (s.nominal_thickness - m.nominal_thickness).abs() < 0.01)
        .cloned()
        .ok_or_else(|| {
            ExportError::Unbuildable(format!(
                "needs {} mm {} ({}); {} stocks {}. Choose a stock with --material {}=<stock-id> if a substitute will do",
                format_number(m.nominal_thickness),
                m.kind,
                m.name,
                space.name,
                stock_summary(space, &m.kind),
                material_id
            ))
        })
}

/// Runs an export into `out_dir` (created if missing). `progress` sees nesting progress.
pub fn export(
    req: &ExportRequest<'_>,
    out_dir: &Path,
    progress: &mut dyn FnMut(&str, Progress),
) -> Result<ExportManifest, ExportError> {
    let design = req.design;
    if req.format.is_model() || req.format == Format::Okh {
        return Err(ExportError::Internal(format!(
            "{:?} is written by export_model or export_okh",
            req.format
        )));
    }
    let started = std::time::Instant::now();
    let mut nest_seconds = 0.0;
    let mut pdf_seconds = 0.0;
    let machine = choose_machine(req, req.makerspace)?;
    let mut setup = machine_setup(&machine, req.kerf, req.tool);
    let laser = setup.kind == MachineKind::Laser;
    let mut notes = Vec::new();

    // Which materials the machine's parts use.
    let process = if laser { Process::Laser } else { Process::Cnc };
    let mut used: Vec<String> = Vec::new();
    let mut any_for_machine = false;
    for p in &design.parts {
        if p.process == process {
            any_for_machine = true;
        }
    }
    let part_wanted = |p: Process| !any_for_machine || p == process;
    for p in design.parts.iter().filter(|p| part_wanted(p.process)) {
        if !used.contains(&p.material) {
            used.push(p.material.clone());
        }
    }
    if design.parts.is_empty() {
        return Err(ExportError::Unbuildable(format!(
            "design '{}' has no parts to cut",
            design.slug
        )));
    }
    if !any_for_machine {
        notes.push(format!(
            "this design's parts are meant for a {}; cutting them on a {} anyway",
            if laser { "CNC router" } else { "laser" },
            if laser { "laser" } else { "CNC router" }
        ));
    }

    // Stock and measured thickness.
    let explicit = explicit_stock(&req.materials, &used)?;
    let mut params = req.params.clone();
    let mut choices = Vec::new();
    for mat_id in &used {
        let Some(mat) = design.materials.iter().find(|m| &m.id == mat_id) else {
            continue;
        };
        let thickness_param = mat.thickness.source().trim().to_string();
        let is_param = design.parameters.iter().any(|p| p.name == thickness_param);
        match req.makerspace {
            Some(space) => {
                let stock = match_stock(design, mat_id, space, &explicit)?;
                if stock.thickness > setup.max_thickness {
                    return Err(ExportError::Unbuildable(format!(
                        "{} mm {} is thicker than the {} mm the machine '{}' cuts",
                        format_number(stock.thickness),
                        stock.material,
                        format_number(setup.max_thickness),
                        setup.id
                    )));
                }
                if is_param && !params.contains_key(&thickness_param) {
                    params.insert(thickness_param.clone(), format_number(stock.thickness));
                } else if let Some(given) = params
                    .get(&thickness_param)
                    .and_then(|v| v.trim().parse::<f64>().ok())
                    .filter(|g| is_param && (g - stock.thickness).abs() > 0.05)
                {
                    notes.push(format!(
                        "{thickness_param} = {} mm was given, but the {} stock measures {} mm: slots follow the value given; leave {thickness_param} unset to use the measured thickness",
                        format_number(given),
                        stock.id,
                        format_number(stock.thickness)
                    ));
                } else if !is_param {
                    notes.push(format!(
                        "material '{mat_id}' thickness is '{}', not a parameter: the measured {} mm cannot be applied",
                        mat.thickness.source(),
                        format_number(stock.thickness)
                    ));
                }
                let mut sheet = stock.sheet;
                let bed = setup.bed;
                let fits = |s: [f64; 2]| {
                    (s[0] <= bed[0] && s[1] <= bed[1]) || (s[1] <= bed[0] && s[0] <= bed[1])
                };
                if !fits(sheet) {
                    notes.push(format!(
                        "{} sheets ({} × {} mm) are larger than the {} bed ({} × {} mm): cut them down to the bed first",
                        stock.id,
                        format_number(sheet[0]),
                        format_number(sheet[1]),
                        setup.id,
                        format_number(bed[0]),
                        format_number(bed[1])
                    ));
                    sheet = [sheet[0].min(bed[0]), sheet[1].min(bed[1])];
                }
                choices.push(StockChoice {
                    material: mat_id.clone(),
                    stock: Some(stock.id.clone()),
                    thickness: stock.thickness,
                    sheet: req.sheet.unwrap_or(sheet),
                    price: Some(stock.price),
                    currency: Some(space.currency.clone()),
                });
            }
            None => choices.push(StockChoice {
                material: mat_id.clone(),
                stock: None,
                thickness: 0.0, // filled in after evaluation
                sheet: req.sheet.unwrap_or(setup.bed),
                price: None,
                currency: None,
            }),
        }
    }

    if let Some(sheet) = req.sheet {
        let bed = setup.bed;
        let fits = (sheet[0] <= bed[0] + 1e-9 && sheet[1] <= bed[1] + 1e-9)
            || (sheet[1] <= bed[0] + 1e-9 && sheet[0] <= bed[1] + 1e-9);
        if !fits {
            return Err(ExportError::Unbuildable(format!(
                "a {} × {} mm sheet does not fit the {} × {} mm bed of '{}'; cut the stock down or choose another machine",
                format_number(sheet[0]),
                format_number(sheet[1]),
                format_number(bed[0]),
                format_number(bed[1]),
                setup.id
            )));
        }
    }

    // Evaluate at the final parameters.
    let values = design
        .parse_overrides(&params)
        .map_err(ExportError::Design)?;
    let ev: EvaluatedDesign = design.evaluate(&values).map_err(ExportError::Design)?;
    for c in choices.iter_mut() {
        if let Some(m) = ev.materials.iter().find(|m| m.id == c.material) {
            if c.stock.is_none() {
                c.thickness = m.thickness;
            }
            if m.thickness > setup.max_thickness {
                return Err(ExportError::Unbuildable(format!(
                    "material '{}' is {} mm thick; the machine '{}' cuts at most {} mm",
                    m.id,
                    format_number(m.thickness),
                    setup.id,
                    format_number(setup.max_thickness)
                )));
            }
        }
    }

    std::fs::create_dir_all(out_dir).map_err(|source| ExportError::Write {
        path: out_dir.to_path_buf(),
        source,
    })?;
    let cut_width = if laser {
        setup.kerf
    } else {
        setup.tool_diameter
    };
    let formats = req.format.files(setup.kind);
    let mut pages = Vec::new();
    let mut sheet_counts: Vec<(StockChoice, usize)> = Vec::new();
    let mut files = Vec::new();
    let mut reports = Vec::new();
    let mut total_sheet_area = 0.0;
    let mut total_part_area = 0.0;
    for choice in &choices {
        let parts: Vec<&EvaluatedPart> = ev
            .parts
            .iter()
            .filter(|p| p.material == choice.material && part_wanted(p.process))
            .collect();
        // Nominal polygons with dogbones: what is nested and drawn.
        let mut polys = Vec::with_capacity(parts.len());
        let mut marks = Vec::with_capacity(parts.len());
        let mut marked = 0;
        for part in &parts {
            geometry::check_slot_widths(part, cut_width, laser)?;
            let prof = geometry::part_profile(part).map_err(ExportError::Design)?;
            let (poly, small) = if laser {
                (prof.polygon.clone(), Vec::new())
            } else {
                let with = geometry::with_dogbones(part, &prof, setup.tool_diameter / 2.0)?;
                geometry::split_small_holes(&with, setup.tool_diameter / 2.0)
            };
            marked += small.len() * part.quantity as usize;
            marks.push(small);
            // The cutter's path must exist for every part before anything is written.
            geometry::offset(&part.label, &poly, cut_width / 2.0, laser)?;
            polys.push(poly);
        }
        let nest_parts: Vec<NestPart> = parts
            .iter()
            .zip(&polys)
            .map(|(p, poly)| NestPart {
                label: p.label.clone(),
                polygon: poly.clone(),
                quantity: p.quantity,
                // Rotations assume the grain along the sheet's x; a portrait sheet turns it.
                rotations: p
                    .rotations
                    .iter()
                    .map(|r| {
                        let portrait = choice.sheet[1] > choice.sheet[0] && p.grain.is_some();
                        f64::from((r + if portrait { 90 } else { 0 }) % 360)
                    })
                    .collect(),
            })
            .collect();
        if nest_parts.iter().all(|p| p.quantity == 0) {
            continue;
        }
        if marked > 0 {
            notes.push(format!(
                "{marked} hole(s) in {} are smaller than the {} mm bit: they are marked 1 mm deep (score) for drilling by hand",
                choice.material,
                format_number(setup.tool_diameter)
            ));
        }
        let opts = NestOptions {
            sheet: choice.sheet,
            margin: setup.margin,
            spacing: setup.spacing,
            time_limit: req.time_limit,
            seed: req.seed,
            ..NestOptions::default()
        };
        let nest_started = std::time::Instant::now();
        let outcome = nest::nest(&nest_parts, &opts, &mut |p| progress(&choice.material, p))?;
        nest_seconds += nest_started.elapsed().as_secs_f64();
        let mut settings = setup.cnc.clone();
        if let Some(s) = settings.as_mut() {
            s.z_min = -(choice.thickness + machine.spoilboard_limit);
            s.tab_height = (choice.thickness * 0.25).clamp(1.0, 4.0);
        }
        // DXF and the build sheet keep the nominal geometry (CAM applies the tool offset);
        // G-code gets the bit-radius offset, laser SVG the half-kerf one.
        let n_sheets = outcome.sheets.len() as u32;
        for (si, layout) in outcome.sheets.iter().enumerate() {
            let index = si as u32 + 1;
            let labels: Vec<String> = layout
                .placements
                .iter()
                .map(|p| parts[p.part].label.clone())
                .collect();
            for f in &formats {
                let offset = match f {
                    Format::Svg => setup.kerf / 2.0,
                    Format::Dxf => 0.0,
                    Format::Gcode => setup.tool_diameter / 2.0,
                    _ => continue,
                };
                let ext = f.ext();
                let sheet = cut_sheet(
                    design,
                    &parts,
                    (&polys, &marks),
                    layout,
                    choice,
                    index,
                    (offset, laser),
                )?;
                let bytes: Vec<u8> = match f {
                    Format::Svg => laser::write_svg(&sheet).into_bytes(),
                    Format::Dxf => dxf_writer::write_dxf(&sheet)
                        .map_err(|e| ExportError::Internal(e.to_string()))?,
                    _ => {
                        let s = settings.as_ref().ok_or_else(|| {
                            ExportError::Unbuildable("G-code needs a CNC router".into())
                        })?;
                        gcode::write_gcode(&sheet, s)
                            .map_err(|e| ExportError::Unbuildable(e.to_string()))?
                            .into_bytes()
                    }
                };
                let name = format!("{}-{}-sheet{}.{ext}", design.slug, choice.material, index);
                let path = out_dir.join(&name);
                std::fs::write(&path, bytes)
                    .map_err(|source| ExportError::Write { path, source })?;
                files.push(OutFile {
                    file: name,
                    kind: *f,
                    sheet: index,
                    material: choice.material.clone(),
                    labels: labels.clone(),
                    utilisation: layout.utilisation,
                });
            }
            if formats.contains(&Format::Pdf) {
                let nominal = cut_sheet(
                    design,
                    &parts,
                    (&polys, &marks),
                    layout,
                    choice,
                    index,
                    (0.0, laser),
                )?;
                pages.push(barnraise_exporters::SheetPage {
                    sheet: nominal,
                    material: material_name(design, &choice.material),
                    utilisation: layout.utilisation,
                    of: n_sheets,
                });
            }
        }
        sheet_counts.push((choice.clone(), outcome.sheets.len()));
        total_sheet_area += outcome.sheets.len() as f64 * choice.sheet[0] * choice.sheet[1];
        total_part_area += outcome.part_area;
        reports.push(MaterialReport {
            material: choice.material.clone(),
            sheets: outcome.sheets.len(),
            lower_bound: outcome.lower_bound,
            utilisation: outcome.utilisation,
            parts: nest_parts.iter().map(|p| p.quantity as usize).sum(),
            iterations: outcome.iterations,
            seconds: outcome.seconds,
        });
    }
    let mut build_sheet = None;
    if formats.contains(&Format::Pdf) {
        let pdf_started = std::time::Instant::now();
        let sheet = sheet::build_sheet(design, &ev, req, &setup, &machine, &sheet_counts, pages)?;
        let (bytes, plan) = barnraise_exporters::pdf::write_pdf_with_plan(&sheet)
            .map_err(|e| ExportError::Internal(e.to_string()))?;
        build_sheet = Some(BuildSheetSummary {
            pages: plan.len(),
            plan: plan.iter().map(|k| format!("{k:?}")).collect(),
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
        });
        let name = format!("{}-build-sheet.pdf", design.slug);
        let path = out_dir.join(&name);
        std::fs::write(&path, bytes).map_err(|source| ExportError::Write { path, source })?;
        files.push(OutFile {
            file: name,
            kind: Format::Pdf,
            sheet: 0,
            material: String::new(),
            labels: ev.parts.iter().map(|p| p.label.clone()).collect(),
            utilisation: 0.0,
        });
        pdf_seconds = pdf_started.elapsed().as_secs_f64();
    }
    setup.cnc = None;
    let manifest = ExportManifest {
        design: design.slug.clone(),
        name: design.name.clone(),
        version: design.version.to_string(),
        revision: req.revision.clone(),
        format: req.format,
        parameters: ev.values.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        makerspace: req.makerspace.map(|m| m.slug.clone()),
        machine: setup,
        stock: choices,
        sheets_used: reports.iter().map(|r| r.sheets).sum(),
        lower_bound: reports.iter().map(|r| r.lower_bound).sum(),
        utilisation: if total_sheet_area > 0.0 {
            total_part_area / total_sheet_area
        } else {
            0.0
        },
        files,
        nesting: reports,
        seed: req.seed,
        notes,
        build_sheet,
        timings: Timings {
            total: started.elapsed().as_secs_f64(),
            nesting: nest_seconds,
            build_sheet: pdf_seconds,
        },
    };
    let path = out_dir.join("manifest.json");
    let json =
        serde_json::to_vec_pretty(&manifest).map_err(|e| ExportError::Internal(e.to_string()))?;
    std::fs::write(&path, json).map_err(|source| ExportError::Write { path, source })?;
    Ok(manifest)
}

fn material_name(design: &Design, id: &str) -> String {
    design
        .materials
        .iter()
        .find(|m| m.id == id)
        .map_or_else(|| id.to_string(), |m| m.name.clone())
}

fn ring_points(ls: &LineString<f64>) -> Vec<[f64; 2]> {
    let mut pts: Vec<[f64; 2]> = ls.0.iter().map(|c| [c.x, c.y]).collect();
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    pts
}

/// Turns one nested sheet into the writers' description: contours offset for the target
/// (laser: kerf/2; G-code: bit radius; DXF: nominal), engraved labels moved with the parts.
fn cut_sheet(
    design: &Design,
    parts: &[&EvaluatedPart],
    shapes: (&[Polygon<f64>], &[Vec<LineString<f64>>]),
    layout: &nest::SheetLayout,
    choice: &StockChoice,
    index: u32,
    (offset, laser): (f64, bool),
) -> Result<CutSheet, ExportError> {
    let (polys, marks) = shapes;
    let mut out = Vec::with_capacity(layout.placements.len());
    for pl in &layout.placements {
        let part = parts[pl.part];
        let placed = pl.polygon(&polys[pl.part]);
        let cut = geometry::offset(&part.label, &placed, offset, laser)?;
        let small = {
            let r = placed.bounding_rect();
            r.is_some_and(|r| {
                r.width().min(r.height()) < 150.0 || placed.unsigned_area() < 40_000.0
            })
        };
        let mut contours = Vec::new();
        for ring in cut.interiors() {
            contours.push(CutContour {
                points: ring_points(ring),
                kind: ContourKind::Inside,
                depth: choice.thickness,
                tabs: false,
            });
        }
        for ring in &marks[pl.part] {
            let moved = pl.polygon(&Polygon::new(ring.clone(), vec![]));
            contours.push(CutContour {
                points: ring_points(moved.exterior()),
                kind: ContourKind::Score,
                depth: 1.0_f64.min(choice.thickness / 2.0),
                tabs: false,
            });
        }
        contours.push(CutContour {
            points: ring_points(cut.exterior()),
            kind: ContourKind::Outside,
            depth: choice.thickness,
            tabs: !laser && small,
        });
        let mut texts: Vec<CutText> = part
            .engravings
            .iter()
            .map(|e| CutText {
                text: e.text.clone(),
                at: pl.apply(e.at),
                height: e.height,
                rotation: e.angle + pl.rotation,
            })
            .collect();
        if !part.engravings.iter().any(|e| e.text == part.label)
            && let Some(p) = placed.interior_point()
        {
            let r = placed.bounding_rect();
            let h = r.map_or(6.0, |r| (r.width().min(r.height()) / 6.0).clamp(3.0, 12.0));
            texts.push(CutText {
                text: part.label.clone(),
                at: [p.x(), p.y()],
                height: h,
                rotation: 0.0,
            });
        }
        out.push(CutPart {
            label: part.label.clone(),
            instance: pl.instance + 1,
            contours,
            texts,
        });
    }
    Ok(CutSheet {
        width: choice.sheet[0],
        height: choice.sheet[1],
        thickness: choice.thickness,
        index,
        title: format!(
            "{} {} - {} {} mm - sheet {}",
            design.name,
            design.version,
            choice.material,
            format_number(choice.thickness),
            index
        ),
        parts: out,
    })
}

/// Writes the design's Open Know-How manifest to `out_dir/okh.toml` and returns its path.
/// `base_url` is the web app's address: the manifest's `repo` is
/// `<base_url>/designs/<slug>`.
pub fn export_okh(
    design: &Design,
    params: &BTreeMap<String, String>,
    base_url: &str,
    out_dir: &Path,
) -> Result<PathBuf, ExportError> {
    let values = design
        .parse_overrides(params)
        .map_err(ExportError::Design)?;
    let ev = design.evaluate(&values).map_err(ExportError::Design)?;
    let base = base_url.trim_end_matches('/');
    let target = crate::interop::okh::OkhTarget {
        repo: format!("{base}/designs/{}", design.slug),
        store_url: base.to_string(),
    };
    let text = crate::interop::okh::write_okh(design, Some(&ev), &target)
        .map_err(|e| ExportError::Unbuildable(e.to_string()))?;
    std::fs::create_dir_all(out_dir).map_err(|source| ExportError::Write {
        path: out_dir.to_path_buf(),
        source,
    })?;
    let path = out_dir.join("okh.toml");
    std::fs::write(&path, text).map_err(|source| ExportError::Write {
        path: path.clone(),
        source,
    })?;
    Ok(path)
}
