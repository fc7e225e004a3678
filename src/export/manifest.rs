//! What a cut-file export says about itself: `manifest.json` in the output folder (see
//! docs/export-manifest.md), the same value the front ends print or show.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{CutFile, CutFormat, MachineSetup};

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
    /// `svg`, `dxf`, `gcode` or `pdf`.
    pub kind: CutFile,
    /// 1-based sheet number within the material (0 for the build sheet).
    pub sheet: u32,
    /// Design material id (empty for the build sheet).
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
    /// Nesting steps.
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
    pub format: CutFormat,
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
    /// Things the maker should know (e.g. a sheet cut down to the bed), in English.
    pub notes: Vec<String>,
    /// The same as catalogue messages (`{code, args}`), so pages and the terminal can show
    /// them in another language.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note_codes: Vec<crate::i18n::Message>,
    /// What the build sheet holds, when one was written.
    pub build_sheet: Option<BuildSheetSummary>,
    /// Where the time went, seconds.
    pub timings: Timings,
}

/// Seconds spent on an export.
#[derive(Debug, Clone, Default, Serialize)]
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
    /// What each page is (`cover`, `bill-of-materials`, `cut-list`, `sheet-1`, …).
    pub plan: Vec<String>,
    /// Currency of the costs.
    pub currency: String,
    /// Bill of materials as printed.
    pub bom: Vec<BomLineOut>,
    /// Σ line totals, as printed.
    pub bom_total: f64,
    /// The design's URL (also in the QR code).
    pub url: String,
    /// Lineage lines as printed on the cover.
    pub lineage: Vec<String>,
    /// Contributors as printed on the cover.
    pub contributors: Vec<String>,
    /// Part labels of the cut list, in order.
    pub labels: Vec<String>,
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

/// A page kind as named in `manifest.json` (never Rust's debug form).
pub(super) fn page_name(kind: barnraise_exporters::pdf::PageKind) -> String {
    use barnraise_exporters::pdf::PageKind;
    match kind {
        PageKind::Cover => "cover".into(),
        PageKind::BillOfMaterials => "bill-of-materials".into(),
        PageKind::CutList => "cut-list".into(),
        PageKind::Sheet(i) => format!("sheet-{}", i + 1),
        PageKind::Assembly => "assembly".into(),
        PageKind::FitTest => "fit-test".into(),
    }
}
