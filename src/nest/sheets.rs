//! Sheets: the bottom-left construction under a deadline, the shelf rows that finish a
//! construction cut short by it, and the refinement that empties the least-filled sheet
//! into the others with the overlap-minimising separator on a fixed-size sheet.
//!
//! A part in another part's hole ("child") stays with its host: the host's collision shape
//! is its outline without holes, so whatever does not overlap the host does not overlap
//! its children. Hosts with children keep their rotation when they move, and the children
//! move with them by the same translation.

use std::sync::Arc;
use std::time::Instant;

use jagua_rs::entities::Item;
use jagua_rs::geometry::DTransformation;
use jagua_rs::geometry::geo_traits::Transformable;
use jagua_rs::geometry::primitives::Rect;
use rand::RngExt;
use rand_pcg::Pcg64Mcg;

use super::place::{Bin, EPS, Pose};
use super::separate::{self, SeparatorConfig, Solution, Strip};
use super::{Gene, NestOptions, Prepared, hole_bins_of, placement_of, rect_container};

/// One part copy on a sheet, in jagua's internal terms.
#[derive(Debug, Clone, Copy)]
pub(super) struct Put {
    pub gene: Gene,
    pub pose: Pose,
    /// The index (on the same sheet) of the part whose hole this one is in.
    pub host: Option<usize>,
}

/// Sheets of placed copies.
pub(super) type Sheets = Vec<Vec<Put>>;

/// Separation on one sheet: shorter than the strip's exploration (each attempt is one of
/// many), same sampling.
const SHEET_SEPARATION: SeparatorConfig = SeparatorConfig {
    iter_no_improvement: 50,
    strikes: 2,
    container_samples: 50,
    focussed_samples: 25,
    coord_descents: 3,
};

/// How many other sheets one copy is tried on when emptying a sheet.
const SHEETS_TRIED: usize = 3;

/// The usable rectangle of a sheet for inflated shapes: `(x0, y0, width, height)`.
pub(super) fn usable(opts: &NestOptions) -> (f64, f64, f64, f64) {
    let half = opts.spacing / 2.0;
    let inner = (opts.margin - half).max(0.0);
    (
        inner,
        inner,
        opts.sheet[0] - 2.0 * inner,
        opts.sheet[1] - 2.0 * inner,
    )
}

/// A sheet being filled: its bin, the parts put on it, and the holes open for parts.
type OpenSheet = (Bin, Vec<Put>, Vec<(Bin, usize)>);

fn dt(pose: Pose) -> DTransformation {
    DTransformation::new(pose.rotation, pose.translation)
}

/// The bounding box of a put's collision shape.
fn put_box(prep: &Prepared, p: &Put) -> Rect {
    prep.items[p.gene.part]
        .shape_cd()
        .transform_clone(&dt(p.pose).compose())
        .bbox()
}

/// The rotated collision shape's bounding box at rotation `r` (radians), untranslated.
fn rotated_box(item: &Arc<Item>, r: f32) -> Rect {
    item.shape_cd()
        .transform_clone(&DTransformation::new(r, (0.0, 0.0)).compose())
        .bbox()
}

/// Σ net part area on a sheet.
pub(super) fn sheet_area(prep: &Prepared, sheet: &[Put]) -> f64 {
    sheet.iter().map(|p| prep.area[p.gene.part]).sum()
}

/// How far along x a sheet is used (shape edge + half the spacing).
pub(super) fn reach(prep: &Prepared, sheet: &[Put], opts: &NestOptions) -> f64 {
    sheet
        .iter()
        .filter(|p| p.host.is_none())
        .map(|p| f64::from(put_box(prep, p).x_max))
        .fold(0.0, f64::max)
        + opts.spacing / 2.0
}

