//! Evaluating a [`Design`] at parameter values: every expression becomes a number in mm and
//! every shape a [`Contour`] of straight lines and exact arcs.

use crate::i18n::Message;
use std::collections::BTreeMap;
use std::f64::consts::PI;

use serde::Serialize;

use super::diagnostic::{Diagnostic, Loc, suggestion};
use super::expr::{Expr, Values};
use super::limits::{self, Exceeded};
use super::{
    Design, Direction, Grain, ParamType, Parameter, Part, PointExpr, Process, Repeat, ShapeSpec,
};

/// Largest coordinate accepted, in mm (a 100 m part is not a sheet part).
const MAX_COORD: f64 = 100_000.0;
/// Arc end points may miss the arc's radius by this much, in mm.
const ARC_TOLERANCE: f64 = 0.01;

/// The words for a value the checks name (`"slot width"`) as a catalogue message; a word
/// without one of its own is shown as given.
pub(crate) fn field_word(what: &str) -> Message {
    let id = match what {
        "thickness" => "problem-word-thickness",
        "quantity" => "problem-word-quantity",
        "width" => "problem-word-width",
        "height" => "problem-word-height",
        "diameter" => "problem-word-diameter",
        "repeat count" => "problem-word-repeat-count",
        "placement repeat count" => "problem-word-placement-repeat-count",
        "slot width" => "problem-word-slot-width",
        "slot depth" => "problem-word-slot-depth",
        "tab width" => "problem-word-tab-width",
        "tab length" => "problem-word-tab-length",
        "text height" => "problem-word-text-height",
        _ => return Message::new("problem-word-other").arg("word", what),
    };
    Message::new(id)
}

/// A design with numbers for every size.
#[derive(Debug, Clone, Serialize)]
pub struct EvaluatedDesign {
    /// Every parameter and computed value used.
    pub values: Values,
    /// Materials with their evaluated thickness.
    pub materials: Vec<EvaluatedMaterial>,
    /// Parts in manifest order.
    pub parts: Vec<EvaluatedPart>,
    /// BOM lines with totals.
    pub bom: Vec<EvaluatedBomLine>,
}

impl EvaluatedDesign {
    /// Total number of part copies to cut.
    pub fn part_count(&self) -> u64 {
        self.parts.iter().map(|p| u64::from(p.quantity)).sum()
    }

    /// Sum of BOM line totals per currency.
    pub fn bom_totals(&self) -> BTreeMap<String, f64> {
        let mut totals = BTreeMap::new();
        for line in &self.bom {
            *totals.entry(line.currency.clone()).or_insert(0.0) += line.total;
        }
        totals
    }
}

/// A material at the chosen parameters.
#[derive(Debug, Clone, Serialize)]
pub struct EvaluatedMaterial {
    /// Id used by parts.
    pub id: String,
    /// Human name.
    pub name: String,
    /// Kind (`plywood`, …).
    pub kind: String,
    /// Thickness as bought.
    pub nominal_thickness: f64,
    /// Thickness used by the geometry.
    pub thickness: f64,
    /// Whether the grain matters.
    pub grain: bool,
}

/// A point in a part's plane, mm.
pub type Point = [f64; 2];

/// An arc: the segment turns about `center`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Arc {
    /// Centre of the circle.
    pub center: Point,
    /// Turns clockwise (else counter-clockwise).
    pub clockwise: bool,
}

/// A segment from the previous point to `to`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Segment {
    /// End point.
    pub to: Point,
    /// Arc, or `None` for a straight line.
    pub arc: Option<Arc>,
}

/// A closed contour of lines and arcs. The last segment need not end at `start`: the
/// contour closes itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contour {
    /// First point.
    pub start: Point,
    /// Segments in order.
    pub segments: Vec<Segment>,
}

