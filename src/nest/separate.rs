//! Strip packing by overlap minimisation: fix the strip length, let items overlap, and move
//! them one at a time to where they overlap least, until nothing overlaps; then shorten the
//! strip and repeat.
//!
//! The method follows Gardeyn, Vanden Berghe and Wauters, "An open-source heuristic to
//! reboot 2D nesting research" (2025, the `sparrow` solver); this is our own code on the
//! `jagua-rs` engine:
//! - overlap between two items is a smooth proxy computed from the poles (inscribed circles)
//!   of both shapes, counted only for pairs the engine says really collide;
//! - guided local search: pairs that keep overlapping get heavier weights;
//! - an item's move samples positions near it and across the strip, refines the best by
//!   coordinate descent, and stops evaluating a sample once it is worse than the ones kept;
//! - exploration shortens the strip after every success and restarts from disturbed
//!   layouts after failures; compression then tries small cuts at random places.
//!
//! Owns: the separation state (layout, per-pair losses and weights). Must not: know parts'
//! labels, sheets or files; it only sees jagua items and allowed rotations.

use std::cell::Cell;
use std::sync::Arc;
use std::time::Instant;

use jagua_rs::collision_detection::hazards::collector::{BasicHazardCollector, HazardCollector};
use jagua_rs::collision_detection::hazards::filter::NoFilter;
use jagua_rs::collision_detection::hazards::{BasicHazardEntity, HazKey, PItemKey};
use jagua_rs::entities::{Item, Layout};
use jagua_rs::geometry::DTransformation;
use jagua_rs::geometry::geo_traits::{Transformable, TransformableFrom};
use jagua_rs::geometry::primitives::{Rect, SPolygon};
use jagua_rs::io::import::Importer;
use rand::{RngExt, SeedableRng};
use rand_pcg::Pcg64Mcg;
use slotmap::SecondaryMap;

use super::rect_container;

/// Weight growth for the worst overlapping pair, and for the least.
const WEIGHT_MAX_INC: f32 = 2.0;
const WEIGHT_MIN_INC: f32 = 1.2;
/// Weight decay for pairs that no longer overlap.
const WEIGHT_DECAY: f32 = 0.95;
/// Distance (as a share of the larger diameter) over which the overlap proxy fades out.
const EPSILON_DIAM_RATIO: f32 = 0.01;
/// Coordinate descent: step growth on success, shrink on failure.
const CD_SUCCESS: f32 = 1.1;
const CD_FAIL: f32 = 0.5;
/// First refinement: initial and smallest step, as shares of the item's smaller side.
const PRE_REFINE: (f32, f32) = (0.25, 0.02);
/// Final refinement.
const FINAL_REFINE: (f32, f32) = (0.01, 0.001);
/// Samples closer than this share of the item's smaller side count as the same.
const UNIQUE_SAMPLE: f32 = 0.05;

/// Settings of one separation (a fixed strip length).
#[derive(Debug, Clone, Copy)]
pub(crate) struct SeparatorConfig {
    /// Iterations without a better layout before a strike.
    pub iter_no_improvement: usize,
    /// Strikes (attempts without substantial progress) before giving up.
    pub strikes: usize,
    /// Samples across the whole strip per move.
    pub container_samples: usize,
    /// Samples around the item's current place per move.
    pub focussed_samples: usize,
    /// Best samples refined by coordinate descent.
    pub coord_descents: usize,
}

/// Exploration settings.
pub(crate) const EXPLORE: SeparatorConfig = SeparatorConfig {
    iter_no_improvement: 200,
    strikes: 3,
    container_samples: 50,
    focussed_samples: 25,
    coord_descents: 3,
};

/// Compression settings.
pub(crate) const COMPRESS: SeparatorConfig = SeparatorConfig {
    iter_no_improvement: 100,
    strikes: 5,
    container_samples: 50,
    focussed_samples: 25,
    coord_descents: 3,
};

/// An interval `(low, high)` of translations.
type Span = (f32, f32);

/// The items to pack: one jagua item and its allowed rotations (radians) per instance, and
/// the strip's height.
pub(crate) struct Strip {
    /// Per instance: its jagua item (copies share one).
    pub items: Vec<Arc<Item>>,
    /// Per instance: allowed rotations, radians.
    pub rotations: Vec<Vec<f32>>,
    /// The strip's fixed height.
    pub height: f32,
}

/// A layout as plain data: the strip length and each instance's transformation.
#[derive(Debug, Clone)]
pub(crate) struct Solution {
    /// Strip length.
    pub width: f32,
    /// Per instance: the transformation of its jagua shape.
    pub dts: Vec<DTransformation>,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    loss: f32,
    weight: f32,
}

const FRESH: Entry = Entry {
    loss: 0.0,
    weight: 1.0,
};

/// Losses and weights of every pair of instances and of every instance with the strip's
/// outside.
#[derive(Debug, Clone)]
struct Tracker {
    n: usize,
    pair: Vec<Entry>,
    wall: Vec<Entry>,
}

impl Tracker {
    fn new(n: usize) -> Self {
        Tracker {
            n,
            pair: vec![FRESH; n * n],
            wall: vec![FRESH; n],
        }
    }

