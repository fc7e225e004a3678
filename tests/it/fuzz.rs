//! The CI smoke run of the fuzz targets (`barnraise::fuzz`): every seed the cargo-fuzz
//! corpora start from (`scripts/fuzz-seed`: shipped designs, makerspace profiles, fixtures),
//! then seeded mutations of them, for a few seconds per target. No instrumentation, so it
//! finds less than libFuzzer's long runs (figures in RELIABILITY.md) but needs no nightly
//! build: it keeps every target running on every CI build.
//!
//! A panic or an input slower than [`SLOW`] fails the test and leaves the input in
//! `target/fuzz-smoke/<target>-<hash>`, ready for `cargo fuzz run <target> <file>`.
//! `BARNRAISE_FUZZ_SECONDS` sets the budget per target (default 8), `BARNRAISE_FUZZ_SEED`
//! the mutation seed (default 1; the run prints it).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::repo;

/// An input that takes longer than this is a finding (libFuzzer's `-timeout` in
/// scripts/fuzz-smoke is 10 s on an optimised build; debug code gets more).
const SLOW: Duration = Duration::from_secs(30);

/// Mutated inputs run whatever the budget, so a target with slow seeds is still fuzzed.
const MIN_MUTATIONS: u64 = 200;

/// Files larger than this are not seeds (as in scripts/fuzz-seed).
const MAX_SEED: u64 = 64 * 1024;

/// Splice-in tokens that make TOML, YAML, expressions, DXF and SVG interesting.
const TOKENS: &[&str] = &[
    "[",
    "]",
    "{",
    "}",
    "\"",
    "=",
    ",",
    "\n",
    "0",
    "-1",
    "1e308",
    "-1e308",
    "nan",
    "inf",
    "/ 0",
    "(",
    ")",
    "^",
    "*",
    "\u{0}",
    "é",
    "\\",
    "'''",
    "#",
    ".",
    "true",
    "thickness",
    "[[parts]]",
    "[parameters.x]",
    "repeat = { count = 10000, step = [0, 0] }",
    "999999999999999999999",
    "  0\nSECTION\n",
    "  0\nENDSEC\n",
    "  0\nLWPOLYLINE\n",
    " 42\n",
    " 10\n",
    " 20\n",
    "  0\nINSERT\n",
    "  2\n",
    "<path d=\"",
    "\"/>",
    " transform=\"scale(1e9)\"",
    " viewBox=\"0 0 0 0\"",
    "<g>",
    "</g>",
    "A 1 1 0 1 1 ",
    "M0 0",
    "Z",
    "<!ENTITY",
    "- ",
    ": ",
    "&a",
    "*a",
    "!!binary",
];

/// A small, seeded xorshift generator: the run is the same for the same seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// One mutation of `input`, possibly splicing from `other`.
fn mutate(rng: &mut Rng, input: &mut Vec<u8>, other: &[u8]) {
    let len = input.len();
    let at = rng.below(len + 1);
    match rng.below(7) {
        0 if len > 0 => input[at.min(len - 1)] ^= 1 << rng.below(8),
        1 => input.insert(at, rng.next() as u8),
        2 => {
            let end = (at + 1 + rng.below(16)).min(len);
            input.drain(at.min(end)..end);
        }
        3 => {
            let end = (at + 1 + rng.below(64)).min(len);
            let piece = input[at.min(end)..end].to_vec();
            let to = rng.below(input.len() + 1);
            input.splice(to..to, piece);
        }
        4 if !other.is_empty() => {
            let from = rng.below(other.len());
            let end = (from + 1 + rng.below(256)).min(other.len());
            input.splice(at..at, other[from..end].iter().copied());
        }
        5 => {
            // Digits to extreme numbers: where budgets and overflow bite.
            if let Some(i) = (at..len).find(|&i| input[i].is_ascii_digit()) {
                let big: &[u8] = match rng.below(3) {
                    0 => b"99999999",
                    1 => b"0",
                    _ => b"-0.000001",
                };
                input.splice(i..i + 1, big.iter().copied());
            }
        }
        _ => {
            let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
            input.splice(at..at, token.iter().copied());
        }
    }
}

fn files_under(dir: &Path, keep: &dyn Fn(&Path) -> bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files_under(&p, keep, out);
        } else if keep(&p) && p.metadata().map(|m| m.len() <= MAX_SEED).unwrap_or(false) {
            out.push(p);
        }
    }
}