/// Builds sheets by first fit in `order`: holes of placed parts first, then open sheets,
/// then a new sheet. At `deadline` it stops and returns the sheets so far and how many
/// genes of `order` it placed.
pub(super) fn build(
    prep: &Prepared,
    order: &[Gene],
    opts: &NestOptions,
    rng: &mut Pcg64Mcg,
    deadline: Instant,
) -> (Sheets, usize) {
    let (x0, y0, w, h) = usable(opts);
    // Per sheet: the bin, the puts, the hole bins with their host's index.
    let mut bins: Vec<OpenSheet> = Vec::new();
    let mut hole_id = 1000u64;
    let mut done_genes = order.len();
    for (gi, g) in order.iter().enumerate() {
        if Instant::now() >= deadline {
            done_genes = gi;
            break;
        }
        let item = &prep.items[g.part];
        let mut rots = prep.rotations[g.part].clone();
        let k = g.first_rotation % rots.len().max(1);
        rots.rotate_left(k);
        let mut done = false;
        for (bin, puts, hole_bins) in &mut bins {
            for (hb, host) in hole_bins.iter_mut() {
                if hb.area + item.area() > hb.layout.container().area()
                    || !hb.could_fit(item, &rots)
                {
                    continue;
                }
                if let Some(pose) = hb.insert(item, &rots, rng, 4, 0) {
                    puts.push(Put {
                        gene: *g,
                        pose,
                        host: Some(*host),
                    });
                    done = true;
                    break;
                }
            }
            if done {
                break;
            }
            // A sheet without the free area for the part cannot take it.
            if bin.area + item.area() > bin.layout.container().area() {
                continue;
            }
            if let Some(pose) = bin.insert(item, &rots, rng, 6, 0) {
                let p = placement_of(prep, g, pose, false);
                let host = puts.len();
                puts.push(Put {
                    gene: *g,
                    pose,
                    host: None,
                });
                hole_bins.extend(
                    hole_bins_of(prep, &p, &mut hole_id)
                        .into_iter()
                        .map(|b| (b, host)),
                );
                done = true;
                break;
            }
        }
        if !done {
            let Some(c) = rect_container(&prep.importer, bins.len() as u64, x0, y0, w, h) else {
                continue;
            };
            let mut bin = Bin::new(c);
            if let Some(pose) = bin.insert(item, &rots, rng, 6, 0) {
                let p = placement_of(prep, g, pose, false);
                let hole_bins = hole_bins_of(prep, &p, &mut hole_id)
                    .into_iter()
                    .map(|b| (b, 0))
                    .collect();
                bins.push((
                    bin,
                    vec![Put {
                        gene: *g,
                        pose,
                        host: None,
                    }],
                    hole_bins,
                ));
            }
        }
    }
    (
        bins.into_iter().map(|(_, puts, _)| puts).collect(),
        done_genes,
    )
}

/// Places `rest` quickly on new sheets in rows of bounding boxes (each copy in its allowed
/// rotation that lies flattest and fits), tallest first. Copies that fit no empty sheet in
/// any rotation are left out (the caller checked there are none).
pub(super) fn shelves(prep: &Prepared, rest: &[Gene], opts: &NestOptions) -> Sheets {
    let (x0, y0, w, h) = usable(opts);
    let (x0, y0, x1, y1) = (x0 as f32, y0 as f32, (x0 + w) as f32, (y0 + h) as f32);
    let mut boxed: Vec<(Gene, f32, Rect)> = rest
        .iter()
        .filter_map(|g| {
            let item = &prep.items[g.part];
            prep.rotations[g.part]
                .iter()
                .map(|&r| (r, rotated_box(item, r)))
                .filter(|(_, b)| b.width() <= x1 - x0 && b.height() <= y1 - y0)
                .min_by(|a, b| a.1.height().total_cmp(&b.1.height()))
                .map(|(r, b)| (*g, r, b))
        })
        .collect();
    boxed.sort_by(|a, b| {
        b.2.height()
            .total_cmp(&a.2.height())
            .then(a.0.part.cmp(&b.0.part))
            .then(a.0.instance.cmp(&b.0.instance))
    });
    let mut sheets: Sheets = Vec::new();
    let (mut x, mut y, mut row) = (x0, y0, 0.0f32);
    let mut current: Vec<Put> = Vec::new();
    for (g, r, b) in boxed {
        if x + b.width() > x1 {
            x = x0;
            y += row + EPS;
            row = 0.0;
        }
        if y + b.height() > y1 {
            if !current.is_empty() {
                sheets.push(std::mem::take(&mut current));
            }
            x = x0;
            y = y0;
            row = 0.0;
        }
        current.push(Put {
            gene: g,
            pose: Pose {
                rotation: r,
                translation: (x - b.x_min, y - b.y_min),
            },
            host: None,
        });
        x += b.width() + EPS;
        row = row.max(b.height());
    }
    if !current.is_empty() {
        sheets.push(current);
    }
    sheets
}

