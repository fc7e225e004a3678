//! Accounts and contributing: sign up, log in and out, API tokens, creating a design in the
//! browser, forking, proposing changes and accepting or refusing them.
//!
//! Who is asking: a session cookie (HttpOnly, SameSite=Lax) or an `Authorization: Bearer`
//! API token. Every form that changes something carries a CSRF token (the session's, or
//! for the log-in and sign-up forms a double-submit cookie). Writes without a session or
//! token answer 401. Design content goes to git (the store); accounts, sessions and the
//! review state of proposals live in the SQLite database (`crate::accounts`).

use std::collections::BTreeMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::json;

use super::error::{ApiError, AppError};
use super::pages::render;
use super::state::{AppState, blocking};
use crate::accounts::{
    AccountsError, Decision, NewProposal, Proposal, ProposalState, SessionInfo, User,
};
use crate::model::{Author, Diagnostic};

/// Session cookie name.
pub const SESSION_COOKIE: &str = "barnraise_session";
/// Double-submit CSRF cookie for the log-in and sign-up forms.
const FORM_COOKIE: &str = "barnraise_form";
/// Largest design.toml accepted from the browser.
const MAX_MANIFEST_BYTES: usize = 256 * 1024;

impl From<AccountsError> for AppError {
    fn from(e: AccountsError) -> Self {
        match e {
            AccountsError::Invalid { .. } | AccountsError::Taken { .. } => {
                AppError::BadRequest(e.to_string())
            }
            AccountsError::BadLogin => AppError::Unauthorized(e.to_string()),
            AccountsError::RateLimited { .. } => AppError::TooMany(e.to_string()),
            AccountsError::NotFound { .. } => AppError::NotFound(e.to_string()),
            AccountsError::Conflict(m) => AppError::Conflict(m),
            AccountsError::Forbidden(m) => AppError::Forbidden(m),
            e => AppError::Internal(e.to_string()),
        }
    }
}

pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// Who is asking.
#[derive(Debug, Clone)]
pub enum Caller {
    /// A browser session (forms must carry its CSRF token).
    Session(SessionInfo),
    /// A script with an API token (no CSRF: the token is not sent automatically).
    Token(User),
}

impl Caller {
    /// The user.
    pub fn user(&self) -> &User {
        match self {
            Caller::Session(s) => &s.user,
            Caller::Token(u) => u,
        }
    }

    /// Checks the form's CSRF token (always true for API tokens).
    fn check_csrf(&self, submitted: &str) -> Result<(), AppError> {
        match self {
            Caller::Session(s) if !s.check_csrf(submitted) => Err(AppError::Forbidden(
                "this form is out of date (security token mismatch); reload the page and try again"
                    .into(),
            )),
            _ => Ok(()),
        }
    }

    /// The git author for commits this user makes.
    pub fn author(&self) -> Author {
        let u = self.user();
        Author {
            name: if u.display_name.trim().is_empty() {
                u.username.clone()
            } else {
                u.display_name.clone()
            },
            email: Some(u.email.clone()),
        }
    }
}

/// The caller, if logged in or holding a valid API token.
pub(crate) async fn caller(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<Caller>, AppError> {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_string());
    let session = cookie(headers, SESSION_COOKIE);
    if bearer.is_none() && session.is_none() {
        return Ok(None);
    }
    let accounts = state.accounts();
    blocking(move || -> Result<Option<Caller>, AppError> {
        if let Some(t) = bearer {
            return Ok(accounts.user_for_api_token(&t)?.map(Caller::Token));
        }
        match session {
            Some(s) => Ok(accounts.session(&s, now())?.map(Caller::Session)),
            None => Ok(None),
        }
    })
    .await
}

/// The caller, or 401.
async fn require(state: &AppState, headers: &HeaderMap) -> Result<Caller, AppError> {
    caller(state, headers).await?.ok_or_else(|| {
        AppError::Unauthorized("Log in (or send an API token) to change anything.".into())
    })
}

/// The logged-in user for page templates (`user` in the context).
pub(crate) async fn user_json(state: &AppState, headers: &HeaderMap) -> serde_json::Value {
    match caller(state, headers).await {
        Ok(Some(Caller::Session(s))) => json!({"username": s.user.username, "csrf": s.csrf}),
        _ => serde_json::Value::Null,
    }
}

fn random_hex() -> String {
    use rand::RngExt;
    let mut rng = rand::rng();
    let a: u64 = rng.random();
    let b: u64 = rng.random();
    format!("{a:016x}{b:016x}")
}

