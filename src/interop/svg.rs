//! SVG 1.1 → the contours, texts and unit declaration of one cut file.
//!
//! Owns reading an SVG into [`FileContent`]: the file is parsed with `roxmltree` (DTDs with
//! entities refused, so nothing is ever expanded) and walked by hand: `svgtypes` parses
//! lengths, transforms, colours, points and path data, `kurbo` flattens arcs, ellipses and
//! Béziers in mm to [`FLATTEN_TOLERANCE`]. Must not group or judge geometry (that is
//! [`super::cutfile`]'s).
//!
//! Units: `width`/`height` in mm, cm, in, pt or pc with the `viewBox` are a declaration;
//! px or bare numbers are px, whose density the file's generator implies where it says so
//! (Inkscape ≤ 0.91 at 90 per inch, Illustrator and CorelDraw at 72), else 96 (CSS). The
//! decision itself is [`super::units::decide`]'s. The y axis is flipped (SVG y points down,
//! design y up), so parts are not mirrored.
//!
//! Operations: a group's `id` or `inkscape:label` named by a layer convention
//! ([`super::ops::from_layer_name`]) wins; else the stroke colour, through the caller's
//! [`ColourMap`], a known generator's colours (boxes.py), or the common laser habit (red
//! cut, blue score); a black fill without a stroke is engraving. Colours come from `style`,
//! CSS `<style>` rules (`.class`, `#id`, element names) and presentation attributes, in that
//! order; `rgb()`, names and near colours (`#f10000`) all match.
//!
//! Bad input is contained: files with a DOCTYPE/ENTITY declaration, more than [`MAX_NODES`]
//! XML nodes, [`MAX_ELEMENTS`] drawn elements (counting `<use>` instances) or [`MAX_POINTS`]
//! flattened points are refused. `<script>`, `<image>`, `<foreignObject>` and `<use>`
//! pointing outside the file are ignored with a warning — nothing is ever run or fetched.

use crate::i18n::{Message, Wording};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::str::FromStr;

use kurbo::{Affine, Arc, BezPath, Ellipse, PathEl, Point, Shape, SvgArc, Vec2};
use roxmltree::{Document, Node, ParsingOptions};
use svgtypes::{Color, Length, LengthUnit, PathParser, PathSegment, PointsParser, ViewBox};

use super::InteropError;
use super::cutfile::{self, FLATTEN_TOLERANCE, FileContent, Format, Label, Ring, Source};
use super::ops::{self, ColourMap, OpSource, Operation};
use super::units::{self, Declared};
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
/// Control points farther out than this (or not finite) make a shape too large to import.
const MAX_CONTROL_MM: f64 = 10.0 * MAX_EXTENT_MM;
/// Deepest nesting of `<use>` references followed.
const MAX_USE_DEPTH: usize = 16;
/// Deepest element nesting walked.
const MAX_DEPTH: usize = 256;
/// Most CSS rules read from `<style>` elements.
const MAX_CSS_RULES: usize = 10_000;
const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";
const INKSCAPE_NS: &str = "http://www.inkscape.org/namespaces/inkscape";

/// Imports an SVG file as a design package named by `opts`.
pub fn import_svg(
    path: &Path,
    opts: &cutfile::CutFileOptions,
) -> Result<super::ImportedPackage, InteropError> {
    cutfile::import_cut_files(&[cutfile::CutFileInput::read(path)?], opts)
}

/// Imports SVG bytes; `file` names the source in warnings.
pub fn import_svg_bytes(
    bytes: &[u8],
    file: &Path,
    opts: &cutfile::CutFileOptions,
) -> Result<super::ImportedPackage, InteropError> {
    cutfile::import_cut_files(
        &[cutfile::CutFileInput {
            name: file.with_extension("svg"),
            bytes: bytes.to_vec(),
        }],
        opts,
    )
}

