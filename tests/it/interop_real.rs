//! Real cut files from public projects (`tests/fixtures/interop/real/`, sources and licences
//! in its SOURCES.md): each imports at the right scale into a package that validates, its
//! largest part has the area an independent reader (ezdxf / svgelements with shapely) finds
//! in the file's true unit, and import → export (DXF and SVG) → import gives the same parts.
//! A WikiHouse block re-cut at 17.4 and 18.6 mm has slots 1.2 mm apart, measured by ezdxf.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use barnraise::interop::cutfile::{
    CutFileInput, CutFileOptions, ItemKind, ProcessChoice, import_cut_files, preview,
};
use barnraise::interop::units::{LengthUnit, UnitsChoice, UnitsSource};
use barnraise::package;

use crate::{barnraise, repo, text};

const REAL: &str = "tests/fixtures/interop/real";

/// One real file: how a maker would import it, and what is true of it.
struct Case {
    file: &'static str,
    process: ProcessChoice,
    thickness: f64,
    /// The file's true unit in mm per drawing unit (SVG: per 96-dpi px, as svgelements reads).
    true_mm: f64,
    /// Stroke colour the independent reader skips (boxes.py's red annotations).
    skip: Option<&'static str>,
    /// How the unit must have been decided.
    source: UnitsSource,
    /// Fewest parts (quantities counted) it must give.
    parts: u32,
}

const fn case(
    file: &'static str,
    process: ProcessChoice,
    thickness: f64,
    true_mm: f64,
    skip: Option<&'static str>,
    source: UnitsSource,
    parts: u32,
) -> Case {
    Case {
        file,
        process,
        thickness,
        true_mm,
        skip,
        source,
        parts,
    }
}

const PX: f64 = 25.4 / 96.0;
const CNC: ProcessChoice = ProcessChoice::Cnc;
const LASER: ProcessChoice = ProcessChoice::Laser;

fn cases() -> Vec<Case> {
    use UnitsSource::*;
    vec![
        case("wren-tolerance-test.dxf", CNC, 18.0, 1.0, None, Assumed, 40),
        case(
            "skylark250-window-xl2.dxf",
            CNC,
            18.0,
            1.0,
            None,
            Corrected,
            10,
        ),
        case("skylark-tiny-pocket.dxf", CNC, 18.0, 1.0, None, Declared, 1),
        case("skylark-tiny-labels.dxf", CNC, 18.0, 1.0, None, Declared, 1),
        case(
            "boxes-ClosedBox.svg",
            LASER,
            3.0,
            PX,
            Some("#ff0000"),
            Declared,
            6,
        ),
        case(
            "boxes-ABox.svg",
            LASER,
            3.0,
            PX,
            Some("#ff0000"),
            Declared,
            6,
        ),
        case(
            "boxes-BirdHouse.svg",
            LASER,
            3.0,
            PX,
            Some("#ff0000"),
            Declared,
            8,
        ),
        case(
            "boxes-BeeQueenCage.svg",
            LASER,
            3.0,
            PX,
            Some("#ff0000"),
            Declared,
            9,
        ),
        case(
            "boxes-RectangularWall.svg",
            LASER,
            3.0,
            PX,
            Some("#ff0000"),
            Declared,
            1,
        ),
        case(
            "boxes-FlexTest.svg",
            LASER,
            3.0,
            PX,
            Some("#ff0000"),
            Declared,
            1,
        ),
        case("atles-side1.dxf", LASER, 3.175, 1.0, None, Assumed, 1),
        case("atles-end1.dxf", LASER, 3.175, 1.0, None, Assumed, 1),
        case("atles-bottom.dxf", LASER, 3.175, 1.0, None, Assumed, 1),
        case("laser4diy-bigshim.dxf", LASER, 1.0, 1.0, None, Declared, 10),
        case(
            "laser4diy-frontplate.dxf",
            LASER,
            2.0,
            1.0,
            None,
            Declared,
            1,
        ),
        case(
            "laser4diy-baseplate.dxf",
            LASER,
            8.0,
            1.0,
            None,
            Declared,
            1,
        ),
        case(
            "gameparts-504-sheet-4.dxf",
            LASER,
            3.0,
            1.0,
            None,
            Assumed,
            13,
        ),
        case(
            "gameparts-504-sheet-4.svg",
            LASER,
            3.0,
            96.0 / 90.0 * PX,
            None,
            Generator,
            13,
        ),
    ]
}

