//! DXF (R12–R2018) → the contours, texts and unit declaration of one cut file.
//!
//! Owns reading DXF entities into [`FileContent`]: LWPOLYLINE and POLYLINE with bulges,
//! LINE, ARC, CIRCLE, ELLIPSE and SPLINE flattened to [`FLATTEN_TOLERANCE`], TEXT and MTEXT
//! (formatting codes stripped), and INSERTs of blocks expanded with their transforms (nested,
//! rotated, scaled, mirrored, arrays). The operation of each contour comes from its layer name
//! ([`super::ops`]) or, when the caller passes a colour map, its colour (index, true colour,
//! BYLAYER, BYBLOCK); entities on layer `0` inside a block take the INSERT's layer. Layers
//! switched off or not plotted are skipped. Must not group, repair or judge geometry: that is
//! [`super::cutfile`]'s.
//!
//! Bad input is contained: the reader runs under `catch_unwind`, entities are counted after
//! expansion ([`MAX_ENTITIES`]), blocks nest at most [`MAX_BLOCK_DEPTH`] deep, and numbers
//! that are not finite or beyond 1e9 are dropped.

use crate::i18n::Message;
use std::collections::{BTreeMap, HashMap};
use std::f64::consts::PI;
use std::path::Path;

use kurbo::{Affine, Point};

use super::InteropError;
use super::cutfile::{
    FLATTEN_TOLERANCE, FileContent, Format, JOIN_TOLERANCE, Label, MAX_ENTITIES, Piece, Ring,
    Source, dist, warning,
};
use super::ops::{self, ColourMap, OpSource, Operation};
use super::units::{Declared, LengthUnit};

/// Deepest nesting of INSERTs followed.
pub const MAX_BLOCK_DEPTH: usize = 16;
/// Largest coordinate magnitude accepted, in drawing units.
const MAX_COORD: f64 = 1e9;

/// Reads DXF bytes; `index` numbers the file among those imported together.
pub(super) fn read(
    bytes: &[u8],
    file: &Path,
    index: usize,
    colours: Option<&ColourMap>,
    mm_per_unit: Option<f64>,
) -> Result<FileContent, InteropError> {
    let invalid = |message: Message| InteropError::invalid(file, message);
    if bytes.starts_with(b"AutoCAD Binary DXF") {
        return Err(invalid(Message::new("refusal-import-binary-dxf")));
    }
    if bytes.len() > 8 && bytes.iter().take(4096).filter(|b| **b == 0).count() > 0 {
        return Err(invalid(Message::new("refusal-import-dxf-binary-data")));
    }
    // The reader is other people's code: a panic on a malformed file is contained here.
    let loaded = std::panic::catch_unwind(|| {
        let mut cursor = std::io::Cursor::new(bytes);
        dxf::Drawing::load(&mut cursor)
    });
    let drawing = match loaded {
        Ok(Ok(d)) => d,
        Ok(Err(e)) => {
            return Err(invalid(
                Message::new("refusal-import-dxf-unreadable").arg("reason", e.to_string()),
            ));
        }
        Err(_) => return Err(invalid(Message::new("refusal-import-dxf-gave-up"))),
    };
    let count = drawing.entities().count();
    if count > MAX_ENTITIES {
        return Err(invalid(
            Message::new("refusal-import-too-many-entities")
                .arg("count", count)
                .arg("max", MAX_ENTITIES),
        ));
    }
    if count == 0 && !bytes.windows(8).any(|w| w == b"ENTITIES") {
        return Err(invalid(Message::new("refusal-import-no-entities")));
    }
    let mut declared = declared_units(&drawing);
    if let Some(mm) = mm_per_unit {
        declared.applied = mm;
    }
    let scale = declared.applied;
    let layers: HashMap<String, LayerInfo> = drawing
        .layers()
        .map(|l| {
            (
                l.name.clone(),
                LayerInfo {
                    colour: l.color.index().map(ops::aci_rgb),
                    shown: l.is_layer_on && l.is_layer_plotted && !l.color.is_turned_off(),
                },
            )
        })
        .collect();
    let blocks: HashMap<&str, &dxf::Block> =
        drawing.blocks().map(|b| (b.name.as_str(), b)).collect();
    let mut reader = Reader {
        file,
        index,
        colours,
        layers,
        blocks,
        content: FileContent::new(file, Format::Dxf, declared),
        expanded: 0,
        ignored: BTreeMap::new(),
        hidden: BTreeMap::new(),
    };
    let top = Context {
        affine: Affine::scale(scale),
        scale,
        layer: None,
        colour: None,
        key: String::new(),
        within: String::new(),
        depth: 0,
    };
    for (i, e) in drawing.entities().enumerate() {
        reader.entity(e, i, &top).map_err(invalid)?;
    }
    reader.finish();
    Ok(reader.content)
}

