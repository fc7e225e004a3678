//! DXF cut files → parts of a design package.
//!
//! Closed contours (LWPOLYLINE, POLYLINE, chains of LINE/ARC/open polylines, CIRCLE,
//! ELLIPSE, SPLINE flattened to [`FLATTEN_TOLERANCE`]) become parts: contours are nested by
//! containment, even depths are outlines and odd depths their holes (an island inside a
//! hole is a part of its own). Lengths are converted to mm from `$INSUNITS`. Contours on
//! engraving layers (names containing `engrav`, `etch`, `score` or `mark`) and TEXT/MTEXT
//! stay with the part they lie in: texts become `engrave` labels, lines are kept as score
//! lines in `[[extra.cutfile.score]]` (design.toml has no score lines yet).
//!
//! Bad input is contained: files over [`MAX_CUTFILE_BYTES`] or with more than
//! [`MAX_ENTITIES`] entities are refused, the DXF reader runs under `catch_unwind`, and
//! the work after reading is bounded by those limits (chaining is hashed, nesting is
//! bounding-box filtered, at most [`MAX_CONTOURS`] contours).
//!
//! The second half of an import (duplicates, chaining, nesting, writing the design) is
//! format-independent ([`assemble`]); the SVG reader ([`super::svg`]) feeds it too.

use std::collections::HashMap;
use std::f64::consts::PI;
use std::path::Path;

use geo::{Area, BoundingRect, Contains, Coord, LineString, Polygon};

use super::{ImportedPackage, InteropError, read_limited};
use crate::model::{Diagnostic, Process};

/// Largest cut file read, in bytes (32 MiB).
pub const MAX_CUTFILE_BYTES: u64 = 32 << 20;
/// Most entities read from one file.
pub const MAX_ENTITIES: usize = 200_000;
/// Most closed contours turned into parts and holes.
pub const MAX_CONTOURS: usize = 5_000;
/// Largest distance of flattened curves from the true curve, mm.
pub const FLATTEN_TOLERANCE: f64 = 0.005;
/// Warnings of one kind listed one by one; the rest are counted.
const MAX_LISTED: usize = 50;
/// Distance within which end points join, mm.
const JOIN_TOLERANCE: f64 = 0.01;

/// What to call the imported design and how it is cut.
#[derive(Debug, Clone)]
pub struct CutFileOptions {
    /// Slug of the new design.
    pub slug: String,
    /// Human name (default: from the slug).
    pub name: Option<String>,
    /// Sheet thickness in mm (the `thickness` parameter's default).
    pub thickness: f64,
    /// Laser or CNC.
    pub process: Process,
    /// SPDX licence (default [`super::okh::UNKNOWN_LICENCE`], with a warning).
    pub license: Option<String>,
    /// Author, `Name <email>` (default `Unknown`, with a warning).
    pub author: Option<String>,
}

/// A closed contour in mm, with where it came from.
#[derive(Debug, Clone)]
pub(super) struct Ring {
    pub(super) points: Vec<[f64; 2]>,
    /// Exact circle (centre, diameter) when it came from a CIRCLE.
    pub(super) circle: Option<([f64; 2], f64)>,
    pub(super) engrave: bool,
    pub(super) source: String,
}

/// An open run of points (LINE, ARC, open polyline) waiting to be chained.
#[derive(Debug, Clone)]
pub(super) struct Piece {
    pub(super) points: Vec<[f64; 2]>,
    pub(super) engrave: bool,
    pub(super) source: String,
}

/// A text to engrave.
#[derive(Debug, Clone)]
pub(super) struct Label {
    pub(super) text: String,
    pub(super) at: [f64; 2],
    pub(super) height: f64,
}

/// Imports a DXF file as a design package named by `opts`.
pub fn import_dxf(path: &Path, opts: &CutFileOptions) -> Result<ImportedPackage, InteropError> {
    let bytes = read_limited(path, MAX_CUTFILE_BYTES)?;
    import_dxf_bytes(&bytes, path, opts)
}