fn options(c: &Case, slug: &str) -> CutFileOptions {
    CutFileOptions {
        slug: slug.into(),
        thickness: Some(c.thickness),
        process: c.process,
        license: Some("CC-BY-SA-4.0".into()),
        author: Some("Test".into()),
        ..Default::default()
    }
}

fn slug(file: &str) -> String {
    barnraise::interop::slugify(&file.replace('.', "-"))
}

/// The area inside the largest part's outline, the part count (quantities counted) and the
/// total net area of a package.
fn measure(dir: &Path) -> (f64, u32, f64) {
    let pkg = package::validate(dir).unwrap_or_else(|ds| panic!("{}: {ds:#?}", dir.display()));
    let ev = pkg.evaluate(&BTreeMap::new()).unwrap();
    let mut largest: f64 = 0.0;
    let mut total = 0.0;
    let mut count = 0;
    for p in &ev.parts {
        let profile = barnraise::geometry::part_profile(p).unwrap();
        let outer = geo::Polygon::new(profile.polygon.exterior().clone(), vec![]);
        largest = largest.max(geo::Area::unsigned_area(&outer));
        total += profile.area * f64::from(p.quantity);
        count += p.quantity;
    }
    (largest, count, total)
}

fn import_to(c: &Case, files: &[PathBuf], out: &Path, opts: &CutFileOptions) -> PathBuf {
    let inputs: Vec<CutFileInput> = files
        .iter()
        .map(|f| CutFileInput::read(f).unwrap())
        .collect();
    let pkg = import_cut_files(&inputs, opts).unwrap_or_else(|e| panic!("{}: {e}", c.file));
    pkg.write_to(out).unwrap()
}

#[test]
fn real_files_import_at_the_right_scale_with_the_areas_an_independent_reader_finds() {
    let Some(python) = std::env::var_os("BARNRAISE_PYTHON") else {
        eprintln!("BARNRAISE_PYTHON is not set: run scripts/test for the real-file checks");
        return;
    };
    let cases = cases();
    let files: std::collections::BTreeSet<&str> = cases.iter().map(|c| c.file).collect();
    assert!(files.len() >= 15, "at least 15 real files");
    let run = Command::new(python)
        .arg(repo("tests/python/check_real_cutfiles.py"))
        .args(cases.iter().map(|c| match c.skip {
            Some(s) => format!("{}:{}:{s}", c.file, c.true_mm),
            None => format!("{}:{}", c.file, c.true_mm),
        }))
        .current_dir(repo(REAL))
        .output()
        .expect("python runs");
    assert!(run.status.success(), "{}", text(&run.stderr));
    let truth: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    for c in &cases {
        let s = slug(c.file);
        let path = repo(REAL).join(c.file);
        let opts = options(c, &s);
        let p = preview(&[CutFileInput::read(&path).unwrap()], &opts).unwrap();
        assert_eq!(
            p.files[0].units.source, c.source,
            "{}: {}",
            c.file, p.files[0].units.reason
        );
        let dir = import_to(c, &[path], tmp.path(), &opts);
        let (largest, count, _) = measure(&dir);
        assert!(
            count >= c.parts,
            "{}: {count} parts, expected at least {}",
            c.file,
            c.parts
        );
        let want = truth[c.file]["largest"].as_f64().unwrap();
        assert!(
            (largest - want).abs() <= 0.03 * want,
            "{}: largest part {largest:.1} mm² vs {want:.1} mm² (ezdxf/svgelements + shapely)",
            c.file
        );
    }
}