    fn loss(&self, i: usize) -> f32 {
        self.wall[i].loss
            + self.pair[i * self.n..(i + 1) * self.n]
                .iter()
                .map(|e| e.loss)
                .sum::<f32>()
    }

    fn total_loss(&self) -> f32 {
        let pairs: f32 = self.pair.iter().map(|e| e.loss).sum::<f32>() / 2.0;
        pairs + self.wall.iter().map(|e| e.loss).sum::<f32>()
    }

    fn total_weighted_loss(&self) -> f32 {
        let pairs: f32 = self.pair.iter().map(|e| e.loss * e.weight).sum::<f32>() / 2.0;
        pairs + self.wall.iter().map(|e| e.loss * e.weight).sum::<f32>()
    }

    fn update_weights(&mut self) {
        let max = self
            .pair
            .iter()
            .chain(self.wall.iter())
            .map(|e| e.loss)
            .fold(0.0f32, f32::max);
        for e in self.pair.iter_mut().chain(self.wall.iter_mut()) {
            let m = if e.loss == 0.0 {
                WEIGHT_DECAY
            } else {
                WEIGHT_MIN_INC + (WEIGHT_MAX_INC - WEIGHT_MIN_INC) * (e.loss / max)
            };
            e.weight = (e.weight * m).max(1.0);
        }
    }

    /// Copies the losses of `other`, keeping this tracker's weights.
    fn take_losses(&mut self, other: &Tracker) {
        for (a, b) in self.pair.iter_mut().zip(&other.pair) {
            a.loss = b.loss;
        }
        for (a, b) in self.wall.iter_mut().zip(&other.wall) {
            a.loss = b.loss;
        }
    }
}

fn shape_penalty(a: &SPolygon, b: &SPolygon) -> f32 {
    (a.surrogate().convex_hull_area.sqrt() * b.surrogate().convex_hull_area.sqrt()).sqrt()
}

/// The overlap proxy of two colliding shapes (always > 0).
fn pair_loss(a: &SPolygon, b: &SPolygon) -> f32 {
    let eps = a.diameter().max(b.diameter()) * EPSILON_DIAM_RATIO;
    let mut total = 0.0f32;
    for p in &a.surrogate().poles {
        for q in &b.surrogate().poles {
            let d = ((p.center.0 - q.center.0).powi(2) + (p.center.1 - q.center.1).powi(2)).sqrt();
            let pd = p.radius + q.radius - d;
            let decayed = if pd >= eps {
                pd
            } else {
                eps * eps / (-pd + 2.0 * eps)
            };
            total += decayed * p.radius.min(q.radius);
        }
    }
    let proxy = total * std::f32::consts::PI + eps * eps;
    proxy.sqrt() * shape_penalty(a, b)
}

/// How far a shape reaches out of the strip (always > 0 when it does).
fn wall_loss(s: &SPolygon, strip: Rect) -> f32 {
    let b = s.bbox();
    let outside = match Rect::intersection(b, strip) {
        Some(r) => (b.area() - r.area()) + 0.0001 * b.area(),
        None => {
            let (c, d) = (b.centroid(), strip.centroid());
            b.area() + ((c.0 - d.0).powi(2) + (c.1 - d.1).powi(2)).sqrt()
        }
    };
    2.0 * outside.sqrt() * shape_penalty(s, s)
}

/// The working state: a jagua layout of every instance plus the tracker.
#[derive(Clone)]
pub(crate) struct Separator {
    /// Per instance: the item.
    items: Vec<Arc<Item>>,
    /// Per instance: allowed rotations, radians.
    rotations: Vec<Vec<f32>>,
    height: f32,
    width: f32,
    layout: Layout,
    keys: Vec<PItemKey>,
    index: SecondaryMap<PItemKey, usize>,
    dts: Vec<DTransformation>,
    tracker: Tracker,
    /// Scratch shapes per instance (the item's shape, transformed in place).
    scratch: Vec<Option<SPolygon>>,
    /// Per instance and allowed rotation: the bounding box of the rotated shape.
    rotated_boxes: Vec<Vec<Rect>>,
    /// Scratch list of the hazards one evaluation hits.
    found: Vec<(HazKey, BasicHazardEntity)>,
}

/// Collects the hazards a sample hits and sums their weighted losses as it goes.
struct LossCollector<'a> {
    sep: &'a Separator,
    me: usize,
    my_key: HazKey,
    shape: &'a SPolygon,
    found: Vec<(HazKey, BasicHazardEntity)>,
    loss: &'a Cell<f32>,
}