/// `$INSUNITS` as a declaration.
fn declared_units(drawing: &dxf::Drawing) -> Declared {
    use dxf::enums::Units;
    let unit = match drawing.header.default_drawing_units {
        Units::Millimeters => Some(LengthUnit::Mm),
        Units::Centimeters => Some(LengthUnit::Cm),
        Units::Meters => Some(LengthUnit::M),
        Units::Inches | Units::USSurveyInch => Some(LengthUnit::In),
        Units::Feet | Units::USSurveyFeet => Some(LengthUnit::Ft),
        _ => None,
    };
    let code = drawing.header.default_drawing_units as i32;
    let applied = unit.map_or(1.0, |u| u.mm(96.0));
    Declared {
        unit: unit.map(|u| {
            (
                u,
                u.mm(96.0),
                Message::new("imp-units-insunits").arg("code", code.to_string()),
            )
        }),
        generator_dpi: None,
        fallback: LengthUnit::Mm,
        applied,
        px_per_unit: 1.0,
    }
}

struct LayerInfo {
    colour: Option<[u8; 3]>,
    shown: bool,
}

/// Where an entity is drawn: the transform to mm, and what INSERTs pass down.
#[derive(Clone)]
struct Context {
    affine: Affine,
    /// Drawing units → mm of the file (for sizes that are not points).
    scale: f64,
    /// The INSERT's layer, for entities on layer `0` in a block.
    layer: Option<String>,
    /// The INSERT's colour, for BYBLOCK.
    colour: Option<[u8; 3]>,
    /// Key prefix of the INSERTs around (`h2A/`).
    key: String,
    /// ` in block 'NAME' (INSERT #2A)` for messages.
    within: String,
    depth: usize,
}

struct Reader<'a> {
    file: &'a Path,
    index: usize,
    colours: Option<&'a ColourMap>,
    layers: HashMap<String, LayerInfo>,
    blocks: HashMap<&'a str, &'a dxf::Block>,
    content: FileContent,
    expanded: usize,
    ignored: BTreeMap<String, usize>,
    hidden: BTreeMap<String, usize>,
}

