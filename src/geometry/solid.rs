//! 3D: sheet parts become solids, and solids are put together into the assembled object.
//!
//! A part's solid is its profile (outline, tabs, slots and holes: the cut geometry before
//! kerf and dogbones) extruded by the sheet's thickness with `truck-modeling`, tessellated
//! once with `truck-meshalgo`. Copies share their part's solid and mesh and differ only by a
//! rigid [`Transform`]: from the manifest's `placements` when every copy has one, otherwise
//! an exploded flat layout with the parts side by side on the ground.
//!
//! Knows nothing of files: the exporters turn an [`Assembly`] into STL, STEP or PNG.

use std::collections::HashMap;

use barnraise_exporters::{Mesh, StepSolid, Transform};
use geo::orient::{Direction, Orient};
use geo::{Coord, LineString};
use truck_meshalgo::prelude::{MeshableShape, MeshedShape, OptimizingFilter, PolygonMesh};
use truck_modeling::{Point3, Solid, Vector3, Wire, builder};

use crate::model::{Diagnostic, EvaluatedDesign, EvaluatedPart};

use super::part_profile;

/// Chordal tolerance of the tessellation, mm. Faces are planar, so this only matters for
/// rounding; the profile's arcs are already flattened to [`super::FLATTEN_TOLERANCE`].
const MESH_TOLERANCE: f64 = 0.05;
/// Mesh corners closer than this are one corner, mm.
const MERGE_TOLERANCE: f64 = 1e-6;
/// Gap between parts in the exploded layout, mm.
const EXPLODED_GAP: f64 = 40.0;

/// Why a design could not be made into solids.
#[derive(Debug, thiserror::Error)]
pub enum SolidError {
    /// A part's profile is not buildable (the same problems `validate` reports).
    #[error("part {label}: {}", .problems.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("; "))]
    Profile {
        /// The part's label.
        label: String,
        /// What is wrong.
        problems: Vec<Diagnostic>,
    },
    /// The B-rep kernel refused the profile.
    #[error("part {label}: could not build its solid: {reason}")]
    Kernel {
        /// The part's label.
        label: String,
        /// The kernel's message.
        reason: String,
    },
    /// The tessellated solid has the wrong volume (a kernel fault).
    #[error(
        "part {label}: its mesh has the wrong volume ({volume:.1} mm³, expected {expected:.1} mm³)"
    )]
    BadMesh {
        /// The part's label.
        label: String,
        /// Volume of the mesh.
        volume: f64,
        /// Area × thickness.
        expected: f64,
    },
    /// The design has no parts.
    #[error("the design has no parts to build")]
    Empty,
}

/// One part's solid, in the part's own coordinates: the profile in the xy plane, from
/// z = 0 up to z = thickness.
#[derive(Debug, Clone)]
pub struct PartSolid {
    /// The part's label.
    pub label: String,
    /// Index into the design's parts.
    pub part: usize,
    /// Sheet thickness, mm.
    pub thickness: f64,
    /// Net profile area, mm².
    pub area: f64,
    /// The B-rep solid.
    pub solid: Solid,
    /// Its triangle mesh, of the right volume.
    pub mesh: Mesh,
    /// Whether every mesh edge has exactly one opposite (false for a few imported outlines
    /// whose faces tessellate with T-junctions; the volume is still checked).
    pub closed: bool,
}

impl PartSolid {
    /// Area × thickness, mm³.
    pub fn volume(&self) -> f64 {
        self.area * self.thickness
    }
}

/// One copy of a part in the assembly.
#[derive(Debug, Clone)]
pub struct Instance {
    /// Index into [`Assembly::parts`].
    pub part: usize,
    /// Copy number, from 1.
    pub copy: u32,
    /// `LABEL` for a single part, `LABEL #n` for the n-th copy.
    pub name: String,
    /// Where the copy sits.
    pub transform: Transform,
}

/// The design in 3D: a solid per part and a transform per copy.
#[derive(Debug, Clone)]
pub struct Assembly {
    /// Solids, one per part (in manifest order).
    pub parts: Vec<PartSolid>,
    /// Every copy of every part.
    pub instances: Vec<Instance>,
    /// True when every copy was placed from the manifest's placements; false when some or
    /// all lie in the exploded flat layout.
    pub assembled: bool,
}