impl HazardCollector for LossCollector<'_> {
    type Entity = BasicHazardEntity;

    fn contains_key(&self, hkey: HazKey) -> bool {
        hkey == self.my_key || self.found.iter().any(|(k, _)| *k == hkey)
    }

    fn insert(&mut self, hkey: HazKey, entity: BasicHazardEntity) {
        let l = match entity {
            BasicHazardEntity::PlacedItem { pk, .. } => match self.sep.index.get(pk) {
                Some(&j) => {
                    let other = &self.sep.layout.placed_items()[pk];
                    pair_loss(self.shape, other.shape())
                        * self.sep.tracker.pair[self.me * self.sep.tracker.n + j].weight
                }
                None => 0.0,
            },
            BasicHazardEntity::Exterior => {
                wall_loss(self.shape, self.sep.strip()) * self.sep.tracker.wall[self.me].weight
            }
            _ => 0.0,
        };
        self.loss.set(self.loss.get() + l);
        self.found.push((hkey, entity));
    }

    fn remove_by_key(&mut self, hkey: HazKey) {
        self.found.retain(|(k, _)| *k != hkey);
    }

    fn len(&self) -> usize {
        self.found.len()
    }

    fn iter(&self) -> impl Iterator<Item = (HazKey, &BasicHazardEntity)> {
        self.found.iter().map(|(k, e)| (*k, e))
    }
}

impl Separator {
    /// A separator for `items` (one per instance) in a strip `height` high, starting from
    /// `solution`.
    pub(crate) fn new(importer: &Importer, strip: Strip, solution: &Solution) -> Option<Self> {
        let Strip {
            items,
            rotations,
            height,
        } = strip;
        let container = rect_container(
            importer,
            0,
            0.0,
            0.0,
            f64::from(solution.width),
            f64::from(height),
        )?;
        let scratch = items
            .iter()
            .map(|i| Some(i.shape_cd().as_ref().clone()))
            .collect();
        let rotated_boxes = items
            .iter()
            .zip(&rotations)
            .map(|(item, rots)| {
                rots.iter()
                    .map(|&r| {
                        item.shape_cd()
                            .transform_clone(&DTransformation::new(r, (0.0, 0.0)).compose())
                            .bbox()
                    })
                    .collect()
            })
            .collect();
        let n = items.len();
        let mut sep = Separator {
            items,
            rotations,
            height,
            width: solution.width,
            layout: Layout::new(container),
            keys: Vec::with_capacity(n),
            index: SecondaryMap::new(),
            dts: solution.dts.clone(),
            tracker: Tracker::new(n),
            scratch,
            rotated_boxes,
            found: Vec::new(),
        };
        for i in 0..n {
            let key = sep.layout.place_item(&sep.items[i], sep.dts[i]);
            sep.keys.push(key);
            sep.index.insert(key, i);
        }
        sep.recompute_all();
        Some(sep)
    }

    /// The strip as a rectangle.
    fn strip(&self) -> Rect {
        Rect {
            x_min: 0.0,
            y_min: 0.0,
            x_max: self.width,
            y_max: self.height,
        }
    }

    /// The current layout as plain data.
    pub(crate) fn save(&self) -> Solution {
        Solution {
            width: self.width,
            dts: self.dts.clone(),
        }
    }

    /// Recomputes the losses of instance `i` against everything (weights kept). With
    /// `keep_found`, pairs already counted from the other item's side are kept (used when
    /// recounting every item, so a collision jagua sees from one side only still counts).
    fn recount(&mut self, i: usize, keep_found: bool) {
        let n = self.tracker.n;
        if !keep_found {
            for j in 0..n {
                self.tracker.pair[i * n + j].loss = 0.0;
                self.tracker.pair[j * n + i].loss = 0.0;
            }
            self.tracker.wall[i].loss = 0.0;
        }
        let key = self.keys[i];
        let pi = &self.layout.placed_items()[key];
        let shape = pi.shape().clone();
        let mut collector = BasicHazardCollector::new();
        self.layout
            .cde()
            .collect_poly_collisions(&shape, &NoFilter, &mut collector);
        let strip = self.strip();
        for (_, entity) in collector.iter() {
            match entity {
                BasicHazardEntity::PlacedItem { pk, .. } => {
                    if *pk == key {
                        continue;
                    }
                    if let Some(&j) = self.index.get(*pk) {
                        let other = self.layout.placed_items()[*pk].shape();
                        let l = pair_loss(&shape, other).max(self.tracker.pair[i * n + j].loss);
                        self.tracker.pair[i * n + j].loss = l;
                        self.tracker.pair[j * n + i].loss = l;
                    }
                }
                BasicHazardEntity::Exterior => {
                    self.tracker.wall[i].loss = wall_loss(&shape, strip);
                }
                _ => {}
            }
        }
    }

    /// Recomputes instance `i`'s losses after it moved.
    fn recompute(&mut self, i: usize) {
        self.recount(i, false);
    }

    /// Recomputes every loss, counting a pair when either side sees the collision.
    fn recompute_all(&mut self) {
        let n = self.tracker.n;
        for e in self
            .tracker
            .pair
            .iter_mut()
            .chain(self.tracker.wall.iter_mut())
        {
            e.loss = 0.0;
        }
        for i in 0..n {
            self.recount(i, true);
        }
    }

    /// Puts instance `i` at `dt` in the layout (its losses are left to the caller).
    fn relocate(&mut self, i: usize, dt: DTransformation) {
        let old = self.keys[i];
        self.layout.remove_item(old);
        self.index.remove(old);
        let key = self.layout.place_item(&self.items[i], dt);
        self.keys[i] = key;
        self.index.insert(key, i);
        self.dts[i] = dt;
    }