impl<'a> Reader<'a> {
    fn entity(
        &mut self,
        e: &'a dxf::entities::Entity,
        i: usize,
        ctx: &Context,
    ) -> Result<(), Message> {
        self.expanded += 1;
        if self.expanded > MAX_ENTITIES {
            return Err(Message::new("refusal-import-too-many-expanded").arg("max", MAX_ENTITIES));
        }
        if e.common.is_in_paper_space || !e.common.is_visible {
            return Ok(());
        }
        let own_layer = e.common.layer.as_str();
        let layer = match (&ctx.layer, own_layer) {
            (Some(outer), "0") => outer.clone(),
            _ => own_layer.to_string(),
        };
        if self.layers.get(&layer).is_some_and(|l| !l.shown) {
            *self.hidden.entry(layer).or_default() += 1;
            return Ok(());
        }
        let colour = self.colour_of(e, &layer, ctx);
        let (op, op_from) = self.operation(&layer, colour);
        let kind = kind_name(&e.specific);
        let handle = e.common.handle.0;
        let key = if handle != 0 {
            format!("{}h{handle:X}", ctx.key)
        } else {
            format!("{}e{i}", ctx.key)
        };
        let what = if handle != 0 {
            format!("{kind} #{handle:X} on layer '{layer}'{}", ctx.within)
        } else {
            format!("entities[{i}] ({kind}) on layer '{layer}'{}", ctx.within)
        };
        let source = Source {
            file: self.index,
            what,
            key,
            layer: layer.clone(),
        };
        let a = ctx.affine;
        let pt = |p: &dxf::Point| finite(p).then(|| a * Point::new(p.x, p.y));
        let mapped = |pts: Vec<[f64; 2]>| -> Vec<[f64; 2]> {
            pts.into_iter()
                .map(|p| {
                    let q = a * Point::new(p[0], p[1]);
                    [q.x, q.y]
                })
                .collect()
        };
        // Curves are flattened in drawing units finely enough for the largest stretch.
        let tol = FLATTEN_TOLERANCE / stretch(a).max(1e-12);
        use dxf::entities::EntityType as T;
        match &e.specific {
            T::LwPolyline(pl) => {
                let verts: Vec<([f64; 2], f64)> = pl
                    .vertices
                    .iter()
                    .filter(|v| v.x.abs() < MAX_COORD && v.y.abs() < MAX_COORD)
                    .map(|v| ([v.x, v.y], v.bulge))
                    .collect();
                let closed = pl.flags & 1 != 0;
                self.run(
                    mapped(bulge_points(&verts, closed, tol)),
                    closed,
                    op,
                    op_from,
                    source,
                );
            }
            T::Polyline(pl) => {
                let verts: Vec<([f64; 2], f64)> = pl
                    .vertices()
                    .filter(|v| finite(&v.location))
                    .map(|v| ([v.location.x, v.location.y], v.bulge))
                    .collect();
                let closed = pl.flags & 1 != 0;
                self.run(
                    mapped(bulge_points(&verts, closed, tol)),
                    closed,
                    op,
                    op_from,
                    source,
                );
            }
            T::Line(l) => {
                if let (Some(p), Some(q)) = (pt(&l.p1), pt(&l.p2)) {
                    self.content.pieces.push(Piece {
                        points: vec![[p.x, p.y], [q.x, q.y]],
                        op,
                        op_from,
                        source,
                    });
                }
            }
            T::Arc(arc) => {
                if !(finite(&arc.center) && arc.radius > 0.0 && arc.radius < MAX_COORD) {
                    return Ok(());
                }
                let mut end = arc.end_angle;
                let start = arc.start_angle;
                if !(start.is_finite() && end.is_finite()) {
                    return Ok(());
                }
                end = start + (end - start).rem_euclid(360.0);
                if end <= start {
                    end += 360.0;
                }
                let pts = arc_points(
                    [arc.center.x, arc.center.y],
                    arc.radius,
                    start.to_radians(),
                    end.to_radians(),
                    tol,
                );
                self.content.pieces.push(Piece {
                    points: mapped(pts),
                    op,
                    op_from,
                    source,
                });
            }
            T::Circle(c) => {
                if !(finite(&c.center) && c.radius > 0.0 && c.radius < MAX_COORD) {
                    return Ok(());
                }
                let mut points = arc_points([c.center.x, c.center.y], c.radius, 0.0, 2.0 * PI, tol);
                points.pop();
                let centre = a * Point::new(c.center.x, c.center.y);
                let circle = conformal(a).then(|| {
                    (
                        [centre.x, centre.y],
                        2.0 * c.radius * a.determinant().abs().sqrt(),
                    )
                });
                self.content.rings.push(Ring {
                    points: mapped(points),
                    circle,
                    op,
                    op_from,
                    source,
                });
            }
            T::Ellipse(el) => {
                if !finite(&el.center) || !el.minor_axis_ratio.is_finite() {
                    return Ok(());
                }
                let major = [el.major_axis.x, el.major_axis.y];
                let ratio = el.minor_axis_ratio;
                let (t0, mut t1) = (el.start_parameter, el.end_parameter);
                if !(t0.is_finite() && t1.is_finite()) {
                    return Ok(());
                }
                while t1 <= t0 {
                    t1 += 2.0 * PI;
                }
                let r = major[0].hypot(major[1]);
                if !(r > 0.0 && r < MAX_COORD) {
                    return Ok(());
                }
                let n = segments_for(r, t1 - t0, tol);
                let points: Vec<[f64; 2]> = (0..=n)
                    .map(|k| {
                        let t = t0 + (t1 - t0) * k as f64 / n as f64;
                        let (c, s) = (t.cos(), t.sin());
                        [
                            el.center.x + major[0] * c - major[1] * ratio * s,
                            el.center.y + major[1] * c + major[0] * ratio * s,
                        ]
                    })
                    .collect();
                let closed = (t1 - t0 - 2.0 * PI).abs() < 1e-9;
                self.run(mapped(points), closed, op, op_from, source);
            }
            T::Spline(sp) => {
                let ctrl: Vec<[f64; 2]> = sp
                    .control_points
                    .iter()
                    .filter(|p| finite(p))
                    .map(|p| [p.x, p.y])
                    .collect();
                let points = match spline_points(
                    &ctrl,
                    &sp.knot_values,
                    &sp.weight_values,
                    sp.degree_of_curve,
                ) {
                    Some(p) => p,
                    None if sp.fit_points.len() >= 2 => sp
                        .fit_points
                        .iter()
                        .filter(|p| finite(p))
                        .map(|p| [p.x, p.y])
                        .collect(),
                    None => {
                        self.content.warnings.push(warning(
                            self.file,
                            &source.what,
                            Message::new("refusal-import-dxf-spline"),
                        ));
                        return Ok(());
                    }
                };
                let points = mapped(points);
                let closed = sp.flags & 1 != 0
                    || points
                        .first()
                        .zip(points.last())
                        .is_some_and(|(p, q)| dist(*p, *q) < JOIN_TOLERANCE);
                self.run(points, closed, op, op_from, source);
            }
            T::Text(t) => {
                if let Some(p) = pt(&t.location) {
                    self.label(
                        t.value.clone(),
                        [p.x, p.y],
                        t.text_height * ctx.scale,
                        op,
                        source,
                    );
                }
            }
            T::MText(t) => {
                let mut text = t.text.clone();
                for more in &t.extended_text {
                    text.push_str(more);
                }
                if let Some(p) = pt(&t.insertion_point) {
                    self.label(
                        strip_mtext(&text),
                        [p.x, p.y],
                        t.initial_text_height * ctx.scale,
                        op,
                        source,
                    );
                }
            }
            T::Insert(ins) => self.insert(ins, ctx, &layer, colour, &source)?,
            other => {
                *self.ignored.entry(kind_name(other)).or_default() += 1;
            }
        }
        Ok(())
    }

