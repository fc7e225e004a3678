//! Fault tests: the real server killed with SIGKILL during publish, accept, upload and export,
//! and a CLI publish onto a full disk (tests/python/faults.py drives them; it needs only the
//! Python standard library, git and, for the full disk, a tmpfs mount as root or in a user
//! namespace).

use std::process::Command;

use super::{repo, text};

#[test]
fn kills_and_a_full_disk_leave_the_store_and_the_database_consistent() {
    let python = std::env::var_os("BARNRAISE_PYTHON").unwrap_or_else(|| "python3".into());
    let work = tempfile::tempdir().expect("tempdir");
    let run = Command::new(python)
        .arg(repo("tests/python/faults.py"))
        .arg(env!("CARGO_BIN_EXE_barnraise"))
        .arg(work.path())
        .env("BARNRAISE_AUTHOR", "Test <t@example.org>")
        .env_remove("BARNRAISE_STORE")
        .output()
        .expect("python runs");
    eprintln!("{}", text(&run.stdout));
    assert!(
        run.status.success(),
        "fault tests failed:\n{}\n{}",
        text(&run.stdout),
        text(&run.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&run.stdout).expect("JSON report");
    // The kills must have hit both sides of each write at least once over the delays, or the
    // test is not testing anything.
    for (scenario, a, b) in [
        ("publish", "present", "absent"),
        ("accept", "accepted", "open"),
        ("full_disk", "refused", "published"),
    ] {
        let seen = &report[scenario];
        assert!(
            seen[a].as_u64().unwrap_or(0) + seen[b].as_u64().unwrap_or(0) > 0,
            "{scenario}: no outcome recorded: {seen}"
        );
    }
    assert!(report["full_disk"]["refused"].as_u64().unwrap_or(0) > 0);
    assert!(report["export"]["failed"].as_u64().unwrap_or(0) > 0);
}