    /// Moves instance `i` to `dt` and updates its losses.
    fn move_item(&mut self, i: usize, dt: DTransformation) {
        self.relocate(i, dt);
        self.recompute(i);
    }

    /// Puts every instance where `sol` has it (same width), keeping the weights; losses are
    /// taken from `losses` when given, else recomputed.
    fn load(&mut self, sol: &Solution, losses: Option<&Tracker>) {
        for i in 0..self.items.len() {
            if self.dts[i] != sol.dts[i] {
                self.relocate(i, sol.dts[i]);
            }
        }
        match losses {
            Some(t) => self.tracker.take_losses(t),
            None => self.recompute_all(),
        }
    }

    /// Loads a solution of any width and resets the weights.
    pub(crate) fn restore(&mut self, importer: &Importer, sol: &Solution) {
        if sol.width != self.width && !self.set_width(importer, sol.width) {
            return;
        }
        self.tracker = Tracker::new(self.items.len());
        self.load(sol, None);
    }

    /// Swaps in a strip `width` long; false (and nothing changed) if that is not a valid
    /// container.
    fn set_width(&mut self, importer: &Importer, width: f32) -> bool {
        if let Some(c) = rect_container(
            importer,
            0,
            0.0,
            0.0,
            f64::from(width),
            f64::from(self.height),
        ) {
            self.layout.swap_container(c);
            self.width = width;
            true
        } else {
            false
        }
    }

    /// Changes the strip length: items whose centre lies right of `split` shift with the end.
    /// Weights are reset.
    pub(crate) fn change_width(&mut self, importer: &Importer, width: f32, split: f32) {
        let delta = width - self.width;
        if !self.set_width(importer, width) {
            return;
        }
        for i in 0..self.items.len() {
            let c = self.layout.placed_items()[self.keys[i]].shape().centroid();
            if c.0 > split {
                let (tx, ty) = self.dts[i].translation();
                let dt = DTransformation::new(self.dts[i].rotation(), (tx + delta, ty));
                self.relocate(i, dt);
            }
        }
        self.tracker = Tracker::new(self.items.len());
        self.recompute_all();
    }

    /// Weighted loss of instance `i` at `dt`, or infinity once it exceeds `bound`.
    fn evaluate(&mut self, i: usize, my_key: HazKey, dt: DTransformation, bound: f32) -> f32 {
        // The scratch shape and hit list are taken out while `self` is borrowed, then put back.
        let mut shape = self.scratch[i]
            .take()
            .unwrap_or_else(|| SPolygon::clone(self.items[i].shape_cd()));
        shape.transform_from(self.items[i].shape_cd(), &dt.compose());
        let mut found = std::mem::take(&mut self.found);
        found.clear();
        let loss = Cell::new(0.0f32);
        let result = {
            let mut collector = LossCollector {
                sep: self,
                me: i,
                my_key,
                shape: &shape,
                found,
                loss: &loss,
            };
            let cde = self.layout.cde();
            // Stops as soon as the loss so far exceeds the bound (a `Copy` closure, used twice).
            let stop = |_e: BasicHazardEntity| loss.get() > bound;
            let stopped =
                cde.collect_surrogate_collisions_until(&shape, &NoFilter, &mut collector, stop)
                    || cde.collect_poly_collisions_until(&shape, &NoFilter, &mut collector, stop);
            let result = if stopped || loss.get() > bound {
                f32::INFINITY
            } else {
                loss.get()
            };
            (result, collector.found)
        };
        let (result, found) = result;
        self.found = found;
        self.scratch[i] = Some(shape);
        result
    }

    /// The range of translations that keep instance `i` at its `k`-th allowed rotation
    /// inside the strip and inside `region`: `(x range, y range)`, or `None`.
    fn ranges(&self, i: usize, k: usize, region: Rect) -> Option<(Span, Span)> {
        let b = self.rotated_boxes[i][k];
        let x = (
            (0.0 - b.x_min).max(region.x_min),
            (self.width - b.x_max).min(region.x_max),
        );
        let y = (
            (0.0 - b.y_min).max(region.y_min),
            (self.height - b.y_max).min(region.y_max),
        );
        (x.0 <= x.1 && y.0 <= y.1).then_some((x, y))
    }