    /// An INSERT: the block's entities drawn with its transform, for each array cell.
    fn insert(
        &mut self,
        ins: &dxf::entities::Insert,
        ctx: &Context,
        layer: &str,
        colour: Option<[u8; 3]>,
        source: &Source,
    ) -> Result<(), Message> {
        let Some(block) = self.blocks.get(ins.name.as_str()).copied() else {
            self.content.warnings.push(warning(
                self.file,
                &source.what,
                Message::new("refusal-import-dxf-no-block").arg("name", &ins.name),
            ));
            return Ok(());
        };
        if ctx.depth >= MAX_BLOCK_DEPTH {
            self.content.warnings.push(warning(
                self.file,
                &source.what,
                Message::new("refusal-import-dxf-blocks-too-deep").arg("max", MAX_BLOCK_DEPTH),
            ));
            return Ok(());
        }
        let (sx, sy) = (ins.x_scale_factor, ins.y_scale_factor);
        if !(sx.is_finite() && sy.is_finite() && ins.rotation.is_finite() && finite(&ins.location))
            || sx == 0.0
            || sy == 0.0
        {
            return Ok(());
        }
        let rot = ins.rotation.to_radians();
        let base = Affine::translate((-block.base_point.x, -block.base_point.y));
        let local = Affine::rotate(rot) * Affine::scale_non_uniform(sx, sy) * base;
        let cols = i32::from(ins.column_count.max(1));
        let rows = i32::from(ins.row_count.max(1));
        for r in 0..rows {
            for c in 0..cols {
                let offset = Affine::rotate(rot)
                    * Point::new(
                        f64::from(c) * ins.column_spacing,
                        f64::from(r) * ins.row_spacing,
                    );
                let at = Affine::translate((ins.location.x + offset.x, ins.location.y + offset.y));
                let cell = if cols * rows > 1 {
                    format!("[{r},{c}]")
                } else {
                    String::new()
                };
                let inner = Context {
                    affine: ctx.affine * at * local,
                    scale: ctx.scale * (sx.abs() * sy.abs()).sqrt(),
                    layer: Some(layer.to_string()),
                    colour,
                    key: format!("{}{cell}/", source.key),
                    within: format!(" in block '{}' ({}{cell})", block.name, source.what),
                    depth: ctx.depth + 1,
                };
                for (i, e) in block.entities.iter().enumerate() {
                    self.entity(e, i, &inner)?;
                }
            }
        }
        Ok(())
    }

