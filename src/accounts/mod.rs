//! The accounts database: users, log-ins, sessions, API tokens, design maintainers,
//! proposals' review state, export jobs and questions and answers on design pages, in one
//! SQLite file.
//!
//! This is the small typed API the web handlers call. It knows nothing about HTTP, git or
//! the store: design content lives in git, and this database only holds who may do what
//! and the state of reviews and jobs. Slugs, git refs and commit ids are opaque strings here.
//!
//! Guarantees:
//! - No secret is stored in plaintext. Passwords are argon2id PHC strings; session and API
//!   tokens are stored as the SHA-256 hex of the token, whose plaintext is handed to the
//!   caller exactly once. A session's CSRF token is derived from the session token, so the
//!   database cannot reveal it either.
//! - The schema is versioned (`schema_migrations`); migrations run in one transaction at
//!   open, and a file written by a newer Barnraise is refused rather than misread.
//! - Time is always a parameter (`now`, unix seconds) so that callers and tests control it.
//!
//! Every method takes `&self` and locks one connection, so [`Accounts`] is `Send + Sync` and
//! can sit in shared server state. The calls block (SQLite, argon2 ≈ tens of ms): async
//! callers should run them on a blocking thread.

mod designs;
mod jobs;
mod questions;
mod schema;
mod sessions;
mod users;

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rand::RngExt;

use crate::i18n::{Lang, Message};
use rusqlite::Connection;
use sha2::{Digest, Sha256};

pub use designs::{Decision, NewProposal, Proposal, ProposalState};
pub use jobs::{Job, JobState, JobUpdate};
pub use questions::{MAX_POST_CHARS, POST_WINDOW_SECS, POSTS_PER_WINDOW, Post};
pub use schema::SCHEMA_VERSION;
pub use sessions::{
    API_TOKEN_PREFIX, API_TOKEN_SECS, ApiToken, NewSession, SESSION_SECS, SessionInfo,
};
pub use users::{
    MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, STORED_BYTES_PER_WINDOW, STORED_WINDOW_SECS, User,
};

/// Everything that can go wrong in the accounts database.
#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    /// A value the user gave is not acceptable; `field` names the form field.
    #[error("{field}: {}", message.text(Lang::En))]
    Invalid {
        /// The form field at fault (`username`, `email`, `password`, …).
        field: &'static str,
        /// What is wrong, in plain words (a catalogue message).
        message: Message,
    },
    /// A value that must be unique is already in use.
    #[error("this {field} is already taken")]
    Taken {
        /// The form field at fault.
        field: &'static str,
    },
    /// Wrong username or wrong password (deliberately not saying which).
    #[error("wrong username or password")]
    BadLogin,
    /// Too many failed log-ins for this username or client; the password was not checked.
    #[error("too many failed log-ins; try again in {retry_after_secs} s")]
    RateLimited {
        /// Seconds until the next attempt will be considered.
        retry_after_secs: u64,
    },
    /// A limit on what one client or account may do in a window was reached (sign-ups per
    /// address, bytes stored per account).
    #[error("{}", self.limited_text())]
    Limited {
        /// The limit, in plain words ("an account may store 1024 MB in 30 days").
        what: Message,
        /// Seconds until the window has room again.
        retry_after_secs: u64,
    },
    /// The referenced record does not exist.
    #[error("{what} not found")]
    NotFound {
        /// What was looked for (`user`, `proposal`, `job`, …).
        what: &'static str,
    },
    /// The request does not fit the record's current state (e.g. deciding a closed proposal).
    #[error("{}", .0.text(Lang::En))]
    Conflict(Message),
    /// The user may not do this (e.g. deciding a proposal without maintaining the design).
    #[error("{}", .0.text(Lang::En))]
    Forbidden(Message),
    /// The file was written by a newer Barnraise with migrations this build does not know.
    #[error(
        "the accounts database has schema version {found}, newer than the {supported} this \
         Barnraise knows; upgrade Barnraise (the file was left untouched)"
    )]
    SchemaTooNew {
        /// Schema version recorded in the file.
        found: i64,
        /// Newest schema version this build knows.
        supported: i64,
    },
    /// Creating or securing the database file failed.
    #[error("cannot prepare the accounts database {path}: {source}")]
    Io {
        /// The database file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Hashing or verifying a password failed (not a wrong password: a broken hash or RNG).
    #[error("password hashing failed: {0}")]
    Hash(String),
    /// SQLite reported an error.
    #[error("accounts database: {0}")]
    Database(#[from] rusqlite::Error),
}

impl AccountsError {
    /// What went wrong as a catalogue message, when a person can act on it (the
    /// database's and the machine's failures stay English, for the logs).
    pub fn message(&self) -> Option<Message> {
        Some(match self {
            AccountsError::Invalid { field, message } => Message::new("error-field-reason")
                .arg("field", *field)
                .arg("reason", message.clone()),
            AccountsError::Taken { field } => Message::new("error-taken").arg("field", *field),
            AccountsError::BadLogin => Message::new("error-bad-log-in"),
            AccountsError::RateLimited { retry_after_secs } => {
                Message::new("error-too-many-log-ins").arg("seconds", *retry_after_secs)
            }
            AccountsError::Limited {
                what,
                retry_after_secs,
            } => Message::new("refusal-account-limited")
                .arg("what", what.clone())
                .arg("minutes", retry_after_secs.div_ceil(60).max(1)),
            AccountsError::NotFound { what } => {
                Message::new("refusal-account-not-found").arg("what", *what)
            }
            AccountsError::Conflict(m) | AccountsError::Forbidden(m) => m.clone(),
            AccountsError::SchemaTooNew { found, supported } => {
                Message::new("refusal-accounts-schema-too-new")
                    .arg("found", found.to_string())
                    .arg("supported", supported.to_string())
            }
            AccountsError::Io { .. } | AccountsError::Hash(_) | AccountsError::Database(_) => {
                return None;
            }
        })
    }

    fn limited_text(&self) -> String {
        self.message().map(|m| m.text(Lang::En)).unwrap_or_default()
    }
}

/// The accounts database: one SQLite connection behind a mutex.
///
/// Cheap to share behind an `Arc`; every method takes `&self`.
pub struct Accounts {
    conn: Mutex<Connection>,
}

impl std::fmt::Debug for Accounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Accounts").finish_non_exhaustive()
    }
}

