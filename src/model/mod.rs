//! The design package model: what a `design.toml` says, parsed, checked and typed.
//!
//! Data flows `design.toml` text → [`parse_manifest`] → [`Design`] (sizes still expressions)
//! → [`Design::evaluate`] with parameter values → [`EvaluatedDesign`] (numbers in mm, contours
//! of lines and arcs). This module knows nothing of files on disk, git, HTTP or polygons:
//! reading a package folder is [`crate::package`], turning contours into polygons is
//! [`crate::geometry`].

mod build;
mod diagnostic;
mod eval;
mod expr;
pub mod limits;
mod makerspace;
mod manifest;
mod points;
mod project;
mod reader;
pub(crate) use reader::invalid_toml;
mod slug;

use std::collections::BTreeMap;

use crate::i18n::Message;
use serde::Serialize;

pub use build::{
    BuildLog, EXPORT_MANIFEST_NAME, MAX_BUILD_LOG_BYTES, MAX_BUILD_PHOTOS, MAX_BUILD_TEXT, Outcome,
    is_build_id, is_photo_name, parse_build_log, valid_date,
};
pub use diagnostic::{
    Diagnostic, Loc, Position, SourceMap, did_you_mean, did_you_mean_text, join_path,
    sort_diagnostics, suggest, suggestion, suggestion_message,
};
pub use eval::{
    Arc, Contour, Engraving, EvaluatedBomLine, EvaluatedDesign, EvaluatedMaterial, EvaluatedPart,
    Hole, Placement, Segment, Slot, Tab, parse_param_override,
};
pub use expr::{Expr, MAX_EXPR_LEN, RESERVED_NAMES, Values, format_number};
pub use makerspace::{
    ColourKey, ColourOp, ColourSetting, ImportSettings, MAX_MAKERSPACE_BYTES, Machine, MachineKind,
    Makerspace, Stock, parse_makerspace, stock_summary,
};
pub use manifest::{
    CATEGORIES, CURRENCIES, MATERIAL_KINDS, TRANSLATION_LANGUAGES,
    check_relative_path as check_package_path, check_slug, parse_author, parse_manifest,
    path_problem as package_path_problem, slug_problem,
};
pub use points::{MAX_POINTS_FILE_BYTES, MAX_POINTS_PER_FILE, parse_points};
pub use project::{
    MAX_PROJECT_BYTES, MAX_PROJECT_DESIGNS, MAX_PROJECT_QUANTITY, PROJECT_FILE, Project,
    ProjectDesign, ProjectOrigin, parse_project,
};
pub use slug::Slug;

/// A parsed and checked design manifest. Sizes are still expressions over parameters.
#[derive(Debug, Clone, Serialize)]
pub struct Design {
    /// Human name.
    pub name: String,
    /// Identifier, equal to the package folder's name.
    pub slug: String,
    /// Version of the design.
    pub version: semver::Version,
    /// One-line summary.
    pub summary: String,
    /// Markdown description (may be empty).
    pub description: String,
    /// One of [`CATEGORIES`].
    pub category: String,
    /// Free keywords.
    pub tags: Vec<String>,
    /// SPDX licence expression, checked.
    pub license: String,
    /// Original authors.
    pub authors: Vec<Author>,
    /// Where this design was forked or adapted from.
    pub derived_from: Option<DerivedFrom>,
    /// Language tag of the documentation.
    pub documentation_language: String,
    /// OKH technology readiness level (`OTRL-1` … `OTRL-8`).
    pub technology_readiness_level: Option<String>,
    /// OKH documentation readiness level (`ODRL-1` … `ODRL-4`).
    pub documentation_readiness_level: Option<String>,
    /// Image paths inside the package, cover first.
    pub images: Vec<FileRef>,
    /// Default ISO 4217 currency for the BOM.
    pub currency: String,
    /// Inputs a maker can change, in manifest order.
    pub parameters: Vec<Parameter>,
    /// Derived values, in an order where each only uses earlier ones.
    pub computed: Vec<Computed>,
    /// Sheet materials.
    pub materials: Vec<Material>,
    /// Flat parts.
    pub parts: Vec<Part>,
    /// Hardware and consumables.
    pub bom: Vec<BomLine>,
    /// Tools and steps.
    pub assembly: Assembly,
    /// The free-form `[extra]` table, kept as written (e.g. `[extra.okh]` from an import).
    #[serde(skip_serializing_if = "toml::Table::is_empty")]
    pub extra: toml::Table,
    /// Translations of the texts (`[translations.<lang>]`), by language code.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, Translation>,
}