impl Assembly {
    /// All copies merged into one mesh, in assembly coordinates.
    pub fn mesh(&self) -> Mesh {
        let mut out = Mesh::default();
        for i in &self.instances {
            out.append(&self.parts[i.part].mesh.transformed(&i.transform));
        }
        out
    }

    /// The mesh of one copy, in assembly coordinates.
    pub fn instance_mesh(&self, i: &Instance) -> Mesh {
        self.parts[i.part].mesh.transformed(&i.transform)
    }

    /// Σ area × thickness over every copy, mm³.
    pub fn volume(&self) -> f64 {
        self.instances
            .iter()
            .map(|i| self.parts[i.part].volume())
            .sum()
    }

    /// One named solid per copy, in assembly coordinates, for STEP.
    pub fn step_solids(&self) -> Vec<StepSolid> {
        self.instances
            .iter()
            .map(|i| {
                let m = i.transform.matrix();
                let mat = truck_modeling::Matrix4::new(
                    m[0][0], m[1][0], m[2][0], m[3][0], m[0][1], m[1][1], m[2][1], m[3][1],
                    m[0][2], m[1][2], m[2][2], m[3][2], m[0][3], m[1][3], m[2][3], m[3][3],
                );
                StepSolid {
                    name: i.name.clone(),
                    solid: builder::transformed(&self.parts[i.part].solid, mat),
                }
            })
            .collect()
    }
}

/// Builds every part's solid and places every copy.
pub fn assemble(design: &EvaluatedDesign) -> Result<Assembly, SolidError> {
    if design.parts.is_empty() {
        return Err(SolidError::Empty);
    }
    let parts = design
        .parts
        .iter()
        .enumerate()
        .map(|(i, p)| part_solid(p, i))
        .collect::<Result<Vec<_>, _>>()?;
    let mut instances = Vec::new();
    let mut loose = Vec::new();
    for (pi, p) in design.parts.iter().enumerate() {
        for copy in 1..=p.quantity {
            let name = if p.quantity == 1 {
                p.label.clone()
            } else {
                format!("{} #{copy}", p.label)
            };
            match p.placements.get(copy as usize - 1) {
                Some(pl) if p.placements.len() == p.quantity as usize => {
                    instances.push(Instance {
                        part: pi,
                        copy,
                        name,
                        transform: Transform::from_placement(pl.at, pl.rotate),
                    });
                }
                _ => loose.push(Instance {
                    part: pi,
                    copy,
                    name,
                    transform: Transform::IDENTITY,
                }),
            }
        }
    }
    let assembled = loose.is_empty();
    if !loose.is_empty() {
        // Lay the loose copies flat in rows beside whatever is assembled.
        let placed = Assembly {
            parts: parts.clone(),
            instances: instances.clone(),
            assembled: true,
        };
        let start_x = placed
            .mesh()
            .bounds()
            .map_or(0.0, |(_, hi)| hi[0] + 4.0 * EXPLODED_GAP);
        lay_flat(&parts, &mut loose, start_x);
        instances.extend(loose);
    }
    Ok(Assembly {
        parts,
        instances,
        assembled,
    })
}

/// Shelf-packs copies lying flat, tallest first, in rows about as long as the whole is deep.
fn lay_flat(parts: &[PartSolid], loose: &mut [Instance], start_x: f64) {
    let size = |i: &Instance| {
        parts[i.part]
            .mesh
            .bounds()
            .map_or(([0.0; 3], [0.0; 3]), |b| b)
    };
    let total: f64 = loose
        .iter()
        .map(|i| {
            let (lo, hi) = size(i);
            (hi[0] - lo[0] + EXPLODED_GAP) * (hi[1] - lo[1] + EXPLODED_GAP)
        })
        .sum();
    let widest = loose
        .iter()
        .map(|i| {
            let (lo, hi) = size(i);
            hi[0] - lo[0]
        })
        .fold(0.0, f64::max);
    let row_length = (total.sqrt() * 1.3).max(widest);
    let mut order: Vec<usize> = (0..loose.len()).collect();
    order.sort_by(|&a, &b| {
        let ha = size(&loose[a]).1[1] - size(&loose[a]).0[1];
        let hb = size(&loose[b]).1[1] - size(&loose[b]).0[1];
        hb.total_cmp(&ha).then(a.cmp(&b))
    });
    let (mut x, mut y, mut row_h) = (0.0, 0.0, 0.0f64);
    for k in order {
        let (lo, hi) = size(&loose[k]);
        let (w, h) = (hi[0] - lo[0], hi[1] - lo[1]);
        if x > 0.0 && x + w > row_length {
            x = 0.0;
            y -= row_h + EXPLODED_GAP;
            row_h = 0.0;
        }
        loose[k].transform = Transform {
            rotation: Transform::IDENTITY.rotation,
            translation: [start_x + x - lo[0], y - h - lo[1], -lo[2]],
        };
        x += w + EXPLODED_GAP;
        row_h = row_h.max(h);
    }
}

