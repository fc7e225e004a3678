//! View structs: what a page shows and what the API returns, built from domain values.
//! Plain serializable data; no HTTP here.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Design, EvaluatedDesign, Makerspace, ParamType, format_number};
use crate::search::Hit;
use crate::store::{Change, Contributor, Lineage, Release};

/// A design in a list.
#[derive(Debug, Clone, Serialize)]
pub struct DesignCard {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// One-line summary.
    pub summary: String,
    /// Category.
    pub category: String,
    /// SPDX licence.
    pub license: String,
    /// Forks in this store.
    pub forks: u64,
    /// Part copies to cut.
    pub part_count: u64,
    /// Hardware + sheet material estimate.
    pub cost: f64,
    /// Currency of `cost`.
    pub currency: String,
    /// The design it was forked from.
    pub fork_of: Option<String>,
    /// Highlighted snippet (search only; HTML with `<b>`).
    pub snippet: String,
}

impl From<Hit> for DesignCard {
    fn from(h: Hit) -> Self {
        DesignCard {
            slug: h.slug,
            name: h.name,
            summary: h.summary,
            category: h.category,
            license: h.license,
            forks: h.forks,
            part_count: h.part_count,
            cost: h.cost + h.material_cost.unwrap_or(0.0),
            currency: h.currency,
            fork_of: h.fork_of,
            snippet: h.snippet,
        }
    }
}

/// A parameter on the design page's form.
#[derive(Debug, Clone, Serialize)]
pub struct ParamView {
    /// Name (the form field).
    pub name: String,
    /// Value used now.
    pub value: f64,
    /// Default.
    pub default: f64,
    /// Lower bound.
    pub min: Option<f64>,
    /// Upper bound.
    pub max: Option<f64>,
    /// `mm`, `°` or empty.
    pub unit: String,
    /// Step for the number input.
    pub step: String,
    /// Help text.
    pub help: String,
}

/// A line of the cut list.
#[derive(Debug, Clone, Serialize)]
pub struct PartRow {
    /// Label.
    pub label: String,
    /// Name.
    pub name: String,
    /// Copies.
    pub quantity: u32,
    /// Material id.
    pub material: String,
    /// Thickness, mm.
    pub thickness: f64,
    /// Bounding box width, mm.
    pub width: f64,
    /// Bounding box height, mm.
    pub height: f64,
    /// Net area of one copy (outline less holes and slots), mm².
    pub area: f64,
    /// `laser` or `cnc`.
    pub process: String,
}

/// A BOM line.
#[derive(Debug, Clone, Serialize)]
pub struct BomRow {
    /// What to buy.
    pub item: String,
    /// How many (formatted).
    pub quantity: String,
    /// Unit.
    pub unit: String,
    /// Cost of one.
    pub unit_cost: f64,
    /// Line total.
    pub total: f64,
    /// Currency.
    pub currency: String,
}

/// Everything the design page shows (also `GET /api/v1/designs/{slug}`).
#[derive(Debug, Clone, Serialize)]
pub struct DesignView {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Version.
    pub version: String,
    /// Store commit read.
    pub commit: String,
    /// Summary.
    pub summary: String,
    /// Markdown description as sanitised HTML.
    pub description_html: String,
    /// Category.
    pub category: String,
    /// Tags.
    pub tags: Vec<String>,
    /// SPDX licence.
    pub license: String,
    /// What the licence asks, in plain words.
    pub obligations: Vec<String>,
    /// Selling what you make is allowed.
    pub commercial_use: bool,
    /// Forks must keep the licence.
    pub share_alike: bool,
    /// Authors as `Name <email>`.
    pub authors: Vec<String>,
    /// Forked from (slug), if any.
    pub forked_from: Option<String>,
    /// Revision forked from.
    pub forked_at: Option<String>,
    /// Store forked from, when another store.
    pub forked_store: Option<String>,
    /// Parameters with the values used.
    pub parameters: Vec<ParamView>,
    /// Cut list.
    pub parts: Vec<PartRow>,
    /// Part copies.
    pub part_count: u64,
    /// Bill of materials.
    pub bom: Vec<BomRow>,
    /// BOM totals per currency.
    pub bom_totals: BTreeMap<String, f64>,
    /// Tools needed.
    pub tools: Vec<String>,
    /// Assembly steps: (title, text).
    pub steps: Vec<(String, String)>,
    /// Image file names under `images/` (photos and drawings).
    pub images: Vec<String>,
    /// Query string of the non-default parameters (`thickness=12&…`), for links.
    pub query: String,
}