impl Contour {
    /// Axis-aligned rectangle with lower-left corner `(x, y)`, optional rounded corners.
    pub fn rect(x: f64, y: f64, w: f64, h: f64, radius: f64) -> Contour {
        let r = radius.max(0.0).min(w / 2.0).min(h / 2.0);
        if r <= 0.0 {
            return Contour {
                start: [x, y],
                segments: vec![line([x + w, y]), line([x + w, y + h]), line([x, y + h])],
            };
        }
        let ccw = |to: Point, c: Point| Segment {
            to,
            arc: Some(Arc {
                center: c,
                clockwise: false,
            }),
        };
        Contour {
            start: [x + r, y],
            segments: vec![
                line([x + w - r, y]),
                ccw([x + w, y + r], [x + w - r, y + r]),
                line([x + w, y + h - r]),
                ccw([x + w - r, y + h], [x + w - r, y + h - r]),
                line([x + r, y + h]),
                ccw([x, y + h - r], [x + r, y + h - r]),
                line([x, y + r]),
                ccw([x + r, y], [x + r, y + r]),
            ],
        }
    }

    /// Circle of diameter `d` about `c`, as two half arcs.
    pub fn circle(c: Point, d: f64) -> Contour {
        let r = d / 2.0;
        let arc = Some(Arc {
            center: c,
            clockwise: false,
        });
        Contour {
            start: [c[0] + r, c[1]],
            segments: vec![
                Segment {
                    to: [c[0] - r, c[1]],
                    arc,
                },
                Segment {
                    to: [c[0] + r, c[1]],
                    arc,
                },
            ],
        }
    }

    /// Polygon through `points`.
    pub fn polygon(points: &[Point]) -> Contour {
        Contour {
            start: points.first().copied().unwrap_or([0.0, 0.0]),
            segments: points.iter().skip(1).map(|&p| line(p)).collect(),
        }
    }

    /// The same contour with `f` applied to every point and arc centre. `f` must be a rigid
    /// motion (rotation + translation) so arcs stay arcs with the same turning sense.
    pub fn map(&self, f: impl Fn(Point) -> Point) -> Contour {
        Contour {
            start: f(self.start),
            segments: self
                .segments
                .iter()
                .map(|s| Segment {
                    to: f(s.to),
                    arc: s.arc.map(|a| Arc {
                        center: f(a.center),
                        clockwise: a.clockwise,
                    }),
                })
                .collect(),
        }
    }

    /// If this contour is exactly a circle (as made by [`Contour::circle`]): its centre and
    /// diameter. Writers use it to emit true circles and drill cycles.
    pub fn as_circle(&self) -> Option<(Point, f64)> {
        let [a, b] = self.segments.as_slice() else {
            return None;
        };
        let (arc_a, arc_b) = (a.arc?, b.arc?);
        if arc_a.center != arc_b.center || b.to != self.start {
            return None;
        }
        let c = arc_a.center;
        Some((c, 2.0 * dist(c, self.start)))
    }

    /// Every point and arc centre, for bounds checks.
    fn points(&self) -> impl Iterator<Item = Point> + '_ {
        std::iter::once(self.start).chain(
            self.segments
                .iter()
                .flat_map(|s| std::iter::once(s.to).chain(s.arc.map(|a| a.center))),
        )
    }
}

fn line(to: Point) -> Segment {
    Segment { to, arc: None }
}

fn dist(a: Point, b: Point) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

/// A hole at the chosen parameters.
#[derive(Debug, Clone, Serialize)]
pub struct Hole {
    /// Its contour.
    pub contour: Contour,
    /// Dogbones in its corners on CNC.
    pub dogbone: bool,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}

/// An edge slot at the chosen parameters.
#[derive(Debug, Clone, Serialize)]
pub struct Slot {
    /// Centre of the mouth.
    pub at: Point,
    /// Direction into the part.
    pub direction: Direction,
    /// Width.
    pub width: f64,
    /// Depth.
    pub depth: f64,
    /// Dogbones at the inner corners.
    pub dogbone: bool,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}

/// A tab at the chosen parameters.
#[derive(Debug, Clone, Serialize)]
pub struct Tab {
    /// Centre of its base.
    pub at: Point,
    /// Direction it sticks out.
    pub direction: Direction,
    /// Width along the edge.
    pub width: f64,
    /// How far it sticks out.
    pub length: f64,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}

/// Engraved text at the chosen parameters.
#[derive(Debug, Clone, Serialize)]
pub struct Engraving {
    /// Text.
    pub text: String,
    /// Centre of the text.
    pub at: Point,
    /// Cap height, mm.
    pub height: f64,
    /// Rotation, degrees.
    pub angle: f64,
}

