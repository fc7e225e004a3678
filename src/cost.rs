//! The one cost model: what a design costs to make, before anything is nested. Search,
//! design cards, the design page, the API and build sheets all use it, so they agree.
//!
//! A design's cost is its hardware (bill-of-materials lines in the design's currency) plus its
//! sheet material: each material's net part area, at [`ESTIMATED_UTILISATION`] of the sheet,
//! priced per m² from makerspace stock (the median over the store's makerspaces when no
//! makerspace is chosen, that space's sheets when one is). A build sheet replaces the
//! estimate by the sheets its nesting really used.
//!
//! Owns: the utilisation assumption, prices per m², sheet counts. Must not: read the store,
//! nest, or know any front end.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::geometry;
use crate::model::{Design, EvaluatedDesign, Makerspace, Stock};

/// Share of each sheet an estimate assumes is used (nesting usually does better on simple
/// parts, worse on long ones).
pub const ESTIMATED_UTILISATION: f64 = 0.75;

/// The key of a thickness: nominal mm to 0.01 mm (as search facets key it).
fn thickness_key(t: f64) -> String {
    crate::model::format_number((t * 100.0).round() / 100.0)
}

/// Median price per m² of sheet stock by material kind, nominal thickness and currency.
#[derive(Debug, Clone, Default)]
pub struct PriceBook(BTreeMap<(String, String, String), f64>);

impl PriceBook {
    /// The prices of every makerspace's stock.
    pub fn from_makerspaces<'a>(spaces: impl IntoIterator<Item = &'a Makerspace>) -> PriceBook {
        let mut all: BTreeMap<(String, String, String), Vec<f64>> = BTreeMap::new();
        for m in spaces {
            for st in &m.stock {
                let area = st.sheet[0] * st.sheet[1] / 1e6;
                if area > 0.0 && st.price.is_finite() && st.price >= 0.0 {
                    all.entry((
                        st.material.clone(),
                        thickness_key(st.nominal_thickness),
                        m.currency.clone(),
                    ))
                    .or_default()
                    .push(st.price / area);
                }
            }
        }
        PriceBook(
            all.into_iter()
                .map(|(k, mut v)| {
                    v.sort_by(f64::total_cmp);
                    let mid = v.len() / 2;
                    let median = if v.len() % 2 == 1 {
                        v[mid]
                    } else {
                        (v[mid - 1] + v[mid]) / 2.0
                    };
                    (k, median)
                })
                .collect(),
        )
    }

    /// The median price per m² of `kind` at `nominal` mm in `currency`.
    pub fn per_m2(&self, kind: &str, nominal: f64, currency: &str) -> Option<f64> {
        self.0
            .get(&(
                kind.to_string(),
                thickness_key(nominal),
                currency.to_string(),
            ))
            .copied()
    }
}

/// Net part area per material id (outlines less holes and slots, times copies), mm²;
/// `None` when a part's profile cannot be built.
pub fn material_areas(ev: &EvaluatedDesign) -> Option<BTreeMap<String, f64>> {
    let mut area = BTreeMap::new();
    for part in &ev.parts {
        let prof = geometry::part_profile(part).ok()?;
        *area.entry(part.material.clone()).or_insert(0.0) += prof.area * f64::from(part.quantity);
    }
    Some(area)
}

/// What a design costs, estimated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CostEstimate {
    /// Currency of every figure (the design's).
    pub currency: String,
    /// Bill-of-materials lines in that currency.
    pub hardware: f64,
    /// Sheet material; `None` when some material has no price among the makerspaces.
    pub material: Option<f64>,
    /// Hardware plus material (material counted as 0 when unknown).
    pub total: f64,
    /// Bill-of-materials totals in other currencies, not converted and not in `total`.
    pub other_currencies: BTreeMap<String, f64>,
}

fn cents(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The cost of `ev` (the design evaluated at its parameters), with sheet material priced
/// from `prices` in the design's currency.
pub fn estimate(
    design: &Design,
    ev: &EvaluatedDesign,
    areas: &BTreeMap<String, f64>,
    prices: &PriceBook,
) -> CostEstimate {
    let currency = design.currency.clone();
    let mut totals = ev.bom_totals();
    let hardware = cents(totals.remove(&currency).unwrap_or(0.0));
    let mut material = Some(0.0);
    for (id, area) in areas {
        let price = design
            .material(id)
            .and_then(|m| prices.per_m2(&m.kind, m.nominal_thickness, &currency));
        material = match (material, price) {
            (Some(sum), Some(p)) => Some(sum + area / 1e6 / ESTIMATED_UTILISATION * p),
            _ => None,
        };
    }
    let material = material.map(cents);
    CostEstimate {
        total: cents(hardware + material.unwrap_or(0.0)),
        currency,
        hardware,
        material,
        other_currencies: totals.into_iter().map(|(c, v)| (c, cents(v))).collect(),
    }
}

/// Sheets of `stock` an estimate says `area` mm² of parts needs (at least one).
pub fn sheets_needed(area: f64, stock: &Stock) -> u32 {
    let sheet_area = stock.sheet[0] * stock.sheet[1];
    if sheet_area <= 0.0 || !area.is_finite() {
        return 1;
    }
    (area / (sheet_area * ESTIMATED_UTILISATION))
        .ceil()
        .clamp(1.0, 1e6) as u32
}

/// The stock of `space` that matches a design material: same kind and nominal thickness.
pub fn matching_stock<'s>(
    design: &Design,
    material_id: &str,
    space: &'s Makerspace,
) -> Option<&'s Stock> {
    let mat = design.material(material_id)?;
    space.stock.iter().find(|s| {
        s.material == mat.kind && (s.nominal_thickness - mat.nominal_thickness).abs() < 0.01
    })
}

/// The sheets a design needs at one makerspace, per material.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SheetEstimate {
    /// The design's material id.
    pub material: String,
    /// The makerspace's matching stock, or `None` when it has none.
    pub stock: Option<String>,
    /// Sheets needed at [`ESTIMATED_UTILISATION`] (0 without stock).
    pub sheets: u32,
    /// Their price in the makerspace's currency.
    pub cost: f64,
    /// The makerspace's currency.
    pub currency: String,
}

/// Sheet estimates for every material of the design at `space`.
pub fn sheet_estimates(
    design: &Design,
    areas: &BTreeMap<String, f64>,
    space: &Makerspace,
) -> Vec<SheetEstimate> {
    areas
        .iter()
        .filter(|(id, _)| design.material(id).is_some())
        .map(|(id, area)| match matching_stock(design, id, space) {
            Some(s) => {
                let n = sheets_needed(*area, s);
                SheetEstimate {
                    material: id.clone(),
                    stock: Some(s.id.clone()),
                    sheets: n,
                    cost: cents(f64::from(n) * s.price),
                    currency: space.currency.clone(),
                }
            }
            None => SheetEstimate {
                material: id.clone(),
                stock: None,
                sheets: 0,
                cost: 0.0,
                currency: space.currency.clone(),
            },
        })
        .collect()
}
