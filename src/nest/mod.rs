//! Nesting: placing every part instance on as few sheets as possible (or along as short a
//! strip as possible), without overlap, with spacing, margins and allowed rotations.
//!
//! Collision detection is the `jagua-rs` engine on outward-simplified shapes; the
//! optimisers are ours. Sheets (`sheets`): a bottom-left construction (candidates next to
//! placed items, then slid down and left) under the first-layout limit, finished in rows
//! of bounding boxes if the limit falls first; then emptying the least-filled sheet into the
//! others by overlap minimisation on whole sheets, and a seeded local search over the
//! construction's order and rotations. Strips: the same construction, then overlap
//! minimisation with guided local search (`separate`). On sheets, parts' holes are free
//! space: a placed part's large holes become containers of their own, tried before the
//! sheet for later (smaller) items, and those items move with their host.
//!
//! Owns: shapes for nesting (outline inflated by half the spacing), sheet and strip
//! layouts, the lower bound. Must not: read manifests, write files or know machines.

pub mod bound;
mod place;
mod separate;
mod sheets;

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::i18n::{Lang, Message};

use geo::{
    Area, BooleanOps, Buffer, Coord, LineString, MultiPolygon, Polygon, Simplify,
    algorithm::buffer::{BufferStyle, LineJoin},
};
use jagua_rs::collision_detection::CDEConfig;
use jagua_rs::entities::{Container, Item};
use jagua_rs::geometry::fail_fast::SPSurrogateConfig;
use jagua_rs::io::ext_repr::{
    ExtContainer, ExtItem, ExtOrientation, ExtRotation, ExtSPolygon, ExtShape,
};
use jagua_rs::io::import::Importer;
use rand::{RngExt, SeedableRng};
use rand_pcg::Pcg64Mcg;
use serde::Serialize;

use place::{Bin, Pose};

/// Problems that stop a nesting.
#[derive(Debug, thiserror::Error)]
pub enum NestError {
    /// Nothing to place.
    #[error("there are no parts to nest")]
    Empty,
    /// A part does not fit on an empty sheet in any allowed rotation.
    #[error(
        "part {label} ({w:.1} × {h:.1} mm with {spacing} mm spacing) does not fit the usable sheet area {uw:.1} × {uh:.1} mm (sheet {sw} × {sh} mm less a {margin} mm margin) in any allowed rotation ({rotations})"
    )]
    TooLarge {
        /// The part.
        label: String,
        /// Part width, mm.
        w: f64,
        /// Part height, mm.
        h: f64,
        /// Spacing, mm.
        spacing: f64,
        /// Usable width, mm.
        uw: f64,
        /// Usable height, mm.
        uh: f64,
        /// Sheet width.
        sw: f64,
        /// Sheet height.
        sh: f64,
        /// Margin.
        margin: f64,
        /// Allowed rotations, as text.
        rotations: String,
    },
    /// The sheet, margin or spacing make no sense (the message says how).
    #[error("{}", .0.text(Lang::En))]
    BadOptions(Message),
    /// The collision engine refused a shape (degenerate geometry).
    #[error("part {label}: its shape cannot be nested: {reason}")]
    Shape {
        /// The part.
        label: String,
        /// What jagua-rs said.
        reason: String,
    },
}

impl NestError {
    /// What went wrong as a catalogue message, for each front end to phrase in its language.
    pub fn message(&self) -> Message {
        match self {
            NestError::Empty => Message::new("refusal-nest-empty"),
            NestError::TooLarge {
                label,
                w,
                h,
                spacing,
                uw,
                uh,
                sw,
                sh,
                margin,
                rotations,
            } => Message::new("refusal-nest-too-large")
                .arg("label", label)
                .arg("w", *w)
                .arg("h", *h)
                .arg("spacing", *spacing)
                .arg("uw", *uw)
                .arg("uh", *uh)
                .arg("sw", *sw)
                .arg("sh", *sh)
                .arg("margin", *margin)
                .arg("rotations", rotations),
            NestError::BadOptions(m) => m.clone(),
            NestError::Shape { label, reason } => Message::new("refusal-nest-shape")
                .arg("label", label)
                .arg("reason", reason),
        }
    }
}

/// One part to nest, with its quantity.
#[derive(Debug, Clone)]
pub struct NestPart {
    /// Label for messages.
    pub label: String,
    /// The part as cut (outline and holes), mm, any position.
    pub polygon: Polygon<f64>,
    /// Copies.
    pub quantity: u32,
    /// Allowed rotations, degrees (e.g. `[0, 90, 180, 270]`, or `[0, 180]` along the grain).
    pub rotations: Vec<f64>,
}

/// Default cap on the first layout: the same order as the geometry checks' deadline, and
/// enough for the construction of a thousand parts on a quiet machine.
pub const FIRST_LAYOUT_LIMIT: Duration = Duration::from_secs(20);

/// Settings of a nesting run.
#[derive(Debug, Clone)]
pub struct NestOptions {
    /// Sheet size `[x, y]`, mm.
    pub sheet: [f64; 2],
    /// Clear band at the sheet's edges, mm.
    pub margin: f64,
    /// Smallest gap between two parts, mm (≥ tool diameter on CNC, ≥ kerf on a laser).
    pub spacing: f64,
    /// Wall-clock budget for improving the layout: no improvement step starts after it, so
    /// a limit of 0 means "the first layout only".
    pub time_limit: Duration,
    /// Wall-clock cap on the first layout, counted from the start like `time_limit`: the
    /// bottom-left construction runs until the later of the two, and the copies it has not
    /// placed then go on new sheets in rows (a few milliseconds). The whole run so ends
    /// by the later of the two limits, whatever the input.
    pub first_layout_limit: Duration,
    /// Stop after this many improvement steps (makes a run reproducible whatever the speed).
    pub max_iterations: u64,
    /// Stop early after this many steps without improvement.
    pub max_stall: u64,
    /// Seed of the random choices: the same seed and steps give the same layout.
    pub seed: u64,
    /// Put small parts into the holes of large ones.
    pub use_holes: bool,
}