/// Where one copy sits in 3D.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Placement {
    /// Position, mm.
    pub at: [f64; 3],
    /// Rotations about x, y, z, degrees.
    pub rotate: [f64; 3],
}

/// A part at the chosen parameters.
#[derive(Debug, Clone, Serialize)]
pub struct EvaluatedPart {
    /// Unique label.
    pub label: String,
    /// Descriptive name.
    pub name: String,
    /// Material id.
    pub material: String,
    /// Sheet thickness, mm.
    pub thickness: f64,
    /// Copies.
    pub quantity: u32,
    /// Laser or CNC.
    pub process: Process,
    /// Grain direction.
    pub grain: Option<Grain>,
    /// Allowed rotations.
    pub rotations: Vec<u16>,
    /// Outer contour (before slots and tabs).
    pub outline: Contour,
    /// Where the outline is written.
    #[serde(skip)]
    pub outline_loc: Loc,
    /// Holes, repeats expanded.
    pub holes: Vec<Hole>,
    /// Slots, repeats expanded.
    pub slots: Vec<Slot>,
    /// Tabs, repeats expanded.
    pub tabs: Vec<Tab>,
    /// Engraved texts.
    pub engravings: Vec<Engraving>,
    /// 3D placements (empty or one per copy).
    pub placements: Vec<Placement>,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}

/// A BOM line with numbers.
#[derive(Debug, Clone, Serialize)]
pub struct EvaluatedBomLine {
    /// What to buy.
    pub item: String,
    /// How many units.
    pub quantity: f64,
    /// Unit.
    pub unit: String,
    /// Cost of one unit.
    pub unit_cost: f64,
    /// Currency.
    pub currency: String,
    /// quantity × unit cost.
    pub total: f64,
    /// Where to buy it.
    pub supplier: Option<String>,
}

/// Splits a command-line override `name=value`.
pub fn parse_param_override(s: &str) -> Result<(String, String), Message> {
    match s.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() && !v.trim().is_empty() => {
            Ok((k.trim().to_string(), v.trim().to_string()))
        }
        _ => Err(Message::new("refusal-param-not-a-pair").arg("text", s)),
    }
}

impl Parameter {
    /// Parses a value given as text (a form field or `--param`), checking type and bounds.
    pub fn parse_value(&self, raw: &str) -> Result<f64, Message> {
        let raw = raw.trim();
        let v = match self.kind {
            ParamType::Bool => match raw {
                "true" | "yes" | "1" | "on" => 1.0,
                "false" | "no" | "0" | "off" => 0.0,
                _ => {
                    return Err(Message::new("error-param-not-bool")
                        .arg("name", &self.name)
                        .arg("text", raw));
                }
            },
            _ => raw
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| {
                    Message::new("error-param-not-number")
                        .arg("name", &self.name)
                        .arg("text", raw)
                })?,
        };
        self.check_value(v)?;
        Ok(v)
    }

    /// Checks a value against the type (whole counts) and the bounds.
    pub fn check_value(&self, v: f64) -> Result<(), Message> {
        let unit = self.kind.unit();
        if !v.is_finite() {
            return Err(Message::new("error-param-not-finite").arg("name", &self.name));
        }
        if self.kind == ParamType::Count && v.fract() != 0.0 {
            return Err(Message::new("error-param-count-not-whole")
                .arg("name", &self.name)
                .arg("value", v));
        }
        // Numbers go as numbers, so each language writes them its way; the unit (" mm",
        // "°" or nothing) as text after them.
        if let Some(min) = self.min.filter(|m| v < *m) {
            return Err(Message::new("error-param-below-min")
                .arg("name", &self.name)
                .arg("value", v)
                .arg("min", min)
                .arg("unit", unit));
        }
        if let Some(max) = self.max.filter(|m| v > *m) {
            return Err(Message::new("error-param-above-max")
                .arg("name", &self.name)
                .arg("value", v)
                .arg("max", max)
                .arg("unit", unit));
        }
        Ok(())
    }
}

