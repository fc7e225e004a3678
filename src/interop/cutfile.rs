//! Cut files (DXF and SVG, one or several for the same sheet) → the parts of a design.
//!
//! Owns the import pipeline shared by both formats and by both front ends: read each file
//! ([`super::dxf`], [`super::svg`]); join LINE/ARC runs within [`JOIN_TOLERANCE`] and drop
//! duplicates; decide each file's unit ([`super::units`]); sort contours by operation
//! ([`super::ops`]); repair, nest and merge cut contours into parts ([`super::shapes`]);
//! attach pockets, engravings, score lines and texts to the part they lie on; turn each part
//! so its edges are axis-aligned and find the joints that follow the sheet thickness
//! ([`super::joints`]); merge identical parts into one with a quantity. The result is an
//! [`Analysis`], from which [`preview`] (for the browser's review page, nothing written) and
//! [`import_cut_files`] (a package, via [`super::write`]) are made with the same options.
//! Must not write to disk or the store, nor validate the package (that is `package`).
//!
//! Bad input is contained: each file at most [`MAX_CUTFILE_BYTES`], [`MAX_ENTITIES`]
//! entities (after block expansion) and [`MAX_CONTOURS`] closed contours; coordinates beyond
//! 1e9 are dropped; every reader runs under `catch_unwind`.

use crate::i18n::{Message, Wording};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use geo::{Area, Contains, Simplify};
use serde::{Deserialize, Serialize};

use super::joints::{self, MortiseFound, SlotFound};
use super::ops::{ColourMap, OpSource, Operation};
use super::shapes::{self, Hint, Pts, Repaired};
use super::units::{self, Declared, Evidence, UnitsChoice, UnitsDecision};
use super::{ImportedPackage, InteropError, read_limited};
use crate::model::{Diagnostic, Process};

/// Largest cut file read, in bytes (32 MiB).
pub const MAX_CUTFILE_BYTES: u64 = 32 << 20;
/// Most entities read from one file, counting those INSERTs draw.
pub const MAX_ENTITIES: usize = 200_000;
/// Most closed contours turned into parts and holes.
pub const MAX_CONTOURS: usize = 5_000;
/// Most files imported together.
pub const MAX_FILES: usize = 16;
/// Largest distance of flattened curves from the true curve, mm.
pub const FLATTEN_TOLERANCE: f64 = 0.005;
/// Distance within which end points join, mm.
pub const JOIN_TOLERANCE: f64 = 0.01;
/// Warnings of one kind listed one by one; the rest are counted.
const MAX_LISTED: usize = 50;

/// How to import: what to call the design, how it is cut, and the reviewer's decisions.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CutFileOptions {
    /// Slug of the new design.
    pub slug: String,
    /// Human name (default: from the slug).
    pub name: Option<String>,
    /// Sheet thickness in mm (the `thickness` parameter's default). Default: from a sheet
    /// layer (`…_2440X1220X18`), else 18 mm for CNC and 3 mm for laser, with a warning.
    pub thickness: Option<f64>,
    /// Laser or CNC.
    pub process: ProcessChoice,
    /// SPDX licence (default [`super::okh::UNKNOWN_LICENCE`], with a warning).
    pub license: Option<String>,
    /// Author, `Name <email>` (default `Unknown`, with a warning).
    pub author: Option<String>,
    /// Units and px density to read the files in (default: decided per file).
    #[serde(default)]
    pub units: UnitsChoice,
    /// A makerspace's colour → operation map (default: red cut, blue score, black-filled
    /// engrave for SVG; layer names only for DXF).
    pub colours: Option<ColourMap>,
    /// Ids of items (from [`preview`]) to leave out.
    #[serde(default)]
    pub exclude: BTreeSet<String>,
    /// Ids of contours to read as another kind (a frame that is a part, a part that is the
    /// sheet…).
    #[serde(default)]
    pub kinds: BTreeMap<String, ItemKind>,
}

/// Laser or CNC, serialisable for the web form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProcessChoice {
    /// Laser cutter.
    #[default]
    Laser,
    /// CNC router.
    Cnc,
}

impl ProcessChoice {
    /// The model's process.
    pub fn process(self) -> Process {
        match self {
            ProcessChoice::Laser => Process::Laser,
            ProcessChoice::Cnc => Process::Cnc,
        }
    }
}

impl From<Process> for ProcessChoice {
    fn from(p: Process) -> Self {
        match p {
            Process::Laser => ProcessChoice::Laser,
            Process::Cnc => ProcessChoice::Cnc,
        }
    }
}

/// One file to import, read by the caller (a path on disk, or a browser upload).
#[derive(Debug, Clone)]
pub struct CutFileInput {
    /// Its name, for messages and the format (by extension).
    pub name: PathBuf,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

impl CutFileInput {
    /// Reads a file from disk, refusing it when larger than [`MAX_CUTFILE_BYTES`].
    pub fn read(path: &Path) -> Result<CutFileInput, InteropError> {
        Ok(CutFileInput {
            name: path.to_path_buf(),
            bytes: read_limited(path, MAX_CUTFILE_BYTES)?,
        })
    }
}

/// File formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// DXF.
    Dxf,
    /// SVG.
    Svg,
}

/// What an item of a cut file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// A part to cut.
    Part,
    /// The sheet the parts were laid out on.
    SheetOutline,
    /// A layer or colour that is not for the machine.
    NonCut,
    /// Engraving not on any part.
    Engraving,
    /// A score line not on any part.
    Score,
}

/// Where a contour came from.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Source {
    /// Index of the file among those imported together.
    pub file: usize,
    /// `LWPOLYLINE #3F on layer 'CUT'`, `<path id="a"> at line 12`.
    pub what: String,
    /// Stable key within the file (`h3F`, `n12`), for item ids.
    pub key: String,
    /// Layer or group name.
    pub layer: String,
}

/// A closed contour in mm (y up), with what it is for and where it came from.
#[derive(Debug, Clone)]
pub(super) struct Ring {
    pub points: Vec<[f64; 2]>,
    /// Exact circle (centre, diameter) when it came from one.
    pub circle: Option<([f64; 2], f64)>,
    pub op: Operation,
    pub op_from: OpSource,
    pub source: Source,
}

/// An open run of points waiting to be chained.
#[derive(Debug, Clone)]
pub(super) struct Piece {
    pub points: Vec<[f64; 2]>,
    pub op: Operation,
    pub op_from: OpSource,
    pub source: Source,
}

/// A text.
#[derive(Debug, Clone)]
pub(super) struct Label {
    pub text: String,
    pub at: [f64; 2],
    pub height: f64,
    pub op: Operation,
    /// Where the text came from (kept for messages about it).
    #[allow(dead_code)]
    pub source: Source,
}

/// Everything a reader found in one file, in mm under its declared (or assumed) unit.
#[derive(Debug)]
pub(super) struct FileContent {
    pub name: PathBuf,
    pub format: Format,
    pub rings: Vec<Ring>,
    pub pieces: Vec<Piece>,
    pub labels: Vec<Label>,
    pub declared: Declared,
    /// Sheet size and thickness from a sheet layer's name.
    pub sheet_layer: (Option<[f64; 2]>, Option<f64>),
    /// The page (SVG viewBox) in mm, whose border is not a part.
    pub page: Option<[f64; 4]>,
    pub warnings: Vec<Diagnostic>,
    pub notes: Vec<Wording>,
}