/// A design's texts in one more language (`[translations.<lang>]`): whatever is missing
/// stays in the original language.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Translation {
    /// The name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The one-line summary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The Markdown description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The tools, as many as the original lists (empty: not translated).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tools: Vec<String>,
    /// Step texts by step index (0-based).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub steps: BTreeMap<usize, StepText>,
    /// Part names by part label.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub parts: BTreeMap<String, String>,
    /// BOM items by the original item text.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub bom: BTreeMap<String, String>,
}

/// One assembly step's texts in another language.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct StepText {
    /// The title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The Markdown text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Design {
    /// The primary language of the original texts (`documentation-language`, `pt-BR` → `pt`).
    pub fn original_language(&self) -> String {
        self.documentation_language
            .split(['-', '_'])
            .next()
            .unwrap_or("en")
            .to_ascii_lowercase()
    }

    /// Every language the design's texts are written in: the original first, then its
    /// translations.
    pub fn languages(&self) -> Vec<String> {
        let original = self.original_language();
        let mut out = vec![original.clone()];
        out.extend(
            self.translations
                .keys()
                .filter(|k| **k != original)
                .cloned(),
        );
        out
    }

    /// The design with its texts in `lang` where it has a translation into it (name,
    /// summary, description, tools, steps, part names, BOM items), the original elsewhere.
    /// Geometry, labels and everything else are unchanged.
    pub fn localized(&self, lang: &str) -> Design {
        let mut d = self.clone();
        let Some(t) = self.translations.get(lang) else {
            return d;
        };
        if let Some(n) = &t.name {
            d.name = n.clone();
        }
        if let Some(s) = &t.summary {
            d.summary = s.clone();
        }
        if let Some(s) = &t.description {
            d.description = s.clone();
        }
        if t.tools.len() == d.assembly.tools.len() {
            d.assembly.tools = t.tools.clone();
        }
        for (i, step) in d.assembly.steps.iter_mut().enumerate() {
            if let Some(st) = t.steps.get(&i) {
                if let Some(title) = &st.title {
                    step.title = title.clone();
                }
                if let Some(text) = &st.text {
                    step.text = text.clone();
                }
            }
        }
        for part in &mut d.parts {
            if let Some(n) = t.parts.get(&part.label) {
                part.name = n.clone();
            }
        }
        for line in &mut d.bom {
            if let Some(item) = t.bom.get(&line.item) {
                line.item = item.clone();
            }
        }
        d
    }

    /// The parameter called `name`.
    pub fn parameter(&self, name: &str) -> Option<&Parameter> {
        self.parameters.iter().find(|p| p.name == name)
    }

    /// The material with id `id`.
    pub fn material(&self, id: &str) -> Option<&Material> {
        self.materials.iter().find(|m| m.id == id)
    }

    /// Every file the manifest refers to (images, step images and points files), with where
    /// it is named.
    pub fn file_refs(&self) -> impl Iterator<Item = &FileRef> {
        self.images
            .iter()
            .chain(self.assembly.steps.iter().filter_map(|s| s.image.as_ref()))
            .chain(self.points_files().map(|(f, _)| f))
    }

    /// The points files of parts' outlines and holes, with what they hold once loaded.
    pub fn points_files(&self) -> impl Iterator<Item = (&FileRef, &std::sync::Arc<Vec<[f64; 2]>>)> {
        self.parts.iter().flat_map(|p| {
            std::iter::once(&p.outline)
                .chain(p.holes.iter().map(|h| &h.shape))
                .filter_map(|s| match s {
                    ShapeSpec::PointsFile { file, points } => Some((file, points)),
                    _ => None,
                })
        })
    }

    /// Whether any part's geometry lives in a points file of the package.
    pub fn has_points_files(&self) -> bool {
        self.points_files().next().is_some()
    }

    /// Reads every points file through `read` (a package-relative path → its bytes, `None`
    /// when the package has no such file). Returns every problem, located where the file is
    /// named; files already read are read again.
    pub fn load_points_files(&mut self, read: &dyn Fn(&str) -> Option<Vec<u8>>) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let mut cache: std::collections::BTreeMap<String, std::sync::Arc<Vec<[f64; 2]>>> =
            std::collections::BTreeMap::new();
        for part in &mut self.parts {
            let shapes = std::iter::once(&mut part.outline)
                .chain(part.holes.iter_mut().map(|h| &mut h.shape));
            for shape in shapes {
                let ShapeSpec::PointsFile { file, points } = shape else {
                    continue;
                };
                if let Some(p) = cache.get(&file.path) {
                    *points = p.clone();
                    continue;
                }
                let Some(bytes) = read(&file.path) else {
                    problems.push(file.loc.problem(
                        Message::new("problem-points-file-missing").arg("path", file.path.as_str()),
                    ));
                    continue;
                };
                match points::parse_points(&bytes) {
                    Ok(p) => {
                        let p = std::sync::Arc::new(p);
                        cache.insert(file.path.clone(), p.clone());
                        *points = p;
                    }
                    Err(why) => problems.push(
                        file.loc.problem(
                            Message::new("problem-points-file")
                                .arg("path", file.path.as_str())
                                .arg("why", why),
                        ),
                    ),
                }
            }
        }
        problems
    }
}

