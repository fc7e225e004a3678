//! Interop: OKH manifests in (TOML and YAML, complete, minimal, messy, broken) and out,
//! with the round trip export → import, and the `import okh` command; DXF and SVG cut
//! files in as parts (`import dxf`, `import svg`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use barnraise::interop::okh::{self, Dialect, OkhTarget, write_okh};
use barnraise::model::{Design, parse_manifest};
use barnraise::package::{self, Package};

use crate::{barnraise, repo, text};

const OKH: &str = "tests/fixtures/interop/okh";

/// Imports a fixture, writes it to `tmp` and fully validates the package.
fn import_valid(tmp: &Path, fixture: &str) -> (Design, barnraise::interop::ImportedPackage) {
    let imported = okh::import_file(&repo(&format!("{OKH}/{fixture}"))).expect("imports");
    let dir = imported.write_to(tmp).unwrap();
    let pkg = package::validate(&dir).unwrap_or_else(|ds| {
        panic!(
            "{fixture}: not a valid package:\n{}\n{}",
            ds.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
            imported.manifest
        )
    });
    (pkg.design, imported)
}

fn warning_lines(p: &barnraise::interop::ImportedPackage) -> Vec<u32> {
    p.warnings
        .iter()
        .map(|w| {
            assert!(w.file.is_some(), "warning without a file: {w}");
            w.position.map(|p| p.line).expect("warning with a line")
        })
        .collect()
}

#[test]
fn complete_okh_toml_maps_every_field() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, p) = import_valid(tmp.path(), "complete/okh.toml");
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    assert_eq!(d.slug, "compost-sieve");
    assert_eq!(d.name, "Compost Sieve");
    assert_eq!(d.version.to_string(), "1.2.0");
    assert_eq!(d.license, "CERN-OHL-S-2.0");
    assert_eq!(
        d.authors[0].to_string(),
        "Example Maker <maker@example.org>"
    );
    assert!(d.summary.starts_with("A rocking sieve"));
    assert!(
        d.description.contains("fine compost falls through"),
        "readme → description"
    );
    assert_eq!(d.technology_readiness_level.as_deref(), Some("OTRL-5"));
    assert_eq!(d.documentation_readiness_level.as_deref(), Some("ODRL-3"));
    assert_eq!(d.documentation_language, "en");
    assert_eq!(d.images[0].path, "images/cover.svg", "local image copied");
    let lineage = d.derived_from.as_ref().unwrap();
    assert_eq!(lineage.slug, "sieve");
    let okh = d.extra["okh"].as_table().unwrap();
    assert_eq!(
        okh["repo"].as_str(),
        Some("https://github.com/example-farm/compost-sieve")
    );
    assert_eq!(okh["mass"].as_float(), Some(8200.0));
    assert_eq!(okh["outer-dimensions"]["width"].as_float(), Some(800.0));
    assert_eq!(
        okh["image"][0].as_str(),
        Some("https://example.org/photos/sieve.jpg")
    );
    assert!(okh["bom"].as_str().unwrap().ends_with("bom.csv"));
    let parts = okh["part"].as_array().unwrap();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0]["thickness-mm"].as_float(), Some(18.0));
    assert_eq!(parts[0]["material"].as_str(), Some("Birch plywood 18 mm"));
    assert_eq!(p.notes.len(), 1, "parts without geometry are noted");
}

#[test]
fn minimal_okh_toml_imports_without_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, p) = import_valid(tmp.path(), "minimal/okh.toml");
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    assert_eq!(d.slug, "bee-hive-stand");
    assert_eq!(d.authors[0].name, "Ann Example");
    assert_eq!(d.category, "other");
}