impl Design {
    /// Parses text overrides (`thickness` → `"17.4"`) into values for [`Design::evaluate`].
    pub fn parse_overrides(
        &self,
        raw: &BTreeMap<String, String>,
    ) -> Result<BTreeMap<String, f64>, Vec<Diagnostic>> {
        let mut out = BTreeMap::new();
        let mut problems = Vec::new();
        for (name, value) in raw {
            match self.parameter(name) {
                Some(p) => match p.parse_value(value) {
                    Ok(v) => {
                        out.insert(name.clone(), v);
                    }
                    Err(e) => {
                        problems.push(Loc::path_only(format!("parameters.{name}")).problem(e))
                    }
                },
                None => problems.push(self.unknown_parameter(name)),
            }
        }
        if problems.is_empty() {
            Ok(out)
        } else {
            Err(problems)
        }
    }

    fn unknown_parameter(&self, name: &str) -> Diagnostic {
        let names: Vec<&str> = self.parameters.iter().map(|p| p.name.as_str()).collect();
        let suggestion = suggestion(name, names.iter().copied());
        let message = if names.is_empty() {
            Message::new("problem-no-such-parameter-none")
        } else {
            Message::new("problem-no-such-parameter").arg("names", names.join(", "))
        };
        Loc::path_only(format!("parameters.{name}"))
            .problem(message.arg("name", name).arg("suggestion", suggestion))
    }

    /// The values of all parameters (defaults, then `overrides`) and computed names.
    pub fn values(&self, overrides: &BTreeMap<String, f64>) -> Result<Values, Vec<Diagnostic>> {
        let mut values = Values::new();
        let mut problems = Vec::new();
        for p in &self.parameters {
            values.insert(p.name.clone(), p.default);
        }
        for (name, v) in overrides {
            match self.parameter(name) {
                Some(p) => match p.check_value(*v) {
                    Ok(()) => {
                        values.insert(name.clone(), *v);
                    }
                    Err(e) => {
                        problems.push(Loc::path_only(format!("parameters.{name}")).problem(e))
                    }
                },
                None => problems.push(self.unknown_parameter(name)),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        for c in &self.computed {
            match c.expr.eval(&values) {
                Ok(v) => {
                    values.insert(c.name.clone(), v);
                }
                Err(d) => problems.push(d),
            }
        }
        if problems.is_empty() {
            Ok(values)
        } else {
            Err(problems)
        }
    }

    /// Evaluates the design at its defaults overridden by `overrides`.
    ///
    /// Every problem is returned: unknown or out-of-range parameters, expressions that are
    /// not finite, sizes that are zero or negative, quantities below 1, arcs whose ends are
    /// not on their circle, placements that do not match the quantity.
    pub fn evaluate(
        &self,
        overrides: &BTreeMap<String, f64>,
    ) -> Result<EvaluatedDesign, Vec<Diagnostic>> {
        let values = self.values(overrides)?;
        let mut ev = Evaluator {
            values: &values,
            problems: Vec::new(),
        };
        let materials: Vec<EvaluatedMaterial> = self
            .materials
            .iter()
            .filter_map(|m| {
                let thickness = ev.positive(&m.thickness, "thickness")?;
                Some(EvaluatedMaterial {
                    id: m.id.clone(),
                    name: m.name.clone(),
                    kind: m.kind.clone(),
                    nominal_thickness: m.nominal_thickness,
                    thickness,
                    grain: m.grain,
                })
            })
            .collect();
        let mut parts: Vec<EvaluatedPart> = Vec::with_capacity(self.parts.len());
        let mut copies = 0u64;
        for p in &self.parts {
            let Some(part) = ev.part(p, &materials) else {
                continue;
            };
            copies += u64::from(part.quantity);
            if copies > limits::MAX_PART_COPIES {
                ev.problems
                    .push(Exceeded::PartCopies { asked: copies }.at(&p.quantity.loc));
                break;
            }
            parts.push(part);
        }
        let bom = self
            .bom
            .iter()
            .filter_map(|b| {
                let quantity = ev.positive(&b.quantity, "quantity")?;
                Some(EvaluatedBomLine {
                    item: b.item.clone(),
                    quantity,
                    unit: b.unit.clone(),
                    unit_cost: b.unit_cost,
                    currency: b.currency.clone(),
                    total: quantity * b.unit_cost,
                    supplier: b.supplier.clone(),
                })
            })
            .collect();
        if ev.problems.is_empty() {
            Ok(EvaluatedDesign {
                values,
                materials,
                parts,
                bom,
            })
        } else {
            Err(ev.problems)
        }
    }
}

struct Evaluator<'v> {
    values: &'v Values,
    problems: Vec<Diagnostic>,
}

impl Evaluator<'_> {
    fn num(&mut self, e: &Expr) -> Option<f64> {
        match e.eval(self.values) {
            Ok(v) if v.abs() > MAX_COORD => {
                self.problems.push(
                    e.loc.problem(
                        Message::new("problem-value-too-large")
                            .arg("expression", e.source().trim())
                            .arg("value", v)
                            .arg("max", MAX_COORD),
                    ),
                );
                None
            }
            Ok(v) => Some(v),
            Err(d) => {
                self.problems.push(d);
                None
            }
        }
    }

