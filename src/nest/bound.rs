//! Lower bounds on the sheets a run needs: no layout can use fewer. Each bound is proven
//! for any shapes (not only rectangles), under the rules the nester keeps: parts at least
//! `spacing` apart and at least `margin` from the sheet's edge.
//!
//! - **Area**: ⌈Σ part area / (sheet less the margin)⌉, the classic bound.
//! - **Spaced area**: each part grown by half the spacing (holes shrunk by it) is disjoint
//!   from every other grown part and lies in the sheet less `margin − spacing/2`; so
//!   ⌈Σ grown area / that area⌉ sheets are needed. With many small parts and a CNC tool's
//!   spacing this is well above the area bound.
//! - **Midline**: a grown part taller than half the usable height crosses the sheet's
//!   horizontal midline wherever it is put, and its material there is at least its
//!   narrowest cross-section over the heights the midline can cut it at (the cross-section
//!   length is piecewise linear in the height, so the minimum is at a vertex height or an
//!   end). Those lengths on one sheet add up to at most the usable width: a one-dimensional
//!   bin packing whose Martello–Toth bound L2 is a bound on the sheets. The same across the
//!   vertical midline for parts wider than half the usable width. A part counts only when
//!   it is tall (or wide) in every rotation it may take.
//!
//! Invariants: every figure here is a bound from below (curves are approximated by chords,
//! which lie inside the true grown shape; lengths are shortened by a small tolerance), so
//! `sheets ≥ lower_bound` holds for every valid layout. Nothing here places parts.

use geo::{
    Area, BoundingRect, Buffer, Coord, LineString, MultiPolygon, Polygon, Rotate,
    algorithm::buffer::{BufferStyle, LineJoin},
};

use super::{NestOptions, NestPart};

/// Chords of round joins deviate from the true arc by at most this, mm (inside it).
const ARC_TOLERANCE: f64 = 0.05;
/// Taken off every measured length, mm, so rounding never lifts a bound.
const LENGTH_SLACK: f64 = 0.01;
/// Relative slack on areas.
const AREA_SLACK: f64 = 1e-9;

/// The bounds of one run (sheets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Bounds {
    /// ⌈Σ part area / sheet area less the margin⌉.
    pub area: usize,
    /// The same with parts grown by half the spacing.
    pub spaced_area: usize,
    /// The midline bound (horizontal and vertical midlines, the larger).
    pub midline: usize,
}

impl Bounds {
    /// The strongest of them.
    pub fn best(&self) -> usize {
        self.area.max(self.spaced_area).max(self.midline)
    }
}

/// The usable rectangle for parts grown by half the spacing: `(width, height)`.
fn grown_space(opts: &NestOptions) -> (f64, f64) {
    let inner = (opts.margin - opts.spacing / 2.0).max(0.0);
    (opts.sheet[0] - 2.0 * inner, opts.sheet[1] - 2.0 * inner)
}

/// ⌈Σ part area / usable sheet area⌉ (the sheet less the margin); 0 for an unusable sheet.
pub fn area_bound(part_area: f64, opts: &NestOptions) -> usize {
    let usable = (opts.sheet[0] - 2.0 * opts.margin) * (opts.sheet[1] - 2.0 * opts.margin);
    ceil_ratio(part_area, usable)
}

fn ceil_ratio(total: f64, capacity: f64) -> usize {
    if capacity <= 0.0 || !total.is_finite() || total <= 0.0 {
        return 0;
    }
    (total / capacity * (1.0 - AREA_SLACK) - 1e-9)
        .ceil()
        .max(0.0) as usize
}

/// `poly` grown by `d` (holes shrunk by it), chords inside the true arcs.
fn grown(poly: &Polygon<f64>, d: f64) -> MultiPolygon<f64> {
    if d <= 0.0 {
        return MultiPolygon::new(vec![poly.clone()]);
    }
    // A round join's chords are at most ARC_TOLERANCE inside the arc: grow by d less it,
    // so every chord lies inside the true offset.
    let inner = (d - ARC_TOLERANCE).max(0.0);
    poly.buffer_with_style(BufferStyle::new(inner).line_join(LineJoin::Round(ARC_TOLERANCE)))
}

/// Every bound for `parts` under `opts`.
pub fn bounds(parts: &[NestPart], opts: &NestOptions) -> Bounds {
    let half = opts.spacing / 2.0;
    let (gw, gh) = grown_space(opts);
    let mut area = 0.0;
    let mut spaced = 0.0;
    let mut across_y = Vec::new();
    let mut across_x = Vec::new();
    for p in parts.iter().filter(|p| p.quantity > 0) {
        let q = f64::from(p.quantity);
        area += p.polygon.unsigned_area() * q;
        let g = grown(&p.polygon, half);
        spaced += g.unsigned_area() * q;
        let rotations: &[f64] = if p.rotations.is_empty() {
            &[0.0]
        } else {
            &p.rotations
        };
        let turned: Vec<MultiPolygon<f64>> = rotations
            .iter()
            .map(|r| g.rotate_around_point(*r, geo::Point::new(0.0, 0.0)))
            .collect();
        let horizontal = turned
            .iter()
            .map(|m| least_cut(m, gh, Axis::Y))
            .fold(f64::INFINITY, f64::min);
        let vertical = turned
            .iter()
            .map(|m| least_cut(m, gw, Axis::X))
            .fold(f64::INFINITY, f64::min);
        let copies = p.quantity as usize;
        if horizontal > 0.0 && horizontal.is_finite() {
            across_y.push((horizontal, copies));
        }
        if vertical > 0.0 && vertical.is_finite() {
            across_x.push((vertical, copies));
        }
    }
    Bounds {
        area: area_bound(area, opts),
        spaced_area: ceil_ratio(spaced, gw * gh),
        midline: martello_toth_l2(&mut across_y, gw).max(martello_toth_l2(&mut across_x, gh)),
    }
}