/// Whether cookies carry `Secure` (the site is served over https); set once at start-up.
pub(crate) static SECURE_COOKIES: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

fn set_cookie(res: &mut Response, name: &str, value: &str, max_age: i64) {
    let secure = if SECURE_COOKIES.get().copied().unwrap_or(false) {
        "; Secure"
    } else {
        ""
    };
    let c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}");
    if let Ok(v) = HeaderValue::from_str(&c) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// After sign-up or log-in: the session cookie, and on to the account page.
fn logged_in(token: &str) -> Response {
    let mut res = Redirect::to("/account").into_response();
    set_cookie(
        &mut res,
        SESSION_COOKIE,
        token,
        crate::accounts::SESSION_SECS,
    );
    res
}

/// A form page with a fresh double-submit CSRF cookie.
fn form_page(name: &str, mut ctx: serde_json::Value) -> Result<Response, AppError> {
    let token = random_hex();
    ctx["form_token"] = json!(token);
    let mut res = render(name, ctx)?;
    set_cookie(&mut res, FORM_COOKIE, &token, 3600);
    Ok(res)
}

fn check_form_token(headers: &HeaderMap, submitted: &str) -> Result<(), AppError> {
    match cookie(headers, FORM_COOKIE) {
        Some(c) if !submitted.is_empty() && c == submitted => Ok(()),
        _ => Err(AppError::Forbidden(
            "this form is out of date (security token mismatch); reload the page and try again"
                .into(),
        )),
    }
}

/// `GET /signup`.
pub async fn signup_form() -> Result<Response, AppError> {
    form_page("signup.html", json!({"title": "Sign up", "values": {}}))
}

/// Sign-up form fields.
#[derive(Debug, Deserialize)]
pub struct SignupForm {
    username: String,
    #[serde(default)]
    display_name: String,
    email: String,
    password: String,
    #[serde(default)]
    form_token: String,
}

