//! The geometry phase of an export: for one material, every part's nominal polygon with
//! dogbones (CNC), holes too small for the bit split off as score marks, the cutter's path
//! checked to exist, and the shapes handed to nesting.

use geo::{LineString, Polygon};

use super::{ExportError, ExportPlan, StockChoice};
use crate::geometry;
use crate::model::{EvaluatedDesign, EvaluatedPart};
use crate::nest::NestPart;

/// One material's parts, ready to nest and draw.
#[derive(Debug, Clone)]
pub struct PreparedMaterial<'e> {
    /// The parts of this material, in the design's order.
    pub parts: Vec<&'e EvaluatedPart>,
    /// Per part: the nominal polygon (with dogbones on CNC), what is nested and drawn.
    pub polygons: Vec<Polygon<f64>>,
    /// Per part: holes smaller than the bit, scored for drilling by hand.
    pub marks: Vec<Vec<LineString<f64>>>,
    /// What nesting places.
    pub nest_parts: Vec<NestPart>,
    /// Per part: the design copy it belongs to in a project job (`None` in a design's own
    /// export, where a part's label is its label).
    pub origins: Vec<Option<PartOrigin>>,
}

/// Where a part of a project job comes from: its design, and its copies per design copy, so
/// instance `i` is copy `i / per_copy + 1` of the design.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartOrigin {
    /// The design's slug.
    pub design: String,
    /// Copies of the part in one copy of the design.
    pub per_copy: u32,
}

impl PreparedMaterial<'_> {
    /// Part copies to place.
    pub fn copies(&self) -> usize {
        self.nest_parts.iter().map(|p| p.quantity as usize).sum()
    }

    /// The label of instance `instance` (0-based) of part `part`: the part's own label in a
    /// design's export; in a project job `design#copy/label`, with `.n` for the n-th copy of
    /// a part a design has several of (`potting-bench#2/side.1`), unique across the job.
    pub fn instance_label(&self, part: usize, instance: u32) -> String {
        let label = &self.parts[part].label;
        match self.origins.get(part).and_then(Option::as_ref) {
            None => label.clone(),
            Some(o) => {
                let per = o.per_copy.max(1);
                let copy = instance / per + 1;
                if per > 1 {
                    format!("{}#{copy}/{label}.{}", o.design, instance % per + 1)
                } else {
                    format!("{}#{copy}/{label}", o.design)
                }
            }
        }
    }
}

/// Prepares the parts of `choice`'s material that the plan cuts; `None` when there are no
/// copies to cut. Every part's cutter path is checked before anything is written.
pub fn prepare<'e>(
    ev: &'e EvaluatedDesign,
    choice: &StockChoice,
    plan: &ExportPlan,
    notes: &mut Vec<crate::i18n::Message>,
) -> Result<Option<PreparedMaterial<'e>>, ExportError> {
    let setup = &plan.setup;
    let laser = setup.is_laser();
    let cut_width = setup.cut_width();
    let parts: Vec<&EvaluatedPart> = ev
        .parts
        .iter()
        .filter(|p| p.material == choice.material && plan.wants(p.process))
        .collect();
    let mut polygons = Vec::with_capacity(parts.len());
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
        polygons.push(poly);
    }
    let nest_parts: Vec<NestPart> = parts
        .iter()
        .zip(&polygons)
        .map(|(p, poly)| NestPart {
            label: p.label.clone(),
            polygon: poly.clone(),
            quantity: p.quantity,
            rotations: rotations(p, choice.sheet),
        })
        .collect();
    if nest_parts.iter().all(|p| p.quantity == 0) {
        return Ok(None);
    }
    if marked > 0 {
        notes.push(
            crate::i18n::Message::new("note-holes-scored")
                .arg("count", marked)
                .arg("material", choice.material.as_str())
                .arg("bit", setup.tool_diameter),
        );
    }
    let origins = vec![None; parts.len()];
    Ok(Some(PreparedMaterial {
        parts,
        polygons,
        marks,
        nest_parts,
        origins,
    }))
}

/// A part's allowed rotations on a sheet: they assume the grain along the sheet's x, so a
/// portrait sheet turns grain-bound parts a quarter.
fn rotations(p: &EvaluatedPart, sheet: [f64; 2]) -> Vec<f64> {
    let portrait = sheet[1] > sheet[0] && p.grain.is_some();
    p.rotations
        .iter()
        .map(|r| f64::from((r + if portrait { 90 } else { 0 }) % 360))
        .collect()
}
