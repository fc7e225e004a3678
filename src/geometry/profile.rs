//! A part's 2D profile and the checks that make it buildable.

use geo::{
    Area, BooleanOps, BoundingRect, Contains, ContainsProperly, Coord, Distance, Euclidean,
    Intersects, Line, LineString, MultiPolygon, Point, Polygon, Validation,
};

use crate::i18n::Message;
use crate::model::limits::{self, Deadline, Exceeded, PartProblems};
use crate::model::{Contour, Diagnostic, Direction, EvaluatedPart};

use super::FLATTEN_TOLERANCE;

/// How far (mm) slot and tab rectangles reach past the edge so booleans cut cleanly.
const OVERSHOOT: f64 = 1.0;
/// How close (mm) a slot mouth or tab base must be to the outline.
const ON_EDGE: f64 = 0.05;

/// The evaluated outline of a part with its holes, ready for drawing and nesting.
#[derive(Debug, Clone)]
pub struct PartProfile {
    /// Outline ∪ tabs − slots, with the holes as interior rings. Arcs are flattened to
    /// [`FLATTEN_TOLERANCE`].
    pub polygon: Polygon<f64>,
    /// Net area in mm².
    pub area: f64,
    /// Bounding box `[min_x, min_y, max_x, max_y]` in mm.
    pub bounds: [f64; 4],
}

impl PartProfile {
    /// Width and height of the bounding box.
    pub fn size(&self) -> [f64; 2] {
        [
            self.bounds[2] - self.bounds[0],
            self.bounds[3] - self.bounds[1],
        ]
    }
}

/// Flattens a contour into a closed ring (first point repeated at the end) whose
/// distance from the true arcs is at most `tolerance` mm.
pub fn flatten(contour: &Contour, tolerance: f64) -> LineString<f64> {
    let mut pts = vec![Coord {
        x: contour.start[0],
        y: contour.start[1],
    }];
    let mut current = contour.start;
    for seg in &contour.segments {
        if let Some(arc) = seg.arc {
            let c = arc.center;
            let r = ((current[0] - c[0]).powi(2) + (current[1] - c[1]).powi(2)).sqrt();
            let a0 = (current[1] - c[1]).atan2(current[0] - c[0]);
            let a1 = (seg.to[1] - c[1]).atan2(seg.to[0] - c[0]);
            let mut sweep = a1 - a0;
            let tau = std::f64::consts::TAU;
            if arc.clockwise {
                while sweep >= 0.0 {
                    sweep -= tau;
                }
            } else {
                while sweep <= 0.0 {
                    sweep += tau;
                }
            }
            // Largest step whose chord stays within the tolerance of the arc.
            let max_step = if r > tolerance {
                2.0 * (1.0 - tolerance / r).acos()
            } else {
                std::f64::consts::FRAC_PI_2
            };
            // Vertices at every quarter-turn angle the arc passes, so the flattened
            // contour has the arc's exact bounding box; then even steps between them.
            let quarter = std::f64::consts::FRAC_PI_2;
            let mut breaks = vec![0.0];
            let first = if sweep > 0.0 {
                (a0 / quarter).floor() + 1.0
            } else {
                (a0 / quarter).ceil() - 1.0
            };
            let mut k = first;
            loop {
                let t = (k * quarter - a0) / sweep;
                if !(t > 1e-9 && t < 1.0 - 1e-9) {
                    break;
                }
                breaks.push(t);
                k += sweep.signum();
            }
            breaks.push(1.0);
            for w in breaks.windows(2) {
                let piece = sweep * (w[1] - w[0]);
                let n = ((piece.abs() / max_step).ceil() as usize).clamp(1, 100_000);
                for i in 1..=n {
                    if w[1] == 1.0 && i == n {
                        break; // the segment's own end point is pushed below, exactly
                    }
                    let a = a0 + sweep * w[0] + piece * (i as f64) / (n as f64);
                    pts.push(Coord {
                        x: c[0] + r * a.cos(),
                        y: c[1] + r * a.sin(),
                    });
                }
            }
        }
        pts.push(Coord {
            x: seg.to[0],
            y: seg.to[1],
        });
        current = seg.to;
    }
    let mut ls = LineString::new(pts);
    ls.close();
    ls
}