    /// Finds a better place for instance `i` and moves it there (Algorithm 6 of the paper).
    fn search_and_move(&mut self, i: usize, cfg: &SeparatorConfig, rng: &mut Pcg64Mcg) {
        let entity: BasicHazardEntity =
            (self.keys[i], &self.layout.placed_items()[self.keys[i]]).into();
        let Some(my_key) = self.layout.cde().haz_key(&entity) else {
            return;
        };
        let bbox = self.items[i].shape_cd().bbox();
        let min_dim = bbox.width().min(bbox.height());
        let mut best = BestSamples::new(cfg.coord_descents, min_dim * UNIQUE_SAMPLE);
        let current = self.dts[i];
        let e = self.evaluate(i, my_key, current, best.upper_bound());
        best.report(current, e);
        let rotations = self.rotations[i].clone();
        let placed_bbox = self.layout.placed_items()[self.keys[i]].shape().bbox();
        let everywhere = Rect {
            x_min: f32::NEG_INFINITY,
            y_min: f32::NEG_INFINITY,
            x_max: f32::INFINITY,
            y_max: f32::INFINITY,
        };
        for (region, count) in [
            (placed_bbox, cfg.focussed_samples),
            (everywhere, cfg.container_samples),
        ] {
            let entries: Vec<(f32, Span, Span)> = rotations
                .iter()
                .enumerate()
                .filter_map(|(k, &r)| self.ranges(i, k, region).map(|(x, y)| (r, x, y)))
                .collect();
            if entries.is_empty() {
                continue;
            }
            for _ in 0..count {
                let (r, x, y) = entries[rng.random_range(0..entries.len())];
                let tx = if x.1 > x.0 {
                    rng.random_range(x.0..x.1)
                } else {
                    x.0
                };
                let ty = if y.1 > y.0 {
                    rng.random_range(y.0..y.1)
                } else {
                    y.0
                };
                let dt = DTransformation::new(r, (tx, ty));
                let e = self.evaluate(i, my_key, dt, best.upper_bound());
                best.report(dt, e);
            }
        }
        for (dt, e) in best.samples.clone() {
            let refined = self.descend(i, my_key, (dt, e), min_dim, PRE_REFINE, rng);
            best.report(refined.0, refined.1);
        }
        if let Some(start) = best.best() {
            let (dt, _) = self.descend(i, my_key, start, min_dim, FINAL_REFINE, rng);
            self.move_item(i, dt);
        }
    }

    /// Coordinate descent from `start`, with steps `steps` × `min_dim`.
    fn descend(
        &mut self,
        i: usize,
        my_key: HazKey,
        start: (DTransformation, f32),
        min_dim: f32,
        steps: (f32, f32),
        rng: &mut Pcg64Mcg,
    ) -> (DTransformation, f32) {
        let (mut pos, mut eval) = start;
        if min_dim.is_nan() || min_dim <= 0.0 {
            return start;
        }
        let mut step = (min_dim * steps.0, min_dim * steps.0);
        let limit = min_dim * steps.1;
        let mut axis = rng.random_range(0..4u8);
        let mut guard = 0;
        while (step.0 >= limit || step.1 >= limit) && guard < 1000 {
            guard += 1;
            let (tx, ty) = pos.translation();
            let r = pos.rotation();
            let (sx, sy) = step;
            let cands = match axis {
                0 => [(tx + sx, ty), (tx - sx, ty)],
                1 => [(tx, ty + sy), (tx, ty - sy)],
                2 => [(tx + sx, ty + sy), (tx - sx, ty - sy)],
                _ => [(tx - sx, ty + sy), (tx + sx, ty - sy)],
            };
            let mut best_c = (pos, f32::INFINITY);
            for t in cands {
                let dt = DTransformation::new(r, t);
                let e = self.evaluate(i, my_key, dt, eval);
                if e < best_c.1 || best_c.1.is_infinite() && e.is_finite() {
                    best_c = (dt, e);
                }
            }
            let better = best_c.1 < eval;
            let worse = best_c.1 > eval;
            if !worse && best_c.1.is_finite() {
                pos = best_c.0;
                eval = best_c.1;
            }
            let m = if better { CD_SUCCESS } else { CD_FAIL };
            match axis {
                0 => step.0 *= m,
                1 => step.1 *= m,
                _ => {
                    step.0 *= m.sqrt();
                    step.1 *= m.sqrt();
                }
            }
            if !better {
                axis = rng.random_range(0..4u8);
            }
        }
        (pos, eval)
    }

    /// One pass: every colliding instance, in random order, moves to a better place.
    fn move_items(&mut self, cfg: &SeparatorConfig, rng: &mut Pcg64Mcg) {
        let mut colliding: Vec<usize> = (0..self.items.len())
            .filter(|&i| self.tracker.loss(i) > 0.0)
            .collect();
        for k in (1..colliding.len()).rev() {
            let j = rng.random_range(0..=k);
            colliding.swap(k, j);
        }
        for i in colliding {
            if self.tracker.loss(i) > 0.0 {
                self.search_and_move(i, cfg, rng);
            }
        }
    }

    /// `workers` copies each make one pass from the current layout, in their own random
    /// order, on their own thread; the copy with the least weighted overlap is kept.
    fn move_items_multi(&mut self, cfg: &SeparatorConfig, rng: &mut Pcg64Mcg, workers: usize) {
        if workers <= 1 {
            self.move_items(cfg, rng);
            return;
        }
        let seeds: Vec<u64> = (0..workers).map(|_| rng.random()).collect();
        let mut copies: Vec<Separator> = (1..workers).map(|_| self.clone()).collect();
        let finished = std::thread::scope(|scope| {
            let mut handles = Vec::with_capacity(copies.len());
            for (copy, seed) in copies.iter_mut().zip(&seeds[1..]) {
                let cfg = *cfg;
                let seed = *seed;
                handles.push(scope.spawn(move || {
                    let mut r = Pcg64Mcg::seed_from_u64(seed);
                    copy.move_items(&cfg, &mut r);
                }));
            }
            let mut r = Pcg64Mcg::seed_from_u64(seeds[0]);
            self.move_items(cfg, &mut r);
            handles
                .into_iter()
                .map(|h| h.join().is_ok())
                .collect::<Vec<bool>>()
        });
        let mut best_loss = self.tracker.total_weighted_loss();
        let mut best: Option<usize> = None;
        for (k, c) in copies.iter().enumerate() {
            let l = c.tracker.total_weighted_loss();
            // A copy whose thread panicked may be half-moved: never take it.
            if finished.get(k).copied().unwrap_or(false) && l < best_loss {
                best_loss = l;
                best = Some(k);
            }
        }
        if let Some(k) = best {
            *self = copies.swap_remove(k);
        }
    }

