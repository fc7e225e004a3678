//! Users: sign-up with validation, argon2id password hashes, and rate-limited log-in.

use std::sync::OnceLock;

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use crate::i18n::Message;

use super::{Accounts, AccountsError, check_text};

/// Failed log-ins within this window count towards the limit (15 minutes).
pub(super) const LOGIN_WINDOW_SECS: i64 = 15 * 60;
/// This many failures for a username or a client within the window block further attempts.
pub(super) const MAX_LOGIN_FAILURES: i64 = 5;
/// Shortest password accepted at sign-up, in characters.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Bytes one account may store (designs, photos, imported files) in [`STORED_WINDOW_SECS`].
pub const STORED_BYTES_PER_WINDOW: u64 = 1 << 30;
/// The window of the disk quota: 30 days.
pub const STORED_WINDOW_SECS: i64 = 30 * 86_400;
/// Longest password accepted at sign-up, in characters (hashing cost stays bounded).
pub const MAX_PASSWORD_CHARS: usize = 1024;

/// A registered user, as shown to other users and handlers (no password hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    /// Database id, stable for the life of the account.
    pub id: i64,
    /// Unique login name: 3–32 of `a-z`, `0-9`, `-` (stored lowercase).
    pub username: String,
    /// Name shown on pages and used as git author name.
    pub display_name: String,
    /// Email address, used as git author email.
    pub email: String,
    /// Sign-up time, unix seconds.
    pub created_at: i64,
}

impl User {
    /// The git author line for this user's commits: `"Display Name <email>"`.
    ///
    /// Sign-up refuses `<`, `>` and control characters in both parts, so this is always a
    /// well-formed author.
    pub fn git_author(&self) -> String {
        format!("{} <{}>", self.display_name, self.email)
    }

    pub(super) const COLUMNS: &'static str = "id, username, display_name, email, created_at";

    /// Reads a user from a row selected with [`User::COLUMNS`] starting at column `at`.
    pub(super) fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<User> {
        Ok(User {
            id: row.get(at)?,
            username: row.get(at + 1)?,
            display_name: row.get(at + 2)?,
            email: row.get(at + 3)?,
            created_at: row.get(at + 4)?,
        })
    }
}

/// The password hasher: argon2id v19 with the crate's defaults (19 MiB, 2 passes, 1 lane),
/// OWASP's recommended minimum. Stored PHC strings carry their own parameters, so raising
/// these later keeps old hashes verifiable.
fn hasher() -> Argon2<'static> {
    Argon2::default()
}

/// Hashes `password` to a PHC string with a fresh random salt.
pub(super) fn hash_password(password: &str) -> Result<String, AccountsError> {
    hasher()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| AccountsError::Hash(e.to_string()))
}

/// Whether `password` matches the PHC string `phc`.
fn verify_password(password: &str, phc: &str) -> Result<bool, AccountsError> {
    match hasher().verify_password(password.as_bytes(), phc) {
        Ok(()) => Ok(true),
        Err(argon2::password_hash::Error::PasswordInvalid) => Ok(false),
        Err(e) => Err(AccountsError::Hash(e.to_string())),
    }
}

/// A hash to verify against when the username is unknown, so that a wrong username takes
/// as long as a wrong password and does not reveal which accounts exist.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash_password("barnraise-no-such-user").unwrap_or_default())
}

/// The canonical (lowercase, trimmed) form of a username, without validating it.
fn canonical_username(name: &str) -> String {
    name.trim().to_ascii_lowercase()
}

fn check_username(name: &str) -> Result<String, AccountsError> {
    let name = canonical_username(name);
    let invalid = |key: &'static str| AccountsError::Invalid {
        field: "username",
        message: Message::new(key).arg("min", 3u64).arg("max", 32u64),
    };
    if !(3..=32).contains(&name.len()) {
        return Err(invalid("refusal-account-username-length"));
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(invalid("refusal-account-username-characters"));
    }
    Ok(name)
}