/// A path to a file inside the package, as written in the manifest.
#[derive(Debug, Clone, Serialize)]
pub struct FileRef {
    /// Relative path with `/` separators, checked not to leave the package.
    pub path: String,
    /// Where it is named.
    #[serde(skip)]
    pub loc: Loc,
}

/// A person or collective credited as author.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Author {
    /// Display name.
    pub name: String,
    /// E-mail address, if given as `Name <email>`.
    pub email: Option<String>,
}

impl std::fmt::Display for Author {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.email {
            Some(e) => write!(f, "{} <{e}>", self.name),
            None => f.write_str(&self.name),
        }
    }
}

/// Lineage of a fork or adaptation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DerivedFrom {
    /// Slug of the source design.
    pub slug: String,
    /// Commit id or release tag the fork was taken from.
    pub revision: Option<String>,
    /// URL of the store holding the source; `None` means this store.
    pub store: Option<String>,
}

/// Kind of value a parameter holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParamType {
    /// Millimetres.
    Length,
    /// A whole number.
    Count,
    /// Degrees.
    Angle,
    /// True (1) or false (0).
    Bool,
}

impl ParamType {
    /// The unit shown after values of this type, with its leading space if any.
    pub fn unit(self) -> &'static str {
        match self {
            ParamType::Length => " mm",
            ParamType::Angle => "°",
            ParamType::Count | ParamType::Bool => "",
        }
    }
}

/// A named input of the design.
#[derive(Debug, Clone, Serialize)]
pub struct Parameter {
    /// Identifier used in expressions.
    pub name: String,
    /// Value type.
    #[serde(rename = "type")]
    pub kind: ParamType,
    /// Default value (0/1 for booleans).
    pub default: f64,
    /// Inclusive lower bound.
    pub min: Option<f64>,
    /// Inclusive upper bound.
    pub max: Option<f64>,
    /// One sentence of help.
    pub help: String,
    /// Where it is declared.
    #[serde(skip)]
    pub loc: Loc,
}

/// A named value derived from parameters.
#[derive(Debug, Clone, Serialize)]
pub struct Computed {
    /// Identifier used in expressions.
    pub name: String,
    /// Its formula.
    pub expr: Expr,
}