fn rect_polygon(x0: f64, y0: f64, x1: f64, y1: f64) -> Polygon<f64> {
    let (xa, xb) = (x0.min(x1), x0.max(x1));
    let (ya, yb) = (y0.min(y1), y0.max(y1));
    Polygon::new(
        LineString::from(vec![(xa, ya), (xb, ya), (xb, yb), (xa, yb), (xa, ya)]),
        vec![],
    )
}

/// Rectangle from a point on the edge, `width` across, reaching `from`..`to` along `dir`.
fn directed_rect(at: [f64; 2], dir: Direction, width: f64, from: f64, to: f64) -> Polygon<f64> {
    let [dx, dy] = dir.vector();
    let (px, py) = (-dy, dx);
    let a = [
        at[0] + dx * from + px * width / 2.0,
        at[1] + dy * from + py * width / 2.0,
    ];
    let b = [
        at[0] + dx * to - px * width / 2.0,
        at[1] + dy * to - py * width / 2.0,
    ];
    rect_polygon(a[0], a[1], b[0], b[1])
}

/// Where a ring first crosses itself, if it does.
fn first_crossing(ring: &LineString<f64>) -> Option<Coord<f64>> {
    let lines: Vec<Line<f64>> = ring.lines().collect();
    let n = lines.len();
    for i in 0..n {
        for j in i + 2..n {
            if i == 0 && j == n - 1 {
                continue; // neighbours through the closing point
            }
            if lines[i].intersects(&lines[j]) {
                return Some(lines[j].start);
            }
        }
    }
    None
}

/// `(12.5, 40)`, numbers written the message's language's way.
fn fmt_pt(c: Coord<f64>) -> Message {
    Message::new("problem-point").arg("x", c.x).arg("y", c.y)
}

/// Builds the part's profile, or every reason it is not a buildable part (at most
/// [`limits::MAX_PROBLEMS_PER_PART`] listed, the rest counted), within
/// [`limits::CHECK_TIME_LIMIT`].
pub fn part_profile(part: &EvaluatedPart) -> Result<PartProfile, Vec<Diagnostic>> {
    part_profile_within(part, &Deadline::after(limits::CHECK_TIME_LIMIT))
}

/// [`part_profile`] that gives up with a located "took too long" once `deadline` passes.
pub fn part_profile_within(
    part: &EvaluatedPart,
    deadline: &Deadline,
) -> Result<PartProfile, Vec<Diagnostic>> {
    let late = |e: Exceeded| vec![e.at(&part.loc)];
    let outline = outline_polygon(part)?;
    let mut problems = PartProblems::new();
    let holes = hole_polygons(part, &outline, &mut problems, deadline).map_err(late)?;
    overlapping_holes(part, &holes, &mut problems, deadline).map_err(late)?;
    let mut body = MultiPolygon::new(vec![outline.clone()]);
    add_tabs(part, &outline, &mut body, &mut problems, deadline).map_err(late)?;
    cut_slots(part, &outline, &mut body, &mut problems, deadline).map_err(late)?;
    if !problems.is_empty() {
        return Err(problems.finish(&part.loc, &part.label));
    }
    deadline.check().map_err(late)?;
    one_piece(
        part,
        &outline,
        body,
        holes.into_iter().map(|(_, p)| p).collect(),
    )
}

