//! DXF (R2000, millimetres) from a [`CutSheet`], for CAM software.
//!
//! - Header: `$ACADVER` AC1015 (R2000, the oldest version with `$INSUNITS`),
//!   `$INSUNITS = 4` (mm), `$MEASUREMENT = 1` (metric).
//! - Coordinates exactly as in the sheet: mm, origin at the lower-left corner, y up.
//! - Every contour is one closed `LWPOLYLINE` (closed flag set, first vertex not repeated).
//! - One layer per operation and depth, each with its own colour in the LAYER table:
//!   `CUT_INSIDE_{depth}MM`, `CUT_OUTSIDE_{depth}MM`, `POCKET_{depth}MM`,
//!   `SCORE_{depth}MM` (depth with two decimals, e.g. `CUT_OUTSIDE_17.40MM`),
//!   `ENGRAVE` for labels (`TEXT`, centred on their position) and `SHEET` for the stock
//!   outline (a closed rectangle 0,0 → width,height).
//! - Depths are the contours' own depths; the CNC overcut is a machine setting and is not
//!   added here.

use dxf::entities::{Entity, EntityType, LwPolyline, Text};
use dxf::enums::{
    AcadVersion, DrawingUnits, HorizontalTextJustification, Units, VerticalTextJustification,
};
use dxf::tables::Layer;
use dxf::{Color, Drawing, LwPolylineVertex, Point};

use crate::cut::{ContourKind, CutSheet};
use crate::error::Error;
use crate::util::{check_contour, finite};

/// Layer of the sheet (stock) outline.
pub const SHEET_LAYER: &str = "SHEET";
/// Layer of engraved labels.
pub const ENGRAVE_LAYER: &str = "ENGRAVE";

/// The layer a contour of `kind` cut to `depth` mm goes on, e.g. `CUT_OUTSIDE_17.40MM`.
pub fn layer_name(kind: ContourKind, depth: f64) -> String {
    let op = match kind {
        ContourKind::Inside => "CUT_INSIDE",
        ContourKind::Outside => "CUT_OUTSIDE",
        ContourKind::Pocket => "POCKET",
        ContourKind::Score => "SCORE",
    };
    let depth = format!("{depth:.2}");
    let depth = if depth == "-0.00" { "0.00" } else { &depth };
    format!("{op}_{depth}MM")
}

/// Preferred AutoCAD colour index per kind of layer.
fn base_colour(kind: Option<ContourKind>) -> u8 {
    match kind {
        Some(ContourKind::Outside) => 1, // red
        Some(ContourKind::Inside) => 6,  // magenta
        Some(ContourKind::Pocket) => 3,  // green
        Some(ContourKind::Score) => 5,   // blue
        None => 7,                       // white/black: ENGRAVE
    }
}

/// Layers in order of first use, each with a distinct colour index.
#[derive(Default)]
struct Layers(Vec<(String, u8)>);

impl Layers {
    fn use_layer(&mut self, name: &str, preferred: u8) {
        if self.0.iter().any(|(n, _)| n == name) {
            return;
        }
        let taken = |c: u8| self.0.iter().any(|(_, t)| *t == c);
        let colour = if taken(preferred) {
            // Further depths of the same operation: pick an unused colour from the wheel.
            (10..=250u8)
                .step_by(10)
                .chain(1..=255)
                .find(|c| !taken(*c))
                .unwrap_or(preferred)
        } else {
            preferred
        };
        self.0.push((name.to_string(), colour));
    }
}

/// A closed LWPOLYLINE entity on `layer` through `points`.
fn polyline(layer: &str, points: &[[f64; 2]]) -> Entity {
    let mut poly = LwPolyline::default();
    poly.set_is_closed(true);
    poly.vertices = points
        .iter()
        .map(|p| LwPolylineVertex {
            x: p[0],
            y: p[1],
            ..Default::default()
        })
        .collect();
    let mut entity = Entity::new(EntityType::LwPolyline(poly));
    entity.common.layer = layer.to_string();
    entity
}