/// The solid of one part (index `index` in its design).
pub fn part_solid(part: &EvaluatedPart, index: usize) -> Result<PartSolid, SolidError> {
    let profile = part_profile(part).map_err(|problems| SolidError::Profile {
        label: part.label.clone(),
        problems,
    })?;
    let kernel = |reason: String| SolidError::Kernel {
        label: part.label.clone(),
        reason,
    };
    // Outer ring counter-clockwise, holes clockwise: truck does not check, and a hole wound
    // the wrong way silently adds volume.
    let polygon = profile.polygon.orient(Direction::Default);
    let mut wires = vec![
        wire(polygon.exterior())
            .ok_or_else(|| kernel("outline has fewer than 3 corners".into()))?,
    ];
    for hole in polygon.interiors() {
        wires.push(wire(hole).ok_or_else(|| kernel("a hole has fewer than 3 corners".into()))?);
    }
    let face = builder::try_attach_plane(&wires).map_err(|e| kernel(e.to_string()))?;
    let face = if face_points_up(&face) {
        face
    } else {
        face.inverse()
    };
    let solid = builder::tsweep(&face, Vector3::new(0.0, 0.0, part.thickness));
    let mut poly = solid.triangulation(MESH_TOLERANCE).to_polygon();
    let mut mesh = merged_mesh(&poly);
    if !mesh.is_closed() {
        // A corner that fell on a grid line: truck's own (slower) merge within tolerance.
        poly.put_together_same_attrs(MERGE_TOLERANCE);
        mesh = merged_mesh(&poly);
    }
    let expected = profile.area * part.thickness;
    let volume = mesh.volume();
    // An open mesh of the right volume is still a true picture of the part (seen on real
    // boxes.py and WikiHouse outlines); a wrong volume is a kernel fault.
    let closed = mesh.is_closed();
    if (volume - expected).abs() > 1e-3 * expected.max(1.0) {
        return Err(SolidError::BadMesh {
            label: part.label.clone(),
            volume,
            expected,
        });
    }
    Ok(PartSolid {
        label: part.label.clone(),
        part: index,
        thickness: part.thickness,
        area: profile.area,
        solid,
        mesh,
        closed,
    })
}

/// The mesh with equal positions merged. Faces are tessellated separately, so corners they
/// share come as copies that differ in the last bits: positions are snapped to a
/// [`MERGE_TOLERANCE`] grid and hashed (O(n); truck's own filter is quadratic and took a
/// second for a plate with 70 holes).
fn merged_mesh(poly: &PolygonMesh) -> Mesh {
    let mut seen: HashMap<[i64; 3], u32> = HashMap::new();
    let mut positions: Vec<[f64; 3]> = Vec::new();
    let ids: Vec<u32> = poly
        .positions()
        .iter()
        .map(|p| {
            let key = [p.x, p.y, p.z].map(|v| (v / MERGE_TOLERANCE).round() as i64);
            *seen.entry(key).or_insert_with(|| {
                positions.push([p.x, p.y, p.z]);
                positions.len() as u32 - 1
            })
        })
        .collect();
    let triangles = poly
        .faces()
        .triangle_iter()
        .map(|t| t.map(|v| ids[v.pos]))
        .filter(|t| t[0] != t[1] && t[1] != t[2] && t[0] != t[2])
        .collect();
    Mesh {
        positions,
        triangles,
    }
}

