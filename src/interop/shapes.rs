//! Closed contours → parts: repair, nesting by containment, merged cut-outs.
//!
//! Owns turning the cut contours of a file into part outlines with holes: rings that touch
//! or loop at a corner are repaired (a loop smaller than [`MAX_LOOP_AREA`] is dropped, with
//! its place), rings that really cross themselves are refused with the place; contours are
//! nested by containment (even depth outline, odd depth hole, an island in a hole is a part
//! of its own); overlapping or touching holes are merged into one; an inside cut that reaches
//! the outline's edge is cut from the outline; a rectangle of a standard sheet size, or a
//! frame around other parts, is a sheet outline, not a part. Must not know files, units or
//! operations beyond cut / inside / outside.

use geo::{
    Area, BooleanOps, BoundingRect, Contains, Coord, Intersects, LineString, MultiPolygon, Polygon,
    Winding,
};

/// Largest loop dropped as a corner artefact, mm² (and at most 1 % of the part).
pub const MAX_LOOP_AREA: f64 = 2.0;

/// A ring as a simple counter-clockwise polygon, without the closing point.
pub(super) type Pts = Vec<[f64; 2]>;

/// What repairing a ring gave.
#[derive(Debug)]
pub(super) enum Repaired {
    /// Simple as drawn.
    Simple(Pts),
    /// Made simple: the ring kept, loops dropped (area, place), rings it enclosed by touching
    /// itself (holes).
    Fixed {
        /// The main ring.
        ring: Pts,
        /// Loops dropped: their area and where.
        dropped: Vec<(f64, [f64; 2])>,
        /// Regions the ring enclosed by touching itself.
        holes: Vec<Pts>,
    },
    /// Crosses itself for real, near this point.
    Crossing([f64; 2]),
    /// No area.
    Degenerate,
}

pub(super) fn to_polygon(points: &[[f64; 2]]) -> Polygon<f64> {
    Polygon::new(
        LineString::from(
            points
                .iter()
                .map(|p| Coord { x: p[0], y: p[1] })
                .collect::<Vec<_>>(),
        ),
        vec![],
    )
}

pub(super) fn from_ring(ls: &LineString<f64>) -> Pts {
    let mut pts: Pts = ls.0.iter().map(|c| [c.x, c.y]).collect();
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    pts
}

/// Drops repeated points (closer than 0.1 µm) and straight-through points.
pub(super) fn clean(points: &[[f64; 2]]) -> Pts {
    let mut out: Pts = Vec::with_capacity(points.len());
    for &p in points {
        if out
            .last()
            .is_none_or(|q| super::cutfile::dist(*q, p) > 1e-4)
        {
            out.push(p);
        }
    }
    while out.len() > 3 && super::cutfile::dist(out[0], out[out.len() - 1]) <= 1e-4 {
        out.pop();
    }
    // collinear points (cross product ~ 0 and going forward)
    let mut i = 0;
    while out.len() > 3 && i < out.len() {
        let n = out.len();
        let (a, b, c) = (out[(i + n - 1) % n], out[i], out[(i + 1) % n]);
        let (u, v) = ([b[0] - a[0], b[1] - a[1]], [c[0] - b[0], c[1] - b[1]]);
        let cross = u[0] * v[1] - u[1] * v[0];
        let dot = u[0] * v[0] + u[1] * v[1];
        let lu = u[0].hypot(u[1]);
        let lv = v[0].hypot(v[1]);
        if dot > 0.0 && cross.abs() <= 1e-7 * lu.max(lv).max(1e-9) * (lu + lv) {
            out.remove(i);
        } else {
            i += 1;
        }
    }
    out
}

fn ccw(mut pts: Pts) -> Pts {
    let mut ls = LineString::from(
        pts.iter()
            .map(|p| Coord { x: p[0], y: p[1] })
            .collect::<Vec<_>>(),
    );
    ls.close();
    if ls.is_cw() {
        pts.reverse();
    }
    pts
}

