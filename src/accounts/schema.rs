//! The database schema as an ordered list of migrations.
//!
//! Migration `i` (0-based) brings the schema to version `i + 1`; `schema_migrations` records
//! every applied version. Never edit a migration that has shipped: append a new one.

use rusqlite::{Connection, TransactionBehavior, params};

use super::AccountsError;

/// The migrations, oldest first.
const MIGRATIONS: &[&str] = &[
    // 1: the initial schema.
    r"
    CREATE TABLE users (
        id            INTEGER PRIMARY KEY,
        username      TEXT    NOT NULL UNIQUE COLLATE NOCASE,
        display_name  TEXT    NOT NULL,
        email         TEXT    NOT NULL,
        password_hash TEXT    NOT NULL,
        created_at    INTEGER NOT NULL
    );

    CREATE TABLE login_failures (
        id       INTEGER PRIMARY KEY,
        username TEXT    NOT NULL,
        client   TEXT    NOT NULL,
        at       INTEGER NOT NULL
    );
    CREATE INDEX login_failures_by_username ON login_failures (username, at);
    CREATE INDEX login_failures_by_client   ON login_failures (client, at);

    CREATE TABLE sessions (
        token_hash TEXT    PRIMARY KEY,
        user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
    );
    CREATE INDEX sessions_by_expiry ON sessions (expires_at);

    CREATE TABLE api_tokens (
        id         INTEGER PRIMARY KEY,
        user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name       TEXT    NOT NULL,
        token_hash TEXT    NOT NULL UNIQUE,
        created_at INTEGER NOT NULL
    );
    CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

    CREATE TABLE maintainers (
        slug    TEXT    NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (slug, user_id)
    );
    CREATE INDEX maintainers_by_user ON maintainers (user_id);

    CREATE TABLE proposals (
        id          INTEGER PRIMARY KEY,
        slug        TEXT    NOT NULL,
        proposer_id INTEGER NOT NULL REFERENCES users (id),
        title       TEXT    NOT NULL,
        message     TEXT    NOT NULL,
        git_ref     TEXT    NOT NULL,
        base_commit TEXT    NOT NULL,
        state       TEXT    NOT NULL CHECK (state IN ('open', 'accepted', 'refused')),
        created_at  INTEGER NOT NULL,
        reviewer_id INTEGER REFERENCES users (id),
        decided_at  INTEGER,
        commit_id   TEXT,
        reason      TEXT
    );
    CREATE INDEX proposals_by_slug ON proposals (slug, state, created_at);

    CREATE TABLE jobs (
        id           TEXT    PRIMARY KEY,
        slug         TEXT    NOT NULL,
        request_json TEXT    NOT NULL,
        state        TEXT    NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
        progress     REAL    NOT NULL,
        message      TEXT,
        result_dir   TEXT,
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL
    );
    CREATE INDEX jobs_by_slug  ON jobs (slug, created_at);
    CREATE INDEX jobs_by_state ON jobs (state);
    ",
    // 2: accepting a proposal is claimed first (git is written between the claim and the
    // decision; a claim left by a crash is reconciled against the store).
    r"
    ALTER TABLE proposals ADD COLUMN accepting_since INTEGER;
    ",
    // 3: the site's admins, named by `barnraise admin add` on existing accounts; API tokens
    // that expire; sign-ups counted per client.
    r"
    CREATE TABLE admins (
        user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        since   INTEGER NOT NULL
    );
    ALTER TABLE api_tokens ADD COLUMN expires_at INTEGER;
    CREATE TABLE signups (
        id     INTEGER PRIMARY KEY,
        client TEXT    NOT NULL,
        at     INTEGER NOT NULL
    );
    CREATE INDEX signups_by_client ON signups (client, at);
    ",
    // 4: bytes each account stored (designs, photos, imported files), for the disk quota.
    r"
    CREATE TABLE stored (
        id      INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        at      INTEGER NOT NULL,
        bytes   INTEGER NOT NULL
    );
    CREATE INDEX stored_by_user ON stored (user_id, at);
    ",
    // 5: questions and answers on design pages (an answer names its question); hidden ones
    // record who hid them as spam.
    r"
    CREATE TABLE questions (
        id        INTEGER PRIMARY KEY,
        slug      TEXT    NOT NULL,
        parent_id INTEGER REFERENCES questions (id) ON DELETE CASCADE,
        author_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        body      TEXT    NOT NULL,
        created_at INTEGER NOT NULL,
        hidden_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
        hidden_at INTEGER
    );
    CREATE INDEX questions_by_slug   ON questions (slug, created_at);
    CREATE INDEX questions_by_author ON questions (author_id, created_at);
    ",
    // 6: a job's message as a catalogue message (`{code, args}` JSON) beside its English
    // text, so pages phrase progress in their language.
    r"
    ALTER TABLE jobs ADD COLUMN message_code TEXT;
    ",
];