    /// The entity's colour: true colour, index, BYLAYER or BYBLOCK.
    fn colour_of(&self, e: &dxf::entities::Entity, layer: &str, ctx: &Context) -> Option<[u8; 3]> {
        let c = &e.common;
        if c.color_24_bit != 0 {
            let v = c.color_24_bit as u32;
            return Some([(v >> 16) as u8, (v >> 8) as u8, v as u8]);
        }
        if c.color.is_by_layer() {
            return self.layers.get(layer).and_then(|l| l.colour);
        }
        if c.color.is_by_block() {
            return ctx.colour;
        }
        c.color.index().map(ops::aci_rgb)
    }

    /// The operation from the layer name, else the caller's colour map, else cut.
    fn operation(&self, layer: &str, colour: Option<[u8; 3]>) -> (Operation, OpSource) {
        if let Some(op) = ops::from_layer_name(layer) {
            return (op, OpSource::Layer);
        }
        if let (Some(map), Some(c)) = (self.colours, colour)
            && let Some((op, _)) = map.lookup(c)
        {
            return (op, OpSource::Map);
        }
        (Operation::Cut, OpSource::Default)
    }

    fn run(
        &mut self,
        points: Vec<[f64; 2]>,
        closed: bool,
        op: Operation,
        op_from: OpSource,
        source: Source,
    ) {
        super::cutfile::push_run(
            points,
            closed,
            op,
            op_from,
            source,
            &mut self.content.rings,
            &mut self.content.pieces,
        );
    }

    fn label(&mut self, text: String, at: [f64; 2], height: f64, op: Operation, source: Source) {
        let text = text.trim().to_string();
        if text.is_empty() || !at[0].is_finite() || !at[1].is_finite() {
            return;
        }
        self.content.labels.push(Label {
            text,
            at,
            height: if height.is_finite() && height > 0.0 {
                height
            } else {
                5.0
            },
            op,
            source,
        });
    }

    fn finish(&mut self) {
        let file = self.file;
        for (kind, n) in std::mem::take(&mut self.ignored) {
            self.content.warnings.push(warning(
                file,
                "",
                Message::new("refusal-import-dxf-entities-ignored")
                    .arg("count", n)
                    .arg("kind", kind),
            ));
        }
        for (layer, n) in std::mem::take(&mut self.hidden) {
            self.content.warnings.push(warning(
                file,
                &format!("layer '{layer}'"),
                Message::new("refusal-import-dxf-hidden-layer").arg("count", n),
            ));
        }
        let mut sheet = (None, None);
        for name in self.layers.keys() {
            if ops::from_layer_name(name) == Some(Operation::Sheet) {
                let (size, t) = ops::sheet_from_layer_name(name);
                sheet.0 = sheet.0.or(size);
                sheet.1 = sheet.1.or(t);
            }
        }
        self.content.sheet_layer = sheet;
    }
}

fn finite(p: &dxf::Point) -> bool {
    p.x.is_finite() && p.y.is_finite() && p.x.abs() < MAX_COORD && p.y.abs() < MAX_COORD
}

/// `LWPOLYLINE`, `LINE`, … for an entity.
fn kind_name(e: &dxf::entities::EntityType) -> String {
    let name = format!("{e:?}");
    name.split(['(', ' ', '{'])
        .next()
        .unwrap_or("entity")
        .to_ascii_uppercase()
}

/// Largest stretch of an affine map (Frobenius bound on the singular values).
fn stretch(a: Affine) -> f64 {
    let [a, b, c, d, _, _] = a.as_coeffs();
    (a * a + b * b + c * c + d * d).sqrt()
}

/// Whether an affine map keeps circles circles (rotation, uniform scale, mirror).
fn conformal(a: Affine) -> bool {
    let [a, b, c, d, _, _] = a.as_coeffs();
    let (n1, n2) = (a * a + b * b, c * c + d * d);
    (n1 - n2).abs() <= 1e-9 * n1.max(n2) && (a * c + b * d).abs() <= 1e-9 * n1.max(n2)
}

/// Segments for an arc of `radius` over `sweep` radians within `tol`.
fn segments_for(radius: f64, sweep: f64, tol: f64) -> usize {
    if radius <= tol {
        return 4;
    }
    // Within the tolerance, but never finer than half a degree (a file read in the wrong
    // unit would otherwise make millions of points before the unit is corrected).
    let step = (2.0 * (1.0 - tol / radius).clamp(-1.0, 1.0).acos()).max(0.5f64.to_radians());
    ((sweep.abs() / step).ceil() as usize).clamp(4, 10_000)
}