/// Repairs a closed ring (see [`Repaired`]).
pub(super) fn repair(points: &[[f64; 2]]) -> Repaired {
    let pts = clean(points);
    if pts.len() < 3 {
        return Repaired::Degenerate;
    }
    let poly = to_polygon(&pts);
    if self_crossing(&pts).is_none() {
        if poly.unsigned_area() < 1e-6 {
            return Repaired::Degenerate;
        }
        return Repaired::Simple(ccw(pts));
    }
    let resolved = poly.boolean_op_with_fill_rule(
        &MultiPolygon::<f64>::new(vec![]),
        geo::OpType::Union,
        geo::bool_ops::FillRule::NonZero,
    );
    let mut pieces: Vec<Polygon<f64>> = resolved.0;
    pieces.sort_by(|a, b| b.unsigned_area().total_cmp(&a.unsigned_area()));
    let Some(main) = pieces.first().cloned() else {
        return Repaired::Degenerate;
    };
    let main_area = main.unsigned_area();
    let mut dropped = Vec::new();
    for p in &pieces[1..] {
        let a = p.unsigned_area();
        let at = p.bounding_rect().map_or([0.0, 0.0], |r| {
            [(r.min().x + r.max().x) / 2.0, (r.min().y + r.max().y) / 2.0]
        });
        if a <= MAX_LOOP_AREA.min(0.01 * main_area) || a < 1e-3 {
            dropped.push((a, at));
        } else {
            return Repaired::Crossing(self_crossing(&pts).unwrap_or(at));
        }
    }
    let holes: Vec<Pts> = main
        .interiors()
        .iter()
        .map(from_ring)
        .filter(|h| to_polygon(h).unsigned_area() > MAX_LOOP_AREA.min(0.01 * main_area))
        .collect();
    Repaired::Fixed {
        ring: ccw(clean(&from_ring(main.exterior()))),
        dropped,
        holes,
    }
}

/// Segments of rings bucketed on a grid, for crossing tests in about linear time.
struct Grid {
    cell: f64,
    origin: [f64; 2],
    buckets: std::collections::HashMap<(i64, i64), Vec<(usize, usize)>>,
}

impl Grid {
    /// Buckets the segments of `rings` (ring index, segment index).
    fn new(rings: &[&[[f64; 2]]]) -> Grid {
        let all: Vec<[f64; 2]> = rings.iter().flat_map(|r| r.iter().copied()).collect();
        let b = bbox(&all);
        let n = all.len().max(1) as f64;
        let span = (b[2] - b[0]).max(b[3] - b[1]).max(1e-9);
        // about one segment per cell along the longest side
        let cell = (span / n.sqrt().max(1.0) / 2.0).max(span / 4096.0);
        let mut g = Grid {
            cell,
            origin: [b[0], b[1]],
            buckets: Default::default(),
        };
        for (ri, r) in rings.iter().enumerate() {
            let m = r.len();
            for si in 0..m {
                let (p, q) = (r[si], r[(si + 1) % m]);
                let (x0, y0) = g.key([p[0].min(q[0]), p[1].min(q[1])]);
                let (x1, y1) = g.key([p[0].max(q[0]), p[1].max(q[1])]);
                if (x1 - x0 + 1) * (y1 - y0 + 1) > 1 << 16 {
                    continue; // absurdly long segment: checked by the caller's probe
                }
                for x in x0..=x1 {
                    for y in y0..=y1 {
                        g.buckets.entry((x, y)).or_default().push((ri, si));
                    }
                }
            }
        }
        g
    }

    fn key(&self, p: [f64; 2]) -> (i64, i64) {
        (
            ((p[0] - self.origin[0]) / self.cell).floor() as i64,
            ((p[1] - self.origin[1]) / self.cell).floor() as i64,
        )
    }
}

