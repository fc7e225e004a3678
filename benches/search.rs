//! Search at scale: synthetic stores of realistic designs, measured.
//!
//! Run: `cargo bench --bench search` (10,000 designs) or
//! `BENCH_SIZES=10000,100000 cargo bench --bench search`. Prints a table per size; the
//! figures go in BENCHMARKS.md.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use barnraise::model::{Author, CATEGORIES, Design};
use barnraise::search::{SearchIndex, parse_query};
use barnraise::store::{PackageFiles, Store};

/// A small deterministic generator (xorshift), so every run builds the same store.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

const THINGS: &[&str] = &[
    "seeder",
    "cart",
    "beehive",
    "bench",
    "rack",
    "sieve",
    "washer",
    "trellis",
    "cold frame",
    "chicken coop",
    "tool wall",
    "shelf",
    "planter",
    "compost bin",
    "hay feeder",
    "stool",
    "table",
    "wall block",
    "floor cassette",
    "seed tray",
    "dibber board",
    "harvest crate",
    "drying rack",
    "rabbit hutch",
    "nest box",
    "workbench",
];
const ADJ: &[&str] = &[
    "folding",
    "heavy duty",
    "compact",
    "modular",
    "stackable",
    "mobile",
    "flat-pack",
    "low-cost",
    "community",
    "raised",
    "tall",
    "wide",
    "small",
    "double",
    "field",
    "greenhouse",
    "market garden",
    "village",
    "school",
];
const WORDS: &[&str] = &[
    "plywood", "slot", "joint", "tenon", "laser", "router", "farm", "garden", "bees", "seed",
    "soil", "water", "harvest", "roots", "onions", "carrots", "compost", "wheel", "axle", "frame",
    "brace", "handle", "hinge", "screw", "bolt", "glue", "oil", "paint", "weather", "rain", "sun",
    "winter", "summer", "timber", "panel", "fits", "standard", "tray", "crate", "sheet", "offcut",
    "strong", "light", "cheap", "repair", "spare",
];
const LICENCES: &[&str] = &[
    "CC-BY-SA-4.0",
    "CERN-OHL-S-2.0",
    "CC-BY-4.0",
    "CC-BY-NC-SA-4.0",
    "CERN-OHL-W-2.0",
    "MIT",
];
const NAMES: &[&str] = &[
    "Example Maker",
    "Example Keeper",
    "Exemple Créateur",
    "Example Person",
    "Example Builder",
    "Example Author",
    "Example Reviewer",
    "Example Grower",
];

fn sentence(r: &mut Rng, n: u64) -> String {
    (0..n).map(|_| r.pick(WORDS)).collect::<Vec<_>>().join(" ")
}

/// One synthetic design: 3–12 parts of a real-looking size, a BOM and a step.
fn design(r: &mut Rng, i: usize) -> (Design, PackageFiles) {
    let slug = format!("design-{i:06}");
    let (process, thick, kind) = if r.next().is_multiple_of(3) {
        ("laser", [3, 4, 6][(r.next() % 3) as usize], "acrylic")
    } else {
        ("cnc", [12, 15, 18][(r.next() % 3) as usize], "plywood")
    };
    let mut text = format!(
        "name = \"{} {} {}\"\nslug = \"{slug}\"\nversion = \"1.0.0\"\nsummary = \"{}\"\ndescription = \"{}\"\ncategory = \"{}\"\ntags = [\"{}\", \"{}\"]\nlicense = \"{}\"\nauthors = [\"{}\"]\n\n[parameters.thickness]\ntype = \"length\"\ndefault = {thick}\nmin = {}\nmax = {}\n\n[materials.sheet]\nname = \"Sheet\"\nkind = \"{kind}\"\nnominal_thickness = {thick}\nthickness = \"thickness\"\n",
        r.pick(ADJ),
        r.pick(THINGS),
        i % 997,
        sentence(r, 10),
        sentence(r, 60),
        r.pick(&CATEGORIES[..8]),
        r.pick(THINGS),
        r.pick(WORDS),
        r.pick(LICENCES),
        r.pick(NAMES),
        thick as f64 - 0.8,
        thick as f64 + 0.8,
    );
    let max = if process == "laser" { 580 } else { 2400 };
    for p in 0..r.range(3, 12) {
        let w = r.range(40, max);
        let h = r.range(40, if process == "laser" { 380 } else { 1200 });
        text.push_str(&format!(
            "\n[[parts]]\nlabel = \"P-{p}\"\nname = \"Part {p}\"\nmaterial = \"sheet\"\nquantity = {}\nprocess = \"{process}\"\noutline = {{ shape = \"rect\", width = {w}, height = {h} }}\nholes = [ {{ shape = \"circle\", center = [{}, {}], diameter = 8 }} ]\n",
            r.range(1, 4), w / 2, h / 2
        ));
    }
    text.push_str(&format!(
        "\n[[bom]]\nitem = \"Screws\"\nquantity = {}\nunit_cost = 0.05\n",
        r.range(4, 80)
    ));
    let design =
        barnraise::model::parse_manifest(&text, Some(&slug)).expect("generated designs are valid");
    let mut files = PackageFiles::new();
    files.insert("design.toml".into(), text.into_bytes());
    (design, files)
}