/// The flattened outline, which must be a simple closed contour with an area.
fn outline_polygon(part: &EvaluatedPart) -> Result<Polygon<f64>, Vec<Diagnostic>> {
    let outline_loc = &part.outline_loc;
    let ring = flatten(&part.outline, FLATTEN_TOLERANCE);
    let outline = Polygon::new(ring.clone(), vec![]);
    if !outline.is_valid()
        && let Some(c) = first_crossing(&ring)
    {
        return Err(vec![outline_loc.problem(
            Message::new("problem-outline-crosses").arg("point", fmt_pt(c)),
        )]);
    }
    if outline.unsigned_area() < 1e-6 {
        return Err(vec![
            outline_loc.problem(Message::new("problem-outline-zero-area")),
        ]);
    }
    if !outline.is_valid() {
        return Err(vec![
            outline_loc.problem(Message::new("problem-outline-not-simple")),
        ]);
    }
    Ok(outline)
}

fn span(r: Option<geo::Rect<f64>>) -> Option<Message> {
    r.map(|r| {
        Message::new("problem-span")
            .arg("x0", r.min().x)
            .arg("x1", r.max().x)
            .arg("y0", r.min().y)
            .arg("y1", r.max().y)
    })
}

/// Each hole flattened, valid and wholly inside the outline, with its index in `part.holes`.
fn hole_polygons(
    part: &EvaluatedPart,
    outline: &Polygon<f64>,
    problems: &mut PartProblems,
    deadline: &Deadline,
) -> Result<Vec<(usize, Polygon<f64>)>, Exceeded> {
    let mut out = Vec::with_capacity(part.holes.len());
    for (i, hole) in part.holes.iter().enumerate() {
        deadline.check()?;
        let ring = flatten(&hole.contour, FLATTEN_TOLERANCE);
        let poly = Polygon::new(ring, vec![]);
        if !poly.is_valid() {
            problems.push_with(|| {
                let message = match first_crossing(poly.exterior()) {
                    Some(c) => Message::new("problem-hole-crosses-near").arg("point", fmt_pt(c)),
                    None => Message::new("problem-hole-crosses"),
                };
                hole.loc.problem(message)
            });
            continue;
        }
        if !outline.contains_properly(&poly) {
            problems.push_with(|| {
                let where_ = span(poly.bounding_rect())
                    .map(|s| Message::new("problem-hole-spans").arg("span", s));
                let outline_where = span(outline.bounding_rect())
                    .map(|s| Message::new("problem-outline-spans").arg("span", s));
                hole.loc.problem(
                    Message::new("problem-hole-outside")
                        .arg("hole", where_)
                        .arg("outline", outline_where),
                )
            });
            continue;
        }
        out.push((i, poly));
    }
    Ok(out)
}

/// One problem for each hole (as written: copies of one repeat count once) that overlaps
/// an earlier one.
fn overlapping_holes(
    part: &EvaluatedPart,
    holes: &[(usize, Polygon<f64>)],
    problems: &mut PartProblems,
    deadline: &Deadline,
) -> Result<(), Exceeded> {
    let boxes: Vec<_> = holes.iter().map(|(_, p)| p.bounding_rect()).collect();
    // (index of the first overlapping copy, copies) of the hole being reported.
    let mut group: Option<(usize, usize)> = None;
    let report = |problems: &mut PartProblems, (j, copies): (usize, usize)| {
        let (index, poly) = &holes[j];
        problems.push_with(|| {
            let copies =
                (copies > 1).then(|| Message::new("problem-hole-copies").arg("count", copies));
            part.holes[*index].loc.problem(
                Message::new("problem-holes-overlap")
                    .arg("part", part.label.as_str())
                    .arg("point", fmt_pt(poly.exterior().0[0]))
                    .arg("copies", copies),
            )
        });
    };
    for j in 1..holes.len() {
        deadline.check()?;
        let Some(b) = boxes[j] else { continue };
        let overlaps = (0..j).any(|i| {
            boxes[i].is_some_and(|a| {
                !(a.max().x < b.min().x
                    || b.max().x < a.min().x
                    || a.max().y < b.min().y
                    || b.max().y < a.min().y)
            }) && holes[i].1.intersects(&holes[j].1)
        });
        if !overlaps {
            continue;
        }
        match &mut group {
            Some((first, copies))
                if part.holes[holes[*first].0].loc == part.holes[holes[j].0].loc =>
            {
                *copies += 1;
            }
            _ => {
                if let Some(g) = group.take() {
                    report(problems, g);
                }
                group = Some((j, 1));
            }
        }
    }
    if let Some(g) = group {
        report(problems, g);
    }
    Ok(())
}

