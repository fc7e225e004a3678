//! Nesting quality: the ESICUP strip-packing instances against sparrow's published
//! figures, and the shipped designs on a CNC sheet and a laser bed. Every final layout is
//! checked independently of the optimiser (geo booleans for overlap and containment).
//!
//! Run: `cargo bench --bench nesting` (prints Markdown tables; figures go in BENCHMARKS.md).
//!
//! Settings (environment variables):
//! - `NEST_TIME`: seconds per ESICUP run (default 60);
//! - `NEST_SEEDS`: seeds 1..=N per instance (default 5);
//! - `NEST_THREADS`: OS threads running jobs side by side (default 1);
//! - `NEST_WORKERS`: worker threads inside each strip-packing run (default 2: one run uses
//!   both cores, as sparrow's 60 s figures do);
//! - `NEST_SHIPPED=0`: skip the shipped designs;
//! - `NEST_SECTIONS`: which parts run, comma-separated (default
//!   `esicup,shipped,projects,detailed`): `projects` nests several shipped designs together
//!   (50, 200, 500 and 1,000 parts, and the shipped project's 232; `NEST_PROJECTS=50,200` picks, `NEST_PROJECT_TIME`
//!   seconds each, default 60); `detailed` writes the many-vertex instances to
//!   `benches/data/` and strip-packs them with simplified and with exact collision shapes;
//! - `NEST_INSTANCES`: comma-separated instance names (default: all twelve);
//! - `NEST_ESICUP_DIR`: where the instances are (default `../shared/data/esicup` from the repository root).
//!
//! Example: `NEST_TIME=5 NEST_SEEDS=1 NEST_INSTANCES=fu,albano cargo bench --bench nesting`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use barnraise::nest::{
    NestOptions, NestPart, Placement, StripOutcome, check_layout, nest, strip_pack, strip_pack_with,
};
use geo::{Area, BoundingRect, Coord, Distance, Euclidean, LineString, Polygon};
use serde::Deserialize;

/// sparrow, single 60 s runs on 2 cores (from the instances' README; `None` = not given).
const SPARROW_60S: &[(&str, Option<f64>, Option<f64>)] = &[
    ("albano", Some(87.91), Some(87.87)),
    ("dagli", Some(86.66), Some(86.28)),
    ("fu", None, Some(90.77)),
    ("jakobs1", Some(89.07), Some(89.06)),
    ("jakobs2", None, Some(80.40)),
    ("mao", Some(85.52), Some(84.64)),
    ("marques", None, Some(90.35)),
    ("shapes0", None, Some(66.48)),
    ("shapes1", None, Some(73.12)),
    ("shirts", Some(87.49), Some(87.92)),
    ("swim", Some(76.18), Some(75.27)),
    ("trousers", Some(90.57), Some(91.03)),
];

/// Sheets for the shipped designs: name, size, spacing (mm). Margin is 10 mm on both.
const SHEETS: &[(&str, [f64; 2], f64)] = &[
    ("2440×1220 CNC", [2440.0, 1220.0], 8.0),
    ("600×400 laser", [600.0, 400.0], 1.0),
];
const MARGIN: f64 = 10.0;

#[derive(Deserialize)]
struct InstanceFile {
    name: String,
    strip_height: f64,
    items: Vec<ItemFile>,
}

#[derive(Deserialize)]
struct ItemFile {
    id: u64,
    demand: u32,
    allowed_orientations: Vec<f64>,
    shape: ShapeFile,
}

#[derive(Deserialize)]
struct ShapeFile {
    #[serde(rename = "type")]
    kind: String,
    data: Vec<[f64; 2]>,
}

/// An ESICUP instance ready for [`strip_pack`].
struct Instance {
    name: String,
    height: f64,
    parts: Vec<NestPart>,
    item_count: u32,
}

struct Settings {
    time: Duration,
    seeds: u64,
    threads: usize,
    instances: Option<Vec<String>>,
    dir: PathBuf,
}

/// Worker threads inside one strip-packing run (`NEST_WORKERS`, default 2).
fn workers() -> usize {
    env_or("NEST_WORKERS", 2usize).max(1)
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a valid value")),
        Err(_) => default,
    }
}