#[test]
fn messy_okh_toml_imports_with_located_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, p) = import_valid(tmp.path(), "messy/okh.toml");
    let lines = warning_lines(&p);
    // version 2.1, licence spelling, two bad licensors, TRL spelling, ODRL, missing image,
    // unknown key, mass with a unit, a non-numeric height.
    for line in [4, 5, 6, 10, 11, 13, 14, 16, 21] {
        assert!(
            lines.contains(&line),
            "no warning on line {line}: {:#?}",
            p.warnings
        );
    }
    assert_eq!(d.name, "Seed Drill (mark II)");
    assert_eq!(d.version.to_string(), "2.1.0");
    assert_eq!(d.license, "CERN-OHL-S-2.0");
    assert_eq!(d.authors[0].name, "Tomasz Wójcik");
    assert_eq!(d.authors[1].name, "Jo");
    assert_eq!(d.authors.len(), 2, "42 is not a name");
    assert_eq!(d.technology_readiness_level.as_deref(), Some("OTRL-4"));
    assert_eq!(d.documentation_readiness_level, None);
    assert_eq!(d.documentation_language, "en");
    let okh = d.extra["okh"].as_table().unwrap();
    assert_eq!(okh["colour"].as_str(), Some("green"));
    assert_eq!(okh["mass"].as_float(), Some(3200.0), "3.2 kg in grams");
    assert_eq!(okh["outer-dimensions"]["width"].as_float(), Some(900.0));
    assert_eq!(
        okh["tsdc"].as_array().unwrap().len(),
        2,
        "a string split into a list"
    );
    assert_eq!(okh["part"][0]["thickness-mm"].as_float(), Some(3.0));
    assert_eq!(
        okh["documentation-readiness-level"].as_str(),
        Some("level three")
    );
}

#[test]
fn okh_v1_yaml_maps_title_licence_table_and_contributors() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, p) = import_valid(tmp.path(), "v1/okh.yml");
    assert_eq!(d.name, "Chicken Coop Door");
    assert_eq!(d.slug, "chicken-coop-door");
    assert_eq!(d.version.to_string(), "1.0.0");
    assert_eq!(warning_lines(&p), vec![8], "version 1.0 is not semver");
    assert_eq!(d.license, "CERN-OHL-W-2.0");
    let authors: Vec<String> = d.authors.iter().map(|a| a.to_string()).collect();
    assert_eq!(
        authors,
        [
            "Example Author <author@example.org>",
            "Example Builder <builder@example.org>"
        ]
    );
    assert_eq!(d.tags, ["poultry", "door", "automation"]);
    assert!(d.summary.starts_with("An automatic pop-hole door"));
    let okh = d.extra["okh"].as_table().unwrap();
    assert_eq!(okh["license"]["documentation"].as_str(), Some("CC-BY-4.0"));
    assert_eq!(
        okh["intended-use"].as_str().map(|s| s.starts_with("Lets")),
        Some(true)
    );
    assert_eq!(okh["made-independently"].as_bool(), Some(true));
}

#[test]
fn text_that_is_not_toml_or_yaml_fails_alone_with_its_line() {
    let e = okh::import_file(&repo("tests/fixtures/interop/okh-broken/okh.toml")).unwrap_err();
    let d = e.into_diagnostic();
    assert!(d.message.contains("invalid TOML"), "{d}");
    assert!(d.file.is_some() && d.position.is_some(), "{d}");
    // Binary garbage and bad YAML are refused the same way, without a panic.
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("okh.toml");
    std::fs::write(&path, &garbage).unwrap();
    assert!(okh::import_file(&path).is_err());
    let e = okh::import_str("a: [1\nb: {", Dialect::V1, Path::new("okh.yml"), None).unwrap_err();
    assert!(e.to_string().contains("invalid YAML"), "{e}");
    // Huge files are refused before parsing.
    std::fs::write(&path, vec![b'#'; (okh::MAX_OKH_BYTES + 1) as usize]).unwrap();
    assert!(
        okh::import_file(&path)
            .unwrap_err()
            .to_string()
            .contains("limit")
    );
}

/// The metadata a round trip must keep.
fn metadata(d: &Design) -> BTreeMap<&'static str, String> {
    BTreeMap::from([
        ("name", d.name.clone()),
        ("version", d.version.to_string()),
        ("license", d.license.clone()),
        (
            "authors",
            d.authors
                .iter()
                .map(|a| a.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        ),
        ("summary", d.summary.clone()),
        ("language", d.documentation_language.clone()),
        ("trl", format!("{:?}", d.technology_readiness_level)),
        ("odrl", format!("{:?}", d.documentation_readiness_level)),
        (
            "derived_from",
            format!("{:?}", d.derived_from.as_ref().map(|l| &l.slug)),
        ),
    ])
}

