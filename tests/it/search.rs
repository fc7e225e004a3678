//! Search over the shipped designs: rankings, filters, facets, incremental updates.

use std::collections::BTreeSet;

use barnraise::model::Author;
use barnraise::search::{SearchIndex, parse_query};
use barnraise::store::Store;

use crate::store::package;

/// Barnraise's own shipped designs (the imported catalogue is tested in `catalogue.rs`), so
/// the rankings here stay about the designs they were written for.
fn own_designs() -> Vec<(barnraise::model::Design, barnraise::store::PackageFiles)> {
    barnraise::shipped::packages()
        .unwrap()
        .into_iter()
        .filter(|(d, _)| d.derived_from.as_ref().is_none_or(|f| f.store.is_none()))
        .collect()
}

fn shipped_store(tmp: &std::path::Path) -> Store {
    let store = Store::init(&tmp.join("store.git"), None).unwrap();
    let who = Author {
        name: "Test".into(),
        email: Some("test@example.org".into()),
    };
    store.import(&own_designs(), &who).unwrap();
    store
}

fn slugs(index: &SearchIndex, q: &str) -> Vec<String> {
    let q = parse_query(q).unwrap();
    index
        .search(&q)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.slug)
        .collect()
}

#[test]
fn rankings_filters_and_facets_on_the_shipped_designs() {
    let tmp = tempfile::tempdir().unwrap();
    let store = shipped_store(tmp.path());
    let mut index = SearchIndex::open(&tmp.path().join("index")).unwrap();
    let r = index.update(&store).unwrap();
    assert!(r.rebuilt);
    assert_eq!(r.indexed, 8);

    assert_eq!(slugs(&index, "seeder")[0], "push-seeder-plates");
    assert_eq!(
        slugs(&index, "seder")[0],
        "push-seeder-plates",
        "one typo is forgiven"
    );
    assert_eq!(slugs(&index, "beehive")[0], "top-bar-hive-kenyan");
    assert_eq!(slugs(&index, "\"top bar\"")[0], "top-bar-hive-kenyan");
    assert_eq!(slugs(&index, "wikihouse")[0], "plywood-wall-block");
    assert_eq!(slugs(&index, "compost")[0], "compost-sifter");

    // license: returns exactly the shipped designs under that licence.
    let expected: BTreeSet<String> = own_designs()
        .into_iter()
        .filter(|(d, _)| d.license == "CC-BY-SA-4.0")
        .map(|(d, _)| d.slug)
        .collect();
    let got: BTreeSet<String> = slugs(&index, "license:CC-BY-SA-4.0").into_iter().collect();
    assert_eq!(got, expected);
    assert_eq!(got.len(), 3);

    // Facet counts cover every match.
    let all = index.search(&parse_query("").unwrap()).unwrap();
    assert_eq!(all.total, 8);
    let process: Vec<(String, u64)> = all.facets["process"].clone();
    assert_eq!(process, [("cnc".to_string(), 5), ("laser".to_string(), 3)]);
    let lic: u64 = all.facets["license"].iter().map(|(_, n)| n).sum();
    assert_eq!(lic, 8);

    // Fits my machine: a 600 × 400 laser bed keeps the plates and the sifter (560 mm
    // sides) and drops everything with a larger part; 3 and 6 mm stock drops the CNC ply.
    let fits: BTreeSet<String> = slugs(&index, "bed:600x400").into_iter().collect();
    assert_eq!(
        fits,
        [
            "compost-sifter",
            "push-seeder-plates",
            "push-seeder-plates-fine"
        ]
        .map(String::from)
        .into()
    );
    // Turning is allowed: a 400 × 600 bed is the same machine.
    assert_eq!(slugs(&index, "bed:400x600").len(), 3);
    // The sifter's long side is 560 mm: a 550 mm bed excludes it.
    assert!(!slugs(&index, "bed:550x400").contains(&"compost-sifter".to_string()));
    assert_eq!(slugs(&index, "thickness:18").len(), 3);
    assert_eq!(slugs(&index, "process:laser material:acrylic").len(), 2);
    assert_eq!(
        slugs(&index, "category:beekeeping"),
        ["top-bar-hive-kenyan"]
    );
    assert_eq!(slugs(&index, "author:barnraise").len(), 8);

    // Snippets highlight the matched words, and other text is escaped.
    let hit = &index.search(&parse_query("washer").unwrap()).unwrap();
    assert_eq!(hit.total, 0);
    let hit = &index
        .search(&parse_query("insulation").unwrap())
        .unwrap()
        .hits[0];
    assert!(
        hit.snippet
            .runs()
            .iter()
            .any(|(t, matched)| *matched && t.eq_ignore_ascii_case("insulation")),
        "{:?}",
        hit.snippet
    );
    let plates = &index.search(&parse_query("seeder").unwrap()).unwrap().hits[0];
    assert_eq!(plates.forks, 1);
    assert_eq!(plates.largest_part, [85.0, 85.0]);

    // Bad queries are answered, not crashed on.
    let err = index
        .search(&parse_query("hive AND (").unwrap())
        .unwrap_err();
    assert!(
        err.is_user_error() && err.to_string().contains("cannot read the query"),
        "{err}"
    );
    assert!(
        parse_query("colour:red")
            .unwrap_err()
            .to_string()
            .contains("filters are")
    );
}