fn settings() -> Settings {
    let secs: f64 = env_or("NEST_TIME", 60.0);
    assert!(
        secs.is_finite() && secs > 0.0,
        "NEST_TIME must be above 0 s"
    );
    let seeds: u64 = env_or("NEST_SEEDS", 5);
    assert!(seeds >= 1, "NEST_SEEDS must be at least 1");
    let threads: usize = env_or("NEST_THREADS", 1);
    assert!(threads >= 1, "NEST_THREADS must be at least 1");
    let instances = std::env::var("NEST_INSTANCES").ok().map(|v| {
        v.split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    });
    let dir = std::env::var("NEST_ESICUP_DIR").map_or_else(
        |_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/esicup"),
        PathBuf::from,
    );
    Settings {
        time: Duration::from_secs_f64(secs),
        seeds,
        threads,
        instances,
        dir,
    }
}

fn load_instance(path: &Path) -> Instance {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let file: InstanceFile = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not an ESICUP instance: {e}", path.display()));
    let parts: Vec<NestPart> = file
        .items
        .iter()
        .map(|item| {
            assert_eq!(
                item.shape.kind,
                "simple_polygon",
                "{}: item {} has an unsupported shape type",
                path.display(),
                item.id
            );
            let mut ring: Vec<Coord<f64>> = item
                .shape
                .data
                .iter()
                .map(|&[x, y]| Coord { x, y })
                .collect();
            if ring.first() != ring.last() {
                ring.push(ring[0]);
            }
            NestPart {
                label: format!("{}#{}", file.name, item.id),
                polygon: Polygon::new(LineString::new(ring), vec![]),
                quantity: item.demand,
                rotations: item.allowed_orientations.clone(),
            }
        })
        .collect();
    Instance {
        item_count: parts.iter().map(|p| p.quantity).sum(),
        name: file.name,
        height: file.strip_height,
        parts,
    }
}

fn load_instances(s: &Settings) -> Vec<Instance> {
    let names: Vec<String> = match &s.instances {
        Some(list) => list.clone(),
        None => SPARROW_60S.iter().map(|(n, ..)| (*n).to_string()).collect(),
    };
    names
        .iter()
        .map(|n| load_instance(&s.dir.join(format!("{n}.json"))))
        .collect()
}

/// Runs `work` on every job on `threads` OS threads pulling from a shared queue; results
/// come back in job order.
fn run_parallel<J: Sync, R: Send>(
    jobs: &[J],
    threads: usize,
    work: impl Fn(&J) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..jobs.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads.min(jobs.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { break };
                    let r = work(job);
                    results.lock().expect("a worker thread panicked")[i] = Some(r);
                }
            });
        }
    });
    results
        .into_inner()
        .expect("a worker thread panicked")
        .into_iter()
        .map(|r| r.expect("every job ran"))
        .collect()
}

/// One strip-packing run and its independent check.
struct StripRun {
    density: f64,
    iterations: u64,
    seconds: f64,
    /// Overlap, containment and completeness problems (empty = ok).
    problems: Vec<String>,
}

fn placed_polygons(parts: &[NestPart], placements: &[Placement]) -> Vec<Polygon<f64>> {
    placements
        .iter()
        .map(|p| p.polygon(&parts[p.part].polygon))
        .collect()
}

/// Every item copy placed exactly once.
fn completeness(parts: &[NestPart], placements: &[Placement]) -> Vec<String> {
    let expected: u32 = parts.iter().map(|p| p.quantity).sum();
    let distinct: BTreeSet<(usize, u32)> =
        placements.iter().map(|p| (p.part, p.instance)).collect();
    let mut problems = Vec::new();
    if placements.len() != expected as usize || distinct.len() != placements.len() {
        problems.push(format!(
            "{} placements ({} distinct) for {expected} item copies",
            placements.len(),
            distinct.len()
        ));
    }
    if let Some(p) = placements
        .iter()
        .find(|p| p.part >= parts.len() || p.instance >= parts[p.part].quantity)
    {
        problems.push(format!(
            "placement of unknown copy {}/{}",
            p.part, p.instance
        ));
    }
    problems
}