    /// A value that must be > 0 (`what` names it in the message).
    fn positive(&mut self, e: &Expr, what: &str) -> Option<f64> {
        let v = self.num(e)?;
        if v <= 0.0 {
            self.problems.push(
                e.loc.problem(
                    Message::new("problem-not-positive")
                        .arg("what", field_word(what))
                        .arg("expression", e.source().trim())
                        .arg("value", v)
                        .arg("context", self.context(e)),
                ),
            );
            return None;
        }
        Some(v)
    }

    /// A whole number ≥ 1 (rounded): a part's quantity, at most
    /// [`limits::MAX_PART_QUANTITY`], or a repeat's count, at most
    /// [`limits::MAX_COPIES_PER_REPEAT`].
    fn count(&mut self, e: &Expr, what: &'static str) -> Option<u32> {
        let v = self.num(e)?.round();
        if v < 1.0 {
            self.problems.push(
                e.loc.problem(
                    Message::new("problem-below-one")
                        .arg("what", field_word(what))
                        .arg("expression", e.source().trim())
                        .arg("value", v)
                        .arg("context", self.context(e)),
                ),
            );
            return None;
        }
        let limit = if what == "quantity" {
            limits::MAX_PART_QUANTITY
        } else {
            limits::MAX_COPIES_PER_REPEAT
        };
        if v > f64::from(limit) {
            // `v` is finite and at most MAX_COORD here, so the cast is exact enough.
            let asked = v as u64;
            let err = if what == "quantity" {
                Exceeded::PartQuantity { asked }
            } else {
                Exceeded::CopiesPerRepeat { what, asked }
            };
            self.problems.push(err.at(&e.loc));
            return None;
        }
        Some(v as u32)
    }

    /// ` (with width = 600, thickness = 18)`: the values an expression used, or nothing.
    fn context(&self, e: &Expr) -> Option<Message> {
        let mut list: Option<Message> = None;
        for n in e.names() {
            let Some(v) = self.values.get(n) else {
                continue;
            };
            let item = Message::new("problem-value-known")
                .arg("name", n.as_str())
                .arg("value", *v);
            list = Some(match list {
                None => item,
                Some(l) => Message::new("problem-values-and")
                    .arg("list", l)
                    .arg("item", item),
            });
        }
        if e.names().is_empty() {
            return None;
        }
        Some(Message::new("problem-with-values").arg("values", list))
    }

    fn point(&mut self, p: &PointExpr) -> Option<Point> {
        let x = self.num(&p.x);
        let y = self.num(&p.y);
        Some([x?, y?])
    }