// Handlers share one `Accounts` across threads; keep it so.
const _: fn() = || {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Accounts>();
};

impl Accounts {
    /// Opens (creating if needed) the database file at `path`, in WAL mode with foreign keys
    /// on, and brings its schema up to date.
    ///
    /// A new file is created readable by its owner only (on Unix), since it holds password
    /// hashes. The parent folder must exist.
    ///
    /// # Errors
    /// [`AccountsError::SchemaTooNew`] if a newer Barnraise wrote the file;
    /// [`AccountsError::Io`] or [`AccountsError::Database`] if it cannot be opened.
    pub fn open(path: &Path) -> Result<Accounts, AccountsError> {
        create_private_file(path)?;
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        // WAL lets readers go on while one writer commits; NORMAL sync is durable enough
        // with WAL (a power cut may lose the last commits, never corrupt the file).
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(AccountsError::Io {
                path: path.to_path_buf(),
                source: std::io::Error::other(format!(
                    "SQLite refused WAL mode (journal_mode is {mode})"
                )),
            });
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Self::init(conn)
    }

    /// Opens a fresh, private in-memory database (for tests and throw-away servers).
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn open_in_memory() -> Result<Accounts, AccountsError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Accounts, AccountsError> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::migrate(&mut conn, unix_now())?;
        Ok(Accounts {
            conn: Mutex::new(conn),
        })
    }

    /// The connection. A panic while it was held leaves no half-done write behind (open
    /// transactions roll back when dropped), so a poisoned lock is safe to take over.
    fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Creates `path` with owner-only permissions if it does not exist yet, so SQLite (which
/// gives its `-wal` and `-shm` files the database's permissions) never makes it
/// world-readable.
fn create_private_file(path: &Path) -> Result<(), AccountsError> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(AccountsError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Current unix time in seconds (only for bookkeeping that callers do not control).
fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// `n` bytes from the thread-local CSPRNG (ChaCha, seeded from the OS), as lowercase hex.
fn random_hex(n: usize) -> String {
    let mut bytes = vec![0u8; n];
    rand::rng().fill(&mut bytes[..]);
    hex(&bytes)
}

/// SHA-256 of `data` as lowercase hex: how tokens are stored.
fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    s
}

/// Whether `e` is SQLite's constraint error with the given extended code.
fn is_constraint(e: &rusqlite::Error, extended: std::ffi::c_int) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.extended_code == extended)
}