/// Markdown to HTML with anything dangerous removed (scripts, event handlers, styles).
pub fn markdown(text: &str) -> String {
    let parser = pulldown_cmark::Parser::new(text);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::clean(&html)
}

/// Builds the design page's view.
pub fn design_view(
    design: &Design,
    commit: &str,
    ev: &EvaluatedDesign,
    overrides: &BTreeMap<String, f64>,
) -> DesignView {
    let lic = crate::licence::summary(&design.license);
    let parameters = design
        .parameters
        .iter()
        .map(|p| ParamView {
            name: p.name.clone(),
            value: overrides.get(&p.name).copied().unwrap_or(p.default),
            default: p.default,
            min: p.min,
            max: p.max,
            unit: match p.kind {
                ParamType::Length => "mm".into(),
                ParamType::Angle => "°".into(),
                _ => String::new(),
            },
            step: match p.kind {
                ParamType::Count | ParamType::Bool => "1".into(),
                _ => "any".into(),
            },
            help: p.help.clone(),
        })
        .collect();
    let parts = ev
        .parts
        .iter()
        .map(|p| {
            let (size, area) = crate::geometry::part_profile(p)
                .map_or(([0.0, 0.0], 0.0), |pr| (pr.size(), pr.area));
            PartRow {
                label: p.label.clone(),
                name: p.name.clone(),
                quantity: p.quantity,
                material: p.material.clone(),
                thickness: p.thickness,
                width: size[0],
                height: size[1],
                area,
                process: format!("{:?}", p.process).to_lowercase(),
            }
        })
        .collect();
    let bom = ev
        .bom
        .iter()
        .map(|b| BomRow {
            item: b.item.clone(),
            quantity: format_number(b.quantity),
            unit: b.unit.clone(),
            unit_cost: b.unit_cost,
            total: b.total,
            currency: b.currency.clone(),
        })
        .collect();
    let query = overrides
        .iter()
        .map(|(k, v)| format!("{k}={}", format_number(*v)))
        .collect::<Vec<_>>()
        .join("&");
    DesignView {
        slug: design.slug.clone(),
        name: design.name.clone(),
        version: design.version.to_string(),
        commit: commit.to_string(),
        summary: design.summary.clone(),
        description_html: markdown(&design.description),
        category: design.category.clone(),
        tags: design.tags.clone(),
        license: design.license.clone(),
        obligations: lic.obligations,
        commercial_use: lic.commercial_use,
        share_alike: lic.share_alike,
        authors: design.authors.iter().map(ToString::to_string).collect(),
        forked_from: design.derived_from.as_ref().map(|d| d.slug.clone()),
        forked_at: design
            .derived_from
            .as_ref()
            .and_then(|d| d.revision.clone()),
        forked_store: design.derived_from.as_ref().and_then(|d| d.store.clone()),
        parameters,
        parts,
        part_count: ev.part_count(),
        bom,
        bom_totals: ev.bom_totals(),
        tools: design.assembly.tools.clone(),
        steps: design
            .assembly
            .steps
            .iter()
            .map(|s| (s.title.clone(), s.text.clone()))
            .collect(),
        images: design
            .images
            .iter()
            .filter_map(|f| f.path.strip_prefix("images/").map(str::to_string))
            .filter(|n| !n.contains('/'))
            .collect(),
        query,
    }
}

/// A design's history page (also the API).
#[derive(Debug, Clone, Serialize)]
pub struct HistoryView {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Commits, newest first.
    pub changes: Vec<Change>,
    /// Releases (tags).
    pub releases: Vec<Release>,
    /// Contributors.
    pub contributors: Vec<Contributor>,
}

