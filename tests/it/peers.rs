//! The peer trust model (issue #18): a peer's edit of a design it is not home of waits for
//! review, versions never go down, peer tags stay in the peer's namespace, sync limits; and
//! syncing from real https and ssh servers started on loopback.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{barnraise, text};

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=Example Peer",
            "-c",
            "user.email=peer@example.org",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json(store: &Path, args: &[&str]) -> serde_json::Value {
    let mut a = args.to_vec();
    a.push("--json");
    let out = barnraise(store, &a);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        text(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn main_of(store: &Path) -> String {
    git(store, &["rev-parse", "main"]).trim().to_string()
}

/// Edits `designs/<slug>/design.toml` in the work clone with `f`, commits and pushes.
fn peer_edit(work: &Path, slug: &str, message: &str, f: impl Fn(String) -> String) {
    let m = work.join(format!("designs/{slug}/design.toml"));
    let text = std::fs::read_to_string(&m).unwrap();
    std::fs::write(&m, f(text)).unwrap();
    git(work, &["commit", "-qam", message]);
    git(work, &["push", "-q", "origin", "main"]);
}

fn set_version(text: String, v: &str) -> String {
    let mut done = false;
    let mut out = String::new();
    for l in text.lines() {
        if !done && l.starts_with("version = ") {
            out.push_str(&format!("version = \"{v}\""));
            done = true;
        } else {
            out.push_str(l);
        }
        out.push('\n');
    }
    out
}

/// Our store (seeded with the shipped designs) and a peer that cloned it, with a work clone.
fn ours_and_a_clone(tmp: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let ours = tmp.join("ours.git");
    let out = barnraise(&ours, &["init"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let peer = tmp.join("evil.git");
    git(
        tmp,
        &[
            "clone",
            "-q",
            "--bare",
            ours.to_str().unwrap(),
            peer.to_str().unwrap(),
        ],
    );
    let work = tmp.join("evil-work");
    git(
        tmp,
        &[
            "clone",
            "-q",
            peer.to_str().unwrap(),
            work.to_str().unwrap(),
        ],
    );
    (ours, peer, work)
}

#[test]
fn a_clone_editing_our_design_waits_for_review_and_its_tags_are_not_our_releases() {
    let tmp = tempfile::tempdir().unwrap();
    let (ours, peer, work) = ours_and_a_clone(tmp.path());
    // The attack from the issue: same version, new text, and a fake release tag.
    peer_edit(&work, "compost-sifter", "Replace the sifter", |t| {
        t.replacen(
            "name = \"Compost sifter frame\"",
            "name = \"Compost sifter frame (replaced)\"",
            1,
        )
    });
    git(&work, &["tag", "compost-sifter/v9.9.9"]);
    git(&work, &["push", "-q", "origin", "--tags"]);
    json(
        &ours,
        &["peer", "add", "evil", &format!("file://{}", peer.display())],
    );
    let before = main_of(&ours);
    let r = json(&ours, &["sync", "evil"]);
    let actions = r[0]["actions"].as_array().unwrap();
    assert_eq!(actions.len(), 1, "{r}");
    assert_eq!(actions[0]["action"], "pending");
    assert_eq!(actions[0]["slug"], "compost-sifter");
    assert_eq!(actions[0]["reason"], "not-trusted");
    assert_eq!(actions[0]["branch"], "peers/evil/compost-sifter");
    assert_eq!(r[0]["commit"], serde_json::Value::Null);
    assert_eq!(main_of(&ours), before, "our main did not change");
    let shown = json(&ours, &["show", "compost-sifter"]);
    assert_eq!(shown["name"], "Compost sifter frame", "{shown}");
    // The fake tag is in the peer's namespace, not among our releases.
    let releases = json(&ours, &["releases"]);
    assert!(
        !releases.to_string().contains("9.9.9"),
        "fake tag became a release: {releases}"
    );
    assert!(git(&ours, &["tag", "-l"]).trim().is_empty());
    assert!(
        git(&ours, &["show-ref"]).contains("refs/peers/evil/tags/compost-sifter/v9.9.9"),
        "peer tags are kept under refs/peers/evil/tags/"
    );
    // It is listed for review, cannot be accepted (same version) and can be refused.
    let pending = json(&ours, &["peer", "pending"]);
    assert_eq!(pending.as_array().unwrap().len(), 1, "{pending}");
    assert_eq!(pending[0]["peer"], "evil");
    assert_eq!(pending[0]["version"], "1.0.0");
    assert_eq!(pending[0]["ours"], "1.0.0");
    assert_eq!(pending[0]["raises_version"], false);
    let out = barnraise(&ours, &["peer", "accept", "evil", "compost-sifter"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("versions never go down"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(main_of(&ours), before);
    json(&ours, &["peer", "refuse", "evil", "compost-sifter"]);
    assert_eq!(json(&ours, &["peer", "pending"]), serde_json::json!([]));
    // A refused update is not offered again.
    let r = json(&ours, &["sync", "evil"]);
    assert_eq!(r[0]["actions"], serde_json::json!([]), "{r}");
    assert_eq!(r[0]["refused"], 1);
    assert_eq!(main_of(&ours), before);

    // A real new version from the peer still waits (the peer is not its home) until accepted.
    peer_edit(&work, "compost-sifter", "Sifter 1.1", |t| {
        set_version(t, "1.1.0")
    });
    let r = json(&ours, &["sync", "evil"]);
    assert_eq!(r[0]["actions"][0]["action"], "pending", "{r}");
    assert_eq!(main_of(&ours), before);
    let pending = json(&ours, &["peer", "pending"]);
    assert_eq!(pending[0]["raises_version"], true, "{pending}");
    let a = json(
        &ours,
        &[
            "peer",
            "accept",
            "evil",
            "compost-sifter",
            "--author",
            "Example Maintainer <maintainer@example.org>",
        ],
    );
    assert_eq!(a["version"], "1.1.0");
    assert_eq!(json(&ours, &["show", "compost-sifter"])["version"], "1.1.0");
    let log = git(&ours, &["log", "--format=%an %s", "main"]);
    assert!(
        log.starts_with("Example Maintainer Accept compost-sifter 1.1.0 from peer evil"),
        "{log}"
    );
    assert!(
        log.contains("Example Peer Sifter 1.1"),
        "the peer's commit is in our history: {log}"
    );
    assert_eq!(json(&ours, &["peer", "pending"]), serde_json::json!([]));

    // Trusted for this design, the peer's next version fast-forwards …
    let t = json(
        &ours,
        &["peer", "trust", "evil", "--design", "compost-sifter"],
    );
    assert_eq!(t["trusted"], serde_json::json!(["compost-sifter"]));
    peer_edit(&work, "compost-sifter", "Sifter 1.2", |t| {
        set_version(t, "1.2.0")
    });
    let r = json(&ours, &["sync", "evil"]);
    assert_eq!(r[0]["actions"][0]["action"], "updated", "{r}");
    assert_eq!(json(&ours, &["show", "compost-sifter"])["version"], "1.2.0");
    // … but never downwards, and other designs still wait.
    peer_edit(&work, "compost-sifter", "Sifter back to 1.0.5", |t| {
        set_version(t, "1.0.5")
    });
    peer_edit(&work, "potting-bench", "Bench edit", |t| {
        t.replacen("name = \"", "name = \"Edited ", 1)
    });
    let head = main_of(&ours);
    let r = json(&ours, &["sync", "evil"]);
    let actions = r[0]["actions"].as_array().unwrap();
    let reason = |slug: &str| {
        actions
            .iter()
            .find(|a| a["slug"] == slug)
            .map(|a| a["reason"].clone())
    };
    assert_eq!(
        reason("compost-sifter"),
        Some("version-not-raised".into()),
        "{r}"
    );
    assert_eq!(reason("potting-bench"), Some("not-trusted".into()), "{r}");
    assert_eq!(main_of(&ours), head);
    assert_eq!(json(&ours, &["show", "compost-sifter"])["version"], "1.2.0");
    let out = barnraise(&ours, &["peer", "list"]);
    assert!(
        text(&out.stdout).contains("trusted for compost-sifter"),
        "{}",
        text(&out.stdout)
    );
    // The library names no command; the terminal phrases the hint.
    let out = barnraise(&ours, &["sync", "nobody"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("barnraise peer add nobody"),
        "{}",
        text(&out.stderr)
    );
    let e = barnraise::store::Store::open(&ours)
        .unwrap()
        .sync(
            Some("nobody"),
            &barnraise::model::Author {
                name: "Example Person".into(),
                email: Some("person@example.org".into()),
            },
        )
        .unwrap_err()
        .to_string();
    assert!(!e.contains("barnraise"), "{e}");
}

#[test]
fn designs_a_peer_publishes_have_it_as_their_home_and_limits_refuse_links() {
    let tmp = tempfile::tempdir().unwrap();
    let (ours, peer, work) = ours_and_a_clone(tmp.path());
    // The peer publishes a design of its own, plus one with a symlink, a gitlink and deep
    // folders.
    let pkg = crate::store::package(&work.join("designs"), "peer-shelf", "1.0.0", "CC-BY-4.0");
    assert!(pkg.ends_with("designs/peer-shelf"));
    let bad = crate::store::package(&work.join("designs"), "linky", "1.0.0", "CC-BY-4.0");
    std::os::unix::fs::symlink("/etc/passwd", bad.join("passwd")).unwrap();
    let deep = bad.join("a/b/c/d/e/f/g/h/i");
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("x.txt"), "deep").unwrap();
    git(&work, &["add", "-A"]);
    let head = git(&work, &["rev-parse", "HEAD"]);
    git(
        &work,
        &[
            "update-index",
            "--add",
            "--cacheinfo",
            &format!("160000,{},designs/linky/sub", head.trim()),
        ],
    );
    git(&work, &["commit", "-qm", "Peer designs"]);
    git(&work, &["push", "-q", "origin", "main"]);
    json(
        &ours,
        &[
            "peer",
            "add",
            "leeds",
            &format!("file://{}", peer.display()),
        ],
    );
    let r = json(&ours, &["sync", "leeds"]);
    let actions = r[0]["actions"].as_array().unwrap();
    let of = |slug: &str| actions.iter().find(|a| a["slug"] == slug).cloned().unwrap();
    assert_eq!(of("peer-shelf")["action"], "imported", "{r}");
    let linky = of("linky");
    assert_eq!(linky["action"], "invalid", "{r}");
    let problems = linky["problems"].to_string();
    for needle in [
        "designs/linky/passwd",
        "symbolic links",
        "designs/linky/sub",
        "gitlinks",
        "nested more than 8 deep",
    ] {
        assert!(problems.contains(needle), "{needle} in {problems}");
    }
    let listed = json(&ours, &["list"]);
    assert!(
        !listed.to_string().contains("\"linky\""),
        "nothing of it was stored"
    );
    // The peer is the home of what it published: its updates fast-forward.
    peer_edit(&work, "peer-shelf", "Shelf 1.0.1", |t| {
        set_version(t, "1.0.1")
    });
    let r = json(&ours, &["sync", "leeds"]);
    let updated: Vec<_> = r[0]["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"] == "updated")
        .collect();
    assert_eq!(updated.len(), 1, "{r}");
    assert_eq!(updated[0]["slug"], "peer-shelf");
    assert_eq!(json(&ours, &["show", "peer-shelf"])["version"], "1.0.1");
    let out = Command::new("git")
        .args(["fsck", "--full", "--strict"])
        .current_dir(&ours)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
}
