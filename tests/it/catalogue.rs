//! The shipped catalogue: every design validates and exports, credits its real authors with
//! a licence and (for designs made elsewhere) the source repository and commit, carries no
//! invented e-mail, and can be found by words; a makerspace's colour map changes what an
//! import of a real file cuts.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use barnraise::model::Design;
use barnraise::search::{SearchIndex, parse_query};
use barnraise::store::Store;

use crate::{barnraise, repo, text};

/// How our own designs are credited.
const OURS: &str = "Barnraise contributors";

fn design_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(repo("designs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("design.toml").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn shipped() -> Vec<Design> {
    barnraise::shipped::packages()
        .expect("every shipped design validates")
        .into_iter()
        .map(|(d, _)| d)
        .collect()
}

fn is_ours(d: &Design) -> bool {
    d.authors.iter().all(|a| a.name == OURS)
}

fn files_below(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files_below(&p, out);
        } else {
            out.push(p);
        }
    }
}

#[test]
fn every_design_credits_its_authors_licence_and_source() {
    let designs = shipped();
    assert_eq!(designs.len(), design_dirs().len());
    let mut real = 0;
    for d in &designs {
        assert!(!d.license.trim().is_empty(), "{}: no licence", d.slug);
        assert!(
            !d.license.contains("LicenseRef-unknown"),
            "{}: unknown licence",
            d.slug
        );
        assert!(!d.authors.is_empty(), "{}: no authors", d.slug);
        for a in &d.authors {
            assert!(
                a.name != "Unknown" && !a.name.trim().is_empty(),
                "{}: author {a:?}",
                d.slug
            );
        }
        if is_ours(d) {
            assert!(
                d.authors.iter().all(|a| a.email.is_none()),
                "{}: our own designs carry no e-mail",
                d.slug
            );
            continue;
        }
        real += 1;
        let from = d
            .derived_from
            .as_ref()
            .unwrap_or_else(|| panic!("{}: made elsewhere but no derived_from", d.slug));
        let url = from.store.as_deref().unwrap_or_default();
        assert!(url.starts_with("https://github.com/"), "{}: {url}", d.slug);
        let commit = from.revision.as_deref().unwrap_or_default();
        assert!(
            commit.len() == 40 && commit.chars().all(|c| c.is_ascii_hexdigit()),
            "{}: source commit '{commit}'",
            d.slug
        );
        // The original file is kept in the package.
        let source = repo("designs").join(&d.slug).join("source");
        assert!(
            std::fs::read_dir(&source).is_ok_and(|mut r| r.next().is_some()),
            "{}: no original file under source/",
            d.slug
        );
    }
    assert!(real >= 20, "only {real} designs made by others");

    // docs/catalogue.md lists every imported design with its commit.
    let doc = std::fs::read_to_string(repo("docs/catalogue.md")).unwrap();
    for d in designs.iter().filter(|d| !is_ours(d)) {
        assert!(
            doc.contains(&format!("`{}`", d.slug)),
            "{} not in docs",
            d.slug
        );
        let commit = d.derived_from.as_ref().and_then(|f| f.revision.as_deref());
        assert!(doc.contains(commit.unwrap_or("?")), "{}: commit", d.slug);
    }
}

#[test]
fn no_invented_e_mail_in_designs() {
    let mut files = Vec::new();
    files_below(&repo("designs"), &mut files);
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        for (n, line) in text.lines().enumerate() {
            let lower = line.to_lowercase();
            let invented = lower.contains(".example>")
                || lower.contains(".example\"")
                || lower.contains("example.org>")
                || lower.contains("example.com>");
            assert!(!invented, "{}:{}: {line}", f.display(), n + 1);
        }
    }
}

#[test]
fn every_shipped_design_exports() {
    let tmp = tempfile::tempdir().unwrap();
    let designs = shipped();
    for dir in design_dirs() {
        let slug = dir.file_name().unwrap().to_string_lossy().into_owned();
        let design = designs.iter().find(|d| d.slug == slug).unwrap();
        let cnc = design
            .parts
            .iter()
            .filter(|p| p.process == barnraise::model::Process::Cnc)
            .count();
        let format = if 2 * cnc > design.parts.len() {
            "dxf"
        } else {
            "svg"
        };
        let out = tmp.path().join(&slug);
        let o = barnraise(
            tmp.path(),
            &[
                "export",
                dir.to_str().unwrap(),
                "--format",
                format,
                "--time-limit",
                "0.2",
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert!(
            o.status.success(),
            "{slug}: {}\n{}",
            text(&o.stdout),
            text(&o.stderr)
        );
        let cut = std::fs::read_dir(&out)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == format)
            })
            .count();
        assert!(cut >= 1, "{slug}: no {format} written");
    }
}