/// Imports DXF bytes; `file` names the source in warnings.
pub fn import_dxf_bytes(
    bytes: &[u8],
    file: &Path,
    opts: &CutFileOptions,
) -> Result<ImportedPackage, InteropError> {
    let invalid = |message: String| InteropError::invalid(file, message);
    check_options(opts, file)?;
    // The reader is other people's code: a panic on a malformed file is contained here.
    let loaded = std::panic::catch_unwind(|| {
        let mut cursor = std::io::Cursor::new(bytes);
        dxf::Drawing::load(&mut cursor)
    });
    let drawing = match loaded {
        Ok(Ok(d)) => d,
        Ok(Err(e)) => return Err(invalid(format!("not a readable DXF file: {e}"))),
        Err(_) => {
            return Err(invalid(
                "not a readable DXF file (the reader gave up)".into(),
            ));
        }
    };
    let count = drawing.entities().count();
    if count > MAX_ENTITIES {
        return Err(invalid(format!(
            "{count} entities is more than the limit of {MAX_ENTITIES}; split the drawing"
        )));
    }
    let mut warnings = Vec::new();
    let warn = |warnings: &mut Vec<Diagnostic>, path: &str, message: String| {
        warnings.push(warning(file, path, message));
    };
    use dxf::enums::Units;
    let scale = match drawing.header.default_drawing_units {
        Units::Millimeters => 1.0,
        Units::Centimeters => 10.0,
        Units::Meters => 1000.0,
        Units::Inches | Units::USSurveyInch => 25.4,
        Units::Feet | Units::USSurveyFeet => 304.8,
        Units::Mils => 0.0254,
        Units::Microns => 0.001,
        Units::Decimeters => 100.0,
        Units::Unitless => {
            warn(
                &mut warnings,
                "$INSUNITS",
                "the drawing has no units ($INSUNITS unset): millimetres assumed".into(),
            );
            1.0
        }
        other => {
            warn(
                &mut warnings,
                "$INSUNITS",
                format!("unusual drawing units {other:?}: millimetres assumed"),
            );
            1.0
        }
    };

    let mut rings = Vec::new();
    let mut pieces = Vec::new();
    let mut labels = Vec::new();
    let mut ignored: HashMap<String, usize> = HashMap::new();
    for (i, e) in drawing.entities().enumerate() {
        let layer = e.common.layer.clone();
        let engrave = is_engrave_layer(&layer);
        let source = format!("entities[{i}] on layer '{layer}'");
        let s = |p: &dxf::Point| [p.x * scale, p.y * scale];
        use dxf::entities::EntityType as T;
        match &e.specific {
            T::LwPolyline(pl) => {
                let verts: Vec<([f64; 2], f64)> = pl
                    .vertices
                    .iter()
                    .map(|v| ([v.x * scale, v.y * scale], v.bulge))
                    .collect();
                let closed = pl.flags & 1 != 0;
                push_run(
                    bulge_points(&verts, closed),
                    closed,
                    engrave,
                    source,
                    &mut rings,
                    &mut pieces,
                );
            }
            T::Polyline(pl) => {
                let verts: Vec<([f64; 2], f64)> =
                    pl.vertices().map(|v| (s(&v.location), v.bulge)).collect();
                let closed = pl.flags & 1 != 0;
                push_run(
                    bulge_points(&verts, closed),
                    closed,
                    engrave,
                    source,
                    &mut rings,
                    &mut pieces,
                );
            }
            T::Line(l) => pieces.push(Piece {
                points: vec![s(&l.p1), s(&l.p2)],
                engrave,
                source,
            }),
            T::Arc(a) => {
                let mut end = a.end_angle;
                while end <= a.start_angle {
                    end += 360.0;
                }
                pieces.push(Piece {
                    points: arc_points(
                        s(&a.center),
                        a.radius * scale,
                        a.start_angle.to_radians(),
                        end.to_radians(),
                    ),
                    engrave,
                    source,
                });
            }
            T::Circle(c) => {
                let center = s(&c.center);
                let r = c.radius * scale;
                if r > 0.0 {
                    let mut points = arc_points(center, r, 0.0, 2.0 * PI);
                    points.pop();
                    rings.push(Ring {
                        points,
                        circle: Some((center, 2.0 * r)),
                        engrave,
                        source,
                    });
                }
            }
            T::Ellipse(el) => {
                let center = s(&el.center);
                let major = [el.major_axis.x * scale, el.major_axis.y * scale];
                let ratio = el.minor_axis_ratio;
                let (t0, mut t1) = (el.start_parameter, el.end_parameter);
                while t1 <= t0 {
                    t1 += 2.0 * PI;
                }
                let a = major[0].hypot(major[1]);
                let n = segments_for(a, t1 - t0);
                let points: Vec<[f64; 2]> = (0..=n)
                    .map(|k| {
                        let t = t0 + (t1 - t0) * k as f64 / n as f64;
                        let (c, sn) = (t.cos(), t.sin());
                        [
                            center[0] + major[0] * c - major[1] * ratio * sn,
                            center[1] + major[1] * c + major[0] * ratio * sn,
                        ]
                    })
                    .collect();
                let closed = (t1 - t0 - 2.0 * PI).abs() < 1e-9;
                push_run(points, closed, engrave, source, &mut rings, &mut pieces);
            }
            T::Spline(sp) => {
                let ctrl: Vec<[f64; 2]> = sp.control_points.iter().map(s).collect();
                let points = match spline_points(
                    &ctrl,
                    &sp.knot_values,
                    &sp.weight_values,
                    sp.degree_of_curve,
                ) {
                    Some(p) => p,
                    None if sp.fit_points.len() >= 2 => sp.fit_points.iter().map(s).collect(),
                    None => {
                        warn(
                            &mut warnings,
                            &source,
                            "SPLINE without usable control or fit points: ignored".into(),
                        );
                        continue;
                    }
                };
                let closed = sp.flags & 1 != 0
                    || points
                        .first()
                        .zip(points.last())
                        .is_some_and(|(a, b)| dist(*a, *b) < JOIN_TOLERANCE);
                push_run(points, closed, engrave, source, &mut rings, &mut pieces);
            }
            T::Text(t) => labels.push(Label {
                text: t.value.clone(),
                at: s(&t.location),
                height: t.text_height * scale,
            }),
            T::MText(t) => {
                let mut text = t.text.clone();
                for more in &t.extended_text {
                    text.push_str(more);
                }
                labels.push(Label {
                    text: strip_mtext(&text),
                    at: s(&t.insertion_point),
                    height: t.initial_text_height * scale,
                });
            }
            other => {
                let name = format!("{other:?}");
                let kind = name
                    .split(['(', ' ', '{'])
                    .next()
                    .unwrap_or("entity")
                    .to_string();
                *ignored.entry(kind).or_default() += 1;
            }
        }
    }
    let mut kinds: Vec<_> = ignored.into_iter().collect();
    kinds.sort();
    for (kind, n) in kinds {
        warn(
            &mut warnings,
            "",
            format!(
                "{n} {kind} entit{} ignored (not a contour)",
                if n == 1 { "y" } else { "ies" }
            ),
        );
    }

    assemble(
        Contours {
            rings,
            pieces,
            labels,
        },
        file,
        opts,
        "dxf",
        warnings,
        Vec::new(),
    )
}