impl FileContent {
    pub(super) fn new(name: &Path, format: Format, declared: Declared) -> FileContent {
        FileContent {
            name: name.to_path_buf(),
            format,
            rings: Vec::new(),
            pieces: Vec::new(),
            labels: Vec::new(),
            declared,
            sheet_layer: (None, None),
            page: None,
            warnings: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// A warning located in `file` at `path` (an entity or element description).
pub(super) fn warning(file: &Path, path: &str, message: impl Into<Wording>) -> Diagnostic {
    let (message, id) = message.into().into_parts();
    Diagnostic {
        file: Some(file.to_path_buf()),
        position: None,
        path: path.to_string(),
        message,
        message_id: id.map(Box::new),
    }
}

pub(super) fn dist(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

/// A run of points: closed (or ends meeting) → a ring, else a piece to chain.
pub(super) fn push_run(
    points: Vec<[f64; 2]>,
    closed: bool,
    op: Operation,
    op_from: OpSource,
    source: Source,
    rings: &mut Vec<Ring>,
    pieces: &mut Vec<Piece>,
) {
    if points.len() < 2 {
        return;
    }
    let ends_meet = dist(points[0], points[points.len() - 1]) < JOIN_TOLERANCE;
    if closed || (ends_meet && points.len() > 3) {
        let mut points = points;
        if ends_meet {
            points.pop();
        }
        rings.push(Ring {
            points,
            circle: None,
            op,
            op_from,
            source,
        });
    } else {
        pieces.push(Piece {
            points,
            op,
            op_from,
            source,
        });
    }
}

// ---------------------------------------------------------------------------------------
// The result of an analysis.

/// A part ready to write, in its own frame (origin at its lower-left, edges axis-aligned).
#[derive(Debug, Clone)]
pub(super) struct PartOut {
    pub id: String,
    pub label: String,
    pub label_from_text: bool,
    pub quantity: u32,
    pub outline: Pts,
    /// Diameter, when the outline is a circle.
    pub outline_circle: Option<f64>,
    pub holes: Vec<HoleOut>,
    pub slots: Vec<SlotFound>,
    pub engrave: Vec<(String, [f64; 2], f64)>,
    pub scores: Vec<(Pts, String)>,
    pub pockets: Vec<(Pts, Option<f64>, String)>,
    pub source: String,
    /// Degrees the part was turned by to align it (kept for the review page's drawing).
    #[allow(dead_code)]
    pub turned: f64,
}

/// A hole ready to write.
#[derive(Debug, Clone)]
pub(super) struct HoleOut {
    pub points: Pts,
    pub circle: Option<([f64; 2], f64)>,
    pub mortise: Option<MortiseFound>,
}

/// Everything found in the files, decided, before anything is written.
#[derive(Debug)]
pub struct Analysis {
    /// The files, their format and units.
    pub files: Vec<FileReport>,
    /// Every item, parts first.
    pub items: Vec<PreviewItem>,
    /// Sheet thickness used, mm.
    pub thickness: f64,
    /// Where that thickness came from.
    pub thickness_source: Wording,
    /// Problems not tied to one item, located in their file.
    pub warnings: Vec<Diagnostic>,
    /// Facts worth saying (counts).
    pub notes: Vec<Wording>,
    pub(super) parts: Vec<PartOut>,
    pub(super) process: Process,
}

/// One file of an import.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    /// As given.
    pub file: String,
    /// DXF or SVG.
    pub format: Format,
    /// The unit its numbers were read in, and how that was decided.
    pub units: UnitsDecision,
}

/// One item found, for the review page.
#[derive(Debug, Clone, Serialize)]
pub struct PreviewItem {
    /// Stable id (`0:h3F`: file index and the outline's entity or element): pass it in
    /// [`CutFileOptions::exclude`] or [`CutFileOptions::kinds`].
    pub id: String,
    /// What it is.
    pub kind: ItemKind,
    /// Label of the part (`P01`, or a text found on it).
    pub label: Option<String>,
    /// Copies (identical parts are merged).
    pub quantity: u32,
    /// Width and height, mm.
    pub size_mm: [f64; 2],
    /// Its rings in mm as laid out in the file (y up), simplified for drawing: the outline
    /// first, then holes.
    pub rings: Vec<Vec<[f64; 2]>>,
    /// Where it came from (entity or element).
    pub source: String,
    /// The file it is in.
    pub file: String,
    /// Problems and repairs of this item.
    pub warnings: Vec<Diagnostic>,
    /// Joints that follow the thickness.
    pub parametric: Vec<ParametricJoint>,
    /// Left out by [`CutFileOptions::exclude`].
    pub excluded: bool,
}

/// A joint written to follow the thickness.
#[derive(Debug, Clone, Serialize)]
pub struct ParametricJoint {
    /// `slot`, `finger` or `mortise`.
    pub kind: &'static str,
    /// Width as drawn, mm.
    pub width: f64,
    /// Depth (slots) or length (mortises) as drawn, mm.
    pub depth: f64,
    /// With dogbone reliefs.
    pub dogbone: bool,
}

/// What [`preview`] returns: everything found and decided, nothing written.
#[derive(Debug, Clone, Serialize)]
pub struct ImportPreview {
    /// The files, their format and units.
    pub files: Vec<FileReport>,
    /// Every item, parts first.
    pub items: Vec<PreviewItem>,
    /// Sheet thickness, mm, and where it came from.
    pub thickness: f64,
    /// Where the thickness came from (in English in JSON).
    pub thickness_source: Wording,
    /// Problems not tied to one item.
    pub warnings: Vec<Diagnostic>,
    /// Counts and facts (in English in JSON).
    pub notes: Vec<Wording>,
    /// Slots (width follows), finger notches (depth follows) and mortises recognised.
    pub joints: JointCounts,
}

/// How many joints follow the thickness.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct JointCounts {
    /// Edge slots whose width follows.
    pub slots: usize,
    /// Finger notches whose depth follows.
    pub fingers: usize,
    /// Rectangular holes whose short side follows.
    pub mortises: usize,
}

// ---------------------------------------------------------------------------------------
// Public entry points.

/// Everything found in `inputs` with `opts`, nothing written: for the review page. The CLI's
/// import and the web's review call this with the same options.
pub fn preview(
    inputs: &[CutFileInput],
    opts: &CutFileOptions,
) -> Result<ImportPreview, InteropError> {
    let a = analyse(inputs, opts)?;
    Ok(a.preview())
}

/// Imports one or several cut files (an outline file and a pocket file for the same sheet…)
/// as one design package.
pub fn import_cut_files(
    inputs: &[CutFileInput],
    opts: &CutFileOptions,
) -> Result<ImportedPackage, InteropError> {
    let a = analyse(inputs, opts)?;
    super::write::package(&a, inputs, opts)
}

/// Imports a DXF file as a design package named by `opts`.
pub fn import_dxf(path: &Path, opts: &CutFileOptions) -> Result<ImportedPackage, InteropError> {
    import_cut_files(&[CutFileInput::read(path)?], opts)
}

/// Imports DXF bytes; `file` names the source in warnings.
pub fn import_dxf_bytes(
    bytes: &[u8],
    file: &Path,
    opts: &CutFileOptions,
) -> Result<ImportedPackage, InteropError> {
    import_cut_files(
        &[CutFileInput {
            name: file.to_path_buf(),
            bytes: bytes.to_vec(),
        }],
        opts,
    )
}

impl Analysis {
    /// The preview of this analysis.
    pub fn preview(&self) -> ImportPreview {
        let mut joints = JointCounts::default();
        for it in self.items.iter().filter(|i| !i.excluded) {
            for j in &it.parametric {
                match j.kind {
                    "slot" => joints.slots += it.quantity as usize,
                    "finger" => joints.fingers += it.quantity as usize,
                    _ => joints.mortises += it.quantity as usize,
                }
            }
        }
        ImportPreview {
            files: self.files.clone(),
            items: self.items.clone(),
            thickness: self.thickness,
            thickness_source: self.thickness_source.clone(),
            warnings: self.warnings.clone(),
            notes: self.notes.clone(),
            joints,
        }
    }
}

/// Refuses options that cannot make a valid design (bad slug, impossible thickness).
pub(super) fn check_options(opts: &CutFileOptions, file: &Path) -> Result<(), InteropError> {
    let invalid = |message: Wording| InteropError::invalid(file, message);
    if let Err(why) = crate::model::check_slug(&opts.slug) {
        return Err(invalid(why.into()));
    }
    if let Some(t) = opts.thickness
        && !(t.is_finite() && t > 0.0 && t <= 200.0)
    {
        return Err(invalid(
            Message::new("refusal-import-thickness")
                .arg("mm", t)
                .arg("max", 200u32)
                .into(),
        ));
    }
    if let Some(dpi) = opts.units.dpi
        && !(dpi.is_finite() && (10.0..=10_000.0).contains(&dpi))
    {
        return Err(invalid(
            Message::new("refusal-import-dpi")
                .arg("dpi", dpi)
                .arg("min", 10u32)
                .arg("max", 10_000u32)
                .into(),
        ));
    }
    if let Some(map) = &opts.colours {
        map.check().map_err(|e| invalid(e.into()))?;
    }
    Ok(())
}

/// Reads, decides and groups everything (see the module doc).
pub fn analyse(inputs: &[CutFileInput], opts: &CutFileOptions) -> Result<Analysis, InteropError> {
    let first = inputs
        .first()
        .map_or_else(|| PathBuf::from("(no file)"), |i| i.name.clone());
    check_options(opts, &first)?;
    if inputs.is_empty() {
        return Err(InteropError::invalid(
            &first,
            Message::new("refusal-import-no-file"),
        ));
    }
    if inputs.len() > MAX_FILES {
        return Err(InteropError::invalid(
            &first,
            Message::new("refusal-import-too-many-files")
                .arg("count", inputs.len())
                .arg("max", MAX_FILES),
        ));
    }
    let cnc = opts.process == ProcessChoice::Cnc;
    let mut contents = Vec::new();
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let mut notes = Vec::new();
    for (index, input) in inputs.iter().enumerate() {
        let mut c = read_one(input, index, opts, None)?;
        chain_and_dedupe(&mut c);
        let decision = decide_units(&c, opts.units, cnc);
        let factor = decision.mm_per_unit / c.declared.applied;
        if (factor - 1.0).abs() > 1e-9 {
            // Read again in the right unit, so curves are flattened to the tolerance in mm.
            c = read_one(input, index, opts, Some(decision.mm_per_unit))?;
            chain_and_dedupe(&mut c);
        }
        if matches!(
            decision.source,
            units::UnitsSource::Assumed
                | units::UnitsSource::Guessed
                | units::UnitsSource::Corrected
        ) {
            c.warnings
                .push(warning(&c.name, "units", decision.why.clone()));
        }
        files.push(FileReport {
            file: c.name.display().to_string(),
            format: c.format,
            units: decision,
        });
        warnings.append(&mut c.warnings);
        notes.append(&mut c.notes);
        contents.push(c);
    }
    let (thickness, thickness_source) = decide_thickness(opts, &contents, &mut warnings);
    let mut parts = Vec::new();
    let mut items = Vec::new();
    assemble(
        contents,
        opts,
        thickness,
        &mut parts,
        &mut items,
        &mut warnings,
        &mut notes,
    )?;
    Ok(Analysis {
        files,
        items,
        thickness,
        thickness_source,
        warnings,
        notes,
        parts,
        process: opts.process.process(),
    })
}

fn read_one(
    input: &CutFileInput,
    index: usize,
    opts: &CutFileOptions,
    mm_per_unit: Option<f64>,
) -> Result<FileContent, InteropError> {
    let ext = input
        .name
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let head: Vec<u8> = input.bytes.iter().take(512).copied().collect();
    let head = String::from_utf8_lossy(&head);
    let looks_svg = head.contains("<svg") || head.trim_start().starts_with("<?xml");
    let format = match ext.as_str() {
        "dxf" => Format::Dxf,
        "svg" => Format::Svg,
        _ if looks_svg => Format::Svg,
        _ if head.trim_start().starts_with('0') || head.contains("SECTION") => Format::Dxf,
        _ => {
            return Err(InteropError::invalid(
                &input.name,
                Message::new("refusal-import-not-dxf-or-svg"),
            ));
        }
    };
    let mut c = match format {
        Format::Dxf => super::dxf::read(
            &input.bytes,
            &input.name,
            index,
            opts.colours.as_ref(),
            mm_per_unit,
        )?,
        Format::Svg => super::svg::read(
            &input.bytes,
            &input.name,
            index,
            opts.colours.as_ref(),
            mm_per_unit,
        )?,
    };
    for r in &mut c.rings {
        apply_kind(
            opts,
            r.source.file,
            &r.source.key,
            &mut r.op,
            &mut r.op_from,
        );
    }
    for p in &mut c.pieces {
        apply_kind(
            opts,
            p.source.file,
            &p.source.key,
            &mut p.op,
            &mut p.op_from,
        );
    }
    Ok(c)
}

fn apply_kind(
    opts: &CutFileOptions,
    file: usize,
    key: &str,
    op: &mut Operation,
    from: &mut OpSource,
) {
    if let Some(kind) = opts.kinds.get(&format!("{file}:{key}")) {
        *op = match kind {
            ItemKind::Part => Operation::Cut,
            ItemKind::SheetOutline => Operation::Sheet,
            ItemKind::NonCut => Operation::NonCut,
            ItemKind::Engraving => Operation::Engrave,
            ItemKind::Score => Operation::Score,
        };
        *from = OpSource::Caller;
    }
}

/// Duplicate runs dropped, runs chained into rings, duplicate rings dropped.
fn chain_and_dedupe(c: &mut FileContent) {
    let file = c.name.clone();
    let mut warnings = Vec::new();
    let pieces = std::mem::take(&mut c.pieces);
    let mut seen: HashMap<(Cell, Cell, usize), Vec<usize>> = HashMap::new();
    let mut keep = vec![true; pieces.len()];
    let mut dupes = 0usize;
    for (i, p) in pieces.iter().enumerate() {
        let (a, b) = (cell(p.points[0]), cell(p.points[p.points.len() - 1]));
        let bucket = seen
            .entry((a.min(b), a.max(b), p.points.len()))
            .or_default();
        if let Some(&first) = bucket
            .iter()
            .find(|&&j| same_run(&pieces[j].points, &p.points))
        {
            keep[i] = false;
            dupes += 1;
            if dupes <= MAX_LISTED {
                warnings.push(warning(
                    &file,
                    &p.source.what,
                    Message::new("refusal-import-duplicate")
                        .arg("what", &pieces[first].source.what),
                ));
            }
        } else {
            bucket.push(i);
        }
    }
    let pieces: Vec<Piece> = pieces
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect();
    let (chained, open) = chain(pieces);
    c.rings.extend(chained);
    // Open runs: engraving and score lines are lines; cut lines that stay open are reported.
    let mut open_cuts = 0usize;
    for p in open {
        if p.op.is_cut() || matches!(p.op, Operation::Pocket { .. }) {
            open_cuts += 1;
            if open_cuts <= MAX_LISTED {
                let (a, b) = (p.points[0], p.points[p.points.len() - 1]);
                warnings.push(warning(
                    &file,
                    &p.source.what,
                    Message::new("refusal-import-open-contour")
                        .arg("x1", a[0])
                        .arg("y1", a[1])
                        .arg("x2", b[0])
                        .arg("y2", b[1]),
                ));
            }
        } else if !matches!(p.op, Operation::NonCut | Operation::Sheet) {
            c.pieces.push(p);
        }
    }
    if open_cuts > MAX_LISTED {
        warnings.push(warning(
            &file,
            "",
            Message::new("refusal-import-more-open-contours").arg("count", open_cuts - MAX_LISTED),
        ));
    }
    if dupes > MAX_LISTED {
        warnings.push(warning(
            &file,
            "",
            Message::new("refusal-import-more-duplicates").arg("count", dupes - MAX_LISTED),
        ));
    }
    // Duplicate closed contours (bucketed by their lowest corner's cell).
    let mut unique: Vec<Ring> = Vec::new();
    let mut by_corner: HashMap<(Cell, usize), Vec<usize>> = HashMap::new();
    let mut ring_dupes = 0usize;
    for r in std::mem::take(&mut c.rings) {
        if r.points.len() < 3 {
            continue;
        }
        let corner = r
            .points
            .iter()
            .copied()
            .min_by(|a, b| a[0].total_cmp(&b[0]).then(a[1].total_cmp(&b[1])))
            .unwrap_or([0.0, 0.0]);
        let bucket = by_corner.entry((cell(corner), r.points.len())).or_default();
        if let Some(&first) = bucket
            .iter()
            .find(|&&j| same_ring(&unique[j].points, &r.points))
        {
            ring_dupes += 1;
            if ring_dupes <= MAX_LISTED {
                warnings.push(warning(
                    &file,
                    &r.source.what,
                    Message::new("refusal-import-duplicate")
                        .arg("what", &unique[first].source.what),
                ));
            }
            continue;
        }
        bucket.push(unique.len());
        unique.push(r);
    }
    c.rings = unique;
    c.warnings.extend(warnings);
}

/// The sizes a unit is judged by.
fn evidence(c: &FileContent) -> Evidence {
    let mut ev = Evidence::default();
    let s = 1.0 / c.declared.applied;
    for r in &c.rings {
        let b = shapes::bbox(&r.points);
        let (w, h) = ((b[2] - b[0]) * s, (b[3] - b[1]) * s);
        ev.extent = ev.extent.max(w.max(h));
        if r.op == Operation::Sheet
            || (r.points.len() <= 8 && shapes::is_rectangle(&r.points).is_some())
        {
            ev.rectangles.push([w, h]);
        }
        if r.op.is_cut() {
            ev.cut_sizes.push(w.max(h));
        }
    }
    ev
}

fn decide_units(c: &FileContent, choice: UnitsChoice, cnc: bool) -> UnitsDecision {
    units::decide(&c.declared, &evidence(c), choice, cnc)
}

fn decide_thickness(
    opts: &CutFileOptions,
    contents: &[FileContent],
    warnings: &mut Vec<Diagnostic>,
) -> (f64, Wording) {
    if let Some(t) = opts.thickness {
        return (t, Message::new("imp-thickness-given").into());
    }
    if let Some((t, name)) = contents
        .iter()
        .find_map(|c| c.sheet_layer.1.map(|t| (t, c.name.clone())))
    {
        return (
            t,
            Message::new("imp-thickness-from-layer")
                .arg("file", name.display().to_string())
                .into(),
        );
    }
    let t = if opts.process == ProcessChoice::Cnc {
        18.0
    } else {
        3.0
    };
    let why = Message::new("imp-thickness-assumed")
        .arg("mm", t)
        .arg("process", opts.process.process().as_str());
    warnings.push(warning(&contents[0].name, "thickness", why.clone()));
    (t, why.into())
}

// ---------------------------------------------------------------------------------------
// Grouping into parts.

/// A cut ring made simple, with what repairing it took.
struct CutRing {
    ring: usize,
    pts: Pts,
    /// Regions the ring enclosed by touching itself: holes.
    holes: Vec<Pts>,
}

#[allow(clippy::too_many_arguments)]
fn assemble(
    contents: Vec<FileContent>,
    opts: &CutFileOptions,
    thickness: f64,
    parts: &mut Vec<PartOut>,
    items: &mut Vec<PreviewItem>,
    warnings: &mut Vec<Diagnostic>,
    notes: &mut Vec<Wording>,
) -> Result<(), InteropError> {
    let names: Vec<PathBuf> = contents.iter().map(|c| c.name.clone()).collect();
    let pages: Vec<Option<[f64; 4]>> = contents.iter().map(|c| c.page).collect();
    let mut rings: Vec<Ring> = Vec::new();
    let mut lines: Vec<Piece> = Vec::new();
    let mut labels: Vec<Label> = Vec::new();
    for c in contents {
        rings.extend(c.rings);
        lines.extend(c.pieces);
        labels.extend(c.labels);
    }
    let total = rings.iter().filter(|r| r.op.is_cut()).count();
    if total > MAX_CONTOURS {
        return Err(InteropError::invalid(
            &names[0],
            Message::new("refusal-import-too-many-contours")
                .arg("count", total)
                .arg("max", MAX_CONTOURS),
        ));
    }
    let file_of = |s: &Source| names.get(s.file).cloned().unwrap_or_default();
    let id_of = |s: &Source| format!("{}:{}", s.file, s.key);
    // A closed ring in a score colour that holds cuts is an outline (a shop whose colours
    // differ from ours): it is cut.
    promote_scores_holding_cuts(&mut rings, &file_of, warnings);
    // Repair cut rings.
    let mut cut: Vec<CutRing> = Vec::new();
    for (i, r) in rings.iter().enumerate() {
        if !r.op.is_cut() {
            continue;
        }
        match shapes::repair(&r.points) {
            Repaired::Simple(pts) => cut.push(CutRing {
                ring: i,
                pts,
                holes: Vec::new(),
            }),
            Repaired::Fixed {
                ring,
                dropped,
                holes,
            } => {
                for (area, at) in &dropped {
                    warnings.push(warning(
                        &file_of(&r.source),
                        &r.source.what,
                        Message::new("refusal-import-loop-removed")
                            .arg("area", *area)
                            .arg("x", at[0])
                            .arg("y", at[1]),
                    ));
                }
                if !holes.is_empty() {
                    warnings.push(warning(
                        &file_of(&r.source),
                        &r.source.what,
                        Message::new("refusal-import-touches-itself").arg("count", holes.len()),
                    ));
                }
                cut.push(CutRing {
                    ring: i,
                    pts: ring,
                    holes,
                });
            }
            Repaired::Crossing(at) => {
                return Err(InteropError::invalid(
                    &file_of(&r.source),
                    Message::new("refusal-import-crossing")
                        .arg("what", &r.source.what)
                        .arg("x", at[0])
                        .arg("y", at[1]),
                ));
            }
            Repaired::Degenerate => {}
        }
    }
    // Sheet outlines by layer, and frames around parts, come out of the nesting.
    let sheet_rings: Vec<usize> = rings
        .iter()
        .enumerate()
        .filter(|(_, r)| r.op == Operation::Sheet)
        .map(|(i, _)| i)
        .collect();
    let pts_of: Vec<Pts> = cut.iter().map(|c| c.pts.clone()).collect();
    let hints: Vec<Hint> = cut
        .iter()
        .map(|c| match rings[c.ring].op {
            Operation::CutOutside => Hint::Outside,
            Operation::CutInside => Hint::Inside,
            _ => Hint::Any,
        })
        .collect();
    let mut groups = shapes::group(&pts_of, &hints);
    let mut frames: BTreeSet<usize> = BTreeSet::new();
    loop {
        let frame = groups.iter().find(|g| {
            is_frame(g, &groups, &pts_of, &rings[cut[g.outline].ring], &pages)
                && !matches!(rings[cut[g.outline].ring].op_from, OpSource::Caller)
        });
        let Some(f) = frame else { break };
        let ring = f.outline;
        frames.insert(ring);
        let rest: Vec<usize> = (0..pts_of.len()).filter(|i| !frames.contains(i)).collect();
        let sub: Vec<Pts> = rest.iter().map(|&i| pts_of[i].clone()).collect();
        let sub_hints: Vec<Hint> = rest.iter().map(|&i| hints[i]).collect();
        groups = shapes::group(&sub, &sub_hints)
            .into_iter()
            .map(|g| shapes::Group {
                outline: rest[g.outline],
                holes: g.holes.into_iter().map(|h| rest[h]).collect(),
                edge_cuts: g.edge_cuts.into_iter().map(|h| rest[h]).collect(),
            })
            .collect();
    }
    for &f in &frames {
        let r = &rings[cut[f].ring];
        warnings.push(warning(
            &file_of(&r.source),
            &r.source.what,
            Message::new("refusal-import-taken-as-sheet"),
        ));
    }
    // Non-parts become items of their own.
    for (i, r) in rings.iter().enumerate() {
        let kind = match r.op {
            Operation::Sheet => ItemKind::SheetOutline,
            Operation::NonCut => ItemKind::NonCut,
            _ => continue,
        };
        let _ = sheet_rings.contains(&i);
        items.push(plain_item(r, kind, &file_of));
    }
    for &f in &frames {
        items.push(plain_item(
            &rings[cut[f].ring],
            ItemKind::SheetOutline,
            &file_of,
        ));
    }
    // Build parts.
    let mut drafts: Vec<Draft> = Vec::new();
    for g in &groups {
        let outline_ring = &rings[cut[g.outline].ring];
        let id = id_of(&outline_ring.source);
        let excluded = opts.exclude.contains(&id);
        let mut holes: Vec<Pts> = g.holes.iter().map(|&h| cut[h].pts.clone()).collect();
        holes.extend(cut[g.outline].holes.iter().cloned());
        let edge: Vec<Pts> = g.edge_cuts.iter().map(|&h| cut[h].pts.clone()).collect();
        let mut item_warnings = Vec::new();
        let Some(shaped) = shapes::shape(&cut[g.outline].pts, &holes, &edge) else {
            continue;
        };
        if !g.edge_cuts.is_empty() {
            item_warnings.push(warning(
                &file_of(&outline_ring.source),
                &outline_ring.source.what,
                Message::new("refusal-import-edge-cuts").arg("count", g.edge_cuts.len()),
            ));
        }
        for (_, merged) in shaped.holes.iter().filter(|(_, m)| m.len() > 1) {
            let whats: Vec<String> = merged
                .iter()
                .filter_map(|&k| g.holes.get(k))
                .map(|&h| rings[cut[h].ring].source.what.clone())
                .collect();
            item_warnings.push(warning(
                &file_of(&outline_ring.source),
                &outline_ring.source.what,
                Message::new("refusal-import-cut-outs-merged").arg("whats", whats.join(", ")),
            ));
        }
        if !shaped.split_off.is_empty() {
            item_warnings.push(warning(
                &file_of(&outline_ring.source),
                &outline_ring.source.what,
                Message::new("refusal-import-split-off").arg("count", shaped.split_off.len()),
            ));
        }
        // Circles stay circles where nothing was merged.
        let outline_circle = outline_ring
            .circle
            .filter(|_| g.edge_cuts.is_empty() && cut[g.outline].holes.is_empty())
            .map(|(_, d)| d);
        let hole_out: Vec<HoleOut> = shaped
            .holes
            .iter()
            .map(|(pts, merged)| {
                let circle = match merged.as_slice() {
                    [k] => g.holes.get(*k).and_then(|&h| rings[cut[h].ring].circle),
                    _ => None,
                };
                HoleOut {
                    points: pts.clone(),
                    circle,
                    mortise: None,
                }
            })
            .collect();
        drafts.push(Draft {
            id,
            file: outline_ring.source.file,
            source: outline_ring.source.what.clone(),
            outline: shaped.outline,
            outline_circle,
            holes: hole_out,
            warnings: item_warnings,
            excluded,
            engrave: Vec::new(),
            scores: Vec::new(),
            pockets: Vec::new(),
            texts: Vec::new(),
        });
    }
    attach_to_parts(&rings, &lines, &labels, &mut drafts, items, &file_of);
    finish_parts(
        drafts, thickness, opts, parts, items, &file_of, &names, notes,
    );
    let n_parts = items
        .iter()
        .filter(|i| i.kind == ItemKind::Part && !i.excluded)
        .count();
    if n_parts == 0 {
        return Err(InteropError::invalid(
            &names[0],
            Message::new(if items.iter().any(|i| i.kind == ItemKind::Part) {
                "refusal-import-all-excluded"
            } else {
                "refusal-import-nothing"
            }),
        ));
    }
    Ok(())
}

/// A closed score-coloured ring that holds cut rings and lies in none is an outline.
fn promote_scores_holding_cuts(
    rings: &mut [Ring],
    file_of: &dyn Fn(&Source) -> PathBuf,
    warnings: &mut Vec<Diagnostic>,
) {
    let cuts: Vec<(usize, [f64; 4])> = rings
        .iter()
        .enumerate()
        .filter(|(_, r)| r.op.is_cut())
        .map(|(i, r)| (i, shapes::bbox(&r.points)))
        .collect();
    let candidates: Vec<usize> = rings
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            r.op == Operation::Score && r.op_from == OpSource::Colour && r.points.len() >= 3
        })
        .map(|(i, _)| i)
        .collect();
    for i in candidates {
        let poly = shapes::to_polygon(&rings[i].points);
        let b = shapes::bbox(&rings[i].points);
        let holds = cuts.iter().any(|(j, cb)| {
            cb[0] >= b[0]
                && cb[1] >= b[1]
                && cb[2] <= b[2]
                && cb[3] <= b[3]
                && poly.contains(&geo::Point::new(
                    rings[*j].points[0][0],
                    rings[*j].points[0][1],
                ))
        });
        let inside_cut = cuts.iter().any(|(j, cb)| {
            b[0] >= cb[0]
                && b[1] >= cb[1]
                && b[2] <= cb[2]
                && b[3] <= cb[3]
                && shapes::to_polygon(&rings[*j].points).contains(&geo::Point::new(
                    rings[i].points[0][0],
                    rings[i].points[0][1],
                ))
        });
        if holds && !inside_cut {
            rings[i].op = Operation::Cut;
            warnings.push(warning(
                &file_of(&rings[i].source),
                &rings[i].source.what,
                Message::new("refusal-import-score-as-outline"),
            ));
        }
    }
}