/// `POST /signup`: creates the account and logs in.
pub async fn signup(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(f): Form<SignupForm>,
) -> Result<Response, AppError> {
    check_form_token(&headers, &f.form_token)?;
    let accounts = state.accounts();
    let values = json!({"username": f.username, "display_name": f.display_name, "email": f.email});
    let permit = state.hash_permit().await?;
    let result = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let user = accounts.sign_up(&f.username, &f.display_name, &f.email, &f.password, now())?;
        let s = accounts.create_session(user.id, now())?;
        Ok::<_, AccountsError>(s)
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?;
    match result {
        Ok(s) => Ok(logged_in(&s.token)),
        Err(e @ (AccountsError::Invalid { .. } | AccountsError::Taken { .. })) => {
            let mut res = form_page(
                "signup.html",
                json!({"title": "Sign up", "values": values, "error": e.to_string()}),
            )?;
            *res.status_mut() = axum::http::StatusCode::BAD_REQUEST;
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /login`.
pub async fn login_form() -> Result<Response, AppError> {
    form_page("login.html", json!({"title": "Log in", "values": {}}))
}

/// Log-in form fields.
#[derive(Debug, Deserialize)]
pub struct LoginForm {
    username: String,
    password: String,
    #[serde(default)]
    form_token: String,
}

/// The client, for limits per client: the peer's IP address (see [`client_of`]).
pub(crate) struct Client(pub(crate) String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(Client(client_of(parts)))
    }
}

/// Counts a write of `kind` against the caller's quota, or refuses it (429).
fn take_quota(state: &AppState, who: &Caller, kind: super::quota::Kind) -> Result<(), AppError> {
    state
        .0
        .quotas
        .take(&who.user().username, kind, std::time::Instant::now())
}

/// The client for the log-in rate limit: the peer's IP address. (`X-Forwarded-For` is not
/// trusted: anyone can send it; behind a proxy every client shares the proxy's limit.)
fn client_of(parts: &axum::http::request::Parts) -> String {
    parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map_or_else(|| "local".into(), |c| c.0.ip().to_string())
}

/// `POST /login` (rate-limited per username and per client).
pub async fn login(
    State(state): State<AppState>,
    parts: axum::http::request::Parts,
    Form(f): Form<LoginForm>,
) -> Result<Response, AppError> {
    let headers = &parts.headers;
    check_form_token(headers, &f.form_token)?;
    let accounts = state.accounts();
    let client = client_of(&parts);
    let username = f.username.clone();
    let permit = state.hash_permit().await?;
    let result = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let user = accounts.log_in(&f.username, &f.password, &client, now())?;
        accounts.create_session(user.id, now())
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?;
    match result {
        Ok(s) => Ok(logged_in(&s.token)),
        Err(e @ (AccountsError::BadLogin | AccountsError::RateLimited { .. })) => {
            let status = AppError::from(e).status();
            let msg = match status {
                axum::http::StatusCode::TOO_MANY_REQUESTS => {
                    "Too many failed log-ins: wait a few minutes and try again."
                }
                _ => "Wrong username or password.",
            };
            let mut res = form_page(
                "login.html",
                json!({"title": "Log in", "values": {"username": username}, "error": msg}),
            )?;
            *res.status_mut() = status;
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}

/// CSRF-only form.
#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /logout`.
pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Result<Response, AppError> {
    let who = require(&state, &headers).await?;
    who.check_csrf(&f.csrf)?;
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        let accounts = state.accounts();
        let _ = tokio::task::spawn_blocking(move || accounts.end_session(&token)).await;
    }
    let mut res = Redirect::to("/").into_response();
    set_cookie(&mut res, SESSION_COOKIE, "", 0);
    Ok(res)
}

/// `GET /account`: your designs, proposals to review, API tokens.
pub async fn account(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let who = require(&state, &headers).await?;
    let user = who.user().clone();
    let accounts = state.accounts();
    let uid = user.id;
    let (designs, reviews, tokens) = blocking(move || {
        let designs = accounts.designs_maintained(uid)?;
        let mut reviews = Vec::new();
        for d in &designs {
            reviews.extend(accounts.proposals_for(d, Some(ProposalState::Open))?);
        }
        let tokens = accounts.api_tokens(uid)?;
        Ok::<_, AccountsError>((designs, reviews, tokens))
    })
    .await?;
    render(
        "account.html",
        json!({
            "title": "Your account",
            "user": user_json(&state, &headers).await,
            "me": user,
            "designs": designs,
            "reviews": reviews,
            "tokens": tokens,
        }),
    )
}

/// `POST /account/tokens`: a new API token, shown once.
pub async fn new_token(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(f): Form<BTreeMap<String, String>>,
) -> Result<Response, AppError> {
    let who = require(&state, &headers).await?;
    who.check_csrf(f.get("csrf").map(String::as_str).unwrap_or(""))?;
    let name = f.get("name").cloned().unwrap_or_else(|| "script".into());
    let accounts = state.accounts();
    let uid = who.user().id;
    let token = blocking(move || accounts.create_api_token(uid, &name, now())).await?;
    render(
        "token.html",
        json!({"title": "New API token", "user": user_json(&state, &headers).await, "token": token}),
    )
}

/// May `user` change `slug` directly? Its maintainers may; a design nobody maintains (the
/// shipped ones) is maintained by the site's admins (`barnraise serve --admin NAME`).
fn may_maintain(
    accounts: &crate::accounts::Accounts,
    admins: &[String],
    slug: &str,
    user: &User,
) -> Result<bool, AccountsError> {
    if accounts.is_maintainer(slug, user.id)? {
        return Ok(true);
    }
    Ok(admins.contains(&user.username) && accounts.maintainers(slug)?.is_empty())
}

/// `GET /designs/{slug}/fork`.
pub async fn fork_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let who = require(&state, &headers).await?;
    let s2 = slug.clone();
    let design = state
        .with_store(move |store| Ok(store.read(&s2, None)?.design))
        .await?;
    let suggested = format!("{}-{}", slug, who.user().username);
    render(
        "fork.html",
        json!({
            "title": format!("Fork {}", design.name),
            "user": user_json(&state, &headers).await,
            "slug": slug,
            "name": design.name,
            "license": design.license,
            "suggested": suggested,
        }),
    )
}

/// Fork form fields.
#[derive(Debug, Deserialize)]
pub struct ForkForm {
    new_slug: String,
    #[serde(default)]
    license: String,
    #[serde(default)]
    csrf: String,
}

/// `POST /designs/{slug}/fork`: copies the design under a new slug (licence checked by the
/// store) and makes the caller its maintainer.
pub async fn fork(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Form(f): Form<ForkForm>,
) -> Result<Response, AppError> {
    let who = require(&state, &headers).await?;
    who.check_csrf(&f.csrf)?;
    let new_slug = do_fork(&state, &who, slug, f.new_slug, f.license).await?;
    Ok(Redirect::to(&format!("/designs/{new_slug}")).into_response())
}

/// Slugs that would be shadowed by routes under `/designs/`.
const RESERVED_SLUGS: &[&str] = &["new"];

fn check_free_slug(slug: &str) -> Result<(), AppError> {
    if RESERVED_SLUGS.contains(&slug) {
        return Err(AppError::BadRequest(format!(
            "'{slug}' cannot be a design's slug here (it names a page); choose another"
        )));
    }
    Ok(())
}

async fn do_fork(
    state: &AppState,
    who: &Caller,
    slug: String,
    new_slug: String,
    license: String,
) -> Result<String, AppError> {
    let author = who.author();
    let new = new_slug.trim().to_string();
    check_free_slug(&new)?;
    take_quota(state, who, super::quota::Kind::Change)?;
    let n2 = new.clone();
    state
        .with_store(move |store| {
            let lic = Some(license.trim()).filter(|l| !l.is_empty());
            store.fork(&slug, &n2, &author, lic)?;
            Ok(())
        })
        .await?;
    let accounts = state.accounts();
    let uid = who.user().id;
    let n3 = new.clone();
    blocking(move || accounts.add_maintainer(&n3, uid)).await?;
    Ok(new)
}

/// API fork request.
#[derive(Debug, Deserialize)]
pub struct ApiFork {
    new_slug: String,
    #[serde(default)]
    license: String,
}

/// `POST /api/v1/designs/{slug}/fork` with a JSON body `{ "new_slug", "license"? }`.
pub async fn api_fork(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    axum::Json(f): axum::Json<ApiFork>,
) -> Result<Response, ApiError> {
    let who = require(&state, &headers).await?;
    if let Caller::Session(_) = who {
        // A browser session must use the form (with its CSRF token).
        return Err(
            AppError::Forbidden("use an API token (Authorization: Bearer …)".into()).into(),
        );
    }
    let new = do_fork(&state, &who, slug, f.new_slug, f.license).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        axum::Json(json!({"slug": new, "url": format!("/api/v1/designs/{new}")})),
    )
        .into_response())
}