    /// Drives the overlap to zero at the current width, or as low as it gets (Algorithm 9).
    /// Returns the best layout found and its loss (0 = feasible).
    pub(crate) fn separate(
        &mut self,
        cfg: &SeparatorConfig,
        rng: &mut Pcg64Mcg,
        deadline: Instant,
        workers: usize,
    ) -> (Solution, f32) {
        let mut best = (self.save(), self.tracker.clone());
        let mut min_loss = self.tracker.total_loss();
        if min_loss == 0.0 {
            if self.layout.is_collision_free() {
                return (best.0, 0.0);
            }
            self.recompute_all();
            best = (self.save(), self.tracker.clone());
            min_loss = self.tracker.total_loss().max(f32::MIN_POSITIVE);
        }
        let mut strikes = 0;
        'outer: while strikes < cfg.strikes && Instant::now() < deadline {
            let mut no_improvement = 0;
            let initial = self.tracker.total_loss();
            while no_improvement < cfg.iter_no_improvement {
                if Instant::now() >= deadline {
                    break 'outer;
                }
                self.move_items_multi(cfg, rng, workers);
                let mut loss = self.tracker.total_loss();
                // Zero loss: confirm with jagua from every item's side before calling the
                // layout feasible; if that disagrees, recount every pair from both sides.
                let mut feasible = false;
                if loss == 0.0 {
                    feasible = self.layout.is_collision_free();
                    if !feasible {
                        self.recompute_all();
                        loss = self.tracker.total_loss().max(f32::MIN_POSITIVE);
                    }
                }
                if feasible {
                    best = (self.save(), self.tracker.clone());
                    min_loss = 0.0;
                    break 'outer;
                } else if loss < min_loss {
                    if loss < min_loss * 0.98 {
                        no_improvement = 0;
                    }
                    best = (self.save(), self.tracker.clone());
                    min_loss = loss;
                } else {
                    no_improvement += 1;
                }
                self.tracker.update_weights();
            }
            if initial * 0.98 <= min_loss {
                strikes += 1;
            } else {
                strikes = 0;
            }
            self.load(&best.0, Some(&best.1));
        }
        self.load(&best.0, Some(&best.1));
        (best.0, min_loss)
    }

    /// Swaps two large instances (and what lies under them) to leave a local optimum.
    pub(crate) fn disrupt(&mut self, rng: &mut Pcg64Mcg) {
        let n = self.items.len();
        if n < 2 {
            return;
        }
        let hull = |i: usize| self.items[i].shape_cd().surrogate().convex_hull_area;
        let mut by_hull: Vec<usize> = (0..n).collect();
        by_hull.sort_by(|&a, &b| hull(b).total_cmp(&hull(a)));
        let total: f32 = by_hull.iter().map(|&i| hull(i)).sum();
        let mut acc = 0.0;
        let mut cutoff = 0.0;
        for &i in &by_hull {
            acc += hull(i);
            if acc > total * 0.75 {
                cutoff = hull(i);
                break;
            }
        }
        let large: Vec<usize> = (0..n).filter(|&i| hull(i) >= cutoff).collect();
        if large.is_empty() {
            return;
        }
        let a = large[rng.random_range(0..large.len())];
        let (area_a, diam_a) = (
            self.items[a].shape_cd().area(),
            self.items[a].shape_cd().diameter(),
        );
        let different: Vec<usize> = large
            .iter()
            .copied()
            .filter(|&j| {
                let s = self.items[j].shape_cd();
                (s.area() - area_a).abs() > area_a * 0.01
                    && (s.diameter() - diam_a).abs() > diam_a * 0.01
            })
            .collect();
        let b = if different.is_empty() {
            let mut b = rng.random_range(0..n - 1);
            if b >= a {
                b += 1;
            }
            b
        } else {
            different[rng.random_range(0..different.len())]
        };
        let (old_a, old_b) = (self.dts[a], self.dts[b]);
        let new_a = self.nearest_allowed(a, old_b);
        let new_b = self.nearest_allowed(b, old_a);
        self.move_item(a, new_a);
        self.move_item(b, new_b);
        // What now lies under a moved item goes to the space that item left.
        // They keep their pose relative to it: old · new⁻¹ maps its new place onto the old.
        for (moved, other, old, new) in [(a, b, old_a, new_a), (b, a, old_b, new_b)] {
            let convert = new.compose().inverse().transform(&old.compose());
            for c in self.contained_in(moved, other) {
                let dt = self.dts[c].compose().transform(&convert).decompose();
                let dt = self.nearest_allowed(c, dt);
                self.move_item(c, dt);
            }
        }
    }

    /// Instances (other than `skip`) whose pole of inaccessibility lies inside instance `i`.
    fn contained_in(&self, i: usize, skip: usize) -> Vec<usize> {
        use jagua_rs::geometry::geo_traits::CollidesWith;
        let shape = self.layout.placed_items()[self.keys[i]].shape().clone();
        let mut collector = BasicHazardCollector::new();
        self.layout
            .cde()
            .collect_poly_collisions(&shape, &NoFilter, &mut collector);
        let mut out = Vec::new();
        for (_, e) in collector.iter() {
            if let BasicHazardEntity::PlacedItem { pk, .. } = e
                && let Some(&j) = self.index.get(*pk)
                && j != i
                && j != skip
            {
                let poi = self.layout.placed_items()[*pk].shape().poi();
                if shape.collides_with(&poi.center) {
                    out.push(j);
                }
            }
        }
        out
    }

    /// `dt` with its rotation snapped to the nearest one instance `i` allows.
    fn nearest_allowed(&self, i: usize, dt: DTransformation) -> DTransformation {
        let r = dt.rotation();
        let tau = std::f32::consts::TAU;
        let best = self.rotations[i]
            .iter()
            .copied()
            .min_by(|a, b| {
                let da = ((r - a).rem_euclid(tau)).min((a - r).rem_euclid(tau));
                let db = ((r - b).rem_euclid(tau)).min((b - r).rem_euclid(tau));
                da.total_cmp(&db)
            })
            .unwrap_or(0.0);
        DTransformation::new(best, dt.translation())
    }
}