/// Whether a group is a sheet drawn around other parts: a rectangle of a standard sheet
/// size holding anything, the SVG page's border, or a rectangle holding two or more parts
/// that have holes of their own.
fn is_frame(
    g: &shapes::Group,
    groups: &[shapes::Group],
    pts: &[Pts],
    ring: &Ring,
    pages: &[Option<[f64; 4]>],
) -> bool {
    let _ = groups;
    let Some([w, h]) = shapes::is_rectangle(&pts[g.outline]) else {
        return false;
    };
    if g.holes.is_empty() {
        return false;
    }
    if units::is_sheet_size(w, h) {
        return true;
    }
    if let Some(Some(page)) = pages.get(ring.source.file).filter(|_| g.holes.len() >= 2) {
        let b = shapes::bbox(&pts[g.outline]);
        let pw = page[2] - page[0];
        let ph = page[3] - page[1];
        if (b[2] - b[0] - pw).abs() < 0.01 * pw && (b[3] - b[1] - ph).abs() < 0.01 * ph {
            return true;
        }
    }
    // Holes that hold contours of their own are parts with holes, laid out in a frame.
    let with_inner = g
        .holes
        .iter()
        .filter(|&&hole| {
            let hb = shapes::bbox(&pts[hole]);
            pts.iter().enumerate().any(|(k, p)| {
                k != hole && k != g.outline && {
                    let b = shapes::bbox(p);
                    b[0] > hb[0] && b[1] > hb[1] && b[2] < hb[2] && b[3] < hb[3]
                }
            })
        })
        .count();
    g.holes.len() >= 2 && with_inner >= 1
}