/// The manifest template for a new design.
const NEW_DESIGN: &str = include_str!("../../web/templates/new-design.toml");

/// `GET /designs/new`: edit a design.toml in the browser.
pub async fn new_form(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let who = require(&state, &headers).await?;
    let text = NEW_DESIGN.replace("AUTHOR", &who.author().to_string());
    render(
        "edit.html",
        json!({
            "title": "New design",
            "user": user_json(&state, &headers).await,
            "action": "/designs/new",
            "manifest": text,
            "new": true,
        }),
    )
}

/// Editor form fields.
#[derive(Debug, Deserialize)]
pub struct EditForm {
    manifest: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    csrf: String,
}

/// [`check_manifest`] on the blocking pool, at most two at once.
async fn check_manifest_async(
    state: &AppState,
    text: String,
    slug: Option<String>,
) -> Result<Result<crate::model::Design, Vec<Diagnostic>>, AppError> {
    let permit = state.check_permit().await?;
    blocking(move || {
        let _permit = permit;
        Ok::<_, AppError>(check_manifest(&text, slug.as_deref()))
    })
    .await
}

/// Parses and checks a manifest from the browser; problems carry their line.
fn check_manifest(text: &str, slug: Option<&str>) -> Result<crate::model::Design, Vec<Diagnostic>> {
    if text.len() > MAX_MANIFEST_BYTES {
        return Err(vec![Diagnostic::bare(format!(
            "design.toml is {} KiB; at most {} KiB",
            text.len() / 1024,
            MAX_MANIFEST_BYTES / 1024
        ))]);
    }
    let path = std::path::Path::new("design.toml");
    let design = crate::package::parse_bytes(text.as_bytes(), path, slug)?;
    let problems = crate::package::check_design(&design);
    if problems.is_empty() {
        Ok(design)
    } else {
        Err(problems)
    }
}

fn editor_with_problems(
    user: serde_json::Value,
    action: &str,
    text: &str,
    message: &str,
    problems: Vec<Diagnostic>,
    new: bool,
) -> Result<Response, AppError> {
    let lines: Vec<serde_json::Value> = problems
        .iter()
        .map(|d| {
            json!({
                "line": d.position.as_ref().map(|p| p.line),
                "text": d.to_string(),
            })
        })
        .collect();
    let mut res = render(
        "edit.html",
        json!({
            "title": "Fix the problems",
            "user": user,
            "action": action,
            "manifest": text,
            "message": message,
            "problems": lines,
            "new": new,
        }),
    )?;
    *res.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    Ok(res)
}

