//! The neutral description of a printable build sheet: everything a maker takes to the
//! workshop, already computed (costs, nesting, labels). The PDF writer only lays it out.

use crate::cut::CutSheet;
use crate::drawing::Drawing;

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 8.5 × 11 in (215.9 × 279.4 mm).
    Letter,
}

impl Paper {
    /// Width and height in mm (portrait).
    pub fn size_mm(self) -> [f64; 2] {
        match self {
            Paper::A4 => [210.0, 297.0],
            Paper::Letter => [215.9, 279.4],
        }
    }
}

/// One line of the bill of materials.
#[derive(Debug, Clone, PartialEq)]
pub struct BomRow {
    /// What to buy ("Birch plywood 18 mm, 2440 × 1220 (measured 17.4 mm)", "M6 × 40 bolt").
    pub item: String,
    /// How many (already formatted, e.g. "3" or "2.5").
    pub quantity: String,
    /// Unit ("sheet", "pcs", "m").
    pub unit: String,
    /// Cost of one unit, in the sheet's currency.
    pub unit_cost: f64,
    /// quantity × unit cost.
    pub total: f64,
    /// Where to buy it, if known.
    pub supplier: Option<String>,
}

/// One line of the cut list.
#[derive(Debug, Clone, PartialEq)]
pub struct CutRow {
    /// Part label (the string engraved on the part and printed on the layout pages).
    pub label: String,
    /// Part name.
    pub name: String,
    /// Copies.
    pub quantity: u32,
    /// Material name.
    pub material: String,
    /// Measured thickness, mm.
    pub thickness: f64,
    /// Finished size (bounding box) `[x, y]`, mm.
    pub size: [f64; 2],
}

/// One nested sheet, drawn to scale on its own page.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetPage {
    /// The sheet with its parts at nominal size (labels in `CutPart::label`).
    pub sheet: CutSheet,
    /// Material name printed in the page heading.
    pub material: String,
    /// Σ part area / sheet area.
    pub utilisation: f64,
    /// Total number of sheets of this material (for "sheet 2 of 3").
    pub of: u32,
}

/// One assembly step.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Short title.
    pub title: String,
    /// Instructions (may be long; wraps).
    pub text: String,
    /// Labels of the parts it uses.
    pub parts: Vec<String>,
    /// A picture (PNG bytes), if the design has one for the step.
    pub image_png: Option<Vec<u8>>,
}

/// The fit-test coupon: a strip with slots at the nominal slot width plus offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct FitTest {
    /// Measured thickness the slots are for, mm.
    pub thickness: f64,
    /// Nominal slot width (thickness + the design's clearance), mm.
    pub slot_width: f64,
    /// Offsets to try, mm (e.g. −0.25, 0, +0.25, +0.5).
    pub offsets: Vec<f64>,
    /// The coupon drawn at 1:1 (outline and slots), mm.
    pub coupon: Drawing,
}

/// Everything on a build sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildSheet {
    /// Paper size.
    pub paper: Paper,
    /// The sheet's fixed words in the reader's language.
    pub labels: SheetLabels,
    /// Design name (may contain any Unicode: "Sämaschine", "Échelle").
    pub title: String,
    /// One-line summary.
    pub summary: String,
    /// Design version.
    pub version: String,
    /// Store revision (commit id), if the design came from a store.
    pub revision: Option<String>,
    /// SPDX licence expression.
    pub licence: String,
    /// The licence's obligations in plain words.
    pub obligations: Vec<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Lineage lines, oldest first ("forked from push-seeder-plates at 1a2b3c4 (store …)").
    pub lineage: Vec<String>,
    /// Contributors and what they contributed, one line each ("Name: 3 commits, built it").
    pub contributors: Vec<String>,
    /// The design's URL, printed and encoded in the QR code.
    pub url: String,
    /// The "log your build" form's URL, prefilled for this export, printed and encoded in a
    /// second QR code (empty: none).
    pub log_build_url: String,
    /// A preview picture (PNG bytes), if one was rendered.
    pub preview_png: Option<Vec<u8>>,
    /// A vector preview drawn when there is no PNG.
    pub preview: Option<Drawing>,
    /// Makerspace and machine line ("Example CNC Workshop — ShopBot, 6.35 mm bit").
    pub made_at: Option<String>,
    /// Currency of all costs (ISO 4217).
    pub currency: String,
    /// Bill of materials: sheets first, then hardware.
    pub bom: Vec<BomRow>,
    /// Σ line totals.
    pub bom_total: f64,
    /// Cut list.
    pub cut_list: Vec<CutRow>,
    /// Sheet layouts, one page each.
    pub sheets: Vec<SheetPage>,
    /// Tools needed.
    pub tools: Vec<String>,
    /// Assembly steps in order.
    pub steps: Vec<Step>,
    /// The fit test.
    pub fit_test: Option<FitTest>,
    /// Footer on every page (e.g. "Barnraise · push-seeder-plates 1.2.0 · CERN-OHL-S-2.0").
    pub footer: String,
}

