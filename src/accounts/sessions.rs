//! Log-in sessions with their CSRF tokens, and API tokens.
//!
//! Both kinds of token are 32 random bytes; only their SHA-256 is stored, so a copy of the
//! database does not let anyone in. A session's CSRF token is the SHA-256 of the session
//! token under a separate label: unguessable without the session token, never stored.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use subtle::ConstantTimeEq;

use super::{Accounts, AccountsError, User, check_text, random_hex, sha256_hex};

/// How long a session lasts from its creation (30 days).
pub const SESSION_SECS: i64 = 30 * 24 * 60 * 60;
/// Prefix of every API token, so leaked tokens are recognisable (e.g. by secret scanners).
pub const API_TOKEN_PREFIX: &str = "brt_";
/// Random bytes in session and API tokens.
const TOKEN_BYTES: usize = 32;

/// A session just created: the only time its token is available in plaintext.
#[derive(Clone, PartialEq, Eq)]
pub struct NewSession {
    /// The session token (64 hex characters), for the HttpOnly cookie.
    pub token: String,
    /// The CSRF token to embed in this session's forms.
    pub csrf: String,
    /// When the session ends, unix seconds.
    pub expires_at: i64,
}

impl std::fmt::Debug for NewSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewSession")
            .field("token", &"<redacted>")
            .field("csrf", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// A live session, found by its token.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionInfo {
    /// Who is logged in.
    pub user: User,
    /// The session's CSRF token, to embed in forms.
    pub csrf: String,
    /// When the session ends, unix seconds.
    pub expires_at: i64,
}

impl SessionInfo {
    /// Whether `submitted` is this session's CSRF token, compared in constant time.
    pub fn check_csrf(&self, submitted: &str) -> bool {
        self.csrf.as_bytes().ct_eq(submitted.as_bytes()).into()
    }
}

impl std::fmt::Debug for SessionInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionInfo")
            .field("user", &self.user)
            .field("csrf", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// An API token as listed to its owner (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    /// Id, for revoking.
    pub id: i64,
    /// The owner's label for it ("laptop", "CI").
    pub name: String,
    /// Creation time, unix seconds.
    pub created_at: i64,
    /// When it stops working, unix seconds.
    pub expires_at: Option<i64>,
}

/// How long an API token works: a year (make a new one, and revoke the old, after that).
pub const API_TOKEN_SECS: i64 = 365 * 24 * 3600;

/// The CSRF token belonging to a session token.
fn csrf_for(token: &str) -> String {
    sha256_hex(format!("barnraise csrf\0{token}").as_bytes())
}