/// The few best samples of a search, kept apart from each other.
struct BestSamples {
    size: usize,
    samples: Vec<(DTransformation, f32)>,
    unique: f32,
}

impl BestSamples {
    fn new(size: usize, unique: f32) -> Self {
        BestSamples {
            size: size.max(1),
            samples: Vec::new(),
            unique,
        }
    }

    fn similar(&self, a: DTransformation, b: DTransformation) -> bool {
        let (ax, ay) = a.translation();
        let (bx, by) = b.translation();
        (ax - bx).abs() < self.unique
            && (ay - by).abs() < self.unique
            && (a.rotation() - b.rotation()).abs() < 1f32.to_radians()
    }

    fn upper_bound(&self) -> f32 {
        if self.samples.len() >= self.size {
            self.samples[self.size - 1].1
        } else {
            f32::INFINITY
        }
    }

    fn report(&mut self, dt: DTransformation, e: f32) {
        if e.is_nan() || e >= self.upper_bound() {
            return;
        }
        let similar: Vec<f32> = self
            .samples
            .iter()
            .filter(|(d, _)| self.similar(*d, dt))
            .map(|(_, e)| *e)
            .collect();
        if similar.is_empty() {
            if self.samples.len() == self.size {
                self.samples.pop();
            }
        } else if similar.iter().all(|s| e < *s) {
            let keep: Vec<(DTransformation, f32)> = self
                .samples
                .iter()
                .copied()
                .filter(|(d, _)| !self.similar(*d, dt))
                .collect();
            self.samples = keep;
        } else {
            return;
        }
        self.samples.push((dt, e));
        self.samples.sort_by(|a, b| a.1.total_cmp(&b.1));
    }

    fn best(&self) -> Option<(DTransformation, f32)> {
        self.samples.first().copied()
    }
}