/// Reads SVG bytes; `index` numbers the file among those imported together.
pub(super) fn read(
    bytes: &[u8],
    file: &Path,
    index: usize,
    colours: Option<&ColourMap>,
    mm_per_unit: Option<f64>,
) -> Result<FileContent, InteropError> {
    let invalid = |message: Message| InteropError::invalid(file, message);
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| invalid(Message::new("refusal-import-svg-not-utf8")))?;
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
            return Err(invalid(Message::new("refusal-import-svg-entities")));
        }
        Ok(Err(roxmltree::Error::NodesLimitReached)) => {
            return Err(invalid(
                Message::new("refusal-import-svg-too-many-nodes").arg("max", MAX_NODES),
            ));
        }
        Ok(Err(e)) => {
            return Err(invalid(
                Message::new("refusal-import-svg-unreadable").arg("reason", e.to_string()),
            ));
        }
        Err(_) => return Err(invalid(Message::new("refusal-import-svg-gave-up"))),
    };
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace().is_some_and(|ns| ns != SVG_NS)
    {
        return Err(invalid(
            Message::new("refusal-import-svg-root").arg("name", root.tag_name().name()),
        ));
    }
    let mut warnings = Vec::new();
    let generator = Generator::of(&doc, text);
    let (to_mm, declared, page) = root_transform(root, file, generator, mm_per_unit, &mut warnings);
    let palette = match (colours, generator) {
        (Some(map), _) => (map.clone(), OpSource::Map),
        (None, Generator::BoxesPy) => (ColourMap::boxes_py(), OpSource::Generator),
        (None, _) => (ColourMap::laser_default(), OpSource::Colour),
    };
    let css = Css::parse(&doc, file, &mut warnings);
    let mut walker = Walker {
        doc: &doc,
        file,
        index,
        ids: doc
            .descendants()
            .filter_map(|n| n.attribute("id").map(|id| (id, n)))
            .collect(),
        content: FileContent::new(file, Format::Svg, declared),
        elements: 0,
        points: 0,
        ignored: BTreeMap::new(),
        palette,
        css,
    };
    walker.content.warnings = warnings;
    walker.content.page = Some(page);
    if generator != Generator::Unknown {
        walker.content.notes.push(Wording::from(
            Message::new("imp-note-made-by")
                .arg("file", file.display().to_string())
                .arg("program", generator.name()),
        ));
    }
    let root_style = Style::default().inherit(root, &walker.css);
    for child in root.children() {
        walker
            .visit(child, to_mm, &root_style, 0, 1)
            .map_err(invalid)?;
    }
    let Walker {
        mut content,
        ignored,
        ..
    } = walker;
    for (kind, n) in ignored {
        content.warnings.push(cutfile::warning(
            file,
            "",
            Message::new("refusal-import-svg-elements-ignored")
                .arg("count", n)
                .arg("kind", kind),
        ));
    }
    Ok(content)
}

/// Who made the file, where it says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Generator {
    Unknown,
    /// Inkscape 0.91 or older: 90 px per inch.
    OldInkscape,
    /// Adobe Illustrator: 72 px per inch.
    Illustrator,
    /// CorelDRAW: 72 px per inch.
    CorelDraw,
    /// boxes.py: its own colours.
    BoxesPy,
}

impl Generator {
    fn of(doc: &Document<'_>, text: &str) -> Generator {
        let head: String = text.chars().take(4096).collect();
        if text.contains("Created with Boxes.py") || head.contains("boxes.hackerspace-bamberg.de") {
            return Generator::BoxesPy;
        }
        if head.contains("Adobe Illustrator") {
            return Generator::Illustrator;
        }
        if head.contains("CorelDRAW") || head.contains("Corel ") {
            return Generator::CorelDraw;
        }
        let version = doc
            .root_element()
            .attribute((INKSCAPE_NS, "version"))
            .unwrap_or("");
        let mut nums = version
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty());
        let major: u32 = nums.next().and_then(|n| n.parse().ok()).unwrap_or(1);
        let minor: u32 = nums.next().and_then(|n| n.parse().ok()).unwrap_or(99);
        if !version.is_empty() && major == 0 && minor <= 91 {
            return Generator::OldInkscape;
        }
        Generator::Unknown
    }

    fn name(self) -> Message {
        match self {
            Generator::Unknown => Message::new("imp-program-unknown"),
            Generator::OldInkscape => Message::new("imp-program-old-inkscape"),
            Generator::Illustrator => Message::new("imp-program").arg("name", "Adobe Illustrator"),
            Generator::CorelDraw => Message::new("imp-program").arg("name", "CorelDRAW"),
            Generator::BoxesPy => Message::new("imp-program").arg("name", "boxes.py"),
        }
    }

    fn dpi(self) -> Option<f64> {
        match self {
            Generator::OldInkscape => Some(90.0),
            Generator::Illustrator | Generator::CorelDraw => Some(72.0),
            _ => None,
        }
    }
}

