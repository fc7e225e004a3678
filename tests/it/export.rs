//! `barnraise export`: cut files for makerspaces, checked by numbers here and by other
//! people's readers (svgelements, ezdxf, shapely through `tests/python/check_cutfiles.py`)
//! when `BARNRAISE_PYTHON` names the validators' interpreter (`scripts/test` sets it).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use barnraise::geometry::part_profile;
use barnraise::package::Package;

use crate::{barnraise, repo, text};

fn seeded_store(dir: &Path) -> std::path::PathBuf {
    let store = dir.join("store.git");
    let out = barnraise(&store, &["init"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    store
}

/// Nominal part sizes (mm) at the given parameters, keyed by label.
fn sizes(design: &str, params: &[(&str, &str)]) -> BTreeMap<String, [f64; 2]> {
    let pkg = Package::load(&repo(&format!("designs/{design}"))).unwrap();
    let overrides: BTreeMap<String, String> = params
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let ev = pkg.evaluate(&overrides).unwrap();
    ev.parts
        .iter()
        .map(|p| (p.label.clone(), part_profile(p).unwrap().size()))
        .collect()
}

/// Runs the independent Python checks on an export folder, when the validators exist.
fn python_check(
    out: &Path,
    sizes: &BTreeMap<String, [f64; 2]>,
    z_floor: f64,
) -> Option<serde_json::Value> {
    crate::check_cutfiles(
        out,
        &serde_json::json!({ "sizes": sizes, "z_floor": z_floor }),
    )
}

fn manifest(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap()
}

#[test]
fn wall_block_dxf_for_cardiff_uses_the_measured_thickness_and_the_lower_bound() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seeded_store(tmp.path());
    let out = tmp.path().join("out");
    let run = barnraise(
        &store,
        &[
            "export",
            "plywood-wall-block",
            "--format",
            "dxf",
            "--makerspace",
            "example-cnc-workshop",
            "--time-limit",
            "3",
            "--out",
            out.to_str().unwrap(),
            "--json",
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let m: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(m, manifest(&out), "--json prints manifest.json");
    // Cardiff's 18 mm plywood measures 17.4 mm: the thickness parameter follows it.
    assert_eq!(m["parameters"]["thickness"], 17.4);
    assert_eq!(m["stock"][0]["stock"], "ply18");
    assert_eq!(m["machine"]["tool_diameter"], 6.35);
    // 44 parts, three sheets: the area lower bound.
    let labels: usize = m["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["labels"].as_array().unwrap().len())
        .sum();
    assert_eq!(labels, 44);
    assert_eq!(m["sheets_used"], m["lower_bound"]);
    assert_eq!(m["sheets_used"], 3);
    assert!(m["revision"].as_str().is_some_and(|r| r.len() == 40));
    // Slots follow the measured thickness plus the design's clearance (0.3 mm).
    let pkg = Package::load(&repo("designs/plywood-wall-block")).unwrap();
    let ev = pkg
        .evaluate(&BTreeMap::from([(
            "thickness".to_string(),
            "17.4".to_string(),
        )]))
        .unwrap();
    let widths: Vec<f64> = ev
        .parts
        .iter()
        .flat_map(|p| p.slots.iter().map(|s| s.width))
        .collect();
    assert!(!widths.is_empty());
    assert!(widths.iter().all(|w| (w - 17.7).abs() < 1e-9), "{widths:?}");
    let sizes = sizes("plywood-wall-block", &[("thickness", "17.4")]);
    if let Some(r) = python_check(&out, &sizes, -(17.4 + 1.0)) {
        assert_eq!(r["files"], 3);
        assert_eq!(r["parts"], 44);
        let layers: Vec<&str> = r["layers"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|l| l.as_str())
            .collect();
        assert!(layers.contains(&"CUT_OUTSIDE_17.40MM"), "{layers:?}");
        assert!(layers.contains(&"SHEET"), "{layers:?}");
    }
}

#[test]
fn seeder_laser_svg_grows_by_the_kerf() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seeded_store(tmp.path());
    let out = tmp.path().join("out");
    let run = barnraise(
        &store,
        &[
            "export",
            "designs/push-seeder-plates",
            "--format",
            "svg",
            "--kerf",
            "0.2",
            "--sheet",
            "400x300",
            "--time-limit",
            "1",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let m = manifest(&out);
    assert_eq!(m["machine"]["kerf"], 0.2);
    assert_eq!(m["stock"][0]["sheet"], serde_json::json!([400.0, 300.0]));
    assert!(
        m["revision"].is_null(),
        "a folder export has no store revision"
    );
    let svg = std::fs::read_to_string(out.join(m["files"][0]["file"].as_str().unwrap())).unwrap();
    for attr in [
        r#"width="400mm""#,
        r#"height="300mm""#,
        r#"viewBox="0 0 400 300""#,
    ] {
        assert!(svg.contains(attr), "{attr}");
    }
    if let Some(r) = python_check(&out, &sizes("push-seeder-plates", &[]), -10.0) {
        assert_eq!(r["colours"], serde_json::json!(["#ff0000"]));
    }
}

#[test]
fn cart_box_gcode_stays_on_the_sheet_and_above_the_spoilboard() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seeded_store(tmp.path());
    let out = tmp.path().join("out");
    let run = barnraise(
        &store,
        &[
            "export",
            "harvest-cart-box",
            "--format",
            "gcode",
            "--makerspace",
            "example-cnc-workshop",
            "--time-limit",
            "1",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let m = manifest(&out);
    assert_eq!(m["parameters"]["thickness"], 11.7);
    let thickness = 11.7;
    let g = std::fs::read_to_string(out.join(m["files"][0]["file"].as_str().unwrap())).unwrap();
    assert!(g.contains("G21") && g.contains("M3 S16000"));
    if let Some(r) = python_check(&out, &BTreeMap::new(), -(thickness + 1.0)) {
        let z = r["gcode"][0]["z_min"].as_f64().unwrap();
        assert!(
            (z + thickness + 0.3).abs() < 1e-6,
            "overcut 0.3 below the sheet: {z}"
        );
    }
}

#[test]
fn what_a_makerspace_lacks_is_said_plainly() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seeded_store(tmp.path());
    let out = tmp.path().join("out");
    let o = out.to_str().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "export",
                "plywood-wall-block",
                "--format",
                "gcode",
                "--makerspace",
                "example-laser-club",
                "--out",
                o,
            ],
            "has no CNC router",
        ),
        (
            &[
                "export",
                "potting-bench",
                "--format",
                "svg",
                "--makerspace",
                "example-laser-club",
                "--out",
                o,
            ],
            "needs 18 mm plywood",
        ),
        (
            &[
                "export",
                "plywood-wall-block",
                "--format",
                "dxf",
                "--sheet",
                "1000x600",
                "--out",
                o,
            ],
            "WB-RIB-L",
        ),
        (
            &[
                "export",
                "plywood-wall-block",
                "--format",
                "dxf",
                "--tool",
                "19.05",
                "--out",
                o,
            ],
            "but the router bit is 19.05 mm",
        ),
        (
            &[
                "export",
                "plywood-wall-block",
                "--format",
                "dxf",
                "--makerspace",
                "example-cnc-workshop",
                "--machine",
                "laser",
                "--out",
                o,
            ],
            "thicker than the 8 mm",
        ),
        (
            &["export", "no-such-design", "--out", o],
            "no design 'no-such-design'",
        ),
    ];
    for (args, needle) in cases {
        let run = barnraise(&store, args);
        assert_eq!(
            run.status.code(),
            Some(1),
            "{args:?}: {}",
            text(&run.stderr)
        );
        assert!(
            text(&run.stderr).contains(needle),
            "{args:?}: {}",
            text(&run.stderr)
        );
    }
    // A sheet larger than the machine's bed.
    let run = barnraise(
        &store,
        &[
            "export",
            "plywood-wall-block",
            "--format",
            "dxf",
            "--makerspace",
            "example-fab-lab",
            "--sheet",
            "2440x1220",
            "--out",
            o,
        ],
    );
    assert_eq!(run.status.code(), Some(1));
    assert!(
        text(&run.stderr).contains("does not fit the 1,220 × 1,220 mm bed of 'router'"),
        "{}",
        text(&run.stderr)
    );
    // The measured thickness is below what the design allows: named with the numbers.
    let run = barnraise(
        &store,
        &[
            "export",
            "plywood-wall-block",
            "--format",
            "dxf",
            "--makerspace",
            "example-fab-lab",
            "--material",
            "ply18=ply12",
            "--out",
            o,
        ],
    );
    assert_eq!(run.status.code(), Some(1));
    assert!(text(&run.stderr).contains("11.5"), "{}", text(&run.stderr));
}

#[test]
fn shipped_makerspaces_are_in_a_new_store() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seeded_store(tmp.path());
    let run = barnraise(&store, &["makerspace", "list", "--json"]);
    assert_eq!(run.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let slugs: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["slug"].as_str().unwrap())
        .collect();
    assert_eq!(
        slugs,
        [
            "example-cnc-workshop",
            "example-fab-lab",
            "example-laser-club"
        ]
    );
    // A broken profile is refused with its line, and nothing is stored.
    let bad = tmp.path().join("bad-space.toml");
    std::fs::write(&bad, "name = \"X\"\ntown = \"Y\"\ncountry = \"GB\"\ncontact = \"z\"\ncurrency = \"GBP\"\n[machines.m]\nname = \"M\"\nkind = \"cnc\"\nbed = [100, -5]\nmax_thickness = 20\ntool_diameters = [6]\n").unwrap();
    let run = barnraise(&store, &["makerspace", "publish", bad.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        text(&run.stderr).contains("bad-space.toml:9:"),
        "{}",
        text(&run.stderr)
    );
    let run = barnraise(&store, &["makerspace", "list", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3);
}

fn tool(name: &str, args: &[&str]) -> Output {
    Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} is needed for this test (scripts/deps installs it): {e}")
    })
}

