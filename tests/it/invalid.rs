//! Every file in `tests/fixtures/invalid/` gives the diagnostics its `# expect:` lines name.
//!
//! An expectation is `# expect: LINE:COLUMN: PATH: FRAGMENT`, where FRAGMENT must occur in
//! the message. Every expectation must be met and every file must give at least one problem.

use std::fs;

use barnraise::model::Diagnostic;

use crate::{check_file, repo};

struct Expect {
    line: u32,
    column: u32,
    path: String,
    fragment: String,
}

fn expectations(bytes: &[u8]) -> Vec<Expect> {
    String::from_utf8_lossy(bytes)
        .lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .map(|e| {
            let mut it = e.splitn(4, ':');
            let line = it.next().unwrap().trim().parse().unwrap();
            let column = it.next().unwrap().trim().parse().unwrap();
            let path = it.next().unwrap().trim().to_string();
            let fragment = it.next().unwrap().trim().to_string();
            Expect {
                line,
                column,
                path,
                fragment,
            }
        })
        .collect()
}

fn matches(d: &Diagnostic, e: &Expect) -> bool {
    let pos = d.position.map(|p| (p.line, p.column));
    pos == Some((e.line, e.column)) && d.path == e.path && d.message.contains(&e.fragment)
}

#[test]
fn every_broken_fixture_gives_its_expected_messages_at_their_lines() {
    let dir = repo("tests/fixtures/invalid");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(
        files.len() >= 20,
        "expected the fixture folder to hold ≥ 20 files"
    );
    let mut failures = Vec::new();
    for file in files {
        let bytes = fs::read(&file).unwrap();
        let expects = expectations(&bytes);
        let problems = check_file(&file);
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        if expects.is_empty() {
            failures.push(format!("{name}: has no '# expect:' lines"));
        }
        if problems.is_empty() {
            failures.push(format!("{name}: no problem was reported"));
        }
        for e in &expects {
            if !problems.iter().any(|d| matches(d, e)) {
                failures.push(format!(
                    "{name}: expected {}:{}: {}: …{}…; got:\n    {}",
                    e.line,
                    e.column,
                    e.path,
                    e.fragment,
                    problems
                        .iter()
                        .map(|d| d.to_string())
                        .collect::<Vec<_>>()
                        .join("\n    ")
                ));
            }
        }
        // Every problem in a manifest points at a line.
        for d in problems.iter().filter(|d| d.position.is_none()) {
            failures.push(format!("{name}: problem without a line: {d}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_ten_megabyte_manifest_is_refused_with_the_limit_named() {
    let mut big = b"name = \"x\"\ndescription = \"".to_vec();
    big.extend(std::iter::repeat_n(b'a', 10 * 1024 * 1024));
    big.extend(b"\"\n");
    let err = barnraise::package::parse_bytes(&big, std::path::Path::new("big/design.toml"), None)
        .unwrap_err();
    assert_eq!(err.len(), 1);
    assert!(
        err[0].message.contains("limit is 1048576 bytes"),
        "{}",
        err[0]
    );
    assert!(
        err[0].to_string().starts_with("big/design.toml: "),
        "{}",
        err[0]
    );
}