/// A top-level put and the indices of its children on the same sheet.
fn units(sheet: &[Put]) -> Vec<(usize, Vec<usize>)> {
    let mut out: Vec<(usize, Vec<usize>)> = sheet
        .iter()
        .enumerate()
        .filter(|(_, p)| p.host.is_none())
        .map(|(i, _)| (i, Vec::new()))
        .collect();
    for (i, p) in sheet.iter().enumerate() {
        if let Some(h) = p.host
            && let Some(u) = out.iter_mut().find(|(k, _)| *k == h)
        {
            u.1.push(i);
        }
    }
    out
}

/// A unit taken off a sheet: the host and its children (absolute poses).
#[derive(Debug, Clone)]
struct Unit {
    host: Put,
    children: Vec<Put>,
}

impl Unit {
    /// The host's allowed rotations while it moves: its own only when it carries children.
    fn rotations(&self, prep: &Prepared) -> Vec<f32> {
        if self.children.is_empty() {
            prep.rotations[self.host.gene.part].clone()
        } else {
            vec![self.host.pose.rotation]
        }
    }

    fn area(&self, prep: &Prepared) -> f64 {
        prep.area[self.host.gene.part]
            + self
                .children
                .iter()
                .map(|c| prep.area[c.gene.part])
                .sum::<f64>()
    }

    /// Appends the unit to `sheet` with the host at `pose` (children follow).
    fn put_on(&self, sheet: &mut Vec<Put>, pose: Pose) {
        let at = sheet.len();
        let d = (
            pose.translation.0 - self.host.pose.translation.0,
            pose.translation.1 - self.host.pose.translation.1,
        );
        let rotated = (pose.rotation - self.host.pose.rotation).abs() > 1e-6;
        sheet.push(Put { pose, ..self.host });
        if rotated {
            // Hosts with children never rotate (see `rotations`).
            debug_assert!(self.children.is_empty());
        }
        for c in &self.children {
            sheet.push(Put {
                gene: c.gene,
                pose: Pose {
                    rotation: c.pose.rotation,
                    translation: (c.pose.translation.0 + d.0, c.pose.translation.1 + d.1),
                },
                host: Some(at),
            });
        }
    }
}

/// The sheet split into units.
fn take_units(sheet: &[Put]) -> Vec<Unit> {
    units(sheet)
        .into_iter()
        .map(|(h, kids)| Unit {
            host: sheet[h],
            children: kids.iter().map(|&k| sheet[k]).collect(),
        })
        .collect()
}

/// A bin holding a sheet's top-level parts as they are.
fn sheet_bin(prep: &Prepared, sheet: &[Put], opts: &NestOptions) -> Option<Bin> {
    let (x0, y0, w, h) = usable(opts);
    let mut bin = Bin::new(rect_container(&prep.importer, 0, x0, y0, w, h)?);
    for (i, p) in sheet.iter().enumerate() {
        if p.host.is_none() {
            bin.put(&prep.items[p.gene.part], p.pose, i);
        }
    }
    Some(bin)
}

/// Tries to fit `unit` onto `sheet` without moving anything: bottom-left candidates.
fn insert_unit(
    prep: &Prepared,
    sheet: &mut Vec<Put>,
    unit: &Unit,
    opts: &NestOptions,
    rng: &mut Pcg64Mcg,
) -> bool {
    let Some(mut bin) = sheet_bin(prep, sheet, opts) else {
        return false;
    };
    let item = &prep.items[unit.host.gene.part];
    if bin.area + item.area() > bin.layout.container().area() {
        return false;
    }
    match bin.insert(item, &unit.rotations(prep), rng, 6, sheet.len()) {
        Some(pose) => {
            unit.put_on(sheet, pose);
            true
        }
        None => false,
    }
}