/// Whether `token` has the shape of a session token; others are not looked up.
fn is_session_token(token: &str) -> bool {
    token.len() == TOKEN_BYTES * 2 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

fn user_not_found(e: rusqlite::Error) -> AccountsError {
    if super::is_constraint(&e, rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY) {
        AccountsError::NotFound { what: "user" }
    } else {
        e.into()
    }
}

impl Accounts {
    /// Starts a session for `user_id` lasting [`SESSION_SECS`] from `now`, and returns its
    /// token and CSRF token in plaintext (only the token's hash is stored). Expired sessions
    /// of all users are deleted on the way.
    ///
    /// # Errors
    /// [`AccountsError::NotFound`] if there is no such user.
    pub fn create_session(&self, user_id: i64, now: i64) -> Result<NewSession, AccountsError> {
        let token = random_hex(TOKEN_BYTES);
        let expires_at = now + SESSION_SECS;
        let conn = self.conn();
        conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now])?;
        conn.execute(
            "INSERT INTO sessions (token_hash, user_id, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![sha256_hex(token.as_bytes()), user_id, now, expires_at],
        )
        .map_err(user_not_found)?;
        Ok(NewSession {
            csrf: csrf_for(&token),
            token,
            expires_at,
        })
    }

    /// The session with this token, if it exists and has not expired at `now`.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn session(&self, token: &str, now: i64) -> Result<Option<SessionInfo>, AccountsError> {
        if !is_session_token(token) {
            return Ok(None);
        }
        let sql = format!(
            "SELECT s.expires_at, {} FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = ?1",
            User::COLUMNS
                .split(", ")
                .map(|c| format!("u.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let hash = sha256_hex(token.as_bytes());
        let conn = self.conn();
        let found = conn
            .query_row(&sql, [&hash], |r| {
                Ok((r.get::<_, i64>(0)?, User::from_row(r, 1)?))
            })
            .optional()?;
        match found {
            Some((expires_at, user)) if expires_at > now => Ok(Some(SessionInfo {
                user,
                csrf: csrf_for(token),
                expires_at,
            })),
            Some(_) => {
                conn.execute("DELETE FROM sessions WHERE token_hash = ?1", [&hash])?;
                Ok(None)
            }
            None => Ok(None),
        }
    }

    /// Ends the session with this token (logging out). Unknown tokens are ignored.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn end_session(&self, token: &str) -> Result<(), AccountsError> {
        self.conn().execute(
            "DELETE FROM sessions WHERE token_hash = ?1",
            [sha256_hex(token.as_bytes())],
        )?;
        Ok(())
    }

    /// Ends every session of a user (e.g. "log out everywhere"); returns how many ended.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn end_sessions_of(&self, user_id: i64) -> Result<usize, AccountsError> {
        Ok(self
            .conn()
            .execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])?)
    }

    /// Creates an API token for `user_id` labelled `name` (1–64 characters) and returns it in
    /// plaintext: `brt_` followed by 64 hex characters. Only its hash is stored, so this is
    /// the one chance to show it.
    ///
    /// # Errors
    /// [`AccountsError::Invalid`] for a bad `name`; [`AccountsError::NotFound`] if there is no
    /// such user.
    pub fn create_api_token(
        &self,
        user_id: i64,
        name: &str,
        now: i64,
    ) -> Result<String, AccountsError> {
        let name = check_text("name", name, 64, false)?;
        let token = format!("{API_TOKEN_PREFIX}{}", random_hex(TOKEN_BYTES));
        self.conn()
            .execute(
                "INSERT INTO api_tokens (user_id, name, token_hash, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    user_id,
                    name,
                    sha256_hex(token.as_bytes()),
                    now,
                    now + API_TOKEN_SECS
                ],
            )
            .map_err(user_not_found)?;
        Ok(token)
    }

    /// The user an API token belongs to, if it exists, has not been revoked and has not
    /// expired at `now`.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn user_for_api_token(&self, token: &str, now: i64) -> Result<Option<User>, AccountsError> {
        let Some(rest) = token.strip_prefix(API_TOKEN_PREFIX) else {
            return Ok(None);
        };
        if !is_session_token(rest) {
            return Ok(None);
        }
        let sql = format!(
            "SELECT {} FROM users WHERE id =
                (SELECT user_id FROM api_tokens WHERE token_hash = ?1
                   AND (expires_at IS NULL OR expires_at > ?2))",
            User::COLUMNS
        );
        Ok(self
            .conn()
            .query_row(&sql, params![sha256_hex(token.as_bytes()), now], |r| {
                User::from_row(r, 0)
            })
            .optional()?)
    }

    /// The API tokens of a user, newest first.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn api_tokens(&self, user_id: i64) -> Result<Vec<ApiToken>, AccountsError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT id, name, created_at, expires_at FROM api_tokens WHERE user_id = ?1
             ORDER BY created_at DESC, id DESC",
        )?;
        let tokens = stmt
            .query_map([user_id], |r| {
                Ok(ApiToken {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    created_at: r.get(2)?,
                    expires_at: r.get(3)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(tokens)
    }

    /// Revokes (deletes) API token `token_id` if it belongs to `user_id`; returns whether a
    /// token was revoked. Another user's token id is treated as unknown.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn revoke_api_token(&self, user_id: i64, token_id: i64) -> Result<bool, AccountsError> {
        let n = self.conn().execute(
            "DELETE FROM api_tokens WHERE id = ?1 AND user_id = ?2",
            [token_id, user_id],
        )?;
        Ok(n > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::tests::{db, user};

    const T0: i64 = 1_700_000_000;

    /// Every text value stored in `table`, to look for plaintext secrets.
    fn all_text(db: &Accounts, table: &str) -> Vec<String> {
        let conn = db.conn();
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table}"))
            .expect("prepare");
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).expect("query");
        let mut out = Vec::new();
        while let Some(row) = rows.next().expect("row") {
            for i in 0..columns {
                if let Ok(s) = row.get::<_, String>(i) {
                    out.push(s);
                }
            }
        }
        out
    }

    #[test]
    fn a_session_finds_its_user_until_it_expires() {
        let db = db();
        let u = user(&db, "alice");
        let s = db.create_session(u.id, T0).expect("session");
        assert_eq!(s.token.len(), 64);
        assert!(s.token.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(s.expires_at, T0 + 30 * 24 * 3600);
        assert!(!format!("{s:?}").contains(&s.token));

        let info = db.session(&s.token, T0 + 1).expect("query").expect("live");
        assert_eq!(info.user, u);
        assert_eq!(info.csrf, s.csrf);
        assert_eq!(info.expires_at, s.expires_at);
        assert!(
            db.session(&s.token, s.expires_at - 1)
                .expect("query")
                .is_some()
        );
        assert!(db.session(&s.token, s.expires_at).expect("query").is_none());
        // An expired session is gone for good, even if the clock is turned back.
        assert!(db.session(&s.token, T0).expect("query").is_none());
    }

    #[test]
    fn unknown_and_ended_sessions_are_none() {
        let db = db();
        let u = user(&db, "bob");
        assert!(db.session("", T0).expect("query").is_none());
        assert!(db.session(&"0".repeat(64), T0).expect("query").is_none());
        assert!(
            db.session("not a token at all", T0)
                .expect("query")
                .is_none()
        );
        let a = db.create_session(u.id, T0).expect("session");
        let b = db.create_session(u.id, T0).expect("session");
        assert_ne!(a.token, b.token);
        assert_ne!(a.csrf, b.csrf);
        db.end_session(&a.token).expect("end");
        db.end_session("unknown")
            .expect("ending an unknown session is fine");
        assert!(db.session(&a.token, T0).expect("query").is_none());
        assert!(db.session(&b.token, T0).expect("query").is_some());
        assert_eq!(db.end_sessions_of(u.id).expect("end all"), 1);
        assert!(db.session(&b.token, T0).expect("query").is_none());
    }

    #[test]
    fn sessions_need_an_existing_user() {
        let err = db().create_session(42, T0).unwrap_err();
        assert!(
            matches!(err, AccountsError::NotFound { what: "user" }),
            "{err:?}"
        );
    }

    #[test]
    fn csrf_check_accepts_only_the_sessions_token() {
        let db = db();
        let u = user(&db, "carol");
        let s = db.create_session(u.id, T0).expect("session");
        let other = db.create_session(u.id, T0).expect("session");
        let info = db.session(&s.token, T0).expect("query").expect("live");
        assert!(info.check_csrf(&s.csrf));
        assert!(!info.check_csrf(&other.csrf));
        assert!(!info.check_csrf(""));
        assert!(!info.check_csrf(&s.csrf[..63]));
        assert!(!info.check_csrf(&s.token));
        assert!(!format!("{info:?}").contains(&s.csrf));
    }

    #[test]
    fn the_database_holds_only_hashes_of_tokens() {
        let db = db();
        let u = user(&db, "dave");
        let s = db.create_session(u.id, T0).expect("session");
        let api = db.create_api_token(u.id, "laptop", T0).expect("token");
        let sessions = all_text(&db, "sessions");
        assert!(sessions.contains(&sha256_hex(s.token.as_bytes())));
        let api_rows = all_text(&db, "api_tokens");
        assert!(api_rows.contains(&sha256_hex(api.as_bytes())));
        for table in ["users", "sessions", "api_tokens", "login_failures"] {
            for value in all_text(&db, table) {
                for secret in [
                    s.token.as_str(),
                    s.csrf.as_str(),
                    api.as_str(),
                    &api[API_TOKEN_PREFIX.len()..],
                ] {
                    assert!(!value.contains(secret), "{table} holds a secret");
                }
            }
        }
    }

    #[test]
    fn api_tokens_authenticate_until_revoked() {
        let db = db();
        let u = user(&db, "erin");
        let v = user(&db, "fred");
        let token = db.create_api_token(u.id, "CI", T0).expect("token");
        assert!(
            token.starts_with("brt_") && token.len() == 4 + 64,
            "{token}"
        );
        assert_eq!(
            db.user_for_api_token(&token, T0).expect("query"),
            Some(u.clone())
        );
        assert_eq!(db.user_for_api_token("brt_nope", T0).expect("query"), None);
        assert_eq!(db.user_for_api_token(&token[4..], T0).expect("query"), None);
        // A token expires after a year.
        assert_eq!(
            db.user_for_api_token(&token, T0 + API_TOKEN_SECS)
                .expect("query"),
            None
        );

        let listed = db.api_tokens(u.id).expect("list");
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].name, "CI");
        // Another user cannot revoke it.
        assert!(!db.revoke_api_token(v.id, listed[0].id).expect("revoke"));
        assert!(db.user_for_api_token(&token, T0).expect("query").is_some());
        assert!(db.revoke_api_token(u.id, listed[0].id).expect("revoke"));
        assert_eq!(db.user_for_api_token(&token, T0).expect("query"), None);
        assert!(db.api_tokens(u.id).expect("list").is_empty());

        let err = db.create_api_token(u.id, "  ", T0).unwrap_err();
        assert!(
            matches!(err, AccountsError::Invalid { field: "name", .. }),
            "{err:?}"
        );
        let err = db.create_api_token(999, "x", T0).unwrap_err();
        assert!(
            matches!(err, AccountsError::NotFound { what: "user" }),
            "{err:?}"
        );
    }
}
