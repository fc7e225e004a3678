//! SVG cut files → parts of a design package.
//!
//! The file is read with `roxmltree` (DTDs refused, so entities are never expanded) and
//! walked by hand: `svgtypes` parses lengths, transforms, colours, points and path data,
//! `kurbo` turns arcs, ellipses and Béziers into curves and flattens them in mm to
//! [`FLATTEN_TOLERANCE`]. What the walk finds — closed contours, open runs, texts — goes
//! through the same grouping as DXF ([`cutfile::assemble`]): outline + holes by
//! containment, duplicates and open contours warned and dropped.
//!
//! Units: `width`/`height` in mm, cm, in, pt, pc or px (96 px/in) with the `viewBox`
//! give the size of a user unit. A file without physical units (no width/height, or bare
//! numbers) is read as px at 96 dpi, with a warning stating that assumption. The y axis
//! is flipped (SVG y points down, design y up), so parts are not mirrored.
//!
//! Colour is the operation (the laser-cutter habit, see `FORMATS.md`): a red (#ff0000)
//! or any other stroke is a cut; a blue (#0000ff) stroke is a score line; a black fill
//! without a stroke is raster engraving, as is anything in a group whose `id` or
//! `inkscape:label` names an engraving layer (`engrave`, `etch`, `score`, `mark`). Score
//! and engraving contours are kept as score lines in `[[extra.cutfile.score]]`; `<text>`
//! inside a part becomes an `engrave` label.
//!
//! Bad input is contained: files over [`MAX_CUTFILE_BYTES`], with a DOCTYPE/ENTITY
//! declaration, with more than [`MAX_NODES`] XML nodes, [`MAX_ELEMENTS`] drawn elements
//! (counting `<use>` instances) or [`MAX_POINTS`] flattened points are refused.
//! `<script>`, `<image>`, `<foreignObject>` and `<use>` pointing outside the file are
//! ignored with a warning — nothing is ever run or fetched.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::str::FromStr;

use kurbo::{Affine, Arc, BezPath, Ellipse, PathEl, Point, Shape, SvgArc, Vec2};
use roxmltree::{Document, Node, ParsingOptions};
use svgtypes::{Color, Length, LengthUnit, PathParser, PathSegment, PointsParser, ViewBox};

use super::cutfile::{
    self, Contours, CutFileOptions, FLATTEN_TOLERANCE, Label, MAX_CUTFILE_BYTES, Ring,
};
use super::{ImportedPackage, InteropError, read_limited};
use crate::model::Diagnostic;

/// Most XML nodes (elements, texts, attributes' owners) parsed from one file.
pub const MAX_NODES: u32 = 2_000_000;
/// Most elements drawn, counting every instance made by `<use>`.
pub const MAX_ELEMENTS: usize = 200_000;
/// Most points after flattening curves.
pub const MAX_POINTS: usize = 5_000_000;
/// mm per CSS px (96 px per inch).
pub const MM_PER_PX: f64 = 25.4 / 96.0;
/// Largest extent of one element, mm (100 m): bigger shapes are mistakes, not parts.
const MAX_EXTENT_MM: f64 = 100_000.0;
/// Deepest nesting of `<use>` references followed.
const MAX_USE_DEPTH: usize = 16;
/// Deepest element nesting walked.
const MAX_DEPTH: usize = 256;
const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";
const INKSCAPE_NS: &str = "http://www.inkscape.org/namespaces/inkscape";

/// Imports an SVG file as a design package named by `opts`.
pub fn import_svg(path: &Path, opts: &CutFileOptions) -> Result<ImportedPackage, InteropError> {
    let bytes = read_limited(path, MAX_CUTFILE_BYTES)?;
    import_svg_bytes(&bytes, path, opts)
}