/// Which coordinate the midline fixes.
#[derive(Clone, Copy)]
enum Axis {
    /// A horizontal line `y = c`.
    Y,
    /// A vertical line `x = c`.
    X,
}

fn along(c: Coord<f64>, axis: Axis) -> (f64, f64) {
    match axis {
        Axis::Y => (c.y, c.x),
        Axis::X => (c.x, c.y),
    }
}

/// The least length of material the midline of a `space`-long usable side can cut in the
/// grown shape `m`, over every position it may take; 0 when it need not cross the midline.
fn least_cut(m: &MultiPolygon<f64>, space: f64, axis: Axis) -> f64 {
    let Some(bb) = m.bounding_rect() else {
        return 0.0;
    };
    let (lo, hi) = match axis {
        Axis::Y => (bb.min().y, bb.max().y),
        Axis::X => (bb.min().x, bb.max().x),
    };
    let extent = hi - lo;
    if extent <= space / 2.0 + LENGTH_SLACK || extent > space {
        return 0.0;
    }
    // Put at offset a ∈ [0, space − extent], the midline cuts the shape at local height
    // t = space/2 − a ∈ [extent − space/2, space/2] above its lowest point.
    let (t0, t1) = (lo + extent - space / 2.0, lo + space / 2.0);
    let mut heights = vec![t0, t1];
    for poly in &m.0 {
        for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
            heights.extend(
                ring.0
                    .iter()
                    .map(|c| along(*c, axis).0)
                    .filter(|h| *h > t0 && *h < t1),
            );
        }
    }
    // The length is linear between vertex heights but may jump at one (a horizontal edge):
    // look just above and below each.
    let eps = 1e-6 * (1.0 + extent);
    heights
        .iter()
        .flat_map(|h| [(h - eps).max(t0), (h + eps).min(t1)])
        .map(|h| cut_length(m, h, axis))
        .fold(f64::INFINITY, f64::min)
        .max(0.0)
        - LENGTH_SLACK
}

/// The length of material of `m` on the line at height `h` (even–odd over every ring).
fn cut_length(m: &MultiPolygon<f64>, h: f64, axis: Axis) -> f64 {
    let mut total = 0.0;
    for poly in &m.0 {
        let mut xs = Vec::new();
        for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
            crossings(ring, h, axis, &mut xs);
        }
        xs.sort_by(f64::total_cmp);
        total += xs.chunks_exact(2).map(|w| w[1] - w[0]).sum::<f64>();
    }
    total.max(0.0)
}

fn crossings(ring: &LineString<f64>, h: f64, axis: Axis, xs: &mut Vec<f64>) {
    for seg in ring.lines() {
        let (ya, xa) = along(seg.start, axis);
        let (yb, xb) = along(seg.end, axis);
        // Half-open rule: an edge counts when h is in [min, max), so vertices count once.
        if (ya <= h) != (yb <= h) {
            let t = (h - ya) / (yb - ya);
            xs.push(xa + t * (xb - xa));
        }
    }
}