/// A design's lineage page (also the API).
#[derive(Debug, Clone, Serialize)]
pub struct LineageView {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Ancestors and descendants.
    pub lineage: Lineage,
}

/// What the sheets for one material would cost at one makerspace (an estimate before
/// nesting: the build sheet counts real sheets).
#[derive(Debug, Clone, Serialize)]
pub struct SheetEstimate {
    /// Makerspace slug.
    pub makerspace: String,
    /// Makerspace name.
    pub name: String,
    /// The design's material id.
    pub material: String,
    /// The matching stock, or `None` when the space has none.
    pub stock: Option<String>,
    /// Sheets needed, estimated at 75 % of each sheet used (at least the area bound).
    pub sheets: u32,
    /// Price of those sheets.
    pub cost: f64,
    /// Currency.
    pub currency: String,
}

/// Share of a sheet the estimate assumes is used (nesting usually does better on simple
/// parts, worse on long ones).
const ESTIMATED_UTILISATION: f64 = 0.75;

/// Sheet estimates for every (makerspace, material) pair: the cut list's net area against
/// the space's matching stock (same kind and nominal thickness).
pub fn sheet_estimates(
    design: &Design,
    parts: &[PartRow],
    spaces: &[(String, Makerspace)],
) -> Vec<SheetEstimate> {
    let mut area: BTreeMap<String, f64> = BTreeMap::new();
    for p in parts {
        *area.entry(p.material.clone()).or_insert(0.0) += p.area * f64::from(p.quantity);
    }
    let mut out = Vec::new();
    for (slug, space) in spaces {
        for (mat_id, a) in &area {
            let Some(mat) = design.materials.iter().find(|m| &m.id == mat_id) else {
                continue;
            };
            let stock = space.stock.iter().find(|s| {
                s.material == mat.kind && (s.nominal_thickness - mat.nominal_thickness).abs() < 0.01
            });
            let (sheets, cost, stock_id) = match stock {
                Some(s) => {
                    let sheet_area = s.sheet[0] * s.sheet[1];
                    let n = (a / (sheet_area * ESTIMATED_UTILISATION)).ceil().max(1.0) as u32;
                    (n, f64::from(n) * s.price, Some(s.id.clone()))
                }
                None => (0, 0.0, None),
            };
            out.push(SheetEstimate {
                makerspace: slug.clone(),
                name: space.name.clone(),
                material: mat_id.clone(),
                stock: stock_id,
                sheets,
                cost,
                currency: space.currency.clone(),
            });
        }
    }
    out
}

/// A makerspace page (also the API).
#[derive(Debug, Clone, Serialize)]
pub struct MakerspaceView {
    /// Slug.
    pub slug: String,
    /// The profile.
    pub makerspace: Makerspace,
    /// Designs whose parts fit its largest bed and whose sheets it stocks.
    pub buildable: Vec<DesignCard>,
    /// The search query used for `buildable`.
    pub query: String,
}

/// The search filter for "buildable at this makerspace": its largest bed and its stocked
/// thicknesses.
pub fn buildable_query(space: &Makerspace) -> String {
    let mut bed = [0.0f64, 0.0f64];
    for m in &space.machines {
        if m.bed[0] * m.bed[1] > bed[0] * bed[1] {
            bed = m.bed;
        }
    }
    // Only stock some machine of the space can cut.
    let max_cut = space
        .machines
        .iter()
        .map(|m| m.max_thickness)
        .fold(0.0, f64::max);
    let mut thick: Vec<String> = space
        .stock
        .iter()
        .filter(|s| s.thickness <= max_cut + 1e-9)
        .map(|s| format_number(s.nominal_thickness))
        .collect();
    thick.sort();
    thick.dedup();
    format!(
        "bed:{}x{} thickness:{}",
        format_number(bed[0]),
        format_number(bed[1]),
        thick.join(",")
    )
}