fn plain_item(r: &Ring, kind: ItemKind, file_of: &dyn Fn(&Source) -> PathBuf) -> PreviewItem {
    let b = shapes::bbox(&r.points);
    PreviewItem {
        id: format!("{}:{}", r.source.file, r.source.key),
        kind,
        label: None,
        quantity: 1,
        size_mm: [b[2] - b[0], b[3] - b[1]],
        rings: vec![simplified(&r.points)],
        source: r.source.what.clone(),
        file: file_of(&r.source).display().to_string(),
        warnings: Vec::new(),
        parametric: Vec::new(),
        excluded: false,
    }
}

/// A part on its way out, in file coordinates.
struct Draft {
    id: String,
    file: usize,
    source: String,
    outline: Pts,
    outline_circle: Option<f64>,
    holes: Vec<HoleOut>,
    warnings: Vec<Diagnostic>,
    excluded: bool,
    engrave: Vec<(String, [f64; 2], f64)>,
    scores: Vec<(Pts, String)>,
    pockets: Vec<(Pts, Option<f64>, String)>,
    /// Texts on the part, with whether they are on a label/engrave layer.
    texts: Vec<(String, f64, bool)>,
}

/// Pockets, engravings, score lines and texts go with the part they lie on; the rest are
/// items of their own.
fn attach_to_parts(
    rings: &[Ring],
    lines: &[Piece],
    labels: &[Label],
    drafts: &mut [Draft],
    items: &mut Vec<PreviewItem>,
    file_of: &dyn Fn(&Source) -> PathBuf,
) {
    let polys: Vec<(geo::Polygon<f64>, [f64; 4])> = drafts
        .iter()
        .map(|d| (shapes::to_polygon(&d.outline), shapes::bbox(&d.outline)))
        .collect();
    let owner = |p: [f64; 2]| {
        polys.iter().position(|(poly, b)| {
            p[0] >= b[0]
                && p[0] <= b[2]
                && p[1] >= b[1]
                && p[1] <= b[3]
                && poly.contains(&geo::Point::new(p[0], p[1]))
        })
    };
    for r in rings {
        let kind = match r.op {
            Operation::Pocket { .. } => None,
            Operation::Engrave => Some(ItemKind::Engraving),
            Operation::Score => Some(ItemKind::Score),
            _ => continue,
        };
        let centre = centroid(&r.points);
        match (owner(centre).or_else(|| owner(r.points[0])), r.op) {
            (Some(k), Operation::Pocket { depth }) => {
                drafts[k]
                    .pockets
                    .push((r.points.clone(), depth, r.source.what.clone()))
            }
            (Some(k), _) => drafts[k]
                .scores
                .push((r.points.clone(), r.source.what.clone())),
            (None, _) => {
                if let Some(kind) = kind {
                    items.push(plain_item(r, kind, file_of));
                }
            }
        }
    }
    for l in lines {
        if let Some(k) = owner(l.points[0]) {
            drafts[k]
                .scores
                .push((l.points.clone(), l.source.what.clone()));
        }
    }
    for t in labels {
        if matches!(t.op, Operation::NonCut | Operation::Sheet) {
            continue;
        }
        if let Some(k) = owner(t.at) {
            drafts[k].engrave.push((t.text.clone(), t.at, t.height));
            drafts[k]
                .texts
                .push((t.text.clone(), t.height, t.op == Operation::Engrave));
        }
    }
}