/// Refuses options that cannot make a valid design (bad slug, impossible thickness).
pub(super) fn check_options(opts: &CutFileOptions, file: &Path) -> Result<(), InteropError> {
    let invalid = |message: String| InteropError::invalid(file, message);
    if let Err(why) = crate::model::check_slug(&opts.slug) {
        return Err(invalid(why));
    }
    if !(opts.thickness.is_finite() && opts.thickness > 0.0 && opts.thickness <= 200.0) {
        return Err(invalid(format!(
            "thickness {} mm is not a sheet thickness (0 < t ≤ 200)",
            opts.thickness
        )));
    }
    Ok(())
}

/// A warning located in `file` at `path` (an entity or element description).
pub(super) fn warning(file: &Path, path: &str, message: String) -> Diagnostic {
    Diagnostic {
        file: Some(file.to_path_buf()),
        position: None,
        path: path.to_string(),
        message,
    }
}

/// Everything a reader found in a cut file, in mm with y up, before grouping.
#[derive(Debug, Default)]
pub(super) struct Contours {
    /// Closed contours.
    pub rings: Vec<Ring>,
    /// Open runs, to be chained.
    pub pieces: Vec<Piece>,
    /// Texts to engrave.
    pub labels: Vec<Label>,
}

/// The format-independent half of a cut-file import: drops duplicates, chains open runs,
/// warns about what stays open, nests closed contours into parts and writes the design.
/// `format` names the command in the manifest's header comment (`dxf`, `svg`).
pub(super) fn assemble(
    found: Contours,
    file: &Path,
    opts: &CutFileOptions,
    format: &str,
    mut warnings: Vec<Diagnostic>,
    mut notes: Vec<String>,
) -> Result<ImportedPackage, InteropError> {
    let invalid = |message: String| InteropError::invalid(file, message);
    let warn = |warnings: &mut Vec<Diagnostic>, path: &str, message: String| {
        warnings.push(warning(file, path, message));
    };
    let Contours {
        mut rings,
        pieces,
        labels,
    } = found;
    // Duplicate lines: the same run twice (either direction) is cut once. Runs are
    // bucketed by their quantized end points, so this stays linear on huge files.
    let mut seen: HashMap<(Cell, Cell, usize), Vec<usize>> = HashMap::new();
    let mut keep = vec![true; pieces.len()];
    for (i, p) in pieces.iter().enumerate() {
        let (a, b) = (cell(p.points[0]), cell(p.points[p.points.len() - 1]));
        let bucket = seen
            .entry((a.min(b), a.max(b), p.points.len()))
            .or_default();
        if let Some(&first) = bucket
            .iter()
            .find(|&&j| same_run(&pieces[j].points, &p.points))
        {
            keep[i] = false;
            warn(
                &mut warnings,
                &p.source,
                format!("duplicate of {}: dropped", pieces[first].source),
            );
        } else {
            bucket.push(i);
        }
    }
    let pieces: Vec<Piece> = pieces
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect();
    let (chained, open) = chain(pieces);
    // Open runs on engraving layers are score lines, not broken edges.
    let (open_scores, open): (Vec<Piece>, Vec<Piece>) = open.into_iter().partition(|p| p.engrave);
    let open_count = open.len();
    for p in open.into_iter().take(MAX_LISTED) {
        let (a, b) = (p.points[0], p.points[p.points.len() - 1]);
        warn(
            &mut warnings,
            &p.source,
            format!(
                "open contour from ({:.2}, {:.2}) to ({:.2}, {:.2}) mm: not a part edge, ignored",
                a[0], a[1], b[0], b[1]
            ),
        );
    }
    if open_count > MAX_LISTED {
        warn(
            &mut warnings,
            "",
            format!("… and {} more open contours", open_count - MAX_LISTED),
        );
    }
    rings.extend(chained);
    if rings.len() > MAX_CONTOURS {
        return Err(invalid(format!(
            "{} closed contours is more than the limit of {MAX_CONTOURS}",
            rings.len()
        )));
    }
    // Duplicate closed contours (bucketed by their quantized first point's cell).
    let mut unique: Vec<Ring> = Vec::new();
    let mut by_corner: HashMap<(Cell, usize), Vec<usize>> = HashMap::new();
    for r in rings {
        if r.points.len() < 3 {
            continue;
        }
        let corner = r
            .points
            .iter()
            .copied()
            .min_by(|a, b| a[0].total_cmp(&b[0]).then(a[1].total_cmp(&b[1])))
            .unwrap_or([0.0, 0.0]);
        let bucket = by_corner.entry((cell(corner), r.points.len())).or_default();
        if let Some(&first) = bucket
            .iter()
            .find(|&&j| same_ring(&unique[j].points, &r.points))
        {
            let message = format!("duplicate of {}: dropped", unique[first].source);
            warn(&mut warnings, &r.source, message);
            continue;
        }
        bucket.push(unique.len());
        unique.push(r);
    }
    let (cuts, mut scores): (Vec<Ring>, Vec<Ring>) = unique.into_iter().partition(|r| !r.engrave);
    scores.extend(open_scores.into_iter().map(|p| Ring {
        points: p.points,
        circle: None,
        engrave: true,
        source: p.source,
    }));
    if cuts.is_empty() {
        return Err(invalid(
            "no closed contours to cut: nothing to import".into(),
        ));
    }
    let parts = nest(&cuts);
    let manifest = write_design(
        opts,
        file,
        format,
        &cuts,
        &parts,
        &scores,
        &labels,
        &mut warnings,
    );
    notes.push(format!(
        "{} part(s) from {} closed contour(s)",
        parts.len(),
        cuts.len()
    ));
    Ok(ImportedPackage {
        slug: opts.slug.clone(),
        manifest,
        files: Vec::new(),
        warnings,
        notes,
    })
}