/// The transform from the root's user units to mm with y up, the unit declaration, and the
/// page (viewBox) in mm.
fn root_transform(
    root: Node<'_, '_>,
    file: &Path,
    generator: Generator,
    mm_per_unit: Option<f64>,
    warnings: &mut Vec<Diagnostic>,
) -> (Affine, Declared, [f64; 4]) {
    let view_box = root.attribute("viewBox").and_then(|v| {
        let vb = ViewBox::from_str(v).ok().filter(|vb| {
            vb.w > 0.0 && vb.h > 0.0 && [vb.x, vb.y, vb.w, vb.h].iter().all(|c| c.is_finite())
        });
        if vb.is_none() {
            warnings.push(cutfile::warning(
                file,
                "svg@viewBox",
                Message::new("refusal-import-svg-viewbox").arg("text", v),
            ));
        }
        vb
    });
    // A width or height: its number, its unit's mm (None for px and bare numbers).
    let dpi = generator.dpi().unwrap_or(96.0);
    let size = |name: &str| -> Option<(f64, Option<(units::LengthUnit, f64)>)> {
        let l = Length::from_str(root.attribute(name)?).ok()?;
        let n = l.number;
        let unit = match l.unit {
            LengthUnit::None => None,
            LengthUnit::Px => Some((units::LengthUnit::Px, 25.4 / dpi)),
            LengthUnit::Mm => Some((units::LengthUnit::Mm, 1.0)),
            LengthUnit::Cm => Some((units::LengthUnit::Cm, 10.0)),
            LengthUnit::In => Some((units::LengthUnit::In, 25.4)),
            LengthUnit::Pt => Some((units::LengthUnit::Pt, 25.4 / 72.0)),
            LengthUnit::Pc => Some((units::LengthUnit::Pt, 25.4 / 6.0)),
            LengthUnit::Em | LengthUnit::Ex | LengthUnit::Percent => return None,
        };
        (n.is_finite() && n > 0.0).then_some((n, unit))
    };
    let (width, height) = (size("width"), size("height"));
    // User units per size unit along x and y (1 without a viewBox).
    let (ux, uy) = match (view_box, width, height) {
        (Some(vb), Some(w), Some(h)) => (vb.w / w.0, vb.h / h.0),
        (Some(vb), Some(w), None) => (vb.w / w.0, vb.w / w.0),
        (Some(vb), None, Some(h)) => (vb.h / h.0, vb.h / h.0),
        _ => (1.0, 1.0),
    };
    let stretch = root
        .attribute("preserveAspectRatio")
        .is_some_and(|p| p.trim_start().starts_with("none"));
    let per = if stretch { ux } else { ux.max(uy) };
    // Without a viewBox a user unit is a px whatever width/height say.
    let physical = width
        .or(height)
        .and_then(|s| s.1)
        .filter(|u| view_box.is_some() || u.0 == units::LengthUnit::Px);
    let declared = match physical {
        Some((unit, mm)) => Declared {
            unit: Some((
                unit,
                mm / per,
                if unit == units::LengthUnit::Px {
                    Message::new("imp-units-svg-px").arg("dpi", dpi).arg(
                        "drawn-by",
                        generator.dpi().map(|_| {
                            Message::new("imp-units-as-drawn-by").arg("program", generator.name())
                        }),
                    )
                } else {
                    Message::new("imp-units-svg-size").arg("unit", unit.as_str())
                },
            )),
            generator_dpi: None,
            fallback: units::LengthUnit::Px,
            applied: mm / per,
            px_per_unit: 1.0 / per,
        },
        None => Declared {
            unit: None,
            generator_dpi: generator.dpi().map(|d| {
                (
                    d,
                    Message::new("imp-units-svg-generator")
                        .arg("program", generator.name())
                        .arg("dpi", d),
                )
            }),
            fallback: units::LengthUnit::Px,
            applied: 25.4 / dpi / per,
            px_per_unit: 1.0 / per,
        },
    };
    let mut declared = declared;
    if let Some(mm) = mm_per_unit {
        declared.applied = mm;
    }
    let s = declared.applied;
    let (sx, sy) = if stretch && physical.is_some() {
        (s, s * (ux / uy))
    } else {
        (s, s)
    };
    let (vx, vy, vw, vh) = view_box.map_or_else(
        || {
            let w = width.map_or(0.0, |w| w.0 * ux);
            let h = height.map_or(0.0, |h| h.0 * uy);
            (0.0, 0.0, w, h)
        },
        |vb| (vb.x, vb.y, vb.w, vb.h),
    );
    let affine = Affine::new([sx, 0.0, 0.0, -sy, -vx * sx, (vy + vh) * sy]);
    let page = [0.0, 0.0, vw * sx, vh * sy];
    (affine, declared, page)
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
    /// The operation a group's name states, and the name.
    layer: Option<(Operation, String)>,
}