fn check_display_name(name: &str) -> Result<String, AccountsError> {
    let name = check_text("display_name", name, 64, false)?;
    if name.contains(['<', '>']) {
        return Err(AccountsError::Invalid {
            field: "display_name",
            message: Message::new("refusal-account-display-name-brackets"),
        });
    }
    Ok(name)
}

fn check_email(email: &str) -> Result<String, AccountsError> {
    let email = email.trim();
    let invalid = || AccountsError::Invalid {
        field: "email",
        message: Message::new("refusal-account-email"),
    };
    if email.is_empty() || email.len() > 254 {
        return Err(invalid());
    }
    let (local, domain) = email.split_once('@').ok_or_else(invalid)?;
    let bad_char = |c: char| c.is_whitespace() || c.is_control() || "<>@,;\"()[]\\".contains(c);
    let domain_ok = domain.contains('.')
        && !domain.starts_with(['.', '-'])
        && !domain.ends_with(['.', '-'])
        && !domain.contains("..");
    if local.is_empty() || local.chars().any(bad_char) || domain.chars().any(bad_char) {
        return Err(invalid());
    }
    if !domain_ok {
        return Err(invalid());
    }
    Ok(email.to_string())
}

fn check_password(password: &str, username: &str) -> Result<(), AccountsError> {
    let invalid = |message: Message| AccountsError::Invalid {
        field: "password",
        message,
    };
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(invalid(
            Message::new("refusal-account-password-short").arg("min", MIN_PASSWORD_CHARS),
        ));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(invalid(
            Message::new("refusal-account-password-long").arg("max", MAX_PASSWORD_CHARS),
        ));
    }
    if password.trim().eq_ignore_ascii_case(username) {
        return Err(invalid(Message::new("refusal-account-password-username")));
    }
    Ok(())
}

impl Accounts {
    /// Registers a new user and returns it.
    ///
    /// The username is trimmed and lowercased, then must be 3–32 of `a-z0-9-` and not taken
    /// (so names are unique regardless of case). The display name must be 1–64 characters
    /// without `<`, `>` or control characters; the email must look like an address; the
    /// password must have at least [`MIN_PASSWORD_CHARS`] characters and differ from the
    /// username. The password is stored only as an argon2id PHC string.
    ///
    /// # Errors
    /// [`AccountsError::Invalid`] naming the first bad field (checked in the order username,
    /// display name, email, password), [`AccountsError::Taken`] with `field: "username"`.
    pub fn sign_up(
        &self,
        username: &str,
        display_name: &str,
        email: &str,
        password: &str,
        now: i64,
    ) -> Result<User, AccountsError> {
        let username = check_username(username)?;
        let display_name = check_display_name(display_name)?;
        let email = check_email(email)?;
        check_password(password, &username)?;
        if self.user_by_name(&username)?.is_some() {
            return Err(AccountsError::Taken { field: "username" });
        }
        // Hash without holding the lock: it is the slow part.
        let hash = hash_password(password)?;
        let conn = self.conn();
        let inserted = conn.execute(
            "INSERT INTO users (username, display_name, email, password_hash, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![username, display_name, email, hash, now],
        );
        match inserted {
            Ok(_) => Ok(User {
                id: conn.last_insert_rowid(),
                username,
                display_name,
                email,
                created_at: now,
            }),
            // Someone took the name between the check and the insert.
            Err(e) if super::is_constraint(&e, rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE) => {
                Err(AccountsError::Taken { field: "username" })
            }
            Err(e) => Err(e.into()),
        }
    }