impl Default for NestOptions {
    fn default() -> Self {
        NestOptions {
            sheet: [2440.0, 1220.0],
            margin: 10.0,
            spacing: 8.0,
            time_limit: Duration::from_secs(10),
            first_layout_limit: FIRST_LAYOUT_LIMIT,
            max_iterations: u64::MAX,
            max_stall: 300,
            seed: 1,
            use_holes: true,
        }
    }
}

/// One part instance on a sheet: a point `p` of the part goes to `R(rotation)·p + offset`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Placement {
    /// Index into the parts given to [`nest`].
    pub part: usize,
    /// Which copy (0-based).
    pub instance: u32,
    /// Rotation, degrees counter-clockwise.
    pub rotation: f64,
    /// Translation after the rotation, mm.
    pub offset: [f64; 2],
    /// Whether it sits inside another part's hole.
    pub in_hole: bool,
}

impl Placement {
    /// Where point `p` of the part lands.
    pub fn apply(&self, p: [f64; 2]) -> [f64; 2] {
        let (s, c) = self.rotation.to_radians().sin_cos();
        [
            c * p[0] - s * p[1] + self.offset[0],
            s * p[0] + c * p[1] + self.offset[1],
        ]
    }

    /// The part's polygon moved to its place.
    pub fn polygon(&self, part: &Polygon<f64>) -> Polygon<f64> {
        let map = |ls: &LineString<f64>| {
            LineString::new(
                ls.0.iter()
                    .map(|c| {
                        let [x, y] = self.apply([c.x, c.y]);
                        Coord { x, y }
                    })
                    .collect(),
            )
        };
        Polygon::new(
            map(part.exterior()),
            part.interiors().iter().map(map).collect(),
        )
    }
}

/// The parts on one sheet.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SheetLayout {
    /// Placements, in placing order.
    pub placements: Vec<Placement>,
    /// Σ part area on this sheet / sheet area.
    pub utilisation: f64,
}

/// Progress of a run, for progress bars.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    /// Fraction of the time budget used, 0–1.
    pub fraction: f64,
    /// Sheets in the best layout so far.
    pub sheets: usize,
    /// The lower bound.
    pub lower_bound: usize,
}

/// The result of [`nest`].
#[derive(Debug, Clone, Serialize)]
pub struct NestOutcome {
    /// Sheets in order; the last is packed toward x = 0 so its offcut is one piece.
    pub sheets: Vec<SheetLayout>,
    /// The strongest proven lower bound on sheets ([`bound::Bounds::best`]: the area bound,
    /// the area bound with parts grown by half the spacing, the midline bound).
    pub lower_bound: usize,
    /// Σ part area, mm².
    pub part_area: f64,
    /// Σ part area / (sheets × sheet area).
    pub utilisation: f64,
    /// How far along x the last sheet is used, mm.
    pub last_sheet_length: f64,
    /// Improvement steps made.
    pub iterations: u64,
    /// Wall-clock time, seconds.
    pub seconds: f64,
    /// When the first complete layout was there, seconds from the start.
    pub first_seconds: f64,
    /// Sheets in the first complete layout.
    pub first_sheets: usize,
    /// Copies the first layout put in rows because the construction met the time limit.
    pub in_rows: usize,
}

/// Shapes prepared for jagua-rs.
struct Prepared {
    items: Vec<Arc<Item>>,
    /// Per part: the allowed rotations in radians.
    rotations: Vec<Vec<f32>>,
    /// Per part: centroid shift applied by jagua (internal shape = shape + shift).
    shift: Vec<(f64, f64)>,
    /// Per part: holes usable as containers (part coordinates), deflated by half the spacing.
    holes: Vec<Vec<Polygon<f64>>>,
    /// Per part: net area.
    area: Vec<f64>,
    importer: Importer,
}

/// Collision shapes are simplified outward: the simplified outline contains the part's,
/// with at most this share of its area added (jagua-rs removes the vertices whose removal
/// changes the area least, never cutting into the part). Detailed parts (arcs flattened
/// at 0.02 mm: hundreds of vertices) then cost collision checks like simple ones; the
/// layouts are still checked on the exact polygons.
pub const SIMPLIFY_AREA_RATIO: f32 = 0.001;

/// Concavities narrower than this share of the part's diameter, holding less than this
/// share of its area, are closed in the collision shape (nothing fits in them anyway).
const NARROW_CONCAVITY: (f32, f32) = (0.01, 0.01);

fn importer() -> Importer {
    importer_with(Some(SIMPLIFY_AREA_RATIO))
}

fn importer_with(simplify: Option<f32>) -> Importer {
    Importer::new(
        CDEConfig {
            quadtree_depth: 5,
            cd_threshold: 16,
            item_surrogate_config: SPSurrogateConfig {
                n_pole_limits: [(64, 0.0), (16, 0.8), (8, 0.9)],
                ff_pole_area_ratio: 0.02,
                n_ff_piers: 0,
            },
        },
        simplify,
        simplify.map(|_| NARROW_CONCAVITY),
    )
}

fn ext_polygon(ring: &LineString<f64>) -> ExtSPolygon {
    let mut pts: Vec<(f32, f32)> = ring.0.iter().map(|c| (c.x as f32, c.y as f32)).collect();
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    ExtSPolygon(pts)
}

/// Grows `poly`'s outline by `d` (no holes), keeping corners sharp where the spacing is
/// small, and simplifies it outward within `tol` so collision checks stay fast.
fn nesting_outline(poly: &Polygon<f64>, d: f64, tol: f64) -> Polygon<f64> {
    let outer = Polygon::new(poly.exterior().clone(), vec![]);
    if d <= 0.0 {
        return outer;
    }
    // Grow by d + tol, then simplify by at most tol: the result still contains the
    // d-offset, so the real gap never falls below the spacing.
    let grown = outer.buffer_with_style(BufferStyle::new(d + tol).line_join(LineJoin::Round(0.3)));
    let best = grown
        .0
        .into_iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))
        .unwrap_or(outer);
    let simple = Polygon::new(best.exterior().simplify(tol), vec![]);
    if simple.exterior().0.len() >= 4 {
        simple
    } else {
        best
    }
}