/// A sheet material.
#[derive(Debug, Clone, Serialize)]
pub struct Material {
    /// Id used by parts.
    pub id: String,
    /// Human name.
    pub name: String,
    /// One of [`MATERIAL_KINDS`].
    pub kind: String,
    /// Thickness as bought, in mm (for matching stock).
    pub nominal_thickness: f64,
    /// Thickness the geometry uses, normally the measured-thickness parameter.
    pub thickness: Expr,
    /// Whether the face grain matters.
    pub grain: bool,
    /// Where it is declared.
    #[serde(skip)]
    pub loc: Loc,
}

/// How a part is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Process {
    /// Laser cutter.
    Laser,
    /// CNC router.
    Cnc,
}

impl Process {
    /// `laser` or `cnc`.
    pub fn as_str(self) -> &'static str {
        match self {
            Process::Laser => "laser",
            Process::Cnc => "cnc",
        }
    }
}

/// Direction the face grain must run along.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    /// Along the part's x axis.
    X,
    /// Along the part's y axis.
    Y,
}

/// A point whose coordinates are expressions.
#[derive(Debug, Clone, Serialize)]
pub struct PointExpr {
    /// x in mm.
    pub x: Expr,
    /// y in mm.
    pub y: Expr,
}

/// A contour as written: a primitive shape or a path.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "shape", rename_all = "lowercase")]
pub enum ShapeSpec {
    /// Rectangle, optionally with rounded corners.
    Rect {
        /// Size along x.
        width: Expr,
        /// Size along y.
        height: Expr,
        /// Radius of the corners.
        corner_radius: Option<Expr>,
        /// Centre (holes); outlines start at the origin.
        center: Option<PointExpr>,
    },
    /// Circle.
    Circle {
        /// Diameter.
        diameter: Expr,
        /// Centre (holes); outlines are centred on `[d/2, d/2]`.
        center: Option<PointExpr>,
    },
    /// Closed polygon through the points.
    Polygon {
        /// Corner points, not repeating the first.
        points: Vec<PointExpr>,
    },
    /// Closed polygon through the points of a file of the package (`points_file`), for
    /// contours with thousands of points (imported cut files). Numbers only, mm.
    #[serde(rename = "polygon-file")]
    PointsFile {
        /// The file, package-relative.
        file: FileRef,
        /// Its points once read ([`Design::load_points_files`]); empty before.
        #[serde(skip)]
        points: std::sync::Arc<Vec<[f64; 2]>>,
    },
    /// Closed path of lines and arcs.
    Path {
        /// First point.
        start: PointExpr,
        /// Segments from the current point.
        segments: Vec<SegmentSpec>,
    },
}

/// One segment of a path.
#[derive(Debug, Clone, Serialize)]
pub struct SegmentSpec {
    /// End point.
    pub to: PointExpr,
    /// Arc centre; `None` for a straight line.
    pub center: Option<PointExpr>,
    /// Arc turns clockwise.
    pub clockwise: bool,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}

/// Copies of a hole or slot.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Repeat {
    /// `count` copies, each shifted by `step`.
    Linear {
        /// Number of copies.
        count: Expr,
        /// Shift between copies.
        step: PointExpr,
    },
    /// `count` copies rotated about `center`, evenly over `angle` degrees.
    Polar {
        /// Number of copies.
        count: Expr,
        /// Centre of rotation.
        center: PointExpr,
        /// Total angle covered (360 for a full circle).
        angle: Expr,
    },
}

/// A hole cut out of a part.
#[derive(Debug, Clone, Serialize)]
pub struct HoleSpec {
    /// Its contour.
    pub shape: ShapeSpec,
    /// Dogbones in its corners on CNC.
    pub dogbone: bool,
    /// Copies.
    pub repeat: Option<Repeat>,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}

/// Which way a slot or tab runs from the edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// +y.
    Up,
    /// −y.
    Down,
    /// −x.
    Left,
    /// +x.
    Right,
}

impl Direction {
    /// Unit vector of the direction.
    pub fn vector(self) -> [f64; 2] {
        match self {
            Direction::Up => [0.0, 1.0],
            Direction::Down => [0.0, -1.0],
            Direction::Left => [-1.0, 0.0],
            Direction::Right => [1.0, 0.0],
        }
    }
}