/// Imports SVG bytes; `file` names the source in warnings.
pub fn import_svg_bytes(
    bytes: &[u8],
    file: &Path,
    opts: &CutFileOptions,
) -> Result<ImportedPackage, InteropError> {
    let invalid = |message: String| InteropError::invalid(file, message);
    cutfile::check_options(opts, file)?;
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| invalid("not an SVG file: not UTF-8 text".into()))?;
    // The parser is other people's code: a panic on a malformed file is contained here.
    // A plain DOCTYPE (the SVG 1.1 one older Illustrator and Inkscape files carry) is
    // harmless; one that declares entities is refused, so nothing is ever expanded or resolved.
    let declares_entities = text.contains("<!ENTITY");
    let parsed = std::panic::catch_unwind(|| {
        let options = ParsingOptions {
            allow_dtd: !declares_entities,
            nodes_limit: MAX_NODES,
            entity_resolver: None,
        };
        Document::parse_with_options(text, options)
    });
    let doc = match parsed {
        Ok(Ok(doc)) => doc,
        Ok(Err(roxmltree::Error::DtdDetected)) => {
            return Err(invalid(
                "SVG whose DOCTYPE declares entities refused: entities could point at other \
                 files and are never expanded; remove the <!DOCTYPE …> block"
                    .into(),
            ));
        }
        Ok(Err(roxmltree::Error::NodesLimitReached)) => {
            return Err(invalid(format!(
                "more than {MAX_NODES} XML nodes: too big to import; split the drawing"
            )));
        }
        Ok(Err(e)) => return Err(invalid(format!("not an SVG file: {e}"))),
        Err(_) => {
            return Err(invalid(
                "not a readable SVG file (the parser gave up)".into(),
            ));
        }
    };
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace().is_some_and(|ns| ns != SVG_NS)
    {
        return Err(invalid(format!(
            "not an SVG file: the root element is <{}>, not <svg>",
            root.tag_name().name()
        )));
    }
    let mut warnings = Vec::new();
    let mut notes = Vec::new();
    let to_mm = root_transform(root, file, &mut warnings, &mut notes);
    let mut walker = Walker {
        doc: &doc,
        file,
        ids: doc
            .descendants()
            .filter_map(|n| n.attribute("id").map(|id| (id, n)))
            .collect(),
        found: Contours::default(),
        warnings,
        elements: 0,
        points: 0,
        ignored: BTreeMap::new(),
        css_warned: false,
    };
    let root_style = Style::default().inherit(root);
    for child in root.children() {
        walker
            .visit(child, to_mm, &root_style, 0, 1)
            .map_err(invalid)?;
    }
    let Walker {
        found,
        mut warnings,
        ignored,
        ..
    } = walker;
    for (kind, n) in ignored {
        warnings.push(cutfile::warning(
            file,
            "",
            format!("{n} <{kind}> element(s) ignored (not a contour)"),
        ));
    }
    cutfile::assemble(found, file, opts, "svg", warnings, notes)
}

/// The transform from the root's user units to mm with y up, from width/height/viewBox.
fn root_transform(
    root: Node<'_, '_>,
    file: &Path,
    warnings: &mut Vec<Diagnostic>,
    notes: &mut Vec<String>,
) -> Affine {
    let view_box = root.attribute("viewBox").and_then(|v| {
        let vb = ViewBox::from_str(v).ok().filter(|vb| {
            vb.w > 0.0 && vb.h > 0.0 && [vb.x, vb.y, vb.w, vb.h].iter().all(|c| c.is_finite())
        });
        if vb.is_none() {
            warnings.push(cutfile::warning(
                file,
                "svg@viewBox",
                format!("viewBox \"{v}\" is not four numbers with a positive size: ignored"),
            ));
        }
        vb
    });
    // (size in mm, whether the unit was physical, whether it was explicit px)
    let size = |name: &str| -> Option<(f64, bool, bool)> {
        let l = Length::from_str(root.attribute(name)?).ok()?;
        let n = l.number;
        let (mm, physical, px) = match l.unit {
            LengthUnit::None => (n * MM_PER_PX, false, false),
            LengthUnit::Px => (n * MM_PER_PX, false, true),
            LengthUnit::Mm => (n, true, false),
            LengthUnit::Cm => (n * 10.0, true, false),
            LengthUnit::In => (n * 25.4, true, false),
            LengthUnit::Pt => (n * 25.4 / 72.0, true, false),
            LengthUnit::Pc => (n * 25.4 / 6.0, true, false),
            LengthUnit::Em | LengthUnit::Ex | LengthUnit::Percent => return None,
        };
        (mm.is_finite() && mm > 0.0).then_some((mm, physical, px))
    };
    let (width, height) = (size("width"), size("height"));
    let physical = width.or(height).is_some_and(|s| s.1);
    let explicit_px = width.or(height).is_some_and(|s| s.2);
    if physical {
        // nothing to say: the file states its size
    } else if explicit_px {
        notes.push("width/height in px: read at 96 px per inch (CSS)".into());
    } else {
        warnings.push(cutfile::warning(
            file,
            "svg@width",
            format!(
                "the file has no units (width/height missing or without mm/cm/in/pt/pc/px): \
                 1 user unit = 1 px at 96 dpi = {MM_PER_PX:.4} mm assumed"
            ),
        ));
    }
    match view_box {
        Some(vb) => {
            let sx = width.map(|w| w.0 / vb.w);
            let sy = height.map(|h| h.0 / vb.h);
            let (mut sx, mut sy) = match (sx, sy) {
                (Some(x), Some(y)) => (x, y),
                (Some(s), None) | (None, Some(s)) => (s, s),
                (None, None) => (MM_PER_PX, MM_PER_PX),
            };
            let stretch = root
                .attribute("preserveAspectRatio")
                .is_some_and(|p| p.trim_start().starts_with("none"));
            if !stretch && (sx - sy).abs() > 1e-9 * sx.max(sy) {
                let s = sx.min(sy);
                (sx, sy) = (s, s);
            }
            Affine::new([sx, 0.0, 0.0, -sy, -vb.x * sx, (vb.y + vb.h) * sy])
        }
        None => {
            // Without a viewBox a user unit is a CSS px whatever width/height say.
            let s = MM_PER_PX;
            let top = height.map_or(0.0, |h| h.0);
            Affine::new([s, 0.0, 0.0, -s, 0.0, top])
        }
    }
}