/// Share of non-white pixels on a page rendered by poppler (PGM, 8-bit grey).
fn ink_share(pdf: &Path, page: u32, dir: &Path) -> f64 {
    let prefix = dir.join(format!("page{page}"));
    let p = page.to_string();
    let out = tool(
        "pdftoppm",
        &[
            "-r",
            "30",
            "-gray",
            "-f",
            &p,
            "-l",
            &p,
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let file = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("page{page}")) && n.ends_with(".pgm"))
        })
        .expect("pdftoppm wrote a page");
    let bytes = std::fs::read(file).unwrap();
    // P5 header: magic, width, height, maxval, each followed by whitespace.
    let mut fields = 0;
    let mut i = 0;
    while fields < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields += 1;
    }
    let pixels = &bytes[i + 1..];
    pixels.iter().filter(|&&v| v < 200).count() as f64 / pixels.len() as f64
}

#[test]
fn build_sheet_pdf_matches_the_cut_files() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seeded_store(tmp.path());
    let out = tmp.path().join("out");
    let run = barnraise(
        &store,
        &[
            "export",
            "push-seeder-plates",
            "--format",
            "all",
            "--makerspace",
            "example-cnc-workshop",
            "--time-limit",
            "1",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let m = manifest(&out);
    let files = m["files"].as_array().unwrap();
    let svgs: Vec<&serde_json::Value> = files.iter().filter(|f| f["kind"] == "svg").collect();
    let pdf = files
        .iter()
        .find(|f| f["kind"] == "pdf")
        .expect("a build sheet");
    let pdf_path = out.join(pdf["file"].as_str().unwrap());
    let bs = &m["build_sheet"];
    // Cover, BOM, cut list, one page per sheet, assembly; no fit test: the plates have no
    // slots to fit.
    assert!(!bs["plan"].to_string().contains("FitTest"));
    assert_eq!(
        bs["pages"].as_u64().unwrap() as usize,
        4 + svgs.len(),
        "{}",
        bs["plan"]
    );

    let check = tool("qpdf", &["--check", pdf_path.to_str().unwrap()]);
    assert!(check.status.success(), "{}", text(&check.stdout));
    let info = text(&tool("pdfinfo", &[pdf_path.to_str().unwrap()]).stdout);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:")
                && l.trim_end().ends_with(&format!(" {}", 4 + svgs.len()))),
        "{info}"
    );
    let words = text(&tool("pdftotext", &[pdf_path.to_str().unwrap(), "-"]).stdout);
    // The labels engraved in the SVGs are the labels on the build sheet, and back.
    let mut svg_labels = std::collections::BTreeSet::new();
    for f in &svgs {
        let svg = std::fs::read_to_string(out.join(f["file"].as_str().unwrap())).unwrap();
        for chunk in svg.split("data-label=\"").skip(1) {
            svg_labels.insert(chunk.split('"').next().unwrap().to_string());
        }
    }
    let cut_list: std::collections::BTreeSet<String> =
        sizes("push-seeder-plates", &[]).into_keys().collect();
    assert_eq!(svg_labels, cut_list);
    for label in &svg_labels {
        assert!(
            words.contains(label.as_str()),
            "{label} missing from the PDF text"
        );
    }
    // The BOM total is the sum of its lines, and it is what the PDF prints.
    let lines: f64 = bs["bom"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["total"].as_f64().unwrap())
        .sum();
    let total = bs["bom_total"].as_f64().unwrap();
    assert!((lines - total).abs() < 0.005, "{lines} vs {total}");
    assert!(total > 0.0);
    assert!(
        words.contains(&format!("{total:.2}")),
        "total {total:.2} not printed"
    );
    assert!(words.contains("Example CNC Workshop"));
    // A page is not blank.
    let ink = ink_share(&pdf_path, 1, tmp.path());
    assert!(ink > 0.01, "cover is {:.2} % ink", ink * 100.0);
    let ink = ink_share(&pdf_path, 4, tmp.path());
    assert!(ink > 0.002, "sheet page is {:.3} % ink", ink * 100.0);
}

