//! The build sheet's content: what a maker prints, computed from the design, the nesting and
//! the makerspace (sheets counted from the layouts, priced from the stock), and laid out by
//! the PDF writer in `exporters`.

use std::collections::BTreeMap;

use barnraise_exporters::{
    BomRow, BuildSheet, CutRow, Drawing, FitTest, Item, Operation, Paper, SheetLabels, SheetPage,
    Step,
};

use super::{ExportError, ExportPlan, ExportRequest, StockChoice};
use crate::geometry;
use crate::i18n::{self, Lang};
use crate::model::{Design, EvaluatedDesign, MachineKind, format_number};
use crate::store::PackageFiles;

/// What a build sheet needs that the design alone does not say.
#[derive(Debug, Clone)]
pub struct SheetContext {
    /// Paper size.
    pub paper: Paper,
    /// Base URL of the web app; the design's URL is `<base>/designs/<slug>`.
    pub base_url: String,
    /// Lineage lines, oldest first.
    pub lineage: Vec<String>,
    /// Contributors and what they contributed, one line each.
    pub contributors: Vec<String>,
    /// The "log your build" form's URL for this export (empty: none on the sheet).
    pub log_build_url: String,
    /// The package's files (for step pictures).
    pub files: PackageFiles,
    /// The language of the sheet's fixed words.
    pub language: Lang,
}

impl Default for SheetContext {
    fn default() -> Self {
        SheetContext {
            paper: Paper::A4,
            base_url: "http://127.0.0.1:8080".into(),
            lineage: Vec::new(),
            contributors: Vec::new(),
            log_build_url: String::new(),
            files: PackageFiles::new(),
            language: Lang::En,
        }
    }
}

/// The sheet's fixed words in `lang`.
pub fn labels(lang: Lang) -> SheetLabels {
    let t = |key: &str| i18n::tr(lang, key, &[]);
    SheetLabels {
        untitled: t("sheet-untitled"),
        version: t("sheet-version"),
        licence: t("sheet-licence"),
        authors: t("sheet-authors"),
        contributors: t("sheet-contributors"),
        made_at: t("sheet-made-at"),
        design_page: t("sheet-design-page"),
        log_your_build: t("sheet-log-your-build"),
        bom: t("sheet-bom"),
        item: t("sheet-item"),
        qty: t("sheet-qty"),
        unit: t("sheet-unit"),
        unit_cost: t("sheet-unit-cost"),
        total: t("sheet-total"),
        supplier: t("sheet-supplier"),
        cut_list: t("sheet-cut-list"),
        label: t("sheet-label"),
        name: t("sheet-name"),
        material: t("sheet-material"),
        thickness: t("sheet-thickness"),
        size: t("sheet-size"),
        assembly: t("sheet-assembly"),
        tools: t("sheet-tools"),
        step: t("sheet-step"),
        parts: t("sheet-parts"),
        fit_test: t("sheet-fit-test"),
        sentences: sentences(lang),
    }
}

/// The build sheet's sentences in `lang`, with `{name}` placeholders the PDF writer fills.
fn sentences(lang: Lang) -> barnraise_exporters::buildsheet::SheetSentences {
    let t = |key: &str, names: &[&'static str]| {
        let args: Vec<(&str, i18n::Arg)> = names
            .iter()
            .map(|n| (*n, i18n::Arg::Text(format!("{{{n}}}"))))
            .collect();
        i18n::tr(lang, key, &args)
    };
    barnraise_exporters::buildsheet::SheetSentences {
        decimal: i18n::decimal_separator(lang),
        continued: t("sheet-continued", &["title"]),
        revision: t("sheet-revision", &["revision"]),
        sheet_heading: t(
            "sheet-page-heading",
            &["number", "of", "material", "thickness", "utilisation"],
        ),
        sheet_unusable: t("sheet-page-unusable", &["width", "height"]),
        sheet_scale_one: t(
            "sheet-page-scale-one",
            &["width", "height", "scale", "parts"],
        ),
        sheet_scale_many: t(
            "sheet-page-scale-many",
            &["width", "height", "scale", "parts"],
        ),
        page_of: t("sheet-page-of", &["n", "m"]),
        coupon_intro: t("sheet-coupon-intro", &["thickness", "slot"]),
        coupon_slot: t("sheet-coupon-slot", &[]),
        coupon_width: t("sheet-coupon-width", &[]),
        coupon_fit: t("sheet-coupon-fit", &[]),
        coupon_ticks: t("sheet-coupon-ticks", &[]),
        coupon_print: t("sheet-coupon-print", &[]),
        coupon_scaled: t("sheet-coupon-scaled", &["scale"]),
    }
}