impl Style {
    /// The style of `node`, inheriting from `self` (its parent's).
    fn inherit(&self, node: Node<'_, '_>, css: &Css) -> Style {
        let mut s = self.clone();
        if let Some(v) = css.property(node, "stroke") {
            s.stroke = Some(Paint::parse(&v));
        }
        if let Some(v) = css.property(node, "fill") {
            s.fill = Some(Paint::parse(&v));
        }
        if node.tag_name().name() == "g" {
            let label = node.attribute((INKSCAPE_NS, "label"));
            if let Some((op, name)) = [label, node.attribute("id")]
                .into_iter()
                .flatten()
                .find_map(|n| ops::from_layer_name(n).map(|op| (op, n.to_string())))
            {
                s.layer = Some((op, name));
            }
        }
        s
    }

    /// The operation, where it came from, and why (for messages).
    fn operation(&self, palette: &(ColourMap, OpSource)) -> (Operation, OpSource, String) {
        if let Some((op, name)) = &self.layer {
            return (*op, OpSource::Layer, format!("group '{name}'"));
        }
        let no_stroke = matches!(self.stroke, None | Some(Paint::None));
        if let Some(Paint::Rgb(r, g, b)) = self.stroke
            && let Some((op, colour)) = palette.0.lookup([r, g, b])
        {
            return (op, palette.1, format!("stroke {colour}"));
        }
        if no_stroke && self.fill.is_some_and(Paint::is_black) {
            return (Operation::Engrave, OpSource::Colour, "black fill".into());
        }
        (Operation::Cut, OpSource::Default, String::new())
    }
}

/// CSS rules from `<style>` elements: simple selectors (`.class`, `#id`, `tag`,
/// `tag.class`, lists of them) and their declarations.
#[derive(Debug, Default)]
struct Css {
    /// (specificity, order, selector, declarations)
    rules: Vec<Rule>,
}

/// (specificity, order, selector, declarations)
type Rule = (u32, usize, Selector, Vec<(String, String)>);

#[derive(Debug)]
struct Selector {
    tag: Option<String>,
    id: Option<String>,
    classes: Vec<String>,
}

impl Css {
    fn parse(doc: &Document<'_>, file: &Path, warnings: &mut Vec<Diagnostic>) -> Css {
        let mut css = Css::default();
        let mut skipped = 0usize;
        for node in doc.descendants().filter(|n| n.tag_name().name() == "style") {
            let text: String = node.descendants().filter_map(|n| n.text()).collect();
            let text = strip_comments(&text);
            for block in text.split('}') {
                let Some((sel, body)) = block.split_once('{') else {
                    continue;
                };
                let decls: Vec<(String, String)> = body
                    .split(';')
                    .filter_map(|d| {
                        let (k, v) = d.split_once(':')?;
                        Some((
                            k.trim().to_string(),
                            v.trim().trim_end_matches("!important").trim().to_string(),
                        ))
                    })
                    .collect();
                for one in sel.split(',') {
                    match Selector::parse(one.trim()) {
                        Some(s) if css.rules.len() < MAX_CSS_RULES => {
                            let spec = u32::from(s.id.is_some()) * 100
                                + s.classes.len() as u32 * 10
                                + u32::from(s.tag.is_some());
                            let order = css.rules.len();
                            css.rules.push((spec, order, s, decls.clone()));
                        }
                        _ if !one.trim().is_empty() => skipped += 1,
                        _ => {}
                    }
                }
            }
        }
        if skipped > 0 {
            warnings.push(cutfile::warning(
                file,
                "<style>",
                Message::new("refusal-import-svg-css-selectors").arg("count", skipped),
            ));
        }
        css.rules.sort_by_key(|r| (r.0, r.1));
        css
    }

