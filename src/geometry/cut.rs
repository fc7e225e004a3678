//! From a part's profile to what a machine cuts: dogbones in the inside corners of slots
//! and holes flagged for them (CNC), and the kerf or tool-radius offset (outlines grow,
//! holes shrink), with the checks that stop an impossible job before it reaches a machine.

use geo::{
    Area, BooleanOps, Buffer, Contains, InteriorPoint, LineString, MultiPolygon, Point, Polygon,
    algorithm::buffer::{BufferStyle, LineJoin},
};

use super::{FLATTEN_TOLERANCE, PartProfile};
use crate::i18n::Message;
use crate::model::{EvaluatedPart, format_number};

/// Problems with cutting a part on a given machine.
#[derive(Debug, Clone, thiserror::Error, PartialEq)]
pub enum CutError {
    /// The cut width (kerf or bit) is wider than a slot.
    #[error(
        "part {part}: slot at {} is {} mm wide, but the {what} is {} mm: it cannot cut the slot",
        pt(*.at), n(*.width), n(*.cut)
    )]
    SlotTooNarrow {
        /// Part label.
        part: String,
        /// Slot mouth `(x, y)`.
        at: [f64; 2],
        /// Slot width, mm.
        width: f64,
        /// "laser kerf" or "router bit".
        what: &'static str,
        /// Kerf or bit diameter, mm.
        cut: f64,
    },
    /// A dogbone reaches past the part's outside edge.
    #[error(
        "part {part}: a {} mm dogbone at {} would cut through the part's edge; use a smaller bit or move the slot",
        n(*.radius), pt(*.at)
    )]
    DogboneCutsThrough {
        /// Part label.
        part: String,
        /// Dogbone radius, mm.
        radius: f64,
        /// Corner `(x, y)`.
        at: [f64; 2],
    },
    /// A hole is smaller than the bit.
    #[error("part {part}: a hole near {} is smaller than the {} mm {what}", pt(*.at), n(*.cut))]
    HoleTooSmall {
        /// Part label.
        part: String,
        /// Hole `(x, y)`.
        at: [f64; 2],
        /// Bit diameter, mm.
        cut: f64,
        /// "router bit" or "laser kerf".
        what: &'static str,
    },
    /// The offset split or emptied the part.
    #[error("part {part}: offsetting by {} mm for the {what} leaves {pieces} pieces", n(*.offset))]
    Offset {
        /// Part label.
        part: String,
        /// Offset, mm.
        offset: f64,
        /// "router bit" or "laser kerf".
        what: &'static str,
        /// How many pieces.
        pieces: usize,
    },
}

impl CutError {
    /// The problem as a catalogue message (its English is the `Display` text), numbers as
    /// numbers.
    pub fn message(&self) -> Message {
        let tool = |what: &str| {
            Message::new(if what == "laser kerf" {
                "problem-cut-laser-kerf"
            } else {
                "problem-cut-router-bit"
            })
        };
        let point = |p: &[f64; 2]| {
            Message::new("problem-point")
                .arg("x", round(p[0]))
                .arg("y", round(p[1]))
        };
        match self {
            CutError::SlotTooNarrow {
                part,
                at,
                width,
                what,
                cut,
            } => Message::new("problem-cut-slot-too-narrow")
                .arg("part", part.as_str())
                .arg("point", point(at))
                .arg("width", round(*width))
                .arg("tool", tool(what))
                .arg("cut", round(*cut)),
            CutError::DogboneCutsThrough { part, radius, at } => {
                Message::new("problem-cut-dogbone-through")
                    .arg("part", part.as_str())
                    .arg("radius", round(*radius))
                    .arg("point", point(at))
            }
            CutError::HoleTooSmall {
                part,
                at,
                cut,
                what,
            } => Message::new("problem-cut-hole-too-small")
                .arg("part", part.as_str())
                .arg("point", point(at))
                .arg("cut", round(*cut))
                .arg("tool", tool(what)),
            CutError::Offset {
                part,
                offset,
                what,
                pieces,
            } => Message::new("problem-cut-offset")
                .arg("part", part.as_str())
                .arg("offset", round(*offset))
                .arg("tool", tool(what))
                .arg("count", *pieces),
        }
    }
}