#[test]
fn search_finds_catalogue_designs_by_words() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::init(&tmp.path().join("store.git"), None).unwrap();
    store
        .import(
            &barnraise::shipped::packages().unwrap(),
            &barnraise::app::seed::shipped_committer(),
        )
        .unwrap();
    let mut index = SearchIndex::open(&tmp.path().join("index")).unwrap();
    index.update(&store).unwrap();
    let slugs = |q: &str| -> Vec<String> {
        index
            .search(&parse_query(q).unwrap())
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.slug)
            .collect()
    };
    assert_eq!(slugs("queen bee")[0], "boxes-bee-queen-cage");
    assert_eq!(slugs("bird house")[0], "boxes-bird-house");
    assert_eq!(slugs("stevenson screen")[0], "boxes-stevenson-screen");
    let wikihouse: BTreeSet<String> = slugs("wikihouse").into_iter().collect();
    for s in [
        "wikihouse-wren-tolerance-test",
        "wikihouse-skylark250-window-xl2",
    ] {
        assert!(wikihouse.contains(s), "{wikihouse:?}");
    }
    assert_eq!(slugs("author:liffiton"), ["atles-enclosure"]);
    assert!(slugs("author:festi").len() >= 20);
}

/// A makerspace profile file with `[import.colours]`, beside `dir`.
fn profile(dir: &Path, colours: &str) -> PathBuf {
    let base = std::fs::read_to_string(repo("makerspaces/example-laser-club.toml")).unwrap();
    let base = base
        .split("\n[import")
        .next()
        .unwrap_or_default()
        .to_string();
    let path = dir.join("example-laser-club.toml");
    std::fs::write(&path, format!("{base}\n[import.colours]\n{colours}\n")).unwrap();
    path
}

fn imported_holes(tmp: &Path, slug: &str, makerspace: Option<&Path>) -> (usize, String) {
    let file = repo("tests/fixtures/interop/real/boxes-BirdHouse.svg");
    let out = tmp.join("out");
    let mut args = vec![
        "import",
        "svg",
        file.to_str().unwrap(),
        "--design",
        slug,
        "--license",
        "GPL-3.0-or-later",
        "--out",
        out.to_str().unwrap(),
    ];
    if let Some(m) = makerspace {
        args.extend(["--makerspace", m.to_str().unwrap()]);
    }
    let o = barnraise(tmp, &args);
    assert!(o.status.success(), "{}{}", text(&o.stdout), text(&o.stderr));
    let manifest = std::fs::read_to_string(out.join(slug).join("design.toml")).unwrap();
    (manifest.matches("[[parts.holes]]").count(), text(&o.stdout))
}

#[test]
fn a_makerspace_colour_map_decides_what_a_real_file_cuts() {
    let tmp = tempfile::tempdir().unwrap();
    // boxes.py draws outlines black and inner cuts blue, where the common laser habit (and
    // our default for unknown files) scores blue. Its own convention is recognised…
    let (plain, _) = imported_holes(tmp.path(), "plain", None);
    assert!(plain >= 10, "{plain}");
    // …a shop whose blue is a score line leaves the inner cuts out…
    let scores = profile(
        tmp.path(),
        "\"#000000\" = \"cut\"\n\"#0000ff\" = \"score\"\n\"#ff0000\" = \"ignore\"",
    );
    let (scored, out) = imported_holes(tmp.path(), "scored", Some(&scores));
    assert_eq!(scored, 0, "{out}");
    // …and one that cuts blue (written as an AutoCAD index: 5 is blue) keeps them.
    let cuts = profile(
        tmp.path(),
        "7 = \"cut-outside\"\n5 = \"cut\"\n1 = \"ignore\"",
    );
    let (cut, out) = imported_holes(tmp.path(), "cut", Some(&cuts));
    assert_eq!(cut, plain, "{out}");

    // A bad colour or operation is refused with the profile's line.
    let bad = profile(tmp.path(), "\"#00ff\" = \"cut\"\n\"#0000ff\" = \"scor\"");
    let file = repo("tests/fixtures/interop/real/boxes-BirdHouse.svg");
    let o = barnraise(
        tmp.path(),
        &[
            "import",
            "svg",
            file.to_str().unwrap(),
            "--design",
            "bad",
            "--makerspace",
            bad.to_str().unwrap(),
            "--out",
            tmp.path().join("bad").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    let lines = std::fs::read_to_string(&bad).unwrap().lines().count();
    assert!(
        err.contains(&format!("example-laser-club.toml:{}", lines - 1))
            && err.contains("'#00ff' is not a colour"),
        "{err}"
    );
    assert!(err.contains("did you mean 'score'"), "{err}");
    assert!(!tmp.path().join("bad").exists());
}