#[test]
fn build_sheet_prints_non_latin_names_and_letter_paper() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seeded_store(tmp.path());
    let dir = tmp.path().join("saemaschine");
    std::fs::create_dir_all(dir.join("images")).unwrap();
    let src = repo("tests/fixtures/valid/push-seeder-plates");
    let manifest_text = std::fs::read_to_string(src.join("design.toml"))
        .unwrap()
        .replace("slug = \"push-seeder-plates\"", "slug = \"saemaschine\"")
        .replacen("name = \"", "name = \"Sämaschine — Échelle ", 1);
    std::fs::write(dir.join("design.toml"), manifest_text).unwrap();
    std::fs::copy(src.join("images/plates.svg"), dir.join("images/plates.svg")).unwrap();
    let out = tmp.path().join("out");
    let run = barnraise(
        &store,
        &[
            "export",
            dir.to_str().unwrap(),
            "--format",
            "pdf",
            "--paper",
            "letter",
            "--time-limit",
            "0.5",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let m = manifest(&out);
    let pdf = out.join(m["files"][0]["file"].as_str().unwrap());
    let words = text(&tool("pdftotext", &[pdf.to_str().unwrap(), "-"]).stdout);
    assert!(
        words.contains("Sämaschine") && words.contains("Échelle"),
        "{words}"
    );
    let info = text(&tool("pdfinfo", &[pdf.to_str().unwrap()]).stdout);
    assert!(info.contains("612 x 792 pts"), "{info}");
}

#[test]
fn slotted_designs_get_a_fit_test_page_for_the_measured_thickness() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seeded_store(tmp.path());
    let out = tmp.path().join("out");
    let run = barnraise(
        &store,
        &[
            "export",
            "plywood-wall-block",
            "--format",
            "pdf",
            "--makerspace",
            "example-cnc-workshop",
            "--time-limit",
            "1",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let m = manifest(&out);
    let bs = &m["build_sheet"];
    let sheets = m["sheets_used"].as_u64().unwrap() as usize;
    assert_eq!(
        bs["pages"].as_u64().unwrap() as usize,
        5 + sheets,
        "{}",
        bs["plan"]
    );
    assert_eq!(bs["currency"], "GBP");
    let pdf = out.join("plywood-wall-block-build-sheet.pdf");
    let words = text(&tool("pdftotext", &[pdf.to_str().unwrap(), "-"]).stdout);
    // Cardiff's 18 mm plywood measures 17.4 mm; the design adds 0.3 mm clearance.
    for w in [
        "17.45 mm (−0.25)",
        "17.70 mm (±0.00)",
        "17.95 mm (+0.25)",
        "18.20 mm (+0.50)",
    ] {
        assert!(words.contains(w), "fit test slot {w} missing");
    }
    let info = text(&tool("pdfinfo", &[pdf.to_str().unwrap()]).stdout);
    assert!(
        info.contains("595.2") || info.contains("595.28"),
        "A4: {info}"
    );
}