/// `POST /designs/new`: validates and publishes; the author becomes its maintainer.
pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(f): Form<EditForm>,
) -> Result<Response, AppError> {
    let who = require(&state, &headers).await?;
    who.check_csrf(&f.csrf)?;
    let design = match check_manifest_async(&state, f.manifest.clone(), None).await? {
        Ok(d) => d,
        Err(problems) => {
            return editor_with_problems(
                user_json(&state, &headers).await,
                "/designs/new",
                &f.manifest,
                &f.message,
                problems,
                true,
            );
        }
    };
    let slug = design.slug.clone();
    check_free_slug(&slug)?;
    take_quota(&state, &who, super::quota::Kind::Change)?;
    let author = who.author();
    let text = f.manifest.clone();
    let s2 = slug.clone();
    let message = f.message.clone();
    state
        .with_store(move |store| {
            if store.read(&s2, None).is_ok() {
                return Err(AppError::Conflict(format!(
                    "a design '{s2}' exists already: choose another slug, or fork it"
                )));
            }
            let mut files = crate::store::PackageFiles::new();
            files.insert("design.toml".into(), text.into_bytes());
            store.publish_files(&design, files, &author, &message)?;
            Ok(())
        })
        .await?;
    let accounts = state.accounts();
    let uid = who.user().id;
    let s3 = slug.clone();
    blocking(move || accounts.add_maintainer(&s3, uid)).await?;
    Ok(Redirect::to(&format!("/designs/{slug}")).into_response())
}

/// `GET /designs/{slug}/edit`: the design.toml in an editor. Maintainers publish; others
/// propose.
pub async fn edit_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let who = require(&state, &headers).await?;
    let s2 = slug.clone();
    let text = state
        .with_store(move |store| {
            let files = store.files(&s2, None)?;
            Ok(
                String::from_utf8_lossy(files.get("design.toml").map_or(&[][..], |v| v))
                    .into_owned(),
            )
        })
        .await?;
    let accounts = state.accounts();
    let admins = state.admins();
    let user = who.user().clone();
    let s3 = slug.clone();
    let maintainer = blocking(move || may_maintain(&accounts, &admins, &s3, &user)).await?;
    render(
        "edit.html",
        json!({
            "title": format!("Edit {slug}"),
            "user": user_json(&state, &headers).await,
            "action": format!("/designs/{slug}/edit"),
            "manifest": text,
            "maintainer": maintainer,
            "slug": slug,
        }),
    )
}

/// `POST /designs/{slug}/edit`: a maintainer's change is published; anyone else's becomes
/// a proposal for the maintainers to accept or refuse.
pub async fn edit(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Form(f): Form<EditForm>,
) -> Result<Response, AppError> {
    let who = require(&state, &headers).await?;
    who.check_csrf(&f.csrf)?;
    let action = format!("/designs/{slug}/edit");
    let design = match check_manifest_async(&state, f.manifest.clone(), Some(slug.clone())).await? {
        Ok(d) if d.slug == slug => d,
        Ok(d) => {
            return editor_with_problems(
                user_json(&state, &headers).await,
                &action,
                &f.manifest,
                &f.message,
                vec![Diagnostic::bare(format!(
                    "slug is '{}', but this page edits '{slug}': fork to change the slug",
                    d.slug
                ))],
                false,
            );
        }
        Err(problems) => {
            return editor_with_problems(
                user_json(&state, &headers).await,
                &action,
                &f.manifest,
                &f.message,
                problems,
                false,
            );
        }
    };
    let accounts = state.accounts();
    let admins = state.admins();
    let user = who.user().clone();
    let s3 = slug.clone();
    let maintainer = blocking(move || may_maintain(&accounts, &admins, &s3, &user)).await?;
    take_quota(&state, &who, super::quota::Kind::Change)?;
    let author = who.author();
    let s2 = slug.clone();
    let message = f.message.clone();
    let (manifest_text, message_text) = (f.manifest.clone(), f.message.clone());
    let result = state
        .with_store(move |store| {
            let mut files = store.files(&s2, None)?;
            files.insert("design.toml".into(), f.manifest.clone().into_bytes());
            if maintainer {
                store.publish_files(&design, files, &author, &message)?;
                Ok(None)
            } else {
                Ok(Some(store.propose(&design, files, &author, &message)?))
            }
        })
        .await;
    let proposed = match result {
        Ok(p) => p,
        Err(AppError::Conflict(m)) => {
            return editor_with_problems(
                user_json(&state, &headers).await,
                &action,
                &manifest_text,
                &message_text,
                vec![Diagnostic::bare(m)],
                false,
            );
        }
        Err(e) => return Err(e),
    };
    let Some(p) = proposed else {
        return Ok(Redirect::to(&format!("/designs/{slug}")).into_response());
    };
    let accounts = state.accounts();
    let uid = who.user().id;
    let title = f
        .message
        .lines()
        .next()
        .filter(|l| !l.trim().is_empty())
        .unwrap_or("Proposed change")
        .to_string();
    let proposal = blocking(move || {
        accounts.create_proposal(
            NewProposal {
                slug,
                proposer_id: uid,
                title,
                message: f.message,
                git_ref: p.git_ref,
                base_commit: p.base,
            },
            now(),
        )
    })
    .await?;
    Ok(Redirect::to(&format!("/proposals/{}", proposal.id)).into_response())
}