fn reimport(okh_toml: &str) -> Design {
    let p = okh::import_str(okh_toml, Dialect::Losh, Path::new("okh.toml"), None).unwrap();
    parse_manifest(&p.manifest, Some(&p.slug)).unwrap_or_else(|ds| panic!("{ds:?}\n{}", p.manifest))
}

#[test]
fn every_shipped_design_exports_to_okh_and_imports_back_to_the_same_metadata() {
    for entry in std::fs::read_dir(repo("designs")).unwrap() {
        let dir = entry.unwrap().path();
        let pkg = Package::load(&dir).unwrap();
        let ev = pkg.evaluate(&BTreeMap::new()).unwrap();
        let target = OkhTarget {
            repo: format!("https://barnraise.example.org/designs/{}", pkg.design.slug),
            store_url: "https://barnraise.example.org".into(),
        };
        let text = write_okh(&pkg.design, Some(&ev), &target).unwrap();
        let doc: toml::Table = toml::from_str(&text).unwrap();
        for key in [
            "okhv", "name", "repo", "version", "license", "licensor", "function",
        ] {
            assert!(
                doc.contains_key(key),
                "{}: no {key} in\n{text}",
                pkg.design.slug
            );
        }
        let parts = doc["part"].as_array().unwrap();
        assert_eq!(parts.len(), ev.parts.len());
        for part in parts {
            assert!(matches!(part["tsdc"].as_str(), Some("LAS" | "CNC")));
            assert!(part["thickness-mm"].as_float().unwrap() > 0.0);
            assert!(part["outer-dimensions"]["width"].as_float().unwrap() > 0.0);
        }
        let back = reimport(&text);
        assert_eq!(
            metadata(&back),
            metadata(&pkg.design),
            "{}",
            pkg.design.slug
        );
        assert_eq!(back.slug, pkg.design.slug);
    }
}

#[test]
fn okh_import_export_import_is_stable() {
    for fixture in [
        "complete/okh.toml",
        "minimal/okh.toml",
        "messy/okh.toml",
        "v1/okh.yml",
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let (first, _) = import_valid(tmp.path(), fixture);
        let target = OkhTarget {
            repo: "https://example.org/somewhere".into(),
            store_url: String::new(),
        };
        let text = write_okh(&first, None, &target).unwrap();
        let second = reimport(&text);
        assert_eq!(metadata(&second), metadata(&first), "{fixture}");
        let okh1 = first.extra["okh"].as_table().unwrap();
        let okh2 = second.extra["okh"].as_table().unwrap();
        for (k, v) in okh1 {
            // okhv and version are written anew; v1's licence table becomes the SPDX `license`.
            let rewritten = matches!(k.as_str(), "okhv" | "version" | "image")
                || (k == "license" && v.is_table());
            if !rewritten {
                assert_eq!(okh2.get(k), Some(v), "{fixture}: extra.okh.{k}");
            }
        }
    }
}