fn queries(r: &mut Rng) -> Vec<String> {
    let mut qs = Vec::new();
    for i in 0..240 {
        let q = match i % 6 {
            0 => r.pick(THINGS).to_string(),
            1 => format!("{} {}", r.pick(ADJ), r.pick(THINGS)),
            2 => format!("{} license:{}", r.pick(WORDS), r.pick(LICENCES)),
            3 => format!("category:{} material:plywood", r.pick(&CATEGORIES[..8])),
            4 => format!("{} bed:600x400 thickness:3,6", r.pick(THINGS)),
            _ => format!("\"{} {}\" cost:<3", r.pick(WORDS), r.pick(WORDS)),
        };
        qs.push(q);
    }
    qs
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.to_string())
        })
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|k| k.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn dir_size(p: &std::path::Path) -> u64 {
    std::fs::read_dir(p).map_or(0, |es| {
        es.flatten()
            .map(|e| {
                e.metadata().map_or(0, |m| {
                    if m.is_dir() {
                        dir_size(&e.path())
                    } else {
                        m.len()
                    }
                })
            })
            .sum()
    })
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn main() {
    let sizes: Vec<usize> = std::env::var("BENCH_SIZES")
        .unwrap_or_else(|_| "10000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let who = Author {
        name: "Bench".into(),
        email: Some("bench@example.org".into()),
    };
    for n in sizes {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::init(&tmp.path().join("store.git"), None).unwrap();
        let mut r = Rng(0x9E37_79B9_7F4A_7C15);
        let t = Instant::now();
        let packages: Vec<_> = (0..n).map(|i| design(&mut r, i)).collect();
        let generate = t.elapsed();
        let t = Instant::now();
        store.import_bulk(&packages, &who, "bulk").unwrap();
        let load = t.elapsed();
        drop(packages);

        let dir = tmp.path().join("index");
        let mut index = SearchIndex::open(&dir).unwrap();
        let t = Instant::now();
        let report = index.rebuild(&store).unwrap();
        let rebuild = t.elapsed();

        // One commit: a design changes.
        let (changed, files) = design(&mut r, 42);
        let mut bumped = String::from_utf8(files["design.toml"].clone())
            .unwrap()
            .replace("version = \"1.0.0\"", "version = \"1.0.1\"");
        bumped = bumped.replace("summary = \"", "summary = \"updated ");
        let changed = Design {
            version: semver::Version::new(1, 0, 1),
            ..changed
        };
        let mut f2 = PackageFiles::new();
        f2.insert("design.toml".into(), bumped.into_bytes());
        store
            .publish_files(&changed, f2, &who, "change one")
            .unwrap();
        let t = Instant::now();
        let upd = index.update(&store).unwrap();
        let update = t.elapsed();
        assert!(!upd.rebuilt && upd.indexed >= 1);

        let qs = queries(&mut r);
        let parsed: Vec<_> = qs.iter().map(|q| parse_query(q).unwrap()).collect();
        for q in parsed.iter().take(20) {
            index.search(q).unwrap(); // warm up
        }
        let mut times = Vec::with_capacity(parsed.len());
        let mut hits = 0;
        for q in &parsed {
            let t = Instant::now();
            hits += index.search(q).unwrap().total;
            times.push(t.elapsed());
        }
        times.sort();
        let mut by_kind: BTreeMap<usize, Vec<Duration>> = BTreeMap::new();
        for (i, t) in times.iter().enumerate() {
            by_kind.entry(i % 6).or_default().push(*t);
        }
        println!("\nsearch benchmark: {n} designs (cargo bench --bench search; BENCH_SIZES={n})");
        println!("| measure | value |");
        println!("|---|---|");
        println!("| generate designs | {:.1} s |", generate.as_secs_f64());
        println!(
            "| load into store (one commit) | {:.1} s |",
            load.as_secs_f64()
        );
        println!(
            "| full rebuild ({} indexed) | {:.1} s |",
            report.indexed,
            rebuild.as_secs_f64()
        );
        println!(
            "| update after one commit ({} re-indexed) | {:.0} ms |",
            upd.indexed,
            update.as_secs_f64() * 1000.0
        );
        println!(
            "| query p50 / p99 over {} queries | {:.2} ms / {:.2} ms |",
            times.len(),
            pct(&times, 0.5),
            pct(&times, 0.99)
        );
        println!("| mean hits per query | {} |", hits / times.len());
        println!(
            "| index size | {:.1} MiB |",
            dir_size(&dir) as f64 / 1048576.0
        );
        println!(
            "| peak memory (process so far) | {:.0} MiB |",
            peak_rss_mib()
        );
    }
}
