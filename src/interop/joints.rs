//! Slots, finger notches and mortises that follow the sheet thickness.
//!
//! Owns recognising, in an imported part's outline and holes, the joints whose size is the
//! sheet thickness, so that they can be written as parametric slots and holes: a rectangular
//! notch cut in from a straight edge (with or without dogbone or T-bone reliefs at its inner
//! corners) whose width is the thickness within [`width_tolerance`] becomes an edge slot of
//! width `thickness + clearance`; a notch whose depth is the thickness (a finger joint)
//! becomes a slot of depth `thickness`; a rectangular hole whose short side is the thickness
//! becomes a mortise. The notch is filled in the outline and the slot cut back by the
//! evaluator. Must not write manifests or know files: it works on rings in mm, axis-aligned
//! (the caller turns parts so that their edges are).

use super::shapes::{Pts, clean, to_polygon};
use geo::Area;

/// Widths within this of the thickness (mm) are taken as "the thickness": 10 % of it, at
/// least 0.5 mm, at most 2 mm (a WikiHouse slot is drawn 18.2–18.5 mm for 18 mm ply).
pub fn width_tolerance(thickness: f64) -> f64 {
    (0.1 * thickness).clamp(0.5, 2.0)
}

/// Which way a slot runs into the part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    /// +y.
    Up,
    /// −y.
    Down,
    /// −x.
    Left,
    /// +x.
    Right,
}

impl Dir {
    /// As written in design.toml.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Up => "up",
            Dir::Down => "down",
            Dir::Left => "left",
            Dir::Right => "right",
        }
    }
    fn from_vector(v: [f64; 2]) -> Option<Dir> {
        match (v[0].round() as i32, v[1].round() as i32) {
            (0, 1) => Some(Dir::Up),
            (0, -1) => Some(Dir::Down),
            (1, 0) => Some(Dir::Right),
            (-1, 0) => Some(Dir::Left),
            _ => None,
        }
    }
}

/// A notch found in an outline.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SlotFound {
    /// Centre of its mouth on the filled outline.
    pub at: [f64; 2],
    /// Into the part.
    pub direction: Dir,
    /// Width across, mm.
    pub width: f64,
    /// Depth, mm.
    pub depth: f64,
    /// Reliefs at its inner corners.
    pub dogbone: bool,
    /// The width follows the thickness.
    pub width_follows: bool,
    /// The depth follows the thickness (a finger joint).
    pub depth_follows: bool,
}

/// A rectangular hole whose short side is the thickness.
#[derive(Debug, Clone, serde::Serialize)]
pub struct MortiseFound {
    /// Centre.
    pub center: [f64; 2],
    /// Size along x.
    pub width: f64,
    /// Size along y.
    pub height: f64,
    /// Reliefs at its corners.
    pub dogbone: bool,
    /// Which side follows the thickness: `true` for x (width), `false` for y.
    pub x_follows: bool,
}

/// What the recognition made of a part.
#[derive(Debug, Clone, Default)]
pub struct Joints {
    /// The outline with recognised notches filled.
    pub outline: Pts,
    /// The notches, as slots.
    pub slots: Vec<SlotFound>,
    /// Per hole: a mortise, when it is one.
    pub mortises: Vec<Option<MortiseFound>>,
}

/// An edge of a ring.
#[derive(Debug, Clone, Copy)]
struct Edge {
    from: usize,
    len: f64,
    /// Unit direction, snapped to an axis when within 0.05°; `None` if not axis-aligned.
    axis: Option<[f64; 2]>,
}

fn edges(pts: &[[f64; 2]]) -> Vec<Edge> {
    let n = pts.len();
    (0..n)
        .map(|i| {
            let (a, b) = (pts[i], pts[(i + 1) % n]);
            let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
            let len = dx.hypot(dy);
            let axis = if len > 0.0 && dy.abs() <= 1e-3 * len {
                Some([dx.signum(), 0.0])
            } else if len > 0.0 && dx.abs() <= 1e-3 * len {
                Some([0.0, dy.signum()])
            } else {
                None
            };
            Edge { from: i, len, axis }
        })
        .collect()
}

fn cross(u: [f64; 2], v: [f64; 2]) -> f64 {
    u[0] * v[1] - u[1] * v[0]
}