#[test]
fn incremental_updates_match_a_full_rebuild_and_a_broken_index_is_rebuilt() {
    let tmp = tempfile::tempdir().unwrap();
    let store = shipped_store(tmp.path());
    let dir = tmp.path().join("index");
    let mut index = SearchIndex::open(&dir).unwrap();
    index.update(&store).unwrap();
    assert_eq!(index.indexed_commit(), store.head_id().unwrap());

    let who = Author {
        name: "Keeper".into(),
        email: Some("keeper@example.org".into()),
    };
    let pkgs = tmp.path().join("pkgs");
    store
        .publish(
            &package(&pkgs, "seed-drill-plates", "1.0.0", "CC-BY-4.0"),
            &who,
            "Add",
        )
        .unwrap();
    store
        .fork("compost-sifter", "compost-sifter-big", &who, None)
        .unwrap();
    let r = index.update(&store).unwrap();
    assert!(!r.rebuilt);
    // The two new designs plus the sifter, whose fork count changed.
    assert_eq!(r.indexed, 3);
    // Filter-only queries score every hit alike; results are ordered by slug then.
    let queries = [
        "seeder",
        "compost",
        "license:CC-BY-NC-SA-4.0",
        "bed:600x400",
        "",
        "plates thickness:3",
    ];
    let incremental: Vec<Vec<String>> = queries.iter().map(|q| slugs(&index, q)).collect();
    let sifter = &index.search(&parse_query("compost").unwrap()).unwrap().hits;
    assert_eq!(
        sifter
            .iter()
            .find(|h| h.slug == "compost-sifter")
            .unwrap()
            .forks,
        1
    );

    let mut fresh = SearchIndex::open(&tmp.path().join("index2")).unwrap();
    fresh.rebuild(&store).unwrap();
    let rebuilt: Vec<Vec<String>> = queries.iter().map(|q| slugs(&fresh, q)).collect();
    assert_eq!(incremental, rebuilt);

    // Nothing new: nothing done.
    assert_eq!(index.update(&store).unwrap().indexed, 0);
    drop(index);

    // Corrupt the index: it is rebuilt on open + update, with the same answers.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() && p.file_name().unwrap() != "barnraise-commit" {
            std::fs::write(&p, b"garbage").unwrap();
        }
    }
    let mut index = SearchIndex::open(&dir).unwrap();
    let r = index.update(&store).unwrap();
    assert!(r.rebuilt || r.indexed == 0);
    let again: Vec<Vec<String>> = queries.iter().map(|q| slugs(&index, q)).collect();
    assert_eq!(again, rebuilt);
    // Deleted outright: the same.
    drop(index);
    std::fs::remove_dir_all(&dir).unwrap();
    let mut index = SearchIndex::open(&dir).unwrap();
    assert!(index.update(&store).unwrap().rebuilt);
    assert_eq!(
        queries.iter().map(|q| slugs(&index, q)).collect::<Vec<_>>(),
        rebuilt
    );
}

#[test]
fn cost_adds_sheet_material_priced_from_the_stores_makerspaces() {
    let tmp = tempfile::tempdir().unwrap();
    let store = shipped_store(tmp.path());
    let who = Author {
        name: "Test".into(),
        email: Some("test@example.org".into()),
    };
    let mut index = SearchIndex::open(&tmp.path().join("index")).unwrap();
    index.update(&store).unwrap();
    let hit = |index: &SearchIndex| {
        let q = parse_query("wikihouse").unwrap();
        index.search(&q).unwrap().hits.into_iter().next().unwrap()
    };
    // No makerspaces yet: no price, so the cost is the hardware alone.
    let before = hit(&index);
    assert_eq!(before.slug, "plywood-wall-block");
    assert_eq!(before.material_cost, None);
    let hardware = before.cost;
    assert!(hardware > 0.0);

    // Cardiff stocks 18 mm plywood at £38 a 2440 × 1220 sheet (GBP, like the design).
    let bytes = std::fs::read(crate::repo("makerspaces/example-cnc-workshop.toml")).unwrap();
    store
        .publish_makerspace(&bytes, "example-cnc-workshop", &who, "")
        .unwrap();
    let r = index.update(&store).unwrap();
    assert!(r.rebuilt, "new prices re-price every design");
    let after = hit(&index);
    let pkg =
        barnraise::package::Package::load(&crate::repo("designs/plywood-wall-block")).unwrap();
    let ev = pkg.evaluate(&Default::default()).unwrap();
    let area: f64 = ev
        .parts
        .iter()
        .map(|p| barnraise::geometry::part_profile(p).unwrap().area * f64::from(p.quantity))
        .sum();
    let expected = area / 1e6 / barnraise::cost::ESTIMATED_UTILISATION * (38.0 / (2.44 * 1.22));
    let material = after.material_cost.expect("priced");
    assert!(
        (material - expected).abs() < 0.01,
        "{material} vs {expected}"
    );
    assert!((after.cost - (hardware + material)).abs() < 0.01);
    // The cost filter sees it.
    let q = parse_query(&format!("wikihouse cost:>{}", (hardware + 1.0).floor())).unwrap();
    assert_eq!(index.search(&q).unwrap().total, 1);
}