fn check_strip(inst: &Instance, out: &StripOutcome) -> Vec<String> {
    let h = inst.height;
    let mut problems = completeness(&inst.parts, &out.placements);
    if !(out.length.is_finite() && out.length > 0.0) {
        problems.push(format!("used length {} is not positive", out.length));
        return problems;
    }
    let polys = placed_polygons(&inst.parts, &out.placements);
    problems.extend(check_layout(&polys, [out.length + 1e-3, h], 1e-6 * h * h));
    let eps = 1e-6 * h;
    for (i, p) in polys.iter().enumerate() {
        let Some(r) = p.bounding_rect() else {
            problems.push(format!("placement {i} has no extent"));
            continue;
        };
        if r.min().x < -eps
            || r.min().y < -eps
            || r.max().x > out.length + eps
            || r.max().y > h + eps
        {
            problems.push(format!(
                "placement {i} spans x {:.4}..{:.4}, y {:.4}..{:.4}: outside [0, {:.4}] × [0, {h}]",
                r.min().x,
                r.max().x,
                r.min().y,
                r.max().y,
                out.length
            ));
        }
    }
    let area: f64 = polys.iter().map(Area::unsigned_area).sum();
    let density = area / (h * out.length);
    if (density - out.density).abs() > 1e-6 {
        problems.push(format!(
            "reported density {:.6} but the placed area gives {density:.6}",
            out.density
        ));
    }
    problems
}

fn strip_run(inst: &Instance, seed: u64, time: Duration) -> Result<StripRun, String> {
    let start = Instant::now();
    let out =
        strip_pack(&inst.parts, inst.height, time, seed, workers()).map_err(|e| e.to_string())?;
    let seconds = start.elapsed().as_secs_f64();
    let problems = check_strip(inst, &out);
    Ok(StripRun {
        density: out.density,
        iterations: out.iterations,
        seconds,
        problems,
    })
}

fn sparrow_60s(name: &str) -> Option<f64> {
    let (_, a, b) = SPARROW_60S.iter().find(|(n, ..)| *n == name)?;
    let v: Vec<f64> = [*a, *b].into_iter().flatten().collect();
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len().max(1) as f64
}