/// The extent of a run of short edges (a dogbone or fillet), mm.
fn blob_size(pts: &[[f64; 2]], from: usize, to: usize) -> f64 {
    let n = pts.len();
    let mut b = [
        f64::INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NEG_INFINITY,
    ];
    let mut i = from;
    loop {
        let p = pts[i % n];
        b = [
            b[0].min(p[0]),
            b[1].min(p[1]),
            b[2].max(p[0]),
            b[3].max(p[1]),
        ];
        if i % n == to % n {
            break;
        }
        i += 1;
    }
    (b[2] - b[0]).max(b[3] - b[1])
}

/// Finds notches and mortises in a part with `thickness` (see the module doc).
pub fn recognise(outline: &[[f64; 2]], holes: &[Pts], thickness: f64) -> Joints {
    let (filled, slots) = notches(outline, thickness);
    let mortises = holes.iter().map(|h| mortise(h, thickness)).collect();
    Joints {
        outline: filled,
        slots,
        mortises,
    }
}

fn notches(outline: &[[f64; 2]], t: f64) -> (Pts, Vec<SlotFound>) {
    let pts = clean(outline);
    let n = pts.len();
    if n < 8 {
        return (pts, Vec::new());
    }
    let es = edges(&pts);
    let min_long = (0.3 * t).max(0.5);
    let max_blob = (0.8 * t).max(8.0);
    let tol = width_tolerance(t);
    let long: Vec<usize> = (0..n).filter(|&i| es[i].len >= min_long).collect();
    if long.len() < 5 {
        return (pts, Vec::new());
    }
    let m = long.len();
    let mut slots = Vec::new();
    // Vertex index ranges to drop (exclusive of the mouth corners), as (start, end) in ring order.
    let mut drops: Vec<(usize, usize, [f64; 2], [f64; 2])> = Vec::new();
    let mut used = vec![false; m];
    for k in 0..m {
        let [b0, s1, bot, s3, b1] = [0, 1, 2, 3, 4].map(|o| es[long[(k + o) % m]]);
        let (Some(u), Some(n1), Some(ub), Some(n3), Some(u1)) =
            (b0.axis, s1.axis, bot.axis, s3.axis, b1.axis)
        else {
            continue;
        };
        // base, in, across, out, base: left, right, right, left turns
        if u != ub || u != u1 || n3 != [-n1[0], -n1[1]] || cross(u, n1) <= 0.5 {
            continue;
        }
        if (1..=3).any(|o| used[(k + o) % m]) || used[k % m] && used[(k + 4) % m] {
            continue;
        }
        // The short runs between the long edges must be small.
        let gap = |a: Edge, b: Edge| blob_size(&pts, a.from + 1, b.from);
        let (g0, g1, g2, g3) = (gap(b0, s1), gap(s1, bot), gap(bot, s3), gap(s3, b1));
        if g0 > 1.0 || g3 > 1.0 || g1 > max_blob || g2 > max_blob {
            continue;
        }
        let start = |e: Edge| pts[e.from];
        let end = |e: Edge| pts[(e.from + 1) % n];
        // Lines: base through b0 (and b1), sides through s1 and s3, bottom through bot.
        let along = |p: [f64; 2]| p[0] * u[0] + p[1] * u[1];
        let across = |p: [f64; 2]| p[0] * n1[0] + p[1] * n1[1];
        let base = across(end(b0));
        if (across(start(b1)) - base).abs() > 0.05 {
            continue;
        }
        let x1 = along(start(s1));
        let x3 = along(start(s3));
        let width = x3 - x1;
        let depth = across(start(bot)) - base;
        if width <= 0.0 || depth <= 0.0 {
            continue;
        }
        // Everything between the mouth corners stays within the notch and its reliefs.
        let mut i = (b0.from + 1) % n;
        let mut inside = true;
        let mut reliefs = false;
        while i != (b1.from) % n {
            let p = pts[i];
            let (a, c) = (along(p) - x1, across(p) - base);
            if a < -max_blob || a > width + max_blob || c < -0.05 || c > depth + max_blob {
                inside = false;
                break;
            }
            if a < -0.05 || a > width + 0.05 || c > depth + 0.05 {
                reliefs = true;
            }
            i = (i + 1) % n;
        }
        if !inside {
            continue;
        }
        let width_follows = (width - t).abs() <= tol;
        let depth_follows = (depth - t).abs() <= tol && !width_follows;
        if !(width_follows || depth_follows) {
            continue;
        }
        let point = |a: f64, c: f64| [u[0] * a + n1[0] * c, u[1] * a + n1[1] * c];
        let Some(direction) = Dir::from_vector(n1) else {
            continue;
        };
        slots.push(SlotFound {
            at: point((x1 + x3) / 2.0, base),
            direction,
            width,
            depth,
            dogbone: reliefs && g1 > 0.05 && g2 > 0.05,
            width_follows,
            depth_follows,
        });
        drops.push((b0.from, b1.from, point(x1, base), point(x3, base)));
        for o in 1..=3 {
            used[(k + o) % m] = true;
        }
    }
    if drops.is_empty() {
        return (pts, slots);
    }
    // Rebuild the ring: every vertex except those inside a dropped notch.
    let mut skip = vec![false; n];
    let mut insert: Vec<Option<([f64; 2], [f64; 2])>> = vec![None; n];
    for &(b0, b1, m0, m1) in &drops {
        let mut i = (b0 + 1) % n;
        while i != b1 % n {
            skip[i] = true;
            i = (i + 1) % n;
        }
        skip[b1 % n] = true;
        insert[b0 % n] = Some((m0, m1));
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        if !skip[i] {
            out.push(pts[i]);
        }
        if let Some((m0, m1)) = insert[i] {
            out.push(m0);
            out.push(m1);
        }
    }
    let out = clean(&out);
    // The filled outline must be simple and larger; else keep the notches as drawn.
    let poly = to_polygon(&out);
    if out.len() < 3
        || super::shapes::self_crossing(&out).is_some()
        || poly.unsigned_area() < to_polygon(&pts).unsigned_area()
    {
        return (pts, Vec::new());
    }
    (out, slots)
}