/// A closed wire of straight edges through the ring's points (the closing point dropped,
/// repeated points skipped).
fn wire(ring: &LineString<f64>) -> Option<Wire> {
    let mut pts: Vec<Coord<f64>> = Vec::with_capacity(ring.0.len());
    for &c in &ring.0 {
        if pts
            .last()
            .is_none_or(|l: &Coord<f64>| (l.x - c.x).abs() > 1e-9 || (l.y - c.y).abs() > 1e-9)
        {
            pts.push(c);
        }
    }
    while pts.len() > 1 && {
        let (f, l) = (pts[0], pts[pts.len() - 1]);
        (f.x - l.x).abs() <= 1e-9 && (f.y - l.y).abs() <= 1e-9
    } {
        pts.pop();
    }
    if pts.len() < 3 {
        return None;
    }
    let vs: Vec<_> = pts
        .iter()
        .map(|c| builder::vertex(Point3::new(c.x, c.y, 0.0)))
        .collect();
    Some(
        (0..vs.len())
            .map(|i| builder::line(&vs[i], &vs[(i + 1) % vs.len()]))
            .collect(),
    )
}

/// True when the face's normal points to +z.
fn face_points_up(face: &truck_modeling::Face) -> bool {
    use truck_modeling::ParametricSurface3D;
    let n = face.oriented_surface().normal(0.0, 0.0);
    n.z > 0.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_manifest;

    fn design(toml: &str) -> EvaluatedDesign {
        let d = parse_manifest(toml, None).unwrap();
        d.evaluate(&Default::default()).unwrap()
    }

    const PLATE: &str = r#"
name = "Plate"
slug = "plate"
version = "1.0.0"
summary = "A plate with two holes"
category = "workshop"
license = "CC0-1.0"
authors = ["A"]
[parameters.thickness]
type = "length"
default = 12
[materials.ply]
name = "Plywood"
kind = "plywood"
nominal_thickness = 12
thickness = "thickness"
[[parts]]
label = "P"
name = "Plate"
material = "ply"
quantity = 2
process = "cnc"
outline = { shape = "rect", width = 100, height = 50 }
holes = [ { shape = "circle", center = [25, 25], diameter = 10 }, { shape = "rect", center = [70, 25], width = 20, height = 10 } ]
"#;

    #[test]
    fn a_plate_with_holes_has_area_times_thickness_volume() {
        let d = design(PLATE);
        let s = part_solid(&d.parts[0], 0).unwrap();
        let area = 100.0 * 50.0 - 200.0 - std::f64::consts::PI * 25.0;
        assert!((s.area - area).abs() / area < 2e-4, "{}", s.area);
        assert!(s.mesh.is_closed());
        assert!((s.mesh.volume() - s.area * 12.0).abs() < 1e-6 * s.volume().max(1.0) * 1e3);
        let (lo, hi) = s.mesh.bounds().unwrap();
        assert_eq!((lo, hi), ([0.0, 0.0, 0.0], [100.0, 50.0, 12.0]));
    }

    #[test]
    fn designs_without_placements_are_laid_out_flat_without_overlap() {
        let d = design(PLATE);
        let a = assemble(&d).unwrap();
        assert!(!a.assembled);
        assert_eq!(a.instances.len(), 2);
        assert_eq!(a.instances[1].name, "P #2");
        let b: Vec<_> = a
            .instances
            .iter()
            .map(|i| a.instance_mesh(i).bounds().unwrap())
            .collect();
        let apart = b[0].1[0] <= b[1].0[0]
            || b[1].1[0] <= b[0].0[0]
            || b[0].1[1] <= b[1].0[1]
            || b[1].1[1] <= b[0].0[1];
        assert!(apart, "{b:?}");
        assert!(b.iter().all(|(lo, hi)| lo[2] == 0.0 && hi[2] == 12.0));
        assert!((a.mesh().volume() - a.volume()).abs() / a.volume() < 1e-9);
    }

    #[test]
    fn placements_put_copies_where_the_manifest_says() {
        let toml = PLATE.replace(
            "outline = { shape = \"rect\", width = 100, height = 50 }",
            "outline = { shape = \"rect\", width = 100, height = 50 }\nplacements = [ { at = [0, 0, 0], rotate = [90, 0, 0], repeat = { count = 2, step = [0, \"thickness + 10\", 0] } } ]",
        );
        let d = design(&toml);
        let a = assemble(&d).unwrap();
        assert!(a.assembled);
        let (lo, hi) = a.instance_mesh(&a.instances[1]).bounds().unwrap();
        // Standing up: y → z, z → −y; the second copy 22 mm further along y.
        assert!(
            (lo[1] - 10.0).abs() < 1e-9 && (hi[1] - 22.0).abs() < 1e-9,
            "{lo:?} {hi:?}"
        );
        assert!((hi[2] - 50.0).abs() < 1e-9);
    }
}