fn round(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

fn n(v: f64) -> String {
    format_number((v * 1000.0).round() / 1000.0)
}

fn pt(p: [f64; 2]) -> String {
    format!("({}, {})", n(p[0]), n(p[1]))
}

fn circle(c: [f64; 2], r: f64) -> Polygon<f64> {
    // Enough sides that the circle deviates from the true one by ≤ FLATTEN_TOLERANCE.
    let sides = ((std::f64::consts::PI / (1.0 - FLATTEN_TOLERANCE / r).clamp(-1.0, 1.0).acos())
        .ceil() as usize)
        .clamp(12, 256);
    let pts: Vec<(f64, f64)> = (0..=sides)
        .map(|i| {
            let a = std::f64::consts::TAU * i as f64 / sides as f64;
            // Circumscribed polygon: the cut reaches at least the true radius.
            let rr = r / (std::f64::consts::PI / sides as f64).cos();
            (c[0] + rr * a.cos(), c[1] + rr * a.sin())
        })
        .collect();
    Polygon::new(LineString::from(pts), vec![])
}

/// Checks that a cutter of width `cut` (laser kerf or bit diameter) can cut every slot.
pub fn check_slot_widths(part: &EvaluatedPart, cut: f64, laser: bool) -> Result<(), CutError> {
    for slot in &part.slots {
        if cut >= slot.width {
            return Err(CutError::SlotTooNarrow {
                part: part.label.clone(),
                at: slot.at,
                width: slot.width,
                what: if laser { "laser kerf" } else { "router bit" },
                cut,
            });
        }
    }
    Ok(())
}

/// The profile with dogbones of `radius` at the inner corners of slots and holes flagged
/// for them: a circle through each corner, centred `radius` into the cut-out along the
/// corner's bisector, so a round bit reaches the corner and square edges seat fully.
pub fn with_dogbones(
    part: &EvaluatedPart,
    profile: &PartProfile,
    radius: f64,
) -> Result<Polygon<f64>, CutError> {
    if radius <= 0.0 {
        return Ok(profile.polygon.clone());
    }
    let mut corners: Vec<([f64; 2], [f64; 2])> = Vec::new();
    for slot in part.slots.iter().filter(|s| s.dogbone) {
        let v = slot.direction.vector();
        let u = [-v[1], v[0]];
        for side in [1.0, -1.0] {
            let corner = [
                slot.at[0] + v[0] * slot.depth + u[0] * side * slot.width / 2.0,
                slot.at[1] + v[1] * slot.depth + u[1] * side * slot.width / 2.0,
            ];
            let b = [-v[0] - u[0] * side, -v[1] - u[1] * side];
            corners.push((corner, b));
        }
    }
    for hole in part.holes.iter().filter(|h| h.dogbone) {
        let ring = super::flatten(&hole.contour, FLATTEN_TOLERANCE);
        let poly = Polygon::new(ring.clone(), vec![]);
        let pts: Vec<[f64; 2]> = ring.0.iter().map(|c| [c.x, c.y]).collect();
        let m = pts.len().saturating_sub(1); // closed ring repeats the first point
        for i in 0..m {
            let p = pts[i];
            let a = pts[(i + m - 1) % m];
            let b = pts[(i + 1) % m];
            let e1 = unit([a[0] - p[0], a[1] - p[1]]);
            let e2 = unit([b[0] - p[0], b[1] - p[1]]);
            let cos = e1[0] * e2[0] + e1[1] * e2[1];
            if cos < -0.5 {
                continue; // wider than 120°: not a corner a bit leaves material in
            }
            let bis = unit([e1[0] + e2[0], e1[1] + e2[1]]);
            let probe = Point::new(p[0] + bis[0] * 1e-3, p[1] + bis[1] * 1e-3);
            if poly.contains(&probe) {
                corners.push((p, bis));
            }
        }
    }
    if corners.is_empty() {
        return Ok(profile.polygon.clone());
    }
    let outline = Polygon::new(super::flatten(&part.outline, FLATTEN_TOLERANCE), vec![]);
    let mut cutters = Vec::with_capacity(corners.len());
    for (corner, b) in corners {
        let b = unit(b);
        let c = [corner[0] + b[0] * radius, corner[1] + b[1] * radius];
        let disc = circle(c, radius);
        // The disc may reach into the slot or hole (that is air) but never past the outline.
        let outside = disc.unsigned_area() - disc.intersection(&outline).unsigned_area();
        if outside > 1e-3 {
            return Err(CutError::DogboneCutsThrough {
                part: part.label.clone(),
                radius,
                at: corner,
            });
        }
        cutters.push(disc);
    }
    let cut =
        MultiPolygon::new(vec![profile.polygon.clone()]).difference(&MultiPolygon::new(cutters));
    let mut pieces: Vec<Polygon<f64>> = cut
        .0
        .into_iter()
        .filter(|p| p.unsigned_area() > 1e-3)
        .collect();
    if pieces.len() != 1 {
        let at = profile
            .polygon
            .interior_point()
            .map_or([0.0, 0.0], |p| [p.x(), p.y()]);
        return Err(CutError::DogboneCutsThrough {
            part: part.label.clone(),
            radius,
            at,
        });
    }
    Ok(pieces.remove(0))
}

/// Splits off the holes a bit of `radius` cannot enter (their inward offset vanishes): the
/// part without them, and their rings, which the CNC marks for drilling by hand.
pub fn split_small_holes(
    polygon: &Polygon<f64>,
    radius: f64,
) -> (Polygon<f64>, Vec<LineString<f64>>) {
    if radius <= 0.0 {
        return (polygon.clone(), Vec::new());
    }
    let mut keep = Vec::new();
    let mut marks = Vec::new();
    for ring in polygon.interiors() {
        let hole = Polygon::new(ring.clone(), vec![]);
        let inner =
            hole.buffer_with_style(BufferStyle::new(-radius).line_join(LineJoin::Miter(2.0)));
        if inner.unsigned_area() > 1e-6 {
            keep.push(ring.clone());
        } else {
            marks.push(ring.clone());
        }
    }
    (Polygon::new(polygon.exterior().clone(), keep), marks)
}

fn unit(v: [f64; 2]) -> [f64; 2] {
    let l = (v[0] * v[0] + v[1] * v[1]).sqrt();
    if l < 1e-12 {
        [0.0, 0.0]
    } else {
        [v[0] / l, v[1] / l]
    }
}

/// Offsets a part by `d` mm (positive: the outline grows and the holes shrink), as a laser
/// beam's centre (`d` = kerf / 2) or a router bit's centre (`d` = bit radius) travels.
/// Round joins: the path keeps the part's corners sharp. Fails when a hole is too small for
/// the cutter or the part falls apart.
pub fn offset(
    label: &str,
    polygon: &Polygon<f64>,
    d: f64,
    laser: bool,
) -> Result<Polygon<f64>, CutError> {
    let what = if laser { "laser kerf" } else { "router bit" };
    if d <= 0.0 {
        return Ok(polygon.clone());
    }
    let grown = polygon.buffer_with_style(BufferStyle::new(d).line_join(LineJoin::Round(
        // chord error d·(1 − cos(θ/2)) ≤ FLATTEN_TOLERANCE
        (2.0 * (1.0 - FLATTEN_TOLERANCE / d).clamp(-1.0, 1.0).acos()).clamp(0.05, 0.5),
    )));
    let mut pieces: Vec<Polygon<f64>> = grown
        .0
        .into_iter()
        .filter(|p| p.unsigned_area() > 1e-6)
        .collect();
    if pieces.len() != 1 {
        return Err(CutError::Offset {
            part: label.to_string(),
            offset: d,
            what,
            pieces: pieces.len(),
        });
    }
    let out = pieces.remove(0);
    if out.interiors().len() < polygon.interiors().len() {
        // Find a hole that vanished: one whose interior point is not in any new hole.
        let new_holes: Vec<Polygon<f64>> = out
            .interiors()
            .iter()
            .map(|r| Polygon::new(r.clone(), vec![]))
            .collect();
        for ring in polygon.interiors() {
            let hole = Polygon::new(ring.clone(), vec![]);
            let Some(p) = hole.interior_point() else {
                continue;
            };
            if !new_holes.iter().any(|h| h.contains(&p)) {
                return Err(CutError::HoleTooSmall {
                    part: label.to_string(),
                    at: [p.x(), p.y()],
                    cut: 2.0 * d,
                    what,
                });
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::part_profile;
    use crate::model::{Contour, Direction, EvaluatedPart, Hole, Loc, Process, Slot};
    use geo::BoundingRect;

    fn plate(w: f64, h: f64) -> EvaluatedPart {
        EvaluatedPart {
            label: "T1".into(),
            name: "test".into(),
            material: "ply".into(),
            thickness: 17.4,
            quantity: 1,
            process: Process::Cnc,
            grain: None,
            rotations: vec![0, 90, 180, 270],
            outline: Contour::rect(0.0, 0.0, w, h, 0.0),
            outline_loc: Loc::path_only("outline"),
            holes: vec![],
            slots: vec![],
            tabs: vec![],
            engravings: vec![],
            placements: vec![],
            loc: Loc::path_only("parts[0]"),
        }
    }

    #[test]
    fn kerf_grows_a_rectangle_by_the_kerf() {
        let part = plate(100.0, 50.0);
        let prof = part_profile(&part).unwrap();
        let out = offset("T1", &prof.polygon, 0.1, true).unwrap();
        let r = out.bounding_rect().unwrap();
        assert!((r.width() - 100.2).abs() < 1e-6, "{}", r.width());
        assert!((r.height() - 50.2).abs() < 1e-6, "{}", r.height());
    }

    #[test]
    fn holes_shrink_and_vanish_when_smaller_than_the_bit() {
        let mut part = plate(200.0, 100.0);
        part.holes.push(Hole {
            contour: Contour::circle([50.0, 50.0], 20.0),
            dogbone: false,
            loc: Loc::path_only("holes[0]"),
        });
        let prof = part_profile(&part).unwrap();
        let out = offset("T1", &prof.polygon, 3.175, false).unwrap();
        let hole = Polygon::new(out.interiors()[0].clone(), vec![]);
        let r = hole.bounding_rect().unwrap();
        assert!((r.width() - (20.0 - 6.35)).abs() < 0.05, "{}", r.width());
        let err = offset("T1", &prof.polygon, 12.0, false).unwrap_err();
        assert!(
            err.to_string()
                .contains("smaller than the 24 mm router bit"),
            "{err}"
        );
    }

    #[test]
    fn dogbones_sit_in_slot_corners() {
        let mut part = plate(300.0, 200.0);
        part.slots.push(Slot {
            at: [150.0, 200.0],
            direction: Direction::Down,
            width: 17.7,
            depth: 100.0,
            dogbone: true,
            loc: Loc::path_only("slots[0]"),
        });
        let prof = part_profile(&part).unwrap();
        let r = 3.175;
        let with = with_dogbones(&part, &prof, r).unwrap();
        // Each disc sits r/√2 from both walls, so beyond each wall lies a quarter-circle
        // segment of r²(π/2 − 1)/2: per dogbone (π/2 − 1) r², two dogbones twice that.
        let removed = prof.polygon.unsigned_area() - with.unsigned_area();
        let expected = 2.0 * (std::f64::consts::FRAC_PI_2 - 1.0) * r * r;
        assert!(
            (removed / expected - 1.0).abs() < 0.02,
            "{removed} vs {expected}"
        );
        // The wall beside the corner is now cut back: a point just past the slot's wall,
        // 0.5 mm above its bottom, was wood and is now air.
        let corner = Point::new(150.0 - 17.7 / 2.0 - 0.01, 100.0 + 0.5);
        assert!(prof.polygon.contains(&corner));
        assert!(!with.contains(&corner));
        // A bit wider than the slot is refused by name.
        let err = check_slot_widths(&part, 19.05, false).unwrap_err();
        assert!(err.to_string().contains("17.7 mm wide"), "{err}");
        assert_eq!(err.message().text(crate::i18n::Lang::En), err.to_string());
        let fr = err.message().text(crate::i18n::Lang::Fr);
        assert!(fr.contains("17,7 mm de large"), "{fr}");
        // A huge bit would cut through the thin wall beside the slot.
        let mut thin = plate(40.0, 200.0);
        thin.slots.push(Slot {
            at: [20.0, 200.0],
            direction: Direction::Down,
            width: 17.7,
            depth: 100.0,
            dogbone: true,
            loc: Loc::path_only("slots[0]"),
        });
        let prof = part_profile(&thin).unwrap();
        let err = with_dogbones(&thin, &prof, 12.0).unwrap_err();
        assert!(err.to_string().contains("cut through"), "{err}");
        assert_eq!(err.message().text(crate::i18n::Lang::En), err.to_string());
    }
}