/// Checks a short free-text field: trimmed, non-empty, at most `max` characters, no control
/// characters (newlines allowed only if `multiline`). Returns the trimmed text.
fn check_text(
    field: &'static str,
    value: &str,
    max: usize,
    multiline: bool,
) -> Result<String, AccountsError> {
    let value = value.trim();
    let invalid = |message: Message| AccountsError::Invalid { field, message };
    if value.is_empty() {
        return Err(invalid(Message::new("refusal-account-empty")));
    }
    if value.chars().count() > max {
        return Err(invalid(
            Message::new("refusal-account-too-long").arg("max", max),
        ));
    }
    if value
        .chars()
        .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
    {
        return Err(invalid(Message::new("refusal-account-control-characters")));
    }
    Ok(value.to_string())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A fresh in-memory database.
    pub(crate) fn db() -> Accounts {
        Accounts::open_in_memory().expect("in-memory database")
    }

    /// A user signed up in `db` with a valid password (`<name>-password`).
    pub(crate) fn user(db: &Accounts, name: &str) -> User {
        db.sign_up(
            name,
            &format!("{name} Display"),
            &format!("{name}@example.org"),
            &format!("{name}-password"),
            1_700_000_000,
        )
        .expect("sign up")
    }

    #[test]
    fn hex_and_hashes() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let a = random_hex(32);
        assert_eq!(a.len(), 64);
        assert_ne!(a, random_hex(32));
    }

    #[test]
    fn file_database_is_private_and_in_wal_mode() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("store.accounts.sqlite3");
        let db = Accounts::open(&path).expect("open");
        let mode: String = db
            .conn()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .expect("pragma");
        assert_eq!(mode, "wal");
        let fk: i64 = db
            .conn()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .expect("pragma");
        assert_eq!(fk, 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path)
                .expect("metadata")
                .permissions()
                .mode();
            assert_eq!(
                mode & 0o077,
                0,
                "database file must not be readable by others"
            );
        }
    }

    #[test]
    fn shared_between_threads_and_connections() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.sqlite3");
        let db = std::sync::Arc::new(Accounts::open(&path).expect("open"));
        let owner = user(&db, "owner");
        let workers: Vec<_> = (0..4)
            .map(|i| {
                let db = std::sync::Arc::clone(&db);
                std::thread::spawn(move || {
                    for j in 0..5 {
                        db.create_session(owner.id, i * 10 + j).expect("session");
                        db.create_job("seeder", "{}", i).expect("job");
                    }
                })
            })
            .collect();
        for w in workers {
            w.join().expect("worker");
        }
        assert_eq!(db.jobs_for("seeder", 100).expect("jobs").len(), 20);
        // A second connection to the same file (another process, say) sees the writes.
        let other = Accounts::open(&path).expect("second connection");
        assert_eq!(other.jobs_for("seeder", 100).expect("jobs").len(), 20);
        other.add_maintainer("seeder", owner.id).expect("write");
        assert!(db.is_maintainer("seeder", owner.id).expect("read"));
    }

    #[test]
    fn a_file_that_is_not_a_database_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.sqlite3");
        std::fs::write(
            &path,
            "this is not SQLite, just some text long enough to matter",
        )
        .expect("write");
        let err = Accounts::open(&path).unwrap_err();
        assert!(matches!(err, AccountsError::Database(_)), "{err:?}");
    }

    #[test]
    fn missing_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = Accounts::open(&dir.path().join("no/such/dir/a.sqlite3")).unwrap_err();
        assert!(matches!(err, AccountsError::Io { .. }), "{err:?}");
    }

    #[test]
    fn text_checks() {
        assert_eq!(
            check_text("title", "  hi  ", 10, false).ok().as_deref(),
            Some("hi")
        );
        assert!(check_text("title", "   ", 10, false).is_err());
        assert!(check_text("title", "a\nb", 10, false).is_err());
        assert!(check_text("message", "a\nb", 10, true).is_ok());
        assert!(check_text("title", "ééééééééééé", 10, false).is_err());
    }
}