/// The fixed words of a build sheet (headings, column titles, labels), in the reader's
/// language. The caller translates them; the default is English.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetLabels {
    /// Title of a design without a name.
    pub untitled: String,
    /// "Version" (followed by the version).
    pub version: String,
    /// "Licence".
    pub licence: String,
    /// "Authors".
    pub authors: String,
    /// "Contributors".
    pub contributors: String,
    /// "Made at".
    pub made_at: String,
    /// "Design page" (beside the URL and its QR code).
    pub design_page: String,
    /// "Log your build" (beside the QR code of the build form).
    pub log_your_build: String,
    /// The bill of materials' heading.
    pub bom: String,
    /// Column: what to buy.
    pub item: String,
    /// Column: quantity.
    pub qty: String,
    /// Column: unit.
    pub unit: String,
    /// Column: unit cost.
    pub unit_cost: String,
    /// Column and row: total.
    pub total: String,
    /// Column: supplier.
    pub supplier: String,
    /// The cut list's heading.
    pub cut_list: String,
    /// Column: part label.
    pub label: String,
    /// Column: part name.
    pub name: String,
    /// Column: material.
    pub material: String,
    /// Column: thickness in mm.
    pub thickness: String,
    /// Column: size.
    pub size: String,
    /// The assembly's heading.
    pub assembly: String,
    /// "Tools needed".
    pub tools: String,
    /// "Step" (followed by its number, for steps without a title).
    pub step: String,
    /// "Parts" (a step's parts).
    pub parts: String,
    /// The fit test's heading.
    pub fit_test: String,
    /// The sentences of the sheet pages, the fit test and the footer, with `{name}`
    /// placeholders that the writer fills with numbers written with `decimal`.
    pub sentences: SheetSentences,
}

/// The build sheet's sentences, each with `{name}` placeholders (the names are listed on
/// each field), in the reader's language; the default is English.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetSentences {
    /// The decimal separator of the numbers put into them (`.` or `,`).
    pub decimal: char,
    /// A continued table's heading: `{title}`.
    pub continued: String,
    /// After the version on the cover: `{revision}`.
    pub revision: String,
    /// A sheet page's heading: `{number}`, `{of}`, `{material}`, `{thickness}`,
    /// `{utilisation}`.
    pub sheet_heading: String,
    /// A sheet whose size is not usable: `{width}`, `{height}`.
    pub sheet_unusable: String,
    /// Under a sheet's heading, one part: `{width}`, `{height}`, `{scale}`, `{parts}`.
    pub sheet_scale_one: String,
    /// The same, several parts.
    pub sheet_scale_many: String,
    /// The footer's page number: `{n}`, `{m}`.
    pub page_of: String,
    /// The fit test's instructions: `{thickness}`, `{slot}`.
    pub coupon_intro: String,
    /// Fit-test column: the slot's number.
    pub coupon_slot: String,
    /// Fit-test column: the slot's width.
    pub coupon_width: String,
    /// Fit-test column: the fit.
    pub coupon_fit: String,
    /// The boxes to tick in each row.
    pub coupon_ticks: String,
    /// Above a coupon drawn at 1:1.
    pub coupon_print: String,
    /// Above a coupon drawn smaller: `{scale}`.
    pub coupon_scaled: String,
}

impl SheetSentences {
    /// `template` with each `{name}` replaced by its value.
    pub fn fill(&self, template: &str, values: &[(&str, String)]) -> String {
        let mut out = template.to_string();
        for (name, value) in values {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    /// A number as the writer formats it (`17.4`), with this language's decimal separator.
    pub fn number(&self, text: String) -> String {
        if self.decimal == '.' {
            text
        } else {
            text.replace('.', &self.decimal.to_string())
        }
    }
}

impl Default for SheetSentences {
    fn default() -> Self {
        let s = |v: &str| v.to_string();
        SheetSentences {
            decimal: '.',
            continued: s("{title} (continued)"),
            revision: s("revision {revision}"),
            sheet_heading: s(
                "Sheet {number} of {of} — {material}, {thickness} mm, utilisation {utilisation}",
            ),
            sheet_unusable: s(
                "This sheet's size ({width} × {height} mm) is not usable; nothing is drawn.",
            ),
            sheet_scale_one: s(
                "Sheet {width} × {height} mm, drawn at scale {scale} · {parts} part · labels at part centres",
            ),
            sheet_scale_many: s(
                "Sheet {width} × {height} mm, drawn at scale {scale} · {parts} parts · labels at part centres",
            ),
            page_of: s("page {n} of {m}"),
            coupon_intro: s(
                "Cut this coupon first. The slot that holds the test piece firmly by hand is your clearance: if it is not the nominal slot, add its offset to the slot widths (or the tool offset) before cutting the parts. Test piece: an offcut of the sheet, measured {thickness} mm thick; nominal slot width {slot} mm.",
            ),
            coupon_slot: s("Slot"),
            coupon_width: s("Width (offset from nominal, mm)"),
            coupon_fit: s("Fit (tick one)"),
            coupon_ticks: s("☐ loose   ☐ firm   ☐ too tight"),
            coupon_print: s(
                "Coupon at 1:1 — print at 100 % (\u{201c}actual size\u{201d}, not \u{201c}fit to page\u{201d}); the bar below must measure 50 mm.",
            ),
            coupon_scaled: s(
                "Coupon drawn at {scale} (it is larger than the page): cut it from the cut files, not from this print.",
            ),
        }
    }
}

impl Default for SheetLabels {
    fn default() -> Self {
        let s = |v: &str| v.to_string();
        SheetLabels {
            untitled: s("Untitled design"),
            version: s("Version"),
            licence: s("Licence"),
            authors: s("Authors"),
            contributors: s("Contributors"),
            made_at: s("Made at"),
            design_page: s("Design page"),
            log_your_build: s("Log your build"),
            bom: s("Bill of materials"),
            item: s("Item"),
            qty: s("Qty"),
            unit: s("Unit"),
            unit_cost: s("Unit cost"),
            total: s("Total"),
            supplier: s("Supplier"),
            cut_list: s("Cut list"),
            label: s("Label"),
            name: s("Name"),
            material: s("Material"),
            thickness: s("Thickness mm"),
            size: s("Size"),
            assembly: s("Assembly"),
            tools: s("Tools needed"),
            step: s("Step"),
            parts: s("Parts"),
            fit_test: s("Fit test"),
            sentences: SheetSentences::default(),
        }
    }
}