fn centroid(pts: &[[f64; 2]]) -> [f64; 2] {
    let b = shapes::bbox(pts);
    let c = [(b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0];
    let poly = shapes::to_polygon(pts);
    if poly.contains(&geo::Point::new(c[0], c[1])) {
        c
    } else {
        pts[0]
    }
}

/// A part label from a text: letters, digits, `-` and `_`, 1–24 characters.
fn label_from_text(text: &str) -> Option<String> {
    let t: String = text
        .trim()
        .chars()
        .map(|c| {
            if c.is_whitespace() || c == '.' || c == '/' {
                '-'
            } else {
                c
            }
        })
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let t = t.trim_matches('-').to_string();
    (!t.is_empty() && t.len() <= 24 && t.chars().any(|c| c.is_ascii_alphanumeric())).then_some(t)
}

#[allow(clippy::too_many_arguments)]
fn finish_parts(
    mut drafts: Vec<Draft>,
    thickness: f64,
    opts: &CutFileOptions,
    parts: &mut Vec<PartOut>,
    items: &mut Vec<PreviewItem>,
    file_of: &dyn Fn(&Source) -> PathBuf,
    names: &[PathBuf],
    notes: &mut Vec<Wording>,
) {
    let _ = file_of;
    // Reading order: top to bottom, left to right.
    drafts.sort_by(|a, b| {
        let (ba, bb) = (shapes::bbox(&a.outline), shapes::bbox(&b.outline));
        bb[3].total_cmp(&ba[3]).then(ba[0].total_cmp(&bb[0]))
    });
    let mut used_labels: BTreeSet<String> = BTreeSet::new();
    let mut merged_away = 0usize;
    let mut signatures: HashMap<String, usize> = HashMap::new();
    let mut n = 0usize;
    for d in drafts {
        let file = names.get(d.file).cloned().unwrap_or_default();
        let rings: Vec<Vec<[f64; 2]>> = std::iter::once(simplified(&d.outline))
            .chain(d.holes.iter().map(|h| simplified(&h.points)))
            .collect();
        let b = shapes::bbox(&d.outline);
        // Turn the part so its edges are axis-aligned, origin at its lower-left.
        let turn = if d.outline_circle.is_some() {
            0.0
        } else {
            joints::alignment(&d.outline)
        };
        let (c, s) = ((-turn).to_radians().cos(), (-turn).to_radians().sin());
        let rot = |p: [f64; 2]| [p[0] * c - p[1] * s, p[0] * s + p[1] * c];
        let outline_r: Pts = d.outline.iter().map(|p| rot(*p)).collect();
        let rb = shapes::bbox(&outline_r);
        let o = [rb[0], rb[1]];
        let local = |p: [f64; 2]| {
            let q = rot(p);
            [q[0] - o[0], q[1] - o[1]]
        };
        let outline: Pts = d.outline.iter().map(|p| local(*p)).collect();
        let mut holes: Vec<HoleOut> = d
            .holes
            .iter()
            .map(|h| HoleOut {
                points: h.points.iter().map(|p| local(*p)).collect(),
                circle: h.circle.map(|(ctr, dia)| (local(ctr), dia)),
                mortise: None,
            })
            .collect();
        let hole_pts: Vec<Pts> = holes
            .iter()
            .filter(|h| h.circle.is_none())
            .map(|h| h.points.clone())
            .collect();
        let found = if d.outline_circle.is_none() {
            joints::recognise(&outline, &hole_pts, thickness)
        } else {
            joints::Joints {
                outline: outline.clone(),
                slots: Vec::new(),
                mortises: vec![None; hole_pts.len()],
            }
        };
        for (k, h) in holes.iter_mut().filter(|h| h.circle.is_none()).enumerate() {
            h.mortise = found.mortises.get(k).cloned().flatten();
        }
        let mut parametric: Vec<ParametricJoint> = found
            .slots
            .iter()
            .map(|s| ParametricJoint {
                kind: if s.width_follows { "slot" } else { "finger" },
                width: s.width,
                depth: s.depth,
                dogbone: s.dogbone,
            })
            .collect();
        parametric.extend(holes.iter().filter_map(|h| h.mortise.as_ref()).map(|m| {
            ParametricJoint {
                kind: "mortise",
                width: m.width.min(m.height),
                depth: m.width.max(m.height),
                dogbone: m.dogbone,
            }
        }));
        let mut warnings = d.warnings;
        if turn != 0.0 {
            warnings.push(warning(
                &file,
                &d.source,
                Message::new("refusal-import-turned").arg("degrees", -turn),
            ));
        }
        // Label: a text on a label or engrave layer, else the only text on the part.
        let texts: Vec<&(String, f64, bool)> = d.texts.iter().collect();
        let chosen = texts
            .iter()
            .filter(|t| t.2)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .or(if texts.len() == 1 {
                texts.first()
            } else {
                None
            })
            .and_then(|t| label_from_text(&t.0));
        let engrave: Vec<(String, [f64; 2], f64)> = d
            .engrave
            .iter()
            .map(|(t, at, h)| (t.clone(), local(*at), *h))
            .collect();
        let scores: Vec<(Pts, String)> = d
            .scores
            .iter()
            .map(|(p, w)| (p.iter().map(|q| local(*q)).collect(), w.clone()))
            .collect();
        let pockets: Vec<(Pts, Option<f64>, String)> = d
            .pockets
            .iter()
            .map(|(p, dep, w)| (p.iter().map(|q| local(*q)).collect(), *dep, w.clone()))
            .collect();
        // Identical parts (same outline, holes and texts) are one part cut several times.
        let signature = signature(&found.outline, &holes, &engrave, d.outline_circle);
        if !d.excluded
            && let Some(&first) = signatures.get(&signature)
            && (chosen.is_none()
                || chosen
                    == parts[first]
                        .label_from_text
                        .then(|| parts[first].label.clone()))
        {
            parts[first].quantity += 1;
            merged_away += 1;
            let label = parts[first].label.clone();
            if let Some(item) = items.iter_mut().find(|i| i.id == parts[first].id) {
                item.quantity += 1;
            }
            items.push(PreviewItem {
                id: d.id,
                kind: ItemKind::Part,
                label: Some(label.clone()),
                quantity: 0,
                size_mm: [b[2] - b[0], b[3] - b[1]],
                rings,
                source: d.source,
                file: file.display().to_string(),
                warnings: vec![warning(
                    &file,
                    "",
                    Message::new("refusal-import-identical").arg("label", &label),
                )],
                parametric,
                excluded: false,
            });
            continue;
        }
        let label = if d.excluded {
            None
        } else {
            n += 1;
            let base = chosen.clone().unwrap_or_else(|| format!("P{n:02}"));
            let mut label = base.clone();
            let mut k = 2;
            while used_labels.contains(&label) {
                let suffix = format!("-{k}");
                label = format!("{}{suffix}", &base[..base.len().min(24 - suffix.len())]);
                k += 1;
            }
            used_labels.insert(label.clone());
            Some(label)
        };
        items.push(PreviewItem {
            id: d.id.clone(),
            kind: ItemKind::Part,
            label: label.clone(),
            quantity: 1,
            size_mm: [rb[2] - rb[0], rb[3] - rb[1]],
            rings,
            source: d.source.clone(),
            file: file.display().to_string(),
            warnings: warnings.clone(),
            parametric,
            excluded: d.excluded,
        });
        let Some(label) = label else { continue };
        if !d.excluded {
            signatures.insert(signature, parts.len());
        }
        parts.push(PartOut {
            id: d.id,
            label,
            label_from_text: chosen.is_some(),
            quantity: 1,
            outline: found.outline,
            outline_circle: d.outline_circle,
            holes,
            slots: found.slots,
            engrave,
            scores,
            pockets,
            source: d.source,
            turned: -turn,
        });
    }
    // Parts first in the item list.
    items.sort_by_key(|i| (i.kind, i.excluded));
    let joints: usize = parts
        .iter()
        .map(|p| p.slots.len() + p.holes.iter().filter(|h| h.mortise.is_some()).count())
        .sum();
    notes.push(
        Message::new("imp-note-parts")
            .arg("count", parts.len())
            .arg(
                "merged",
                (merged_away > 0)
                    .then(|| Message::new("imp-note-merged").arg("count", merged_away)),
            )
            .arg("joints", joints)
            .arg("thickness", thickness)
            .into(),
    );
    let _ = opts;
}

fn signature(
    outline: &Pts,
    holes: &[HoleOut],
    engrave: &[(String, [f64; 2], f64)],
    circle: Option<f64>,
) -> String {
    let q = |v: f64| (v * 100.0).round() as i64;
    let mut s = format!("{}:{:?}|", outline.len(), circle.map(q));
    for p in outline {
        s.push_str(&format!("{},{};", q(p[0]), q(p[1])));
    }
    for h in holes {
        s.push('|');
        for p in &h.points {
            s.push_str(&format!("{},{};", q(p[0]), q(p[1])));
        }
    }
    for (t, at, _) in engrave {
        s.push_str(&format!("|{t}@{},{}", q(at[0]), q(at[1])));
    }
    s
}

/// A ring simplified for drawing on screen (0.1 mm).
fn simplified(pts: &[[f64; 2]]) -> Vec<[f64; 2]> {
    let ls = geo::LineString::from(
        pts.iter()
            .map(|p| geo::Coord { x: p[0], y: p[1] })
            .collect::<Vec<_>>(),
    );
    let s = ls.simplify(0.1);
    let out: Vec<[f64; 2]> =
        s.0.iter()
            .map(|c| {
                [
                    (c.x * 1000.0).round() / 1000.0,
                    (c.y * 1000.0).round() / 1000.0,
                ]
            })
            .collect();
    if out.len() >= 2 { out } else { pts.to_vec() }
}

// ---------------------------------------------------------------------------------------
// Chaining and duplicates.

fn same_run(a: &[[f64; 2]], b: &[[f64; 2]]) -> bool {
    a.len() == b.len()
        && (a.iter().zip(b).all(|(p, q)| dist(*p, *q) < JOIN_TOLERANCE)
            || a.iter()
                .zip(b.iter().rev())
                .all(|(p, q)| dist(*p, *q) < JOIN_TOLERANCE))
}

fn same_ring(a: &[[f64; 2]], b: &[[f64; 2]]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (pa, pb) = (shapes::to_polygon(a), shapes::to_polygon(b));
    let (ba, bb) = (shapes::bbox(a), shapes::bbox(b));
    (pa.unsigned_area() - pb.unsigned_area()).abs() < 1e-6
        && (0..4).all(|k| (ba[k] - bb[k]).abs() < JOIN_TOLERANCE)
}

/// A grid cell of [`JOIN_TOLERANCE`] size, for hashing points that should meet.
type Cell = (i64, i64);

fn cell(p: [f64; 2]) -> Cell {
    (
        (p[0] / JOIN_TOLERANCE).round() as i64,
        (p[1] / JOIN_TOLERANCE).round() as i64,
    )
}

/// Joins open pieces end to end into closed rings; returns the rings and what stayed open.
/// Pieces join only with pieces of the same operation. End points are hashed in cells of
/// [`JOIN_TOLERANCE`], and the 3 × 3 cells around are searched, so points that fall either
/// side of a cell border still meet.
fn chain(pieces: Vec<Piece>) -> (Vec<Ring>, Vec<Piece>) {
    let mut ends: HashMap<Cell, Vec<usize>> = HashMap::new();
    for (i, p) in pieces.iter().enumerate() {
        ends.entry(cell(p.points[0])).or_default().push(i);
        ends.entry(cell(p.points[p.points.len() - 1]))
            .or_default()
            .push(i);
    }
    let near = |p: [f64; 2], used: &[bool], op: Operation| -> Option<usize> {
        let (cx, cy) = cell(p);
        let mut best: Option<(f64, usize)> = None;
        for dx in -1..=1 {
            for dy in -1..=1 {
                for &j in ends.get(&(cx + dx, cy + dy)).into_iter().flatten() {
                    if used[j] || pieces[j].op != op {
                        continue;
                    }
                    let pts = &pieces[j].points;
                    let d = dist(pts[0], p).min(dist(pts[pts.len() - 1], p));
                    if d < JOIN_TOLERANCE && best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, j));
                    }
                }
            }
        }
        best.map(|(_, j)| j)
    };
    let mut used = vec![false; pieces.len()];
    let mut rings = Vec::new();
    let mut open = Vec::new();
    for start in 0..pieces.len() {
        if used[start] {
            continue;
        }
        used[start] = true;
        let mut run = pieces[start].points.clone();
        let (op, op_from) = (pieces[start].op, pieces[start].op_from);
        let source = pieces[start].source.clone();
        // Extend at the tail, then at the head.
        for _pass in 0..2 {
            loop {
                let tail = run[run.len() - 1];
                if run.len() > 2 && dist(tail, run[0]) < JOIN_TOLERANCE {
                    break;
                }
                let Some(j) = near(tail, &used, op) else {
                    break;
                };
                used[j] = true;
                let pts = &pieces[j].points;
                if dist(pts[0], tail) <= dist(pts[pts.len() - 1], tail) {
                    run.extend_from_slice(&pts[1..]);
                } else {
                    run.extend(pts.iter().rev().skip(1));
                }
            }
            if run.len() > 2 && dist(run[run.len() - 1], run[0]) < JOIN_TOLERANCE {
                break;
            }
            run.reverse();
        }
        if run.len() > 3 && dist(run[run.len() - 1], run[0]) < JOIN_TOLERANCE {
            run.pop();
            rings.push(Ring {
                points: run,
                circle: None,
                op,
                op_from,
                source,
            });
        } else {
            open.push(Piece {
                points: run,
                op,
                op_from,
                source,
            });
        }
    }
    (rings, open)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src() -> Source {
        Source {
            file: 0,
            what: String::new(),
            key: String::new(),
            layer: String::new(),
        }
    }

    #[test]
    fn lines_chain_into_rings_from_either_end_and_open_ends_stay() {
        let p = |a: [f64; 2], b: [f64; 2]| Piece {
            points: vec![a, b],
            op: Operation::Cut,
            op_from: OpSource::Default,
            source: src(),
        };
        let (rings, open) = chain(vec![
            p([10.0, 0.0], [10.0, 10.0]),
            p([0.0, 0.0], [10.0, 0.005]),
            p([10.0, 10.0], [0.0, 10.0]),
            p([0.0, 10.0], [0.0, 0.0]),
            p([20.0, 0.0], [30.0, 0.0]),
        ]);
        assert_eq!(rings.len(), 1);
        assert_eq!(rings[0].points.len(), 4);
        assert_eq!(open.len(), 1);
    }

    #[test]
    fn labels_from_texts() {
        assert_eq!(label_from_text(" WB 07 ").as_deref(), Some("WB-07"));
        assert_eq!(label_from_text("!!!"), None);
        assert_eq!(label_from_text(&"X".repeat(30)), None);
    }
}