fn prepare(parts: &[NestPart], opts: &NestOptions) -> Result<Prepared, NestError> {
    prepare_with(parts, opts, importer())
}

fn prepare_with(
    parts: &[NestPart],
    opts: &NestOptions,
    importer: Importer,
) -> Result<Prepared, NestError> {
    let half = opts.spacing / 2.0;
    let tol = if opts.spacing > 0.0 { 0.1 } else { 0.0 };
    let mut items = Vec::with_capacity(parts.len());
    let mut rotations = Vec::with_capacity(parts.len());
    let mut shift = Vec::with_capacity(parts.len());
    let mut holes = Vec::with_capacity(parts.len());
    let mut area = Vec::with_capacity(parts.len());
    for (i, part) in parts.iter().enumerate() {
        let outline = nesting_outline(&part.polygon, half, tol);
        let mut rots: Vec<f64> = part.rotations.clone();
        if rots.is_empty() {
            rots.push(0.0);
        }
        let ext = ExtItem {
            id: i as u64,
            orientation: ExtOrientation {
                rotation: ExtRotation::Discrete {
                    angles: rots.iter().map(|r| *r as f32).collect(),
                },
                reflection_axes: vec![],
            },
            shape: ExtShape::SimplePolygon(ext_polygon(outline.exterior())),
            min_quality: None,
        };
        let item = importer
            .import_item(&ext, i)
            .map_err(|e| NestError::Shape {
                label: part.label.clone(),
                reason: e.to_string(),
            })?;
        let (sx, sy) = item.shape_orig().pre_transform.translation();
        shift.push((f64::from(sx), f64::from(sy)));
        items.push(item);
        rotations.push(rots.iter().map(|r| r.to_radians() as f32).collect());
        let mut usable = Vec::new();
        if opts.use_holes {
            for ring in part.polygon.interiors() {
                let hole = Polygon::new(ring.clone(), vec![]);
                let shrunk: MultiPolygon<f64> = if half > 0.0 {
                    hole.buffer_with_style(BufferStyle::new(-half).line_join(LineJoin::Miter(2.0)))
                } else {
                    MultiPolygon::new(vec![hole])
                };
                usable.extend(shrunk.0.into_iter().filter(|p| p.unsigned_area() > 100.0));
            }
        }
        holes.push(usable);
        area.push(part.polygon.unsigned_area());
    }
    Ok(Prepared {
        items,
        rotations,
        shift,
        holes,
        area,
        importer,
    })
}

/// One item instance in the order the construction places them.
#[derive(Debug, Clone, Copy)]
struct Gene {
    part: usize,
    instance: u32,
    /// Rotation tried first (index into the part's rotations).
    first_rotation: usize,
}

/// Sheets of placed copies and their objective: fewer sheets, then a shorter last sheet.
struct Built {
    sheets: sheets::Sheets,
    score: (usize, f64),
}

impl Built {
    fn new(prep: &Prepared, sheets: sheets::Sheets, opts: &NestOptions) -> Self {
        let last = sheets.last().map_or(0.0, |s| sheets::reach(prep, s, opts));
        Built {
            score: (sheets.len(), last),
            sheets,
        }
    }

    fn better_than(&self, other: &Built) -> bool {
        self.score.0 < other.score.0
            || (self.score.0 == other.score.0 && self.score.1 < other.score.1 - 1e-6)
    }

    fn layouts(&self, prep: &Prepared, opts: &NestOptions) -> Vec<SheetLayout> {
        let sheet_area = opts.sheet[0] * opts.sheet[1];
        self.sheets
            .iter()
            .map(|puts| SheetLayout {
                placements: puts
                    .iter()
                    .map(|p| placement_of(prep, &p.gene, p.pose, p.host.is_some()))
                    .collect(),
                utilisation: sheets::sheet_area(prep, puts) / sheet_area,
            })
            .collect()
    }
}

fn rect_container(
    importer: &Importer,
    id: u64,
    x0: f64,
    y0: f64,
    w: f64,
    h: f64,
) -> Option<Container> {
    importer
        .import_container(&ExtContainer {
            id,
            shape: ExtShape::Rectangle {
                x_min: x0 as f32,
                y_min: y0 as f32,
                width: w as f32,
                height: h as f32,
            },
            zones: vec![],
        })
        .ok()
}

fn placement_of(prep: &Prepared, g: &Gene, pose: Pose, in_hole: bool) -> Placement {
    // internal = R(θ)·(p + shift) + t  ⇒  offset = t + R(θ)·shift
    let (s, c) = f64::from(pose.rotation).sin_cos();
    let (sx, sy) = prep.shift[g.part];
    let rotation = f64::from(pose.rotation).to_degrees();
    Placement {
        part: g.part,
        instance: g.instance,
        rotation: (rotation * 1e6).round() / 1e6,
        offset: [
            f64::from(pose.translation.0) + c * sx - s * sy,
            f64::from(pose.translation.1) + s * sx + c * sy,
        ],
        in_hole,
    }
}

/// Containers for the usable holes of the part placed at `p`, numbered from `next_id`.
fn hole_bins_of(prep: &Prepared, p: &Placement, next_id: &mut u64) -> Vec<Bin> {
    let mut out = Vec::new();
    for hole in &prep.holes[p.part] {
        let moved = p.polygon(hole);
        let container = prep.importer.import_container(&ExtContainer {
            id: *next_id,
            shape: ExtShape::SimplePolygon(ext_polygon(moved.exterior())),
            zones: vec![],
        });
        *next_id += 1;
        if let Ok(c) = container {
            out.push(Bin::new(c));
        }
    }
    out
}