pub(super) fn is_engrave_layer(layer: &str) -> bool {
    let l = layer.to_ascii_lowercase();
    ["engrav", "etch", "score", "mark"]
        .iter()
        .any(|k| l.contains(k))
}

pub(super) fn push_run(
    points: Vec<[f64; 2]>,
    closed: bool,
    engrave: bool,
    source: String,
    rings: &mut Vec<Ring>,
    pieces: &mut Vec<Piece>,
) {
    if points.len() < 2 {
        return;
    }
    let ends_meet = dist(points[0], points[points.len() - 1]) < JOIN_TOLERANCE;
    if closed || (ends_meet && points.len() > 3) {
        let mut points = points;
        if ends_meet {
            points.pop();
        }
        rings.push(Ring {
            points,
            circle: None,
            engrave,
            source,
        });
    } else {
        pieces.push(Piece {
            points,
            engrave,
            source,
        });
    }
}

/// A grid cell of [`JOIN_TOLERANCE`] size, for hashing points that should meet.
type Cell = (i64, i64);

fn cell(p: [f64; 2]) -> Cell {
    (
        (p[0] / JOIN_TOLERANCE).round() as i64,
        (p[1] / JOIN_TOLERANCE).round() as i64,
    )
}

pub(super) fn dist(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

/// Segments for an arc of `radius` over `sweep` radians within [`FLATTEN_TOLERANCE`].
fn segments_for(radius: f64, sweep: f64) -> usize {
    if radius <= FLATTEN_TOLERANCE {
        return 4;
    }
    let step = 2.0 * (1.0 - FLATTEN_TOLERANCE / radius).clamp(-1.0, 1.0).acos();
    ((sweep.abs() / step.max(1e-6)).ceil() as usize).clamp(4, 10_000)
}

fn arc_points(c: [f64; 2], r: f64, a0: f64, a1: f64) -> Vec<[f64; 2]> {
    let n = segments_for(r, a1 - a0);
    (0..=n)
        .map(|k| {
            let a = a0 + (a1 - a0) * k as f64 / n as f64;
            [c[0] + r * a.cos(), c[1] + r * a.sin()]
        })
        .collect()
}

/// Polyline vertices with bulges (tan of a quarter of the arc's angle) → points.
fn bulge_points(verts: &[([f64; 2], f64)], closed: bool) -> Vec<[f64; 2]> {
    let mut out = Vec::new();
    let n = verts.len();
    let last = if closed { n } else { n.saturating_sub(1) };
    for i in 0..n {
        let (p, bulge) = verts[i];
        out.push(p);
        if i >= last || bulge.abs() < 1e-12 || !bulge.is_finite() {
            continue;
        }
        let q = verts[(i + 1) % n].0;
        let chord = dist(p, q);
        if chord < 1e-12 {
            continue;
        }
        let theta = 4.0 * bulge.atan(); // signed sweep, ccw positive
        let r = chord / (2.0 * (theta / 2.0).sin().abs());
        // centre: from the chord's midpoint along its normal
        let mid = [(p[0] + q[0]) / 2.0, (p[1] + q[1]) / 2.0];
        let h = r * (theta / 2.0).cos().abs() * if theta.abs() > PI { -1.0 } else { 1.0 };
        let dir = [(q[0] - p[0]) / chord, (q[1] - p[1]) / chord];
        let normal = if theta > 0.0 {
            [-dir[1], dir[0]]
        } else {
            [dir[1], -dir[0]]
        };
        let c = [mid[0] + normal[0] * h, mid[1] + normal[1] * h];
        let a0 = (p[1] - c[1]).atan2(p[0] - c[0]);
        let mut pts = arc_points(c, r, a0, a0 + theta);
        pts.remove(0);
        pts.pop();
        out.extend(pts);
    }
    out
}

/// Evaluates a (rational) B-spline at enough parameters for [`FLATTEN_TOLERANCE`]-ish
/// accuracy (dense uniform sampling); `None` if the data are inconsistent.
fn spline_points(
    ctrl: &[[f64; 2]],
    knots: &[f64],
    weights: &[f64],
    degree: i32,
) -> Option<Vec<[f64; 2]>> {
    let p = usize::try_from(degree)
        .ok()
        .filter(|d| (1..=10).contains(d))?;
    let n = ctrl.len();
    if n <= p || knots.len() != n + p + 1 {
        return None;
    }
    let w: Vec<f64> = if weights.len() == n {
        weights.to_vec()
    } else {
        vec![1.0; n]
    };
    let (t0, t1) = (knots[p], knots[n]);
    if t1 <= t0 || !t0.is_finite() || !t1.is_finite() {
        return None;
    }
    let length: f64 = ctrl.windows(2).map(|s| dist(s[0], s[1])).sum();
    let samples = ((length / 0.5).ceil() as usize).clamp(16 * n, 20_000);
    let mut out = Vec::with_capacity(samples + 1);
    for k in 0..=samples {
        let t = t0 + (t1 - t0) * k as f64 / samples as f64;
        out.push(de_boor(ctrl, &w, knots, p, t)?);
    }
    Some(out)
}

fn de_boor(ctrl: &[[f64; 2]], w: &[f64], knots: &[f64], p: usize, t: f64) -> Option<[f64; 2]> {
    let n = ctrl.len();
    let mut k = p;
    while k < n - 1 && t >= knots[k + 1] {
        k += 1;
    }
    let mut d: Vec<[f64; 3]> = (0..=p)
        .map(|j| {
            let c = ctrl[j + k - p];
            let wt = w[j + k - p];
            [c[0] * wt, c[1] * wt, wt]
        })
        .collect();
    for r in 1..=p {
        for j in (r..=p).rev() {
            let i = j + k - p;
            let denom = knots[i + 1 + p - r] - knots[i];
            let alpha = if denom.abs() < 1e-15 {
                0.0
            } else {
                (t - knots[i]) / denom
            };
            let prev = d[j - 1];
            for (c, v) in d[j].iter_mut().enumerate() {
                *v = (1.0 - alpha) * prev[c] + alpha * *v;
            }
        }
    }
    let [x, y, wt] = d[p];
    (wt.abs() > 1e-15).then(|| [x / wt, y / wt])
}

/// MTEXT formatting codes (`\P`, `{\fArial;...}`) removed.
fn strip_mtext(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' | '}' => {}
            '\\' => match chars.next() {
                Some('P') => out.push(' '),
                Some(_) => {
                    // skip a code's argument up to ';'
                    for d in chars.by_ref() {
                        if d == ';' {
                            break;
                        }
                    }
                }
                None => {}
            },
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

fn same_run(a: &[[f64; 2]], b: &[[f64; 2]]) -> bool {
    a.len() == b.len()
        && (a.iter().zip(b).all(|(p, q)| dist(*p, *q) < JOIN_TOLERANCE)
            || a.iter()
                .zip(b.iter().rev())
                .all(|(p, q)| dist(*p, *q) < JOIN_TOLERANCE))
}

fn same_ring(a: &[[f64; 2]], b: &[[f64; 2]]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (pa, pb) = (polygon(a), polygon(b));
    (pa.unsigned_area() - pb.unsigned_area()).abs() < 1e-6
        && match (pa.bounding_rect(), pb.bounding_rect()) {
            (Some(r), Some(s)) => {
                dist([r.min().x, r.min().y], [s.min().x, s.min().y]) < JOIN_TOLERANCE
                    && dist([r.max().x, r.max().y], [s.max().x, s.max().y]) < JOIN_TOLERANCE
            }
            _ => false,
        }
}

/// Joins open pieces end to end into closed rings; returns the rings and what stayed open.
fn chain(pieces: Vec<Piece>) -> (Vec<Ring>, Vec<Piece>) {
    let key = |p: [f64; 2]| {
        (
            (p[0] / JOIN_TOLERANCE).round() as i64,
            (p[1] / JOIN_TOLERANCE).round() as i64,
        )
    };
    let mut ends: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (i, p) in pieces.iter().enumerate() {
        ends.entry(key(p.points[0])).or_default().push(i);
        ends.entry(key(p.points[p.points.len() - 1]))
            .or_default()
            .push(i);
    }
    let mut used = vec![false; pieces.len()];
    let mut rings = Vec::new();
    let mut open = Vec::new();
    for start in 0..pieces.len() {
        if used[start] {
            continue;
        }
        used[start] = true;
        let mut run = pieces[start].points.clone();
        let engrave = pieces[start].engrave;
        let source = pieces[start].source.clone();
        loop {
            let tail = run[run.len() - 1];
            if run.len() > 2 && dist(tail, run[0]) < JOIN_TOLERANCE {
                break;
            }
            let next = ends.get(&key(tail)).and_then(|c| {
                c.iter()
                    .copied()
                    .find(|&j| !used[j] && pieces[j].engrave == engrave)
            });
            let Some(j) = next else { break };
            used[j] = true;
            let pts = &pieces[j].points;
            if dist(pts[0], tail) <= dist(pts[pts.len() - 1], tail) {
                run.extend_from_slice(&pts[1..]);
            } else {
                run.extend(pts.iter().rev().skip(1));
            }
        }
        if run.len() > 3 && dist(run[run.len() - 1], run[0]) < JOIN_TOLERANCE {
            run.pop();
            rings.push(Ring {
                points: run,
                circle: None,
                engrave,
                source,
            });
        } else {
            open.push(Piece {
                points: run,
                engrave,
                source,
            });
        }
    }
    (rings, open)
}

fn polygon(points: &[[f64; 2]]) -> Polygon<f64> {
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

/// A part: the index of its outline ring and of its hole rings.
struct PartRings {
    outline: usize,
    holes: Vec<usize>,
}

/// Groups rings by containment: even depth = outline, odd depth = hole of its parent.
fn nest(rings: &[Ring]) -> Vec<PartRings> {
    let polys: Vec<Polygon<f64>> = rings.iter().map(|r| polygon(&r.points)).collect();
    let areas: Vec<f64> = polys.iter().map(|p| p.unsigned_area()).collect();
    let boxes: Vec<_> = polys.iter().map(|p| p.bounding_rect()).collect();
    let mut order: Vec<usize> = (0..rings.len()).collect();
    order.sort_by(|&a, &b| areas[b].total_cmp(&areas[a]));
    let mut parent: Vec<Option<usize>> = vec![None; rings.len()];
    let mut depth = vec![0usize; rings.len()];
    for (pos, &i) in order.iter().enumerate() {
        let probe = geo::Point::new(rings[i].points[0][0], rings[i].points[0][1]);
        // The smallest larger ring containing this one is its parent.
        for &j in order[..pos].iter().rev() {
            let inside_box = match (boxes[j], boxes[i]) {
                (Some(bj), Some(bi)) => {
                    bj.min().x <= bi.min().x
                        && bj.min().y <= bi.min().y
                        && bj.max().x >= bi.max().x
                        && bj.max().y >= bi.max().y
                }
                _ => false,
            };
            if inside_box && polys[j].contains(&probe) {
                parent[i] = Some(j);
                depth[i] = depth[j] + 1;
                break;
            }
        }
    }
    let mut parts: Vec<PartRings> = Vec::new();
    let mut index_of: HashMap<usize, usize> = HashMap::new();
    for &i in &order {
        if depth[i].is_multiple_of(2) {
            index_of.insert(i, parts.len());
            parts.push(PartRings {
                outline: i,
                holes: Vec::new(),
            });
        } else if let Some(p) = parent[i].and_then(|p| index_of.get(&p)) {
            parts[*p].holes.push(i);
        }
    }
    // Parts in reading order: top to bottom, left to right.
    parts.sort_by(|a, b| {
        let (ba, bb) = (boxes[a.outline], boxes[b.outline]);
        match (ba, bb) {
            (Some(x), Some(y)) => y
                .max()
                .y
                .total_cmp(&x.max().y)
                .then(x.min().x.total_cmp(&y.min().x)),
            _ => std::cmp::Ordering::Equal,
        }
    });
    parts
}

fn num(x: f64) -> toml::Value {
    let r = (x * 10_000.0).round() / 10_000.0;
    if r == 0.0 {
        toml::Value::Float(0.0)
    } else {
        toml::Value::Float(r)
    }
}

fn point(p: [f64; 2], origin: [f64; 2]) -> toml::Value {
    toml::Value::Array(vec![num(p[0] - origin[0]), num(p[1] - origin[1])])
}

/// Drops consecutive points closer than 0.1 µm (they make zero-length edges).
fn clean(points: &[[f64; 2]]) -> Vec<[f64; 2]> {
    let mut out: Vec<[f64; 2]> = Vec::with_capacity(points.len());
    for &p in points {
        if out.last().is_none_or(|q| dist(*q, p) > 1e-4) {
            out.push(p);
        }
    }
    while out.len() > 3 && dist(out[0], out[out.len() - 1]) <= 1e-4 {
        out.pop();
    }
    out
}

fn shape(ring: &Ring, origin: [f64; 2]) -> toml::Value {
    let mut t = toml::Table::new();
    match ring.circle {
        Some((c, d)) => {
            t.insert("shape".into(), "circle".into());
            t.insert("center".into(), point(c, origin));
            t.insert("diameter".into(), num(d));
        }
        None => {
            t.insert("shape".into(), "polygon".into());
            t.insert(
                "points".into(),
                toml::Value::Array(
                    clean(&ring.points)
                        .iter()
                        .map(|p| point(*p, origin))
                        .collect(),
                ),
            );
        }
    }
    toml::Value::Table(t)
}

#[allow(clippy::too_many_arguments)]
fn write_design(
    opts: &CutFileOptions,
    file: &Path,
    format: &str,
    rings: &[Ring],
    parts: &[PartRings],
    scores: &[Ring],
    labels: &[Label],
    warnings: &mut Vec<Diagnostic>,
) -> String {
    let s = |v: &str| toml::Value::String(v.to_string());
    let file_name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut doc = toml::Table::new();
    let name = opts.name.clone().unwrap_or_else(|| {
        let mut n = opts.slug.replace('-', " ");
        if let Some(first) = n.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        n
    });
    doc.insert("name".into(), s(&name));
    doc.insert("slug".into(), s(&opts.slug));
    doc.insert("version".into(), s("0.1.0"));
    let summary: String = format!("Parts imported from the cut file {file_name}.")
        .chars()
        .take(300)
        .collect();
    doc.insert("summary".into(), s(&summary));
    doc.insert("category".into(), s("other"));
    let license = match &opts.license {
        Some(l) => l.clone(),
        None => {
            warnings.push(Diagnostic::bare(format!(
                "no licence given (--license): set to '{}'; fix it before publishing",
                super::okh::UNKNOWN_LICENCE
            )));
            super::okh::UNKNOWN_LICENCE.to_string()
        }
    };
    doc.insert("license".into(), s(&license));
    let author = opts.author.clone().unwrap_or_else(|| "Unknown".to_string());
    doc.insert("authors".into(), toml::Value::Array(vec![s(&author)]));

    let t = opts.thickness;
    let mut thickness = toml::Table::new();
    thickness.insert("type".into(), s("length"));
    thickness.insert("default".into(), num(t));
    thickness.insert("min".into(), num(t * 0.8));
    thickness.insert("max".into(), num(t * 1.2));
    thickness.insert("help".into(), s("Measured thickness of the sheet."));
    let mut params = toml::Table::new();
    params.insert("thickness".into(), toml::Value::Table(thickness));
    doc.insert("parameters".into(), toml::Value::Table(params));
    let mut sheet = toml::Table::new();
    sheet.insert("name".into(), s("Sheet material"));
    sheet.insert("kind".into(), s("other"));
    sheet.insert("nominal_thickness".into(), num(t));
    sheet.insert("thickness".into(), s("thickness"));
    let mut materials = toml::Table::new();
    materials.insert("sheet".into(), toml::Value::Table(sheet));
    doc.insert("materials".into(), toml::Value::Table(materials));

    let mut out_parts = Vec::new();
    let mut score_lines = Vec::new();
    for (n, part) in parts.iter().enumerate() {
        let label = format!("P{:02}", n + 1);
        let outline = &rings[part.outline];
        let poly = polygon(&outline.points);
        let origin = poly
            .bounding_rect()
            .map_or([0.0, 0.0], |r| [r.min().x, r.min().y]);
        let mut t = toml::Table::new();
        t.insert("label".into(), s(&label));
        t.insert(
            "name".into(),
            s(&format!("Part {} ({})", n + 1, outline.source)),
        );
        t.insert("material".into(), s("sheet"));
        t.insert("process".into(), s(opts.process.as_str()));
        t.insert("outline".into(), shape(outline, origin));
        if !part.holes.is_empty() {
            t.insert(
                "holes".into(),
                toml::Value::Array(
                    part.holes
                        .iter()
                        .map(|&h| shape(&rings[h], origin))
                        .collect(),
                ),
            );
        }
        let inside = |p: [f64; 2]| poly.contains(&geo::Point::new(p[0], p[1]));
        let engrave: Vec<toml::Value> = labels
            .iter()
            .filter(|l| !l.text.trim().is_empty() && inside(l.at))
            .map(|l| {
                let mut e = toml::Table::new();
                e.insert("text".into(), s(l.text.trim()));
                e.insert("at".into(), point(l.at, origin));
                e.insert("height".into(), num(l.height.max(1.0)));
                toml::Value::Table(e)
            })
            .collect();
        if !engrave.is_empty() {
            t.insert("engrave".into(), toml::Value::Array(engrave));
        }
        for sc in scores.iter().filter(|r| inside(r.points[0])) {
            let mut e = toml::Table::new();
            e.insert("part".into(), s(&label));
            e.insert("source".into(), s(&sc.source));
            e.insert(
                "points".into(),
                toml::Value::Array(sc.points.iter().map(|p| point(*p, origin)).collect()),
            );
            score_lines.push(toml::Value::Table(e));
        }
        out_parts.push(toml::Value::Table(t));
    }
    doc.insert("parts".into(), toml::Value::Array(out_parts));
    let mut cut = toml::Table::new();
    cut.insert("source".into(), s(&file_name));
    if !score_lines.is_empty() {
        cut.insert("score".into(), toml::Value::Array(score_lines));
    }
    let mut extra = toml::Table::new();
    extra.insert("cutfile".into(), toml::Value::Table(cut));
    doc.insert("extra".into(), toml::Value::Table(extra));
    format!(
        "# Imported from {file_name} by `barnraise import {format}`.\n{}",
        toml::to_string(&doc).unwrap_or_default()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> CutFileOptions {
        CutFileOptions {
            slug: "test-parts".into(),
            name: None,
            thickness: 3.0,
            process: Process::Laser,
            license: Some("CC0-1.0".into()),
            author: Some("T".into()),
        }
    }

    #[test]
    fn bulges_make_arcs_through_the_right_side() {
        // A half circle from (0,0) to (2,0), bulge 1 = 180° ccw: passes through (1,-1).
        let pts = bulge_points(&[([0.0, 0.0], 1.0), ([2.0, 0.0], 0.0)], false);
        let lowest = pts.iter().map(|p| p[1]).fold(f64::INFINITY, f64::min);
        assert!((lowest + 1.0).abs() < 0.01, "{lowest}");
    }

    #[test]
    fn lines_chain_into_rings_and_open_ends_are_reported() {
        let p = |a: [f64; 2], b: [f64; 2]| Piece {
            points: vec![a, b],
            engrave: false,
            source: String::new(),
        };
        let (rings, open) = chain(vec![
            p([0.0, 0.0], [10.0, 0.0]),
            p([10.0, 10.0], [10.0, 0.0]),
            p([10.0, 10.0], [0.0, 10.0]),
            p([0.0, 10.0], [0.0, 0.0]),
            p([20.0, 0.0], [30.0, 0.0]),
        ]);
        assert_eq!(rings.len(), 1);
        assert_eq!(rings[0].points.len(), 4);
        assert_eq!(open.len(), 1);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let garbage: Vec<u8> = (0..10_000u32).map(|i| (i * 31 % 256) as u8).collect();
        assert!(import_dxf_bytes(&garbage, Path::new("x.dxf"), &opts()).is_err());
        assert!(
            import_dxf_bytes(
                b"0\nSECTION\n2\nENTITIES\n0\nLINE\n",
                Path::new("x.dxf"),
                &opts()
            )
            .is_err()
        );
    }
}