#[test]
fn import_okh_folder_prints_a_summary_and_writes_valid_packages() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    copy_dir(&repo(OKH), &src);
    copy_dir(
        &repo("tests/fixtures/interop/okh-broken"),
        &src.join("broken"),
    );
    let out = tmp.path().join("out");
    let store = tmp.path().join("store.git");
    let run = barnraise(
        &store,
        &[
            "import",
            "okh",
            src.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--json",
        ],
    );
    assert_eq!(
        run.status.code(),
        Some(1),
        "one manifest fails: {}",
        text(&run.stderr)
    );
    let s: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(s["imported"], 2, "{s:#}");
    assert_eq!(s["imported_with_warnings"], 2, "{s:#}");
    assert_eq!(s["failed"], 1, "{s:#}");
    assert!(
        s["failures"][0]["problems"][0]
            .as_str()
            .unwrap()
            .contains("invalid TOML")
    );
    let messy = s["designs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["slug"] == "seed-drill-mark-ii")
        .unwrap();
    assert!(messy["warnings"][0]["line"].as_u64().is_some(), "{messy:#}");
    let v = barnraise(&store, &["validate", out.to_str().unwrap()]);
    assert_eq!(v.status.code(), Some(0), "{}", text(&v.stderr));
    assert!(text(&v.stdout).contains("4 design(s) valid"));
    // Text output: the summary line.
    let run = barnraise(
        &store,
        &[
            "import",
            "okh",
            src.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(
        text(&run.stdout).contains("2 imported, 2 imported with warnings, 1 failed"),
        "{}",
        text(&run.stdout)
    );
}

#[test]
fn import_okh_into_store_publishes() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store.git");
    let init = barnraise(&store, &["init", "--empty"]);
    assert_eq!(init.status.code(), Some(0), "{}", text(&init.stderr));
    let file = repo(&format!("{OKH}/minimal/okh.toml"));
    let run = barnraise(
        &store,
        &[
            "import",
            "okh",
            file.to_str().unwrap(),
            "--into-store",
            "--json",
        ],
    );
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}{}",
        text(&run.stdout),
        text(&run.stderr)
    );
    let list = barnraise(&store, &["list", "--json"]);
    assert!(
        text(&list.stdout).contains("bee-hive-stand"),
        "{}",
        text(&list.stdout)
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target: PathBuf = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Runs a fixture script (`tests/python/<script>`) writing into `dir` and returns the part
/// areas it expects (`expected.json`), or `None` without the Python validators.
fn fixtures(script: &str, dir: &Path) -> Option<serde_json::Value> {
    let Some(python) = std::env::var_os("BARNRAISE_PYTHON") else {
        eprintln!("BARNRAISE_PYTHON is not set: run scripts/test for the {script} fixtures");
        return None;
    };
    let run = Command::new(python)
        .arg(repo(&format!("tests/python/{script}")))
        .arg(dir)
        .output()
        .expect("python runs");
    assert!(run.status.success(), "{}", text(&run.stderr));
    Some(serde_json::from_slice(&std::fs::read(dir.join("expected.json")).unwrap()).unwrap())
}

/// Imports cut file `file` (in `dir`) as design `slug` at `thickness`, checks the package
/// validates with that thickness and its part areas match `expected[file]` within 0.1 %
/// (`tool` names who computed them), and returns the import's warnings, the package and
/// its evaluation.
fn import_cut_file(
    dir: &Path,
    kind: &str,
    file: &str,
    slug: &str,
    thickness: f64,
    expected: &serde_json::Value,
    tool: &str,
) -> (Vec<String>, Package, barnraise::model::EvaluatedDesign) {
    let store = dir.join("store.git");
    let out = dir.join("out");
    let run = barnraise(
        &store,
        &[
            "import",
            kind,
            dir.join(file).to_str().unwrap(),
            "--design",
            slug,
            "--thickness",
            &thickness.to_string(),
            "--license",
            "CC-BY-SA-4.0",
            "--out",
            out.to_str().unwrap(),
            "--json",
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{file}: {}", text(&run.stderr));
    let report: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let warnings: Vec<String> = report["design"]["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["message"].as_str().unwrap().to_string())
        .collect();
    let pkg = package::validate(&out.join(slug)).unwrap_or_else(|ds| panic!("{file}: {ds:?}"));
    let ev = pkg.evaluate(&BTreeMap::new()).unwrap();
    assert_eq!(ev.materials[0].thickness, thickness);
    let mut areas: Vec<f64> = ev
        .parts
        .iter()
        .map(|p| barnraise::geometry::part_profile(p).unwrap().area)
        .collect();
    areas.sort_by(|a, b| b.total_cmp(a));
    let want: Vec<f64> = expected[file]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    assert_eq!(
        areas.len(),
        want.len(),
        "{file}: parts {areas:?} vs {want:?}"
    );
    for (got, want) in areas.iter().zip(&want) {
        assert!(
            (got - want).abs() <= want * 0.001,
            "{file}: area {got} mm² vs {want} mm² ({tool})"
        );
    }
    (warnings, pkg, ev)
}

#[test]
fn dxf_parts_in_mm_and_inches_have_the_areas_ezdxf_and_shapely_compute() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(expected) = fixtures("make_dxf_fixtures.py", tmp.path()) else {
        return;
    };
    for (file, slug) in [
        ("parts_mm.dxf", "parts-mm"),
        ("parts_in.dxf", "parts-in"),
        ("unitless.dxf", "unitless"),
    ] {
        let (warnings, pkg, ev) = import_cut_file(
            tmp.path(),
            "dxf",
            file,
            slug,
            6.0,
            &expected,
            "ezdxf/shapely",
        );
        assert_eq!(pkg.design.authors[0].name, "Test");
        if file == "unitless.dxf" {
            assert!(
                warnings.iter().any(|w| w.contains("millimetres assumed")),
                "{warnings:?}"
            );
        } else {
            assert!(
                warnings.iter().any(|w| w.starts_with("open contour")),
                "{warnings:?}"
            );
            assert!(
                warnings.iter().any(|w| w.starts_with("duplicate of")),
                "{warnings:?}"
            );
            let part = ev
                .parts
                .iter()
                .find(|p| p.holes.len() == 3)
                .expect("part with 3 holes");
            assert_eq!(part.engravings[0].text, "A-SIDE");
            let score = &pkg.design.extra["cutfile"]["score"];
            assert_eq!(
                score.as_array().map(Vec::len),
                Some(1),
                "the score line is kept"
            );
        }
    }
}

#[test]
fn bad_dxf_input_is_refused_with_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store.git");
    let garbage = tmp.path().join("garbage.dxf");
    let bytes: Vec<u8> = (0..65_536u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&garbage, bytes).unwrap();
    let nothing = tmp.path().join("empty.dxf");
    std::fs::write(&nothing, "0\nSECTION\n2\nENTITIES\n0\nENDSEC\n0\nEOF\n").unwrap();
    for (file, expect) in [(&garbage, "DXF"), (&nothing, "no closed contours")] {
        let run = barnraise(
            &store,
            &[
                "import",
                "dxf",
                file.to_str().unwrap(),
                "--design",
                "bad-one",
                "--out",
                tmp.path().to_str().unwrap(),
            ],
        );
        assert_eq!(run.status.code(), Some(1), "{}", text(&run.stderr));
        assert!(text(&run.stderr).contains(expect), "{}", text(&run.stderr));
    }
}

#[test]
fn svg_parts_in_mm_px_and_under_transforms_have_the_areas_svgelements_computes() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(expected) = fixtures("make_svg_fixtures.py", tmp.path()) else {
        return;
    };
    for (file, slug) in [
        ("parts_mm.svg", "parts-mm"),
        ("parts_px_viewbox.svg", "parts-px-viewbox"),
        ("parts_px.svg", "parts-px"),
        ("unitless.svg", "unitless"),
        ("transformed.svg", "transformed"),
    ] {
        let (warnings, pkg, ev) = import_cut_file(
            tmp.path(),
            "svg",
            file,
            slug,
            4.0,
            &expected,
            "svgelements/shapely",
        );
        assert_eq!(
            warnings.iter().any(|w| w.contains("px at 96 per inch")),
            file == "unitless.svg",
            "{file}: {warnings:?}"
        );
        assert!(
            warnings.iter().any(|w| w.starts_with("open contour")),
            "{file}: {warnings:?}"
        );
        assert!(
            warnings.iter().any(|w| w.starts_with("duplicate of")),
            "{file}: {warnings:?}"
        );
        let part = ev
            .parts
            .iter()
            .find(|p| p.holes.len() == 5)
            .expect("part with 5 holes");
        assert_eq!(part.engravings[0].text, "A-SIDE");
        assert_eq!(
            ev.parts.iter().filter(|p| p.holes.len() == 1).count(),
            1,
            "{file}: the frame has one hole, its island is a part of its own"
        );
        let score = &pkg.design.extra["cutfile"]["score"];
        assert_eq!(
            score.as_array().map(Vec::len),
            Some(2),
            "{file}: the blue line and the black square are kept as score lines"
        );
    }
}

#[test]
fn bad_svg_input_is_refused_with_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store.git");
    let write = |name: &str, bytes: &[u8]| {
        let path = tmp.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let garbage: Vec<u8> = (0..65_536u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let secret = tmp.path().join("secret.txt");
    std::fs::write(&secret, "do not read").unwrap();
    let entity = format!(
        r#"<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY leak SYSTEM "file://{}"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm"><text>&leak;&b;</text>
<rect width="5" height="5"/></svg>"#,
        secret.display()
    );
    let mut huge = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><!--".to_vec();
    huge.resize(33 << 20, b' ');
    huge.extend_from_slice(b"--></svg>");
    let cases = [
        (write("garbage.svg", &garbage), "not"),
        (write("entity.svg", entity.as_bytes()), "DOCTYPE"),
        (write("html.svg", b"<html><body/></html>"), "not <svg>"),
        (write("cut.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect"), "not an SVG"),
        (
            write(
                "nothing.svg",
                br#"<svg xmlns="http://www.w3.org/2000/svg" width="1mm" height="1mm"><line x2="1"/></svg>"#,
            ),
            "no closed contours",
        ),
        (write("huge.svg", &huge), "limit"),
    ];
    for (file, expect) in cases {
        let run = barnraise(
            &store,
            &[
                "import",
                "svg",
                file.to_str().unwrap(),
                "--design",
                "bad-one",
                "--out",
                tmp.path().to_str().unwrap(),
            ],
        );
        let stderr = text(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{}: {stderr}", file.display());
        assert!(stderr.contains(expect), "{}: {stderr}", file.display());
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!tmp.path().join("bad-one").exists(), "{}", file.display());
    }
}

#[test]
fn svg_scripts_images_and_outside_references_are_ignored_with_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("active.svg");
    std::fs::write(
        &file,
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="60mm" height="60mm" viewBox="0 0 60 60">
  <script>fetch("http://example.invalid/")</script>
  <image xlink:href="http://example.invalid/photo.png" width="10" height="10"/>
  <use href="parts.svg#plate"/>
  <rect width="50" height="50" fill="none" stroke="red"/>
</svg>"##,
    )
    .unwrap();
    let run = barnraise(
        &tmp.path().join("store.git"),
        &[
            "import",
            "svg",
            file.to_str().unwrap(),
            "--design",
            "active",
            "--license",
            "CC0-1.0",
            "--out",
            tmp.path().to_str().unwrap(),
        ],
    );
    let stdout = text(&run.stdout);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    for expect in ["never run", "never fetched", "outside the file"] {
        assert!(stdout.contains(expect), "{expect}: {stdout}");
    }
    package::validate(&tmp.path().join("active")).expect("a valid package");
}

#[test]
fn export_format_okh_writes_an_okh_toml_that_imports_back() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("no-store.git");
    let out = tmp.path().join("okh");
    let design = repo("designs/top-bar-hive-kenyan");
    let o = barnraise(
        &store,
        &[
            "export",
            design.to_str().unwrap(),
            "--format",
            "okh",
            "--base-url",
            "https://barnraise.example",
            "--out",
            out.to_str().unwrap(),
            "--json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let written = std::fs::read_to_string(out.join("okh.toml")).unwrap();
    let v: toml::Table = written.parse().unwrap();
    for key in [
        "okhv", "name", "repo", "version", "license", "licensor", "function",
    ] {
        assert!(v.contains_key(key), "okh.toml lacks {key}");
    }
    assert_eq!(
        v["repo"].as_str(),
        Some("https://barnraise.example/designs/top-bar-hive-kenyan")
    );
    let back = reimport(&written);
    let original = Package::load(&design).unwrap().design;
    assert_eq!(metadata(&back), metadata(&original));
}