    fn contour(&mut self, shape: &ShapeSpec, loc: &Loc) -> Option<Contour> {
        match shape {
            ShapeSpec::Rect {
                width,
                height,
                corner_radius,
                center,
            } => {
                let w = self.positive(width, "width");
                let h = self.positive(height, "height");
                let r = match corner_radius {
                    Some(e) => {
                        let r = self.num(e)?;
                        if let (Some(w), Some(h)) = (w, h)
                            && (r < 0.0 || r > w.min(h) / 2.0 + 1e-9)
                        {
                            self.problems.push(
                                e.loc.problem(
                                    Message::new("error-shape-corner-radius")
                                        .arg("radius", r)
                                        .arg("max", w.min(h) / 2.0),
                                ),
                            );
                            return None;
                        }
                        r
                    }
                    None => 0.0,
                };
                let (w, h) = (w?, h?);
                let (x, y) = match center {
                    Some(c) => {
                        let [cx, cy] = self.point(c)?;
                        (cx - w / 2.0, cy - h / 2.0)
                    }
                    None => (0.0, 0.0),
                };
                Some(Contour::rect(x, y, w, h, r))
            }
            ShapeSpec::Circle { diameter, center } => {
                let d = self.positive(diameter, "diameter")?;
                let c = match center {
                    Some(c) => self.point(c)?,
                    None => [d / 2.0, d / 2.0],
                };
                Some(Contour::circle(c, d))
            }
            ShapeSpec::Polygon { points } => {
                let pts: Vec<Option<Point>> = points.iter().map(|p| self.point(p)).collect();
                let pts: Vec<Point> = pts.into_iter().collect::<Option<_>>()?;
                let mut distinct = pts.clone();
                distinct.dedup();
                if distinct.len() > 1 && distinct.first() == distinct.last() {
                    distinct.pop();
                }
                if distinct.len() < 3 {
                    self.problems.push(loc.problem(
                        Message::new("error-shape-polygon-points").arg("count", distinct.len()),
                    ));
                    return None;
                }
                Some(Contour::polygon(&distinct))
            }
            ShapeSpec::PointsFile { file, points } => {
                if points.is_empty() {
                    self.problems.push(file.loc.problem(
                        Message::new("error-shape-points-file-unread").arg("path", &file.path),
                    ));
                    return None;
                }
                let mut distinct = points.as_ref().clone();
                distinct.dedup();
                if distinct.len() > 1 && distinct.first() == distinct.last() {
                    distinct.pop();
                }
                if distinct.len() < 3 {
                    self.problems
                        .push(loc.problem(Message::new("error-shape-polygon-too-few-points")));
                    return None;
                }
                Some(Contour::polygon(&distinct))
            }
            ShapeSpec::Path { start, segments } => {
                let start = self.point(start)?;
                let mut out = Vec::with_capacity(segments.len());
                let mut current = start;
                for seg in segments {
                    let to = self.point(&seg.to)?;
                    let arc = match &seg.center {
                        Some(c) => {
                            let center = self.point(c)?;
                            let (r0, r1) = (dist(current, center), dist(to, center));
                            if r0 < ARC_TOLERANCE || (r0 - r1).abs() > ARC_TOLERANCE {
                                self.problems.push(
                                    seg.loc.problem(
                                        Message::new("error-shape-arc-ends")
                                            .arg("start", r0)
                                            .arg("end", r1),
                                    ),
                                );
                                return None;
                            }
                            Some(Arc {
                                center,
                                clockwise: seg.clockwise,
                            })
                        }
                        None => None,
                    };
                    if to == current && arc.is_none() {
                        continue;
                    }
                    out.push(Segment { to, arc });
                    current = to;
                }
                if out.len() < 2 && !(out.len() == 1 && out[0].arc.is_some()) {
                    self.problems
                        .push(loc.problem(Message::new("error-shape-path-too-short")));
                    return None;
                }
                Some(Contour {
                    start,
                    segments: out,
                })
            }
        }
    }

    fn triple(&mut self, e: &[Expr; 3]) -> Option<[f64; 3]> {
        let [a, b, c] = e;
        let (a, b, c) = (self.num(a), self.num(b), self.num(c));
        Some([a?, b?, c?])
    }

    /// Offsets of repeated copies: each is a function from a point to a point.
    fn copies(&mut self, repeat: &Option<Repeat>) -> Option<Vec<Transform>> {
        match repeat {
            None => Some(vec![Transform::IDENTITY]),
            Some(Repeat::Linear { count, step }) => {
                let n = self.count(count, "repeat count")?;
                let [dx, dy] = self.point(step)?;
                Some(
                    (0..n)
                        .map(|i| Transform::shift(dx * f64::from(i), dy * f64::from(i)))
                        .collect(),
                )
            }
            Some(Repeat::Polar {
                count,
                center,
                angle,
            }) => {
                let n = self.count(count, "repeat count")?;
                let c = self.point(center)?;
                let total = self.num(angle)?;
                // A full circle spreads n copies over 360°, a partial arc puts the last at its end.
                let step = if (total.abs() - 360.0).abs() < 1e-9 || n == 1 {
                    total / f64::from(n)
                } else {
                    total / f64::from(n - 1)
                };
                Some(
                    (0..n)
                        .map(|i| Transform::rotate_about(c, step * f64::from(i)))
                        .collect(),
                )
            }
        }
    }