/// A paint as far as the cut file is concerned.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Paint {
    None,
    Rgb(u8, u8, u8),
    /// Gradients, patterns, `currentColor`: not a colour code.
    Other,
}

impl Paint {
    fn parse(value: &str) -> Paint {
        let v = value.trim();
        if v == "none" {
            Paint::None
        } else {
            match Color::from_str(v) {
                Ok(c) => Paint::Rgb(c.red, c.green, c.blue),
                Err(_) => Paint::Other,
            }
        }
    }
    fn is_blue(self) -> bool {
        matches!(self, Paint::Rgb(r, g, b) if r <= 40 && g <= 40 && b >= 200)
    }
    fn is_red(self) -> bool {
        matches!(self, Paint::Rgb(r, g, b) if r >= 200 && g <= 40 && b <= 40)
    }
    fn is_black(self) -> bool {
        matches!(self, Paint::Rgb(r, g, b) if r <= 40 && g <= 40 && b <= 40)
    }
}

/// Inherited presentation that decides what an element is for.
#[derive(Debug, Clone, Default)]
struct Style {
    /// `None` when never set (SVG's default is no stroke).
    stroke: Option<Paint>,
    /// `None` when never set (SVG's default is a black fill — not taken as engraving).
    fill: Option<Paint>,
    /// Inside a group named as an engraving layer.
    engrave_layer: bool,
}

impl Style {
    /// The style of `node`, inheriting from `self` (its parent's).
    fn inherit(&self, node: Node<'_, '_>) -> Style {
        let mut s = self.clone();
        if let Some(v) = property(node, "stroke") {
            s.stroke = Some(Paint::parse(v));
        }
        if let Some(v) = property(node, "fill") {
            s.fill = Some(Paint::parse(v));
        }
        if node.tag_name().name() == "g" {
            let label = node.attribute((INKSCAPE_NS, "label"));
            if [node.attribute("id"), label]
                .into_iter()
                .flatten()
                .any(cutfile::is_engrave_layer)
            {
                s.engrave_layer = true;
            }
        }
        s
    }

    /// Whether the element engraves or scores rather than cuts, and why (for warnings).
    fn engrave(&self) -> Option<&'static str> {
        match self.stroke {
            Some(p) if p.is_blue() => return Some("blue stroke: score"),
            Some(p) if p.is_red() => return None,
            _ => {}
        }
        let no_stroke = matches!(self.stroke, None | Some(Paint::None));
        if no_stroke && self.fill.is_some_and(Paint::is_black) {
            return Some("black fill: engrave");
        }
        self.engrave_layer.then_some("engraving layer")
    }
}

/// A presentation property of an element: `style="name: value"` wins over the attribute.
fn property<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    let from_style = node.attribute("style").and_then(|style| {
        style.split(';').rev().find_map(|decl| {
            let (k, v) = decl.split_once(':')?;
            (k.trim() == name).then(|| v.trim().trim_end_matches("!important").trim())
        })
    });
    from_style.or_else(|| node.attribute(name))
}

/// A length in user units (CSS px for absolute units); `None` for relative units.
fn user_length(value: &str) -> Option<f64> {
    let l = Length::from_str(value).ok()?;
    let px = 96.0 / 25.4; // user units per mm
    let n = l.number;
    let v = match l.unit {
        LengthUnit::None | LengthUnit::Px => n,
        LengthUnit::Mm => n * px,
        LengthUnit::Cm => n * 10.0 * px,
        LengthUnit::In => n * 96.0,
        LengthUnit::Pt => n * 96.0 / 72.0,
        LengthUnit::Pc => n * 16.0,
        LengthUnit::Em | LengthUnit::Ex | LengthUnit::Percent => return None,
    };
    v.is_finite().then_some(v)
}