/// A rectangular hole (four axis-aligned long edges, reliefs allowed at the corners) whose
/// short side is the thickness.
fn mortise(ring: &[[f64; 2]], t: f64) -> Option<MortiseFound> {
    let pts = clean(ring);
    let n = pts.len();
    let es = edges(&pts);
    let min_long = (0.3 * t).max(0.5);
    let long: Vec<&Edge> = es.iter().filter(|e| e.len >= min_long).collect();
    if long.len() != 4 || long.iter().any(|e| e.axis.is_none()) {
        return None;
    }
    let xs: Vec<f64> = long
        .iter()
        .filter(|e| e.axis.is_some_and(|a| a[0] == 0.0))
        .map(|e| pts[e.from][0])
        .collect();
    let ys: Vec<f64> = long
        .iter()
        .filter(|e| e.axis.is_some_and(|a| a[1] == 0.0))
        .map(|e| pts[e.from][1])
        .collect();
    if xs.len() != 2 || ys.len() != 2 {
        return None;
    }
    let (x0, x1) = (xs[0].min(xs[1]), xs[0].max(xs[1]));
    let (y0, y1) = (ys[0].min(ys[1]), ys[0].max(ys[1]));
    let (w, h) = (x1 - x0, y1 - y0);
    let tol = width_tolerance(t);
    let x_follows = (w - t).abs() <= tol && w <= h;
    let y_follows = (h - t).abs() <= tol && h < w;
    if !(x_follows || y_follows) {
        return None;
    }
    let reliefs = pts
        .iter()
        .any(|p| p[0] < x0 - 0.05 || p[0] > x1 + 0.05 || p[1] < y0 - 0.05 || p[1] > y1 + 0.05);
    // Without reliefs the ring must be the rectangle itself.
    if !reliefs && n != 4 {
        let area = to_polygon(&pts).unsigned_area();
        if (area - w * h).abs() > 0.01 * w * h {
            return None;
        }
    }
    Some(MortiseFound {
        center: [(x0 + x1) / 2.0, (y0 + y1) / 2.0],
        width: w,
        height: h,
        dogbone: reliefs,
        x_follows,
    })
}