fn esicup(s: &Settings) {
    let instances = load_instances(s);
    let jobs: Vec<(usize, u64)> = (1..=s.seeds)
        .flat_map(|seed| (0..instances.len()).map(move |i| (i, seed)))
        .collect();
    eprintln!(
        "ESICUP: {} jobs × {:.0} s on {} threads ≈ {:.1} min",
        jobs.len(),
        s.time.as_secs_f64(),
        s.threads,
        jobs.len() as f64 * s.time.as_secs_f64() / s.threads as f64 / 60.0
    );
    let start = Instant::now();
    let results = run_parallel(&jobs, s.threads, |&(i, seed)| {
        let inst = &instances[i];
        let r = strip_run(inst, seed, s.time);
        match &r {
            Ok(run) => eprintln!(
                "[{:7.1} s] {} seed {seed}: {:.2} %, {} iterations, {}",
                start.elapsed().as_secs_f64(),
                inst.name,
                run.density * 100.0,
                run.iterations,
                if run.problems.is_empty() {
                    "ok".to_string()
                } else {
                    format!(
                        "{} problems: {}",
                        run.problems.len(),
                        run.problems.join("; ")
                    )
                }
            ),
            Err(e) => eprintln!("{} seed {seed}: strip_pack failed: {e}", inst.name),
        }
        r
    });
    let wall = start.elapsed().as_secs_f64();

    println!("## ESICUP strip packing\n");
    println!(
        "{} s per run, seeds 1..={}, {} threads; density = Σ item area / (strip height × used length). \
         sparrow 60 s = mean of the README's single 60 s runs (2 cores). \
         Check: every copy placed once, `check_layout` on [0, length] × [0, height] \
         (area tolerance 1e-6 × height²), bounding boxes within the strip (ε = 1e-6 × height), \
         density recomputed from the placed polygons.\n",
        s.time.as_secs_f64(),
        s.seeds,
        s.threads
    );
    println!(
        "| instance | items | runs | mean density % | best density % | sparrow 60 s % | gap (pts) | iterations (mean) | s/run | overlap check |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let mut gaps = Vec::new();
    let mut all_problems = Vec::new();
    for (i, inst) in instances.iter().enumerate() {
        let mut densities = Vec::new();
        let mut iterations = Vec::new();
        let mut seconds = Vec::new();
        let mut problems = 0usize;
        let mut failures = Vec::new();
        for ((job_i, seed), r) in jobs.iter().zip(&results) {
            if *job_i != i {
                continue;
            }
            match r {
                Ok(run) => {
                    densities.push(run.density * 100.0);
                    iterations.push(run.iterations as f64);
                    seconds.push(run.seconds);
                    problems += run.problems.len();
                    all_problems.extend(
                        run.problems
                            .iter()
                            .map(|p| format!("{} seed {seed}: {p}", inst.name)),
                    );
                }
                Err(e) => failures.push(format!("seed {seed}: {e}")),
            }
        }
        let sparrow = sparrow_60s(&inst.name);
        let (mean_d, best_d) = if densities.is_empty() {
            ("—".to_string(), "—".to_string())
        } else {
            let best = densities.iter().copied().fold(f64::MIN, f64::max);
            (format!("{:.2}", mean(&densities)), format!("{best:.2}"))
        };
        let gap = match (sparrow, densities.is_empty()) {
            (Some(sp), false) => {
                let g = mean(&densities) - sp;
                gaps.push(g);
                format!("{g:+.2}")
            }
            _ => "—".to_string(),
        };
        let mut check = if problems == 0 {
            "ok".to_string()
        } else {
            format!("{problems} problems")
        };
        if !failures.is_empty() {
            check = format!("{check}; strip_pack failed: {}", failures.join("; "));
        }
        println!(
            "| {} | {} | {} | {mean_d} | {best_d} | {} | {gap} | {:.0} | {:.1} | {check} |",
            inst.name,
            inst.item_count,
            densities.len(),
            sparrow.map_or_else(|| "—".to_string(), |v| format!("{v:.2}")),
            mean(&iterations),
            mean(&seconds),
        );
    }
    if !gaps.is_empty() {
        println!("| **mean gap** | | | | | | **{:+.2}** | | | |", mean(&gaps));
    }
    println!("\nWall time of the ESICUP part: {:.1} min.\n", wall / 60.0);
    if !all_problems.is_empty() {
        println!("Problems found by the independent check:\n");
        for p in all_problems.iter().take(50) {
            println!("- {p}");
        }
        if all_problems.len() > 50 {
            println!("- … and {} more", all_problems.len() - 50);
        }
        println!();
    }
}

/// One material group of one shipped design.
struct Group {
    design: String,
    material: String,
    parts: Vec<NestPart>,
}

fn shipped_groups() -> (Vec<Group>, Vec<String>) {
    let packages = barnraise::shipped::packages().unwrap_or_else(|ds| {
        let text: Vec<String> = ds.iter().map(ToString::to_string).collect();
        panic!("shipped designs do not validate:\n{}", text.join("\n"))
    });
    let mut groups = Vec::new();
    let mut errors = Vec::new();
    for (design, _) in packages {
        let evaluated = match design.evaluate(&BTreeMap::new()) {
            Ok(e) => e,
            Err(ds) => {
                let text: Vec<String> = ds.iter().map(ToString::to_string).collect();
                errors.push(format!(
                    "{}: does not evaluate: {}",
                    design.slug,
                    text.join("; ")
                ));
                continue;
            }
        };
        let mut by_material: BTreeMap<String, Vec<NestPart>> = BTreeMap::new();
        for part in &evaluated.parts {
            let profile = match barnraise::geometry::part_profile(part) {
                Ok(p) => p,
                Err(ds) => {
                    let text: Vec<String> = ds.iter().map(ToString::to_string).collect();
                    errors.push(format!(
                        "{} / {}: no profile: {}",
                        design.slug,
                        part.label,
                        text.join("; ")
                    ));
                    continue;
                }
            };
            let mut rotations: Vec<f64> = part.rotations.iter().map(|&r| f64::from(r)).collect();
            if rotations.is_empty() {
                rotations.push(0.0);
            }
            by_material
                .entry(part.material.clone())
                .or_default()
                .push(NestPart {
                    label: part.label.clone(),
                    polygon: profile.polygon,
                    quantity: part.quantity,
                    rotations,
                });
        }
        for (material, parts) in by_material {
            groups.push(Group {
                design: design.slug.clone(),
                material,
                parts,
            });
        }
    }
    (groups, errors)
}

/// Smallest gap between two parts and smallest distance to the sheet edge on one sheet.
fn gaps(polys: &[Polygon<f64>], sheet: [f64; 2], spacing: f64) -> (f64, f64) {
    let boxes: Vec<_> = polys.iter().map(BoundingRect::bounding_rect).collect();
    let mut min_gap = f64::INFINITY;
    let mut min_edge = f64::INFINITY;
    for (i, a) in polys.iter().enumerate() {
        let Some(ra) = boxes[i] else { continue };
        min_edge = min_edge
            .min(ra.min().x)
            .min(ra.min().y)
            .min(sheet[0] - ra.max().x)
            .min(sheet[1] - ra.max().y);
        for (j, b) in polys.iter().enumerate().skip(i + 1) {
            let Some(rb) = boxes[j] else { continue };
            let reach = 2.0 * spacing;
            if ra.max().x + reach < rb.min().x
                || rb.max().x + reach < ra.min().x
                || ra.max().y + reach < rb.min().y
                || rb.max().y + reach < ra.min().y
            {
                continue;
            }
            min_gap = min_gap.min(Euclidean.distance(a, b));
        }
    }
    (min_gap, min_edge)
}

fn shipped(s: &Settings) {
    let (groups, errors) = shipped_groups();
    let jobs: Vec<(usize, usize)> = (0..groups.len())
        .flat_map(|g| (0..SHEETS.len()).map(move |k| (g, k)))
        .collect();
    eprintln!(
        "Shipped designs: {} nest runs on {} threads",
        jobs.len(),
        s.threads
    );
    let rows = run_parallel(&jobs, s.threads, |&(g, k)| {
        let group = &groups[g];
        let (sheet_name, sheet, spacing) = SHEETS[k];
        let opts = NestOptions {
            sheet,
            margin: MARGIN,
            spacing,
            time_limit: Duration::from_secs(10),
            max_stall: 300,
            seed: 1,
            ..Default::default()
        };
        let count: u32 = group.parts.iter().map(|p| p.quantity).sum();
        let head = format!(
            "| {} | {} | {sheet_name}, {spacing} mm spacing | {count} |",
            group.design, group.material
        );
        let row = match nest(&group.parts, &opts, &mut |_| {}) {
            Err(e) => format!("{head} — | — | — | — | error: {e} | — | — |"),
            Ok(out) => {
                let mut problems = Vec::new();
                let mut placements = Vec::new();
                let mut min_gap = f64::INFINITY;
                let mut min_edge = f64::INFINITY;
                for (n, sh) in out.sheets.iter().enumerate() {
                    let polys = placed_polygons(&group.parts, &sh.placements);
                    problems.extend(
                        check_layout(&polys, sheet, 1e-3)
                            .into_iter()
                            .map(|p| format!("sheet {}: {p}", n + 1)),
                    );
                    let (g, e) = gaps(&polys, sheet, spacing);
                    min_gap = min_gap.min(g);
                    min_edge = min_edge.min(e);
                    placements.extend_from_slice(&sh.placements);
                }
                problems.extend(completeness(&group.parts, &placements));
                let versus = match out.sheets.len().checked_sub(out.lower_bound) {
                    Some(0) => "= LB".to_string(),
                    Some(k) => format!("LB+{k}"),
                    None => format!("below LB ({})", out.lower_bound),
                };
                let check = if problems.is_empty() {
                    "ok".to_string()
                } else {
                    format!("{} problems: {}", problems.len(), problems.join("; "))
                };
                let spacing_note = if min_gap.is_finite() {
                    format!("{min_gap:.2}")
                } else {
                    "—".to_string()
                };
                let flag = if min_gap < spacing - 0.01 || min_edge < MARGIN - 0.01 {
                    " ⚠"
                } else {
                    ""
                };
                format!(
                    "{head} {} | {} | {:.1} | {:.1} | {versus} | {check} | {spacing_note} / {min_edge:.2}{flag} |",
                    out.sheets.len(),
                    out.lower_bound,
                    out.utilisation * 100.0,
                    out.seconds,
                )
            }
        };
        eprintln!(
            "shipped: {} / {} / {sheet_name} done",
            group.design, group.material
        );
        row
    });

    println!("## Shipped designs\n");
    println!(
        "Per design and material; margin {MARGIN} mm; `nest` with a 10 s budget, stall limit 300, seed 1. \
         LB = ⌈Σ part area / usable sheet area⌉. Check = `check_layout` on every sheet \
         (area tolerance 1e-3 mm²) and every copy placed once; last column = smallest part-to-part \
         gap / smallest distance to the sheet edge, mm (⚠ below spacing / margin).\n"
    );
    println!(
        "| design | material | sheet | parts | sheets | LB | utilisation % | s | vs LB | check | min gap / edge mm |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for row in rows {
        println!("{row}");
    }
    if !errors.is_empty() {
        println!("\nSkipped:\n");
        for e in errors {
            println!("- {e}");
        }
    }
    println!();
}

fn main() {
    let s = settings();
    let args: Vec<String> = std::env::args().collect();
    println!("# Nesting benchmark\n");
    println!(
        "- command: `{}` (via `cargo bench --bench nesting`)",
        args.join(" ")
    );
    println!(
        "- settings: NEST_TIME={} s, NEST_SEEDS={}, NEST_THREADS={}, NEST_WORKERS={}, NEST_INSTANCES={}, data {}",
        s.time.as_secs_f64(),
        s.seeds,
        s.threads,
        workers(),
        s.instances
            .as_ref()
            .map_or_else(|| "all".to_string(), |v| v.join(",")),
        s.dir.display()
    );
    println!(
        "- machine: {} cores available\n",
        std::thread::available_parallelism().map_or(0, std::num::NonZero::get)
    );
    let start = Instant::now();
    let sections: Vec<String> = std::env::var("NEST_SECTIONS").map_or_else(
        |_| {
            ["esicup", "shipped", "projects", "detailed"]
                .map(String::from)
                .to_vec()
        },
        |v| v.split(',').map(|p| p.trim().to_string()).collect(),
    );
    let on = |name: &str| sections.iter().any(|s| s == name);
    if on("esicup") {
        esicup(&s);
    }
    if on("shipped") && std::env::var("NEST_SHIPPED").map_or(true, |v| v != "0") {
        shipped(&s);
    }
    if on("projects") {
        projects(&s);
    }
    if on("detailed") {
        detailed(&s);
    }
    println!(
        "Total wall time: {:.1} min.",
        start.elapsed().as_secs_f64() / 60.0
    );
}

/// Projects: several shipped designs cut together, parts of one material on shared sheets.
/// Name, then (design slug, copies of the design).
const PROJECTS: &[(&str, &[(&str, u32)])] = &[
    (
        "50 parts",
        &[("plywood-wall-block", 1), ("potting-bench", 1)],
    ),
    (
        "200 parts",
        &[("plywood-wall-block", 3), ("top-bar-hive-kenyan", 2)],
    ),
    (
        "232 parts",
        &[("plywood-wall-block", 5), ("potting-bench", 2)],
    ),
    (
        "500 parts",
        &[
            ("plywood-wall-block", 8),
            ("top-bar-hive-kenyan", 4),
            ("potting-bench", 1),
        ],
    ),
    (
        "1000 parts",
        &[
            ("plywood-wall-block", 16),
            ("top-bar-hive-kenyan", 8),
            ("potting-bench", 2),
        ],
    ),
];

/// Projects on 2440 × 1220 with 8 mm spacing and a 10 mm margin: sheets against the area
/// bound, when the first complete layout was there, and the time used.
fn projects(s: &Settings) {
    let (groups, _) = shipped_groups();
    let time = Duration::from_secs_f64(env_or("NEST_PROJECT_TIME", 60.0));
    let names: Option<Vec<String>> = std::env::var("NEST_PROJECTS").ok().map(|v| {
        v.split(',')
            .map(|p| format!("{} parts", p.trim()))
            .collect()
    });
    let jobs: Vec<(String, String, Vec<NestPart>)> = PROJECTS
        .iter()
        .filter(|(name, _)| names.as_ref().is_none_or(|n| n.iter().any(|m| m == name)))
        .flat_map(|(name, designs)| {
            let mut by_material: BTreeMap<String, Vec<NestPart>> = BTreeMap::new();
            for (slug, copies) in *designs {
                for g in groups.iter().filter(|g| g.design == *slug) {
                    by_material
                        .entry(g.material.clone())
                        .or_default()
                        .extend(g.parts.iter().map(|p| NestPart {
                            label: format!("{slug}/{}", p.label),
                            quantity: p.quantity * copies,
                            ..p.clone()
                        }));
                }
            }
            by_material
                .into_iter()
                .map(move |(m, parts)| ((*name).to_string(), m, parts))
        })
        .collect();
    eprintln!(
        "Projects: {} nest runs × {:.0} s on {} threads",
        jobs.len(),
        time.as_secs_f64(),
        s.threads
    );
    let (sheet_name, sheet, spacing) = SHEETS[0];
    let rows = run_parallel(&jobs, s.threads, |(name, material, parts)| {
        let opts = NestOptions {
            sheet,
            margin: MARGIN,
            spacing,
            time_limit: time,
            max_stall: u64::MAX,
            seed: 1,
            ..Default::default()
        };
        let count: u32 = parts.iter().map(|p| p.quantity).sum();
        let head = format!("| {name} | {material} | {count} |");
        let mut trace = Vec::new();
        let started = Instant::now();
        let row = match nest(parts, &opts, &mut |p| {
            if trace.last().is_none_or(|&(_, n)| n != p.sheets) {
                trace.push((started.elapsed().as_secs_f64(), p.sheets));
            }
        }) {
            Err(e) => format!("{head} — | — | — | — | — | — | error: {e} |"),
            Ok(out) => {
                let mut problems = Vec::new();
                let mut placements = Vec::new();
                for (n, sh) in out.sheets.iter().enumerate() {
                    let polys = placed_polygons(parts, &sh.placements);
                    problems.extend(
                        check_layout(&polys, sheet, 1e-3)
                            .into_iter()
                            .map(|p| format!("sheet {}: {p}", n + 1)),
                    );
                    let (g, e) = gaps(&polys, sheet, spacing);
                    if g < spacing - 0.01 || e < MARGIN - 0.01 {
                        problems.push(format!("sheet {}: gap {g:.2} / edge {e:.2}", n + 1));
                    }
                    placements.extend_from_slice(&sh.placements);
                }
                problems.extend(completeness(parts, &placements));
                let versus = match out.sheets.len().checked_sub(out.lower_bound) {
                    Some(0) => "= LB".to_string(),
                    Some(k) => format!("LB+{k}"),
                    None => format!("below LB ({})", out.lower_bound),
                };
                let check = if problems.is_empty() {
                    "ok".to_string()
                } else {
                    format!("{} problems: {}", problems.len(), problems.join("; "))
                };
                let steps: Vec<String> = trace
                    .iter()
                    .map(|(t, n)| format!("{n} at {t:.1} s"))
                    .collect();
                format!(
                    "{head} {} | {} | {versus} | {:.1} ({} sheets{}) | {:.1} | {} | {check} |",
                    out.sheets.len(),
                    out.lower_bound,
                    out.first_seconds,
                    out.first_sheets,
                    if out.in_rows > 0 {
                        format!(", {} in rows", out.in_rows)
                    } else {
                        String::new()
                    },
                    out.seconds,
                    steps.join(", "),
                )
            }
        };
        eprintln!("project {name} / {material} done: {row}");
        row
    });
    println!("## Projects on shared sheets\n");
    println!(
        "{sheet_name}, {spacing} mm spacing, {MARGIN} mm margin, `nest` with a {:.0} s limit, seed 1, \
         no stall limit. Check = `check_layout` per sheet, every copy once, gaps ≥ spacing and \
         edges ≥ margin.\n",
        time.as_secs_f64()
    );
    println!(
        "| project | material | parts | sheets | LB | vs LB | first layout s (sheets) | s | sheets over time | check |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for row in rows {
        println!("{row}");
    }
    println!();
}

/// The many-vertex strip-packing instances, written to `benches/data/` as ESICUP JSON.
/// - `swim-round`: ESICUP swim with every convex corner rounded (an opening by 20 units,
///   0.01 rad per arc segment), as a part drawn with fillets looks once flattened;
/// - `shipped-arcs`: the shipped designs' parts whose flattened outline (arcs at 0.02 mm)
///   has 100 vertices or more, two copies each, on a 1220 mm strip.
fn detailed_instances(s: &Settings) -> Vec<Instance> {
    use geo::algorithm::buffer::{Buffer, BufferStyle, LineJoin};
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/data");
    let swim = load_instance(&s.dir.join("swim.json"));
    let round = |p: &Polygon<f64>, r: f64| -> Polygon<f64> {
        let style = |d: f64| BufferStyle::new(d).line_join(LineJoin::Round(0.01));
        let inner = p.buffer_with_style(style(-r));
        let outer = inner.buffer_with_style(style(r));
        outer
            .0
            .into_iter()
            .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))
            .map_or_else(|| p.clone(), |q| Polygon::new(q.exterior().clone(), vec![]))
    };
    let swim_round = Instance {
        name: "swim-round".into(),
        height: swim.height,
        item_count: swim.item_count,
        parts: swim
            .parts
            .iter()
            .map(|p| NestPart {
                polygon: round(&p.polygon, 20.0),
                ..p.clone()
            })
            .collect(),
    };
    let (groups, _) = shipped_groups();
    let mut seen = BTreeSet::new();
    let mut arcs = Vec::new();
    for g in &groups {
        for p in &g.parts {
            let n = p.polygon.exterior().0.len();
            let r = p.polygon.bounding_rect();
            let small = r.is_some_and(|r| r.width().min(r.height()) <= 1200.0);
            if n >= 100 && small && seen.insert(p.label.clone()) {
                arcs.push(NestPart {
                    label: format!("{}/{}", g.design, p.label),
                    polygon: Polygon::new(p.polygon.exterior().clone(), vec![]),
                    quantity: 2,
                    rotations: p.rotations.clone(),
                });
            }
        }
    }
    let shipped_arcs = Instance {
        name: "shipped-arcs".into(),
        height: 1220.0,
        item_count: arcs.iter().map(|p| p.quantity).sum(),
        parts: arcs,
    };
    let out = vec![swim_round, shipped_arcs];
    for inst in &out {
        let items: Vec<serde_json::Value> = inst
            .parts
            .iter()
            .enumerate()
            .map(|(id, p)| {
                let mut ring: Vec<[f64; 2]> = p
                    .polygon
                    .exterior()
                    .0
                    .iter()
                    .map(|c| [(c.x * 1e3).round() / 1e3, (c.y * 1e3).round() / 1e3])
                    .collect();
                if ring.len() > 1 && ring.first() == ring.last() {
                    ring.pop();
                }
                serde_json::json!({
                    "id": id,
                    "demand": p.quantity,
                    "allowed_orientations": p.rotations,
                    "shape": {"type": "simple_polygon", "data": ring},
                })
            })
            .collect();
        let json = serde_json::json!({
            "name": inst.name,
            "items": items,
            "strip_height": inst.height,
        });
        let path = dir.join(format!("{}.json", inst.name));
        std::fs::create_dir_all(&dir).expect("benches/data can be created");
        std::fs::write(&path, json.to_string())
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
    // Read back what was written, so both solvers see the same (rounded) coordinates.
    out.iter()
        .map(|i| load_instance(&dir.join(format!("{}.json", i.name))))
        .collect()
}