fn ends(p: &Path, ext: &str) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// The seeds of one target, as scripts/fuzz-seed makes them.
fn seeds(target: &str) -> Vec<Vec<u8>> {
    let mut paths = Vec::new();
    let fixtures = repo("tests/fixtures");
    match target {
        "manifest" => {
            files_under(
                &repo("designs"),
                &|p| p.ends_with("design.toml"),
                &mut paths,
            );
            files_under(
                &fixtures,
                &|p| ends(p, "toml") && !p.to_string_lossy().contains("okh"),
                &mut paths,
            );
        }
        "makerspace" => files_under(&repo("makerspaces"), &|p| ends(p, "toml"), &mut paths),
        "dxf" => files_under(&fixtures, &|p| ends(p, "dxf"), &mut paths),
        "svg" => files_under(&fixtures, &|p| ends(p, "svg"), &mut paths),
        "okh" => files_under(
            &fixtures,
            &|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("okh"))
            },
            &mut paths,
        ),
        _ => {}
    }
    let mut out: Vec<Vec<u8>> = Vec::new();
    for p in paths {
        let Ok(bytes) = std::fs::read(&p) else {
            continue;
        };
        if target == "okh" {
            let yaml = ends(&p, "yml") || ends(&p, "yaml");
            let mut b = vec![if yaml { b'1' } else { b'0' }];
            b.extend(bytes);
            out.push(b);
        } else {
            out.push(bytes);
        }
    }
    if target == "expr" {
        // Every quoted value with an operator or a name in the shipped manifests.
        for m in seeds("manifest").iter().take(40) {
            let text = String::from_utf8_lossy(m);
            for piece in text.split('"').skip(1).step_by(2) {
                if piece.len() < 200
                    && piece.contains(|c: char| "+-*/()_".contains(c) || c.is_ascii_lowercase())
                {
                    out.push(piece.as_bytes().to_vec());
                }
            }
        }
        out.sort();
        out.dedup();
    }
    out
}

/// Runs one input, turning a panic or a slow input into a saved finding.
fn run_one(target: &str, body: fn(&[u8]), input: &[u8]) -> Result<(), String> {
    let started = Instant::now();
    let outcome = catch_unwind(AssertUnwindSafe(|| body(input)));
    let took = started.elapsed();
    let what = match outcome {
        Err(_) => "panicked",
        Ok(()) if took > SLOW => "was slow",
        Ok(()) => return Ok(()),
    };
    let dir = repo("target/fuzz-smoke");
    let _ = std::fs::create_dir_all(&dir);
    let hash: u64 = input.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let file = dir.join(format!("{target}-{hash:016x}"));
    let _ = std::fs::write(&file, input);
    Err(format!(
        "fuzz target {target} {what} ({took:?}) on {}",
        file.display()
    ))
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs one target's seeds, then mutations until the budget is spent.
fn smoke(target: &str) {
    let body = barnraise::fuzz::TARGETS
        .iter()
        .find(|(name, _)| *name == target)
        .map(|(_, f)| *f)
        .expect("a known target");
    let seeds = seeds(target);
    assert!(
        !seeds.is_empty() || target == "okh",
        "{target}: no seeds found"
    );
    let budget = Duration::from_secs(env_number("BARNRAISE_FUZZ_SECONDS", 8));
    let seed = env_number("BARNRAISE_FUZZ_SEED", 1);
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let started = Instant::now();
    let mut runs = 0u64;
    for s in &seeds {
        run_one(target, body, s).unwrap_or_else(|e| panic!("{e}"));
        runs += 1;
    }
    let mut pool: Vec<Vec<u8>> = if seeds.is_empty() {
        vec![Vec::new()]
    } else {
        seeds
    };
    // Small inputs first and more often: a mutation of a small seed costs less to run.
    pool.sort_by_key(Vec::len);
    let mut mutated = 0u64;
    while started.elapsed() < budget || mutated < MIN_MUTATIONS {
        let smaller = rng.below(pool.len()) + 1;
        let mut input = pool[rng.below(smaller)].clone();
        let other = &pool[rng.below(pool.len())];
        for _ in 0..=rng.below(8) {
            mutate(&mut rng, &mut input, other);
        }
        run_one(target, body, &input).unwrap_or_else(|e| panic!("{e}"));
        runs += 1;
        mutated += 1;
    }
    eprintln!(
        "fuzz smoke {target}: {runs} inputs ({mutated} mutated, {} seeds) in {:.1?}, seed {seed}, nothing found",
        pool.len(),
        started.elapsed()
    );
    assert!(runs as usize >= pool.len());
}

#[test]
fn manifest_target_survives_seeds_and_mutations() {
    smoke("manifest");
}

#[test]
fn expr_target_survives_seeds_and_mutations() {
    smoke("expr");
}

#[test]
fn makerspace_target_survives_seeds_and_mutations() {
    smoke("makerspace");
}

#[test]
fn dxf_target_survives_seeds_and_mutations() {
    smoke("dxf");
}

#[test]
fn svg_target_survives_seeds_and_mutations() {
    smoke("svg");
}

#[test]
fn okh_target_survives_seeds_and_mutations() {
    smoke("okh");
}

#[test]
fn every_library_target_has_a_cargo_fuzz_binary() {
    let manifest = std::fs::read_to_string(repo("fuzz/Cargo.toml")).expect("fuzz/Cargo.toml");
    for (name, _) in barnraise::fuzz::TARGETS {
        assert!(
            manifest.contains(&format!("name = \"{name}\"")),
            "fuzz/Cargo.toml lacks {name}"
        );
        let body = std::fs::read_to_string(repo(&format!("fuzz/fuzz_targets/{name}.rs")))
            .expect("target file");
        assert!(
            body.contains(&format!("barnraise::fuzz::{name}(")),
            "{name}.rs does not call the library body"
        );
    }
}
