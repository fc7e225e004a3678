//! Placing one item at a time into a container: bottom-left candidates from the items
//! already there, slid left and down while jagua-rs reports no collision.

use std::sync::Arc;

use jagua_rs::collision_detection::hazards::filter::NoFilter;
use jagua_rs::entities::{Container, Item, Layout};
use jagua_rs::geometry::DTransformation;
use jagua_rs::geometry::geo_traits::{Transformable, TransformableFrom};
use jagua_rs::geometry::primitives::{Rect, SPolygon};
use rand::RngExt;
use rand_pcg::Pcg64Mcg;

/// Gap (in the instance's units) added between candidate positions and neighbours, so that
/// touching edges do not count as collisions in f32.
pub(crate) const EPS: f32 = 1e-3;

/// Where one item went, in jagua's internal terms (rotation in radians, translation of the
/// item's centred shape).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pose {
    pub rotation: f32,
    pub translation: (f32, f32),
}

/// One item in a bin: its pose and the caller's tag (which gene it is).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Placed {
    pub pose: Pose,
    pub tag: usize,
}

/// A container being filled, with the bounding boxes of what is in it.
#[derive(Clone)]
pub(crate) struct Bin {
    pub layout: Layout,
    pub boxes: Vec<Rect>,
    pub placed: Vec<Placed>,
    /// Rightmost x reached by any item.
    pub x_reach: f32,
    pub area: f32,
}

impl Bin {
    pub(crate) fn new(container: Container) -> Self {
        Bin {
            layout: Layout::new(container),
            boxes: Vec::new(),
            placed: Vec::new(),
            x_reach: f32::NEG_INFINITY,
            area: 0.0,
        }
    }

    fn bounds(&self) -> Rect {
        self.layout.container().outer_cd().bbox()
    }

    /// Whether `item`'s bounding box, in one of `rotations`, fits inside this container's
    /// bounding box: a cheap test before trying positions.
    pub(crate) fn could_fit(&self, item: &Arc<Item>, rotations: &[f32]) -> bool {
        let bounds = self.bounds();
        let (bw, bh) = (bounds.x_max - bounds.x_min, bounds.y_max - bounds.y_min);
        rotations.iter().any(|&r| {
            let b = item
                .shape_cd()
                .transform_clone(&DTransformation::new(r, (0.0, 0.0)).compose())
                .bbox();
            b.x_max - b.x_min <= bw && b.y_max - b.y_min <= bh
        })
    }

    /// Tries to place `item` with one of `rotations` (radians); returns the pose when it fits.
    /// `prefer_low_x`: minimise the item's right edge first (strips, sheets), then its top.
    pub(crate) fn insert(
        &mut self,
        item: &Arc<Item>,
        rotations: &[f32],
        rng: &mut Pcg64Mcg,
        samples: usize,
        tag: usize,
    ) -> Option<Pose> {
        let bounds = self.bounds();
        let mut best: Option<(f32, f32, Pose, Rect)> = None;
        for &rotation in rotations {
            let rotated = item
                .shape_cd()
                .transform_clone(&DTransformation::new(rotation, (0.0, 0.0)).compose());
            let b = rotated.bbox();
            let mut scratch = rotated.clone();
            let (w, h) = (b.x_max - b.x_min, b.y_max - b.y_min);
            if w > bounds.x_max - bounds.x_min || h > bounds.y_max - bounds.y_min {
                continue;
            }
            let mut corners: Vec<(f32, f32)> = Vec::with_capacity(2 * self.boxes.len() + 1);
            corners.push((bounds.x_min, bounds.y_min));
            for r in &self.boxes {
                corners.push((r.x_max + EPS, r.y_min));
                corners.push((r.x_min, r.y_max + EPS));
                corners.push((r.x_max + EPS, bounds.y_min));
            }
            for _ in 0..samples {
                let x_hi = (self.x_reach.max(bounds.x_min) + w).min(bounds.x_max - w);
                let x = rng.random_range(bounds.x_min..=x_hi.max(bounds.x_min));
                let y = rng.random_range(bounds.y_min..=(bounds.y_max - h).max(bounds.y_min));
                corners.push((x, y));
            }
            // Cheapest first: a candidate can only beat the best by its own corner.
            corners.sort_by(|a, c| {
                (a.0 + w, a.1)
                    .partial_cmp(&(c.0 + w, c.1))
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
            corners.dedup();
            for (cx, cy) in corners {
                if cx + w > bounds.x_max || cy + h > bounds.y_max {
                    continue;
                }
                if let Some((bx, by, ..)) = best
                    && (cx + w, cy) >= (bx, by)
                {
                    continue;
                }
                let t = (cx - b.x_min, cy - b.y_min);
                if self.collides(&rotated, &mut scratch, t) {
                    continue;
                }
                let t = self.slide(&rotated, &mut scratch, t);
                let key = (t.0 + b.x_max, t.1 + b.y_min);
                if best.is_none_or(|(bx, by, ..)| key < (bx, by)) {
                    let placed = Rect {
                        x_min: t.0 + b.x_min,
                        y_min: t.1 + b.y_min,
                        x_max: t.0 + b.x_max,
                        y_max: t.1 + b.y_max,
                    };
                    best = Some((
                        key.0,
                        key.1,
                        Pose {
                            rotation,
                            translation: t,
                        },
                        placed,
                    ));
                }
            }
        }
        let (_, _, pose, rect) = best?;
        self.place(item, pose, rect, tag);
        Some(pose)
    }

    /// Puts `item` at `pose` as it is (the caller knows it does not collide).
    pub(crate) fn put(&mut self, item: &Arc<Item>, pose: Pose, tag: usize) {
        let rect = item
            .shape_cd()
            .transform_clone(&DTransformation::new(pose.rotation, pose.translation).compose())
            .bbox();
        self.place(item, pose, rect, tag);
    }

    fn place(&mut self, item: &Arc<Item>, pose: Pose, rect: Rect, tag: usize) {
        self.layout
            .place_item(item, DTransformation::new(pose.rotation, pose.translation));
        self.x_reach = self.x_reach.max(rect.x_max);
        self.area += item.area();
        self.boxes.push(rect);
        self.placed.push(Placed { pose, tag });
    }

    /// Whether `rotated` moved by `t` collides; `scratch` (a clone of `rotated`) is reused
    /// so no polygon is allocated per check.
    fn collides(&self, rotated: &SPolygon, scratch: &mut SPolygon, t: (f32, f32)) -> bool {
        scratch.transform_from(rotated, &DTransformation::new(0.0, t).compose());
        self.layout.cde().detect_poly_collision(scratch, &NoFilter)
    }

    /// Moves the shape down and left while it stays free, halving the step each time.
    fn slide(&self, rotated: &SPolygon, scratch: &mut SPolygon, mut t: (f32, f32)) -> (f32, f32) {
        let bounds = self.bounds();
        let b = rotated.bbox();
        for _round in 0..3 {
            let mut moved = false;
            for axis in [1usize, 0] {
                let room = if axis == 0 {
                    t.0 + b.x_min - bounds.x_min
                } else {
                    t.1 + b.y_min - bounds.y_min
                };
                let mut step = room;
                while step > EPS * 4.0 {
                    let trial = if axis == 0 {
                        (t.0 - step, t.1)
                    } else {
                        (t.0, t.1 - step)
                    };
                    if self.collides(rotated, scratch, trial) {
                        step /= 2.0;
                    } else {
                        t = trial;
                        moved = true;
                    }
                }
            }
            if !moved {
                break;
            }
        }
        t
    }
}