/// Strip packing on the many-vertex instances: simplified collision shapes against exact
/// ones, same time and seeds. sparrow runs on the same files from its own command line.
fn detailed(s: &Settings) {
    let instances = detailed_instances(s);
    println!("## Many-vertex strip packing\n");
    println!(
        "{} s per run, seeds 1..={}, {} worker threads; files in benches/data/. Vertices: per \
         distinct item, mean (max).\n",
        s.time.as_secs_f64(),
        s.seeds,
        workers()
    );
    println!(
        "| instance | items | vertices | simplified: mean density % (best) | exact: mean density % (best) | check |"
    );
    println!("|---|---|---|---|---|---|");
    for inst in &instances {
        let counts: Vec<usize> = inst
            .parts
            .iter()
            .map(|p| p.polygon.exterior().0.len() - 1)
            .collect();
        let mut cells = Vec::new();
        let mut problems = 0usize;
        for simplify in [Some(barnraise::nest::SIMPLIFY_AREA_RATIO), None] {
            let mut d = Vec::new();
            for seed in 1..=s.seeds {
                let start = Instant::now();
                match strip_pack_with(&inst.parts, inst.height, s.time, seed, workers(), simplify) {
                    Ok(out) => {
                        let p = check_strip(inst, &out);
                        eprintln!(
                            "{} {:?} seed {seed}: {:.2} % in {:.1} s, {} iterations, {} problems",
                            inst.name,
                            simplify,
                            out.density * 100.0,
                            start.elapsed().as_secs_f64(),
                            out.iterations,
                            p.len()
                        );
                        problems += p.len();
                        d.push(out.density * 100.0);
                    }
                    Err(e) => eprintln!("{} seed {seed}: {e}", inst.name),
                }
            }
            let best = d.iter().copied().fold(f64::MIN, f64::max);
            cells.push(format!("{:.2} ({best:.2})", mean(&d)));
        }
        println!(
            "| {} | {} | {:.0} ({}) | {} | {} | {} |",
            inst.name,
            inst.item_count,
            counts.iter().sum::<usize>() as f64 / counts.len().max(1) as f64,
            counts.iter().max().unwrap_or(&0),
            cells[0],
            cells[1],
            if problems == 0 {
                "ok".to_string()
            } else {
                format!("{problems} problems")
            }
        );
    }
    println!();
}