/// Tabs added to `body` from points on the outline's edge.
fn add_tabs(
    part: &EvaluatedPart,
    outline: &Polygon<f64>,
    body: &mut MultiPolygon<f64>,
    problems: &mut PartProblems,
    deadline: &Deadline,
) -> Result<(), Exceeded> {
    for tab in &part.tabs {
        deadline.check()?;
        let base = Point::new(tab.at[0], tab.at[1]);
        let d = Euclidean.distance(&base, outline.exterior());
        if d > ON_EDGE {
            problems.push_with(|| {
                tab.loc.problem(
                    Message::new("problem-tab-off-edge")
                        .arg("point", fmt_pt(base.0))
                        .arg("distance", d),
                )
            });
            continue;
        }
        let tip = [
            tab.at[0] + tab.direction.vector()[0] * tab.length / 2.0,
            tab.at[1] + tab.direction.vector()[1] * tab.length / 2.0,
        ];
        if outline.contains(&Point::new(tip[0], tip[1])) {
            problems.push_with(|| tab.loc.problem(Message::new("problem-tab-inward")));
            continue;
        }
        if problems.is_empty() {
            *body = body.union(&directed_rect(
                tab.at,
                tab.direction,
                tab.width,
                -OVERSHOOT,
                tab.length,
            ));
        }
    }
    Ok(())
}

/// Slots cut from `body`, each from a point on the outline's edge into the part.
fn cut_slots(
    part: &EvaluatedPart,
    outline: &Polygon<f64>,
    body: &mut MultiPolygon<f64>,
    problems: &mut PartProblems,
    deadline: &Deadline,
) -> Result<(), Exceeded> {
    for slot in &part.slots {
        deadline.check()?;
        let mouth = Point::new(slot.at[0], slot.at[1]);
        let d = Euclidean.distance(&mouth, outline.exterior());
        if d > ON_EDGE {
            problems.push_with(|| {
                slot.loc.problem(
                    Message::new("problem-slot-off-edge")
                        .arg("point", fmt_pt(mouth.0))
                        .arg("distance", d),
                )
            });
            continue;
        }
        let v = slot.direction.vector();
        let probe = Point::new(
            slot.at[0] + v[0] * slot.depth.min(1.0) / 2.0,
            slot.at[1] + v[1] * slot.depth.min(1.0) / 2.0,
        );
        if !outline.contains(&probe) {
            problems.push_with(|| slot.loc.problem(Message::new("problem-slot-outward")));
            continue;
        }
        let inside = directed_rect(slot.at, slot.direction, slot.width, 0.0, slot.depth);
        let outside_area = inside.unsigned_area() - inside.intersection(outline).unsigned_area();
        if outside_area > 1e-3 * inside.unsigned_area().max(1.0) {
            problems.push_with(|| {
                slot.loc.problem(
                    Message::new("problem-slot-past-edge")
                        .arg("width", slot.width)
                        .arg("depth", slot.depth)
                        .arg("point", fmt_pt(mouth.0)),
                )
            });
            continue;
        }
        if problems.is_empty() {
            *body = body.difference(&directed_rect(
                slot.at,
                slot.direction,
                slot.width,
                -OVERSHOOT,
                slot.depth,
            ));
        }
    }
    Ok(())
}