fn arc_points(c: [f64; 2], r: f64, a0: f64, a1: f64, tol: f64) -> Vec<[f64; 2]> {
    let n = segments_for(r, a1 - a0, tol);
    (0..=n)
        .map(|k| {
            let a = a0 + (a1 - a0) * k as f64 / n as f64;
            [c[0] + r * a.cos(), c[1] + r * a.sin()]
        })
        .collect()
}

/// Polyline vertices with bulges (tan of a quarter of the arc's angle) → points.
pub(super) fn bulge_points(verts: &[([f64; 2], f64)], closed: bool, tol: f64) -> Vec<[f64; 2]> {
    let mut out = Vec::new();
    let n = verts.len();
    let last = if closed { n } else { n.saturating_sub(1) };
    for i in 0..n {
        let (p, bulge) = verts[i];
        out.push(p);
        if i >= last || bulge.abs() < 1e-12 || !bulge.is_finite() || bulge.abs() > 1e6 {
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
        let mut pts = arc_points(c, r, a0, a0 + theta, tol);
        pts.remove(0);
        pts.pop();
        out.extend(pts);
    }
    out
}

/// Evaluates a (rational) B-spline densely; `None` if the data are inconsistent.
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
    if n <= p || knots.len() != n + p + 1 || knots.iter().any(|k| !k.is_finite()) {
        return None;
    }
    let w: Vec<f64> = if weights.len() == n {
        weights.to_vec()
    } else {
        vec![1.0; n]
    };
    let (t0, t1) = (knots[p], knots[n]);
    if t1 <= t0 {
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

/// MTEXT formatting codes (`\P`, `{\fArial;...}`, `\~`, `%%c`) removed.
pub(super) fn strip_mtext(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' | '}' => {}
            '\\' => match chars.next() {
                Some('P') | Some('p') | Some('~') => out.push(' '),
                Some('\\') => out.push('\\'),
                Some('{') => out.push('{'),
                Some('}') => out.push('}'),
                Some('L') | Some('l') | Some('O') | Some('o') | Some('K') | Some('k') => {}
                Some(_) => {
                    // a code with an argument up to ';' (\f, \H, \C, \T, \Q, \W, \A, \S)
                    for d in chars.by_ref() {
                        if d == ';' {
                            break;
                        }
                    }
                }
                None => {}
            },
            '%' if chars.peek() == Some(&'%') => {
                chars.next();
                match chars.next() {
                    Some('c') | Some('C') => out.push('⌀'),
                    Some('d') | Some('D') => out.push('°'),
                    Some('p') | Some('P') => out.push('±'),
                    Some(o) => out.push(o),
                    None => {}
                }
            }
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bulges_make_arcs_through_the_right_side() {
        // A half circle from (0,0) to (2,0), bulge 1 = 180° ccw: passes through (1,-1).
        let pts = bulge_points(&[([0.0, 0.0], 1.0), ([2.0, 0.0], 0.0)], false, 0.005);
        let lowest = pts.iter().map(|p| p[1]).fold(f64::INFINITY, f64::min);
        assert!((lowest + 1.0).abs() < 0.01, "{lowest}");
    }

    #[test]
    fn mtext_codes_are_stripped() {
        assert_eq!(strip_mtext("{\\fArial|b0|i0;WB-07}\\PFIN"), "WB-07 FIN");
        assert_eq!(strip_mtext("\\A1;%%c8 HOLE"), "⌀8 HOLE");
    }

    #[test]
    fn garbage_binary_and_truncated_files_are_errors_not_panics() {
        let garbage: Vec<u8> = (0..10_000u32).map(|i| (i * 31 % 256) as u8).collect();
        assert!(read(&garbage, Path::new("x.dxf"), 0, None, None).is_err());
        assert!(
            read(
                b"AutoCAD Binary DXF\r\n\x1a\x00",
                Path::new("x.dxf"),
                0,
                None,
                None
            )
            .is_err()
        );
        assert!(
            read(
                b"0\nSECTION\n2\nENTITIES\n0\nLINE\n",
                Path::new("x.dxf"),
                0,
                None,
                None
            )
            .is_err()
        );
    }
}