    fn part(&mut self, p: &Part, materials: &[EvaluatedMaterial]) -> Option<EvaluatedPart> {
        let before = self.problems.len();
        let material = materials.iter().find(|m| m.id == p.material);
        let quantity = self.count(&p.quantity, "quantity");
        let outline = self.contour(&p.outline, &p.outline_loc);

        let mut vertices = outline.as_ref().map_or(0, limits::vertex_estimate);
        let mut over_budget = false;
        let mut holes = Vec::new();
        for h in &p.holes {
            let Some(contour) = self.contour(&h.shape, &h.loc) else {
                continue;
            };
            let Some(copies) = self.copies(&h.repeat) else {
                continue;
            };
            if holes.len() + copies.len() > limits::MAX_HOLES_PER_PART {
                self.problems.push(
                    Exceeded::Features {
                        part: p.label.clone(),
                        what: "holes",
                        asked: holes.len() + copies.len(),
                        limit: limits::MAX_HOLES_PER_PART,
                    }
                    .at(&h.loc),
                );
                over_budget = true;
                break;
            }
            vertices = vertices
                .saturating_add(limits::vertex_estimate(&contour).saturating_mul(copies.len()));
            if vertices > limits::MAX_VERTICES_PER_PART {
                self.problems.push(
                    Exceeded::Vertices {
                        part: p.label.clone(),
                        asked: vertices,
                    }
                    .at(&h.loc),
                );
                over_budget = true;
                break;
            }
            for t in copies {
                holes.push(Hole {
                    contour: contour.map(|pt| t.apply(pt)),
                    dogbone: h.dogbone,
                    loc: h.loc.clone(),
                });
            }
        }
        let mut slots = Vec::new();
        for s in &p.slots {
            if over_budget {
                break;
            }
            let at = self.point(&s.at);
            let width = self.positive(&s.width, "slot width");
            let depth = self.positive(&s.depth, "slot depth");
            let copies = self.copies(&s.repeat);
            let (Some(at), Some(width), Some(depth), Some(copies)) = (at, width, depth, copies)
            else {
                continue;
            };
            if slots.len() + copies.len() > limits::MAX_SLOTS_PER_PART {
                self.problems.push(
                    Exceeded::Features {
                        part: p.label.clone(),
                        what: "slots",
                        asked: slots.len() + copies.len(),
                        limit: limits::MAX_SLOTS_PER_PART,
                    }
                    .at(&s.loc),
                );
                over_budget = true;
                break;
            }
            for t in copies {
                slots.push(Slot {
                    at: t.apply(at),
                    direction: s.direction,
                    width,
                    depth,
                    dogbone: s.dogbone,
                    loc: s.loc.clone(),
                });
            }
        }
        let mut tabs = Vec::new();
        for s in &p.tabs {
            if over_budget {
                break;
            }
            let at = self.point(&s.at);
            let width = self.positive(&s.width, "tab width");
            let length = self.positive(&s.length, "tab length");
            let copies = self.copies(&s.repeat);
            let (Some(at), Some(width), Some(length), Some(copies)) = (at, width, length, copies)
            else {
                continue;
            };
            if tabs.len() + copies.len() > limits::MAX_TABS_PER_PART {
                self.problems.push(
                    Exceeded::Features {
                        part: p.label.clone(),
                        what: "tabs",
                        asked: tabs.len() + copies.len(),
                        limit: limits::MAX_TABS_PER_PART,
                    }
                    .at(&s.loc),
                );
                break;
            }
            for t in copies {
                tabs.push(Tab {
                    at: t.apply(at),
                    direction: s.direction,
                    width,
                    length,
                    loc: s.loc.clone(),
                });
            }
        }
        let mut engravings = Vec::new();
        for e in &p.engrave {
            let at = self.point(&e.at);
            let height = self.positive(&e.height, "text height");
            let angle = self.num(&e.angle);
            if let (Some(at), Some(height), Some(angle)) = (at, height, angle) {
                engravings.push(Engraving {
                    text: e.text.clone(),
                    at,
                    height,
                    angle,
                });
            }
        }
        let mut placements = Vec::new();
        let mut placements_ok = true;
        for pl in &p.placements {
            let at = self.triple(&pl.at);
            let rot = self.triple(&pl.rotate);
            let copies = match &pl.repeat {
                None => Some((1, [0.0; 3])),
                Some(rep) => self
                    .count(&rep.count, "placement repeat count")
                    .zip(self.triple(&rep.step)),
            };
            let (Some(at), Some(rotate), Some((n, step))) = (at, rot, copies) else {
                placements_ok = false;
                continue;
            };
            for i in 0..n {
                let k = f64::from(i);
                placements.push(Placement {
                    at: [
                        at[0] + k * step[0],
                        at[1] + k * step[1],
                        at[2] + k * step[2],
                    ],
                    rotate,
                });
            }
        }
        if let Some(q) = quantity
            && placements_ok
            && !p.placements.is_empty()
            && placements.len() != q as usize
        {
            self.problems.push(
                p.loc.child("placements").problem(
                    Message::new("error-part-placements")
                        .arg("count", placements.len())
                        .arg("quantity", q),
                ),
            );
        }
        let outline = outline?;
        if outline
            .points()
            .any(|pt| pt[0].abs() > MAX_COORD || pt[1].abs() > MAX_COORD)
        {
            self.problems.push(
                p.loc
                    .child("outline")
                    .problem(Message::new("error-part-outline-too-far")),
            );
        }
        if self.problems.len() > before {
            return None;
        }
        Some(EvaluatedPart {
            label: p.label.clone(),
            name: p.name.clone(),
            material: p.material.clone(),
            thickness: material?.thickness,
            quantity: quantity?,
            process: p.process,
            grain: p.grain,
            rotations: p.rotations.clone(),
            outline,
            outline_loc: p.outline_loc.clone(),
            holes,
            slots,
            tabs,
            engravings,
            placements,
            loc: p.loc.clone(),
        })
    }
}