/// The schema version this build writes (the number of migrations).
#[allow(clippy::cast_possible_wrap)] // a handful of migrations
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`SCHEMA_VERSION`] in one immediate (write-locked)
/// transaction, so two processes opening the same new file do not both migrate it.
pub(super) fn migrate(conn: &mut Connection, now: i64) -> Result<(), AccountsError> {
    apply(conn, MIGRATIONS, now)
}

fn apply(conn: &mut Connection, migrations: &[&str], now: i64) -> Result<(), AccountsError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version    INTEGER PRIMARY KEY,
             applied_at INTEGER NOT NULL
         )",
    )?;
    let current: i64 = tx.query_row(
        "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
        [],
        |r| r.get(0),
    )?;
    let supported = i64::try_from(migrations.len()).unwrap_or(i64::MAX);
    if current > supported {
        return Err(AccountsError::SchemaTooNew {
            found: current,
            supported,
        });
    }
    for (version, sql) in (1..).zip(migrations).skip_while(|(v, _)| *v <= current) {
        tx.execute_batch(sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)",
            params![version, now],
        )?;
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::Accounts;

    fn versions(conn: &Connection) -> Vec<i64> {
        let mut stmt = conn
            .prepare("SELECT version FROM schema_migrations ORDER BY version")
            .expect("prepare");
        stmt.query_map([], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows")
    }

    #[test]
    fn migrations_run_once_and_reopening_is_idempotent() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.sqlite3");
        {
            let db = Accounts::open(&path).expect("first open");
            crate::accounts::tests::user(&db, "alice");
        }
        let db = Accounts::open(&path).expect("second open");
        assert_eq!(
            versions(&db.conn()),
            (1..=SCHEMA_VERSION).collect::<Vec<_>>()
        );
        // Data survived and nothing was re-created.
        assert!(db.user_by_name("alice").expect("query").is_some());
        drop(db);
        Accounts::open(&path).expect("third open");
    }

    #[test]
    fn later_migrations_apply_on_top_of_earlier_ones() {
        let mut conn = Connection::open_in_memory().expect("open");
        apply(&mut conn, &MIGRATIONS[..1], 0).expect("v1");
        let extra = [MIGRATIONS[0], "CREATE TABLE extra (x INTEGER)"];
        apply(&mut conn, &extra, 0).expect("v2");
        apply(&mut conn, &extra, 0).expect("v2 again");
        assert_eq!(versions(&conn), vec![1, 2]);
        // The extra table exists exactly once.
        conn.execute("INSERT INTO extra (x) VALUES (1)", [])
            .expect("extra table");
    }

    #[test]
    fn a_failing_migration_leaves_nothing_behind() {
        let mut conn = Connection::open_in_memory().expect("open");
        let broken = ["CREATE TABLE ok (x INTEGER)", "CREATE TABLE ok (x INTEGER)"];
        assert!(apply(&mut conn, &broken, 0).is_err());
        let tables: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ok'",
                [],
                |r| r.get(0),
            )
            .expect("count");
        assert_eq!(tables, 0);
    }

    #[test]
    fn a_newer_schema_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.sqlite3");
        drop(Accounts::open(&path).expect("open"));
        let future = SCHEMA_VERSION + 1;
        {
            let conn = Connection::open(&path).expect("raw open");
            conn.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, 0)",
                [future],
            )
            .expect("insert");
        }
        let err = Accounts::open(&path).unwrap_err();
        match err {
            AccountsError::SchemaTooNew { found, supported } => {
                assert_eq!((found, supported), (future, SCHEMA_VERSION));
            }
            other => panic!("expected SchemaTooNew, got {other:?}"),
        }
        assert!(err_message_mentions_upgrade(future));
        let conn = Connection::open(&path).expect("raw open");
        assert_eq!(versions(&conn).last(), Some(&future));
    }

    fn err_message_mentions_upgrade(found: i64) -> bool {
        AccountsError::SchemaTooNew {
            found,
            supported: SCHEMA_VERSION,
        }
        .to_string()
        .contains("upgrade Barnraise")
    }
}