#[test]
fn the_inkscape_091_svg_and_its_dxf_give_the_same_parts() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = cases();
    let mut totals = Vec::new();
    for file in ["gameparts-504-sheet-4.dxf", "gameparts-504-sheet-4.svg"] {
        let c = cases.iter().find(|c| c.file == file).unwrap();
        let dir = import_to(
            c,
            &[repo(REAL).join(file)],
            &tmp.path().join(file),
            &options(c, &slug(file)),
        );
        totals.push(measure(&dir));
    }
    assert_eq!(totals[0].1, totals[1].1);
    assert!(
        (totals[0].2 - totals[1].2).abs() < 0.005 * totals[0].2,
        "{totals:?}"
    );
}

/// Exports `dir` in `format` (kerf 0.01 mm, next to none) into `out` and returns the cut files written.
fn export(dir: &Path, format: &str, out: &Path, params: &[&str]) -> Vec<PathBuf> {
    let store = out.join("store.git");
    let mut args = vec![
        "export",
        dir.to_str().unwrap(),
        "--format",
        format,
        "--kerf",
        "0.01",
        "--tool",
        "0.5",
        "--time-limit",
        "1",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(params);
    let run = barnraise(&store, &args);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let mut files: Vec<PathBuf> = std::fs::read_dir(out)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == format))
        .collect();
    files.sort();
    files
}

#[test]
fn import_export_import_gives_the_same_parts() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = cases();
    for file in [
        "laser4diy-frontplate.dxf",
        "boxes-ClosedBox.svg",
        "atles-end1.dxf",
        "laser4diy-bigshim.dxf",
    ] {
        let c = cases.iter().find(|c| c.file == file).unwrap();
        let s = slug(file);
        let first = import_to(
            c,
            &[repo(REAL).join(file)],
            &tmp.path().join("a"),
            &options(c, &s),
        );
        let (_, count, total) = measure(&first);
        for format in ["dxf", "svg"] {
            let out = tmp.path().join(format!("{s}-{format}"));
            let files = export(&first, format, &out, &[]);
            assert!(!files.is_empty(), "{file}: no {format} written");
            let mut opts = options(c, &s);
            opts.units = UnitsChoice {
                units: Some(LengthUnit::Mm),
                dpi: None,
            };
            let again = import_to(c, &files, &tmp.path().join(format!("b-{format}")), &opts);
            let (_, count2, total2) = measure(&again);
            assert_eq!(count, count2, "{file} → {format} → import: part count");
            assert!(
                (total - total2).abs() <= 0.01 * total,
                "{file} → {format} → import: area {total:.1} vs {total2:.1} mm²"
            );
        }
    }
}