/// A rigid motion of the plane: rotation by `angle` degrees about the origin, then a shift.
#[derive(Debug, Clone, Copy)]
struct Transform {
    cos: f64,
    sin: f64,
    dx: f64,
    dy: f64,
}

impl Transform {
    const IDENTITY: Transform = Transform {
        cos: 1.0,
        sin: 0.0,
        dx: 0.0,
        dy: 0.0,
    };

    fn shift(dx: f64, dy: f64) -> Self {
        Transform {
            dx,
            dy,
            ..Self::IDENTITY
        }
    }

    fn rotate_about(c: Point, degrees: f64) -> Self {
        let a = degrees * PI / 180.0;
        let (sin, cos) = a.sin_cos();
        // p' = R (p - c) + c
        Transform {
            cos,
            sin,
            dx: c[0] - (cos * c[0] - sin * c[1]),
            dy: c[1] - (sin * c[0] + cos * c[1]),
        }
    }

    fn apply(&self, p: Point) -> Point {
        [
            self.cos * p[0] - self.sin * p[1] + self.dx,
            self.sin * p[0] + self.cos * p[1] + self.dy,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polar_copies_spread_evenly_over_a_full_circle() {
        let t = Transform::rotate_about([50.0, 50.0], 90.0);
        let p = t.apply([60.0, 50.0]);
        assert!(
            (p[0] - 50.0).abs() < 1e-9 && (p[1] - 60.0).abs() < 1e-9,
            "{p:?}"
        );
    }

    #[test]
    fn circles_are_recognised() {
        let c = Contour::circle([10.0, 20.0], 8.0);
        assert_eq!(c.as_circle(), Some(([10.0, 20.0], 8.0)));
        assert_eq!(Contour::rect(0.0, 0.0, 10.0, 10.0, 2.0).as_circle(), None);
    }

    #[test]
    fn overrides_are_parsed_by_type() {
        assert_eq!(
            parse_param_override("thickness=17.4").unwrap(),
            ("thickness".into(), "17.4".into())
        );
        assert!(parse_param_override("thickness").is_err());
        assert!(parse_param_override("=3").is_err());
    }
}