/// `body` less the holes, which must leave exactly one piece.
fn one_piece(
    part: &EvaluatedPart,
    outline: &Polygon<f64>,
    body: MultiPolygon<f64>,
    holes: Vec<Polygon<f64>>,
) -> Result<PartProfile, Vec<Diagnostic>> {
    let holes_mp = MultiPolygon::new(holes);
    let body = if holes_mp.0.is_empty() {
        body
    } else {
        body.difference(&holes_mp)
    };
    let mut pieces: Vec<Polygon<f64>> = body
        .0
        .into_iter()
        .filter(|p| p.unsigned_area() > 1e-3)
        .collect();
    match pieces.len() {
        0 => Err(vec![
            part.outline_loc
                .problem(Message::new("problem-nothing-left")),
        ]),
        1 => {
            let polygon = pieces.pop().unwrap_or_else(|| outline.clone());
            let area = polygon.unsigned_area();
            let r = polygon
                .bounding_rect()
                .map_or([0.0; 4], |r| [r.min().x, r.min().y, r.max().x, r.max().y]);
            Ok(PartProfile {
                polygon,
                area,
                bounds: r,
            })
        }
        n => Err(vec![
            part.loc.problem(
                Message::new("problem-part-in-pieces")
                    .arg("part", part.label.as_str())
                    .arg("count", n),
            ),
        ]),
    }
}

/// Every geometric problem of a part (empty when it is buildable).
pub fn check_part(part: &EvaluatedPart) -> Vec<Diagnostic> {
    check_part_within(part, &Deadline::after(limits::CHECK_TIME_LIMIT))
}