/// Offsets of the fit-test slots from the design's slot width, mm.
pub const FIT_TEST_OFFSETS: [f64; 4] = [-0.25, 0.0, 0.25, 0.5];

fn money(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Builds the build sheet. `sheet_counts` are the sheets used per material; `pages` the
/// nested sheets at nominal size.
pub(super) fn build_sheet(
    design: &Design,
    ev: &EvaluatedDesign,
    req: &ExportRequest<'_>,
    plan: &ExportPlan,
    sheet_counts: &[(StockChoice, usize)],
    pages: Vec<SheetPage>,
) -> Result<BuildSheet, ExportError> {
    let ctx = &req.context;
    let (setup, machine) = (&plan.setup, &plan.machine);
    let currency = req
        .makerspace
        .map_or_else(|| design.currency.clone(), |m| m.currency.clone());
    let bom = bom_rows(design, ev, req, sheet_counts, &currency);
    let bom_total = money(bom.iter().map(|r| r.total).sum());

    let mut cut_list = Vec::new();
    for part in &ev.parts {
        let prof = geometry::part_profile(part).map_err(ExportError::Design)?;
        let m = ev.materials.iter().find(|m| m.id == part.material);
        let thickness = sheet_counts
            .iter()
            .find(|(c, _)| c.material == part.material)
            .map_or(part.thickness, |(c, _)| c.thickness);
        cut_list.push(CutRow {
            label: part.label.clone(),
            name: part.name.clone(),
            quantity: part.quantity,
            material: m.map_or_else(|| part.material.clone(), |m| m.name.clone()),
            thickness,
            size: prof.size(),
        });
    }

    let steps = design
        .assembly
        .steps
        .iter()
        .map(|s| Step {
            title: s.title.clone(),
            text: s.text.clone(),
            parts: s.parts.clone(),
            image_png: s
                .image
                .as_ref()
                .filter(|f| f.path.to_ascii_lowercase().ends_with(".png"))
                .and_then(|f| ctx.files.get(&f.path).cloned()),
        })
        .collect();

    let fit_test = fit_test(ev, sheet_counts);
    let licence = crate::licence::summary(&design.license);
    let made_at = req.makerspace.map(|m| {
        let tool = match setup.kind {
            MachineKind::Laser => format!("kerf {} mm", format_number(setup.kerf)),
            MachineKind::Cnc => format!("{} mm bit", format_number(setup.tool_diameter)),
        };
        format!(
            "{} ({}, {}): {}, {tool}",
            m.name, m.town, m.country, machine.name
        )
    });
    let preview = geometry::overview(ev).ok();
    let rev = req.revision.as_deref().map(|r| &r[..r.len().min(12)]);
    Ok(BuildSheet {
        paper: ctx.paper,
        labels: labels(ctx.language),
        title: design.name.clone(),
        summary: design.summary.clone(),
        version: design.version.to_string(),
        revision: req.revision.clone(),
        licence: design.license.clone(),
        obligations: licence.obligations,
        authors: design.authors.iter().map(ToString::to_string).collect(),
        lineage: ctx.lineage.clone(),
        contributors: ctx.contributors.clone(),
        url: format!(
            "{}/designs/{}",
            ctx.base_url.trim_end_matches('/'),
            design.slug
        ),
        log_build_url: ctx.log_build_url.clone(),
        // The 3D preview; the vector overview of the parts stays as the fallback.
        preview_png: super::design_preview(
            ev,
            &barnraise_exporters::PreviewOptions {
                width: 1200,
                height: 900,
                background: barnraise_exporters::Background::White,
            },
        )
        .ok(),
        preview,
        made_at,
        currency,
        bom,
        bom_total,
        cut_list,
        sheets: pages,
        tools: design.assembly.tools.clone(),
        steps,
        fit_test,
        footer: format!(
            "Barnraise · {} {}{} · {}",
            design.slug,
            design.version,
            rev.map(|r| format!(" @ {r}")).unwrap_or_default(),
            design.license
        ),
    })
}

/// The bill of materials as printed: the sheets the nesting used, priced from the stock,
/// then the design's hardware (lines in another currency shown, not added).
fn bom_rows(
    design: &Design,
    ev: &EvaluatedDesign,
    req: &ExportRequest<'_>,
    sheet_counts: &[(StockChoice, usize)],
    currency: &str,
) -> Vec<BomRow> {
    let mut bom = Vec::new();
    for (choice, count) in sheet_counts {
        let m = design.materials.iter().find(|m| m.id == choice.material);
        let name = m.map_or(choice.material.as_str(), |m| m.name.as_str());
        let price = choice.price.unwrap_or(0.0);
        let lang = req.context.language;
        let text = |s: &str| i18n::Arg::Text(s.to_string());
        let item = i18n::tr(
            lang,
            "sheet-stock-item",
            &[
                ("material", text(name)),
                ("width", text(&format_number(choice.sheet[0]))),
                ("height", text(&format_number(choice.sheet[1]))),
                ("thickness", text(&format_number(choice.thickness))),
            ],
        );
        bom.push(BomRow {
            item: match choice.price {
                Some(_) => item,
                None => format!("{item} {}", i18n::tr(lang, "sheet-price-ask", &[])),
            },
            quantity: count.to_string(),
            unit: i18n::tr(lang, "sheet-unit-sheet", &[]),
            unit_cost: money(price),
            total: money(price * *count as f64),
            supplier: choice
                .stock
                .as_ref()
                .and_then(|_| req.makerspace.map(|m| m.name.clone())),
        });
    }
    for line in &ev.bom {
        let same = line.currency == currency;
        bom.push(BomRow {
            item: if same {
                line.item.clone()
            } else {
                format!(
                    "{} ({} {} each, not converted: not in the total)",
                    line.item,
                    format_number(line.unit_cost),
                    line.currency
                )
            },
            quantity: format_number(line.quantity),
            unit: line.unit.clone(),
            unit_cost: if same { money(line.unit_cost) } else { 0.0 },
            total: if same { money(line.total) } else { 0.0 },
            supplier: line.supplier.clone(),
        });
    }
    bom
}

/// A coupon with one slot per offset around the design's most common slot width.
fn fit_test(ev: &EvaluatedDesign, sheet_counts: &[(StockChoice, usize)]) -> Option<FitTest> {
    let mut widths: BTreeMap<String, usize> = BTreeMap::new();
    let mut thickness = None;
    for p in &ev.parts {
        for s in &p.slots {
            *widths.entry(format!("{:.3}", s.width)).or_default() += 1;
            thickness.get_or_insert(p.thickness);
        }
    }
    let (width, _) = widths.into_iter().max_by_key(|(_, n)| *n)?;
    let slot_width: f64 = width.parse().ok()?;
    let thickness = sheet_counts
        .first()
        .map_or(thickness.unwrap_or(slot_width), |(c, _)| c.thickness);
    // A strip 30 mm per slot + 20 mm ends, 70 mm tall; slots 35 mm deep from the top edge.
    let n = FIT_TEST_OFFSETS.len() as f64;
    let pitch = (slot_width + 0.5).max(10.0) + 25.0;
    let w = n * pitch + 20.0;
    let h = 70.0;
    let mut ring = vec![[0.0, 0.0], [w, 0.0], [w, h]];
    let mut items = Vec::new();
    for (i, off) in FIT_TEST_OFFSETS.iter().enumerate().rev() {
        let cx = 10.0 + pitch * (i as f64 + 0.5);
        let sw = slot_width + off;
        ring.extend([
            [cx + sw / 2.0, h],
            [cx + sw / 2.0, h - 35.0],
            [cx - sw / 2.0, h - 35.0],
            [cx - sw / 2.0, h],
        ]);
        items.push(Item::Text {
            text: format!(
                "{}{}",
                if *off > 0.0 { "+" } else { "" },
                format_number(*off)
            ),
            at: [cx, 15.0],
            height: 5.0,
            operation: Operation::Engrave,
        });
    }
    ring.push([0.0, h]);
    items.insert(
        0,
        Item::Shape {
            rings: vec![ring],
            operation: Operation::Cut,
        },
    );
    Some(FitTest {
        thickness,
        slot_width,
        offsets: FIT_TEST_OFFSETS.to_vec(),
        coupon: Drawing {
            width: w,
            height: h,
            items,
        },
    })
}