#[test]
fn wikihouse_slots_follow_the_measured_thickness_in_the_exported_dxf() {
    let Some(python) = std::env::var_os("BARNRAISE_PYTHON") else {
        eprintln!("BARNRAISE_PYTHON is not set: run scripts/test for the slot-width check");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let cases = cases();
    let c = cases
        .iter()
        .find(|c| c.file == "wren-tolerance-test.dxf")
        .unwrap();
    let mut opts = options(c, "wren-tolerance-test");
    opts.thickness = None; // the sheet layer's name is cut short: 18 mm for CNC, with a warning
    let p = preview(
        &[CutFileInput::read(&repo(REAL).join(c.file)).unwrap()],
        &opts,
    )
    .unwrap();
    assert!(p.joints.mortises >= 20, "{:?}", p.joints);
    assert!(p.items.iter().any(|i| i.kind == ItemKind::SheetOutline));
    let dir = import_to(c, &[repo(REAL).join(c.file)], tmp.path(), &opts);
    let mut modes = Vec::new();
    for t in ["17.4", "18.6"] {
        let out = tmp.path().join(format!("cut-{t}"));
        let files = export(&dir, "dxf", &out, &["--param", &format!("thickness={t}")]);
        let run = Command::new(&python)
            .arg(repo("tests/python/check_slot_widths.py"))
            .args(&files)
            .output()
            .expect("python runs");
        assert!(run.status.success(), "{}", text(&run.stderr));
        let v: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
        let mut counts: BTreeMap<i64, usize> = BTreeMap::new();
        for w in v["widths"].as_array().unwrap() {
            *counts
                .entry((w.as_f64().unwrap() * 100.0).round() as i64)
                .or_default() += 1;
        }
        let (mode, _) = counts.iter().max_by_key(|(_, n)| **n).unwrap();
        modes.push(*mode as f64 / 100.0);
    }
    assert!(
        ((modes[1] - modes[0]) - 1.2).abs() < 0.02,
        "most common slot width {} mm at 17.4, {} mm at 18.6",
        modes[0],
        modes[1]
    );
}

#[test]
fn the_review_preview_lists_items_and_exclusions_take_them_out() {
    let cases = cases();
    let c = cases
        .iter()
        .find(|c| c.file == "laser4diy-bigshim.dxf")
        .unwrap();
    let input = CutFileInput::read(&repo(REAL).join(c.file)).unwrap();
    let opts = options(c, "bigshim");
    let p = preview(std::slice::from_ref(&input), &opts).unwrap();
    let parts: Vec<_> = p
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Part && i.quantity > 0)
        .collect();
    assert!(!parts.is_empty());
    assert!(
        parts
            .iter()
            .all(|i| i.size_mm[0] > 0.0 && !i.rings.is_empty())
    );
    let mut opts2 = opts.clone();
    opts2.exclude.insert(parts[0].id.clone());
    let p2 = preview(&[input], &opts2).unwrap();
    let excluded = p2.items.iter().find(|i| i.id == parts[0].id).unwrap();
    assert!(excluded.excluded);
    // The same ids, the same options, the same result: the preview is deterministic.
    let ids = |p: &barnraise::interop::cutfile::ImportPreview| {
        p.items
            .iter()
            .map(|i| i.id.clone())
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(ids(&p), ids(&p2));
}

#[test]
fn hostile_cut_files_are_refused_with_the_file_named_in_bounded_time() {
    let tmp = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = tmp.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let line = |x: f64| {
        format!(
            "0\nLINE\n8\nCUT\n10\n{x}\n20\n0\n30\n0\n11\n{}\n21\n1\n31\n0\n",
            x + 1.0
        )
    };
    let mut many = String::from("0\nSECTION\n2\nENTITIES\n");
    for i in 0..210_000 {
        many.push_str(&line(f64::from(i)));
    }
    many.push_str("0\nENDSEC\n0\nEOF\n");
    let huge = format!(
        "0\nSECTION\n2\nENTITIES\n{}0\nLWPOLYLINE\n8\nCUT\n90\n4\n70\n1\n10\n0\n20\n0\n10\n1e300\n20\n0\n10\n1e300\n20\n1e300\n10\n0\n20\n1e300\n0\nENDSEC\n0\nEOF\n",
        line(0.0)
    );
    let wren = std::fs::read(repo(REAL).join("wren-tolerance-test.dxf")).unwrap();
    let cases: Vec<(PathBuf, &str)> = vec![
        (write("many.dxf", many.as_bytes()), "limit"),
        (write("huge.dxf", huge.as_bytes()), "nothing to import"),
        (write("truncated.dxf", &wren[..wren.len() / 3]), "DXF"),
        (
            write("binary.dxf", b"AutoCAD Binary DXF\r\n\x1a\x00\x00\x01\x02"),
            "binary DXF",
        ),
        (
            write("picture.dxf", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            "DXF",
        ),
        (
            write("notes.txt", b"just some notes about the design"),
            "neither a DXF nor an SVG",
        ),
        (write("empty.svg", b""), "SVG"),
    ];
    for (path, expect) in cases {
        let started = std::time::Instant::now();
        let opts = CutFileOptions {
            slug: "hostile".into(),
            ..Default::default()
        };
        let err = match CutFileInput::read(&path).and_then(|i| preview(&[i], &opts)) {
            Ok(p) => panic!("{}: imported {} items", path.display(), p.items.len()),
            Err(e) => e.into_diagnostic().to_string(),
        };
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        assert!(
            err.contains(&name),
            "{name}: the message names the file: {err}"
        );
        assert!(err.contains(expect), "{name}: {err}");
        assert!(
            started.elapsed().as_secs() < 60,
            "{name}: took {:?}",
            started.elapsed()
        );
    }
}