/// Tries to fit `unit` onto `sheet` by overlap minimisation: the unit starts at a random
/// place, everything on the sheet may move (children with their hosts), until nothing
/// overlaps. The sheet is changed only on success.
fn separate_unit(
    prep: &Prepared,
    sheet: &mut Vec<Put>,
    unit: &Unit,
    opts: &NestOptions,
    rng: &mut Pcg64Mcg,
    deadline: Instant,
) -> bool {
    let (x0, y0, w, h) = usable(opts);
    let (x0, y0) = (x0 as f32, y0 as f32);
    let mut all = take_units(sheet);
    let free = w * h - all.iter().map(|u| u.area(prep)).sum::<f64>();
    if free < unit.area(prep) {
        return false;
    }
    all.push(unit.clone());
    let items: Vec<Arc<Item>> = all
        .iter()
        .map(|u| prep.items[u.host.gene.part].clone())
        .collect();
    let rotations: Vec<Vec<f32>> = all.iter().map(|u| u.rotations(prep)).collect();
    let last = all.len() - 1;
    let mut dts: Vec<DTransformation> = all
        .iter()
        .map(|u| {
            let (tx, ty) = u.host.pose.translation;
            DTransformation::new(u.host.pose.rotation, (tx - x0, ty - y0))
        })
        .collect();
    // The newcomer starts anywhere inside the sheet, in one of its rotations.
    let rots = &rotations[last];
    let r = rots[rng.random_range(0..rots.len())];
    let b = rotated_box(&items[last], r);
    let (wf, hf) = (w as f32, h as f32);
    let span = |lo: f32, hi: f32, rng: &mut Pcg64Mcg| {
        if hi > lo {
            rng.random_range(lo..hi)
        } else {
            lo
        }
    };
    let tx = span(-b.x_min, wf - b.x_max, rng);
    let ty = span(-b.y_min, hf - b.y_max, rng);
    dts[last] = DTransformation::new(r, (tx, ty));
    let strip = Strip {
        items,
        rotations,
        height: hf,
    };
    let start = Solution { width: wf, dts };
    let Some(mut sep) = separate::Separator::new(&prep.importer, strip, &start) else {
        return false;
    };
    let (sol, loss) = sep.separate(&SHEET_SEPARATION, rng, deadline, 1);
    if loss != 0.0 {
        return false;
    }
    let mut out = Vec::with_capacity(sheet.len() + 1 + unit.children.len());
    for (u, d) in all.iter().zip(&sol.dts) {
        let (tx, ty) = d.translation();
        u.put_on(
            &mut out,
            Pose {
                rotation: d.rotation(),
                translation: (tx + x0, ty + y0),
            },
        );
    }
    *sheet = out;
    true
}

/// Tries to move every part of the least-filled sheet onto the others: first without
/// moving anything, then by separation on the sheets with the most free area. On success
/// the sheet is gone from `sheets`; on failure `sheets` is unchanged.
pub(super) fn empty_least_filled(
    prep: &Prepared,
    sheets: &mut Sheets,
    opts: &NestOptions,
    rng: &mut Pcg64Mcg,
    deadline: Instant,
) -> bool {
    if sheets.len() < 2 {
        return false;
    }
    let target = (0..sheets.len())
        .min_by(|&a, &b| {
            sheet_area(prep, &sheets[a])
                .total_cmp(&sheet_area(prep, &sheets[b]))
                .then(a.cmp(&b))
        })
        .unwrap_or(0);
    let mut trial = sheets.clone();
    let moving = take_units(&trial.remove(target));
    let mut moving: Vec<Unit> = moving;
    moving.sort_by(|a, b| b.area(prep).total_cmp(&a.area(prep)));
    // A little variety between attempts: swap two neighbours in the order now and then.
    if moving.len() > 1 && rng.random_range(0..2) == 0 {
        let i = rng.random_range(0..moving.len() - 1);
        moving.swap(i, i + 1);
    }
    for unit in &moving {
        if Instant::now() >= deadline {
            return false;
        }
        let mut by_free: Vec<usize> = (0..trial.len()).collect();
        by_free.sort_by(|&a, &b| {
            sheet_area(prep, &trial[a])
                .total_cmp(&sheet_area(prep, &trial[b]))
                .then(a.cmp(&b))
        });
        by_free.truncate(SHEETS_TRIED);
        let mut placed = by_free
            .iter()
            .any(|&s| insert_unit(prep, &mut trial[s], unit, opts, rng));
        if !placed {
            placed = by_free
                .iter()
                .any(|&s| separate_unit(prep, &mut trial[s], unit, opts, rng, deadline));
        }
        if !placed {
            return false;
        }
    }
    *sheets = trial;
    true
}