    /// A presentation property of an element: `style="…"` wins, then CSS rules, then the
    /// attribute.
    fn property(&self, node: Node<'_, '_>, name: &str) -> Option<String> {
        let from_style = node.attribute("style").and_then(|style| {
            style.split(';').rev().find_map(|decl| {
                let (k, v) = decl.split_once(':')?;
                (k.trim() == name)
                    .then(|| v.trim().trim_end_matches("!important").trim().to_string())
            })
        });
        if from_style.is_some() {
            return from_style;
        }
        if !self.rules.is_empty() {
            let classes: Vec<&str> = node
                .attribute("class")
                .map(|c| c.split_whitespace().collect())
                .unwrap_or_default();
            let tag = node.tag_name().name();
            let id = node.attribute("id");
            let hit = self.rules.iter().rev().find_map(|(_, _, sel, decls)| {
                let matches = sel.tag.as_deref().is_none_or(|t| t == tag)
                    && sel.id.as_deref().is_none_or(|i| Some(i) == id)
                    && sel.classes.iter().all(|c| classes.contains(&c.as_str()));
                if !matches {
                    return None;
                }
                decls
                    .iter()
                    .rev()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            });
            if hit.is_some() {
                return hit;
            }
        }
        node.attribute(name).map(str::to_string)
    }
}

impl Selector {
    fn parse(s: &str) -> Option<Selector> {
        if s.is_empty() || s.contains([' ', '>', '+', '~', '[', ':', '*']) {
            return None;
        }
        let mut sel = Selector {
            tag: None,
            id: None,
            classes: Vec::new(),
        };
        let mut rest = s;
        let first_mark = rest.find(['.', '#']).unwrap_or(rest.len());
        if first_mark > 0 {
            sel.tag = Some(rest[..first_mark].to_string());
        }
        rest = &rest[first_mark..];
        while !rest.is_empty() {
            let kind = rest.as_bytes()[0];
            let body = &rest[1..];
            let end = body.find(['.', '#']).unwrap_or(body.len());
            let word = body[..end].to_string();
            if word.is_empty() {
                return None;
            }
            if kind == b'.' {
                sel.classes.push(word);
            } else {
                sel.id = Some(word);
            }
            rest = &body[end..];
        }
        Some(sel)
    }
}

