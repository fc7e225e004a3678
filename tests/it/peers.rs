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
    // Trust taken back: the next edit of compost-sifter waits for review again.
    let t = json(&ours, &["peer", "untrust", "evil"]);
    assert_eq!(t["trusted"], serde_json::json!([]), "{t}");
    peer_edit(&work, "compost-sifter", "Sifter 1.3", |t| {
        set_version(t, "1.3.0")
    });
    let r = json(&ours, &["sync", "evil"]);
    let actions = r[0]["actions"].as_array().unwrap();
    let sifter = actions.iter().find(|a| a["slug"] == "compost-sifter");
    assert_eq!(
        sifter.map(|a| a["reason"].clone()),
        Some("not-trusted".into()),
        "{r}"
    );
    assert_eq!(json(&ours, &["show", "compost-sifter"])["version"], "1.2.0");
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

/// Writes `projects/<slug>/project.toml` in the work clone, commits and pushes.
fn peer_project(work: &Path, slug: &str, version: &str, designs: &[&str]) {
    let dir = work.join(format!("projects/{slug}"));
    std::fs::create_dir_all(&dir).unwrap();
    let mut text =
        format!("name = \"Example batch {slug}\"\nslug = \"{slug}\"\nversion = \"{version}\"\n");
    for d in designs {
        text.push_str(&format!("\n[[designs]]\nslug = \"{d}\"\nquantity = 1\n"));
    }
    std::fs::write(dir.join("project.toml"), text).unwrap();
    git(work, &["add", "-A"]);
    git(
        work,
        &["commit", "-qm", &format!("Project {slug} {version}")],
    );
    git(work, &["push", "-q", "origin", "main"]);
}