fn commit_of(p: &Proposal) -> String {
    p.git_ref.rsplit('/').next().unwrap_or("").to_string()
}

/// `GET /proposals/{id}`: the proposed design.toml beside the current one; maintainers may
/// accept or refuse.
pub async fn proposal(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let accounts = state.accounts();
    let admins = state.admins();
    let who = caller(&state, &headers).await?;
    let viewer = who.as_ref().map(|c| c.user().clone());
    let (p, proposer, maintainer) = blocking(move || {
        let p = accounts
            .proposal(id)?
            .ok_or(AccountsError::NotFound { what: "proposal" })?;
        let proposer = accounts.user(p.proposer_id)?;
        let maintainer = match &viewer {
            Some(u) => may_maintain(&accounts, &admins, &p.slug, u)?,
            None => false,
        };
        Ok::<_, AccountsError>((p, proposer, maintainer))
    })
    .await?;
    let slug = p.slug.clone();
    let git_ref = p.git_ref.clone();
    let (proposed, current) = state
        .with_store(move |store| {
            let commit = store.resolve_ref(&git_ref)?;
            let (_, files) = store.proposal(&slug, &commit)?;
            let now_files = store.files(&slug, None)?;
            let text = |f: &crate::store::PackageFiles| {
                String::from_utf8_lossy(f.get("design.toml").map_or(&[][..], |v| v)).into_owned()
            };
            Ok((text(&files), text(&now_files)))
        })
        .await?;
    let diff = line_diff(&current, &proposed);
    render(
        "proposal.html",
        json!({
            "title": format!("Proposal: {}", p.title),
            "user": user_json(&state, &headers).await,
            "p": p,
            "proposer": proposer.map(|u| u.username),
            "maintainer": maintainer,
            "diff": diff,
            "commit": commit_of(&p),
        }),
    )
}

/// A minimal line diff (longest common subsequence): `[(op, line)]` with op ' ', '-', '+'.
fn line_diff(a: &str, b: &str) -> Vec<(char, String)> {
    let a: Vec<&str> = a.lines().collect();
    let b: Vec<&str> = b.lines().collect();
    if a.len() * b.len() > 4_000_000 {
        return vec![('+', "(too large to compare line by line)".into())];
    }
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push((' ', a[i].to_string()));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] > lcs[i + 1][j]) {
            out.push(('+', b[j].to_string()));
            j += 1;
        } else {
            out.push(('-', a[i].to_string()));
            i += 1;
        }
    }
    out
}

/// Decision form fields.
#[derive(Debug, Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    csrf: String,
}

/// `POST /proposals/{id}/accept`: publishes the proposal (the proposer is the author).
pub async fn accept(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<DecideForm>,
) -> Result<Response, AppError> {
    decide(state, headers, id, f, true).await
}

/// `POST /proposals/{id}/refuse`.
pub async fn refuse(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<DecideForm>,
) -> Result<Response, AppError> {
    decide(state, headers, id, f, false).await
}