/// An edge slot as written.
#[derive(Debug, Clone, Serialize)]
pub struct SlotSpec {
    /// Centre of the mouth, on the edge.
    pub at: PointExpr,
    /// Direction into the part.
    pub direction: Direction,
    /// Width across.
    pub width: Expr,
    /// Depth into the part.
    pub depth: Expr,
    /// Dogbones at the inner corners on CNC.
    pub dogbone: bool,
    /// Copies.
    pub repeat: Option<Repeat>,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}

/// A tab added to an edge, as written.
#[derive(Debug, Clone, Serialize)]
pub struct TabSpec {
    /// Centre of its base, on the edge.
    pub at: PointExpr,
    /// Direction it sticks out.
    pub direction: Direction,
    /// Width along the edge.
    pub width: Expr,
    /// How far it sticks out.
    pub length: Expr,
    /// Copies.
    pub repeat: Option<Repeat>,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}

/// Engraved text on a part.
#[derive(Debug, Clone, Serialize)]
pub struct EngraveSpec {
    /// The text.
    pub text: String,
    /// Anchor (centre of the text).
    pub at: PointExpr,
    /// Cap height in mm.
    pub height: Expr,
    /// Rotation in degrees.
    pub angle: Expr,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}

/// Copies of one placement along a line.
#[derive(Debug, Clone, Serialize)]
pub struct PlacementRepeat {
    /// Number of copies.
    pub count: Expr,
    /// Shift between copies, mm.
    pub step: [Expr; 3],
}

/// Where one copy of a part sits in the assembled object.
#[derive(Debug, Clone, Serialize)]
pub struct PlacementSpec {
    /// Position of the part's origin in mm.
    pub at: [Expr; 3],
    /// Rotations about x, y, z in degrees, applied in that order.
    pub rotate: [Expr; 3],
    /// `repeat = { count, step = [dx, dy, dz] }`: `count` copies, each shifted by `step`
    /// from the last (one placement per copy of the part in all).
    pub repeat: Option<PlacementRepeat>,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}

/// A flat part.
#[derive(Debug, Clone, Serialize)]
pub struct Part {
    /// Unique short code, engraved and printed.
    pub label: String,
    /// Descriptive name.
    pub name: String,
    /// Material id.
    pub material: String,
    /// Copies to cut.
    pub quantity: Expr,
    /// Laser or CNC.
    pub process: Process,
    /// Grain direction, if it matters.
    pub grain: Option<Grain>,
    /// Allowed nesting rotations in degrees.
    pub rotations: Vec<u16>,
    /// Outer contour.
    pub outline: ShapeSpec,
    /// Where the outline is written.
    #[serde(skip)]
    pub outline_loc: Loc,
    /// Holes.
    pub holes: Vec<HoleSpec>,
    /// Edge slots.
    pub slots: Vec<SlotSpec>,
    /// Tabs.
    pub tabs: Vec<TabSpec>,
    /// Engraved texts.
    pub engrave: Vec<EngraveSpec>,
    /// 3D placement of each copy (empty, or one per copy).
    pub placements: Vec<PlacementSpec>,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}

/// A BOM line as written.
#[derive(Debug, Clone, Serialize)]
pub struct BomLine {
    /// What to buy.
    pub item: String,
    /// How many units.
    pub quantity: Expr,
    /// Unit (`pcs`, `m`, …).
    pub unit: String,
    /// Cost of one unit.
    pub unit_cost: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// Where to buy it.
    pub supplier: Option<String>,
    /// Anything else.
    pub notes: Option<String>,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}

/// How the parts go together.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Assembly {
    /// Tools needed.
    pub tools: Vec<String>,
    /// Steps in build order.
    pub steps: Vec<Step>,
}

/// One assembly step.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    /// Short title.
    pub title: String,
    /// Markdown text.
    pub text: String,
    /// Labels of the parts used.
    pub parts: Vec<String>,
    /// Optional picture inside the package.
    pub image: Option<FileRef>,
    /// Where it is written.
    #[serde(skip)]
    pub loc: Loc,
}
