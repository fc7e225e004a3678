//! The writing phase of an export: nested layouts → the writers' [`CutSheet`]s (contours
//! offset for the target: laser kerf/2, G-code bit radius, DXF nominal) → one file per sheet
//! and format, plus the nominal sheets for the build sheet's pages.

use std::path::Path;

use barnraise_exporters::{
    ContourKind, CutContour, CutPart, CutSheet, CutText, SheetPage, dxf_writer, gcode, laser,
};
use geo::{Area, BoundingRect, InteriorPoint, LineString, Polygon};
use serde::{Deserialize, Serialize};

use super::{CutFile, ExportError, ExportPlan, OutFile, PreparedMaterial, StockChoice};
use crate::geometry;
use crate::hint::Hint;
use crate::i18n::{Message, Wording};
use crate::model::{Design, format_number};
use crate::nest::{NestOutcome, SheetLayout};

/// Writes `bytes` to `out_dir/name`.
pub(super) fn write_file(out_dir: &Path, name: &str, bytes: &[u8]) -> Result<(), ExportError> {
    let path = out_dir.join(name);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|source| ExportError::Write {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    std::fs::write(&path, bytes).map_err(|source| ExportError::Write { path, source })
}

/// Every sheet of a job drawn for a page to show: `sheets.json` beside `manifest.json` (not
/// one of the job's listed files), nominal outlines in mm with y up, labels where the part's
/// label is engraved.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SheetDrawing {
    /// The material (design material id, or a project's shared stock).
    pub material: String,
    /// 1-based sheet number within the material.
    pub sheet: u32,
    /// Sheet width, mm.
    pub width: f64,
    /// Sheet height, mm.
    pub height: f64,
    /// Σ part area / sheet area.
    pub utilisation: f64,
    /// The parts placed.
    pub parts: Vec<PartDrawing>,
}

/// One placed part of a [`SheetDrawing`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PartDrawing {
    /// Its label (unique across a project job).
    pub label: String,
    /// Outline first, then holes; points rounded to 0.1 mm, near-duplicates dropped.
    pub rings: Vec<Vec<[f64; 2]>>,
    /// Where its label goes.
    pub at: [f64; 2],
}

/// The drawing of one nominal sheet.
fn drawing(sheet: &CutSheet, material: &str, utilisation: f64) -> SheetDrawing {
    let parts = sheet
        .parts
        .iter()
        .map(|p| {
            let mut rings: Vec<Vec<[f64; 2]>> = Vec::new();
            let mut order: Vec<&CutContour> = p
                .contours
                .iter()
                .filter(|c| c.kind != ContourKind::Score)
                .collect();
            order.sort_by_key(|c| c.kind != ContourKind::Outside);
            for c in order {
                let mut ring: Vec<[f64; 2]> = Vec::with_capacity(c.points.len());
                for pt in &c.points {
                    let q = [(pt[0] * 10.0).round() / 10.0, (pt[1] * 10.0).round() / 10.0];
                    if ring
                        .last()
                        .is_none_or(|l| (l[0] - q[0]).abs() + (l[1] - q[1]).abs() >= 0.5)
                    {
                        ring.push(q);
                    }
                }
                if ring.len() >= 3 {
                    rings.push(ring);
                }
            }
            let at = p.texts.first().map(|t| t.at).unwrap_or_else(|| {
                let outer = rings.first().cloned().unwrap_or_default();
                let n = outer.len().max(1) as f64;
                [
                    outer.iter().map(|q| q[0]).sum::<f64>() / n,
                    outer.iter().map(|q| q[1]).sum::<f64>() / n,
                ]
            });
            PartDrawing {
                label: p.label.clone(),
                rings,
                at,
            }
        })
        .collect();
    SheetDrawing {
        material: material.to_string(),
        sheet: sheet.index,
        width: sheet.width,
        height: sheet.height,
        utilisation,
        parts,
    }
}