/// Re-packs the least-filled sheet bottom-left (so its offcut is one piece toward large x)
/// and puts it last; keeps the sheet as it is when the re-pack does not fit everything.
pub(super) fn settle_last(
    prep: &Prepared,
    sheets: &mut Sheets,
    opts: &NestOptions,
    rng: &mut Pcg64Mcg,
) {
    let Some(least) = (0..sheets.len()).min_by(|&a, &b| {
        sheet_area(prep, &sheets[a])
            .total_cmp(&sheet_area(prep, &sheets[b]))
            .then(a.cmp(&b))
    }) else {
        return;
    };
    let sheet = sheets.remove(least);
    let (x0, y0, w, h) = usable(opts);
    let mut units = take_units(&sheet);
    units.sort_by(|a, b| b.area(prep).total_cmp(&a.area(prep)));
    let repacked = rect_container(&prep.importer, 0, x0, y0, w, h).and_then(|c| {
        let mut bin = Bin::new(c);
        let mut out = Vec::with_capacity(sheet.len());
        for u in &units {
            let pose = bin.insert(&prep.items[u.host.gene.part], &u.rotations(prep), rng, 6, 0)?;
            u.put_on(&mut out, pose);
        }
        Some(out)
    });
    let keep = match repacked {
        Some(r) if reach(prep, &r, opts) <= reach(prep, &sheet, opts) => r,
        _ => sheet,
    };
    sheets.push(keep);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_valid, small_job};
    use super::super::{Built, NestOutcome, initial_order, prepare};
    use super::*;
    use rand::SeedableRng;
    use std::time::Duration;

    #[test]
    fn emptying_a_sheet_keeps_children_in_their_hosts_and_everything_valid() {
        // One sheet built bottom-left (frames with small parts in their holes), then every
        // other unit moved as it is to a second sheet: emptying that one must work.
        let parts = small_job();
        let opts = NestOptions::default();
        let prep = prepare(&parts, &opts).unwrap();
        let order = initial_order(&parts, &prep);
        let mut rng = Pcg64Mcg::seed_from_u64(5);
        let far = Instant::now() + Duration::from_secs(600);
        let (built, done) = build(&prep, &order, &opts, &mut rng, far);
        assert_eq!((built.len(), done), (1, order.len()));
        assert!(
            built[0].iter().any(|p| p.host.is_some()),
            "children in holes"
        );
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for (k, u) in take_units(&built[0]).iter().enumerate() {
            let to = if k % 2 == 0 { &mut a } else { &mut b };
            u.put_on(to, u.host.pose);
        }
        let mut sheets = vec![a, b];
        assert!(empty_least_filled(&prep, &mut sheets, &opts, &mut rng, far));
        assert_eq!(sheets.len(), 1);
        let built = Built::new(&prep, sheets, &opts);
        let out = NestOutcome {
            sheets: built.layouts(&prep, &opts),
            lower_bound: 0,
            part_area: 0.0,
            utilisation: 0.0,
            last_sheet_length: 0.0,
            iterations: 0,
            seconds: 0.0,
            first_seconds: 0.0,
            first_sheets: 0,
            in_rows: 0,
        };
        assert!(out.sheets[0].placements.iter().any(|p| p.in_hole));
        assert_valid(&parts, &out, &opts);
    }
}