async fn decide(
    state: AppState,
    headers: HeaderMap,
    id: i64,
    f: DecideForm,
    accept: bool,
) -> Result<Response, AppError> {
    let who = require(&state, &headers).await?;
    who.check_csrf(&f.csrf)?;
    // One decision at a time: an accept racing a refuse must not publish a change that is
    // then recorded as refused.
    let _one_at_a_time = state.decision_lock().await;
    let accounts = state.accounts();
    let admins = state.admins();
    let user = who.user().clone();
    let p = blocking(move || {
        let p = accounts
            .proposal(id)?
            .ok_or(AccountsError::NotFound { what: "proposal" })?;
        if !may_maintain(&accounts, &admins, &p.slug, &user)? {
            return Err(AccountsError::Forbidden(format!(
                "only the maintainers of '{}' can decide on its proposals",
                p.slug
            )));
        }
        if !accounts.is_maintainer(&p.slug, user.id)? {
            // An admin takes on a design nobody maintained.
            accounts.add_maintainer(&p.slug, user.id)?;
        }
        if p.state != ProposalState::Open {
            return Err(AccountsError::Conflict(format!(
                "this proposal was already {:?}",
                p.state
            )));
        }
        Ok(p)
    })
    .await?;
    let decision = if accept {
        let slug = p.slug.clone();
        let git_ref = p.git_ref.clone();
        let maintainer = who.author();
        let published = state
            .with_store(move |store| {
                let commit = store.resolve_ref(&git_ref)?;
                Ok(store.accept_proposal(&slug, &commit, &maintainer)?)
            })
            .await?;
        Decision::Accept {
            commit: published.commit,
        }
    } else {
        Decision::Refuse {
            reason: if f.reason.trim().is_empty() {
                "refused".into()
            } else {
                f.reason
            },
        }
    };
    let accounts = state.accounts();
    let uid = who.user().id;
    blocking(move || accounts.decide(id, uid, decision, now())).await?;
    Ok(Redirect::to(&format!("/proposals/{id}")).into_response())
}

/// Proposals of a design (for its page).
pub(crate) async fn proposals_of(state: &AppState, slug: &str) -> Vec<Proposal> {
    let accounts = state.accounts();
    let slug = slug.to_string();
    tokio::task::spawn_blocking(move || accounts.proposals_for(&slug, None))
        .await
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default()
}

/// Largest image upload.
pub const MAX_IMAGE_BYTES: usize = 5 * 1024 * 1024;

/// What an uploaded file is, from its first bytes (never from its name or declared type).
fn image_kind(bytes: &[u8]) -> Result<&'static str, AppError> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok("png");
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok("jpg");
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_lowercase();
    if head.contains("<svg") || head.contains("<?xml") {
        return Err(AppError::BadRequest(
            "SVG uploads are refused: an SVG can carry scripts and links to other files. Upload a PNG or JPEG photo or drawing instead.".into(),
        ));
    }
    Err(AppError::BadRequest(
        "only PNG and JPEG images can be uploaded (the file's content is neither)".into(),
    ))
}

/// The manifest with `image` added to `images` and the patch version raised, so the
/// change can be published or proposed as a new version.
fn with_image(manifest: &str, image: &str) -> Result<String, AppError> {
    let mut doc: toml_edit::DocumentMut = manifest
        .parse()
        .map_err(|e| AppError::Internal(format!("stored design.toml does not parse: {e}")))?;
    let version = doc
        .get("version")
        .and_then(|v| v.as_str())
        .and_then(|v| semver::Version::parse(v).ok())
        .ok_or_else(|| AppError::Internal("stored design.toml has no version".into()))?;
    let next = semver::Version::new(version.major, version.minor, version.patch + 1);
    doc["version"] = toml_edit::value(next.to_string());
    match doc.get_mut("images").and_then(|i| i.as_array_mut()) {
        Some(a) => {
            if !a.iter().any(|v| v.as_str() == Some(image)) {
                a.push(image);
            }
        }
        None => {
            let mut a = toml_edit::Array::new();
            a.push(image);
            doc["images"] = toml_edit::value(a);
        }
    }
    Ok(doc.to_string())
}