/// What writing one material's sheets gives: the files, the build sheet's pages (when it is
/// wanted) and every sheet's drawing.
pub(super) struct Written {
    /// Files written.
    pub files: Vec<OutFile>,
    /// Build sheet pages (nominal geometry).
    pub pages: Vec<SheetPage>,
    /// Drawings for `sheets.json`.
    pub drawings: Vec<SheetDrawing>,
}

/// Writes every sheet of one material in every per-sheet format of `kinds`; returns the
/// files written, when the build sheet is wanted its pages (nominal geometry), and the
/// sheets' drawings.
pub(super) fn write_sheets(
    names: &SheetNames,
    prepared: &PreparedMaterial<'_>,
    outcome: &NestOutcome,
    choice: &StockChoice,
    plan: &ExportPlan,
    kinds: &[CutFile],
    out_dir: &Path,
) -> Result<Written, ExportError> {
    let setup = &plan.setup;
    let laser = setup.is_laser();
    let mut settings = setup.cnc.clone();
    if let Some(s) = settings.as_mut() {
        s.z_min = -(choice.thickness + plan.machine.spoilboard_limit);
        s.tab_height = (choice.thickness * 0.25).clamp(1.0, 4.0);
    }
    let n_sheets = outcome.sheets.len() as u32;
    let mut files = Vec::new();
    let mut pages = Vec::new();
    let mut drawings = Vec::new();
    for (si, layout) in outcome.sheets.iter().enumerate() {
        let index = si as u32 + 1;
        let labels: Vec<String> = layout
            .placements
            .iter()
            .map(|p| prepared.instance_label(p.part, p.instance))
            .collect();
        for kind in kinds {
            let offset = match kind {
                CutFile::Svg => setup.kerf / 2.0,
                CutFile::Dxf => 0.0,
                CutFile::Gcode => setup.tool_diameter / 2.0,
                CutFile::Pdf => continue,
            };
            let sheet = cut_sheet(names, prepared, layout, choice, index, (offset, laser))?;
            let bytes: Vec<u8> = match kind {
                CutFile::Svg => laser::write_svg(&sheet).into_bytes(),
                CutFile::Dxf => dxf_writer::write_dxf(&sheet)
                    .map_err(|e| ExportError::Internal(e.to_string()))?,
                _ => {
                    let s = settings.as_ref().ok_or_else(|| ExportError::Unbuildable {
                        message: Message::new("refusal-export-gcode-needs-cnc").into(),
                        hint: Some(Hint::UseFormat {
                            format: "svg".into(),
                        }),
                    })?;
                    gcode::write_gcode(&sheet, s)
                        .map_err(|e| ExportError::unbuildable(gcode_refusal(&e)))?
                        .into_bytes()
                }
            };
            let name = format!(
                "{}-{}-sheet{}.{}",
                names.stem,
                choice.material,
                index,
                kind.ext()
            );
            write_file(out_dir, &name, &bytes)?;
            files.push(OutFile {
                file: name,
                kind: *kind,
                sheet: index,
                material: choice.material.clone(),
                labels: labels.clone(),
                utilisation: layout.utilisation,
            });
        }
        let nominal = cut_sheet(names, prepared, layout, choice, index, (0.0, laser))?;
        drawings.push(drawing(&nominal, &choice.material, layout.utilisation));
        if kinds.contains(&CutFile::Pdf) {
            pages.push(SheetPage {
                sheet: nominal,
                material: names.material.clone(),
                utilisation: layout.utilisation,
                of: n_sheets,
            });
        }
    }
    Ok(Written {
        files,
        pages,
        drawings,
    })
}

/// What names a job's sheets: the file-name stem (a design's or a project's slug), the title
/// printed on each sheet (name and version) and the material's name.
pub(super) struct SheetNames {
    /// File names start with it.
    pub stem: String,
    /// Printed on every sheet before the material.
    pub title: String,
    /// The material's name for the build sheet's pages.
    pub material: String,
}

