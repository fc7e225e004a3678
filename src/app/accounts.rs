//! People of the web app: signing up, logging in and out, API tokens, and what an account
//! page shows (the designs someone maintains, the proposals waiting for them).

use super::{Actor, Error, Result};
use crate::accounts::{Accounts, ApiToken, NewSession, User};
use crate::i18n::Message;

/// A new account's details as typed.
#[derive(Debug, Clone)]
pub struct SignUp {
    /// Username (3–32 of a–z, 0–9, -).
    pub username: String,
    /// Name shown as the author of changes (may be empty).
    pub display_name: String,
    /// E-mail address.
    pub email: String,
    /// Password.
    pub password: String,
}

/// Creates an account and logs it in; `client` (the requester's address) may sign up only
/// a few times an hour.
pub fn sign_up(
    accounts: &Accounts,
    s: &SignUp,
    client: &str,
    now: i64,
) -> Result<(User, NewSession)> {
    accounts.signup_allowed(client, now)?;
    let user = accounts.sign_up(&s.username, &s.display_name, &s.email, &s.password, now)?;
    accounts.record_signup(client, now)?;
    let session = accounts.create_session(user.id, now)?;
    Ok((user, session))
}

/// Logs in (rate-limited per username and per `client`).
pub fn log_in(
    accounts: &Accounts,
    username: &str,
    password: &str,
    client: &str,
    now: i64,
) -> Result<NewSession> {
    let user = accounts.log_in(username, password, client, now)?;
    Ok(accounts.create_session(user.id, now)?)
}

/// Ends the session with this token.
pub fn log_out(accounts: &Accounts, session_token: &str) -> Result<()> {
    Ok(accounts.end_session(session_token)?)
}

/// Changes the password (the current one checked); every session ends, and a new one is
/// returned for the browser that asked.
pub fn change_password(
    accounts: &Accounts,
    actor: &Actor,
    current: &str,
    new: &str,
    now: i64,
) -> Result<NewSession> {
    let user = member(actor)?;
    accounts.change_password(user.id, current, new)?;
    Ok(accounts.create_session(user.id, now)?)
}

/// Ends every session of the account (log out everywhere); API tokens stay.
pub fn log_out_everywhere(accounts: &Accounts, actor: &Actor) -> Result<usize> {
    Ok(accounts.end_sessions_of(member(actor)?.id)?)
}

/// Revokes one of the account's API tokens.
pub fn revoke_token(accounts: &Accounts, actor: &Actor, token_id: i64) -> Result<()> {
    if accounts.revoke_api_token(member(actor)?.id, token_id)? {
        Ok(())
    } else {
        Err(Error::not_found(
            Message::new("error-no-api-token").arg("id", token_id.to_string()),
        ))
    }
}

fn member(actor: &Actor) -> Result<&User> {
    actor
        .user()
        .ok_or_else(|| Error::forbidden(Message::new("error-only-accounts-log-in")))
}

/// What an account page shows.
#[derive(Debug, Clone)]
pub struct AccountOverview {
    /// The designs the account maintains.
    pub designs: Vec<String>,
    /// Its API tokens (never the tokens themselves).
    pub tokens: Vec<ApiToken>,
}

/// The account page of `actor`.
pub fn overview(accounts: &Accounts, actor: &Actor) -> Result<AccountOverview> {
    let user = actor
        .user()
        .ok_or_else(|| Error::forbidden(Message::new("error-only-accounts-page")))?;
    Ok(AccountOverview {
        designs: accounts.designs_maintained(user.id)?,
        tokens: accounts.api_tokens(user.id)?,
    })
}

/// A new API token for `actor`, returned in plaintext once.
pub fn new_token(accounts: &Accounts, actor: &Actor, name: &str, now: i64) -> Result<String> {
    let user = actor
        .user()
        .ok_or_else(|| Error::forbidden(Message::new("error-only-accounts-tokens")))?;
    Ok(accounts.create_api_token(user.id, name, now)?)
}

/// The accounts database of the store at `store`: `<store>.accounts.sqlite3` beside it.
pub fn database_beside(store: &std::path::Path) -> std::path::PathBuf {
    let stem = store
        .file_stem()
        .map_or_else(|| "store".into(), |s| s.to_string_lossy().into_owned());
    store.with_file_name(format!("{stem}.accounts.sqlite3"))
}

/// Makes the existing account `username` an admin (`admin = true`) or ends its role.
pub fn set_admin(accounts: &Accounts, username: &str, admin: bool, now: i64) -> Result<User> {
    let user = accounts.user_by_name(username)?.ok_or_else(|| {
        Error::not_found(Message::new("error-no-account").arg("username", username))
    })?;
    if admin {
        accounts.add_admin(user.id, now)?;
    } else {
        accounts.remove_admin(user.id)?;
    }
    Ok(user)
}

/// The site's admins.
pub fn admins(accounts: &Accounts) -> Result<Vec<User>> {
    Ok(accounts.admins()?)
}