/// Shortens the strip from the feasible `initial` layout until `deadline`: exploration for
/// the first 80 % of the time, compression for the rest. Returns the shortest feasible
/// layout found and the number of separations run.
pub(crate) fn optimise(
    importer: &Importer,
    strip: Strip,
    initial: Solution,
    rng: &mut Pcg64Mcg,
    deadline: Instant,
    workers: usize,
) -> (Solution, u64) {
    let start = Instant::now();
    let total = deadline.saturating_duration_since(start);
    let explore_end = start + total.mul_f32(0.8);
    let Some(mut sep) = Separator::new(importer, strip, &initial) else {
        return (initial, 0);
    };
    let mut best = initial.clone();
    let mut runs = 0u64;
    let mut pool: Vec<(Solution, f32)> = Vec::new();
    while Instant::now() < explore_end {
        let (sol, loss) = sep.separate(&EXPLORE, rng, explore_end, workers);
        runs += 1;
        if loss == 0.0 {
            if sol.width < best.width {
                best = sol.clone();
            }
            let next = sep.width * (1.0 - 0.001);
            let split = sep.width / 2.0;
            sep.change_width(importer, next, split);
            pool.clear();
        } else {
            let at = pool.partition_point(|(_, l)| *l <= loss);
            pool.insert(at, (sol, loss));
            // |N(0, 0.25)|, favouring the least overlapping layouts.
            let u1: f32 = rng.random_range(f32::EPSILON..1.0);
            let u2: f32 = rng.random_range(0.0..1.0);
            let z = ((-2.0 * u1.ln()).sqrt() * (std::f32::consts::TAU * u2).cos()).abs() * 0.25;
            let idx = ((z.min(0.999)) * pool.len() as f32) as usize;
            let chosen = pool[idx.min(pool.len() - 1)].0.clone();
            sep.restore(importer, &chosen);
            sep.disrupt(rng);
        }
    }
    let compress_start = Instant::now();
    let compress_time = deadline
        .saturating_duration_since(compress_start)
        .as_secs_f32();
    while Instant::now() < deadline {
        let ratio = compress_start.elapsed().as_secs_f32() / compress_time.max(1e-6);
        let step = 0.0005 + ratio * (0.00001 - 0.0005);
        sep.restore(importer, &best);
        let split = rng.random_range(0.0..best.width.max(f32::EPSILON));
        sep.change_width(importer, best.width * (1.0 - step), split);
        let (sol, loss) = sep.separate(&COMPRESS, rng, deadline, workers);
        runs += 1;
        if loss == 0.0 && sol.width < best.width {
            best = sol;
        }
    }
    (best, runs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jagua_rs::io::ext_repr::{ExtItem, ExtOrientation, ExtRotation, ExtSPolygon, ExtShape};

    fn square(side: f32, id: usize) -> Arc<Item> {
        let ext = ExtItem {
            id: id as u64,
            orientation: ExtOrientation {
                rotation: ExtRotation::Discrete { angles: vec![0.0] },
                reflection_axes: vec![],
            },
            shape: ExtShape::SimplePolygon(ExtSPolygon(vec![
                (0.0, 0.0),
                (side, 0.0),
                (side, side),
                (0.0, side),
            ])),
            min_quality: None,
        };
        super::super::importer()
            .import_item(&ext, id)
            .expect("a square imports")
    }

    fn at(item: &Item, x: f32, y: f32) -> SPolygon {
        item.shape_cd()
            .transform_clone(&DTransformation::new(0.0, (x, y)).compose())
    }

    #[test]
    fn the_overlap_proxy_is_positive_and_grows_with_penetration() {
        let a = square(10.0, 0);
        let base = at(&a, 0.0, 0.0);
        let losses: Vec<f32> = [9.9, 9.0, 5.0, 0.0]
            .iter()
            .map(|&dx| pair_loss(&base, &at(&a, dx, 0.0)))
            .collect();
        assert!(losses[0] > 0.0, "{losses:?}");
        assert!(
            losses.windows(2).all(|w| w[0] < w[1]),
            "deeper overlap must cost more: {losses:?}"
        );
        // Out of the strip: more outside costs more.
        let strip = Rect {
            x_min: 0.0,
            y_min: 0.0,
            x_max: 100.0,
            y_max: 20.0,
        };
        // (`at` places the square's centre.)
        let w = [1.0f32, 5.0, 9.0].map(|out| wall_loss(&at(&a, 100.0 - 5.0 + out, 5.0), strip));
        assert!(w[0] > 0.0 && w[0] < w[1] && w[1] < w[2], "{w:?}");
    }

    #[test]
    fn separation_pulls_two_stacked_squares_apart() {
        // Two 10 mm squares on the same spot in a 30 × 10 strip: one must move aside.
        let a = square(10.0, 0);
        let importer = super::super::importer();
        let strip = Strip {
            items: vec![a.clone(), a.clone()],
            rotations: vec![vec![0.0], vec![0.0]],
            height: 10.001,
        };
        let c = a.shape_cd().bbox();
        let centre = DTransformation::new(0.0, (-c.x_min, -c.y_min));
        let start = Solution {
            width: 30.0,
            dts: vec![centre, centre],
        };
        let mut sep = Separator::new(&importer, strip, &start).expect("separator");
        assert!(sep.tracker.total_loss() > 0.0);
        let mut rng = Pcg64Mcg::seed_from_u64(7);
        let deadline = Instant::now() + std::time::Duration::from_secs(10);
        let (sol, loss) = sep.separate(&EXPLORE, &mut rng, deadline, 1);
        assert_eq!(loss, 0.0);
        assert!(sep.layout.is_collision_free());
        let (x0, _) = sol.dts[0].translation();
        let (x1, _) = sol.dts[1].translation();
        assert!((x0 - x1).abs() >= 10.0 - 1e-3, "{x0} {x1}");
    }

    #[test]
    fn best_samples_keep_the_few_best_and_drop_near_duplicates() {
        let mut b = BestSamples::new(2, 1.0);
        let dt = |x: f32| DTransformation::new(0.0, (x, 0.0));
        b.report(dt(0.0), 5.0);
        b.report(dt(10.0), 3.0);
        b.report(dt(20.0), 4.0);
        assert_eq!(b.samples.len(), 2);
        assert_eq!(b.best().map(|s| s.1), Some(3.0));
        assert_eq!(b.upper_bound(), 4.0);
        // A sample next to the best one replaces it only when better.
        b.report(dt(10.5), 3.5);
        assert_eq!(b.best().map(|s| s.1), Some(3.0));
        b.report(dt(10.5), 1.0);
        assert_eq!(b.samples.len(), 2);
        assert_eq!(
            b.best().map(|s| (s.0.translation().0, s.1)),
            Some((10.5, 1.0))
        );
        assert!(b.samples.iter().all(|s| s.0.translation().0 != 10.0));
    }
}