fn check_options(opts: &NestOptions) -> Result<(), NestError> {
    let [w, h] = opts.sheet;
    let ok = |v: f64| v.is_finite() && v >= 0.0;
    if !(ok(w) && ok(h) && w > 0.0 && h > 0.0) {
        return Err(NestError::BadOptions(
            Message::new("refusal-nest-sheet-size")
                .arg("w", w)
                .arg("h", h),
        ));
    }
    if !ok(opts.margin) || !ok(opts.spacing) {
        return Err(NestError::BadOptions(
            Message::new("refusal-nest-margin-spacing")
                .arg("margin", opts.margin)
                .arg("spacing", opts.spacing),
        ));
    }
    if 2.0 * opts.margin >= w.min(h) {
        return Err(NestError::BadOptions(
            Message::new("refusal-nest-margin-too-wide")
                .arg("margin", opts.margin)
                .arg("w", w)
                .arg("h", h),
        ));
    }
    Ok(())
}

fn too_large(parts: &[NestPart], prep: &Prepared, opts: &NestOptions) -> Result<(), NestError> {
    let half = opts.spacing / 2.0;
    let inner = (opts.margin - half).max(0.0);
    let (uw, uh) = (opts.sheet[0] - 2.0 * inner, opts.sheet[1] - 2.0 * inner);
    for (i, part) in parts.iter().enumerate() {
        let fits = prep.rotations[i].iter().any(|&r| {
            use jagua_rs::geometry::geo_traits::Transformable;
            let b = prep.items[i]
                .shape_cd()
                .transform_clone(&jagua_rs::geometry::DTransformation::new(r, (0.0, 0.0)).compose())
                .bbox();
            f64::from(b.x_max - b.x_min) <= uw + 1e-3 && f64::from(b.y_max - b.y_min) <= uh + 1e-3
        });
        if !fits {
            let r = geo::BoundingRect::bounding_rect(&part.polygon);
            let (w, h) = r.map_or((0.0, 0.0), |r| (r.width(), r.height()));
            return Err(NestError::TooLarge {
                label: part.label.clone(),
                w,
                h,
                spacing: opts.spacing,
                uw: opts.sheet[0] - 2.0 * opts.margin,
                uh: opts.sheet[1] - 2.0 * opts.margin,
                sw: opts.sheet[0],
                sh: opts.sheet[1],
                margin: opts.margin,
                rotations: part
                    .rotations
                    .iter()
                    .map(|r| format!("{r}°"))
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
    }
    Ok(())
}

/// The area lower bound: ⌈Σ part area / usable sheet area⌉ (see [`bound`] for stronger ones).
pub fn lower_bound(part_area: f64, opts: &NestOptions) -> usize {
    bound::area_bound(part_area, opts)
}

fn initial_order(parts: &[NestPart], prep: &Prepared) -> Vec<Gene> {
    let mut order: Vec<Gene> = parts
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            (0..p.quantity).map(move |k| Gene {
                part: i,
                instance: k,
                first_rotation: 0,
            })
        })
        .collect();
    // Largest first; ties by bounding-box area, then by index for determinism.
    order.sort_by(|a, b| {
        prep.area[b.part]
            .total_cmp(&prep.area[a.part])
            .then(a.part.cmp(&b.part))
            .then(a.instance.cmp(&b.instance))
    });
    order
}

fn mutate(order: &mut [Gene], prep: &Prepared, rng: &mut Pcg64Mcg) {
    let n = order.len();
    if n < 2 {
        if let Some(g) = order.first_mut() {
            g.first_rotation = rng.random_range(0..prep.rotations[g.part].len().max(1));
        }
        return;
    }
    match rng.random_range(0..3) {
        0 => {
            // Swap two items of different parts, near each other in the order.
            let i = rng.random_range(0..n);
            let span = (n / 4).max(2);
            let j = (i + rng.random_range(1..=span)) % n;
            order.swap(i, j);
        }
        1 => {
            let i = rng.random_range(0..n);
            let g = &mut order[i];
            g.first_rotation = rng.random_range(0..prep.rotations[g.part].len().max(1));
        }
        _ => {
            // Move one item earlier.
            let i = rng.random_range(1..n);
            let j = rng.random_range(0..i);
            order[j..=i].rotate_right(1);
        }
    }
}

/// Attempts at emptying the least-filled sheet before the order search takes over again.
const EMPTY_TRIES: u32 = 4;

/// Nests `parts` onto sheets of `opts.sheet`. `progress` is called after each step.
///
/// The later of the two limits bounds the whole run. The bottom-left construction (largest
/// first) makes the first layout; if the first-layout limit falls before it is done, the
/// copies left are put on new sheets in rows of bounding boxes (milliseconds, still spacing and rotations kept), so a
/// layout always comes back. Then, until the limit: while there are more sheets than the
/// lower bound, the least-filled sheet is emptied into the others (bottom-left insertion,
/// then overlap minimisation on whole sheets, see `sheets`); otherwise, and when that
/// keeps failing, a seeded local search over the construction's order and rotations.
pub fn nest(
    parts: &[NestPart],
    opts: &NestOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<NestOutcome, NestError> {
    let start = Instant::now();
    check_options(opts)?;
    if parts.iter().all(|p| p.quantity == 0) {
        return Err(NestError::Empty);
    }
    let prep = prepare(parts, opts)?;
    too_large(parts, &prep, opts)?;
    let part_area: f64 = parts
        .iter()
        .enumerate()
        .map(|(i, p)| prep.area[i] * f64::from(p.quantity))
        .sum();
    let lb = bound::bounds(parts, opts).best();
    let mut rng = Pcg64Mcg::seed_from_u64(opts.seed);
    let mut order = initial_order(parts, &prep);
    let total_items = order.len();
    let year = Duration::from_secs(365 * 24 * 3600);
    let deadline = start.checked_add(opts.time_limit).unwrap_or(start + year);
    let first_deadline = start
        .checked_add(opts.time_limit.max(opts.first_layout_limit))
        .unwrap_or(start + year);
    let (mut first, done) = sheets::build(&prep, &order, opts, &mut rng, first_deadline);
    let in_rows = total_items - done;
    if in_rows > 0 {
        first.extend(sheets::shelves(&prep, &order[done..], opts));
    }
    let mut best = Built::new(&prep, first, opts);
    let first_seconds = start.elapsed().as_secs_f64();
    let first_sheets = best.sheets.len();
    let fraction = |start: Instant| {
        (start.elapsed().as_secs_f64() / opts.time_limit.as_secs_f64().max(1e-9)).min(1.0)
    };
    progress(Progress {
        fraction: fraction(start),
        sheets: best.sheets.len(),
        lower_bound: lb,
    });
    let mut current_score = best.score;
    let mut iterations = 0u64;
    let mut stall = 0u64;
    let mut empty_failures = 0u32;
    while iterations < opts.max_iterations
        && stall < opts.max_stall
        && Instant::now() < deadline
        && total_items > 1
    {
        iterations += 1;
        if best.sheets.len() > lb.max(1) && empty_failures < EMPTY_TRIES {
            let mut trial = best.sheets.clone();
            if sheets::empty_least_filled(&prep, &mut trial, opts, &mut rng, deadline) {
                sheets::settle_last(&prep, &mut trial, opts, &mut rng);
                best = Built::new(&prep, trial, opts);
                empty_failures = 0;
                stall = 0;
            } else {
                empty_failures += 1;
                stall += 1;
            }
        } else {
            let mut trial = order.clone();
            mutate(&mut trial, &prep, &mut rng);
            let (built, done) = sheets::build(&prep, &trial, opts, &mut rng, deadline);
            if done < total_items {
                break;
            }
            let placed: usize = built.iter().map(Vec::len).sum();
            if placed < total_items {
                stall += 1;
                continue;
            }
            let built = Built::new(&prep, built, opts);
            // Accept equal-or-better (plateau moves), remember strictly better.
            if built.score.0 < current_score.0
                || (built.score.0 == current_score.0 && built.score.1 <= current_score.1 + 1e-6)
            {
                order = trial;
                current_score = built.score;
            }
            if built.better_than(&best) {
                best = built;
                empty_failures = 0;
                stall = 0;
            } else {
                stall += 1;
            }
        }
        progress(Progress {
            fraction: fraction(start),
            sheets: best.sheets.len(),
            lower_bound: lb,
        });
    }
    let placed: usize = best.sheets.iter().map(Vec::len).sum();
    if placed < total_items {
        return Err(NestError::BadOptions(
            Message::new("refusal-nest-not-all-placed")
                .arg("placed", placed)
                .arg("count", total_items),
        ));
    }
    let sheets_n = best.sheets.len().max(1) as f64;
    Ok(NestOutcome {
        utilisation: part_area / (sheets_n * opts.sheet[0] * opts.sheet[1]),
        last_sheet_length: best.score.1,
        sheets: best.layouts(&prep, opts),
        lower_bound: lb,
        part_area,
        iterations,
        seconds: start.elapsed().as_secs_f64(),
        first_seconds,
        first_sheets,
        in_rows,
    })
}

/// The result of [`strip_pack`].
#[derive(Debug, Clone, Serialize)]
pub struct StripOutcome {
    /// Placements (offsets in the instance's units).
    pub placements: Vec<Placement>,
    /// Used strip length.
    pub length: f64,
    /// Σ item area / (height × length).
    pub density: f64,
    /// Separations run (each at one strip length).
    pub iterations: u64,
}

/// Strip packing (the ESICUP benchmark problem): all items into a strip of fixed `height`,
/// minimising the used length.
///
/// Bottom-left construction (largest first), then overlap minimisation within the time
/// budget (see the `separate` module): the strip is shortened a little, items are moved
/// until nothing overlaps, and so on; 80 % of the time explores, 20 % compresses the best
/// layout. `workers` threads each try a pass per iteration and the best pass is kept.
/// Deterministic for a seed only when the time budget is not what ends a separation.
pub fn strip_pack(
    parts: &[NestPart],
    height: f64,
    time_limit: Duration,
    seed: u64,
    workers: usize,
) -> Result<StripOutcome, NestError> {
    strip_pack_with(
        parts,
        height,
        time_limit,
        seed,
        workers,
        Some(SIMPLIFY_AREA_RATIO),
    )
}

/// [`strip_pack`] with the collision shapes simplified by another area ratio, or not at
/// all (`None`: exact polygons, as before detailed parts were simplified).
pub fn strip_pack_with(
    parts: &[NestPart],
    height: f64,
    time_limit: Duration,
    seed: u64,
    workers: usize,
    simplify: Option<f32>,
) -> Result<StripOutcome, NestError> {
    let start = Instant::now();
    let total_area: f64 = parts
        .iter()
        .map(|p| p.polygon.unsigned_area() * f64::from(p.quantity))
        .sum();
    let widest = parts
        .iter()
        .filter_map(|p| geo::BoundingRect::bounding_rect(&p.polygon))
        .map(|r| r.width().max(r.height()))
        .fold(0.0, f64::max);
    let length = (total_area / height * 3.0).max(height) + widest * 2.0;
    let opts = NestOptions {
        sheet: [length, height],
        margin: 0.0,
        spacing: 0.0,
        time_limit,
        first_layout_limit: time_limit,
        max_iterations: u64::MAX,
        max_stall: u64::MAX,
        seed,
        use_holes: false,
    };
    let prep = prepare_with(parts, &opts, importer_with(simplify))?;
    let mut rng = Pcg64Mcg::seed_from_u64(seed);
    let genes = initial_order(parts, &prep);
    let container =
        rect_container(&prep.importer, 0, 0.0, 0.0, length, height).ok_or_else(|| {
            NestError::BadOptions(
                Message::new("refusal-nest-bad-strip")
                    .arg("length", length)
                    .arg("height", height),
            )
        })?;
    let mut current = Bin::new(container);
    for (gi, g) in genes.iter().enumerate() {
        let rots = &prep.rotations[g.part];
        if current
            .insert(&prep.items[g.part], rots, &mut rng, 8, gi)
            .is_none()
        {
            return Err(NestError::TooLarge {
                label: parts[g.part].label.clone(),
                w: 0.0,
                h: 0.0,
                spacing: 0.0,
                uw: length,
                uh: height,
                sw: length,
                sh: height,
                margin: 0.0,
                rotations: format!("{:?}", parts[g.part].rotations),
            });
        }
    }
    // The bottom-left layout is feasible; overlap minimisation shortens it from there.
    let mut by_gene: Vec<Option<Pose>> = vec![None; genes.len()];
    for p in &current.placed {
        by_gene[p.tag] = Some(p.pose);
    }
    let mut dts = Vec::with_capacity(genes.len());
    for pose in &by_gene {
        let pose = pose
            .ok_or_else(|| NestError::BadOptions(Message::new("refusal-nest-item-not-placed")))?;
        dts.push(jagua_rs::geometry::DTransformation::new(
            pose.rotation,
            pose.translation,
        ));
    }
    let initial = separate::Solution {
        width: current.x_reach * 1.00001,
        dts,
    };
    let items: Vec<Arc<Item>> = genes.iter().map(|g| prep.items[g.part].clone()).collect();
    let rotations: Vec<Vec<f32>> = genes
        .iter()
        .map(|g| prep.rotations[g.part].clone())
        .collect();
    let deadline = start + time_limit;
    let strip = separate::Strip {
        items: items.clone(),
        rotations,
        height: height as f32,
    };
    let (best, iterations) =
        separate::optimise(&prep.importer, strip, initial, &mut rng, deadline, workers);
    let mut reach = 0.0f64;
    let placements: Vec<Placement> = best
        .dts
        .iter()
        .enumerate()
        .map(|(gi, dt)| {
            use jagua_rs::geometry::geo_traits::Transformable;
            let b = items[gi].shape_cd().transform_clone(&dt.compose()).bbox();
            reach = reach.max(f64::from(b.x_max));
            placement_of(
                &prep,
                &genes[gi],
                Pose {
                    rotation: dt.rotation(),
                    translation: dt.translation(),
                },
                false,
            )
        })
        .collect();
    let length = reach;
    Ok(StripOutcome {
        density: total_area / (height * length),
        placements,
        length,
        iterations,
    })
}

/// Pairs of placements (by index) whose parts overlap by more than `tolerance` mm², and
/// placements that leave `[0, w] × [0, h]`: an independent check with `geo` booleans.
pub fn check_layout(polygons: &[Polygon<f64>], bounds: [f64; 2], tolerance: f64) -> Vec<String> {
    let mut problems = Vec::new();
    let sheet = Polygon::new(
        LineString::from(vec![
            (0.0, 0.0),
            (bounds[0], 0.0),
            (bounds[0], bounds[1]),
            (0.0, bounds[1]),
            (0.0, 0.0),
        ]),
        vec![],
    );
    let boxes: Vec<_> = polygons
        .iter()
        .map(geo::BoundingRect::bounding_rect)
        .collect();
    for (i, p) in polygons.iter().enumerate() {
        let outside = p.unsigned_area() - p.intersection(&sheet).unsigned_area();
        if outside > tolerance {
            problems.push(format!(
                "placement {i} reaches {outside:.3} mm² outside the sheet"
            ));
        }
        for j in i + 1..polygons.len() {
            let (Some(a), Some(b)) = (boxes[i], boxes[j]) else {
                continue;
            };
            if a.max().x < b.min().x
                || b.max().x < a.min().x
                || a.max().y < b.min().y
                || b.max().y < a.min().y
            {
                continue;
            }
            let overlap = p.intersection(&polygons[j]).unsigned_area();
            if overlap > tolerance {
                problems.push(format!(
                    "placements {i} and {j} overlap by {overlap:.3} mm²"
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{BoundingRect, Distance, Euclidean};

    fn rect(w: f64, h: f64) -> Polygon<f64> {
        Polygon::new(
            LineString::from(vec![(0.0, 0.0), (w, 0.0), (w, h), (0.0, h), (0.0, 0.0)]),
            vec![],
        )
    }

    #[test]
    fn refusals_are_phrased_in_each_language() {
        let e = NestError::TooLarge {
            label: "A1".into(),
            w: 3000.0,
            h: 100.5,
            spacing: 8.0,
            uw: 2420.0,
            uh: 1200.0,
            sw: 2440.0,
            sh: 1220.0,
            margin: 10.0,
            rotations: "0, 90".into(),
        };
        let m = e.message();
        let en = m.text(Lang::En);
        assert!(
            en.starts_with("part A1 (3,000.0 × 100.5 mm with 8 mm spacing)"),
            "{en}"
        );
        let de = m.text(Lang::De);
        assert!(
            de.contains("3.000,0 × 100,5 mm") && de.contains("Platte"),
            "{de}"
        );
        let bad = NestError::BadOptions(
            Message::new("refusal-nest-margin-too-wide")
                .arg("margin", 700.0)
                .arg("w", 1200.0)
                .arg("h", 1200.5),
        );
        assert_eq!(
            bad.to_string(),
            "a 700 mm margin leaves nothing of a 1,200 × 1,200.5 mm sheet"
        );
        for lang in [Lang::Fr, Lang::Es, Lang::Sw, Lang::De] {
            for m in [e.message(), bad.message(), NestError::Empty.message()] {
                let t = m.text(lang);
                assert!(!t.contains('⟦') && t != m.text(Lang::En), "{lang}: {t}");
            }
        }
    }

    fn part(label: &str, poly: Polygon<f64>, q: u32) -> NestPart {
        NestPart {
            label: label.into(),
            polygon: poly,
            quantity: q,
            rotations: vec![0.0, 90.0, 180.0, 270.0],
        }
    }

    fn quick() -> NestOptions {
        NestOptions {
            time_limit: Duration::from_secs(2),
            max_stall: 40,
            ..NestOptions::default()
        }
    }

    fn placed(parts: &[NestPart], s: &SheetLayout) -> Vec<Polygon<f64>> {
        s.placements
            .iter()
            .map(|p| p.polygon(&parts[p.part].polygon))
            .collect()
    }

    #[test]
    fn eight_quarter_sheets_fill_two_sheets_with_spacing_kept() {
        // 8 panels of 1200 × 590: two per row, two rows: 4 per sheet → 2 sheets.
        let parts = vec![part("P", rect(1200.0, 590.0), 8)];
        let opts = NestOptions {
            margin: 10.0,
            spacing: 8.0,
            sheet: [2440.0, 1220.0],
            ..quick()
        };
        let out = nest(&parts, &opts, &mut |_| {}).unwrap();
        assert_eq!(out.lower_bound, 2);
        assert_eq!(out.sheets.len(), 2);
        for s in &out.sheets {
            let polys = placed(&parts, s);
            assert!(check_layout(&polys, opts.sheet, 1e-6).is_empty());
            for (i, a) in polys.iter().enumerate() {
                let r = a.bounding_rect().unwrap();
                assert!(
                    r.min().x >= 10.0 - 1e-3 && r.min().y >= 10.0 - 1e-3,
                    "{r:?}"
                );
                assert!(
                    r.max().x <= 2430.0 + 1e-3 && r.max().y <= 1210.0 + 1e-3,
                    "{r:?}"
                );
                for b in &polys[i + 1..] {
                    let d = Euclidean.distance(a, b);
                    assert!(d >= 8.0 - 0.01, "gap {d}");
                }
            }
        }
    }

    #[test]
    fn small_parts_go_into_a_large_hole() {
        let frame = Polygon::new(
            rect(500.0, 500.0).exterior().clone(),
            vec![LineString::from(vec![
                (50.0, 50.0),
                (450.0, 50.0),
                (450.0, 450.0),
                (50.0, 450.0),
                (50.0, 50.0),
            ])],
        );
        let parts = vec![part("F", frame, 1), part("s", rect(100.0, 100.0), 4)];
        let opts = NestOptions {
            sheet: [520.0, 520.0],
            margin: 5.0,
            spacing: 4.0,
            ..quick()
        };
        let out = nest(&parts, &opts, &mut |_| {}).unwrap();
        assert_eq!(out.sheets.len(), 1);
        let s = &out.sheets[0];
        assert_eq!(s.placements.iter().filter(|p| p.in_hole).count(), 4);
        assert!(check_layout(&placed(&parts, s), opts.sheet, 1e-6).is_empty());
    }

    #[test]
    fn too_large_names_the_part_and_numbers() {
        let parts = vec![part("WB-SKIN", rect(2500.0, 600.0), 1)];
        let err = nest(&parts, &quick(), &mut |_| {}).unwrap_err().to_string();
        assert!(
            err.contains("WB-SKIN") && err.contains("2500.0 × 600.0"),
            "{err}"
        );
    }

    #[test]
    fn same_seed_same_layout() {
        let parts = vec![
            part("A", rect(300.0, 200.0), 5),
            part("B", rect(150.0, 420.0), 3),
            part("C", rect(90.0, 90.0), 7),
        ];
        let opts = NestOptions {
            sheet: [1000.0, 600.0],
            max_iterations: 30,
            max_stall: u64::MAX,
            time_limit: Duration::from_secs(60),
            ..NestOptions::default()
        };
        let a = nest(&parts, &opts, &mut |_| {}).unwrap();
        let b = nest(&parts, &opts, &mut |_| {}).unwrap();
        let flat = |o: &NestOutcome| {
            o.sheets
                .iter()
                .flat_map(|s| s.placements.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(flat(&a), flat(&b));
        for s in &a.sheets {
            assert!(check_layout(&placed(&parts, s), opts.sheet, 1e-6).is_empty());
        }
    }

    /// 300 copies of eight shapes (panels, L brackets, frames with a hole, small squares
    /// and triangles), as a mixed job on 2440 × 1220 sheets.
    pub(super) fn mixed_job(scale: u32) -> Vec<NestPart> {
        let ell = Polygon::new(
            LineString::from(vec![
                (0.0, 0.0),
                (400.0, 0.0),
                (400.0, 120.0),
                (120.0, 120.0),
                (120.0, 300.0),
                (0.0, 300.0),
                (0.0, 0.0),
            ]),
            vec![],
        );
        let frame = Polygon::new(
            rect(500.0, 400.0).exterior().clone(),
            vec![LineString::from(vec![
                (60.0, 60.0),
                (440.0, 60.0),
                (440.0, 340.0),
                (60.0, 340.0),
                (60.0, 60.0),
            ])],
        );
        let tri = Polygon::new(
            LineString::from(vec![(0.0, 0.0), (250.0, 0.0), (0.0, 180.0), (0.0, 0.0)]),
            vec![],
        );
        let mut grain = part("G", rect(900.0, 150.0), 10 * scale);
        grain.rotations = vec![0.0, 180.0];
        vec![
            part("P", rect(1200.0, 300.0), 10 * scale),
            grain,
            part("L", ell, 40 * scale),
            part("F", frame, 20 * scale),
            part("T", tri, 60 * scale),
            part("S", rect(80.0, 80.0), 80 * scale),
            part("R", rect(300.0, 200.0), 50 * scale),
            part("N", rect(40.0, 160.0), 30 * scale),
        ]
    }

    /// A small mixed job (40 copies) for the slower steps in unoptimised test builds.
    pub(super) fn small_job() -> Vec<NestPart> {
        let mut parts = mixed_job(1);
        for p in &mut parts {
            p.quantity = (p.quantity / 8).max(1);
        }
        parts
    }

    pub(super) fn small_sheet() -> NestOptions {
        NestOptions {
            sheet: [1600.0, 1220.0],
            ..NestOptions::default()
        }
    }

    /// Every copy once, no overlap, inside the sheet, spacing and margin kept, rotations
    /// allowed.
    pub(super) fn assert_valid(parts: &[NestPart], out: &NestOutcome, opts: &NestOptions) {
        let mut seen = std::collections::BTreeSet::new();
        for s in &out.sheets {
            let polys = placed(parts, s);
            // (Booleans on large rotated polygons leave ~1e-6 mm² of noise.)
            let problems = check_layout(&polys, opts.sheet, 1e-3);
            assert!(problems.is_empty(), "{problems:?}");
            let boxes: Vec<_> = polys.iter().map(|p| p.bounding_rect().unwrap()).collect();
            for (i, p) in s.placements.iter().enumerate() {
                assert!(seen.insert((p.part, p.instance)), "copy placed twice");
                assert!(
                    parts[p.part].rotations.iter().any(|r| (r - p.rotation)
                        .rem_euclid(360.0)
                        .min((p.rotation - r).rem_euclid(360.0))
                        < 1e-3),
                    "rotation {} not allowed for {}",
                    p.rotation,
                    parts[p.part].label
                );
                let r = boxes[i];
                let m = opts.margin - 1e-3;
                assert!(
                    r.min().x >= m
                        && r.min().y >= m
                        && r.max().x <= opts.sheet[0] - m
                        && r.max().y <= opts.sheet[1] - m,
                    "{r:?} within the margin"
                );
                for j in i + 1..polys.len() {
                    let b = boxes[j];
                    let near = opts.spacing;
                    if r.max().x + near < b.min().x
                        || b.max().x + near < r.min().x
                        || r.max().y + near < b.min().y
                        || b.max().y + near < r.min().y
                    {
                        continue;
                    }
                    let d = Euclidean.distance(&polys[i], &polys[j]);
                    assert!(d >= opts.spacing - 0.01, "gap {d} between {i} and {j}");
                }
            }
        }
        let total: u32 = parts.iter().map(|p| p.quantity).sum();
        assert_eq!(seen.len(), total as usize);
    }

    #[test]
    fn three_hundred_parts_in_two_seconds_come_back_valid_within_four() {
        let parts = mixed_job(1);
        assert_eq!(parts.iter().map(|p| p.quantity).sum::<u32>(), 300);
        let opts = NestOptions {
            time_limit: Duration::from_secs(2),
            first_layout_limit: Duration::from_secs(2),
            ..NestOptions::default()
        };
        let t = Instant::now();
        let mut calls = 0;
        let out = nest(&parts, &opts, &mut |_| calls += 1).expect("a layout");
        let took = t.elapsed();
        assert!(took < Duration::from_secs(4), "took {took:?}");
        assert!(calls >= 1);
        assert!(out.first_seconds <= out.seconds);
        assert_valid(&parts, &out, &opts);
    }

    #[test]
    fn no_time_at_all_still_gives_a_layout_in_rows() {
        let parts = mixed_job(1);
        let opts = NestOptions {
            time_limit: Duration::ZERO,
            first_layout_limit: Duration::ZERO,
            ..NestOptions::default()
        };
        let out = nest(&parts, &opts, &mut |_| {}).expect("a layout");
        assert_eq!(out.in_rows, 300);
        assert_valid(&parts, &out, &opts);
    }

    #[test]
    fn same_seed_and_iterations_same_layout_on_many_sheets() {
        let parts = small_job();
        let opts = NestOptions {
            max_iterations: 4,
            max_stall: u64::MAX,
            time_limit: Duration::from_secs(600),
            seed: 9,
            ..small_sheet()
        };
        let a = nest(&parts, &opts, &mut |_| {}).unwrap();
        let b = nest(&parts, &opts, &mut |_| {}).unwrap();
        let flat = |o: &NestOutcome| {
            o.sheets
                .iter()
                .map(|s| s.placements.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(a.iterations, 4);
        assert_eq!(flat(&a), flat(&b));
        assert_valid(&parts, &a, &opts);
    }

    #[test]
    fn strip_packing_shortens_the_bottom_left_strip_without_overlap() {
        // Right triangles pair into squares: 8 of them (20 × 20) and 4 L shapes fill a
        // 40-high strip well only when items interlock, which bottom-left alone does not do.
        let tri = Polygon::new(
            LineString::from(vec![(0.0, 0.0), (20.0, 0.0), (0.0, 20.0), (0.0, 0.0)]),
            vec![],
        );
        let ell = Polygon::new(
            LineString::from(vec![
                (0.0, 0.0),
                (20.0, 0.0),
                (20.0, 10.0),
                (10.0, 10.0),
                (10.0, 20.0),
                (0.0, 20.0),
                (0.0, 0.0),
            ]),
            vec![],
        );
        let parts = vec![part("T", tri, 8), part("L", ell, 4)];
        let quick = strip_pack(&parts, 40.0, Duration::from_millis(1), 3, 1).expect("packs");
        // Unoptimised test builds are many times slower: give them longer.
        let budget = Duration::from_secs(if cfg!(debug_assertions) { 5 } else { 2 });
        let out = strip_pack(&parts, 40.0, budget, 3, 2).expect("packs");
        assert_eq!(out.placements.len(), 12);
        let polys: Vec<Polygon<f64>> = out
            .placements
            .iter()
            .map(|p| p.polygon(&parts[p.part].polygon))
            .collect();
        let problems = check_layout(&polys, [out.length, 40.0], 1e-3);
        assert!(problems.is_empty(), "{problems:?}");
        let area: f64 = polys.iter().map(Area::unsigned_area).sum();
        assert!((area - 8.0 * 200.0 - 4.0 * 300.0).abs() < 1e-6);
        assert!((out.density - area / (40.0 * out.length)).abs() < 1e-9);
        // 2800 mm² over a 40 mm strip is at least 70 mm long.
        assert!(out.length >= 70.0 - 1e-6, "length {}", out.length);
        assert!(
            out.length <= quick.length * 0.95,
            "density {} (length {}), bottom-left alone {}",
            out.density,
            out.length,
            quick.length
        );
    }
}