/// [`check_part`] under `deadline`.
pub fn check_part_within(part: &EvaluatedPart, deadline: &Deadline) -> Vec<Diagnostic> {
    match part_profile_within(part, deadline) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contour, Hole, Loc, Process, Slot};

    fn part(outline: Contour) -> EvaluatedPart {
        EvaluatedPart {
            label: "T-1".into(),
            name: "test".into(),
            material: "ply".into(),
            thickness: 18.0,
            quantity: 1,
            process: Process::Cnc,
            grain: None,
            rotations: vec![0],
            outline,
            outline_loc: Loc::path_only("parts[0].outline"),
            holes: vec![],
            slots: vec![],
            tabs: vec![],
            engravings: vec![],
            placements: vec![],
            loc: Loc::path_only("parts[0]"),
        }
    }

    #[test]
    fn rect_with_hole_and_slot_has_the_expected_area() {
        let mut p = part(Contour::rect(0.0, 0.0, 100.0, 50.0, 0.0));
        p.holes.push(Hole {
            contour: Contour::circle([30.0, 25.0], 10.0),
            dogbone: false,
            loc: Loc::default(),
        });
        p.slots.push(Slot {
            at: [70.0, 0.0],
            direction: Direction::Up,
            width: 18.0,
            depth: 25.0,
            dogbone: true,
            loc: Loc::default(),
        });
        let prof = part_profile(&p).unwrap();
        let circle = std::f64::consts::PI * 25.0;
        let expected = 100.0 * 50.0 - 18.0 * 25.0 - circle;
        // The flattened hole is inscribed in the true circle: at most perimeter × tolerance smaller.
        let slack = std::f64::consts::PI * 10.0 * FLATTEN_TOLERANCE;
        assert!(
            prof.area >= expected && prof.area - expected < slack,
            "{} vs {expected}",
            prof.area
        );
        assert_eq!(prof.size(), [100.0, 50.0]);
        assert_eq!(prof.polygon.interiors().len(), 1);
    }

    #[test]
    fn flattening_keeps_within_tolerance() {
        let ring = flatten(&Contour::circle([0.0, 0.0], 200.0), 0.02);
        let poly = Polygon::new(ring, vec![]);
        let exact = std::f64::consts::PI * 100.0 * 100.0;
        // The polygon is inscribed: smaller, by less than perimeter × tolerance.
        let a = poly.unsigned_area();
        assert!(
            a < exact && exact - a < 2.0 * std::f64::consts::PI * 100.0 * 0.02,
            "{a}"
        );
        // Quarter points are vertices, so the bounding box is exact.
        let b = poly.bounding_rect().unwrap();
        assert_eq!(
            (b.min().x, b.min().y, b.max().x, b.max().y),
            (-100.0, -100.0, 100.0, 100.0)
        );
    }

    #[test]
    fn self_crossing_outline_is_reported_with_a_place() {
        let p = part(Contour::polygon(&[
            [0.0, 0.0],
            [100.0, 100.0],
            [100.0, 0.0],
            [0.0, 100.0],
        ]));
        let err = part_profile(&p).unwrap_err();
        assert!(
            err[0].message.contains("crosses itself"),
            "{}",
            err[0].message
        );
    }

    #[test]
    fn hole_outside_and_slot_off_edge_are_reported() {
        let mut p = part(Contour::rect(0.0, 0.0, 100.0, 50.0, 0.0));
        p.holes.push(Hole {
            contour: Contour::circle([98.0, 25.0], 10.0),
            dogbone: false,
            loc: Loc::path_only("parts[0].holes[0]"),
        });
        p.slots.push(Slot {
            at: [50.0, 10.0],
            direction: Direction::Up,
            width: 18.0,
            depth: 20.0,
            dogbone: false,
            loc: Loc::path_only("parts[0].slots[0]"),
        });
        let err = part_profile(&p).unwrap_err();
        assert_eq!(err.len(), 2, "{err:?}");
        assert!(err[0].message.contains("not wholly inside"));
        assert!(err[1].message.contains("from the outline's edge"));
    }

    #[test]
    fn estimates_assume_our_flattening_tolerance() {
        assert_eq!(limits::ESTIMATE_TOLERANCE, FLATTEN_TOLERANCE);
        let c = Contour::circle([0.0, 0.0], 37.0);
        assert!(limits::vertex_estimate(&c) >= flatten(&c, FLATTEN_TOLERANCE).0.len());
    }

    #[test]
    fn identical_holes_give_a_bounded_list_of_problems() {
        let mut p = part(Contour::rect(0.0, 0.0, 100.0, 50.0, 0.0));
        // 500 copies of one hole are one problem …
        for _ in 0..500 {
            p.holes.push(Hole {
                contour: Contour::circle([30.0, 25.0], 10.0),
                dogbone: false,
                loc: Loc::path_only("parts[0].holes[0]"),
            });
        }
        let err = part_profile(&p).unwrap_err();
        assert_eq!(err.len(), 1, "{err:?}");
        assert!(err[0].message.contains("499 copies"), "{}", err[0].message);
        // … 500 holes written apart are 500, of which the first are listed.
        for (i, h) in p.holes.iter_mut().enumerate() {
            h.loc = Loc::path_only(format!("parts[0].holes[{i}]"));
        }
        let err = part_profile(&p).unwrap_err();
        assert_eq!(err.len(), limits::MAX_PROBLEMS_PER_PART + 1, "{err:?}");
        let last = &err[limits::MAX_PROBLEMS_PER_PART].message;
        assert!(last.contains("479 more"), "{last}");
    }

    #[test]
    fn an_expired_deadline_is_a_located_refusal() {
        let p = part(Contour::rect(0.0, 0.0, 100.0, 50.0, 0.0));
        let mut p = p;
        p.holes.push(Hole {
            contour: Contour::circle([30.0, 25.0], 10.0),
            dogbone: false,
            loc: Loc::default(),
        });
        let err = part_profile_within(&p, &Deadline::after(std::time::Duration::ZERO)).unwrap_err();
        assert!(err[0].message.contains("took longer"), "{}", err[0].message);
        assert_eq!(err[0].path, "parts[0]");
    }

    #[test]
    fn a_slot_through_the_whole_part_is_refused() {
        let mut p = part(Contour::rect(0.0, 0.0, 100.0, 50.0, 0.0));
        p.slots.push(Slot {
            at: [50.0, 0.0],
            direction: Direction::Up,
            width: 18.0,
            depth: 60.0,
            dogbone: false,
            loc: Loc::default(),
        });
        let err = part_profile(&p).unwrap_err();
        assert!(
            err[0].message.contains("runs past the part's edge"),
            "{}",
            err[0].message
        );
        p.slots[0].depth = 50.0;
        let err = part_profile(&p).unwrap_err();
        assert!(err[0].message.contains("2 pieces"), "{}", err[0].message);
    }
}