fn strip_comments(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        match rest[i + 2..].find("*/") {
            Some(j) => rest = &rest[i + 2 + j + 2..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
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
    index: usize,
    ids: HashMap<&'a str, Node<'a, 'input>>,
    content: FileContent,
    elements: usize,
    points: usize,
    ignored: BTreeMap<String, usize>,
    palette: (ColourMap, OpSource),
    css: Css,
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

    fn warn(&mut self, node: Node<'_, '_>, message: Message) {
        let source = self.describe(node);
        self.content
            .warnings
            .push(cutfile::warning(self.file, &source, message));
    }

    /// Where a drawn element comes from; `uses` > 0 marks an instance drawn by `<use>`.
    fn source(&self, node: Node<'_, '_>, uses: usize, why: String) -> Source {
        let base = match node.attribute("id") {
            Some(id) => format!("#{id}"),
            None => format!("n{}", node.id().get()),
        };
        let key = if uses > 0 {
            format!("{base}@{}", self.elements)
        } else {
            base
        };
        let layer = node
            .ancestors()
            .filter(|a| a.tag_name().name() == "g")
            .find_map(|a| {
                a.attribute((INKSCAPE_NS, "label"))
                    .or_else(|| a.attribute("id"))
            })
            .unwrap_or("")
            .to_string();
        Source {
            file: self.index,
            what: format!("{}{why}", self.describe(node)),
            key,
            layer,
        }
    }

    /// Walks `node` drawn with `parent` (its parent's user units → mm).
    fn visit(
        &mut self,
        node: Node<'a, 'input>,
        parent: Affine,
        style: &Style,
        uses: usize,
        depth: usize,
    ) -> Result<(), Message> {
        if !node.is_element() {
            return Ok(());
        }
        if node.tag_name().namespace().is_some_and(|ns| ns != SVG_NS) {
            return Ok(()); // editor metadata (sodipodi:, inkscape:, …)
        }
        self.elements += 1;
        if self.elements > MAX_ELEMENTS {
            return Err(
                Message::new("refusal-import-svg-too-many-elements").arg("max", MAX_ELEMENTS)
            );
        }
        if depth > MAX_DEPTH {
            self.warn(
                node,
                Message::new("refusal-import-svg-too-deep").arg("max", MAX_DEPTH),
            );
            return Ok(());
        }
        if self
            .css
            .property(node, "display")
            .is_some_and(|d| d.trim() == "none")
        {
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
                        Message::new("refusal-import-svg-transform")
                            .arg("text", t)
                            .arg("reason", e.to_string()),
                    );
                    return Ok(());
                }
            },
        };
        let affine = parent * local;
        if !affine.is_finite() || affine.determinant() == 0.0 {
            return Ok(()); // a degenerate transform draws nothing
        }
        let style = style.inherit(node, &self.css);
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
                self.shape(node, affine, &style, uses)?;
            }
            "text" => self.text(node, affine, &style, uses),
            "use" => self.reference(node, affine, &style, uses, depth)?,
            "script" => self.warn(node, Message::new("refusal-import-svg-script")),
            "image" => {
                let href = href(node).unwrap_or("");
                let m = if href.starts_with("data:") {
                    Message::new("refusal-import-svg-embedded-image")
                } else {
                    Message::new("refusal-import-svg-linked-image").arg("href", href)
                };
                self.warn(node, m);
            }
            "foreignObject" => self.warn(node, Message::new("refusal-import-svg-foreign-object")),
            "style" => {}
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
    ) -> Result<(), Message> {
        let Some(href) = href(node) else {
            self.warn(node, Message::new("refusal-import-svg-use-without-href"));
            return Ok(());
        };
        let Some(id) = href.trim().strip_prefix('#') else {
            self.warn(
                node,
                Message::new("refusal-import-svg-use-outside").arg("href", href),
            );
            return Ok(());
        };
        let Some(&target) = self.ids.get(id) else {
            self.warn(
                node,
                Message::new("refusal-import-svg-use-no-id").arg("id", id),
            );
            return Ok(());
        };
        if uses >= MAX_USE_DEPTH || node.ancestors().any(|a| a == target) {
            self.warn(
                node,
                Message::new("refusal-import-svg-use-too-deep").arg("max", MAX_USE_DEPTH),
            );
            return Ok(());
        }
        let moved = affine * Affine::translate((attr_len(node, "x"), attr_len(node, "y")));
        if target.tag_name().name() == "symbol" {
            let style = style.inherit(target, &self.css);
            for child in target.children() {
                self.visit(child, moved, &style, uses + 1, depth + 1)?;
            }
            Ok(())
        } else {
            self.visit(target, moved, style, uses + 1, depth + 1)
        }
    }

    /// A `<text>` as an engrave label at its first position, height from `font-size`.
    fn text(&mut self, node: Node<'a, 'input>, affine: Affine, style: &Style, uses: usize) {
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
            .find_map(|n| self.css.property(n, "font-size"))
            .and_then(|v| user_length(&v))
            .unwrap_or(16.0);
        let at = affine * Point::new(first("x"), first("y"));
        let height = font_size * affine.determinant().abs().sqrt();
        // A text's fill is its colour.
        let op = match (&style.layer, style.fill) {
            (Some((op, _)), _) => *op,
            (None, Some(Paint::Rgb(r, g, b))) => match self.palette.0.lookup([r, g, b]) {
                Some((Operation::NonCut, _)) => Operation::NonCut,
                _ => Operation::Engrave,
            },
            _ => Operation::Engrave,
        };
        if at.is_finite() && height.is_finite() {
            let source = self.source(node, uses, String::new());
            self.content.labels.push(Label {
                text,
                at: [at.x, at.y],
                height,
                op,
                source,
            });
        }
    }

    /// A drawing element: flattened in mm, pushed as rings and open runs.
    fn shape(
        &mut self,
        node: Node<'a, 'input>,
        affine: Affine,
        style: &Style,
        uses: usize,
    ) -> Result<(), Message> {
        // Curves are made within half the tolerance in user units, flattened in mm.
        let tol = FLATTEN_TOLERANCE / 2.0 / stretch(affine).max(1e-12);
        let len = |name: &str| attr_len(node, name);
        let mut circle = None;
        let mut path = BezPath::new();
        match node.tag_name().name() {
            "path" => {
                let d = node.attribute("d").unwrap_or("");
                if let Err(e) = path_data(d, tol, &mut path) {
                    self.warn(
                        node,
                        Message::new("refusal-import-svg-path-broken").arg("reason", e.to_string()),
                    );
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
        // Every control point, not just the bounding box: kurbo's bounds skip NaN, and a
        // NaN or huge control point would make flattening reserve without bound.
        let tame = path.elements().iter().all(|el| {
            let pts: &[Point] = match el {
                PathEl::MoveTo(p) | PathEl::LineTo(p) => std::slice::from_ref(p),
                PathEl::QuadTo(a, b) => &[*a, *b],
                PathEl::CurveTo(a, b, c) => &[*a, *b, *c],
                PathEl::ClosePath => &[],
            };
            pts.iter()
                .all(|p| p.x.abs() <= MAX_CONTROL_MM && p.y.abs() <= MAX_CONTROL_MM)
        });
        if !tame || !bbox.is_finite() || bbox.width().max(bbox.height()) > MAX_EXTENT_MM {
            self.warn(
                node,
                Message::new("refusal-import-svg-too-large").arg("m", MAX_EXTENT_MM / 1000.0),
            );
            return Ok(());
        }
        let (op, op_from, why) = style.operation(&self.palette);
        let source = self.source(
            node,
            uses,
            if why.is_empty() {
                why
            } else {
                format!(" ({why}: {})", op.describe())
            },
        );
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
            return Err(Message::new("refusal-import-svg-too-many-points").arg("max", MAX_POINTS));
        }
        if let (Some(circle), [(points, true)]) = (circle, runs.as_slice()) {
            self.content.rings.push(Ring {
                points: points.clone(),
                circle: Some(circle),
                op,
                op_from,
                source,
            });
            return Ok(());
        }
        let several = runs.len() > 1;
        for (k, (points, closed)) in runs.into_iter().enumerate() {
            let mut source = source.clone();
            if several {
                source.key = format!("{}.{k}", source.key);
                source.what = format!("{} (subpath {})", source.what, k + 1);
            }
            cutfile::push_run(
                points,
                closed,
                op,
                op_from,
                source,
                &mut self.content.rings,
                &mut self.content.pieces,
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
    use crate::interop::ImportedPackage;
    use crate::interop::cutfile::CutFileOptions;

    fn opts() -> CutFileOptions {
        CutFileOptions {
            slug: "svg-parts".into(),
            thickness: Some(3.0),
            license: Some("CC0-1.0".into()),
            author: Some("T".into()),
            ..Default::default()
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
    fn refusals_and_warnings_are_phrased_in_each_language() {
        use crate::i18n::Lang;
        let e = import("<html/>").unwrap_err();
        let m = e.message().expect("a catalogue message");
        assert_eq!(
            m.text(Lang::En),
            "not an SVG file: the root element is <html>, not <svg>"
        );
        assert!(m.text(Lang::Fr).starts_with("pas un fichier SVG"));
        let p = import(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="100mm" viewBox="0 0 100 100">
                <script>alert(1)</script><rect width="50" height="50" stroke="red" fill="none"/>
            </svg>"#,
        )
        .expect("imports");
        let w = p
            .warnings
            .iter()
            .find(|w| w.message.contains("<script> ignored"))
            .expect("a warning about the script");
        assert_eq!(
            w.message_in(Lang::De),
            "<script> ignoriert: Skripte werden nie ausgeführt"
        );
    }

    /// Found by the fuzz smoke run (tests/it/fuzz.rs): a control point at -1e308 made the
    /// curve's bounds NaN, which passed the size check, and flattening then asked for an
    /// unbounded allocation (capacity overflow panic).
    #[test]
    fn a_huge_control_point_is_ignored_with_a_warning_not_a_panic() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="200mm" height="200mm" viewBox="0 0 200 200">
            <path d="M0 0 H100 V100 H0 Z" stroke="red" fill="none"/>
            <path d="M110.1 146.9 C 110.155 146.9 -1e308 110.2 146.855 110.2 L 150 150 Z" stroke="red" fill="none"/>
        </svg>"#;
        let out = std::panic::catch_unwind(|| import(svg));
        let result = out.expect("no panic");
        if let Ok(p) = result {
            assert!(
                p.warnings.iter().any(|w| w.message.contains("not finite")),
                "{:?}",
                p.warnings
            );
        }
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
        assert!(
            p.warnings
                .iter()
                .any(|w| w.message.contains("px at 96 per inch")),
            "{:?}",
            p.warnings
        );
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
        let d = design(&p);
        assert_eq!(d["parts"].as_array().unwrap().len(), 1);
        assert_eq!(
            d["parts"][0]["quantity"].as_integer(),
            Some(2),
            "two copies of one part"
        );
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