/// The angle (degrees, in (−45, 45]) to turn a part by so that most of its edge length is
/// axis-aligned.
pub fn alignment(outline: &[[f64; 2]]) -> f64 {
    let n = outline.len();
    let mut bins = vec![0.0f64; 180]; // half-degree bins over 0..90
    for i in 0..n {
        let (a, b) = (outline[i], outline[(i + 1) % n]);
        let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
        let len = dx.hypot(dy);
        if len < 1e-9 {
            continue;
        }
        let ang = dy.atan2(dx).to_degrees().rem_euclid(90.0);
        bins[((ang * 2.0) as usize).min(179)] += len;
    }
    let (best, _) = bins
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .unwrap_or((0, &0.0));
    // refine: mean angle of the edges in that bin
    let (mut sum, mut weight) = (0.0, 0.0);
    for i in 0..n {
        let (a, b) = (outline[i], outline[(i + 1) % n]);
        let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
        let len = dx.hypot(dy);
        if len < 1e-9 {
            continue;
        }
        let ang = dy.atan2(dx).to_degrees().rem_euclid(90.0);
        if ((ang * 2.0) as usize).min(179) == best {
            sum += ang * len;
            weight += len;
        }
    }
    let ang = if weight > 0.0 { sum / weight } else { 0.0 };
    let ang = if ang > 45.0 { ang - 90.0 } else { ang };
    if ang.abs() < 0.01 { 0.0 } else { ang }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 200 × 100 plate with an 18.3 wide, 50 deep slot from the top edge, its inner
    /// corners relieved by dogbones of radius 3.2.
    fn plate(width: f64, dogbones: bool) -> Pts {
        let (x0, x1) = (90.0, 90.0 + width);
        let r = 3.2;
        let mut p = vec![[0.0, 0.0], [200.0, 0.0], [200.0, 100.0], [x1, 100.0]];
        if dogbones {
            // T-bone reliefs: half circles of radius r past the inner corners, along the sides
            p.push([x1, 50.0 + 2.0 * r]);
            for k in 1..8 {
                let a = std::f64::consts::PI * (0.5 - k as f64 / 8.0);
                p.push([x1 + r * a.cos() - r * 0.0, 50.0 + r + r * a.sin()]);
            }
            p.push([x1, 50.0]);
            p.push([x0, 50.0]);
            for k in 1..8 {
                let a = std::f64::consts::PI * (1.5 - k as f64 / 8.0);
                p.push([x0 + r * a.cos(), 50.0 + r + r * a.sin()]);
            }
            p.push([x0, 50.0 + 2.0 * r]);
        } else {
            p.extend([[x1, 50.0], [x0, 50.0]]);
        }
        p.extend([[x0, 100.0], [0.0, 100.0]]);
        p
    }

    #[test]
    fn a_thickness_slot_is_found_and_filled() {
        let j = recognise(&plate(18.3, false), &[], 18.0);
        assert_eq!(j.slots.len(), 1, "{:?}", j.slots);
        let s = &j.slots[0];
        assert_eq!(s.direction, Dir::Down);
        assert!((s.width - 18.3).abs() < 1e-9 && (s.depth - 50.0).abs() < 1e-9);
        assert!((s.at[0] - 99.15).abs() < 1e-9 && (s.at[1] - 100.0).abs() < 1e-9);
        assert!(!s.dogbone);
        assert_eq!(j.outline.len(), 4, "{:?}", j.outline);
        // A 30 mm notch is not a slot for 18 mm ply.
        assert!(recognise(&plate(30.0, false), &[], 18.0).slots.is_empty());
    }

    #[test]
    fn mortises_are_found_with_their_reliefs() {
        let rect = vec![[10.0, 10.0], [28.2, 10.0], [28.2, 70.0], [10.0, 70.0]];
        let m = mortise(&rect, 18.0).unwrap();
        assert!(m.x_follows && !m.dogbone);
        assert!((m.width - 18.2).abs() < 1e-9);
        assert!(mortise(&rect, 6.0).is_none());
    }

    #[test]
    fn alignment_finds_the_turn() {
        let r = |x: f64, y: f64| {
            let a = 30f64.to_radians();
            [x * a.cos() - y * a.sin(), x * a.sin() + y * a.cos()]
        };
        let rect = vec![r(0.0, 0.0), r(100.0, 0.0), r(100.0, 50.0), r(0.0, 50.0)];
        assert!(
            (alignment(&rect) - 30.0).abs() < 1e-6,
            "{}",
            alignment(&rect)
        );
    }
}