    /// The user with this id, if any.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn user(&self, id: i64) -> Result<Option<User>, AccountsError> {
        let sql = format!("SELECT {} FROM users WHERE id = ?1", User::COLUMNS);
        Ok(self
            .conn()
            .query_row(&sql, [id], |r| User::from_row(r, 0))
            .optional()?)
    }

    /// The user with this username (any case), if any.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn user_by_name(&self, username: &str) -> Result<Option<User>, AccountsError> {
        let sql = format!("SELECT {} FROM users WHERE username = ?1", User::COLUMNS);
        Ok(self
            .conn()
            .query_row(&sql, [canonical_username(username)], |r| {
                User::from_row(r, 0)
            })
            .optional()?)
    }

    /// Checks a username and password and returns the user.
    ///
    /// `client` is the key of the requester (its IP address, say). When the username or the
    /// client has [`MAX_LOGIN_FAILURES`] (5) failures within the last 15 minutes before `now`
    /// (the username's failures only count against a client that has failed too, so a clean
    /// address is never locked out),
    /// the attempt is refused without checking the password, and it is not counted. A failure
    /// is recorded under both keys; a success clears the username's failures.
    ///
    /// # Errors
    /// [`AccountsError::RateLimited`] with the seconds to wait; [`AccountsError::BadLogin`]
    /// for an unknown username or a wrong password alike (the two take the same time).
    pub fn log_in(
        &self,
        username: &str,
        password: &str,
        client: &str,
        now: i64,
    ) -> Result<User, AccountsError> {
        let username = canonical_username(username);
        let stored = {
            let conn = self.conn();
            let since = now - LOGIN_WINDOW_SECS;
            conn.execute("DELETE FROM login_failures WHERE at <= ?1", params![since])?;
            // The 5th most recent failure in the window: once it leaves the window, fewer
            // than 5 remain.
            let nth = |column: &str, key: &str| -> rusqlite::Result<Option<i64>> {
                conn.query_row(
                    &format!(
                        "SELECT at FROM login_failures WHERE {column} = ?1 AND at > ?2
                         ORDER BY at DESC LIMIT 1 OFFSET ?3"
                    ),
                    params![key, since, MAX_LOGIN_FAILURES - 1],
                    |r| r.get(0),
                )
                .optional()
            };
            // An address with 5 failures waits. An account with 5 failures is tried only from
            // addresses that have not failed yet: a guesser must change address after every
            // miss, and the right password from a clean address always gets through.
            let client_fails: i64 = conn.query_row(
                "SELECT COUNT(*) FROM login_failures WHERE client = ?1 AND at > ?2",
                params![client, since],
                |r| r.get(0),
            )?;
            let by_client = nth("client", client)?;
            let by_account = if client_fails > 0 {
                nth("username", &username)?
            } else {
                None
            };
            let blocking = [by_client, by_account].into_iter().flatten().max();
            if let Some(at) = blocking {
                let wait = (at + LOGIN_WINDOW_SECS - now).max(1);
                return Err(AccountsError::RateLimited {
                    retry_after_secs: u64::try_from(wait).unwrap_or(1),
                });
            }
            // Count this attempt as a failure now, under the lock, so that parallel attempts
            // cannot all pass the check above; a success clears it below.
            conn.execute(
                "INSERT INTO login_failures (username, client, at) VALUES (?1, ?2, ?3)",
                params![username, client, now],
            )?;
            let sql = format!(
                "SELECT {}, password_hash FROM users WHERE username = ?1",
                User::COLUMNS
            );
            conn.query_row(&sql, [&username], |r| {
                Ok((User::from_row(r, 0)?, r.get::<_, String>(5)?))
            })
            .optional()?
        };
        // Verify outside the lock: argon2 is the slow part.
        let user = match stored {
            Some((user, hash)) => verify_password(password, &hash)?.then_some(user),
            None => {
                verify_password(password, dummy_hash())?;
                None
            }
        };
        let conn = self.conn();
        match user {
            Some(user) => {
                conn.execute(
                    "DELETE FROM login_failures WHERE username = ?1",
                    [&username],
                )?;
                Ok(user)
            }
            None => Err(AccountsError::BadLogin),
        }
    }
}

/// Sign-ups one client (an IP address, an IPv6 /64) may make in an hour, and in a day.
pub const SIGNUPS_PER_HOUR: i64 = 3;
/// See [`SIGNUPS_PER_HOUR`].
pub const SIGNUPS_PER_DAY: i64 = 10;