fn segments_meet(a: [f64; 2], b: [f64; 2], c: [f64; 2], d: [f64; 2]) -> bool {
    let l1 = geo::Line::new(Coord { x: a[0], y: a[1] }, Coord { x: b[0], y: b[1] });
    let l2 = geo::Line::new(Coord { x: c[0], y: c[1] }, Coord { x: d[0], y: d[1] });
    l1.intersects(&l2)
}

/// Where a ring crosses or touches itself (other than at neighbouring segments), if it does.
pub(super) fn self_crossing(pts: &[[f64; 2]]) -> Option<[f64; 2]> {
    let n = pts.len();
    if n < 4 {
        return None;
    }
    let g = Grid::new(&[pts]);
    for bucket in g.buckets.values() {
        for (k, &(_, i)) in bucket.iter().enumerate() {
            for &(_, j) in &bucket[k + 1..] {
                let (i, j) = (i.min(j), i.max(j));
                if j == i || j == i + 1 || (i == 0 && j == n - 1) {
                    continue;
                }
                if segments_meet(pts[i], pts[(i + 1) % n], pts[j], pts[(j + 1) % n]) {
                    return Some(pts[j]);
                }
            }
        }
    }
    None
}

/// Whether two rings' edges cross or touch.
pub(super) fn rings_meet(a: &[[f64; 2]], b: &[[f64; 2]]) -> bool {
    let g = Grid::new(&[a, b]);
    let (na, nb) = (a.len(), b.len());
    g.buckets.values().any(|bucket| {
        bucket.iter().filter(|s| s.0 == 0).any(|&(_, i)| {
            bucket
                .iter()
                .filter(|s| s.0 == 1)
                .any(|&(_, j)| segments_meet(a[i], a[(i + 1) % na], b[j], b[(j + 1) % nb]))
        })
    })
}

/// Bounding box `[min_x, min_y, max_x, max_y]`.
pub(super) fn bbox(pts: &[[f64; 2]]) -> [f64; 4] {
    pts.iter().fold(
        [
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        ],
        |b, p| {
            [
                b[0].min(p[0]),
                b[1].min(p[1]),
                b[2].max(p[0]),
                b[3].max(p[1]),
            ]
        },
    )
}

fn box_inside(inner: &[f64; 4], outer: &[f64; 4]) -> bool {
    inner[0] >= outer[0] - 1e-9
        && inner[1] >= outer[1] - 1e-9
        && inner[2] <= outer[2] + 1e-9
        && inner[3] <= outer[3] + 1e-9
}

fn boxes_meet(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]
}

/// How a cut ring relates to the parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Hint {
    /// Nothing said.
    Any,
    /// Drawn as an outside cut.
    Outside,
    /// Drawn as an inside cut.
    Inside,
}

/// One part before joints: the index of its outline ring, its holes, and inside cuts that
/// reach its edge (to be cut from the outline).
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub outline: usize,
    pub holes: Vec<usize>,
    pub edge_cuts: Vec<usize>,
}