impl SheetNames {
    /// A design's own export.
    pub fn design(design: &Design, material_id: &str) -> SheetNames {
        SheetNames {
            stem: design.slug.clone(),
            title: format!("{} {}", design.name, design.version),
            material: material_name(design, material_id),
        }
    }
}

/// A material's name in the design, else its id.
pub(super) fn material_name(design: &Design, id: &str) -> String {
    design
        .material(id)
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
    names: &SheetNames,
    prepared: &PreparedMaterial<'_>,
    layout: &SheetLayout,
    choice: &StockChoice,
    index: u32,
    (offset, laser): (f64, bool),
) -> Result<CutSheet, ExportError> {
    let mut out = Vec::with_capacity(layout.placements.len());
    for pl in &layout.placements {
        let part = prepared.parts[pl.part];
        let placed = pl.polygon(&prepared.polygons[pl.part]);
        let cut = geometry::offset(&part.label, &placed, offset, laser)?;
        let small = placed.bounding_rect().is_some_and(|r| {
            r.width().min(r.height()) < 150.0 || placed.unsigned_area() < 40_000.0
        });
        let mut contours = Vec::new();
        for ring in cut.interiors() {
            contours.push(CutContour {
                points: ring_points(ring),
                kind: ContourKind::Inside,
                depth: choice.thickness,
                tabs: false,
            });
        }
        for ring in &prepared.marks[pl.part] {
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
            let h = placed
                .bounding_rect()
                .map_or(6.0, |r| (r.width().min(r.height()) / 6.0).clamp(3.0, 12.0));
            texts.push(CutText {
                text: part.label.clone(),
                at: [p.x(), p.y()],
                height: h,
                rotation: 0.0,
            });
        }
        out.push(CutPart {
            label: prepared.instance_label(pl.part, pl.instance),
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
            "{} - {} {} mm - sheet {}",
            names.title,
            choice.material,
            format_number(choice.thickness),
            index
        ),
        parts: out,
    })
}

/// Why the G-code writer refused a sheet, as a catalogue message where the machine's
/// settings are the cause (a cut deeper than the machine reaches, tabs that do not fit,
/// too many passes); the writer's English words for the rest, which validated makerspace
/// profiles do not reach. `what` names the part and contour as the writer does.
fn gcode_refusal(e: &barnraise_exporters::Error) -> Wording {
    use barnraise_exporters::Error as E;
    match e {
        E::TooDeep {
            what, total, z_min, ..
        } => Message::new("refusal-gcode-too-deep")
            .arg("what", what.as_str())
            .arg("depth", *total)
            .arg("limit", -*z_min)
            .into(),
        E::TabsDoNotFit {
            what,
            count,
            width,
            perimeter,
        } => Message::new("refusal-gcode-tabs")
            .arg("what", what.as_str())
            .arg("count", *count)
            .arg("width", *width)
            .arg("perimeter", *perimeter)
            .into(),
        E::TooManyPasses {
            what,
            passes,
            pass_depth,
            max,
        } => Message::new("refusal-gcode-passes")
            .arg("what", what.as_str())
            .arg("passes", *passes)
            .arg("pass_depth", *pass_depth)
            .arg("max", *max)
            .into(),
        other => other.to_string().into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_cut_deeper_than_the_machine_reaches_is_refused_in_the_readers_language() {
        let e = barnraise_exporters::Error::TooDeep {
            what: "part A1 #1, contour 1 (Outside)".into(),
            depth: 18.5,
            overcut: 0.5,
            total: 19.0,
            z_min: -12.0,
        };
        let w = gcode_refusal(&e);
        let m = w.message().expect("a catalogue message");
        let en = m.text(Lang::En);
        assert!(
            en.contains("19 mm deep") && en.contains("at most 12 mm"),
            "{en}"
        );
        let fr = m.text(Lang::Fr);
        assert!(
            fr.contains("au plus 12 mm") && fr.contains("part A1"),
            "{fr}"
        );
    }
}