/// A length attribute of `node` in user units, 0 when absent or unusable.
fn attr_len(node: Node<'_, '_>, name: &str) -> f64 {
    node.attribute(name).and_then(user_length).unwrap_or(0.0)
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

struct Walker<'a, 'input> {
    doc: &'a Document<'input>,
    file: &'a Path,
    ids: HashMap<&'a str, Node<'a, 'input>>,
    found: Contours,
    warnings: Vec<Diagnostic>,
    elements: usize,
    points: usize,
    ignored: BTreeMap<String, usize>,
    css_warned: bool,
}

impl<'a, 'input> Walker<'a, 'input> {
    /// `<name id="…"> at line n`, to say where a warning comes from.
    fn describe(&self, node: Node<'_, '_>) -> String {
        let line = self.doc.text_pos_at(node.range().start).row;
        match node.attribute("id") {
            Some(id) => format!("<{} id=\"{id}\"> at line {line}", node.tag_name().name()),
            None => format!("<{}> at line {line}", node.tag_name().name()),
        }
    }

    fn warn(&mut self, node: Node<'_, '_>, message: String) {
        let source = self.describe(node);
        self.warnings
            .push(cutfile::warning(self.file, &source, message));
    }

    /// Walks `node` drawn with `parent` (its parent's user units → mm).
    fn visit(
        &mut self,
        node: Node<'a, 'input>,
        parent: Affine,
        style: &Style,
        uses: usize,
        depth: usize,
    ) -> Result<(), String> {
        if !node.is_element() {
            return Ok(());
        }
        if node.tag_name().namespace().is_some_and(|ns| ns != SVG_NS) {
            return Ok(()); // editor metadata (sodipodi:, inkscape:, …)
        }
        self.elements += 1;
        if self.elements > MAX_ELEMENTS {
            return Err(format!(
                "more than {MAX_ELEMENTS} elements (counting <use> copies): too big to import"
            ));
        }
        if depth > MAX_DEPTH {
            self.warn(node, format!("nested more than {MAX_DEPTH} deep: ignored"));
            return Ok(());
        }
        if property(node, "display").is_some_and(|d| d.trim() == "none") {
            return Ok(());
        }
        let name = node.tag_name().name();
        let local = match node.attribute("transform") {
            None => Affine::IDENTITY,
            Some(t) => match svgtypes::Transform::from_str(t) {
                Ok(t) => Affine::new([t.a, t.b, t.c, t.d, t.e, t.f]),
                Err(e) => {
                    self.warn(
                        node,
                        format!("transform \"{t}\" not understood ({e}): element ignored"),
                    );
                    return Ok(());
                }
            },
        };
        let affine = parent * local;
        if !affine.is_finite() || affine.determinant() == 0.0 {
            return Ok(()); // a degenerate transform draws nothing
        }
        let style = style.inherit(node);
        match name {
            "g" | "a" | "switch" => {
                for child in node.children() {
                    self.visit(child, affine, &style, uses, depth + 1)?;
                }
            }
            "svg" => {
                let inner = affine * nested_viewport(node);
                for child in node.children() {
                    self.visit(child, inner, &style, uses, depth + 1)?;
                }
            }
            "path" | "rect" | "circle" | "ellipse" | "line" | "polyline" | "polygon" => {
                self.shape(node, affine, &style)?;
            }
            "text" => self.text(node, affine),
            "use" => self.reference(node, affine, &style, uses, depth)?,
            "script" => self.warn(node, "<script> ignored: scripts are never run".into()),
            "image" => {
                let href = href(node).unwrap_or("");
                let what = if href.starts_with("data:") {
                    "an embedded raster image".to_string()
                } else {
                    format!("its link \"{href}\" is never fetched")
                };
                self.warn(node, format!("<image> ignored: not a contour ({what})"));
            }
            "foreignObject" => self.warn(node, "<foreignObject> ignored".into()),
            "style" => {
                if !self.css_warned {
                    self.css_warned = true;
                    self.warn(
                        node,
                        "CSS in <style> is not applied: colours set by class rules are not \
                         seen (every contour without a stroke colour is a cut)"
                            .into(),
                    );
                }
            }
            "defs" | "symbol" | "clipPath" | "mask" | "marker" | "pattern" | "linearGradient"
            | "radialGradient" | "filter" | "metadata" | "title" | "desc" => {}
            other => *self.ignored.entry(other.to_string()).or_default() += 1,
        }
        Ok(())
    }

    /// `<use href="#id">`: draws the element referenced, moved by x/y.
    fn reference(
        &mut self,
        node: Node<'a, 'input>,
        affine: Affine,
        style: &Style,
        uses: usize,
        depth: usize,
    ) -> Result<(), String> {
        let Some(href) = href(node) else {
            self.warn(node, "<use> without href: ignored".into());
            return Ok(());
        };
        let Some(id) = href.trim().strip_prefix('#') else {
            self.warn(
                node,
                format!(
                    "<use> pointing outside the file (\"{href}\") ignored: only references \
                     within the file are followed"
                ),
            );
            return Ok(());
        };
        let Some(&target) = self.ids.get(id) else {
            self.warn(node, format!("<use> of \"#{id}\": no such id, ignored"));
            return Ok(());
        };
        if uses >= MAX_USE_DEPTH || node.ancestors().any(|a| a == target) {
            self.warn(
                node,
                format!("<use> nested more than {MAX_USE_DEPTH} deep or in a loop: ignored"),
            );
            return Ok(());
        }
        let moved = affine * Affine::translate((attr_len(node, "x"), attr_len(node, "y")));
        if target.tag_name().name() == "symbol" {
            let style = style.inherit(target);
            for child in target.children() {
                self.visit(child, moved, &style, uses + 1, depth + 1)?;
            }
            Ok(())
        } else {
            self.visit(target, moved, style, uses + 1, depth + 1)
        }
    }

    /// A `<text>` as an engrave label at its first position, height from `font-size`.
    fn text(&mut self, node: Node<'a, 'input>, affine: Affine) {
        let words: Vec<&str> = node
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .flat_map(str::split_whitespace)
            .collect();
        let text = words.join(" ");
        if text.is_empty() {
            return;
        }
        let first = |name: &str| {
            node.descendants()
                .filter(|n| n.is_element())
                .find_map(|n| n.attribute(name))
                .and_then(|v| v.split([' ', ',']).find(|s| !s.is_empty()))
                .and_then(user_length)
                .unwrap_or(0.0)
        };
        let font_size = node
            .ancestors()
            .filter(|n| n.is_element())
            .find_map(|n| property(n, "font-size"))
            .and_then(user_length)
            .unwrap_or(16.0);
        let at = affine * Point::new(first("x"), first("y"));
        let height = font_size * affine.determinant().abs().sqrt();
        if at.is_finite() && height.is_finite() {
            self.found.labels.push(Label {
                text,
                at: [at.x, at.y],
                height,
            });
        }
    }

    /// A drawing element: flattened in mm, pushed as rings and open runs.
    fn shape(
        &mut self,
        node: Node<'a, 'input>,
        affine: Affine,
        style: &Style,
    ) -> Result<(), String> {
        // Curves are made within half the tolerance in user units, flattened in mm.
        let tol = FLATTEN_TOLERANCE / 2.0 / stretch(affine).max(1e-12);
        let len = |name: &str| attr_len(node, name);
        let mut circle = None;
        let mut path = BezPath::new();
        match node.tag_name().name() {
            "path" => {
                let d = node.attribute("d").unwrap_or("");
                if let Err(e) = path_data(d, tol, &mut path) {
                    self.warn(node, format!("path data broken ({e}): drawn up to there"));
                }
            }
            "rect" => {
                let (x, y, w, h) = (len("x"), len("y"), len("width"), len("height"));
                if w <= 0.0 || h <= 0.0 {
                    return Ok(());
                }
                let rx = node.attribute("rx").and_then(user_length);
                let ry = node.attribute("ry").and_then(user_length);
                let (rx, ry) = match (rx, ry) {
                    (Some(rx), Some(ry)) => (rx, ry),
                    (Some(r), None) | (None, Some(r)) => (r, r),
                    (None, None) => (0.0, 0.0),
                };
                let (rx, ry) = (rx.clamp(0.0, w / 2.0), ry.clamp(0.0, h / 2.0));
                rect_path(x, y, w, h, rx, ry, tol, &mut path);
            }
            "circle" | "ellipse" => {
                let (cx, cy) = (len("cx"), len("cy"));
                let (rx, ry) = if node.tag_name().name() == "circle" {
                    (len("r"), len("r"))
                } else {
                    let rx = node.attribute("rx").and_then(user_length);
                    let ry = node.attribute("ry").and_then(user_length);
                    match (rx, ry) {
                        (Some(rx), Some(ry)) => (rx, ry),
                        (Some(r), None) | (None, Some(r)) => (r, r),
                        (None, None) => (0.0, 0.0),
                    }
                };
                if rx <= 0.0 || ry <= 0.0 {
                    return Ok(());
                }
                path.extend(Ellipse::new((cx, cy), (rx, ry), 0.0).path_elements(tol));
                path.close_path(); // kurbo draws the full turn as an open arc
                if rx == ry && conformal(affine) {
                    let c = affine * Point::new(cx, cy);
                    circle = Some(([c.x, c.y], 2.0 * rx * affine.determinant().abs().sqrt()));
                }
            }
            "line" => {
                path.move_to((len("x1"), len("y1")));
                path.line_to((len("x2"), len("y2")));
            }
            _ => {
                // polyline, polygon
                let mut pts = PointsParser::from(node.attribute("points").unwrap_or(""));
                if let Some(first) = pts.next() {
                    path.move_to(first);
                    for p in pts {
                        path.line_to(p);
                    }
                    if node.tag_name().name() == "polygon" {
                        path.close_path();
                    }
                }
            }
        }
        path.apply_affine(affine);
        if path.elements().is_empty() {
            return Ok(());
        }
        let bbox = path.bounding_box();
        if !bbox.is_finite() || bbox.width().max(bbox.height()) > MAX_EXTENT_MM {
            self.warn(
                node,
                format!(
                    "larger than {} m or not finite: ignored",
                    MAX_EXTENT_MM / 1000.0
                ),
            );
            return Ok(());
        }
        let why = style.engrave();
        let engrave = why.is_some();
        let source = match why {
            Some(why) => format!("{} ({why})", self.describe(node)),
            None => self.describe(node),
        };
        let mut runs: Vec<(Vec<[f64; 2]>, bool)> = Vec::new();
        let mut run: Vec<[f64; 2]> = Vec::new();
        let mut count = 0usize;
        kurbo::flatten(path.iter(), FLATTEN_TOLERANCE, |el| match el {
            PathEl::MoveTo(p) => {
                if !run.is_empty() {
                    runs.push((std::mem::take(&mut run), false));
                }
                run.push([p.x, p.y]);
                count += 1;
            }
            PathEl::LineTo(p) => {
                run.push([p.x, p.y]);
                count += 1;
            }
            PathEl::ClosePath => runs.push((std::mem::take(&mut run), true)),
            PathEl::QuadTo(..) | PathEl::CurveTo(..) => {}
        });
        if !run.is_empty() {
            runs.push((run, false));
        }
        self.points += count;
        if self.points > MAX_POINTS {
            return Err(format!(
                "more than {MAX_POINTS} points after flattening curves: too big to import"
            ));
        }
        if let (Some(circle), [(points, true)]) = (circle, runs.as_slice()) {
            self.found.rings.push(Ring {
                points: points.clone(),
                circle: Some(circle),
                engrave,
                source,
            });
            return Ok(());
        }
        for (points, closed) in runs {
            cutfile::push_run(
                points,
                closed,
                engrave,
                source.clone(),
                &mut self.found.rings,
                &mut self.found.pieces,
            );
        }
        Ok(())
    }
}

/// `href` or `xlink:href`.
fn href<'a>(node: Node<'a, '_>) -> Option<&'a str> {
    node.attribute("href")
        .or_else(|| node.attribute((XLINK_NS, "href")))
}

/// The transform a nested `<svg>` adds: moved to x/y, its viewBox scaled uniformly into
/// width/height.
fn nested_viewport(node: Node<'_, '_>) -> Affine {
    let moved = Affine::translate((attr_len(node, "x"), attr_len(node, "y")));
    let vb = node
        .attribute("viewBox")
        .and_then(|v| ViewBox::from_str(v).ok())
        .filter(|vb| vb.w > 0.0 && vb.h > 0.0);
    let w = node.attribute("width").and_then(user_length);
    let h = node.attribute("height").and_then(user_length);
    match (vb, w, h) {
        (Some(vb), Some(w), Some(h)) if w > 0.0 && h > 0.0 => {
            let s = (w / vb.w).min(h / vb.h);
            moved * Affine::scale(s) * Affine::translate((-vb.x, -vb.y))
        }
        _ => moved,
    }
}

/// A rectangle with corners rounded by the ellipse rx × ry (already clamped).
#[allow(clippy::too_many_arguments)]
fn rect_path(x: f64, y: f64, w: f64, h: f64, rx: f64, ry: f64, tol: f64, path: &mut BezPath) {
    if rx <= 0.0 || ry <= 0.0 {
        path.move_to((x, y));
        path.line_to((x + w, y));
        path.line_to((x + w, y + h));
        path.line_to((x, y + h));
        path.close_path();
        return;
    }
    let quarter = std::f64::consts::FRAC_PI_2;
    let corner = |path: &mut BezPath, cx: f64, cy: f64, start: f64| {
        let arc = Arc::new((cx, cy), Vec2::new(rx, ry), start, quarter, 0.0);
        path.extend(arc.append_iter(tol));
    };
    path.move_to((x + rx, y));
    path.line_to((x + w - rx, y));
    corner(path, x + w - rx, y + ry, -quarter);
    path.line_to((x + w, y + h - ry));
    corner(path, x + w - rx, y + h - ry, 0.0);
    path.line_to((x + rx, y + h));
    corner(path, x + rx, y + h - ry, quarter);
    path.line_to((x, y + ry));
    corner(path, x + rx, y + ry, 2.0 * quarter);
    path.close_path();
}

/// Path data (every command, relative or absolute) into `path`, arcs made within `tol`.
/// On an error, what came before it stays (as SVG renderers do).
fn path_data(d: &str, tol: f64, path: &mut BezPath) -> Result<(), svgtypes::Error> {
    let mut cur = Point::ORIGIN;
    let mut start = Point::ORIGIN;
    // Control point to reflect for S/T, and whether a subpath is open.
    let mut last_cubic: Option<Point> = None;
    let mut last_quad: Option<Point> = None;
    let mut open = false;
    for seg in PathParser::from(d) {
        let seg = seg?;
        let rel = |abs: bool, x: f64, y: f64| {
            if abs {
                Point::new(x, y)
            } else {
                Point::new(cur.x + x, cur.y + y)
            }
        };
        if !open
            && !matches!(
                seg,
                PathSegment::MoveTo { .. } | PathSegment::ClosePath { .. }
            )
        {
            // drawing after Z continues from the subpath's start
            path.move_to(cur);
            start = cur;
            open = true;
        }
        let (mut cubic, mut quad) = (None, None);
        match seg {
            PathSegment::MoveTo { abs, x, y } => {
                cur = rel(abs, x, y);
                start = cur;
                path.move_to(cur);
                open = true;
            }
            PathSegment::LineTo { abs, x, y } => {
                cur = rel(abs, x, y);
                path.line_to(cur);
            }
            PathSegment::HorizontalLineTo { abs, x } => {
                cur = Point::new(if abs { x } else { cur.x + x }, cur.y);
                path.line_to(cur);
            }
            PathSegment::VerticalLineTo { abs, y } => {
                cur = Point::new(cur.x, if abs { y } else { cur.y + y });
                path.line_to(cur);
            }
            PathSegment::CurveTo {
                abs,
                x1,
                y1,
                x2,
                y2,
                x,
                y,
            } => {
                let (c1, c2, p) = (rel(abs, x1, y1), rel(abs, x2, y2), rel(abs, x, y));
                path.curve_to(c1, c2, p);
                cubic = Some(c2);
                cur = p;
            }
            PathSegment::SmoothCurveTo { abs, x2, y2, x, y } => {
                let c1 = last_cubic.map_or(cur, |c| cur + (cur - c));
                let (c2, p) = (rel(abs, x2, y2), rel(abs, x, y));
                path.curve_to(c1, c2, p);
                cubic = Some(c2);
                cur = p;
            }
            PathSegment::Quadratic { abs, x1, y1, x, y } => {
                let (c, p) = (rel(abs, x1, y1), rel(abs, x, y));
                path.quad_to(c, p);
                quad = Some(c);
                cur = p;
            }
            PathSegment::SmoothQuadratic { abs, x, y } => {
                let c = last_quad.map_or(cur, |q| cur + (cur - q));
                let p = rel(abs, x, y);
                path.quad_to(c, p);
                quad = Some(c);
                cur = p;
            }
            PathSegment::EllipticalArc {
                abs,
                rx,
                ry,
                x_axis_rotation,
                large_arc,
                sweep,
                x,
                y,
            } => {
                let p = rel(abs, x, y);
                let arc = SvgArc {
                    from: cur,
                    to: p,
                    radii: Vec2::new(rx.abs(), ry.abs()),
                    x_rotation: x_axis_rotation.to_radians(),
                    large_arc,
                    sweep,
                };
                match Arc::from_svg_arc(&arc) {
                    Some(arc) => path.extend(arc.append_iter(tol)),
                    None => path.line_to(p),
                }
                cur = p;
            }
            PathSegment::ClosePath { .. } => {
                if open {
                    path.close_path();
                }
                cur = start;
                open = false;
            }
        }
        last_cubic = cubic;
        last_quad = quad;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Process;

    fn opts() -> CutFileOptions {
        CutFileOptions {
            slug: "svg-parts".into(),
            name: None,
            thickness: 3.0,
            process: Process::Laser,
            license: Some("CC0-1.0".into()),
            author: Some("T".into()),
        }
    }

    fn import(svg: &str) -> Result<ImportedPackage, InteropError> {
        import_svg_bytes(svg.as_bytes(), Path::new("t.svg"), &opts())
    }

    fn design(p: &ImportedPackage) -> toml::Table {
        toml::from_str(&p.manifest).expect("the manifest is TOML")
    }

    fn message(e: InteropError) -> String {
        e.into_diagnostic().to_string()
    }

    #[test]
    fn path_data_handles_every_command() {
        let mut p = BezPath::new();
        path_data(
            "M0 0 H10 v10 h-10 Z m20 0 l10 0 c0 5 0 5 -5 10 s-5 -5 -5 -10 z \
             M40 0 q5 5 10 0 t10 0 A5 5 0 0 1 60 10 a5 5 0 1 0 -10 0 L40 0",
            0.001,
            &mut p,
        )
        .unwrap();
        let closes = p.iter().filter(|e| *e == PathEl::ClosePath).count();
        assert_eq!(closes, 2);
        let b = p.bounding_box();
        // the last arcs bulge right of x = 60 by their radius
        assert!((b.x1 - 65.0).abs() < 1e-6, "{b:?}");
        assert!(path_data("M0 0 L10 0 L 5", 0.1, &mut BezPath::new()).is_err());
    }

    #[test]
    fn mm_file_keeps_sizes_flips_y_and_finds_holes() {
        let p = import(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="50mm" viewBox="0 0 100 50">
                <path d="M0 0 H100 V50 H0 Z" fill="none" stroke="#ff0000"/>
                <circle cx="20" cy="10" r="5" fill="none" stroke="red"/>
                <text x="60" y="10" font-size="5">TOP</text>
            </svg>"##,
        )
        .unwrap();
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        let d = design(&p);
        let part = &d["parts"][0];
        let hole = &part["holes"][0];
        assert_eq!(hole["shape"].as_str(), Some("circle"));
        assert_eq!(hole["diameter"].as_float(), Some(10.0));
        // y flipped: the circle near the top of the drawing is near the top of the part.
        assert_eq!(hole["center"][1].as_float(), Some(40.0));
        assert_eq!(part["engrave"][0]["text"].as_str(), Some("TOP"));
        assert_eq!(part["engrave"][0]["at"][1].as_float(), Some(40.0));
    }

    #[test]
    fn unitless_file_is_read_as_px_with_a_warning() {
        let p = import(
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect width="96" height="96"/></svg>"#,
        )
        .unwrap();
        assert!(p.warnings.iter().any(|w| w.message.contains("96 dpi")));
        let d = design(&p);
        let pts = d["parts"][0]["outline"]["points"].as_array().unwrap();
        let xs: Vec<f64> = pts.iter().map(|p| p[0].as_float().unwrap()).collect();
        assert!(xs.iter().any(|x| (x - 25.4).abs() < 1e-9), "{xs:?}");
    }

    #[test]
    fn colours_make_score_lines_and_open_lines_are_warned() {
        let p = import(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="100mm" viewBox="0 0 100 100">
                <rect width="100" height="100" style="fill:none;stroke:#FF0000"/>
                <line x1="10" y1="10" x2="90" y2="10" stroke="#0000ff"/>
                <rect x="20" y="20" width="10" height="10" fill="#000"/>
                <polyline points="200,0 210,10" stroke="red" fill="none"/>
            </svg>"##,
        )
        .unwrap();
        let d = design(&p);
        assert_eq!(d["parts"].as_array().unwrap().len(), 1);
        assert!(d["parts"][0].get("holes").is_none());
        let scores = d["extra"]["cutfile"]["score"].as_array().unwrap();
        assert_eq!(scores.len(), 2);
        assert!(
            p.warnings
                .iter()
                .any(|w| w.message.starts_with("open contour"))
        );
    }

    #[test]
    fn nested_transforms_compose() {
        // A 10 × 20 rect scaled 2×, rotated 90°, moved: 20 × 40 → 40 × 20 mm, area 800.
        let p = import(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="200mm" height="200mm" viewBox="0 0 200 200">
                <g transform="translate(100 100)"><g transform="rotate(90)">
                  <rect transform="scale(2)" width="10" height="20" rx="2" ry="3"/>
                </g></g>
            </svg>"#,
        )
        .unwrap();
        let d = design(&p);
        let pts = d["parts"][0]["outline"]["points"].as_array().unwrap();
        let max = |i: usize| {
            pts.iter()
                .map(|p| p[i].as_float().unwrap())
                .fold(f64::MIN, f64::max)
        };
        assert!((max(0) - 40.0).abs() < 1e-3 && (max(1) - 20.0).abs() < 1e-3);
    }

    #[test]
    fn the_standard_svg_doctype_is_accepted() {
        let svg = r#"<?xml version="1.0"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="100mm" viewBox="0 0 100 100">
<rect x="10" y="10" width="50" height="20" fill="none" stroke="red"/></svg>"#;
        assert!(import(svg).is_ok());
    }

    #[test]
    fn dtd_garbage_and_foreign_roots_are_refused() {
        let dtd = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>"#;
        assert!(message(import(dtd).unwrap_err()).contains("DOCTYPE"));
        let garbage: Vec<u8> = (0..10_000u32).map(|i| (i * 31 % 256) as u8).collect();
        assert!(import_svg_bytes(&garbage, Path::new("g.svg"), &opts()).is_err());
        assert!(message(import("<html/>").unwrap_err()).contains("not <svg>"));
        assert!(message(import("<svg").unwrap_err()).contains("not an SVG"));
    }

    #[test]
    fn scripts_images_and_outside_uses_are_ignored_with_warnings() {
        let p = import(
            r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="50mm" height="50mm" viewBox="0 0 50 50">
                <script>alert(1)</script>
                <image href="http://example.invalid/x.png" width="5" height="5"/>
                <use xlink:href="other.svg#part"/>
                <defs><rect id="r" width="10" height="10"/></defs>
                <use href="#r" x="5" y="5"/>
                <use href="#r" x="30" y="30"/>
            </svg>"##,
        )
        .unwrap();
        let all: Vec<&str> = p.warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(all.iter().any(|w| w.contains("never run")), "{all:?}");
        assert!(all.iter().any(|w| w.contains("never fetched")), "{all:?}");
        assert!(
            all.iter().any(|w| w.contains("outside the file")),
            "{all:?}"
        );
        assert_eq!(design(&p)["parts"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn self_referencing_uses_stop() {
        let p = import(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="50mm" height="50mm" viewBox="0 0 50 50">
                <rect width="10" height="10"/>
                <g id="a"><use href="#a"/><use href="#a"/></g>
            </svg>"##,
        )
        .unwrap();
        assert!(p.warnings.iter().any(|w| w.message.contains("loop")));
    }
}