/// Nests simple rings by containment (see the module doc). Rings listed in `sheets` are not
/// parts: what they contain is nested as if they were absent. Returns the groups and the
/// rings that are neither (loose inside cuts, reported by the caller).
pub(super) fn group(rings: &[Pts], hints: &[Hint]) -> Vec<Group> {
    let polys: Vec<Polygon<f64>> = rings.iter().map(|r| to_polygon(r)).collect();
    let areas: Vec<f64> = polys.iter().map(|p| p.unsigned_area()).collect();
    let boxes: Vec<[f64; 4]> = rings.iter().map(|r| bbox(r)).collect();
    let mut order: Vec<usize> = (0..rings.len()).collect();
    order.sort_by(|&a, &b| areas[b].total_cmp(&areas[a]));
    let mut parent: Vec<Option<usize>> = vec![None; rings.len()];
    let mut edge_of: Vec<Option<usize>> = vec![None; rings.len()];
    let mut depth = vec![0usize; rings.len()];
    for (pos, &i) in order.iter().enumerate() {
        let probe = geo::Point::new(rings[i][0][0], rings[i][0][1]);
        // The smallest larger ring containing this one is its parent.
        for &j in order[..pos].iter().rev() {
            if !boxes_meet(&boxes[i], &boxes[j]) {
                continue;
            }
            let meet = rings_meet(&rings[i], &rings[j]);
            if box_inside(&boxes[i], &boxes[j]) && !meet && polys[j].contains(&probe) {
                parent[i] = Some(j);
                depth[i] = depth[j] + 1;
                break;
            }
            // An inside cut crossing the edge of an outline is cut from it.
            if hints[i] != Hint::Outside && depth[j].is_multiple_of(2) && meet {
                let inside = polys[i].intersection(&polys[j]).unsigned_area();
                if hints[i] == Hint::Inside || inside > 0.5 * areas[i] {
                    edge_of[i] = Some(j);
                    break;
                }
            }
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut index_of = std::collections::HashMap::new();
    for &i in &order {
        if edge_of[i].is_some() {
            continue;
        }
        if depth[i].is_multiple_of(2) {
            index_of.insert(i, groups.len());
            groups.push(Group {
                outline: i,
                holes: Vec::new(),
                edge_cuts: Vec::new(),
            });
        } else if let Some(g) = parent[i].and_then(|p| index_of.get(&p)) {
            groups[*g].holes.push(i);
        }
    }
    for &i in &order {
        if let Some(g) = edge_of[i].and_then(|p| index_of.get(&p)) {
            groups[*g].edge_cuts.push(i);
        }
    }
    groups
}

/// A part's outline minus what reaches its edge, and its holes merged where they overlap or
/// touch. `None` outline when nothing is left.
pub(super) struct Shaped {
    pub outline: Pts,
    /// Hole rings, and for each the indices of the input holes merged into it.
    pub holes: Vec<(Pts, Vec<usize>)>,
    /// Pieces the edge cuts split off (area), dropped.
    pub split_off: Vec<f64>,
}

/// Applies edge cuts and merges holes (see [`Shaped`]).
pub(super) fn shape(outline: &Pts, holes: &[Pts], edge_cuts: &[Pts]) -> Option<Shaped> {
    let mut body = MultiPolygon::new(vec![to_polygon(outline)]);
    let mut inner: Vec<(Polygon<f64>, Vec<usize>)> = Vec::new();
    let mut reach: Vec<Polygon<f64>> = edge_cuts.iter().map(|c| to_polygon(c)).collect();
    for (i, h) in holes.iter().enumerate() {
        let p = to_polygon(h);
        // A hole touching the outline's edge is cut from the outline.
        if rings_meet(h, outline) {
            reach.push(p);
        } else {
            inner.push((p, vec![i]));
        }
    }
    if !reach.is_empty() {
        body = body.difference(&MultiPolygon::new(reach));
    }
    let mut pieces: Vec<Polygon<f64>> = body.0;
    pieces.sort_by(|a, b| b.unsigned_area().total_cmp(&a.unsigned_area()));
    let main = pieces.first()?.clone();
    let split_off: Vec<f64> = pieces[1..].iter().map(|p| p.unsigned_area()).collect();
    // Merge overlapping or touching holes, repeatedly, bounding-box filtered.
    let mut merged = true;
    while merged {
        merged = false;
        'outer: for a in 0..inner.len() {
            for b in a + 1..inner.len() {
                let (ba, bb) = (inner[a].0.bounding_rect(), inner[b].0.bounding_rect());
                let meet = match (ba, bb) {
                    (Some(x), Some(y)) => {
                        x.min().x <= y.max().x
                            && y.min().x <= x.max().x
                            && x.min().y <= y.max().y
                            && y.min().y <= x.max().y
                    }
                    _ => false,
                };
                if meet
                    && rings_meet(
                        &from_ring(inner[a].0.exterior()),
                        &from_ring(inner[b].0.exterior()),
                    )
                {
                    let u = inner[a].0.union(&inner[b].0);
                    if let Some(p) =
                        u.0.into_iter()
                            .max_by(|x, y| x.unsigned_area().total_cmp(&y.unsigned_area()))
                    {
                        let (pb, ib) = inner.remove(b);
                        let _ = pb;
                        inner[a].0 = p;
                        inner[a].1.extend(ib);
                        merged = true;
                        break 'outer;
                    }
                }
            }
        }
    }
    let mut holes_out: Vec<(Pts, Vec<usize>)> = main
        .interiors()
        .iter()
        .map(|r| (from_ring(r), Vec::new()))
        .collect();
    for (p, ids) in inner {
        holes_out.push((from_ring(p.exterior()), ids));
    }
    Some(Shaped {
        outline: ccw(clean(&from_ring(main.exterior()))),
        holes: holes_out,
        split_off,
    })
}

/// Whether `pts` is a rectangle (its area fills its bounding box).
pub(super) fn is_rectangle(pts: &[[f64; 2]]) -> Option<[f64; 2]> {
    let b = bbox(pts);
    let (w, h) = (b[2] - b[0], b[3] - b[1]);
    let area = to_polygon(pts).unsigned_area();
    (w > 0.0 && h > 0.0 && area >= 0.995 * w * h).then_some([w, h])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: f64, y: f64, s: f64) -> Pts {
        vec![[x, y], [x + s, y], [x + s, y + s], [x, y + s]]
    }

    #[test]
    fn a_corner_loop_is_dropped_and_a_figure_eight_refused() {
        // A 10 × 10 square whose path overshoots the corner (10,0) and loops back.
        let looped = vec![
            [0.0, 0.0],
            [10.2, 0.0],
            [10.2, -0.2],
            [10.0, -0.2],
            [10.0, 10.0],
            [0.0, 10.0],
        ];
        match repair(&looped) {
            Repaired::Fixed { ring, dropped, .. } => {
                assert_eq!(dropped.len(), 1);
                assert!((to_polygon(&ring).unsigned_area() - 100.0).abs() < 0.1);
            }
            other => panic!("{other:?}"),
        }
        let eight = vec![[0.0, 0.0], [10.0, 10.0], [10.0, 0.0], [0.0, 10.0]];
        assert!(matches!(repair(&eight), Repaired::Crossing(_)));
        assert!(matches!(
            repair(&square(0.0, 0.0, 5.0)),
            Repaired::Simple(_)
        ));
    }

    #[test]
    fn nesting_merging_and_edge_cuts() {
        let rings = vec![
            square(0.0, 0.0, 100.0),
            square(10.0, 10.0, 20.0),
            square(25.0, 25.0, 20.0), // overlaps the first hole
            square(85.0, 40.0, 20.0), // crosses the edge
            square(60.0, 60.0, 30.0),
            square(65.0, 65.0, 10.0), // island in a hole: its own part
        ];
        let hints = vec![Hint::Any; rings.len()];
        let groups = group(&rings, &hints);
        assert_eq!(groups.len(), 2);
        let g = &groups[0];
        assert_eq!(g.outline, 0);
        assert_eq!(g.holes.len(), 3);
        assert_eq!(g.edge_cuts, vec![3]);
        let holes: Vec<Pts> = g.holes.iter().map(|&h| rings[h].clone()).collect();
        let cuts: Vec<Pts> = g.edge_cuts.iter().map(|&h| rings[h].clone()).collect();
        assert!(rings_meet(&rings[1], &rings[2]));
        let s = shape(&rings[0], &holes, &cuts).unwrap();
        assert_eq!(s.holes.len(), 2, "two overlapping holes became one");
        let area = to_polygon(&s.outline).unsigned_area();
        assert!((area - (10_000.0 - 300.0)).abs() < 1e-6, "{area}");
    }
}