/// `POST /designs/{slug}/images` (multipart: `image` file, `csrf`): adds a PNG or JPEG to
/// the design. Maintainers publish it as a new patch version; anyone else proposes it.
pub async fn upload_image(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    mut multipart: axum::extract::Multipart,
) -> Result<Response, AppError> {
    let who = require(&state, &headers).await?;
    let (mut csrf, mut file, mut name) = (String::new(), None, String::new());
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::BadRequest(format!("upload: {e}")))?
    {
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("image") => {
                name = field.file_name().unwrap_or("image").to_string();
                let bytes = field.bytes().await.map_err(|e| {
                    AppError::BadRequest(format!(
                        "upload failed ({e}); images may be at most {} MB",
                        MAX_IMAGE_BYTES / 1024 / 1024
                    ))
                })?;
                file = Some(bytes);
            }
            _ => {}
        }
    }
    who.check_csrf(&csrf)?;
    let bytes = file.ok_or_else(|| AppError::BadRequest("choose an image to upload".into()))?;
    if bytes.is_empty() || bytes.len() > MAX_IMAGE_BYTES {
        return Err(AppError::BadRequest(format!(
            "an image must be 1 byte to {} MB; this one is {} bytes",
            MAX_IMAGE_BYTES / 1024 / 1024,
            bytes.len()
        )));
    }
    let ext = image_kind(&bytes)?;
    let stem: String = std::path::Path::new(&name)
        .file_stem()
        .map(|s| s.to_string_lossy().to_lowercase())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    let stem = if stem.trim_matches('-').is_empty() {
        "photo".to_string()
    } else {
        stem.trim_matches('-').to_string()
    };
    let path = format!("images/{stem}.{ext}");
    let accounts = state.accounts();
    let admins = state.admins();
    let user = who.user().clone();
    let s3 = slug.clone();
    let maintainer = blocking(move || may_maintain(&accounts, &admins, &s3, &user)).await?;
    take_quota(&state, &who, super::quota::Kind::Upload)?;
    let author = who.author();
    let s2 = slug.clone();
    let p2 = path.clone();
    let proposed = state
        .with_store(move |store| {
            let mut files = store.files(&s2, None)?;
            let manifest = String::from_utf8_lossy(files.get("design.toml").map_or(&[][..], |v| v))
                .into_owned();
            let text = with_image(&manifest, &p2)?;
            let design = check_manifest(&text, Some(&s2)).map_err(AppError::Invalid)?;
            files.insert("design.toml".into(), text.into_bytes());
            files.insert(p2.clone(), bytes.to_vec());
            let message = format!("Add image {p2}");
            if maintainer {
                store.publish_files(&design, files, &author, &message)?;
                Ok(None)
            } else {
                Ok(Some(store.propose(&design, files, &author, &message)?))
            }
        })
        .await?;
    let Some(p) = proposed else {
        return Ok(Redirect::to(&format!("/designs/{slug}")).into_response());
    };
    let accounts = state.accounts();
    let uid = who.user().id;
    let proposal = blocking(move || {
        accounts.create_proposal(
            NewProposal {
                slug,
                proposer_id: uid,
                title: format!("Add image {path}"),
                message: String::new(),
                git_ref: p.git_ref,
                base_commit: p.base,
            },
            now(),
        )
    })
    .await?;
    Ok(Redirect::to(&format!("/proposals/{}", proposal.id)).into_response())
}

/// `GET /designs/{slug}/images/{name}`: an image of the design.
pub async fn image(
    State(state): State<AppState>,
    Path((slug, name)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let path = format!("images/{name}");
    let p2 = path.clone();
    let bytes = state
        .with_store(move |store| {
            store.read(&slug, None)?;
            store
                .file(&slug, &p2)?
                .ok_or_else(|| AppError::NotFound(format!("no image '{p2}'")))
        })
        .await?;
    let ctype = match image_kind(&bytes) {
        Ok("png") => "image/png",
        Ok(_) => "image/jpeg",
        // Shipped SVG drawings are served as plain images that cannot run scripts.
        Err(_) if path.ends_with(".svg") => "image/svg+xml",
        Err(_) => return Err(AppError::NotFound(format!("'{path}' is not an image"))),
    };
    let mut res = (
        [
            (header::CONTENT_TYPE, ctype),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        bytes,
    )
        .into_response();
    res.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; sandbox"),
    );
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diffs_mark_added_and_removed_lines() {
        let d = line_diff("a\nb\nc", "a\nB\nc\nd");
        let ops: String = d.iter().map(|(o, _)| *o).collect();
        assert_eq!(ops, " -+ +");
    }

    #[test]
    fn cookies_are_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; barnraise_session=xyz; b=2"),
        );
        assert_eq!(cookie(&h, SESSION_COOKIE).as_deref(), Some("xyz"));
        assert_eq!(cookie(&h, "c"), None);
    }
}