/// Writes `sheet` as an R2000 DXF file in millimetres.
///
/// Contours with fewer than two points are left out (nothing to cut). Fails with
/// [`Error::NonFinite`] if the sheet size, a coordinate, a depth or a label's position,
/// height or rotation is NaN or infinite, with [`Error::BadDepth`] for a depth ≤ 0, and
/// with [`Error::BadSheet`] for a sheet width or height ≤ 0.
pub fn write_dxf(sheet: &CutSheet) -> Result<Vec<u8>, Error> {
    for (name, value) in [("width", sheet.width), ("height", sheet.height)] {
        finite(|| format!("sheet {name}"), value)?;
        if value <= 0.0 {
            return Err(Error::BadSheet {
                name,
                value,
                reason: "must be greater than 0".into(),
            });
        }
    }

    let mut layers = Layers::default();
    layers.use_layer(SHEET_LAYER, 8);
    let mut entities = vec![polyline(
        SHEET_LAYER,
        &[
            [0.0, 0.0],
            [sheet.width, 0.0],
            [sheet.width, sheet.height],
            [0.0, sheet.height],
        ],
    )];

    for part in &sheet.parts {
        for (i, contour) in part.contours.iter().enumerate() {
            check_contour(part, i, contour)?;
            if contour.points.len() < 2 {
                continue;
            }
            let layer = layer_name(contour.kind, contour.depth);
            layers.use_layer(&layer, base_colour(Some(contour.kind)));
            entities.push(polyline(&layer, &contour.points));
        }
        for (i, label) in part.texts.iter().enumerate() {
            let what = |field: &str| {
                format!(
                    "part {} #{}, label {} ({:?}), {field}",
                    part.label,
                    part.instance,
                    i + 1,
                    label.text
                )
            };
            let x = finite(|| what("x"), label.at[0])?;
            let y = finite(|| what("y"), label.at[1])?;
            let height = finite(|| what("height"), label.height)?;
            let rotation = finite(|| what("rotation"), label.rotation)?;
            if height <= 0.0 {
                continue;
            }
            layers.use_layer(ENGRAVE_LAYER, base_colour(None));
            let at = Point::new(x, y, 0.0);
            let text = Text {
                location: at.clone(),
                second_alignment_point: at,
                text_height: height,
                rotation,
                value: label
                    .text
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect(),
                horizontal_text_justification: HorizontalTextJustification::Center,
                vertical_text_justification: VerticalTextJustification::Middle,
                ..Default::default()
            };
            let mut entity = Entity::new(EntityType::Text(text));
            entity.common.layer = ENGRAVE_LAYER.to_string();
            entities.push(entity);
        }
    }

    let mut drawing = Drawing::new();
    drawing.header.version = AcadVersion::R2000;
    drawing.header.default_drawing_units = Units::Millimeters;
    drawing.header.drawing_units = DrawingUnits::Metric;
    for (name, colour) in &layers.0 {
        drawing.add_layer(Layer {
            name: name.clone(),
            color: Color::from_index(*colour),
            ..Default::default()
        });
    }
    for entity in entities {
        drawing.add_entity(entity);
    }
    let mut bytes = Vec::new();
    drawing
        .save(&mut bytes)
        .map_err(|e| Error::Dxf(e.to_string()))?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cut::{CutContour, CutPart, CutText};

    fn rect(x0: f64, y0: f64, x1: f64, y1: f64, kind: ContourKind, depth: f64) -> CutContour {
        CutContour {
            points: vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1]],
            kind,
            depth,
            tabs: false,
        }
    }

    fn sheet() -> CutSheet {
        CutSheet {
            width: 2440.0,
            height: 1220.0,
            thickness: 17.4,
            index: 1,
            title: "Bench".into(),
            parts: vec![CutPart {
                label: "Sä1".into(),
                instance: 1,
                contours: vec![
                    rect(10.0, 10.0, 510.0, 310.0, ContourKind::Outside, 17.4),
                    rect(20.0, 20.0, 40.0, 40.0, ContourKind::Inside, 17.4),
                    rect(50.0, 20.0, 70.0, 40.0, ContourKind::Pocket, 3.0),
                    rect(80.0, 20.0, 100.0, 40.0, ContourKind::Pocket, 6.0),
                    rect(110.0, 20.0, 130.0, 40.0, ContourKind::Score, 0.5),
                    CutContour {
                        points: vec![],
                        kind: ContourKind::Inside,
                        depth: 17.4,
                        tabs: false,
                    },
                ],
                texts: vec![CutText {
                    text: "Sä1".into(),
                    at: [260.0, 160.0],
                    height: 10.0,
                    rotation: 30.0,
                }],
            }],
        }
    }

    fn load(bytes: &[u8]) -> Drawing {
        match Drawing::load(&mut &bytes[..]) {
            Ok(d) => d,
            Err(e) => panic!("written DXF does not load back: {e}"),
        }
    }

    #[test]
    fn layer_names_carry_the_depth() {
        assert_eq!(layer_name(ContourKind::Inside, 17.4), "CUT_INSIDE_17.40MM");
        assert_eq!(
            layer_name(ContourKind::Outside, 17.4),
            "CUT_OUTSIDE_17.40MM"
        );
        assert_eq!(layer_name(ContourKind::Pocket, 3.0), "POCKET_3.00MM");
        assert_eq!(layer_name(ContourKind::Score, 0.5), "SCORE_0.50MM");
    }

    #[test]
    fn round_trip_units_layers_entities() {
        let bytes = write_dxf(&sheet()).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("AC1015"), "R2000");
        let d = load(&bytes);
        assert_eq!(d.header.version, AcadVersion::R2000);
        assert_eq!(d.header.default_drawing_units, Units::Millimeters);
        assert_eq!(d.header.drawing_units, DrawingUnits::Metric);

        let mut names: Vec<(String, Option<u8>)> = d
            .layers()
            .map(|l| (l.name.clone(), l.color.index()))
            .filter(|(n, _)| n != "0")
            .collect();
        names.sort();
        let expected = [
            "CUT_INSIDE_17.40MM",
            "CUT_OUTSIDE_17.40MM",
            "ENGRAVE",
            "POCKET_3.00MM",
            "POCKET_6.00MM",
            "SCORE_0.50MM",
            "SHEET",
        ];
        assert_eq!(
            names.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            expected
        );
        let mut colours: Vec<Option<u8>> = names.iter().map(|(_, c)| *c).collect();
        colours.sort();
        colours.dedup();
        assert_eq!(colours.len(), expected.len(), "distinct colours: {names:?}");

        let entities: Vec<&Entity> = d.entities().collect();
        // Sheet + 5 contours (the empty one is skipped) + 1 text.
        assert_eq!(entities.len(), 7);
        let mut polylines = 0;
        for e in &entities {
            match &e.specific {
                EntityType::LwPolyline(p) => {
                    polylines += 1;
                    assert!(p.is_closed());
                    assert_eq!(p.vertices.len(), 4, "first vertex not repeated");
                }
                EntityType::Text(t) => {
                    assert_eq!(e.common.layer, ENGRAVE_LAYER);
                    assert_eq!(t.value, "Sä1");
                    assert_eq!(t.text_height, 10.0);
                    assert_eq!(t.rotation, 30.0);
                    assert_eq!(
                        t.horizontal_text_justification,
                        HorizontalTextJustification::Center
                    );
                    assert_eq!(
                        t.vertical_text_justification,
                        VerticalTextJustification::Middle
                    );
                    assert_eq!(
                        (t.second_alignment_point.x, t.second_alignment_point.y),
                        (260.0, 160.0)
                    );
                }
                other => panic!("unexpected entity {other:?}"),
            }
        }
        assert_eq!(polylines, 6);
        let sheet_outline = entities
            .iter()
            .find(|e| e.common.layer == SHEET_LAYER)
            .map(|e| match &e.specific {
                EntityType::LwPolyline(p) => p.vertices.iter().map(|v| [v.x, v.y]).collect(),
                _ => vec![],
            })
            .unwrap_or_default();
        assert_eq!(
            sheet_outline,
            vec![[0.0, 0.0], [2440.0, 0.0], [2440.0, 1220.0], [0.0, 1220.0]]
        );
        // y is not flipped.
        assert!(entities.iter().any(|e| match &e.specific {
            EntityType::LwPolyline(p) =>
                e.common.layer == "CUT_OUTSIDE_17.40MM"
                    && p.vertices.first().map(|v| (v.x, v.y)) == Some((10.0, 10.0)),
            _ => false,
        }));
    }

    #[test]
    fn non_finite_input_is_an_error() {
        let mut s = sheet();
        s.parts[0].contours[1].points[2][1] = f64::NAN;
        match write_dxf(&s) {
            Err(Error::NonFinite { what, .. }) => {
                assert!(
                    what.contains("contour 2") && what.contains("point 3"),
                    "{what}"
                )
            }
            other => panic!("expected NonFinite, got {other:?}"),
        }
        let mut s = sheet();
        s.width = f64::INFINITY;
        assert!(matches!(write_dxf(&s), Err(Error::NonFinite { .. })));
        let mut s = sheet();
        s.parts[0].texts[0].rotation = f64::NAN;
        assert!(matches!(write_dxf(&s), Err(Error::NonFinite { .. })));
        let mut s = sheet();
        s.parts[0].contours[0].depth = 0.0;
        assert!(matches!(write_dxf(&s), Err(Error::BadDepth { .. })));
        let mut s = sheet();
        s.height = 0.0;
        assert!(matches!(write_dxf(&s), Err(Error::BadSheet { .. })));
    }

    #[test]
    fn empty_sheet_has_only_the_outline() {
        let mut s = sheet();
        s.parts.clear();
        let d = load(&write_dxf(&s).unwrap_or_default());
        assert_eq!(d.entities().count(), 1);
    }
}