fn project_actions(r: &serde_json::Value) -> Vec<(String, String)> {
    r[0]["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["slug"].as_str().unwrap().to_string(),
                a["action"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn projects_come_over_from_their_home_and_a_stranger_cannot_replace_ours() {
    let tmp = tempfile::tempdir().unwrap();
    let (ours, peer, work) = ours_and_a_clone(tmp.path());
    json(
        &ours,
        &["peer", "add", "evil", &format!("file://{}", peer.display())],
    );
    // A project we lack, naming designs we have: imported, and the peer is its home.
    peer_project(
        &work,
        "example-batch",
        "1.0.0",
        &["potting-bench", "compost-sifter"],
    );
    let r = json(&ours, &["sync", "evil"]);
    assert_eq!(
        project_actions(&r),
        [("example-batch".to_string(), "imported".to_string())],
        "{r}"
    );
    assert_eq!(
        json(&ours, &["project", "show", "example-batch"])["project"]["version"],
        "1.0.0"
    );

    // Its home raises it: taken. Our own shipped project, changed by the peer: kept.
    peer_project(&work, "example-batch", "1.1.0", &["potting-bench"]);
    let m = work.join("projects/market-garden-saturday-batch/project.toml");
    let t = std::fs::read_to_string(&m).unwrap();
    std::fs::write(
        &m,
        set_version(t.replace("quantity = 3", "quantity = 30"), "2.0.0"),
    )
    .unwrap();
    git(&work, &["commit", "-qam", "Thirty hives"]);
    git(&work, &["push", "-q", "origin", "main"]);
    // And one naming a design no store has: refused with the design named.
    peer_project(&work, "broken-batch", "1.0.0", &["no-such-design"]);
    let before = json(&ours, &["project", "show", "market-garden-saturday-batch"]);
    let r = json(&ours, &["sync", "evil"]);
    let actions = project_actions(&r);
    assert!(
        actions.contains(&("example-batch".into(), "updated".into()))
            && actions.contains(&("market-garden-saturday-batch".into(), "not-taken".into()))
            && actions.contains(&("broken-batch".into(), "invalid".into())),
        "{r}"
    );
    assert!(r.to_string().contains("no-such-design"), "{r}");
    assert!(r.to_string().contains("not-trusted"), "{r}");
    assert_eq!(
        json(&ours, &["project", "show", "example-batch"])["project"]["version"],
        "1.1.0"
    );
    let after = json(&ours, &["project", "show", "market-garden-saturday-batch"]);
    assert_eq!(
        after["project"]["version"], before["project"]["version"],
        "ours stays"
    );
    let listed = json(&ours, &["project", "list"]).to_string();
    assert!(!listed.contains("broken-batch"), "{listed}");

    // Trusted for everything, the peer's higher version is taken; a second sync is quiet.
    json(&ours, &["peer", "trust", "evil"]);
    let r = json(&ours, &["sync", "evil"]);
    assert!(
        project_actions(&r).contains(&("market-garden-saturday-batch".into(), "updated".into())),
        "{r}"
    );
    assert_eq!(
        json(&ours, &["project", "show", "market-garden-saturday-batch"])["project"]["version"],
        "2.0.0"
    );
    let r = json(&ours, &["sync", "evil"]);
    assert_eq!(
        project_actions(&r),
        [("broken-batch".to_string(), "invalid".to_string())],
        "{r}"
    );
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

/// A server process the test started; killed when dropped.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A free loopback port (bound, then released for the server to take).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for(port: u16, server: &mut Server, log: &Path) {
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        if let Ok(Some(status)) = server.0.try_wait() {
            panic!(
                "the server exited ({status}): {}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("nothing listens on port {port}");
}

/// The programs a test needs, or a message saying which are missing.
fn have(programs: &[&str]) -> bool {
    let missing: Vec<&&str> = programs.iter().filter(|p| !Path::new(p).exists()).collect();
    if missing.is_empty() {
        return true;
    }
    eprintln!(
        "SKIPPED: {missing:?} not installed (scripts/deps installs lighttpd and openssh-server)"
    );
    false
}

fn run_ok(dir: &Path, program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// `barnraise` with extra environment (HOME, SSL_CERT_FILE).
fn barnraise_env(store: &Path, env: &[(&str, &Path)], args: &[&str]) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_barnraise"));
    c.args(args)
        .env("BARNRAISE_STORE", store)
        .env("BARNRAISE_AUTHOR", "Test <t@example.org>")
        .env_remove("SSL_CERT_FILE")
        .env_remove("SSL_CERT_DIR")
        .env_remove("SSH_AUTH_SOCK");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

/// A peer store with one design, in `dir/repos/leeds.git`.
fn leeds_store(dir: &Path) -> PathBuf {
    let repos = dir.join("repos");
    std::fs::create_dir_all(&repos).unwrap();
    let store = barnraise::store::Store::init(&repos.join("leeds.git"), None).unwrap();
    let pkg = crate::store::package(&dir.join("pkgs"), "leeds-shelf", "1.0.0", "CC-BY-4.0");
    store
        .publish(
            &pkg,
            &barnraise::model::Author {
                name: "Example Person".into(),
                email: Some("person@example.org".into()),
            },
            "Add shelf",
        )
        .unwrap();
    store.path().to_path_buf()
}

fn imported(out: &std::process::Output) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v[0]["actions"][0].clone()
}

#[test]
fn syncs_from_git_smart_http_behind_tls_with_a_test_ca() {
    let backend = format!(
        "{}/git-http-backend",
        run_ok(Path::new("."), "git", &["--exec-path"]).trim()
    );
    if !have(&["/usr/sbin/lighttpd", "/usr/bin/openssl", &backend]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    leeds_store(d);
    // A test CA and a server certificate for localhost and 127.0.0.1, made now.
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let ca_args = [
        &["req", "-x509"][..],
        &ec,
        &[
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "2",
            "-subj",
            "/CN=Barnraise test CA",
        ],
    ]
    .concat();
    run_ok(d, "openssl", &ca_args);
    let csr_args = [
        &["req"][..],
        &ec,
        &[
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=localhost",
        ],
    ]
    .concat();
    run_ok(d, "openssl", &csr_args);
    std::fs::write(
        d.join("ext.cnf"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n",
    )
    .unwrap();
    run_ok(
        d,
        "openssl",
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.pem",
            "-days",
            "2",
            "-extfile",
            "ext.cnf",
        ],
    );
    let port = free_port();
    std::fs::create_dir_all(d.join("www")).unwrap();
    let conf = format!(
        r#"server.document-root = "{d}/www"
server.bind = "127.0.0.1"
server.port = {port}
server.modules = ("mod_openssl", "mod_cgi", "mod_alias", "mod_setenv")
server.errorlog = "{d}/lighttpd.log"
ssl.engine = "enable"
ssl.pemfile = "{d}/server.pem"
ssl.privkey = "{d}/server.key"
alias.url = ( "/git/" => "{backend}/" )
$HTTP["url"] =~ "^/git/" {{
  cgi.assign = ( "" => "" )
  setenv.add-environment = ( "GIT_PROJECT_ROOT" => "{d}/repos", "GIT_HTTP_EXPORT_ALL" => "1" )
}}
"#,
        d = d.display()
    );
    std::fs::write(d.join("lighttpd.conf"), conf).unwrap();
    let log = d.join("lighttpd.log");
    let mut server = Server(
        Command::new("/usr/sbin/lighttpd")
            .args(["-D", "-f"])
            .arg(d.join("lighttpd.conf"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_for(port, &mut server, &log);

    let ours = d.join("ours.git");
    let out = barnraise_env(&ours, &[], &["init", "--empty"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let url = format!("https://localhost:{port}/git/leeds.git");
    let out = barnraise_env(&ours, &[], &["peer", "add", "leeds", &url]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Without our CA the certificate is refused: TLS is checked, not skipped.
    let out = barnraise_env(&ours, &[], &["sync", "leeds"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("cannot fetch from peer 'leeds'"),
        "{}",
        text(&out.stderr)
    );
    // With the test CA as the bundle, the design comes over https.
    let ca = d.join("ca.pem");
    let out = barnraise_env(
        &ours,
        &[("SSL_CERT_FILE", &ca)],
        &["sync", "leeds", "--json"],
    );
    let a = imported(&out);
    assert_eq!(a["action"], "imported", "{a}");
    assert_eq!(a["slug"], "leeds-shelf");

    // A peer with its own CA file: synced without SSL_CERT_FILE, and the file is kept in the
    // store, so deleting the original changes nothing.
    let theirs = d.join("theirs.git");
    let out = barnraise_env(&theirs, &[], &["init", "--empty"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let handed_out = d.join("leeds-ca.pem");
    std::fs::copy(&ca, &handed_out).unwrap();
    let out = barnraise_env(
        &theirs,
        &[],
        &[
            "peer",
            "add",
            "leeds",
            &url,
            "--ca",
            "leeds-ca.pem",
            "--json",
        ],
    );
    // (a file that is not there, relative to where the command runs, is the user's error)
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let arg = handed_out.to_str().unwrap();
    let out = barnraise_env(
        &theirs,
        &[],
        &["peer", "add", "leeds", &url, "--ca", arg, "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let added: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        added["ca_file"]
            .as_str()
            .is_some_and(|f| f.ends_with("leeds.pem")),
        "{added}"
    );
    std::fs::remove_file(&handed_out).unwrap();
    let a = imported(&barnraise_env(&theirs, &[], &["sync", "leeds", "--json"]));
    assert_eq!(a["action"], "imported", "{a}");

    // A CA that did not sign the server's certificate is refused, even where the system's
    // bundle (here SSL_CERT_FILE) would accept it: the peer's file is all that is trusted.
    let stranger = d.join("stranger");
    std::fs::create_dir_all(&stranger).unwrap();
    let stranger_args = [
        &["req", "-x509"][..],
        &ec,
        &[
            "-keyout",
            "stranger.key",
            "-out",
            "stranger.pem",
            "-days",
            "2",
            "-subj",
            "/CN=Another test CA",
        ],
    ]
    .concat();
    run_ok(&stranger, "openssl", &stranger_args);
    let wrong = stranger.join("stranger.pem");
    let out = barnraise_env(
        &theirs,
        &[],
        &[
            "peer",
            "add",
            "wrong-ca",
            &url,
            "--ca",
            wrong.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = barnraise_env(&theirs, &[("SSL_CERT_FILE", &ca)], &["sync", "wrong-ca"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let err = text(&out.stderr);
    assert!(
        err.contains("cannot fetch from peer 'wrong-ca'") && err.contains("CA file"),
        "{err}"
    );

    // A file that is not PEM, or a CA for a URL that is not https, is refused with the file
    // named, and no peer is left half-added.
    let junk = d.join("junk.pem");
    std::fs::write(&junk, "not a certificate\n").unwrap();
    let out = barnraise_env(
        &theirs,
        &[],
        &["peer", "add", "junk", &url, "--ca", junk.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("junk.pem"),
        "{}",
        text(&out.stderr)
    );
    let plain = format!("http://localhost:{port}/git/leeds.git");
    let out = barnraise_env(&theirs, &[], &["peer", "add", "plain", &plain, "--ca", arg]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let out = barnraise_env(&theirs, &[], &["peer", "list", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(names, ["leeds", "wrong-ca"], "{listed}");
    drop(server);
}

#[test]
fn syncs_from_an_ssh_server_with_a_test_key() {
    if !have(&["/usr/sbin/sshd", "/usr/bin/ssh-keygen"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let leeds = leeds_store(d);
    run_ok(
        d,
        "ssh-keygen",
        &["-q", "-t", "ed25519", "-N", "", "-f", "hostkey"],
    );
    run_ok(
        d,
        "ssh-keygen",
        &["-q", "-t", "ed25519", "-N", "", "-f", "client"],
    );
    std::fs::copy(d.join("client.pub"), d.join("authorized_keys")).unwrap();
    let port = free_port();
    std::fs::write(
        d.join("sshd_config"),
        format!(
            "ListenAddress 127.0.0.1\nPort {port}\nHostKey {d}/hostkey\nAuthorizedKeysFile {d}/authorized_keys\nPidFile {d}/sshd.pid\nStrictModes no\nUsePAM no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n",
            d = d.display()
        ),
    )
    .unwrap();
    // sshd run by root wants its privilege-separation folder.
    if run_ok(d, "id", &["-u"]).trim() == "0" {
        let _ = std::fs::create_dir_all("/run/sshd");
    }
    let log = d.join("sshd.log");
    let mut server = Server(
        Command::new("/usr/sbin/sshd")
            .args(["-D", "-e", "-f"])
            .arg(d.join("sshd_config"))
            .stdout(std::process::Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap(),
    );
    wait_for(port, &mut server, &log);
    // Our HOME's known_hosts names the test host key; an empty one trusts nothing.
    let host_key = std::fs::read_to_string(d.join("hostkey.pub")).unwrap();
    let key: Vec<&str> = host_key.split_whitespace().take(2).collect();
    let home = d.join("home");
    std::fs::create_dir_all(home.join(".ssh")).unwrap();
    let stranger = d.join("stranger");
    std::fs::create_dir_all(stranger.join(".ssh")).unwrap();
    std::fs::write(stranger.join(".ssh/known_hosts"), "").unwrap();
    std::fs::write(
        home.join(".ssh/known_hosts"),
        format!("[127.0.0.1]:{port} {} {}\n", key[0], key[1]),
    )
    .unwrap();
    let user = run_ok(d, "id", &["-un"]);
    let url = format!("ssh://{}@127.0.0.1:{port}{}", user.trim(), leeds.display());
    let ours = d.join("ours.git");
    let out = barnraise_env(&ours, &[], &["init", "--empty"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let client = d.join("client");
    let out = barnraise_env(
        &ours,
        &[],
        &[
            "peer",
            "add",
            "leeds",
            &url,
            "--ssh-key",
            client.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // An unknown host key is refused.
    let out = barnraise_env(&ours, &[("HOME", &stranger)], &["sync", "leeds"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("cannot fetch from peer 'leeds'"),
        "{}",
        text(&out.stderr)
    );
    // A known host and our key: the design comes over ssh.
    let out = barnraise_env(&ours, &[("HOME", &home)], &["sync", "leeds", "--json"]);
    let a = imported(&out);
    assert_eq!(a["action"], "imported", "{a}");
    assert_eq!(a["slug"], "leeds-shelf");
    drop(server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn maintainers_see_and_decide_pending_peer_updates_on_the_design_page() {
    use crate::web::{Browser, app, sign_up};
    use axum::http::StatusCode;
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let app = app(d);
    let ours = d.join("store.git");
    let peer = d.join("evil.git");
    git(
        d,
        &[
            "clone",
            "-q",
            "--bare",
            ours.to_str().unwrap(),
            peer.to_str().unwrap(),
        ],
    );
    let work = d.join("work");
    git(
        d,
        &[
            "clone",
            "-q",
            peer.to_str().unwrap(),
            work.to_str().unwrap(),
        ],
    );
    peer_edit(&work, "compost-sifter", "Sifter 1.1", |t| {
        set_version(t, "1.1.0")
    });
    let store = barnraise::store::Store::open(&ours).unwrap();
    store
        .add_peer("evil", &format!("file://{}", peer.display()))
        .unwrap();
    let who = barnraise::model::Author {
        name: "Example Person".into(),
        email: Some("person@example.org".into()),
    };
    let r = store.sync(Some("evil"), &who).unwrap();
    assert!(
        matches!(
            &r[0].actions[..],
            [barnraise::store::SyncAction::Pending { .. }]
        ),
        "{:?}",
        r[0].actions
    );

    // Anonymous visitors and accounts that do not maintain the design see nothing to decide.
    let mut visitor = Browser::new(&app);
    let page = visitor.get("/designs/compost-sifter").await.text();
    assert!(!page.contains("Updates from peers"));
    let mut other = Browser::new(&app);
    let csrf_other = sign_up(&mut other, "example-other").await;
    // The admin takes on the design nobody maintains.
    let mut admin = Browser::new(&app);
    let csrf = sign_up(&mut admin, "example-admin").await;
    let accounts = barnraise::accounts::Accounts::open(&barnraise::app::accounts::database_beside(
        store.path(),
    ))
    .unwrap();
    barnraise::app::accounts::set_admin(&accounts, "example-admin", true, barnraise::time::now())
        .unwrap();
    let page = other.get("/designs/compost-sifter").await.text();
    assert!(!page.contains("Updates from peers"));
    let url = "/designs/compost-sifter/peer-updates/evil/accept";
    let r = other.post(url, &[("csrf", &csrf_other)]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text());

    let page = admin.get("/designs/compost-sifter").await.text();
    assert!(page.contains("Updates from peers"), "{page}");
    assert!(page.contains("version 1.1.0 (ours 1.0.0)"), "{page}");
    assert!(page.contains(&format!("action=\"{url}\"")));
    // Without the CSRF token nothing happens.
    let r = admin.post(url, &[("csrf", "forged")]).await;
    assert!(r.status.is_client_error(), "{}", r.status);
    assert_eq!(
        store
            .read("compost-sifter", None)
            .unwrap()
            .design
            .version
            .to_string(),
        "1.0.0"
    );
    let r = admin.post(url, &[("csrf", &csrf)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(r.location.as_deref(), Some("/designs/compost-sifter"));
    assert_eq!(
        store
            .read("compost-sifter", None)
            .unwrap()
            .design
            .version
            .to_string(),
        "1.1.0"
    );
    let page = admin.get("/designs/compost-sifter").await.text();
    assert!(!page.contains("Updates from peers"));
    assert!(store.pending(None).unwrap().is_empty());
}
