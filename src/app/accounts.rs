//! People of the web app: signing up, logging in and out, API tokens, and what an account
//! page shows (the designs someone maintains, the proposals waiting for them).

use super::{Actor, Error, Result};
use crate::accounts::{Accounts, ApiToken, NewSession, User};

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

/// Creates an account and logs it in.
pub fn sign_up(accounts: &Accounts, s: &SignUp, now: i64) -> Result<(User, NewSession)> {
    let user = accounts.sign_up(&s.username, &s.display_name, &s.email, &s.password, now)?;
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
        .ok_or_else(|| Error::forbidden("only accounts have an account page"))?;
    Ok(AccountOverview {
        designs: accounts.designs_maintained(user.id)?,
        tokens: accounts.api_tokens(user.id)?,
    })
}

/// A new API token for `actor`, returned in plaintext once.
pub fn new_token(accounts: &Accounts, actor: &Actor, name: &str, now: i64) -> Result<String> {
    let user = actor
        .user()
        .ok_or_else(|| Error::forbidden("only accounts have API tokens"))?;
    Ok(accounts.create_api_token(user.id, name, now)?)
}