/// Martello and Toth's bound L2 for one-dimensional bin packing of `sizes` (each a size
/// and how many items have it) into bins of `capacity`. Time: distinct sizes squared.
fn martello_toth_l2(sizes: &mut [(f64, usize)], capacity: f64) -> usize {
    if sizes.is_empty() || capacity <= 0.0 {
        return 0;
    }
    sizes.sort_by(|a, b| b.0.total_cmp(&a.0));
    let total: f64 = sizes.iter().map(|(s, n)| s * *n as f64).sum();
    let mut best = ceil_ratio(total, capacity);
    // α ranges over the sizes up to half the capacity (and 0).
    let mut alphas: Vec<f64> = sizes
        .iter()
        .map(|(s, _)| *s)
        .filter(|s| *s <= capacity / 2.0)
        .collect();
    alphas.push(0.0);
    alphas.dedup();
    for alpha in alphas {
        let (mut j1, mut j2, mut sum2, mut sum3) = (0usize, 0usize, 0.0, 0.0);
        for &(s, n) in sizes.iter() {
            if s > capacity - alpha {
                j1 += n;
            } else if s > capacity / 2.0 {
                j2 += n;
                sum2 += s * n as f64;
            } else if s >= alpha {
                sum3 += s * n as f64;
            }
        }
        let room = j2 as f64 * capacity - sum2;
        let more = ceil_ratio(sum3 - room, capacity);
        best = best.max(j1 + j2 + more);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::polygon;

    fn rect(w: f64, h: f64) -> Polygon<f64> {
        polygon![(x: 0.0, y: 0.0), (x: w, y: 0.0), (x: w, y: h), (x: 0.0, y: h)]
    }

    fn part(poly: Polygon<f64>, quantity: u32, rotations: &[f64]) -> NestPart {
        NestPart {
            label: "P".into(),
            polygon: poly,
            quantity,
            rotations: rotations.to_vec(),
        }
    }

    fn opts(sheet: [f64; 2], margin: f64, spacing: f64) -> NestOptions {
        NestOptions {
            sheet,
            margin,
            spacing,
            ..NestOptions::default()
        }
    }

    #[test]
    fn the_potting_bench_argument_gives_two_sheets() {
        // A top 1200 × 600 and two frames 898 × 600 (grain: 0°/180° only), 8 mm spacing,
        // 10 mm margin on 2440 × 1220: the area bound says 1; all three cross the midline
        // and need 1208 + 906 + 906 > 2428 mm of it.
        let parts = vec![
            part(rect(1200.0, 600.0), 1, &[0.0, 180.0]),
            part(rect(898.0, 600.0), 2, &[0.0, 180.0]),
        ];
        let b = bounds(&parts, &opts([2440.0, 1220.0], 10.0, 8.0));
        assert_eq!(b.area, 1);
        assert_eq!(b.midline, 2);
        assert_eq!(b.best(), 2);
    }

    #[test]
    fn quarter_panels_that_fit_four_to_a_sheet_are_not_over_counted() {
        // 1200 × 590 grown by 4 is 1208 × 598: four fit in 2428 × 1208, so 8 need 2.
        let parts = vec![part(rect(1200.0, 590.0), 8, &[0.0, 90.0, 180.0, 270.0])];
        let b = bounds(&parts, &opts([2440.0, 1220.0], 10.0, 8.0));
        assert_eq!(b.best(), 2, "{b:?}");
    }

    #[test]
    fn spacing_raises_the_area_bound_for_many_small_parts() {
        // 1,000 squares of 40 mm with 8 mm spacing: 1.6 M mm² of material, but grown by
        // 4 mm each covers ≈ 2.3 M mm² (a 48 mm square less its rounded corners).
        let parts = vec![part(rect(40.0, 40.0), 1000, &[0.0])];
        let b = bounds(&parts, &opts([1000.0, 1000.0], 10.0, 8.0));
        assert_eq!(b.area, 2);
        assert_eq!(b.spaced_area, 3, "{b:?}");
        // And a real packing needs ⌈1000 / (20 × 20)⌉ = 3 sheets of 988 mm (20 columns of
        // 48 mm), so the bound is reached.
    }

    #[test]
    fn a_part_that_may_turn_flat_does_not_count_for_the_midline() {
        let parts = vec![part(rect(300.0, 700.0), 10, &[0.0, 90.0])];
        let b = bounds(&parts, &opts([2440.0, 1220.0], 10.0, 8.0));
        assert_eq!(b.midline, 0);
        let parts = vec![part(rect(300.0, 700.0), 10, &[0.0, 180.0])];
        let b = bounds(&parts, &opts([2440.0, 1220.0], 10.0, 8.0));
        // Ten 308-wide parts along a 2428 midline: 7 fit (2156), so 2 sheets.
        assert_eq!(b.midline, 2);
    }

    #[test]
    fn the_narrowest_cut_of_a_waisted_part_is_found() {
        // An hourglass 1000 wide, 1000 high, 100 wide at mid-height: only the waist crosses
        // the midline of a 1100-high space when it sits in the middle; the cut can be
        // anywhere in [450, 550] of its height, the narrowest is the waist.
        let hourglass = polygon![
            (x: 0.0, y: 0.0), (x: 1000.0, y: 0.0), (x: 550.0, y: 500.0),
            (x: 1000.0, y: 1000.0), (x: 0.0, y: 1000.0), (x: 450.0, y: 500.0)
        ];
        let m = MultiPolygon::new(vec![hourglass]);
        let cut = least_cut(&m, 1100.0, Axis::Y);
        assert!((cut - 100.0).abs() < 0.1, "{cut}");
    }

    #[test]
    fn martello_toth_counts_items_over_half_apart() {
        let mut sizes = vec![(0.6, 3), (0.1, 1)];
        assert_eq!(martello_toth_l2(&mut sizes, 1.0), 3);
        let mut sizes = vec![(0.5, 4)];
        assert_eq!(martello_toth_l2(&mut sizes, 1.0), 2);
        // Two of 0.7 and one of 0.4: 1.8 in all, so L1 says 2, but no 0.4 goes with a 0.7.
        let mut sizes = vec![(0.7, 2), (0.4, 1)];
        assert_eq!(martello_toth_l2(&mut sizes, 1.0), 3);
        assert_eq!(martello_toth_l2(&mut [], 1.0), 0);
    }
}