impl Accounts {
    /// Refuses a sign-up from `client` when it made [`SIGNUPS_PER_HOUR`] in the last hour or
    /// [`SIGNUPS_PER_DAY`] in the last day (only accounts made count: a form sent back with a
    /// problem does not).
    ///
    /// # Errors
    /// [`AccountsError::Limited`] with the seconds to wait.
    pub fn signup_allowed(&self, client: &str, now: i64) -> Result<(), AccountsError> {
        let conn = self.conn();
        conn.execute("DELETE FROM signups WHERE at <= ?1", [now - 86_400])?;
        for (window, max) in [(3600, SIGNUPS_PER_HOUR), (86_400, SIGNUPS_PER_DAY)] {
            let oldest: Option<i64> = conn
                .query_row(
                    "SELECT at FROM signups WHERE client = ?1 AND at > ?2
                     ORDER BY at DESC LIMIT 1 OFFSET ?3",
                    params![client, now - window, max - 1],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(at) = oldest {
                let per = if window == 3600 { "hour" } else { "day" };
                return Err(AccountsError::Limited {
                    what: Message::new("refusal-account-signups-limited")
                        .arg("count", max)
                        .arg("per", per),
                    retry_after_secs: u64::try_from((at + window - now).max(1)).unwrap_or(1),
                });
            }
        }
        Ok(())
    }

    /// Checks that `user_id` may store `bytes` more at `now` without passing
    /// [`STORED_BYTES_PER_WINDOW`] in the last [`STORED_WINDOW_SECS`], and records them.
    ///
    /// # Errors
    /// [`AccountsError::Limited`] when it would pass the quota (nothing is recorded).
    pub fn take_storage(&self, user_id: i64, bytes: u64, now: i64) -> Result<(), AccountsError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let since = now - STORED_WINDOW_SECS;
        tx.execute("DELETE FROM stored WHERE at <= ?1", [since])?;
        let used: i64 = tx.query_row(
            "SELECT COALESCE(SUM(bytes), 0) FROM stored WHERE user_id = ?1 AND at > ?2",
            params![user_id, since],
            |r| r.get(0),
        )?;
        let used = u64::try_from(used).unwrap_or(0);
        if used.saturating_add(bytes) > STORED_BYTES_PER_WINDOW {
            let oldest: i64 = tx.query_row(
                "SELECT COALESCE(MIN(at), ?2) FROM stored WHERE user_id = ?1 AND at > ?3",
                params![user_id, now, since],
                |r| r.get(0),
            )?;
            return Err(AccountsError::Limited {
                what: Message::new("refusal-account-storage-limited")
                    .arg("mb", STORED_BYTES_PER_WINDOW >> 20)
                    .arg("days", STORED_WINDOW_SECS / 86_400)
                    .arg("used", used >> 20)
                    .arg("adding", bytes.div_ceil(1 << 20)),
                retry_after_secs: u64::try_from((oldest + STORED_WINDOW_SECS - now).max(1))
                    .unwrap_or(1),
            });
        }
        tx.execute(
            "INSERT INTO stored (user_id, at, bytes) VALUES (?1, ?2, ?3)",
            params![user_id, now, i64::try_from(bytes).unwrap_or(i64::MAX)],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Counts an account made by `client`.
    pub fn record_signup(&self, client: &str, now: i64) -> Result<(), AccountsError> {
        self.conn().execute(
            "INSERT INTO signups (client, at) VALUES (?1, ?2)",
            params![client, now],
        )?;
        Ok(())
    }

    /// Changes `user_id`'s password after checking the current one, and ends every session
    /// of the account (the caller makes a new one for the browser that asked).
    ///
    /// # Errors
    /// [`AccountsError::BadLogin`] for a wrong current password; [`AccountsError::Invalid`]
    /// (field `password`) for a new one that is too short, too long or the username.
    pub fn change_password(
        &self,
        user_id: i64,
        current: &str,
        new: &str,
    ) -> Result<(), AccountsError> {
        let (username, hash): (String, String) = self
            .conn()
            .query_row(
                "SELECT username, password_hash FROM users WHERE id = ?1",
                [user_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(AccountsError::NotFound { what: "user" })?;
        if !verify_password(current, &hash)? {
            return Err(AccountsError::BadLogin);
        }
        check_password(new, &username)?;
        let new_hash = hash_password(new)?;
        let conn = self.conn();
        conn.execute(
            "UPDATE users SET password_hash = ?2 WHERE id = ?1",
            params![user_id, new_hash],
        )?;
        conn.execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::tests::{db, user};

    const T0: i64 = 1_700_000_000;

    fn invalid_field(r: Result<User, AccountsError>) -> &'static str {
        match r {
            Err(AccountsError::Invalid { field, .. }) => field,
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    #[test]
    fn sign_up_refusals_are_phrased_in_each_language() {
        use crate::i18n::Lang;
        let db = db();
        let cases = [
            ("ab", "Al", "al@example.org", "a long password"),
            ("al ice", "Al", "al@example.org", "a long password"),
            ("alice", "<Al>", "al@example.org", "a long password"),
            ("alice", "Al", "not-an-address", "a long password"),
            ("alice", "Al", "al@example.org", "short"),
            ("alice", "Al", "al@example.org", "ALICE"),
            ("alice", "", "al@example.org", "a long password"),
        ];
        for (name, display, email, password) in cases {
            let e = db.sign_up(name, display, email, password, T0).unwrap_err();
            let m = e.message().expect("a person's refusal");
            assert_eq!(m.text(Lang::En), e.to_string());
            for lang in [Lang::Fr, Lang::Es, Lang::Sw, Lang::De] {
                let t = m.text(lang);
                assert!(!t.contains('⟦') && t != e.to_string(), "{lang}: {t}");
            }
        }
        let e = db
            .sign_up("alice", "Al", "al@example.org", "short", T0)
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "password: must be at least 10 characters long"
        );
        let es = e.message().expect("message").text(Lang::Es);
        assert_eq!(es, "password: debe tener al menos 10 caracteres");
    }

    #[test]
    fn sign_up_returns_the_user_and_finds_it_again() {
        let db = db();
        let u = db
            .sign_up(
                "  Alice-1 ",
                "Alice Example",
                "alice@example.org",
                "a long password",
                T0,
            )
            .expect("sign up");
        assert_eq!(u.username, "alice-1");
        assert_eq!(u.display_name, "Alice Example");
        assert_eq!(u.created_at, T0);
        assert_eq!(u.git_author(), "Alice Example <alice@example.org>");
        assert_eq!(db.user(u.id).expect("user"), Some(u.clone()));
        assert_eq!(db.user_by_name("ALICE-1").expect("user"), Some(u));
        assert_eq!(db.user(9999).expect("user"), None);
        assert_eq!(db.user_by_name("nobody").expect("user"), None);
    }

    #[test]
    fn sign_up_validation_names_the_field() {
        let db = db();
        let ok = ("bob", "Bob", "bob@example.org", "correct horse");
        let try_ = |u: &str, d: &str, e: &str, p: &str| db.sign_up(u, d, e, p, T0);
        for bad in [
            "ab",
            "a".repeat(33).as_str(),
            "bob smith",
            "bob_s",
            "böb",
            "bob!",
        ] {
            assert_eq!(
                invalid_field(try_(bad, ok.1, ok.2, ok.3)),
                "username",
                "{bad}"
            );
        }
        for bad in ["", "   ", "Bob <x>", "Bob\nSmith", &"x".repeat(65)] {
            assert_eq!(
                invalid_field(try_(ok.0, bad, ok.2, ok.3)),
                "display_name",
                "{bad}"
            );
        }
        for bad in [
            "",
            "bob",
            "bob@",
            "@example.org",
            "bob@example",
            "bob@@example.org",
            "bob smith@example.org",
            "bob@.example.org",
            "bob@example..org",
            "<bob@example.org>",
        ] {
            assert_eq!(invalid_field(try_(ok.0, ok.1, bad, ok.3)), "email", "{bad}");
        }
        for bad in ["short", "123456789", "bobbobbob", &"p".repeat(1025)] {
            assert_eq!(
                invalid_field(try_(ok.0, ok.1, ok.2, bad)),
                "password",
                "{bad}"
            );
        }
        // Equal to the username (which needs a 10+ character username to be long enough).
        assert_eq!(
            invalid_field(try_("bobthebuilder", ok.1, ok.2, "BobTheBuilder")),
            "password"
        );
        // Ten characters, counted as characters not bytes.
        db.sign_up(ok.0, ok.1, ok.2, "pässwörd!!", T0)
            .expect("valid");
    }

    #[test]
    fn usernames_are_unique_regardless_of_case() {
        let db = db();
        user(&db, "carol");
        for name in ["carol", "CAROL", " Carol "] {
            let err = db
                .sign_up(name, "Other", "other@example.org", "another password", T0)
                .unwrap_err();
            assert!(
                matches!(err, AccountsError::Taken { field: "username" }),
                "{err:?}"
            );
        }
    }

    #[test]
    fn passwords_are_stored_as_argon2_phc_strings() {
        let db = db();
        let u = user(&db, "dave");
        let other = user(&db, "erin");
        let hashes: Vec<(i64, String)> = {
            let conn = db.conn();
            let mut stmt = conn
                .prepare("SELECT id, password_hash FROM users ORDER BY id")
                .expect("prepare");
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .expect("query")
                .collect::<Result<_, _>>()
                .expect("rows")
        };
        assert_eq!(hashes.len(), 2);
        for (id, hash) in &hashes {
            assert!(
                hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
                "{hash}"
            );
            let name = if *id == u.id { "dave" } else { "erin" };
            assert!(!hash.contains(&format!("{name}-password")));
        }
        // Salted: same scheme, different strings.
        assert_ne!(hashes[0].1, hashes[1].1);
        assert!(verify_password("dave-password", &hashes[0].1).expect("verify"));
        assert!(!verify_password("erin-password", &hashes[0].1).expect("verify"));
        assert_eq!(other.id, hashes[1].0);
    }

    #[test]
    fn log_in_checks_the_password_and_hides_which_part_was_wrong() {
        let db = db();
        let u = user(&db, "frank");
        assert_eq!(
            db.log_in("frank", "frank-password", "1.2.3.4", T0)
                .expect("ok"),
            u
        );
        assert_eq!(
            db.log_in("FRANK", "frank-password", "1.2.3.4", T0)
                .expect("ok"),
            u
        );
        let wrong_password = db
            .log_in("frank", "nope-nope-nope", "1.2.3.4", T0)
            .unwrap_err();
        let wrong_user = db
            .log_in("nobody", "frank-password", "1.2.3.4", T0)
            .unwrap_err();
        assert!(matches!(wrong_password, AccountsError::BadLogin));
        assert!(matches!(wrong_user, AccountsError::BadLogin));
        assert_eq!(wrong_password.to_string(), wrong_user.to_string());
    }

    #[test]
    fn the_disk_quota_counts_bytes_per_account_over_thirty_days() {
        let db = db();
        let a = user(&db, "amara");
        let b = user(&db, "bola");
        let big = STORED_BYTES_PER_WINDOW / 4;
        for i in 0..4 {
            db.take_storage(a.id, big, T0 + i)
                .expect("within the quota");
        }
        let refused = db.take_storage(a.id, 1, T0 + 10);
        let Err(
            e @ AccountsError::Limited {
                retry_after_secs, ..
            },
        ) = &refused
        else {
            panic!("expected Limited, got {refused:?}");
        };
        assert!(e.to_string().contains("1,024 MB in 30 days"), "{e}");
        assert_eq!(
            *retry_after_secs,
            u64::try_from(STORED_WINDOW_SECS - 10).unwrap()
        );
        db.take_storage(b.id, big, T0 + 10)
            .expect("another account has its own quota");
        db.take_storage(a.id, big, T0 + 10).unwrap_err();
        db.take_storage(a.id, big, T0 + STORED_WINDOW_SECS + 1)
            .expect("the oldest write left the window");
    }

    #[test]
    fn sign_ups_are_limited_per_client_and_passwords_change_with_the_old_one() {
        let db = db();
        for i in 0..SIGNUPS_PER_HOUR {
            db.signup_allowed("198.51.100.1", T0 + i)
                .expect("within the hour's limit");
            db.record_signup("198.51.100.1", T0 + i).expect("recorded");
        }
        let refused = db.signup_allowed("198.51.100.1", T0 + 10);
        assert!(
            matches!(&refused, Err(AccountsError::Limited { what, .. }) if what.text(crate::i18n::Lang::En).contains("accounts an hour")),
            "{refused:?}"
        );
        db.signup_allowed("198.51.100.2", T0 + 10)
            .expect("another client");
        db.signup_allowed("198.51.100.1", T0 + 3601)
            .expect("an hour later");
        let u = user(&db, "jane");
        assert!(matches!(
            db.change_password(u.id, "not it", "a new passphrase"),
            Err(AccountsError::BadLogin)
        ));
        let s = db.create_session(u.id, T0).expect("session");
        db.change_password(u.id, "jane-password", "a new passphrase")
            .expect("changed");
        assert!(
            db.session(&s.token, T0 + 1).expect("query").is_none(),
            "sessions ended"
        );
        db.log_in("jane", "a new passphrase", "203.0.113.9", T0 + 2)
            .expect("the new password works");
    }

    #[test]
    fn an_account_under_attack_is_tried_only_from_clean_addresses() {
        let db = db();
        user(&db, "gina");
        for i in 0..5 {
            // Different clients, one guess each: every guess is checked (and fails).
            let err = db.log_in("gina", "wrong password", &format!("10.0.0.{i}"), T0 + i);
            assert!(matches!(err, Err(AccountsError::BadLogin)), "{err:?}");
        }
        // An address that already missed is refused now, without checking the password.
        match db.log_in("gina", "gina-password", "10.0.0.1", T0 + 10) {
            Err(AccountsError::RateLimited { retry_after_secs }) => {
                assert_eq!(retry_after_secs, 900 - 10);
            }
            other => panic!("expected RateLimited, got {other:?}"),
        }
        // The right password from a clean address gets through (and clears the failures).
        db.log_in("gina", "gina-password", "10.0.1.1", T0 + 11)
            .expect("a clean address is never locked out");
        db.log_in("gina", "gina-password", "10.0.0.1", T0 + 12)
            .expect("the account's failures were cleared by the success");
    }

    #[test]
    fn five_failures_from_a_client_block_that_client() {
        let db = db();
        user(&db, "hank");
        for name in ["a-user", "b-user", "c-user", "d-user", "e-user"] {
            let err = db.log_in(name, "whatever-password", "192.0.2.7", T0);
            assert!(matches!(err, Err(AccountsError::BadLogin)), "{err:?}");
        }
        let err = db.log_in("hank", "hank-password", "192.0.2.7", T0 + 1);
        assert!(
            matches!(
                err,
                Err(AccountsError::RateLimited {
                    retry_after_secs: 899
                })
            ),
            "{err:?}"
        );
        // Another client is unaffected.
        db.log_in("hank", "hank-password", "192.0.2.8", T0 + 1)
            .expect("other client");
        // And the blocked client is let in again after the window.
        db.log_in("hank", "hank-password", "192.0.2.7", T0 + 900)
            .expect("after window");
    }

    #[test]
    fn a_success_clears_the_usernames_failures() {
        let db = db();
        user(&db, "iris");
        for i in 0..4 {
            let _ = db.log_in("iris", "wrong password", "203.0.113.1", T0 + i);
        }
        db.log_in("iris", "iris-password", "203.0.113.2", T0 + 5)
            .expect("success");
        // Four more failures would have made eight without the reset; still allowed.
        for i in 0..4 {
            let _ = db.log_in("iris", "wrong password", "203.0.113.3", T0 + 10 + i);
        }
        db.log_in("iris", "iris-password", "203.0.113.4", T0 + 20)
            .expect("not limited");
        let left: i64 = db
            .conn()
            .query_row(
                "SELECT COUNT(*) FROM login_failures WHERE username = 'iris'",
                [],
                |r| r.get(0),
            )
            .expect("count");
        assert_eq!(left, 0);
    }
}
