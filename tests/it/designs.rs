//! The shipped designs: all valid, varied, and their sizes follow the measured thickness
//! exactly.

use std::collections::{BTreeMap, BTreeSet};

use barnraise::geometry::part_profile;
use barnraise::model::{EvaluatedDesign, EvaluatedPart, Process};
use barnraise::package::{self, Package};

use crate::repo;

fn load(slug: &str) -> Package {
    package::validate(&repo(&format!("designs/{slug}"))).unwrap_or_else(|e| panic!("{slug}: {e:?}"))
}

fn eval(slug: &str, params: &[(&str, f64)]) -> EvaluatedDesign {
    let pkg = load(slug);
    let overrides: BTreeMap<String, f64> =
        params.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    pkg.design.evaluate(&overrides).unwrap()
}

fn part<'a>(ev: &'a EvaluatedDesign, label: &str) -> &'a EvaluatedPart {
    ev.parts
        .iter()
        .find(|p| p.label == label)
        .unwrap_or_else(|| panic!("no part {label}"))
}

fn size(p: &EvaluatedPart) -> [f64; 2] {
    let s = part_profile(p).unwrap().size();
    [(s[0] * 1e6).round() / 1e6, (s[1] * 1e6).round() / 1e6]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn every_shipped_design_is_valid_and_the_set_is_varied() {
    let dirs = package::discover(&repo("designs")).unwrap();
    assert!(dirs.len() >= 8, "{} designs", dirs.len());
    let mut licences = BTreeSet::new();
    let mut processes = BTreeSet::new();
    let mut forks = 0;
    for dir in &dirs {
        let pkg = package::validate(dir).unwrap_or_else(|e| panic!("{}: {e:#?}", dir.display()));
        let d = &pkg.design;
        licences.insert(d.license.clone());
        assert!(
            d.parameter("thickness").is_some(),
            "{}: thickness must be a parameter",
            d.slug
        );
        // Designs imported from other projects' cut files carry what their sources have
        // (parts, licence, authors, source: `catalogue.rs`), not a BOM or steps of ours.
        if d.derived_from.as_ref().is_some_and(|f| f.store.is_some()) {
            assert!(!d.parts.is_empty(), "{}", d.slug);
            for p in &d.parts {
                processes.insert(p.process);
            }
            continue;
        }
        if d.derived_from.is_some() {
            forks += 1;
        }
        assert!(
            !d.parts.is_empty() && !d.bom.is_empty() && !d.assembly.steps.is_empty(),
            "{}",
            d.slug
        );
        assert!(!d.images.is_empty(), "{}", d.slug);
        assert!(d.bom.iter().all(|b| b.unit_cost > 0.0), "{}", d.slug);
        for p in &d.parts {
            processes.insert(p.process);
        }
        // Every image is a real SVG drawing in millimetres.
        for img in &d.images {
            let text = std::fs::read_to_string(pkg.dir.join(&img.path)).unwrap();
            assert!(
                text.contains("mm\" viewBox=") && text.matches("<path").count() >= d.parts.len(),
                "{}",
                d.slug
            );
        }
    }
    for l in [
        "CC-BY-SA-4.0",
        "CERN-OHL-S-2.0",
        "CC-BY-4.0",
        "CC-BY-NC-SA-4.0",
    ] {
        assert!(licences.contains(l), "no shipped design under {l}");
    }
    assert!(processes.contains(&Process::Laser) && processes.contains(&Process::Cnc));
    assert!(forks >= 1);
    // The embedded copy in the binary is the same set.
    assert_eq!(barnraise::shipped::packages().unwrap().len(), dirs.len());
}

#[test]
fn wall_block_slots_follow_the_measured_thickness() {
    let thin = eval("plywood-wall-block", &[("thickness", 17.4)]);
    let thick = eval("plywood-wall-block", &[("thickness", 18.6)]);
    assert_eq!(thin.part_count(), 44);
    assert_eq!(thin.parts.len(), 12);
    for (ev, t) in [(&thin, 17.4), (&thick, 18.6)] {
        let fin = part(ev, "WB-FIN");
        assert_eq!(fin.slots.len(), 2);
        assert!(
            fin.slots
                .iter()
                .all(|s| close(s.width, t + 0.3) && close(s.depth, 125.0) && s.dogbone)
        );
        let rib = part(ev, "WB-RIB-L");
        assert_eq!(rib.slots.len(), 6);
        assert!(close(rib.slots[5].at[0], 1100.0) && close(rib.slots[5].width, t + 0.3));
        assert_eq!(size(fin), [600.0, 250.0]);
        assert_eq!(size(rib), [1200.0, 250.0]);
    }
    // Two slots 125 deep, 1.2 mm narrower: the thin fin has exactly 300 mm² more plywood.
    let a_thin = part_profile(part(&thin, "WB-FIN")).unwrap().area;
    let a_thick = part_profile(part(&thick, "WB-FIN")).unwrap().area;
    // (geo's boolean operations round to a fine fixed-point grid: allow 0.001 mm².)
    assert!(
        (a_thin - a_thick - 300.0).abs() < 1e-3,
        "{}",
        a_thin - a_thick
    );
    // Bow-tie keys: 30 mm waist less clearance on both sides.
    let key = part(&thin, "WB-KEY");
    assert_eq!(size(key), [80.0, 49.4]);
}

#[test]
fn rack_mortises_and_tenons_follow_the_thickness() {
    for t in [11.4, 12.6] {
        let ev = eval("seedling-tray-rack", &[("thickness", t)]);
        let side = part(&ev, "STR-SIDE");
        // 2 mortise columns × 5 shelves, 4 windows, 1 hand hold.
        assert_eq!(side.holes.len(), 15);
        let mortise = part_profile(&EvaluatedPart {
            holes: vec![side.holes[0].clone()],
            ..side.clone()
        })
        .unwrap();
        let m = &mortise.polygon.interiors()[0];
        let xs: Vec<f64> = m.0.iter().map(|c| c.x).collect();
        let ys: Vec<f64> = m.0.iter().map(|c| c.y).collect();
        let w = xs.iter().cloned().fold(f64::MIN, f64::max)
            - xs.iter().cloned().fold(f64::MAX, f64::min);
        let h = ys.iter().cloned().fold(f64::MIN, f64::max)
            - ys.iter().cloned().fold(f64::MAX, f64::min);
        // Polygon booleans keep about 1e-6 mm; machines resolve 1e-2.
        assert!(
            (w - 60.2).abs() < 1e-5 && (h - (t + 0.2)).abs() < 1e-5,
            "{w} × {h}"
        );
        let shelf = part(&ev, "STR-SHELF");
        assert_eq!(size(shelf), [560.0 + 2.0 * t, 300.0]);
        assert_eq!(shelf.quantity, 5);
    }
    let three = eval("seedling-tray-rack", &[("shelves", 3.0)]);
    assert_eq!(part(&three, "STR-SHELF").quantity, 3);
    assert_eq!(size(part(&three, "STR-SIDE")), [320.0, 820.0]);
}

#[test]
fn cart_hive_bench_and_plates_have_their_real_sizes() {
    for t in [11.0, 13.0] {
        let ev = eval("harvest-cart-box", &[("thickness", t)]);
        assert_eq!(
            size(part(&ev, "HC-FLOOR")),
            [900.0 + 2.0 * t, 600.0 + 2.0 * t]
        );
        assert_eq!(size(part(&ev, "HC-BACK")), [600.0 + 2.0 * t, 350.0]);
    }
    let hive = eval("top-bar-hive-kenyan", &[]);
    assert_eq!(part(&hive, "KTB-BAR").quantity, 25);
    assert_eq!(size(part(&hive, "KTB-BAR")), [483.0, 32.0]);
    let side = size(part(&hive, "KTB-SIDE"));
    // The sloped side runs from the floor's edge to the top of the end board (260 + 18).
    assert!(close(side[0], 836.0) && (side[1] - (110.0f64.hypot(278.0))).abs() < 1e-6);
    let european = eval("top-bar-hive-kenyan", &[("bar_width", 35.0)]);
    assert_eq!(part(&european, "KTB-BAR").quantity, 22);

    let bench = eval("potting-bench", &[("thickness", 17.4)]);
    // Working height: frame plus worktop thickness.
    assert_eq!(size(part(&bench, "PB-FRAME")), [600.0, 897.4]);
    assert_eq!(
        size(part(&bench, "PB-SHELF")),
        [1000.0 - 17.4 + 2.0 * 17.4, 500.0]
    );

    let plates = eval("push-seeder-plates", &[("cell_oversize", 0.4)]);
    let carrot = part(&plates, "SP-CARROT");
    assert_eq!(carrot.holes.len(), 3 + 24);
    let (_, d) = carrot.holes[3].contour.as_circle().unwrap();
    assert!(close(d, 2.6), "{d}");
    assert_eq!(size(carrot), [85.0, 85.0]);
}
