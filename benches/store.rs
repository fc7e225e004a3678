//! Store timings at 1,000 designs: publish, history, list, and peer sync.
//!
//! Run: `cargo bench --bench store` (prints a table; figures go in BENCHMARKS.md).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use barnraise::model::Author;
use barnraise::store::{PackageFiles, Store};

const DESIGNS: usize = 1000;

fn fixture() -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let text =
        std::fs::read_to_string(root.join("tests/fixtures/valid/push-seeder-plates/design.toml"))
            .unwrap();
    // Originals, not forks.
    let start = text.find("# Present only on forks").unwrap();
    let end = text.find("[parameters.thickness]").unwrap();
    format!("{}{}", &text[..start], &text[end..])
}

fn package(slug: &str, version: &str) -> (barnraise::model::Design, PackageFiles) {
    let text = fixture()
        .replace(
            "slug = \"push-seeder-plates\"",
            &format!("slug = \"{slug}\""),
        )
        .replace("version = \"1.2.0\"", &format!("version = \"{version}\""));
    let design = barnraise::model::parse_manifest(&text, Some(slug)).unwrap();
    let mut files = PackageFiles::new();
    files.insert("design.toml".into(), text.into_bytes());
    files.insert(
        "images/plates.svg".into(),
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec(),
    );
    (design, files)
}

fn write_package(parent: &Path, slug: &str, version: &str) -> PathBuf {
    let (_, files) = package(slug, version);
    let dir = parent.join(slug);
    for (name, bytes) in files {
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    dir
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let who = Author {
        name: "Bench".into(),
        email: Some("bench@example.org".into()),
    };
    let tmp = tempfile::tempdir().unwrap();
    let a = Store::init(&tmp.path().join("a.git"), None).unwrap();
    let packages: Vec<_> = (0..DESIGNS)
        .map(|i| package(&format!("design-{i:04}"), "1.0.0"))
        .collect();
    let t = Instant::now();
    a.import(&packages, &who).unwrap();
    let import = t.elapsed();

    let work = tmp.path().join("work");
    let mut publish = Vec::new();
    for i in 0..20 {
        let dir = write_package(&work, &format!("new-{i:02}"), "1.0.0");
        let t = Instant::now();
        a.publish(&dir, &who, "bench").unwrap();
        publish.push(t.elapsed());
    }
    let mut update = Vec::new();
    for i in 0..20 {
        let dir = write_package(&work, &format!("design-{i:04}"), "1.0.1");
        let t = Instant::now();
        a.publish(&dir, &who, "bench update").unwrap();
        update.push(t.elapsed());
    }
    let t = Instant::now();
    let listed = a.list(None).unwrap().len();
    let list = t.elapsed();
    let t = Instant::now();
    a.history("design-0500").unwrap();
    let history = t.elapsed();

    let b = Store::init(&tmp.path().join("b.git"), None).unwrap();
    b.add_peer("a", &format!("file://{}", a.path().display()))
        .unwrap();
    let t = Instant::now();
    let r = b.sync(Some("a"), &who).unwrap();
    let first_sync = t.elapsed();
    let imported = r[0].actions.len();
    let t = Instant::now();
    b.sync(Some("a"), &who).unwrap();
    let noop_sync = t.elapsed();
    let dir = write_package(&work, "design-0999", "1.0.2");
    a.publish(&dir, &who, "one change").unwrap();
    let t = Instant::now();
    b.sync(Some("a"), &who).unwrap();
    let one_sync = t.elapsed();

    println!("store benchmark: {listed} designs (cargo bench --bench store)");
    println!("| operation | time |");
    println!("|---|---|");
    println!(
        "| import {DESIGNS} designs, one commit each | {} |",
        ms(import)
    );
    println!(
        "| publish a new design (median of 20) | {} |",
        ms(median(publish))
    );
    println!(
        "| publish an update (median of 20) | {} |",
        ms(median(update))
    );
    println!("| list all designs (parse every manifest) | {} |", ms(list));
    println!(
        "| history of one design ({} commits walked) | {} |",
        DESIGNS + 40,
        ms(history)
    );
    println!(
        "| first sync from a peer ({imported} designs imported, validated) | {} |",
        ms(first_sync)
    );
    println!("| sync with nothing new | {} |", ms(noop_sync));
    println!("| sync with one changed design | {} |", ms(one_sync));
}
